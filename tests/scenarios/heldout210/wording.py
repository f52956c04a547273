# ruff: noqa: E501
"""Wording of heldout210 (Arcuvia: archery ranges, lessons and bow hire). Hand-written.

Every table has its own wording in every language: en and es (two or three variants),
fr, de, it and pt (at least one). Placeholders: {case}, {comp}, {time}, {code}, {other}.
"""

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "en": [
        "Third session at Arcuvia this month and still grinning, the coach fixed my anchor point in five minutes",
        "lane 4 at arcuvia this morning, quiet, warm, bows freshly strung. perfect start to a Saturday",
        "Took my dad for his 70th, he hit gold twice and hasn't stopped talking about it. Cheers Arcuvia",
    ],
    "es": [
        "Otra vez genial la clase de iniciación en Arcuvia, el monitor tiene una paciencia infinita",
        "tercera vez este mes en la galería de tiro y sigo encantada, todo limpio y los arcos a punto",
        "Cumpleaños de mi hijo en Arcuvia: doce críos, cero dramas y una diana en el centro. Gracias!!",
    ],
    "fr": [
        "Encore une super séance chez Arcuvia, le moniteur a corrigé ma posture en deux minutes"
    ],
    "de": [
        "Schon wieder ein toller Abend bei Arcuvia, Bahn 3, frisch bespannte Bögen, alles bestens"
    ],
    "it": [
        "Ancora una volta lezione perfetta da Arcuvia, l'istruttore è bravissimo con i principianti"
    ],
    "pt": ["Mais uma aula ótima na Arcuvia, o instrutor corrigiu a minha postura num instante"],
}

GRIPE_PRAISE: T = {
    "en": [
        "Loved the beginner course, only gripe is the changing room lockers are tiny. Back next week",
        "Great coaching as always, the car park is a nightmare on Fridays though",
    ],
    "es": [
        "Me encantó el curso, solo que la máquina de café estaba rota otra vez. Volveré seguro",
        "Todo muy bien, aunque los guantes de alquiler me quedaban enormes",
    ],
    "fr": ["Très bon cours, seul bémol : les casiers sont minuscules. On revient quand même"],
    "de": ["Super Kurs, nur die Umkleide ist echt eng. Trotzdem gerne wieder"],
    "it": ["Corso bellissimo, solo il parcheggio è un incubo il venerdì"],
    "pt": ["Adorei o curso, só os cacifos é que são minúsculos. Voltamos na próxima semana"],
}

QUESTION: T = {
    "en": [
        "Hi, can I bring my own recurve bow to a lane booking or do I have to hire one?",
        "Do you have left-handed bows for the beginner course on Saturday?",
        "is the Club discount applied to my kid's lesson too?",
    ],
    "es": [
        "Hola, ¿puedo llevar mi propio arco a la reserva de calle o hay que alquilarlo?",
        "¿Tenéis arcos para zurdos en el curso del sábado?",
        "una pregunta, el descuento del Club vale también para la clase de mi hija?",
    ],
    "fr": [
        "Bonjour, est-ce que je peux venir avec mon propre arc pour une réservation de couloir ?"
    ],
    "de": ["Hallo, darf ich meinen eigenen Recurvebogen zur Bahnbuchung mitbringen?"],
    "it": ["Ciao, posso portare il mio arco per la prenotazione della corsia?"],
    "pt": ["Olá, posso levar o meu próprio arco para a reserva de pista?"],
}

PHONE_Q: T = {
    "en": [
        "hi yeah i was wondering if the saturday beginner course still has places for two adults"
    ],
    "es": ["hola mira queria saber si el curso del sabado todavia tiene plazas para dos adultos"],
    "fr": ["oui bonjour je voulais savoir s'il reste des places pour deux adultes samedi"],
    "de": ["ja hallo ich wollte fragen ob im Anfängerkurs am Samstag noch zwei Plätze frei sind"],
    "it": ["pronto salve volevo sapere se ci sono ancora posti per due adulti sabato"],
    "pt": ["olá sim queria saber se ainda há vagas para dois adultos no curso de sábado"],
}

ANSWER: T = {
    "en": [
        "Hi! Yes, that works: own bows are welcome after a quick safety check at the desk. Enjoy, Arcuvia support"
    ],
    "es": [
        "¡Hola! Sí, sin problema: en recepción se hace una revisión rápida de seguridad. Un saludo, soporte Arcuvia"
    ],
    "fr": [
        "Bonjour ! Oui, c'est possible après un rapide contrôle de sécurité à l'accueil. Bonne séance, le support Arcuvia"
    ],
    "de": [
        "Hallo! Ja, das geht, nach einer kurzen Sicherheitsprüfung am Empfang. Viel Spaß, Ihr Arcuvia-Support"
    ],
    "it": [
        "Ciao! Sì, va bene, dopo un rapido controllo di sicurezza alla reception. Buon tiro, supporto Arcuvia"
    ],
    "pt": [
        "Olá! Sim, pode, depois de uma verificação rápida na receção. Boa sessão, apoio Arcuvia"
    ],
}

