# ruff: noqa: E501
"""Wording of heldout193 (Tocavia: rehearsal rooms and podcast studios). Written from the stories."""

from __future__ import annotations

BRAND = "Tocavia"
COMPETITORS = ("Bandurra", "Klangbox")
LANGS = ("en", "es", "fr", "de", "it", "pt")

PRAISE: dict[str, list[str]] = {
    "en": [
        "Room 4 at {brand} tonight: drum kit tuned, amps humming nicely, we finally nailed the bridge. Proper buzzing",
        "honestly the best rehearsal space in town. door code arrived on time, room was spotless, coffee machine even works",
        "Recorded our first demo in the {brand} podcast booth, sounds like a real studio. Chuffed",
    ],
    "es": [
        "Sala 3 de {brand} una pasada, bateria afinada y los amplis como nuevos. Ensayo redondo",
        "que gusto ensayar asi, el codigo de la puerta llego al momento y la sala limpisima",
        "Grabamos el primer episodio del podcast en {brand} y suena de lujo. Repetiremos!!",
    ],
    "fr": [
        "Super répète ce soir chez {brand}, salle propre, batterie réglée, rien à redire",
        "franchement la cabine podcast de {brand} c'est du propre, on a tout bouclé en une heure",
    ],
    "de": [
        "Heute Probe bei {brand} in Raum 2, Schlagzeug gestimmt, Verstärker top. So macht das Spaß",
        "ehrlich der beste Proberaum der Stadt, Türcode kam sofort und alles sauber",
    ],
    "it": [
        "Prova perfetta stasera da {brand}, sala pulita e batteria accordata. Grandi",
        "la cabina podcast di {brand} è una bomba, registrato tutto in un'ora",
    ],
    "pt": [
        "Ensaio top hoje na {brand}, sala limpa e bateria afinada. Recomendo",
        "a cabine de podcast da {brand} é show, gravamos o episódio de uma vez",
    ],
}

