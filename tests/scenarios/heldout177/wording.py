# ruff: noqa: E501
"""Wording of heldout177 (Lucidora, mobile car wash and valeting): never tune on it.

Every table has every language (fr, es first with two or three variants; en, de, it, pt).
Placeholders: p (the problem in the customer's words), ref (case), comp (competitor),
car, time.
"""

from __future__ import annotations

LANGS = ("fr", "es", "en", "de", "it", "pt")
COMPETITORS = ("Brillauto", "Splashco")

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

PROBLEM: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "le laveur n'est jamais venu mais l'appli dit lavage terminé",
        "double_charge": "l'abonnement Club a été prélevé deux fois ce mois",
        "damage": "une rayure sur la portière après le lavage, elle n'y était pas avant",
        "refund": "le remboursement du lavage annulé n'est toujours pas arrivé",
        "wrong_price": "je suis membre Club et on m'a facturé le plein tarif",
        "cancel_fee": "des frais d'annulation tardive alors que j'ai annulé deux jours avant",
    },
    "es": {
        "no_show": "el lavador no vino nunca pero la app pone lavado completado",
        "double_charge": "me han cobrado la cuota del Club dos veces este mes",
        "damage": "un arañazo en la puerta después del lavado, antes no estaba",
        "refund": "el reembolso del lavado cancelado sigue sin llegar",
        "wrong_price": "soy socia del Club y me cobraron la tarifa completa",
        "cancel_fee": "una penalización por cancelar tarde cuando cancelé dos días antes",
    },
    "en": {
        "no_show": "the valeter never turned up but the app says wash completed",
        "double_charge": "my Club membership was taken twice this month",
        "damage": "there's a scratch on the door after the wash that wasn't there before",
        "refund": "the refund for the cancelled wash still hasn't arrived",
        "wrong_price": "I'm a Club member and got charged the full price",
        "cancel_fee": "a late-cancellation fee although I cancelled two days before",
    },
    "de": {
        "no_show": "der Wäscher ist nie gekommen, aber die App sagt Wäsche erledigt",
        "double_charge": "die Club-Gebühr wurde diesen Monat zweimal abgebucht",
        "damage": "ein Kratzer an der Tür nach der Wäsche, der vorher nicht da war",
        "refund": "die Erstattung für die stornierte Wäsche ist immer noch nicht da",
        "wrong_price": "ich bin Club-Mitglied und mir wurde der volle Preis berechnet",
        "cancel_fee": "eine Gebühr für späte Stornierung, obwohl ich zwei Tage vorher storniert habe",
    },
    "it": {
        "no_show": "il lavatore non è mai arrivato ma l'app dice lavaggio completato",
        "double_charge": "mi avete addebitato l'abbonamento Club due volte questo mese",
        "damage": "un graffio sulla portiera dopo il lavaggio, prima non c'era",
        "refund": "il rimborso del lavaggio annullato non è ancora arrivato",
        "wrong_price": "sono socio Club e mi avete fatto pagare il prezzo pieno",
        "cancel_fee": "una penale per disdetta tardiva anche se ho annullato due giorni prima",
    },
    "pt": {
        "no_show": "o lavador nunca apareceu mas a app diz lavagem concluída",
        "double_charge": "cobraram a mensalidade do Club duas vezes este mês",
        "damage": "um risco na porta depois da lavagem, antes não estava lá",
        "refund": "o reembolso da lavagem cancelada ainda não chegou",
        "wrong_price": "sou sócio do Club e cobraram o preço inteiro",
        "cancel_fee": "uma taxa de cancelamento tardio apesar de ter cancelado dois dias antes",
    },
}

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Voiture nickel ce matin sur le parking du boulot, merci Lucidora 🚗✨",
        "franchement le lavage intérieur est top, les sièges sentent le propre",
        "Troisième fois que je prends la formule complète et toujours aussi impeccable",
    ],
    "es": [
        "El coche brilla como el primer día, gracias Lucidora ✨",
        "tercera vez este mes y otra vez perfecto, el lavador súper amable",
        "Me lavaron el coche en el parking de la ofi mientras trabajaba, una maravilla",
    ],
    "en": ["Car's spotless again, third time this month and still great. Cheers Lucidora"],
    "de": ["Schon wieder ein blitzsauberes Auto vor der Tür, danke Lucidora 👍"],
    "it": ["Ancora una volta macchina splendente sotto l'ufficio, grazie Lucidora"],
    "pt": ["Carro impecável outra vez, já é a terceira vez e continua ótimo, obrigada Lucidora"],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Très bon lavage, juste dommage que la notif d'arrivée arrive toujours trop tard",
        "Super boulot sur les jantes, seul bémol le créneau de 2h c'est long",
    ],
    "es": [
        "Lavado genial, solo que el aviso de llegada siempre llega tarde",
        "Muy bien todo, aunque la franja de dos horas se hace larga",
    ],
    "en": ["Great job on the interior, only wish the arrival text came a bit earlier"],
    "de": ["Top Innenreinigung, nur das Zeitfenster von zwei Stunden ist lang"],
    "it": ["Lavaggio ottimo, peccato solo che la fascia oraria sia di due ore"],
    "pt": ["Muito bom, só o aviso de chegada é que vem sempre tarde"],
}

QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, est-ce que le laveur peut venir dans un parking souterrain ?",
        "bjr on peut ajouter le nettoyage des sièges enfant à la réservation de samedi ?",
    ],
    "es": [
        "Hola, ¿el lavador puede venir a un parking subterráneo?",
        "buenas, ¿se puede añadir limpieza de tapicería a la reserva del sábado?",
    ],
    "en": ["Hi, can the valeter come to an underground car park?"],
    "de": ["Hallo, kann der Wäscher auch in die Tiefgarage kommen?"],
    "it": ["Ciao, il lavatore può venire in un parcheggio sotterraneo?"],
    "pt": ["Olá, o lavador pode vir a um parque subterrâneo?"],
}

ANSWER: dict[str, str] = {
    "fr": "Bonjour ! Oui, indiquez simplement le niveau et la place dans la réservation. Bonne journée, Inès (Lucidora)",
    "es": "¡Hola! Sí, indica la planta y la plaza en la reserva. Un saludo, Marta (Lucidora)",
    "en": "Hi! Yes, just add the level and bay number to the booking. Have a good day, Sam (Lucidora)",
    "de": "Hallo! Ja, geben Sie einfach Ebene und Stellplatz in der Buchung an. Viele Grüße, Jonas (Lucidora)",
    "it": "Ciao! Sì, indica piano e posto nella prenotazione. Buona giornata, Giulia (Lucidora)",
    "pt": "Olá! Sim, indique o piso e o lugar na reserva. Bom dia, Rita (Lucidora)",
}

THANKS: dict[str, list[str]] = {
    "fr": ["merci c'est top", "Parfait merci bcp 🙏", "ok super merci"],
    "es": ["genial gracias!!", "mil gracias crack", "vale perfecto grax"],
    "en": ["cheers, legend"],
    "de": ["super, danke dir!"],
    "it": ["perfetto grz!"],
    "pt": ["top, obg!"],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, insomnie, je regarde des vidéos de polish de carrosserie. Vivement le lavage Lucidora de demain 😅"
    ],
    "es": [
        "Saliendo del turno de noche del hospital y el coche lleno de polvo, reservado Lucidora para mañana",
        "no puedo dormir y acabo de reservar lavado completo para el finde jaja",
    ],
    "en": ["2am, night shift at the petrol station, just booked Lucidora for Saturday. Sorted"],
    "de": ["Nachtschicht vorbei, Auto reserviert für die Wäsche morgen früh. Lucidora rettet mich"],
    "it": ["Notte insonne, prenotato il lavaggio Lucidora per domani, almeno l'auto sarà a posto"],
    "pt": ["Turno da noite acabado, lavagem Lucidora marcada para amanhã 😴"],
}

NIGHT_Q: dict[str, list[str]] = {
    "fr": ["dsl l'heure, le laveur a besoin d'une prise électrique ou pas ?"],
    "es": ["perdón las horas, ¿el lavador necesita enchufe o lleva todo?"],
    "en": ["sorry it's late, does the valeter need a tap or bring their own water?"],
    "de": ["sorry für die Uhrzeit, braucht der Wäscher einen Wasseranschluss?"],
    "it": ["scusate l'ora, il lavatore ha bisogno di una presa di corrente?"],
    "pt": ["desculpem a hora, o lavador precisa de tomada?"],
}

NIGHT_A: dict[str, str] = {
    "fr": "Bonsoir, non, nos laveurs sont autonomes en eau et en électricité. Bonne nuit !",
    "es": "Hola, no, nuestros lavadores llevan agua y batería propias. ¡Buenas noches!",
    "en": "Hi, no, our valeters carry their own water and power. Good night!",
    "de": "Hallo, nein, unsere Wäscher bringen Wasser und Strom selbst mit. Gute Nacht!",
    "it": "Ciao, no, i nostri lavatori sono autonomi per acqua e corrente. Buonanotte!",
    "pt": "Olá, não, os lavadores levam água e energia próprias. Boa noite!",
}