THANKS: T = {
    "en": ["cheers, legend", "ta very much 🙌", "brill thanks"],
    "es": ["mil gracias crack", "genial, graciass", "vale, gracias!!"],
    "fr": ["merci bcp 👍"],
    "de": ["super, danke dir!"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["obg, top!"],
}

NIGHT_POST: T = {
    "en": [
        "3am and I'm watching archery form videos again. booked lane 2 for tomorrow, can't sleep anyway 🏹"
    ],
    "es": [
        "las 2 de la mañana y yo mirando vídeos de tiro con arco. mañana calle 5 en Arcuvia jaja"
    ],
    "fr": [
        "2h du mat, insomnie, je regarde des vidéos de tir à l'arc. Demain couloir 3 chez Arcuvia"
    ],
    "de": [
        "2 Uhr nachts nach der Nachtschicht, Bahn für morgen bei Arcuvia gebucht, jetzt endlich schlafen"
    ],
    "it": ["sono le 2 e guardo video di tiro con l'arco, domani corsia 4 da Arcuvia"],
    "pt": ["2 da manhã e eu a ver vídeos de tiro com arco. amanhã pista 2 na Arcuvia"],
}

NIGHT_Q: T = {
    "en": ["night shift question: can I move tomorrow's 9am lane to 11 without paying again?"],
    "es": [
        "pregunta nocturna: ¿puedo cambiar la calle de mañana de las 9 a las 11 sin pagar otra vez?"
    ],
    "fr": ["question de nuit : je peux décaler le couloir de demain de 9h à 11h sans repayer ?"],
    "de": [
        "kurze Frage mitten in der Nacht: kann ich die Bahn morgen von 9 auf 11 Uhr verschieben?"
    ],
    "it": [
        "domanda notturna: posso spostare la corsia di domani dalle 9 alle 11 senza pagare di nuovo?"
    ],
    "pt": [
        "pergunta da noite: posso passar a pista de amanhã das 9 para as 11 sem pagar outra vez?"
    ],
}

NIGHT_ANSWER: T = {
    "en": ["Evening! Yes, moved to 11:00 at no cost. Sleep well, Arcuvia"],
    "es": ["¡Hola! Sí, movida a las 11:00 sin coste. Que descanses, Arcuvia"],
    "fr": ["Bonsoir ! C'est fait, 11h00 sans frais. Bonne nuit, Arcuvia"],
    "de": ["Hallo! Erledigt, 11:00 Uhr ohne Kosten. Gute Nacht, Arcuvia"],
    "it": ["Ciao! Fatto, alle 11:00 senza costi. Buonanotte, Arcuvia"],
    "pt": ["Olá! Feito, às 11:00 sem custos. Boa noite, Arcuvia"],
}

SURVEY_WORD: T = {
    "en": ["great coach", "", "🎯"],
    "es": ["todo perfecto", "", "👏"],
    "fr": ["top"],
    "de": ["klasse"],
    "it": ["ottimo"],
    "pt": ["excelente"],
}

# Problems: lane_gone (booking cancelled without notice), double_charge, broken_bow,
# refund (cancelled course not refunded), wrong_price (Club member charged full), no_coach.
PROBLEMS = ["lane_gone", "double_charge", "broken_bow", "refund", "wrong_price", "no_coach"]

COMPLAINT: dict[str, T] = {
    "lane_gone": {
        "en": [
            "We drove 40 minutes and our lane was GONE. Booking cancelled, no e-mail, nothing. Not acceptable",
            "turned up for my 10am lane and the desk says there is no booking. I have the confirmation right here",
        ],
        "es": [
            "Hicimos 40 minutos de coche y la calle NO EXISTÍA. Reserva cancelada sin avisar. Vergonzoso",
            "llego a mi calle de las 10 y en recepción dicen que no hay reserva, tengo la confirmación aquí",
        ],
        "fr": [
            "40 minutes de route et notre couloir avait DISPARU. Réservation annulée sans prévenir"
        ],
        "de": ["40 Minuten Anfahrt und unsere Bahn war WEG. Buchung storniert, keine Mail, nichts"],
        "it": ["40 minuti di macchina e la corsia NON C'ERA. Prenotazione cancellata senza avviso"],
        "pt": ["40 minutos de carro e a pista tinha DESAPARECIDO. Reserva cancelada sem aviso"],
    },
    "double_charge": {
        "en": [
            "You charged my card TWICE for one lane hire, £36 gone twice. Refund the second one please",
            "two identical payments for the same booking on my statement. sort it out",
        ],
        "es": [
            "Me habéis cobrado DOS veces la misma reserva, 38 € dos veces. Devolvedme el segundo cargo",
            "dos cargos iguales por la misma clase en el banco, arreglad esto ya",
        ],
        "fr": ["Vous m'avez débité DEUX fois la même réservation, 38 € deux fois"],
        "de": ["Sie haben meine Karte ZWEIMAL belastet, zweimal 38 € für eine Bahn"],
        "it": ["Mi avete addebitato DUE volte la stessa prenotazione, 38 € due volte"],
        "pt": ["Cobraram-me DUAS vezes a mesma reserva, 38 € duas vezes"],
    },
    "broken_bow": {
        "en": [
            "The hire bow's limb was cracked and nobody checked. My daughter could have been hurt",
            "hire bow string snapped on the third arrow, no spare at the desk, session wasted",
        ],
        "es": [
            "El arco de alquiler tenía la pala rajada y nadie lo revisó. Mi hija se podía haber hecho daño",
            "se rompió la cuerda del arco alquilado a la tercera flecha y no había otro",
        ],
        "fr": ["L'arc de location avait une branche fêlée et personne n'a vérifié"],
        "de": ["Der Leihbogen hatte einen gerissenen Wurfarm und niemand hat das geprüft"],
        "it": ["L'arco a noleggio aveva un flettente crepato e nessuno l'ha controllato"],
        "pt": ["O arco alugado tinha um braço rachado e ninguém verificou"],
    },
    "refund": {
        "en": [
            "You cancelled the course three weeks ago and I STILL don't have my £120 back",
            "where is my refund for the cancelled beginner course? three weeks now",
        ],
        "es": [
            "Cancelasteis el curso hace TRES semanas y sigo sin mis 130 €",
            "¿dónde está el reembolso del curso cancelado? tres semanas ya",
        ],
        "fr": ["Vous avez annulé le stage il y a trois semaines et je n'ai TOUJOURS pas mes 130 €"],
        "de": [
            "Sie haben den Kurs vor drei Wochen abgesagt und ich habe IMMER NOCH keine 130 € zurück"
        ],
        "it": ["Avete annullato il corso tre settimane fa e ANCORA niente rimborso di 130 €"],
        "pt": ["Cancelaram o curso há três semanas e AINDA não tenho os 130 € de volta"],
    },
    "wrong_price": {
        "en": [
            "I pay for Arcuvia Club every month and got charged the full non-member price. Again",
            "club member, charged full price for lane hire. what am I paying the membership for",
        ],
        "es": [
            "Pago el Club cada mes y me cobrasteis la tarifa de no socio. Otra vez",
            "soy del Club y me habéis cobrado precio completo, ¿para qué pago entonces?",
        ],
        "fr": ["Je paie le Club tous les mois et on m'a facturé le tarif non-membre"],
        "de": ["Ich zahle jeden Monat den Club und bekomme den Nichtmitgliederpreis berechnet"],
        "it": ["Pago il Club ogni mese e mi avete fatto pagare la tariffa da non socio"],
        "pt": ["Pago o Club todos os meses e cobraram-me o preço de não sócio"],
    },
    "no_coach": {
        "en": [
            "Paid for a private lesson, waited 45 minutes, the coach never showed. Nobody apologised",
            "no coach at my 6pm lesson. again nobody at the desk knew anything",
        ],
        "es": [
            "Pagué una clase particular, esperé 45 minutos y el monitor NO APARECIÓ",
            "a mi clase de las 18 no vino nadie y en recepción ni idea",
        ],
        "fr": ["Cours particulier payé, 45 minutes d'attente, le moniteur n'est jamais venu"],
        "de": ["Privatstunde bezahlt, 45 Minuten gewartet, der Trainer kam nie"],
        "it": ["Lezione privata pagata, 45 minuti di attesa, l'istruttore non si è visto"],
        "pt": ["Paguei uma aula particular, esperei 45 minutos e o instrutor não apareceu"],
    },
}

LONG_EMAIL: T = {
    "en": [
        "Dear Arcuvia team,\n\nI am writing this from the hospital car park while my mother has her check-up, so forgive the length. We have been members for two years and I have recommended you to half my office. Last Saturday something happened that I cannot let pass: {problem}.\n\nI would like an answer this week, not another automatic e-mail.\n\nKind regards"
    ],
    "es": [
        "Hola equipo de Arcuvia:\n\nOs escribo desde el coche mientras espero a que mi hijo salga de natación, así que perdonad si me enrollo. Llevamos dos años en el Club y os he recomendado a medio barrio. Pero el sábado pasó algo que no puedo dejar pasar: {problem}.\n\nQuiero una respuesta esta semana, no otro correo automático.\n\nUn saludo",
        "Buenas tardes:\n\nNo suelo escribir quejas, de verdad. Entre el trabajo y la reforma del piso no tengo tiempo para nada, y el tiro con arco era mi rato de desconectar. Por eso me duele más: {problem}.\n\nEspero noticias pronto.\n\nAtentamente",
    ],
    "fr": [
        "Madame, Monsieur,\n\nJe vous écris depuis la salle d'attente du vétérinaire. Nous sommes membres depuis deux ans, mais samedi : {problem}.\n\nJ'attends une réponse cette semaine.\n\nCordialement"
    ],
    "de": [
        "Sehr geehrtes Arcuvia-Team,\n\nich schreibe Ihnen zwischen zwei Kunden aus meinem Laden, entschuldigen Sie die Länge. Wir sind seit zwei Jahren im Club, aber am Samstag: {problem}.\n\nIch erwarte diese Woche eine Antwort.\n\nMit freundlichen Grüßen"
    ],
    "it": [
        "Gentile team Arcuvia,\n\nvi scrivo dalla sala d'attesa del dentista. Siamo soci da due anni, ma sabato: {problem}.\n\nAspetto una risposta questa settimana.\n\nCordiali saluti"
    ],
    "pt": [
        "Caros senhores,\n\nescrevo-vos do carro à porta da escola. Somos sócios há dois anos, mas no sábado: {problem}.\n\nEspero resposta esta semana.\n\nCumprimentos"
    ],
}

CASE_OPENED: T = {
    "en": [
        "Hi, sorry about this. We've opened case {case} and a colleague will get back to you within 24 hours. Arcuvia support"
    ],
    "es": [
        "Hola, sentimos lo ocurrido. Hemos abierto la incidencia {case} y te respondemos en 24 horas. Soporte Arcuvia"
    ],
    "fr": [
        "Bonjour, désolés. Nous avons ouvert le dossier {case}, réponse sous 24 heures. Le support Arcuvia"
    ],
    "de": [
        "Hallo, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns binnen 24 Stunden. Arcuvia-Support"
    ],
    "it": [
        "Ciao, ci dispiace. Abbiamo aperto la segnalazione {case}, risposta entro 24 ore. Supporto Arcuvia"
    ],
    "pt": ["Olá, lamentamos. Abrimos o pedido {case} e respondemos em 24 horas. Apoio Arcuvia"],
}

ESCALATED: T = {
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "es": [
        "Tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Votre dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "it": [
        "La segnalazione {case} è ora in mano alla responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "O seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço."
    ],
}

GOOD_NEWS: T = {
    "en": ["Good news on case {case}: it's sorted on our side. Could you confirm all is well now?"],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos confirmas que todo está bien?"
    ],
    "fr": ["Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "de": [
        "Gute Nachrichten zu Vorgang {case}: erledigt. Können Sie bestätigen, dass alles passt?"
    ],
    "it": ["Buone notizie sulla segnalazione {case}: risolta. Ci confermi che è tutto a posto?"],
    "pt": ["Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar?"],
}