AGAIN_PRAISE: dict[str, list[str]] = {
    "en": [
        "Third time this month in Room 4 and it's still spot on. Same friendly lad at the desk again",
        "again a flawless session at {brand}, still the best drum kit I've played on",
    ],
    "es": [
        "Tercera vez este mes en {brand} y otra vez todo perfecto",
        "otra vez el chico majo de recepcion, siempre tan atento. Seguimos encantados",
    ],
    "fr": ["Troisième répète ce mois-ci et toujours aussi nickel"],
    "de": ["Schon wieder eine perfekte Probe, zum dritten Mal diesen Monat. Immer noch begeistert"],
    "it": ["Terza volta questo mese e ancora tutto perfetto, sempre gentilissimi"],
    "pt": ["Terceira vez este mês e continua impecável. Sempre simpáticos"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "en": [
        "Lovely room, great sound. Only gripe: the vending machine ate my pound again. Otherwise perfect",
        "really happy with Plus, just wish the app remembered my favourite room",
    ],
    "es": [
        "Todo genial, solo que el aire acondicionado de la sala 5 hace un ruidito. Por lo demas de diez",
        "muy contenta con {brand}, solo echo de menos poder reservar media hora suelta",
    ],
    "fr": ["Très contents, juste le parking un peu loin. Sinon parfait"],
    "de": ["Sehr gute Räume, nur der Kaffeeautomat ist dauernd leer. Sonst gerne wieder"],
    "it": ["Sala ottima, solo il wifi un po' lento. Per il resto top"],
    "pt": ["Adoramos, só o ar condicionado faz barulho. De resto perfeito"],
}

QUESTION: dict[str, list[str]] = {
    "en": [
        "hi, can I bring my own snare or do I have to use the house kit?",
        "Quick one: does Plus cover the podcast booth or just the rehearsal rooms?",
        "how early can I get in before my slot to set up",
    ],
    "es": [
        "hola, puedo llevar mi propio ampli o tengo que usar el de la sala?",
        "una pregunta, el Plus incluye la cabina de podcast?",
        "buenas, se puede reservar la sala grande para un sabado entero?",
    ],
    "fr": ["bonjour, est-ce que je peux venir avec ma propre caisse claire ?"],
    "de": ["Hallo, kann ich mein eigenes Keyboard mitbringen oder steht eins im Raum?"],
    "it": ["ciao, posso portare il mio amplificatore o devo usare quello della sala?"],
    "pt": ["olá, posso levar o meu próprio amplificador?"],
}

ANSWER: dict[str, list[str]] = {
    "en": [
        "Hi {first}, yes of course, bring whatever you like; the house kit stays in the room too. Have a great session! {agent}"
    ],
    "es": [
        "Hola {first}, claro que si, puedes traer tu equipo; el de la sala sigue disponible. Buen ensayo! {agent}"
    ],
    "fr": [
        "Bonjour {first}, bien sûr, apportez ce que vous voulez, le matériel de la salle reste disponible. Bonne répète ! {agent}"
    ],
    "de": [
        "Hallo {first}, klar, bring mit, was du brauchst; das Equipment im Raum bleibt auch da. Viel Spaß! {agent}"
    ],
    "it": [
        "Ciao {first}, certo, porta pure la tua attrezzatura; quella della sala resta disponibile. Buona prova! {agent}"
    ],
    "pt": [
        "Olá {first}, claro, pode trazer o seu equipamento; o da sala continua disponível. Bom ensaio! {agent}"
    ],
}

THANKS: dict[str, list[str]] = {
    "en": ["cheers, legend", "ta very much 👍", "sorted, thanks!!"],
    "es": ["mil gracias crack", "genial grax!!", "vale perfecto, gracias 🙌"],
    "fr": ["top merci bcp"],
    "de": ["super, danke dir!"],
    "it": ["grazie mille, grandi"],
    "pt": ["valeu, obg!!"],
}

REVIEW: dict[str, list[str]] = {
    "en": [
        "Five stars. Clean rooms, decent gear, easy booking.",
        "Great place to rehearse, staff know their stuff.",
    ],
    "es": [
        "Cinco estrellas, salas limpias y buen equipo.",
        "El mejor local de ensayo que hemos probado.",
    ],
    "fr": ["Cinq étoiles, salles propres et bon matos."],
    "de": ["Fünf Sterne, saubere Räume, gutes Equipment."],
    "it": ["Cinque stelle, sale pulite e ottima attrezzatura."],
    "pt": ["Cinco estrelas, salas limpas e bom equipamento."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "en": ["brill", "spot on", "", "🤘"],
    "es": ["genial", "todo bien", "", "🎸"],
    "fr": ["nickel", ""],
    "de": ["top", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "en": [
        "3am and I can't stop listening to tonight's take from Room 2. {brand} you beauties",
        "night shift done, booking the big room for Saturday before I crash",
    ],
    "es": [
        "son las 2 y sigo escuchando la maqueta de hoy, gracias {brand}",
        "saliendo del turno de noche y reservando sala para el sabado jaja",
    ],
    "fr": ["2h du mat et j'écoute encore la prise de ce soir, merci {brand}"],
    "de": ["3 Uhr nachts und ich hör mir immer noch die Aufnahme von heute an. Danke {brand}"],
    "it": ["sono le 2 e riascolto ancora la registrazione di stasera, grazie {brand}"],
    "pt": ["2 da manhã e ainda a ouvir a gravação de hoje, obrigado {brand}"],
}

NIGHT_Q: dict[str, list[str]] = {
    "en": [
        "anyone there? if I book the 8am slot does the door code come tonight or in the morning"
    ],
    "es": ["hola hay alguien? si reservo a las 9 el codigo de la puerta me llega esta noche?"],
    "fr": ["bonsoir, si je réserve pour 9h demain, je reçois le code ce soir ?"],
    "de": ["noch jemand da? kommt der Türcode für morgen früh heute Nacht schon?"],
    "it": ["c'è qualcuno? se prenoto per domattina il codice arriva stanotte?"],
    "pt": ["alguém aí? se reservar para amanhã cedo o código chega hoje à noite?"],
}

NIGHT_A: dict[str, list[str]] = {
    "en": ["Hi {first}, the code comes by text two hours before your slot. Sleep well! {agent}"],
    "es": [
        "Hola {first}, el codigo llega por SMS dos horas antes de tu reserva. Buenas noches! {agent}"
    ],
    "fr": [
        "Bonsoir {first}, le code arrive par SMS deux heures avant le créneau. Bonne nuit ! {agent}"
    ],
    "de": [
        "Hallo {first}, der Code kommt zwei Stunden vor deinem Termin per SMS. Gute Nacht! {agent}"
    ],
    "it": [
        "Ciao {first}, il codice arriva via SMS due ore prima della prenotazione. Buonanotte! {agent}"
    ],
    "pt": ["Olá {first}, o código chega por SMS duas horas antes da reserva. Boa noite! {agent}"],
}

JOKE: dict[str, list[str]] = {
    "en": [
        "our drummer says Room 4's kit is better than his. we're not telling him he's the problem 😂"
    ],
    "es": [
        "el bajista dice que el ampli de la sala 2 suena mejor que el suyo. no le vamos a decir la verdad jajaja"
    ],
    "fr": ["notre batteur dit que la batterie de la salle 4 joue mieux que lui. on confirme 😂"],
    "de": [
        "unser Bassist meint, der Verstärker in Raum 2 spielt besser als er. wir widersprechen nicht 😂"
    ],
    "it": [
        "il nostro batterista dice che la batteria della sala 4 suona meglio di lui. confermiamo 😂"
    ],
    "pt": ["o nosso baterista diz que a bateria da sala 4 toca melhor que ele. confirmamos 😂"],
}

PROBLEMS = ("no_access", "double_charge", "broken_gear", "refund", "wrong_price", "cancel_fee")

PROB: dict[str, dict[str, str]] = {
    "en": {
        "no_access": "the door code never came and we stood outside the locked room for our whole 2-hour slot",
        "double_charge": "you charged my card TWICE for the same Friday session, £38 each",
        "broken_gear": "the bass amp in Room 3 was dead and the kit had no hi-hat stand",
        "refund": "I cancelled a week ahead and still haven't seen the £45 back",
        "wrong_price": "I pay for Plus and got charged the full non-member rate",
        "cancel_fee": "you charged me a late-cancellation fee for cancelling five days ahead",
    },
    "es": {
        "no_access": "el codigo de la puerta NUNCA llego y nos quedamos fuera de la sala las dos horas",
        "double_charge": "me habeis cobrado DOS veces el mismo ensayo del viernes, 42 € cada uno",
        "broken_gear": "el ampli de bajo de la sala 3 no funcionaba y la bateria no tenia soporte de charles",
        "refund": "cancele con una semana y todavia no me habeis devuelto los 50 €",
        "wrong_price": "pago el Plus y me cobrasteis la tarifa normal",
        "cancel_fee": "me cobrasteis gastos de cancelacion tardia por cancelar con cinco dias",
    },
    "fr": {
        "no_access": "le code de la porte n'est jamais arrivé, on est restés dehors tout le créneau",
        "double_charge": "vous m'avez débité DEUX fois la même répète, 42 € chacune",
        "broken_gear": "l'ampli basse de la salle 3 était mort et il manquait le pied de charley",
        "refund": "j'ai annulé une semaine avant et toujours pas remboursé des 50 €",
        "wrong_price": "je suis abonné Plus et j'ai payé le plein tarif",
        "cancel_fee": "vous m'avez facturé des frais d'annulation tardive alors que j'ai annulé cinq jours avant",
    },
    "de": {
        "no_access": "der Türcode kam NIE und wir standen die ganzen zwei Stunden vor dem verschlossenen Raum",
        "double_charge": "ihr habt dieselbe Probe ZWEIMAL abgebucht, je 42 €",
        "broken_gear": "der Bassverstärker in Raum 3 war tot und am Schlagzeug fehlte die Hi-Hat",
        "refund": "ich habe eine Woche vorher storniert und die 50 € sind immer noch nicht zurück",
        "wrong_price": "ich zahle Plus und wurde zum vollen Preis abgerechnet",
        "cancel_fee": "ihr habt mir eine Spätstornogebühr berechnet, obwohl ich fünf Tage vorher storniert habe",
    },
    "it": {
        "no_access": "il codice della porta non è MAI arrivato e siamo rimasti fuori per tutte e due le ore",
        "double_charge": "mi avete addebitato DUE volte la stessa prova, 42 € ciascuna",
        "broken_gear": "l'ampli del basso in sala 3 era morto e mancava l'asta del charleston",
        "refund": "ho cancellato una settimana prima e non ho ancora visto i 50 €",
        "wrong_price": "pago il Plus e mi avete fatto pagare la tariffa piena",
        "cancel_fee": "mi avete addebitato la penale di cancellazione tardiva cancellando cinque giorni prima",
    },
    "pt": {
        "no_access": "o código da porta NUNCA chegou e ficámos à porta as duas horas todas",
        "double_charge": "cobraram-me DUAS vezes o mesmo ensaio, 42 € cada",
        "broken_gear": "o amplificador de baixo da sala 3 estava morto e faltava o suporte do prato de choque",
        "refund": "cancelei com uma semana e ainda não recebi os 50 €",
        "wrong_price": "pago o Plus e cobraram-me a tarifa normal",
        "cancel_fee": "cobraram-me taxa de cancelamento tardio por cancelar com cinco dias",
    },
}

SUBJ_COMPLAINT: dict[str, str] = {
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJ_CASE: dict[str, str] = {
    "en": "Re: Your case {case}",
    "es": "RE: Incidencia {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}

ANGRY_EMAIL: dict[str, list[str]] = {
    "en": [
        "Booking {booking}: {prob}. This is not acceptable, sort it out today please.",
        "I'm honestly fuming. {prob}. I want this fixed and an answer today.",
    ],
    "es": [
        "Reserva {booking}: {prob}. Esto no puede ser, quiero una solucion hoy.",
        "Estoy que echo humo. {prob}. YA ESTA BIEN, quiero respuesta hoy.",
    ],
    "fr": ["Réservation {booking} : {prob}. C'est inadmissible, merci de régler ça aujourd'hui."],
    "de": ["Buchung {booking}: {prob}. Das geht so nicht, ich erwarte heute eine Lösung."],
    "it": ["Prenotazione {booking}: {prob}. Non è accettabile, voglio una soluzione oggi."],
    "pt": ["Reserva {booking}: {prob}. Isto não é aceitável, quero uma solução hoje."],
}

LONG_EMAIL: dict[str, list[str]] = {
    "en": [
        "Hello,\n\nI'm writing this on the bus home from my second job, so forgive the typos. Our band has been rehearsing with you for two years and we've recommended you to half the scene. We had our last practice before a wedding gig on Saturday and {prob}. The bride's mother has already asked me twice whether we're ready.\n\nI'd like this put right and an answer this week.\n\nBest regards,\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del dentista, asi que perdonad si me enrollo. Llevamos dos años ensayando con vosotros y siempre os he recomendado. Esta semana teniamos el ultimo ensayo antes del concierto del pueblo y {prob}. El resto del grupo ya me pregunta si cambiamos de local.\n\nOs pido que lo solucioneis y me contesteis esta semana.\n\nUn saludo,\n{name}",
        "Buenas tardes,\n\nno suelo escribir quejas, pero es que no me lo puedo creer. Estoy preparando con mi hija el examen del conservatorio y reservamos en {brand} porque siempre ha ido bien. Pues {prob}. Mi hija llorando y yo sin saber que decirle.\n\nEspero una respuesta pronto.\n\nAtentamente,\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis le train, entre deux réunions. Nous répétons chez vous depuis deux ans et j'ai toujours été contente. Mais cette semaine {prob}. Avec le concert de dimanche, ça tombe très mal.\n\nMerci de régler ça rapidement.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Hallo,\n\nich schreibe das in der Mittagspause zwischen zwei Kunden. Wir proben seit zwei Jahren bei Ihnen und ich habe Sie immer weiterempfohlen. Diese Woche hatten wir die letzte Probe vor dem Stadtfest und {prob}. Die Band fragt schon, ob wir wechseln.\n\nIch bitte um eine Lösung diese Woche.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. Proviamo da voi da due anni e vi ho sempre consigliati. Questa settimana avevamo l'ultima prova prima della sagra e {prob}. Il gruppo mi chiede già se cambiamo sala.\n\nVi chiedo di risolvere entro la settimana.\n\nCordiali saluti,\n{name}"
    ],
    "pt": [
        "Olá,\n\nescrevo do autocarro a caminho do trabalho. Ensaiamos convosco há dois anos e sempre vos recomendei. Esta semana tínhamos o último ensaio antes do concerto e {prob}. A banda já pergunta se mudamos de sala.\n\nPeço que resolvam esta semana.\n\nCumprimentos,\n{name}"
    ],
}

CHAT_COMPLAINT: dict[str, list[str]] = {
    "en": ["{prob}. what is going on?", "seriously?? {prob}"],
    "es": ["oye {prob}. que pasa??", "en serio? {prob}"],
    "fr": ["bonjour, {prob}. c'est quoi ce bazar ?"],
    "de": ["hallo, {prob}. was ist da los?"],
    "it": ["ciao, {prob}. che succede?"],
    "pt": ["olá, {prob}. o que se passa?"],
}

SOCIAL_COMPLAINT: dict[str, list[str]] = {
    "en": ["Cheers {brand}, {prob}. Brilliant. Never again unless someone fixes this"],
    "es": ["Gracias por nada {brand}: {prob}. Vaya tela"],
    "fr": ["Merci {brand}, {prob}. Bravo..."],
    "de": ["Danke {brand}, {prob}. Echt klasse"],
    "it": ["Grazie {brand}, {prob}. Complimenti"],
    "pt": ["Obrigado {brand}, {prob}. Parabéns"],
}

CALL: dict[str, list[str]] = {
    "en": [
        "yeah hi im calling about booking {booking} {prob_l} and i want to know what youre going to do about it"
    ],
    "es": ["hola mire le llamo por la reserva {booking} {prob_l} y quiero saber que van a hacer"],
    "fr": [
        "oui bonjour j'appelle pour la réservation {booking} {prob_l} et je veux savoir ce que vous comptez faire"
    ],
    "de": [
        "ja hallo ich rufe an wegen der Buchung {booking} {prob_l} und ich will wissen was Sie jetzt machen"
    ],
    "it": [
        "pronto buongiorno chiamo per la prenotazione {booking} {prob_l} e voglio sapere cosa fate"
    ],
    "pt": [
        "olá bom dia ligo por causa da reserva {booking} {prob_l} e quero saber o que vão fazer"
    ],
}

CALL_Q: dict[str, list[str]] = {
    "en": ["hi just a quick question can i move my thursday slot to friday same time"],
    "es": ["hola una preguntita puedo pasar la reserva del jueves al viernes a la misma hora"],
    "fr": ["bonjour petite question je peux décaler jeudi à vendredi même heure"],
    "de": [
        "hallo kurze Frage kann ich den Termin am Donnerstag auf Freitag gleiche Uhrzeit verschieben"
    ],
    "it": ["ciao una domanda posso spostare giovedì a venerdì stessa ora"],
    "pt": ["olá uma pergunta posso passar a reserva de quinta para sexta à mesma hora"],
}

CALL_FOLLOW: dict[str, str] = {
    "en": "Hi {first}, as promised on the phone: your slot is moved, same room, no charge. {agent}",
    "es": "Hola {first}, como hablamos por telefono: tu reserva esta cambiada, misma sala y sin coste. {agent}",
    "fr": "Bonjour {first}, comme convenu au téléphone : votre créneau est déplacé, même salle, sans frais. {agent}",
    "de": "Hallo {first}, wie am Telefon besprochen: dein Termin ist verschoben, gleicher Raum, ohne Kosten. {agent}",
    "it": "Ciao {first}, come d'accordo al telefono: la prenotazione è spostata, stessa sala, senza costi. {agent}",
    "pt": "Olá {first}, como combinado ao telefone: a reserva foi mudada, mesma sala, sem custos. {agent}",
}

FORM: dict[str, list[str]] = {
    "en": ["Booking {booking}. {prob}. Please get back to me."],
    "es": ["Reserva {booking}. {prob}. Espero respuesta."],
    "fr": ["Réservation {booking}. {prob}. Merci de me répondre."],
    "de": ["Buchung {booking}. {prob}. Bitte um Rückmeldung."],
    "it": ["Prenotazione {booking}. {prob}. Attendo risposta."],
    "pt": ["Reserva {booking}. {prob}. Aguardo resposta."],
}

CASE_OPENED: dict[str, str] = {
    "en": "Hi {first}, sorry about this. We've opened case {case} and will get back to you within 24 hours. {agent}",
    "es": "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y te respondemos en 24 horas. {agent}",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 24 heures. {agent}",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 24 Stunden. {agent}",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e ti rispondiamo entro 24 ore. {agent}",
    "pt": "Olá {first}, lamentamos. Abrimos o pedido {case} e respondemos em 24 horas. {agent}",
}

QUALITY_LEAD: dict[str, str] = {
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "es": "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamara antes del viernes a mediodia. {agent}",
    "fr": "Bonjour {first}, votre demande {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    "de": "Hallo {first}, dein Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die dich bis Freitagmittag anruft. {agent}",
    "it": "Ciao {first}, la tua segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}",
    "pt": "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. {agent}",
}

GOOD_NEWS: dict[str, str] = {
    "en": "Good news on case {case}, {first}: it's sorted on our side. Could you confirm it's fine for you? {agent}",
    "es": "Buenas noticias sobre la incidencia {case}, {first}: ya esta resuelta. Nos confirmas que todo bien? {agent}",
    "fr": "Bonne nouvelle pour la demande {case}, {first} : c'est réglé. Pouvez-vous nous confirmer ? {agent}",
    "de": "Gute Nachrichten zu Vorgang {case}, {first}: ist erledigt. Kannst du kurz bestätigen? {agent}",
    "it": "Buone notizie sulla segnalazione {case}, {first}: è risolta. Ci confermi? {agent}",
    "pt": "Boas notícias sobre o pedido {case}, {first}: está resolvido. Pode confirmar? {agent}",
}

CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirmed, case {case} is all fine now. Thanks for sorting it",
        "yep {case} sorted, cheers",
    ],
    "es": [
        "Confirmado, la incidencia {case} ya esta bien. Gracias",
        "si todo ok con {case}, mil gracias",
    ],
    "fr": ["Confirmé, la demande {case} est réglée. Merci"],
    "de": ["Bestätigt, Vorgang {case} passt jetzt. Danke"],
    "it": ["Confermo, la segnalazione {case} è a posto. Grazie"],
    "pt": ["Confirmo, o pedido {case} está resolvido. Obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "en": ["Sorry for yesterday's rant, it was a long day. Thanks for sorting {case} so quickly"],
    "es": [
        "Perdon por el tono de ayer, estaba de los nervios. Gracias por resolver lo de {case}",
        "siento lo de ayer, se me fue la olla. gracias por todo",
    ],
    "fr": ["Désolé pour hier, j'étais à cran. Merci d'avoir réglé {case}"],
    "de": ["Sorry für gestern, war ein langer Tag. Danke, dass ihr {case} so schnell gelöst habt"],
    "it": ["Scusate per ieri, ero nervoso. Grazie per aver risolto {case}"],
    "pt": ["Desculpem o tom de ontem, estava nervosa. Obrigada por resolverem o {case}"],
}

STILL_OPEN: dict[str, list[str]] = {
    "en": ["Case {case} again. Still nothing. {prob}, and nobody has got back to me."],
    "es": ["Otra vez por la incidencia {case}. Sigue sin resolver: {prob} y nadie me dice nada."],
    "fr": ["Encore la demande {case}. Toujours rien : {prob}, et personne ne me répond."],
    "de": ["Nochmal Vorgang {case}. Immer noch nichts: {prob}, und keiner meldet sich."],
    "it": ["Di nuovo la segnalazione {case}. Ancora niente: {prob}, e nessuno mi risponde."],
    "pt": ["Outra vez o pedido {case}. Continua por resolver: {prob}, e ninguém me responde."],
}

THIRD: dict[str, list[str]] = {
    "en": [
        "Third time about {case}. Still open. My guitarist books at {comp} and they sort this kind of thing the same day."
    ],
    "es": [
        "Tercera vez por {case}. Sigue abierta. Mi batería ensaya en {comp} y alli lo arreglan en el dia."
    ],
    "fr": ["Troisième fois pour {case}. Toujours ouvert. J'ai regardé les prix chez {comp}."],
    "de": [
        "Zum dritten Mal wegen {case}. Immer noch offen. Ich hab mir schon angeschaut, was {comp} kostet."
    ],
    "it": ["Terza volta per {case}. Ancora aperta. Ho guardato quanto costa {comp}."],
    "pt": ["Terceira vez por {case}. Continua aberto. Já vi quanto cobra a {comp}."],
}

FOURTH: dict[str, list[str]] = {
    "en": ["FOURTH time about {case}. Still not fixed. I'm done being patient."],
    "es": ["CUARTA vez por {case}. Sigue igual. Se me acabo la paciencia."],
    "fr": ["QUATRIÈME fois pour {case}. Toujours rien. Ma patience est à bout."],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch nicht gelöst. Meine Geduld ist am Ende."],
    "it": ["QUARTA volta per {case}. Ancora niente. Ho finito la pazienza."],
    "pt": ["QUARTA vez por {case}. Continua igual. Acabou-se a paciência."],
}

URGENT: dict[str, str] = {
    "en": "Added to your case {case} and marked urgent, {first}. {agent}",
    "es": "Añadido a tu incidencia {case} y marcado como urgente, {first}. {agent}",
    "fr": "Ajouté à votre demande {case} et marqué urgent, {first}. {agent}",
    "de": "Zu deinem Vorgang {case} hinzugefügt und als dringend markiert, {first}. {agent}",
    "it": "Aggiunto alla tua segnalazione {case} e segnato come urgente, {first}. {agent}",
    "pt": "Adicionado ao seu pedido {case} e marcado como urgente, {first}. {agent}",
}

SLIDE: dict[str, list[str]] = {
    "en": [
        "Door code came 20 minutes late tonight, lost a chunk of our slot. Bit annoying",
        "Room 3 again: crackly lead, snare with a torn skin. Getting tired",
        "Now they want a photo of every mic stand before you leave? Really?",
        "Charged a 'late leave' fee for 3 minutes. Three. Not impressed",
        "£30 'cleaning fee' for a room we left spotless, with the app's own photos. Unbelievable",
        "Our drummer books at {comp} now and we've got Saturday there. Done with this",
    ],
    "es": [
        "Hoy el codigo llego 20 minutos tarde, perdimos parte del ensayo. Un poco molesto",
        "Otra vez la sala 3: cable que cruje y caja con el parche roto. Empiezo a cansarme",
        "Ahora quieren foto de cada pie de micro antes de salir? En serio?",
        "Me cobran 'salida tardia' por 3 minutos. TRES. Vaya",
        "35 € de 'limpieza' por una sala que dejamos impecable, con las fotos de su app. Increible",
        "Nuestro batería reserva ya en {comp} y el sabado ensayamos alli. Se acabo",
    ],
    "fr": [
        "Code arrivé 20 minutes en retard ce soir, une partie du créneau perdue",
        "Encore la salle 3 : câble qui grésille, caisse claire percée. Ça commence",
        "Maintenant il faut photographier chaque pied de micro avant de partir ?",
        "Frais de 'départ tardif' pour 3 minutes. Trois. Sérieux",
        "35 € de 'nettoyage' pour une salle laissée nickel, photos de l'appli à l'appui. Incroyable",
        "Notre batteur réserve chez {comp} maintenant, samedi on y va. Terminé",
    ],
    "de": [
        "Türcode kam heute 20 Minuten zu spät, ein Teil der Probe weg. Etwas ärgerlich",
        "Schon wieder Raum 3: Kabel knistert, Snare mit gerissenem Fell. Langsam nervt es",
        "Jetzt soll man jeden Mikroständer fotografieren, bevor man geht?",
        "Gebühr für 'verspätetes Verlassen' wegen 3 Minuten. Drei. Toll",
        "35 € 'Reinigung' für einen blitzsauberen Raum, mit den Fotos aus eurer eigenen App. Unfassbar",
        "Unser Drummer bucht jetzt bei {comp}, Samstag proben wir dort. Das war's",
    ],
    "it": [
        "Codice arrivato con 20 minuti di ritardo stasera, persa parte della prova",
        "Di nuovo sala 3: cavo che gracchia, rullante con la pelle rotta. Comincio a stufarmi",
        "Adesso bisogna fotografare ogni asta del microfono prima di uscire?",
        "Penale di 'uscita tardiva' per 3 minuti. Tre. Complimenti",
        "35 € di 'pulizia' per una sala lasciata perfetta, con le foto della vostra app. Incredibile",
        "Il nostro batterista prenota da {comp} ora, sabato proviamo lì. Basta",
    ],
    "pt": [
        "O código chegou 20 minutos atrasado hoje, perdemos parte do ensaio",
        "Outra vez a sala 3: cabo a estalar, tarola com a pele rota. Começa a cansar",
        "Agora querem foto de cada tripé de microfone antes de sair?",
        "Taxa de 'saída tardia' por 3 minutos. Três. Boa",
        "35 € de 'limpeza' por uma sala que deixámos impecável, com as fotos da vossa app. Inacreditável",
        "O nosso baterista reserva na {comp} agora, sábado ensaiamos lá. Acabou",
    ],
}

SARCASM: dict[str, list[str]] = {
    "en": [
        "Love how the 'soundproof' booth lets us enjoy the death metal band next door for free 👏",
        "Great, the aircon in Room 5 now doubles as a second drummer 🙃",
    ],
    "es": [
        "Me encanta que la cabina 'insonorizada' nos regale el concierto de metal de al lado 👏",
        "Genial, el aire de la sala 5 ya hace de segundo batería 🙃",
    ],
    "fr": ["Super, la cabine 'insonorisée' nous offre le concert de metal d'à côté 👏"],
    "de": ["Toll, die 'schallisolierte' Kabine schenkt uns gratis das Metal-Konzert nebenan 👏"],
    "it": ["Fantastico, la cabina 'insonorizzata' ci regala il concerto metal accanto 👏"],
    "pt": ["Adoro como a cabine 'insonorizada' nos oferece o concerto de metal ao lado 👏"],
}

CANCEL_REQ: dict[str, list[str]] = {
    "en": [
        "Hi, the band has split up and I've set up a little room in the garage. Please cancel my Plus membership and close my account."
    ],
    "es": [
        "Hola, el grupo se ha separado y me he montado un cuartito en casa. Quiero darme de baja del Plus y cerrar la cuenta.",
        "Buenas, me mudo a otra ciudad por trabajo. Por favor cancelad mi Plus y cerrad mi cuenta.",
    ],
    "fr": [
        "Bonjour, le groupe s'est séparé. Merci d'annuler mon abonnement Plus et de fermer mon compte."
    ],
    "de": [
        "Hallo, die Band hat sich aufgelöst und ich probe jetzt im Keller. Bitte kündigt mein Plus und schließt mein Konto."
    ],
    "it": ["Ciao, il gruppo si è sciolto. Vorrei disdire il Plus e chiudere l'account."],
    "pt": ["Olá, a banda acabou. Quero cancelar o Plus e fechar a conta."],
}

SORRY_GO: dict[str, str] = {
    "en": "Sorry to see you go, {first}. You can cancel yourself in the app or on the website under Membership. {agent}",
    "es": "Sentimos que te vayas, {first}. Puedes darte de baja tu mismo en la app o en la web, en Suscripcion. {agent}",
    "fr": "Dommage de vous voir partir, {first}. Vous pouvez résilier dans l'appli ou sur le site, rubrique Abonnement. {agent}",
    "de": "Schade, dass du gehst, {first}. Du kannst selbst in der App oder auf der Website unter Mitgliedschaft kündigen. {agent}",
    "it": "Ci dispiace vederti andare, {first}. Puoi disdire da solo nell'app o sul sito, in Abbonamento. {agent}",
    "pt": "Lamentamos vê-lo partir, {first}. Pode cancelar na app ou no site, em Subscrição. {agent}",
}

GRUMBLE: dict[str, list[str]] = {
    "en": [
        "the app logs me out every single time I open it",
        "why does the 'slot ends in 10 min' text come at full volume mid-song",
        "the lift to the second floor is broken AGAIN, carrying a bass cab up the stairs",
    ],
    "es": [
        "la app me desconecta cada vez que la abro",
        "el aviso de 'quedan 10 minutos' suena a todo volumen en mitad de la cancion",
        "otra vez roto el ascensor, subiendo el ampli por las escaleras",
    ],
    "fr": ["l'appli me déconnecte à chaque ouverture"],
    "de": ["die App loggt mich jedes Mal aus"],
    "it": ["l'app mi disconnette ogni volta"],
    "pt": ["a app desliga-me a sessão sempre"],
}

MILD: dict[str, list[str]] = {
    "en": ["the room finder shows the wrong city for me, small thing"],
    "es": ["el buscador de salas me sale en otra ciudad, nada grave"],
    "fr": ["les notifications arrivent en anglais, rien de grave"],
    "de": ["die Benachrichtigungen kommen auf Englisch, nur zur Info"],
    "it": ["le notifiche arrivano in inglese, niente di grave"],
    "pt": ["as notificações chegam em inglês, nada de grave"],
}

FORM_ACK: dict[str, str] = {
    "en": "Thanks {first}, we've passed this on to the app team. {agent}",
    "es": "Gracias {first}, lo pasamos al equipo de la app. {agent}",
    "fr": "Merci {first}, nous transmettons à l'équipe de l'appli. {agent}",
    "de": "Danke {first}, wir geben das ans App-Team weiter. {agent}",
    "it": "Grazie {first}, lo giriamo al team dell'app. {agent}",
    "pt": "Obrigado {first}, passamos à equipa da app. {agent}",
}

# ---- the business arm (Tocavia Studio Pro) ----
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_PROB: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "the invoices still carry our old company name and no PO number, so finance rejects every one",
        "service_blocked": "our producer was turned away at the studio desk, 'account on hold', though every invoice is paid",
        "portal": "the portal shows no upcoming bookings, so we can't cancel or change any of them",
        "overbilled": "we were billed hourly rates instead of our contract day rate, over £500 too much",
    },
    "es": {
        "invoice": "las facturas siguen con el nombre antiguo de la empresa y sin numero de pedido, contabilidad las rechaza todas",
        "service_blocked": "a nuestra productora no la dejaron entrar al estudio, 'cuenta bloqueada', con todo pagado",
        "portal": "el portal no muestra ninguna reserva, asi que no podemos cancelar ni cambiar nada",
        "overbilled": "nos habeis cobrado tarifa por horas en vez de la tarifa de dia del contrato, mas de 600 € de mas",
    },
    "fr": {
        "invoice": "les factures portent encore notre ancien nom et pas de numéro de commande",
        "service_blocked": "notre productrice a été refusée à l'accueil, 'compte bloqué', alors que tout est payé",
        "portal": "le portail n'affiche aucune réservation, impossible d'annuler",
        "overbilled": "facturé à l'heure au lieu du tarif journée du contrat, plus de 600 € de trop",
    },
    "de": {
        "invoice": "die Rechnungen tragen immer noch unseren alten Firmennamen und keine Bestellnummer",
        "service_blocked": "unsere Produzentin wurde am Empfang abgewiesen, 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keine Buchungen an, wir können nichts stornieren",
        "overbilled": "ihr habt Stundensätze statt unseres Tagessatzes abgerechnet, über 600 € zu viel",
    },
    "it": {
        "invoice": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "service_blocked": "la nostra producer è stata respinta alla reception, 'account bloccato', con tutto pagato",
        "portal": "il portale non mostra nessuna prenotazione, non possiamo disdire",
        "overbilled": "fatturato a ore invece della tariffa giornaliera del contratto, oltre 600 € in più",
    },
    "pt": {
        "invoice": "as faturas ainda têm o nome antigo da empresa e nenhum número de encomenda",
        "service_blocked": "a nossa produtora foi recusada na receção, 'conta bloqueada', com tudo pago",
        "portal": "o portal não mostra nenhuma reserva, não conseguimos cancelar",
        "overbilled": "faturaram à hora em vez da tarifa diária do contrato, mais de 600 € a mais",
    },
}

B2B_FIRST: dict[str, str] = {
    "en": "Hello,\n\n{prob}. Please fix this as soon as possible.\n\nRegards,\n{name}\n{job}, {company}",
    "es": "Hola,\n\n{prob}. Os pedimos que lo soluciones cuanto antes.\n\nSaludos,\n{name}\n{job}, {company}",
    "fr": "Bonjour,\n\n{prob}. Merci de corriger au plus vite.\n\nCordialement,\n{name}\n{job}, {company}",
    "de": "Guten Tag,\n\n{prob}. Bitte beheben Sie das schnellstmöglich.\n\nViele Grüße\n{name}\n{job}, {company}",
    "it": "Buongiorno,\n\n{prob}. Vi chiediamo di risolvere al più presto.\n\nSaluti,\n{name}\n{job}, {company}",
    "pt": "Olá,\n\n{prob}. Pedimos que resolvam o quanto antes.\n\nCumprimentos,\n{name}\n{job}, {company}",
}

B2B_LATER: dict[str, str] = {
    "en": "Hello,\n\nmy colleague {other} reported this on {day} (case {case}) and it's still the same: {prob}.\n\n{name}\n{job}, {company}",
    "es": "Hola,\n\nmi compañera {other} ya lo aviso el {day} (incidencia {case}) y sigue igual: {prob}.\n\n{name}\n{job}, {company}",
    "fr": "Bonjour,\n\nma collègue {other} l'a signalé {day} (demande {case}) et rien n'a changé : {prob}.\n\n{name}\n{job}, {company}",
    "de": "Guten Tag,\n\nmeine Kollegin {other} hat das am {day} gemeldet (Vorgang {case}) und es ist unverändert: {prob}.\n\n{name}\n{job}, {company}",
    "it": "Buongiorno,\n\nla mia collega {other} l'ha segnalato {day} (segnalazione {case}) ed è tutto uguale: {prob}.\n\n{name}\n{job}, {company}",
    "pt": "Olá,\n\na minha colega {other} já avisou na {day} (pedido {case}) e continua igual: {prob}.\n\n{name}\n{job}, {company}",
}

B2B_LAST_EMAIL: dict[str, str] = {
    "en": "Case {case}: nothing is fixed and several of us have written now. Procurement has already asked {comp} for their rates.",
    "es": "Incidencia {case}: nada arreglado y ya os hemos escrito varios. Compras ya ha pedido tarifas a {comp}.",
    "fr": "Demande {case} : rien n'est réglé et plusieurs d'entre nous ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "de": "Vorgang {case}: nichts ist gelöst, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "it": "Segnalazione {case}: niente risolto e vi abbiamo scritto in parecchi. Gli acquisti hanno già chiesto le tariffe a {comp}.",
    "pt": "Pedido {case}: nada resolvido e já escrevemos vários. As compras já pediram preços à {comp}.",
}

B2B_LAST_CALL: dict[str, str] = {
    "en": "hello its {first} from {company} about case {case} still nothing fixed several of us wrote my boss says we move the account if its not sorted this week",
    "es": "hola soy {first} de {company} por la incidencia {case} sigue sin arreglar le hemos escrito varios y mi jefa dice que nos vamos a otro proveedor si no se arregla esta semana",
    "fr": "bonjour c'est {first} de {company} pour la demande {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "de": "ja hallo hier {first} von {company} wegen Vorgang {case} immer noch nichts mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht gelöst ist",
    "it": "pronto sono {first} di {company} per la segnalazione {case} ancora niente vi abbiamo scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "olá é {first} da {company} sobre o pedido {case} continua tudo igual vários escreveram o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}

B2B_SUGGEST: dict[str, list[str]] = {
    "en": [
        "Small suggestion: could the portal export studio costs by project code?",
        "Would be handy if booking confirmations listed the engineer's name.",
    ],
    "es": [
        "Una sugerencia: podria el portal exportar los costes por codigo de proyecto?",
        "Seria util que la confirmacion incluyera el nombre del tecnico.",
    ],
    "fr": ["Petite suggestion : exporter les coûts par code projet depuis le portail ?"],
    "de": ["Kleiner Vorschlag: Könnte das Portal die Kosten nach Projektnummer exportieren?"],
    "it": ["Un suggerimento: il portale potrebbe esportare i costi per codice progetto?"],
    "pt": ["Uma sugestão: o portal podia exportar custos por código de projeto?"],
}

B2B_Q: dict[str, list[str]] = {
    "en": [
        "Can we add a second producer to our account?",
        "Is the video studio free on Thursday afternoon?",
    ],
    "es": [
        "Podemos añadir otra persona a la cuenta de empresa?",
        "Esta libre el plato de video el jueves por la tarde?",
    ],
    "fr": ["Peut-on ajouter un second utilisateur au compte ?"],
    "de": ["Können wir eine zweite Person zum Firmenkonto hinzufügen?"],
    "it": ["Possiamo aggiungere un secondo utente all'account?"],
    "pt": ["Podemos acrescentar outro utilizador à conta?"],
}

B2B_A: dict[str, str] = {
    "en": "Hi {first}, done, it's set up on your account. {agent}",
    "es": "Hola {first}, hecho, ya esta en vuestra cuenta. {agent}",
    "fr": "Bonjour {first}, c'est fait sur votre compte. {agent}",
    "de": "Hallo {first}, erledigt, ist auf eurem Konto eingerichtet. {agent}",
    "it": "Ciao {first}, fatto, è attivo sul vostro account. {agent}",
    "pt": "Olá {first}, feito, já está na vossa conta. {agent}",
}

B2B_PRAISE: dict[str, list[str]] = {
    "en": ["Recorded our quarterly podcast at {brand} Studio Pro again, smooth as ever"],
    "es": ["Otra grabacion del podcast de empresa en {brand} Studio Pro, todo perfecto"],
    "fr": ["Encore un tournage impeccable chez {brand} Studio Pro"],
    "de": ["Wieder ein reibungsloser Dreh bei {brand} Studio Pro"],
    "it": ["Altra registrazione perfetta da {brand} Studio Pro"],
    "pt": ["Mais uma gravação perfeita na {brand} Studio Pro"],
}

# ---- the planted incident (topic_spike only) ----
SPIKE_CODE = "RCX-582"
SPIKE: dict[str, list[str]] = {
    "en": [
        "the recording from our session this morning downloads as a completely SILENT file. error {code} in the app. two hours of takes gone??",
        "@{brand} every track from today's session is 0 seconds long. what happened to our recordings",
        "Downloaded this morning's multitrack and it's all silence. Please tell me the files still exist somewhere",
    ],
    "es": [
        "la grabacion del ensayo de esta mañana se descarga en SILENCIO total, la app pone {code}. dos horas de tomas perdidas??",
        "Todas las pistas de hoy duran 0 segundos!! que ha pasado con nuestras grabaciones",
        "Me bajo la grabacion de la sala 2 y no suena nada, ni un segundo. Decidme que no se ha perdido",
    ],
    "fr": [
        "l'enregistrement de ce matin se télécharge complètement MUET, erreur {code}. tout est perdu ??",
        "Toutes les pistes d'aujourd'hui font 0 seconde, on a perdu nos prises ?",
    ],
    "de": [
        "die Aufnahme von heute früh lädt sich als komplett STUMME Datei runter, Fehler {code}. zwei Stunden weg??",
        "Alle Spuren von heute sind 0 Sekunden lang. Wo sind unsere Aufnahmen",
    ],
    "it": [
        "la registrazione di stamattina si scarica MUTA, errore {code}. due ore perse??",
        "Tutte le tracce di oggi durano 0 secondi, che fine hanno fatto",
    ],
    "pt": [
        "a gravação desta manhã descarrega completamente MUDA, erro {code}. perdemos tudo??",
        "Todas as faixas de hoje têm 0 segundos, o que aconteceu às gravações",
    ],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "en": [
        "still {code}, tried the laptop and my mate's phone too, still silent files",
        "STILL silent. every download, every track. {code}",
    ],
    "es": [
        "sigue saliendo {code}, probado en el portatil y en el movil de mi novia, todo en silencio",
        "SIGUE igual, todo mudo. {code}",
    ],
    "fr": ["toujours {code}, essayé sur l'ordi aussi, toujours muet"],
    "de": ["immer noch {code}, am Laptop auch probiert, alles stumm"],
    "it": ["ancora {code}, provato anche dal portatile, tutto muto"],
    "pt": ["continua {code}, tentei no portátil também, tudo mudo"],
}

SPIKE_CHAT_A: dict[str, str] = {
    "en": "Yes, session recordings are downloading silent for everyone right now; the originals are safe and our engineers are on it. {agent}",
    "es": "Si, ahora mismo las grabaciones se descargan en silencio para todos; los originales estan a salvo y el equipo tecnico esta en ello. {agent}",
    "fr": "Oui, les enregistrements se téléchargent muets pour tout le monde en ce moment ; les originaux sont en sécurité et nos techniciens s'en occupent. {agent}",
    "de": "Ja, Aufnahmen laden gerade bei allen stumm herunter; die Originale sind sicher, unsere Technik ist dran. {agent}",
    "it": "Sì, in questo momento le registrazioni si scaricano mute per tutti; gli originali sono al sicuro e i tecnici ci stanno lavorando. {agent}",
    "pt": "Sim, neste momento as gravações descarregam mudas para todos; os originais estão seguros e a equipa técnica está a tratar. {agent}",
}

SPIKE_FIXED: dict[str, str] = {
    "en": "Hi {first}, recordings download normally again since {local}. Your session is re-exported in full and today's booking is on us. {agent}",
    "es": "Hola {first}, las grabaciones se descargan bien otra vez desde las {local}. Tu sesion esta reexportada entera y la reserva de hoy corre de nuestra cuenta. {agent}",
    "fr": "Bonjour {first}, les enregistrements se téléchargent à nouveau depuis {local}. Votre session est réexportée et la réservation du jour est offerte. {agent}",
    "de": "Hallo {first}, Aufnahmen laden seit {local} wieder normal. Deine Session ist komplett neu exportiert, die heutige Buchung geht auf uns. {agent}",
    "it": "Ciao {first}, le registrazioni si scaricano di nuovo dalle {local}. La sessione è riesportata e la prenotazione di oggi è offerta. {agent}",
    "pt": "Olá {first}, as gravações descarregam normalmente desde as {local}. A sessão foi reexportada e a reserva de hoje é oferta nossa. {agent}",
}

LONE_Q: dict[str, str] = {
    "es": "hola, ayer la descarga de la grabacion tardo un monton en empezar pero luego bien. es normal?",
    "de": "hallo, gestern hat der Download der Aufnahme ewig gebraucht, lief dann aber. ist das normal?",
}
LONE_A: dict[str, str] = {
    "es": "Hola {first}, si, los archivos grandes tardan un poco en prepararse; si al final se descarga, todo correcto. {agent}",
    "de": "Hallo {first}, ja, große Dateien brauchen etwas Vorbereitung; wenn der Download dann läuft, ist alles in Ordnung. {agent}",
}

MILD_ANSWER: dict[str, str] = {
    "en": "Thanks {first}, noted, we'll fix that. {agent}",
    "es": "Gracias {first}, apuntado, lo arreglamos. {agent}",
    "fr": "Merci {first}, c'est noté. {agent}",
    "de": "Danke {first}, ist notiert. {agent}",
    "it": "Grazie {first}, annotato. {agent}",
    "pt": "Obrigado {first}, anotado. {agent}",
}

PRODUCTS: list[str] = [
    "Rehearsal room 2 h",
    "Rehearsal room 3 h",
    "Podcast booth 1 h",
    "Drum room 2 h",
    "Recording session 4 h",
]
FIRST: dict[str, list[str]] = {
    "en": [
        "Olivia",
        "Jack",
        "Chloe",
        "Liam",
        "Megan",
        "Callum",
        "Aoife",
        "Rory",
        "Hannah",
        "Ethan",
    ],
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
        "Paula",
        "Rubén",
    ],
    "fr": ["Camille", "Hugo", "Léa", "Mathis", "Inès", "Théo"],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Sophie", "Lukas"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "João"],
}
LAST: dict[str, list[str]] = {
    "en": ["Walsh", "Patel", "Murphy", "Hughes", "Byrne", "Clarke"],
    "es": ["García", "Ortega", "Navarro", "Romero", "Iglesias", "Castro", "Vidal"],
    "fr": ["Moreau", "Lefèvre", "Girard", "Roux"],
    "de": ["Becker", "Wagner", "Hoffmann", "Krüger"],
    "it": ["Rossi", "Greco", "Marino", "Conti"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa"],
}
MARKETS: dict[str, list[tuple[str, str]]] = {
    "en": [("UK", "+44 7"), ("IE", "+353 8")],
    "es": [("ES", "+34 6")],
    "fr": [("FR", "+33 6"), ("BE", "+32 4")],
    "de": [("DE", "+49 15"), ("AT", "+43 66")],
    "it": [("IT", "+39 3")],
    "pt": [("PT", "+351 9")],
}
AGENTS = ["Noa (Tocavia)", "Dani (Tocavia)", "Kim (Tocavia)", "Alex (Tocavia)"]
WEEKDAY: dict[str, str] = {
    "en": "Wednesday",
    "es": "miércoles",
    "fr": "mercredi",
    "de": "Mittwoch",
    "it": "mercoledì",
    "pt": "quarta-feira",
}