REVIEW: dict[str, str] = {
    "fr": "Service pro, ponctuel, voiture comme neuve à l'intérieur. Je recommande.",
    "es": "Puntuales, cuidadosos y el interior quedó impecable. Lo recomiendo.",
    "en": "On time, careful and the interior came out spotless. Recommend.",
    "de": "Pünktlich, sorgfältig, Innenraum tadellos. Klare Empfehlung.",
    "it": "Puntuali, precisi, interni perfetti. Consigliato.",
    "pt": "Pontuais, cuidadosos e o interior ficou impecável. Recomendo.",
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["top", "", "👍"],
    "es": ["genial", "", "💯"],
    "en": ["great"],
    "de": ["prima"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
}

COMPLAINT_SHORT: dict[str, list[str]] = {
    "fr": [
        "Bonjour, {p}. Merci de régler ça rapidement.",
        "C'est pas sérieux : {p}. J'attends une réponse AUJOURD'HUI.",
    ],
    "es": [
        "Hola, {p}. Por favor solucionadlo ya.",
        "Esto es una vergüenza: {p}. QUIERO una solución HOY.",
    ],
    "en": ["Hi, {p}. Please sort this out today."],
    "de": ["Hallo, {p}. Bitte klären Sie das heute noch."],
    "it": ["Buongiorno, {p}. Vi prego di risolvere subito."],
    "pt": ["Olá, {p}. Resolvam isto hoje, por favor."],
}

COMPLAINT_LONG: dict[str, str] = {
    "fr": (
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, entre deux rendez-vous de ma mère, "
        "alors pardonnez la forme. Je suis cliente depuis deux ans et j'ai toujours été contente, "
        "je vous ai même recommandés à mes collègues. Mais cette fois : {p}. J'ai perdu une matinée "
        "à attendre et à appeler.\n\nJe vous demande de corriger ça et de me répondre par écrit.\n\nCordialement"
    ),
    "es": (
        "Buenas tardes:\n\nOs escribo desde el coche, esperando a que salgan los niños de natación, "
        "así que perdonad si me enrollo. Llevo dos años con vosotros y siempre contenta, hasta os he "
        "recomendado en el trabajo. Pero esta vez {p}, y he perdido la mañana entre esperas y llamadas.\n\n"
        "Pido que lo arregléis y me contestéis por escrito.\n\nUn saludo"
    ),
    "en": (
        "Hello,\n\nI'm writing from a café between two site visits, so forgive the rush. I've used you for "
        "two years and been happy, recommended you to half the office. But this time {p}, and I lost a "
        "morning waiting and ringing round.\n\nPlease put it right and reply in writing.\n\nRegards"
    ),
    "de": (
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, entschuldigen Sie die Form. Ich bin seit "
        "zwei Jahren Kundin und war immer zufrieden, habe Sie sogar weiterempfohlen. Aber diesmal: {p}. "
        "Ich habe einen Vormittag mit Warten und Telefonieren verloren.\n\nBitte beheben Sie das und antworten "
        "Sie schriftlich.\n\nMit freundlichen Grüßen"
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista, scusate la fretta. Sono cliente da due anni "
        "e sempre soddisfatta, vi ho pure consigliati in ufficio. Ma stavolta {p}, e ho perso una mattina "
        "tra attese e telefonate.\n\nVi chiedo di sistemare e di rispondermi per iscritto.\n\nCordiali saluti"
    ),
    "pt": (
        "Bom dia,\n\nescrevo da sala de espera do pediatra, desculpem a pressa. Sou cliente há dois anos e "
        "sempre gostei, até vos recomendei no trabalho. Mas desta vez {p}, e perdi uma manhã a esperar "
        "e a telefonar.\n\nPeço que resolvam e respondam por escrito.\n\nCumprimentos"
    ),
}

CALL: dict[str, str] = {
    "fr": "oui bonjour alors voilà {p} et j'aimerais savoir ce que vous allez faire",
    "es": "hola mire le llamo porque {p} y quiero saber qué van a hacer",
    "en": "hi yeah i'm calling because {p} and i want to know what you're going to do",
    "de": "ja hallo ich rufe an weil {p} und ich will wissen was Sie jetzt machen",
    "it": "sì buongiorno chiamo perché {p} e vorrei sapere cosa fate adesso",
    "pt": "olá estou a ligar porque {p} e quero saber o que vão fazer",
}

CALL_Q: dict[str, str] = {
    "fr": "bonjour je voulais savoir si le laveur peut passer avant huit heures le samedi",
    "es": "hola quería saber si el lavador puede venir antes de las ocho el sábado",
    "en": "hi just wondering if the valeter can come before eight on a saturday",
    "de": "hallo ich wollte fragen ob der Wäscher am Samstag vor acht kommen kann",
    "it": "buongiorno volevo sapere se il lavatore può venire prima delle otto il sabato",
    "pt": "olá queria saber se o lavador pode vir antes das oito ao sábado",
}

CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour, nous sommes désolés. Votre dossier {ref} est ouvert, nous revenons vers vous rapidement. L'équipe Lucidora",
    "es": "Hola, lo sentimos mucho. Hemos abierto la incidencia {ref} y te respondemos en breve. Equipo Lucidora",
    "en": "Hi, we're sorry. Your case {ref} is open and we'll be back to you shortly. The Lucidora team",
    "de": "Hallo, das tut uns leid. Ihr Vorgang {ref} ist eröffnet, wir melden uns in Kürze. Ihr Lucidora-Team",
    "it": "Buongiorno, ci dispiace. La segnalazione {ref} è aperta, vi ricontattiamo a breve. Il team Lucidora",
    "pt": "Olá, lamentamos. O seu processo {ref} está aberto e respondemos em breve. Equipa Lucidora",
}