CONFIRM: T = {
    "en": [
        "Confirmed, {case} is sorted, money's back. Thanks!",
        "yep all good with {case} now, cheers",
    ],
    "es": [
        "Confirmado, {case} resuelto y el dinero ya está. ¡Gracias!",
        "sí, lo de {case} ya está bien, gracias",
    ],
    "fr": ["Confirmé, {case} est réglé. Merci !"],
    "de": ["Bestätigt, {case} ist erledigt. Danke!"],
    "it": ["Confermo, {case} risolta. Grazie!"],
    "pt": ["Confirmo, {case} resolvido. Obrigada!"],
}

APOLOGY: T = {
    "en": ["Sorry for the shouty message yesterday, long day. Thanks for sorting {case} so fast"],
    "es": [
        "Perdón por el mensaje de ayer, estaba muy quemada. Gracias por resolver {case} tan rápido"
    ],
    "fr": ["Désolé pour mon message d'hier, journée difficile. Merci pour {case}"],
    "de": ["Sorry für meine Nachricht gestern, war ein langer Tag. Danke für {case}"],
    "it": ["Scusate per il messaggio di ieri, giornata pesante. Grazie per {case}"],
    "pt": ["Desculpem a mensagem de ontem, dia difícil. Obrigado por resolverem {case}"],
}

STILL_OPEN: T = {
    "en": [
        "Case {case} is STILL open. Nobody has called, nothing has changed",
        "writing again about {case}, still not fixed",
    ],
    "es": [
        "La incidencia {case} SIGUE abierta. Nadie me ha llamado",
        "vuelvo a escribir por {case}, sigue sin arreglarse",
    ],
    "fr": ["Le dossier {case} est TOUJOURS ouvert. Personne ne m'a rappelé"],
    "de": ["Vorgang {case} ist IMMER NOCH offen. Niemand hat angerufen"],
    "it": ["La segnalazione {case} è ANCORA aperta. Nessuno mi ha chiamato"],
    "pt": ["O pedido {case} CONTINUA aberto. Ninguém me ligou"],
}

THIRD: T = {
    "en": [" Third time I'm writing. A friend shoots at {comp} and they sort this the same day."],
    "es": [" Tercera vez que escribo. Un amigo va a {comp} y allí lo arreglan el mismo día."],
    "fr": [" Troisième message. Une amie tire chez {comp} et eux règlent ça le jour même."],
    "de": [" Dritte Nachricht. Ein Kollege schießt bei {comp}, die regeln das am selben Tag."],
    "it": [" Terza volta che scrivo. Un amico va da {comp} e lì lo risolvono in giornata."],
    "pt": [" Terceira vez que escrevo. Um amigo vai à {comp} e lá resolvem no mesmo dia."],
}