QUALITY_LEAD: dict[str, str] = {
    "fr": "Bonjour, votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "es": "Hola, tu incidencia {ref} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "en": "Hi, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "it": "Buongiorno, la segnalazione {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "pt": "Olá, o seu processo {ref} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço.",
}

GOOD_NEWS: dict[str, str] = {
    "fr": "Bonne nouvelle pour le dossier {ref} : c'est corrigé de notre côté. Pouvez-vous nous confirmer ?",
    "es": "Buenas noticias sobre la incidencia {ref}: ya está corregido. ¿Nos lo confirmas?",
    "en": "Good news on case {ref}: it's fixed on our side. Could you confirm?",
    "de": "Gute Nachricht zu Vorgang {ref}: ist behoben. Können Sie das bestätigen?",
    "it": "Buone notizie sulla segnalazione {ref}: è risolto. Può confermare?",
    "pt": "Boas notícias sobre o processo {ref}: está resolvido. Pode confirmar?",
}

CONFIRM: dict[str, list[str]] = {
    "fr": ["Confirmé pour {ref}, tout est bon, merci !", "c'est bon pour {ref}, merci bcp"],
    "es": ["Confirmado lo de {ref}, todo bien, ¡gracias!", "ok {ref} resuelto, gracias!!"],
    "en": ["Confirmed for {ref}, all good now, thanks!"],
    "de": ["Bestätigt für {ref}, alles gut, danke!"],
    "it": ["Confermo per {ref}, tutto a posto, grazie!"],
    "pt": ["Confirmado o {ref}, está tudo bem, obrigado!"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci pour votre patience."],
    "es": ["Perdón por el tono de ayer, tenía un mal día. Gracias por la paciencia."],
    "en": ["Sorry about my message yesterday, bad day. Thanks for being patient."],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke für die Geduld."],
    "it": ["Scusate il tono di ieri, giornataccia. Grazie della pazienza."],
    "pt": ["Desculpem o tom de ontem, foi um mau dia. Obrigada pela paciência."],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Je reviens pour le dossier {ref} : toujours rien, {p}.",
        "Dossier {ref}, TOUJOURS pas réglé. {p}.",
    ],
    "es": [
        "Vuelvo con la incidencia {ref}: sigue igual, {p}.",
        "Incidencia {ref}, SIGUE sin resolver. {p}.",
    ],
    "en": ["Back about case {ref}: still not sorted, {p}."],
    "de": ["Nochmal zu Vorgang {ref}: immer noch offen, {p}."],
    "it": ["Torno sulla segnalazione {ref}: ancora niente, {p}."],
    "pt": ["Volto ao processo {ref}: continua por resolver, {p}."],
}

THIRD: dict[str, str] = {
    "fr": "Troisième fois pour {ref}. Une collègue passe par {comp} et chez eux c'est réglé le jour même.",
    "es": "Tercera vez con {ref}. Una compañera usa {comp} y a ella se lo arreglan en el día.",
    "en": "Third time about {ref}. A colleague uses {comp} and they sort this the same day.",
    "de": "Zum dritten Mal wegen {ref}. Eine Kollegin nutzt {comp}, da geht sowas am selben Tag.",
    "it": "Terza volta per {ref}. Una collega usa {comp} e lì lo risolvono in giornata.",
    "pt": "Terceira vez sobre o {ref}. Uma colega usa a {comp} e resolvem no mesmo dia.",
}

FOURTH: dict[str, str] = {
    "fr": "QUATRIÈME fois pour {ref}. Rien ne bouge.",
    "es": "CUARTA vez con {ref}. Nadie hace nada.",
    "en": "FOURTH time about {ref}. Nothing moves.",
    "de": "ZUM VIERTEN MAL wegen {ref}. Nichts passiert.",
    "it": "QUARTA volta per {ref}. Non si muove niente.",
    "pt": "QUARTA vez sobre o {ref}. Nada acontece.",
}

URGENT: dict[str, str] = {
    "fr": "Ajouté à votre dossier {ref}, marqué urgent.",
    "es": "Añadido a tu incidencia {ref}, marcada como urgente.",
    "en": "Added to your case {ref}, marked urgent.",
    "de": "Zu Ihrem Vorgang {ref} hinzugefügt, als dringend markiert.",
    "it": "Aggiunto alla segnalazione {ref}, segnata come urgente.",
    "pt": "Acrescentado ao processo {ref}, marcado como urgente.",
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Laveur arrivé avec 1h30 de retard sans prévenir, bof",
        "Traces de produit sur le pare-brise, il a fallu repasser derrière",
        "L'appli demande maintenant des photos de la voiture avant ET après, c'est lourd",
        "Le prix de la formule complète a pris 6 € sans un mot",
        "Lucidora m'a compté 25 € de « supplément saleté extrême » pour une voiture normale. Ras le bol",
        "Ma voisine passe par {comp}, j'ai réservé chez eux pour samedi.",
    ],
    "es": [
        "El lavador llegó hora y media tarde sin avisar, regular",
        "Marcas de producto en el parabrisas, tuve que repasarlo yo",
        "Ahora la app pide fotos del coche antes Y después, qué pesadez",
        "La tarifa completa ha subido 6 € sin avisar",
        "Lucidora me ha cobrado 25 € de «suplemento suciedad extrema» por un coche normal. ESTOY HARTA",
        "Mi vecina usa {comp}, he reservado con ellos para el sábado.",
    ],
    "en": [
        "Valeter ninety minutes late, no text, meh",
        "Streaks on the windscreen, had to go over it myself",
        "App now wants photos of the car before AND after, tedious",
        "Full valet went up £5 without a word",
        "Lucidora charged me £20 'extreme dirt surcharge' for a normal car. Fed up",
        "My neighbour uses {comp}, booked them for Saturday.",
    ],
    "de": [
        "Wäscher anderthalb Stunden zu spät, ohne Bescheid, naja",
        "Schlieren auf der Windschutzscheibe, musste nachwischen",
        "Die App will jetzt Fotos vorher UND nachher, nervig",
        "Komplettpflege 6 € teurer, ohne Ankündigung",
        "Lucidora hat mir 25 € 'Extremverschmutzung' berechnet für ein normales Auto. Mir reichts",
        "Meine Nachbarin nimmt {comp}, hab dort für Samstag gebucht.",
    ],
    "it": [
        "Lavatore in ritardo di un'ora e mezza senza avvisare, mah",
        "Aloni sul parabrezza, ho dovuto ripassare io",
        "Ora l'app vuole foto prima E dopo, che noia",
        "Il lavaggio completo è aumentato di 6 € senza avviso",
        "Lucidora mi ha addebitato 25 € di 'sporco estremo' per un'auto normale. Basta",
        "La mia vicina usa {comp}, ho prenotato da loro per sabato.",
    ],
    "pt": [
        "Lavador chegou hora e meia atrasado sem avisar, enfim",
        "Marcas no para-brisas, tive de limpar eu",
        "Agora a app pede fotos antes E depois, que chatice",
        "A lavagem completa subiu 6 € sem aviso",
        "A Lucidora cobrou-me 25 € de 'sujidade extrema' por um carro normal. Chega",
        "A minha vizinha usa a {comp}, marquei lá para sábado.",
    ],
}