FOURTH: T = {
    "en": [" FOURTH time now."],
    "es": [" Ya es la CUARTA vez."],
    "fr": [" C'est la QUATRIÈME fois."],
    "de": [" Zum VIERTEN Mal."],
    "it": [" È la QUARTA volta."],
    "pt": [" É a QUARTA vez."],
}

SARCASM: T = {
    "en": [
        "Love that the 'express' check-in took 35 minutes. Really got my heart rate up before aiming 👏",
        "wow a target boss that actually stops arrows, what a concept 🙃",
    ],
    "es": [
        "Qué maravilla el check-in 'exprés' de 35 minutos, así llegas relajadísimo a tirar 👏",
        "increíble, una diana que para las flechas, quién lo diría 🙃",
    ],
    "fr": ["Génial l'enregistrement 'express' de 35 minutes, on arrive super zen pour tirer 👏"],
    "de": [
        "Toll, der 'Express'-Check-in hat nur 35 Minuten gedauert, so entspannt zielt man gern 👏"
    ],
    "it": ["Fantastico il check-in 'express' di 35 minuti, si arriva rilassatissimi 👏"],
    "pt": ["Adorei o check-in 'expresso' de 35 minutos, chega-se super zen para atirar 👏"],
}

SLIDE: T = {
    "en": [
        "Lane booked for 10, got it at 10:40, no word from anyone",
        "Hire arrows bent again, half of them fly sideways",
        "Now they want a £15 'equipment check fee' on every hire? since when",
        "Club price gone up and the app still logs me out every single time",
        "Honestly fed up. Three bad sessions in a row and nobody answers",
        "A mate shoots at {comp}, I've booked my Saturday lane there. Done.",
    ],
    "es": [
        "Calle reservada a las 10 y me la dieron a las 10:40, sin avisar",
        "Otra vez flechas de alquiler torcidas, la mitad salen de lado",
        "¿Ahora una 'tasa de revisión' de 15 € en cada alquiler? desde cuándo",
        "Sube el Club y la app me sigue echando cada vez que entro",
        "Estoy HARTA. Tres sesiones malas seguidas y nadie contesta",
        "Mi cuñado tira en {comp}, ya he reservado el sábado allí. Se acabó.",
    ],
    "fr": [
        "Couloir réservé à 10h, obtenu à 10h40, sans un mot",
        "Flèches de location encore tordues",
        "Maintenant 15 € de 'frais de contrôle' à chaque location ?",
        "Le Club augmente et l'appli me déconnecte à chaque fois",
        "Vraiment marre. Trois mauvaises séances de suite",
        "Mon beau-frère tire chez {comp}, j'ai réservé samedi là-bas.",
    ],
    "de": [
        "Bahn für 10 Uhr gebucht, um 10:40 bekommen, ohne ein Wort",
        "Leihpfeile schon wieder krumm",
        "Jetzt 15 € 'Prüfgebühr' bei jeder Leihe? Seit wann",
        "Club teurer und die App loggt mich jedes Mal aus",
        "Ehrlich genervt. Drei schlechte Termine hintereinander",
        "Mein Schwager schießt bei {comp}, hab Samstag dort gebucht.",
    ],
    "it": [
        "Corsia prenotata alle 10, avuta alle 10:40, senza avviso",
        "Frecce a noleggio di nuovo storte",
        "Adesso 15 € di 'controllo attrezzatura' a ogni noleggio?",
        "Il Club aumenta e l'app mi disconnette ogni volta",
        "Sono stufa. Tre sessioni pessime di fila",
        "Mio cognato tira da {comp}, ho prenotato sabato lì.",
    ],
    "pt": [
        "Pista reservada para as 10, deram-ma às 10:40, sem aviso",
        "Flechas alugadas outra vez tortas",
        "Agora 15 € de 'taxa de verificação' em cada aluguer?",
        "O Club sobe e a app desliga-me sempre",
        "Estou farta. Três sessões más seguidas",
        "O meu cunhado atira na {comp}, já reservei sábado lá.",
    ],
}

CANCEL: T = {
    "en": [
        "Hi, we've moved to a flat across the city and I've bought my own bow with my bonus. Please cancel my Arcuvia Club membership and close my account."
    ],
    "es": [
        "Hola, nos mudamos a la otra punta de la ciudad y me he comprado mi propio arco. Quiero darme de baja del Club y cerrar la cuenta."
    ],
    "fr": [
        "Bonjour, nous déménageons et j'ai acheté mon propre arc. Merci de résilier mon abonnement Club et de fermer mon compte."
    ],
    "de": [
        "Hallo, wir ziehen um und ich habe mir einen eigenen Bogen gekauft. Bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie mein Konto."
    ],
    "it": [
        "Ciao, ci trasferiamo e ho comprato il mio arco. Vorrei disdire il Club e chiudere l'account."
    ],
    "pt": [
        "Olá, vamos mudar de casa e comprei o meu próprio arco. Quero cancelar o Club e fechar a conta."
    ],
}

SORRY_GO: T = {
    "en": [
        "Sorry to see you go! You can cancel the Club yourself in the app or on the website under Membership."
    ],
    "es": [
        "¡Sentimos que te vayas! Puedes darte de baja tú mismo en la app o en la web, en Membresía."
    ],
    "fr": [
        "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site."
    ],
    "de": ["Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website kündigen."],
    "it": ["Ci dispiace vederti andare! Puoi disdire da solo nell'app o sul sito."],
    "pt": ["Temos pena que saia! Pode cancelar na app ou no site, em Associação."],
}

GRUMBLE: T = {
    "en": [
        "the app logs me out every time I open it",
        "why does the reminder text come at 6am",
        "40 minute queue at the desk on a Saturday, again",
    ],
    "es": [
        "la app me echa cada vez que la abro",
        "por qué llega el recordatorio a las 6 de la mañana",
        "otra vez 40 minutos de cola el sábado",
    ],
    "fr": ["l'appli me déconnecte à chaque ouverture"],
    "de": ["die App loggt mich jedes Mal aus"],
    "it": ["l'app mi disconnette ogni volta"],
    "pt": ["a app desliga-me sempre que a abro"],
}

MILD: T = {
    "en": [
        "the range finder in the app shows the wrong branch for me",
        "notifications come in the wrong language",
    ],
    "es": [
        "el buscador de galerías me muestra la ciudad equivocada",
        "las notificaciones me llegan en otro idioma",
    ],
    "fr": ["la carte des salles m'affiche la mauvaise ville"],
    "de": ["die Standortsuche zeigt mir die falsche Stadt"],
    "it": ["la ricerca sedi mi mostra la città sbagliata"],
    "pt": ["a pesquisa de espaços mostra a cidade errada"],
}

FORM_ACK: T = {
    "en": ["Thanks for letting us know, we've passed it to the app team. Arcuvia"],
    "es": ["Gracias por avisar, se lo pasamos al equipo de la app. Arcuvia"],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli. Arcuvia"],
    "de": ["Danke für den Hinweis, geht an das App-Team. Arcuvia"],
    "it": ["Grazie della segnalazione, passata al team dell'app. Arcuvia"],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app. Arcuvia"],
}

# The planted incident (topic_spike only): booking confirmations in the app show
# another customer's name, phone number and lane; opening the booking fails with {code}.
SPIKE: T = {
    "en": [
        "Why does my booking confirmation show SOMEONE ELSE'S name and phone number?? Opening it just says {code}",
        "the app is showing me another person's booking, their name, their number, their lane. that's a data leak",
        "Opened my Saturday booking and it's a stranger's details. Not mine. Seriously??",
    ],
    "es": [
        "¿¿Por qué mi confirmación de reserva sale con el NOMBRE y el teléfono de otra persona?? Al abrirla pone {code}",
        "la app me enseña la reserva de otro, con su nombre y su móvil. eso es una filtración de datos",
        "Abro mi reserva del sábado y salen los datos de un desconocido. Esto es muy grave",
    ],
    "fr": [
        "Ma confirmation de réservation affiche le nom et le téléphone de QUELQU'UN D'AUTRE, et en l'ouvrant : {code}"
    ],
    "de": [
        "Meine Buchungsbestätigung zeigt Namen und Telefonnummer von JEMAND ANDEREM, beim Öffnen kommt {code}"
    ],
    "it": [
        "La conferma della prenotazione mostra nome e telefono di UN'ALTRA persona, e aprendola esce {code}"
    ],
    "pt": [
        "A confirmação da reserva mostra o nome e o telemóvel de OUTRA pessoa, e ao abrir aparece {code}"
    ],
}