CANCEL_REQ: dict[str, str] = {
    "fr": "Bonjour, j'ai vendu ma voiture et je passe au vélo. Je souhaite résilier mon abonnement Club et fermer mon compte.",
    "es": "Hola, he vendido el coche y me paso a la bici. Quiero darme de baja del Club y cerrar la cuenta.",
    "en": "Hi, I've sold the car and I'm cycling now. Please cancel my Club membership and close my account.",
    "de": "Hallo, ich habe das Auto verkauft und fahre jetzt Rad. Bitte kündigen Sie meine Club-Mitgliedschaft und schließen das Konto.",
    "it": "Buongiorno, ho venduto l'auto e ora vado in bici. Vorrei disdire il Club e chiudere l'account.",
    "pt": "Olá, vendi o carro e agora ando de bicicleta. Quero cancelar o Club e fechar a conta.",
}

SORRY_GO: dict[str, str] = {
    "fr": "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "es": "¡Qué pena que te vayas! Puedes darte de baja tú mismo en la app o en la web.",
    "en": "Sorry to see you go! You can cancel yourself in the app or on the website.",
    "de": "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website kündigen.",
    "it": "Ci dispiace vederla andare! Può disdire da sola nell'app o sul sito.",
    "pt": "Pena vê-lo partir! Pode cancelar na app ou no site.",
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible",
        "Le SMS « laveur en route » à 6h du mat, sérieux ?",
    ],
    "es": [
        "La app me saca de la sesión cada vez, qué pesadez",
        "El SMS de 'lavador en camino' a las 6 de la mañana, en serio?",
    ],
    "en": ["App logs me out every single time, annoying"],
    "de": ["Die App meldet mich jedes Mal ab, nervig"],
    "it": ["L'app mi disconnette ogni volta, che fastidio"],
    "pt": ["A app faz logout sempre, irritante"],
}