SPIKE_AGAIN: T = {
    "en": ["Still seeing the other person's details, logged out and in, same thing. {code} again"],
    "es": ["Sigo viendo los datos de la otra persona, he cerrado sesión y nada. Otra vez {code}"],
    "fr": ["Toujours les données de l'autre personne, même après déconnexion. Encore {code}"],
    "de": ["Immer noch die Daten der anderen Person, auch nach Ab- und Anmelden. Wieder {code}"],
    "it": ["Vedo ancora i dati dell'altra persona, anche dopo il logout. Di nuovo {code}"],
    "pt": ["Continuo a ver os dados da outra pessoa, mesmo depois de sair. Outra vez {code}"],
}

SPIKE_CHAT_ANSWER: T = {
    "en": [
        "Thank you, yes: some booking confirmations are showing the wrong customer's details right now. We've paused them and our engineers are on it."
    ],
    "es": [
        "Gracias, sí: ahora mismo algunas confirmaciones muestran datos de otro cliente. Las hemos pausado y el equipo técnico está en ello."
    ],
    "fr": [
        "Merci, oui : certaines confirmations affichent les données d'un autre client. Elles sont suspendues, nos équipes s'en occupent."
    ],
    "de": [
        "Danke, ja: einige Bestätigungen zeigen gerade falsche Kundendaten. Sie sind pausiert, unsere Technik ist dran."
    ],
    "it": [
        "Grazie, sì: alcune conferme mostrano dati di un altro cliente. Le abbiamo sospese, i tecnici ci stanno lavorando."
    ],
    "pt": [
        "Obrigado, sim: algumas confirmações mostram dados de outro cliente. Suspendemo-las e a equipa técnica está a tratar."
    ],
}

SPIKE_FIXED: T = {
    "en": [
        "Booking confirmations are correct again since {time}. We're sorry: your next lane hour is on us."
    ],
    "es": [
        "Las confirmaciones vuelven a estar bien desde las {time}. Lo sentimos: tu próxima hora de calle corre de nuestra cuenta."
    ],
    "fr": [
        "Les confirmations sont de nouveau correctes depuis {time}. Désolés : votre prochaine heure est offerte."
    ],
    "de": [
        "Die Bestätigungen stimmen seit {time} Uhr wieder. Entschuldigung: Ihre nächste Bahnstunde geht auf uns."
    ],
    "it": [
        "Le conferme sono di nuovo corrette dalle {time}. Scusateci: la prossima ora di corsia è offerta."
    ],
    "pt": [
        "As confirmações estão corretas desde as {time}. Desculpe: a próxima hora de pista é por nossa conta."
    ],
}

LONE_Q: T = {
    "en": [
        "quick one: my booking confirmation only shows my first name, is that normal? it still works at the desk?"
    ],
    "es": [
        "una duda: mi confirmación solo pone mi nombre de pila, ¿es normal? ¿sirve igual en recepción?"
    ],
    "fr": ["question : ma confirmation n'affiche que mon prénom, c'est normal ?"],
    "de": ["kurze Frage: meine Bestätigung zeigt nur meinen Vornamen, ist das normal?"],
    "it": ["domanda: la conferma mostra solo il mio nome, è normale?"],
    "pt": ["dúvida: a confirmação só mostra o meu primeiro nome, é normal?"],
}

LONE_ANSWER: T = {
    "en": ["Yes, that's on purpose for privacy, the desk scans it as usual."],
    "es": ["Sí, es a propósito por privacidad, en recepción se escanea igual."],
    "fr": ["Oui, c'est voulu pour la confidentialité, l'accueil la scanne normalement."],
    "de": ["Ja, das ist Absicht (Datenschutz), der Empfang scannt sie wie immer."],
    "it": ["Sì, è voluto per la privacy, la reception la legge normalmente."],
    "pt": ["Sim, é de propósito por privacidade, a receção lê normalmente."],
}

# Business arm (Arcuvia Corporate: team-building sessions on account).
B2B_PROBLEMS = ["invoice", "portal", "overbilled"]