SARCASM: dict[str, list[str]] = {
    "fr": ["Lavage « express » terminé à 21h, parfait pour admirer la carrosserie dans le noir 👏"],
    "es": ["Lavado 'exprés' acabado a las 21h, ideal para ver el brillo a oscuras 👏"],
    "en": ["'Express' wash finished at 9pm, perfect for admiring the shine in the dark 👏"],
    "de": ["'Express'-Wäsche um 21 Uhr fertig, super zum Bewundern im Dunkeln 👏"],
    "it": ["Lavaggio 'express' finito alle 21, perfetto per ammirare la lucidatura al buio 👏"],
    "pt": ["Lavagem 'expresso' acabada às 21h, ótimo para ver o brilho às escuras 👏"],
}

MILD: dict[str, str] = {
    "fr": "Petit souci : la carte des zones affiche la mauvaise ville.",
    "es": "Una cosita: el mapa de zonas sale con la ciudad equivocada.",
    "en": "Small thing: the coverage map shows the wrong city.",
    "de": "Kleinigkeit: die Gebietskarte zeigt die falsche Stadt.",
    "it": "Piccola cosa: la mappa delle zone mostra la città sbagliata.",
    "pt": "Pequena coisa: o mapa de zonas mostra a cidade errada.",
}

MILD_ACK: dict[str, str] = {
    "fr": "Merci du signalement, c'est transmis à l'équipe appli.",
    "es": "Gracias por avisar, se lo pasamos al equipo de la app.",
    "en": "Thanks for flagging, passed to the app team.",
    "de": "Danke für den Hinweis, ist ans App-Team weitergegeben.",
    "it": "Grazie della segnalazione, girata al team app.",
    "pt": "Obrigado pelo aviso, passámos à equipa da app.",
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Vos factures Fleet portent toujours l'ancienne raison sociale et aucun numéro de bon de commande, notre compta les rejette.",
        "portal": "Le portail Fleet n'affiche aucun véhicule de notre flotte, impossible de planifier les lavages.",
        "overbilled": "Vous nous facturez au lavage unitaire au lieu du forfait mensuel du contrat.",
    },
    "es": {
        "invoice": "Vuestras facturas Fleet siguen con la razón social antigua y sin número de pedido, contabilidad las rechaza.",
        "portal": "El portal Fleet no muestra ningún vehículo de nuestra flota, no podemos programar lavados.",
        "overbilled": "Nos facturáis por lavado suelto en vez de la tarifa mensual del contrato.",
    },
    "en": {
        "invoice": "Your Fleet invoices still carry our old company name and no PO number, accounts reject them.",
        "portal": "The Fleet portal shows none of our vehicles, we can't schedule washes.",
        "overbilled": "You bill us per wash instead of the monthly contract rate.",
    },
    "de": {
        "invoice": "Ihre Fleet-Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "portal": "Das Fleet-Portal zeigt keines unserer Fahrzeuge, wir können keine Wäschen planen.",
        "overbilled": "Sie rechnen pro Wäsche ab statt zum monatlichen Vertragspreis.",
    },
    "it": {
        "invoice": "Le fatture Fleet riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le rifiuta.",
        "portal": "Il portale Fleet non mostra nessun veicolo della flotta, non possiamo programmare i lavaggi.",
        "overbilled": "Ci fatturate a lavaggio invece della tariffa mensile del contratto.",
    },
    "pt": {
        "invoice": "As faturas Fleet ainda têm a denominação antiga e nenhum número de encomenda, a contabilidade rejeita-as.",
        "portal": "O portal Fleet não mostra nenhum veículo da frota, não conseguimos agendar lavagens.",
        "overbilled": "Faturam por lavagem em vez da tarifa mensal do contrato.",
    },
}

B2B_LATER: dict[str, str] = {
    "fr": "Je rejoins le message de {who} de ce matin, dossier {ref} : {p}",
    "es": "Me sumo a lo que escribió {who} esta mañana, incidencia {ref}: {p}",
    "en": "Following up on {who}'s email this morning, case {ref}: {p}",
    "de": "Ich schließe mich {who} von heute Morgen an, Vorgang {ref}: {p}",
    "it": "Mi associo a quanto scritto da {who} stamattina, segnalazione {ref}: {p}",
    "pt": "Junto-me ao que a {who} escreveu esta manhã, processo {ref}: {p}",
}

B2B_LAST: dict[str, str] = {
    "fr": "dossier {ref} toujours pas réglé plusieurs collègues vous ont écrit mon patron dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "la incidencia {ref} sigue sin arreglar varios compañeros os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "en": "case {ref} still not fixed several colleagues have written my boss says we move the account if it isn't fixed this week",
    "de": "Vorgang {ref} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "it": "segnalazione {ref} ancora aperta vi hanno scritto più colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "o processo {ref} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}

B2B_SUGGEST: dict[str, str] = {
    "fr": "Suggestion : pouvoir exporter les lavages par centre de coût serait bien pratique.",
    "es": "Sugerencia: poder exportar los lavados por centro de coste nos vendría genial.",
    "en": "Suggestion: exporting washes by cost centre would really help.",
    "de": "Vorschlag: ein Export der Wäschen nach Kostenstelle wäre sehr hilfreich.",
    "it": "Suggerimento: esportare i lavaggi per centro di costo sarebbe utile.",
    "pt": "Sugestão: exportar as lavagens por centro de custo dava muito jeito.",
}

B2B_Q: dict[str, str] = {
    "fr": "Bonjour, peut-on ajouter deux utilitaires au contrat Fleet ?",
    "es": "Hola, ¿podemos añadir dos furgonetas al contrato Fleet?",
    "en": "Hi, can we add two vans to the Fleet contract?",
    "de": "Hallo, können wir zwei Transporter zum Fleet-Vertrag hinzufügen?",
    "it": "Buongiorno, possiamo aggiungere due furgoni al contratto Fleet?",
    "pt": "Olá, podemos juntar duas carrinhas ao contrato Fleet?",
}

B2B_A: dict[str, str] = {
    "fr": "Bonjour, oui, ajoutez-les dans le portail, rubrique Véhicules.",
    "es": "Hola, sí, añádelas en el portal, apartado Vehículos.",
    "en": "Hi, yes, add them in the portal under Vehicles.",
    "de": "Hallo, ja, einfach im Portal unter Fahrzeuge hinzufügen.",
    "it": "Buongiorno, sì, aggiungeteli nel portale alla voce Veicoli.",
    "pt": "Olá, sim, adicionem no portal em Veículos.",
}

B2B_PRAISE: dict[str, str] = {
    "fr": "Toute notre flotte lavée sur le parking en une matinée, bravo l'équipe Fleet.",
    "es": "Toda la flota lavada en el parking en una mañana, bravo equipo Fleet.",
    "en": "Whole fleet washed in our car park in one morning, well done Fleet team.",
    "de": "Ganze Flotte an einem Vormittag auf unserem Parkplatz gewaschen, klasse.",
    "it": "Tutta la flotta lavata nel parcheggio in una mattina, bravi.",
    "pt": "Frota toda lavada no parque numa manhã, parabéns equipa Fleet.",
}

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "Le laveur est parti à une autre adresse, l'appli a marqué « accès impossible » et m'a facturé 15 € ?? code ADR-604",
        "c'est quoi ce bug, mon lavage est annulé « véhicule introuvable » alors que la voiture est devant chez moi",
        "L'appli envoie le laveur à l'adresse de mon ancien domicile, erreur ADR-604, et frais de déplacement facturés",
    ],
    "es": [
        "El lavador ha ido a otra dirección, la app dice 'sin acceso' y me cobra 15 € de desplazamiento. error ADR-604",
        "qué pasa hoy?? lavado cancelado por 'vehículo no encontrado' y el coche está en la puerta",
        "La app manda al lavador a mi dirección antigua, sale ADR-604 y encima me cobráis",
    ],
    "en": [
        "Valeter went to a completely different address, app says 'no access' and charged me £13. ADR-604??"
    ],
    "de": [
        "Der Wäscher ist zu einer falschen Adresse gefahren, App sagt 'kein Zugang' und berechnet 15 € Anfahrt"
    ],
    "it": [
        "Il lavatore è andato a un altro indirizzo, l'app dice 'accesso impossibile' e mi addebita 15 €, errore ADR-604"
    ],
    "pt": ["O lavador foi para outra morada, a app diz 'sem acesso' e cobrou 15 € de deslocação"],
}

SPIKE_AGAIN: dict[str, str] = {
    "fr": "Toujours pareil, j'ai corrigé l'adresse dans l'appli et elle revient à l'ancienne, ADR-604 encore",
    "es": "Sigue igual, corrijo la dirección en la app y vuelve a la antigua, otra vez ADR-604",
    "en": "Still the same, fixed the address in the app and it jumps back to the old one, ADR-604 again",
    "de": "Immer noch, Adresse korrigiert und die App springt zurück auf die alte, wieder ADR-604",
    "it": "Ancora uguale, correggo l'indirizzo e l'app torna a quello vecchio, di nuovo ADR-604",
    "pt": "Continua igual, corrigi a morada e a app volta à antiga, outra vez ADR-604",
}