B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "en": [
            "Our invoices for the team sessions still carry our old company name and no PO number, so accounts can't pay them."
        ],
        "es": [
            "Las facturas de las sesiones de equipo siguen con el nombre antiguo de la empresa y sin número de pedido, contabilidad no puede pagarlas."
        ],
        "fr": [
            "Les factures des séances d'équipe portent encore l'ancien nom de la société et aucun numéro de commande."
        ],
        "de": [
            "Die Rechnungen für die Teamtermine tragen noch den alten Firmennamen und keine Bestellnummer."
        ],
        "it": [
            "Le fatture delle sessioni di team hanno ancora il vecchio nome aziendale e nessun numero d'ordine."
        ],
        "pt": [
            "As faturas das sessões de equipa continuam com o nome antigo da empresa e sem número de encomenda."
        ],
    },
    "portal": {
        "en": [
            "The corporate portal shows none of our booked sessions, so we can't move or cancel any of them."
        ],
        "es": [
            "El portal de empresa no muestra ninguna de nuestras sesiones reservadas y no podemos moverlas ni cancelarlas."
        ],
        "fr": ["Le portail entreprise n'affiche aucune de nos séances réservées."],
        "de": [
            "Das Firmenportal zeigt keinen unserer gebuchten Termine, wir können nichts verschieben."
        ],
        "it": ["Il portale aziendale non mostra nessuna delle nostre sessioni prenotate."],
        "pt": ["O portal de empresa não mostra nenhuma das nossas sessões reservadas."],
    },
    "overbilled": {
        "en": [
            "We were billed the single-session rate instead of our contract rate for 10 sessions, over £500 too much."
        ],
        "es": [
            "Nos han facturado la tarifa por sesión suelta en vez de la del contrato de 10 sesiones, más de 600 € de más."
        ],
        "fr": [
            "On nous a facturé le tarif à la séance au lieu du tarif contrat, plus de 600 € de trop."
        ],
        "de": [
            "Uns wurde der Einzelpreis statt des Vertragspreises berechnet, über 600 € zu viel."
        ],
        "it": [
            "Ci avete fatturato la tariffa singola invece di quella del contratto, oltre 600 € in più."
        ],
        "pt": [
            "Faturaram-nos o preço por sessão em vez do preço do contrato, mais de 600 € a mais."
        ],
    },
}

B2B_SAME: T = {
    "en": ["Following up on what {other} wrote: same problem, case {case}, nothing has changed."],
    "es": [
        "Sigo lo que escribió {other}: el mismo problema, incidencia {case}, no ha cambiado nada."
    ],
    "fr": ["Suite au message de {other} : même problème, dossier {case}, rien n'a changé."],
    "de": [
        "Bezug auf die Mail von {other}: gleiches Problem, Vorgang {case}, nichts hat sich geändert."
    ],
    "it": [
        "Riprendo quanto scritto da {other}: stesso problema, segnalazione {case}, nulla è cambiato."
    ],
    "pt": ["Na sequência do que {other} escreveu: o mesmo problema, pedido {case}, nada mudou."],
}

B2B_LAST: T = {
    "en": [
        "Case {case} still not fixed and several of us have written. Procurement has already asked {comp} for their rates."
    ],
    "es": [
        "La incidencia {case} sigue sin resolver y ya os hemos escrito varios. Compras ya ha pedido precios a {comp}."
    ],
    "fr": [
        "Dossier {case} toujours pas réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
    "de": [
        "Vorgang {case} immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "it": [
        "La segnalazione {case} non è ancora risolta, vi abbiamo scritto in tanti. Gli acquisti hanno chiesto i prezzi a {comp}."
    ],
    "pt": [
        "O pedido {case} continua por resolver e já vos escrevemos vários. As compras já pediram preços à {comp}."
    ],
}

B2B_SUGGEST: T = {
    "en": ["Suggestion: could the portal export session costs by cost centre?"],
    "es": ["Sugerencia: ¿podría el portal exportar los costes por centro de coste?"],
    "fr": ["Suggestion : le portail pourrait-il exporter les coûts par centre de coût ?"],
    "de": ["Vorschlag: könnte das Portal die Kosten nach Kostenstelle exportieren?"],
    "it": ["Suggerimento: il portale potrebbe esportare i costi per centro di costo?"],
    "pt": ["Sugestão: o portal podia exportar os custos por centro de custo?"],
}

B2B_QUESTION: T = {
    "en": ["Can we add four more people to Thursday's team session?"],
    "es": ["¿Podemos añadir cuatro personas más a la sesión de equipo del jueves?"],
    "fr": ["Peut-on ajouter quatre personnes à la séance de jeudi ?"],
    "de": ["Können wir zum Teamtermin am Donnerstag vier Personen mehr anmelden?"],
    "it": ["Possiamo aggiungere quattro persone alla sessione di giovedì?"],
    "pt": ["Podemos juntar mais quatro pessoas à sessão de quinta?"],
}

B2B_PRAISE: T = {
    "en": ["Team day at Arcuvia was a hit, even our CFO hit gold. Booking again for Q4"],
    "es": [
        "La jornada de equipo en Arcuvia fue un éxito, hasta el director financiero acertó en el centro"
    ],
    "fr": ["Journée d'équipe chez Arcuvia très réussie, on rebooke au prochain trimestre"],
    "de": ["Teamtag bei Arcuvia war super, sogar der Finanzchef hat ins Gold getroffen"],
    "it": ["Giornata di team da Arcuvia riuscitissima, riprenotiamo"],
    "pt": ["O dia de equipa na Arcuvia foi um sucesso, vamos repetir"],
}