SPIKE_CHAT_A: dict[str, str] = {
    "fr": "Oui, l'appli envoie en ce moment les laveurs à une mauvaise adresse, nos équipes sont dessus. Aucun frais ne sera gardé.",
    "es": "Sí, ahora mismo la app manda a los lavadores a direcciones equivocadas, el equipo está en ello. No se cobrará nada.",
    "en": "Yes, the app is sending valeters to wrong addresses right now, our engineers are on it. No fee will stand.",
    "de": "Ja, die App schickt gerade Wäscher an falsche Adressen, unser Team ist dran. Keine Gebühr bleibt stehen.",
    "it": "Sì, l'app sta mandando i lavatori a indirizzi sbagliati, il team ci lavora. Nessun addebito resterà.",
    "pt": "Sim, a app está a mandar os lavadores para moradas erradas, a equipa está a tratar. Nenhuma taxa fica.",
}

SPIKE_FIXED: dict[str, str] = {
    "fr": "Les adresses sont de nouveau correctes depuis 12h40 (heure locale). Les frais sont annulés et un lavage offert est ajouté.",
    "es": "Las direcciones vuelven a estar bien desde las 12:40 (hora local). Anulamos el cargo y te regalamos un lavado.",
    "en": "Addresses are correct again since 11:40 local time. The fee is cancelled and a free wash added.",
    "de": "Adressen stimmen seit 12:40 Uhr wieder. Die Gebühr ist storniert, eine Gratiswäsche gutgeschrieben.",
    "it": "Gli indirizzi sono di nuovo corretti dalle 12:40. L'addebito è annullato e c'è un lavaggio in omaggio.",
    "pt": "As moradas estão corretas desde as 11:40 (hora local). A taxa foi anulada e oferecemos uma lavagem.",
}

LONE_Q: dict[str, str] = {
    "fr": "Hier soir l'appli affichait mon adresse en gris, ça marchera demain pour le lavage ?",
    "es": "Anoche la app mostraba mi dirección en gris, ¿funcionará mañana el lavado?",
    "en": "Last night the app showed my address greyed out, will tomorrow's wash be fine?",
    "de": "Gestern Abend war meine Adresse in der App grau, klappt die Wäsche morgen?",
    "it": "Ieri sera l'app mostrava l'indirizzo in grigio, domani il lavaggio va bene?",
    "pt": "Ontem à noite a app mostrava a morada a cinzento, amanhã a lavagem funciona?",
}

LONE_A: dict[str, str] = {
    "fr": "Oui, le gris veut dire adresse enregistrée, tout est bon pour demain.",
    "es": "Sí, el gris indica dirección guardada, todo bien para mañana.",
    "en": "Yes, grey just means saved address, all fine for tomorrow.",
    "de": "Ja, grau heißt gespeicherte Adresse, alles gut für morgen.",
    "it": "Sì, grigio vuol dire indirizzo salvato, tutto ok per domani.",
    "pt": "Sim, cinzento quer dizer morada guardada, está tudo bem para amanhã.",
}

SUBJ_COMPLAINT: dict[str, str] = {
    "fr": "Réclamation",
    "es": "Reclamación",
    "en": "Complaint",
    "de": "Beschwerde",
    "it": "Reclamo",
    "pt": "Reclamação",
}

PRODUCTS = (("Full valet", "49.00"), ("Exterior wash", "19.00"), ("Interior clean", "35.00"))

FIRST = {
    "fr": ["Camille", "Julien", "Léa", "Hugo", "Manon", "Théo", "Chloé", "Lucas", "Inès", "Nathan"],
    "es": [
        "Lucía",
        "Pablo",
        "Carmen",
        "Javier",
        "Irene",
        "Sergio",
        "Nerea",
        "Álvaro",
        "Marta",
        "Diego",
    ],
    "en": ["Olivia", "Harry", "Amelia", "Jack", "Isla", "Oscar"],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Lukas"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Andrea"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Mariana", "João"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux", "Fournier"],
    "es": ["García", "López", "Torres", "Navarro", "Ruiz", "Molina", "Ortega", "Castro"],
    "en": ["Smith", "Walsh", "Hughes", "Price", "Byrne"],
    "de": ["Müller", "Schmidt", "Wagner", "Becker", "Hoffmann"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Marino"],
    "pt": ["Silva", "Costa", "Sousa", "Ferreira", "Lopes"],
}
MARKETS = {
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
PREFIX = {
    "FR": "+336",
    "BE": "+324",
    "CH": "+417",
    "ES": "+346",
    "UK": "+447",
    "IE": "+3538",
    "DE": "+4915",
    "AT": "+43664",
    "IT": "+393",
    "PT": "+3519",
}
