# ruff: noqa: E501
"""Words for heldout128 (Ritmello, dance schools): per language, a few variants.

Placeholders: {case} case reference, {comp} a competitor, {amt} an amount, {cls} a class,
{day} a weekday, {first} a colleague's first name, {code} the spike's error code.
"""

from __future__ import annotations

LANGS = ("pt", "de", "en", "fr", "es", "it")
T = dict[str, list[str]]

CLASSES = [
    ("Salsa beginners, 8 weeks / Salsa iniciação, 8 semanas", "96.00"),
    ("Tango argentino, monthly pass / Tango, passe mensal", "64.00"),
    ("Hip hop teens, term / Hip hop jovens, período", "120.00"),
    ("Wedding first dance, 3 private lessons / Primeira dança, 3 aulas", "180.00"),
    ("Contemporary open class, 10-pack / Contemporâneo, 10 aulas", "110.00"),
    ("Kizomba workshop, Saturday / Kizomba workshop, sábado", "35.00"),
    ("Ballet for adults, term / Ballet adultos, período", "140.00"),
    ("Lindy hop taster / Lindy hop aula experimental", "15.00"),
]
PAGES = [
    "/timetable",
    "/classes/salsa",
    "/classes/tango",
    "/pass/plus",
    "/studios",
    "/private-lessons",
    "/app/practice",
]

PRAISE: T = {
    "pt": [
        "Aula de salsa ontem no Ritmello foi top, a Inês tem uma paciência infinita 💃",
        "obg Ritmello, finalmente consegui o giro sem tropeçar!! a turma é incrível",
        "Terceira vez que renovo o passe e continuo a adorar as aulas de quinta",
    ],
    "de": [
        "Tango gestern bei Ritmello war einfach schön, der Lehrer erklärt jede Drehung dreimal ohne zu seufzen",
        "Schon wieder so ein toller Abend im Studio, danke Ritmello!",
        "Immer noch begeistert vom Lindy-Hop-Kurs, mein Mann tanzt jetzt sogar freiwillig",
    ],
    "en": [
        "Third term with Ritmello and the hip hop class is still the best hour of my week",
        "Ritmello's Saturday kizomba workshop was brilliant, came home buzzing",
    ],
    "fr": ["Encore une super soirée de salsa chez Ritmello, merci à Léa pour sa patience"],
    "es": ["Otra vez la clase de tango de Ritmello me ha salvado la semana, gracias!!"],
    "it": ["Terzo trimestre con Ritmello e il corso di swing mi piace sempre di più"],
}
PRAISE_GRIPE: T = {
    "pt": [
        "Adoro as aulas, só o balneário do estúdio de Alvalade podia ter mais cabides. De resto impecável",
        "Professora ótima, só a app demora a abrir o horário. mas vale a pena",
    ],
    "de": [
        "Sehr schöner Kurs, nur die Parkplätze am Studio sind echt knapp. Sonst gerne wieder",
        "Alles prima, bloß die Spiegel im Saal 2 könnten mal geputzt werden 😉",
    ],
    "en": ["Lovely teachers, only wish the water fountain in studio B worked. Otherwise spot on"],
    "fr": ["Cours génial, juste le vestiaire un peu petit. Sinon parfait"],
    "es": [
        "Clases geniales, solo que el aire acondicionado de la sala 3 va a tope. Por lo demás perfecto"
    ],
    "it": ["Insegnanti bravissimi, solo lo spogliatoio è un po' stretto. Per il resto ottimo"],
}
QUESTION: T = {
    "pt": [
        "Olá, posso trocar a aula de quinta para sábado esta semana?",
        "bom dia, o passe Plus inclui os workshops de kizomba?",
        "Posso levar uma amiga a uma aula experimental?",
    ],
    "de": [
        "Hallo, kann ich meinen Tangokurs diese Woche von Donnerstag auf Samstag tauschen?",
        "Gilt der Plus-Pass auch für die Workshops am Wochenende?",
        "Brauche ich für Ballett spezielle Schuhe oder gehen Socken?",
    ],
    "en": [
        "Hi, can I swap Thursday's salsa class for Saturday this week?",
        "does the Plus pass cover the weekend workshops?",
    ],
    "fr": ["Bonjour, je peux échanger mon cours de jeudi contre samedi cette semaine ?"],
    "es": ["Hola, puedo cambiar la clase del jueves al sábado esta semana?"],
    "it": ["Ciao, posso spostare la lezione di giovedì a sabato questa settimana?"],
}
ANSWER: T = {
    "pt": ["Claro! Já trocámos a aula para sábado às 11h. Boas danças, Marta (Ritmello)"],
    "de": ["Gerne, das ist erledigt: Samstag 11 Uhr. Viel Spaß beim Tanzen, Jonas (Ritmello)"],
    "en": ["Of course, done: you're on Saturday at 11. Enjoy, Sam (Ritmello)"],
    "fr": ["Bien sûr, c'est fait : samedi à 11 h. Bonne danse, Chloé (Ritmello)"],
    "es": ["¡Claro! Ya está cambiada al sábado a las 11. Un saludo, Lucía (Ritmello)"],
    "it": ["Certo, fatto: sabato alle 11. Buon ballo, Giulia (Ritmello)"],
}
THANKS: T = {
    "pt": ["obrigada!! 🙏", "Perfeito, obg"],
    "de": ["Super, danke!", "danke dir 👍"],
    "en": ["brilliant thanks"],
    "fr": ["Merci beaucoup !"],
    "es": ["genial gracias!!"],
    "it": ["grazie mille!"],
}
PHONE_Q: T = {
    "pt": [
        "olá queria saber se as aulas de ballet para adultos ainda têm vaga em janeiro e se posso pagar por mês obrigada"
    ],
    "de": [
        "ja hallo ich wollte fragen ob im Ballettkurs für Erwachsene im Januar noch Plätze frei sind und ob man monatlich zahlen kann danke"
    ],
    "en": [
        "hi there just wondering if the adult ballet still has space in january and can i pay monthly thanks"
    ],
    "fr": [
        "oui bonjour je voulais savoir s'il reste de la place en ballet adultes en janvier merci"
    ],
    "es": [
        "hola quería saber si queda sitio en ballet para adultos en enero y si se puede pagar por meses gracias"
    ],
    "it": [
        "buongiorno volevo sapere se c'è ancora posto nel corso di danza classica per adulti a gennaio grazie"
    ],
}
PHONE_FOLLOW: T = {
    "pt": [
        "Na sequência da sua chamada: sim, há vagas em janeiro e pode pagar mensalmente. Marta, Ritmello"
    ],
    "de": [
        "Zu Ihrem Anruf: Ja, im Januar sind noch Plätze frei, monatliche Zahlung ist möglich. Jonas, Ritmello"
    ],
    "en": [
        "Following your call: yes, there's space in January and monthly payment is fine. Sam, Ritmello"
    ],
    "fr": [
        "Suite à votre appel : oui, il reste des places en janvier, paiement mensuel possible. Chloé, Ritmello"
    ],
    "es": ["Tras su llamada: sí, hay plazas en enero y puede pagar por meses. Lucía, Ritmello"],
    "it": [
        "In seguito alla sua chiamata: sì, ci sono posti a gennaio e si può pagare al mese. Giulia, Ritmello"
    ],
}
REVIEW: T = {
    "pt": ["Escola de dança fantástica, ambiente muito simpático."],
    "de": ["Tolle Tanzschule, freundliche Lehrer, saubere Säle."],
    "en": ["Great dance school, friendly teachers."],
    "fr": ["Très bonne école de danse, profs adorables."],
    "es": ["Escuela de baile estupenda, muy buen ambiente."],
    "it": ["Scuola di ballo fantastica, ambiente accogliente."],
}
SURVEY_WORD: T = {
    "pt": ["Excelente", "👍", ""],
    "de": ["Top", "Sehr gut", ""],
    "en": ["great", ""],
    "fr": ["Parfait", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
}
NIGHT_POST: T = {
    "pt": [
        "3h da manhã e ainda a ensaiar os passos do casamento na sala 😅 obrigada Ritmello pelos vídeos",
        "turno da noite no hospital, já marquei a aula de sábado na app do Ritmello",
    ],
    "de": [
        "Kann nicht schlafen und übe Tangoschritte im Flur, danke Ritmello für die Videos",
        "Nachtschicht an der Tankstelle, Samstagskurs bei Ritmello ist gebucht 💪",
    ],
    "en": ["2am and still practising the first dance in the kitchen, thanks Ritmello"],
    "fr": ["Insomnie, je révise la choré de samedi, merci Ritmello"],
    "es": ["Las 3 de la mañana y ensayando el baile de la boda en el pasillo 😂 gracias Ritmello"],
    "it": ["Notte insonne, ripasso la coreografia di sabato, grazie Ritmello"],
}
NIGHT_Q: T = {
    "pt": ["boa noite, a aula de amanhã às 9h mantém-se?"],
    "de": ["hallo, findet der Kurs morgen um 9 statt?"],
    "en": ["hi, is tomorrow's 9am class still on?"],
    "fr": ["bonsoir, le cours de demain 9h est maintenu ?"],
    "es": ["hola, la clase de mañana a las 9 sigue en pie?"],
    "it": ["salve, la lezione di domani alle 9 è confermata?"],
}
NIGHT_A: T = {
    "pt": ["Boa noite! Sim, mantém-se. Até amanhã!"],
    "de": ["Ja, der Kurs findet statt. Bis morgen!"],
    "en": ["Yes, it's on. See you tomorrow!"],
    "fr": ["Oui, il est maintenu. À demain !"],
    "es": ["¡Sí, sigue en pie! Hasta mañana."],
    "it": ["Sì, confermata. A domani!"],
}

PROBLEMS = ("studio_locked", "double_charge", "no_teacher", "refund", "wrong_price", "cancel_fee")
PROBLEM_TOPIC = {
    "studio_locked": "turned up to a booked class, studio locked, nobody told",
    "double_charge": "monthly pass charged twice",
    "no_teacher": "private lesson teacher never came",
    "refund": "cancelled term never refunded",
    "wrong_price": "Plus member charged the drop-in rate",
    "cancel_fee": "late-cancellation fee for cancelling days ahead",
}
COMPLAINT: dict[str, T] = {
    "studio_locked": {
        "pt": [
            "Fui à aula das 19h e o estúdio estava FECHADO. Ninguém avisou, perdi a noite e o táxi.",
            "Cheguei à aula de tango e a porta estava trancada, nem um sms. Que falta de respeito",
        ],
        "de": [
            "Ich stand um 19 Uhr vor dem Studio und es war ZU. Keine Nachricht, nichts. Abend verloren.",
            "Kurs gebucht, hingefahren, Tür abgeschlossen. Keiner hat Bescheid gesagt!",
        ],
        "en": ["Turned up for the 7pm class and the studio was LOCKED. No message, nothing."],
        "fr": ["Je suis venue au cours de 19 h, studio FERMÉ, aucun message."],
        "es": ["Fui a la clase de las 19h y el estudio estaba CERRADO. Ni un aviso."],
        "it": ["Sono andata alla lezione delle 19 e lo studio era CHIUSO. Nessun avviso."],
    },
    "double_charge": {
        "pt": [
            "Cobraram o passe mensal DUAS vezes, {amt}. Quero o dinheiro de volta já",
            "O passe foi debitado 2x este mês e agora tenho a conta a descoberto",
        ],
        "de": [
            "Ihr habt den Monatspass ZWEIMAL abgebucht, {amt}. Bitte sofort zurück",
            "Doppelte Abbuchung für den Pass, mein Konto ist jetzt im Minus",
        ],
        "en": ["You've charged my monthly pass TWICE, {amt}. I want it back now"],
        "fr": ["Vous avez prélevé le pass mensuel DEUX fois, {amt}."],
        "es": ["Me habéis cobrado el pase mensual DOS veces, {amt}."],
        "it": ["Mi avete addebitato l'abbonamento DUE volte, {amt}."],
    },
    "no_teacher": {
        "pt": [
            "A professora da aula privada de primeira dança nunca apareceu. Estávamos os dois à espera uma hora",
            "Aula particular marcada para as 18h, ninguém veio e ninguém atende",
        ],
        "de": [
            "Die Privatstunde für unseren Hochzeitstanz: Lehrer kam NICHT. Eine Stunde gewartet.",
            "Privatstunde gebucht, niemand erschienen, niemand erreichbar",
        ],
        "en": ["Private lesson for our first dance, teacher never showed. We waited an hour."],
        "fr": ["Cours particulier, le prof n'est jamais venu. Une heure d'attente."],
        "es": ["La clase particular del baile de boda: el profesor NO apareció."],
        "it": ["Lezione privata, l'insegnante non si è mai presentato."],
    },
    "refund": {
        "pt": [
            "Cancelei o período há TRÊS semanas e ainda não vi o reembolso de {amt}",
            "Onde está o meu reembolso? Três semanas e nada",
        ],
        "de": [
            "Vor DREI Wochen den Kurs storniert, {amt} immer noch nicht erstattet",
            "Wo bleibt meine Erstattung? Drei Wochen!",
        ],
        "en": ["Cancelled the term THREE weeks ago, still no refund of {amt}"],
        "fr": ["Trimestre annulé il y a TROIS semaines, toujours pas remboursée de {amt}"],
        "es": ["Cancelé el trimestre hace TRES semanas y ni rastro de los {amt}"],
        "it": ["Ho annullato il corso TRE settimane fa, nessun rimborso di {amt}"],
    },
    "wrong_price": {
        "pt": [
            "Sou sócia Plus e cobraram-me o preço de aula avulsa. Porquê??",
            "Pago o Plus todos os meses e a app cobra preço normal",
        ],
        "de": [
            "Ich bin Plus-Mitglied und zahle trotzdem den Einzelstundenpreis. Warum?",
            "Plus-Pass bezahlt, aber die App berechnet den vollen Preis",
        ],
        "en": ["I'm a Plus member and got charged the drop-in price. Why?"],
        "fr": ["Je suis membre Plus et on m'a facturé le tarif à l'unité."],
        "es": ["Soy socia Plus y me cobran el precio de clase suelta."],
        "it": ["Sono socia Plus e mi avete fatto pagare la lezione singola."],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei a aula com QUATRO dias de antecedência e cobraram taxa de cancelamento tardio",
            "Taxa de cancelamento?? cancelei na segunda para sexta",
        ],
        "de": [
            "VIER Tage vorher abgesagt und trotzdem Stornogebühr. Geht's noch?",
            "Stornogebühr obwohl ich Montag für Freitag abgesagt habe",
        ],
        "en": ["Cancelled FOUR days ahead and got a late-cancellation fee"],
        "fr": ["Annulé QUATRE jours avant et frais d'annulation tardive"],
        "es": ["Cancelé con CUATRO días y me cobran penalización"],
        "it": ["Disdetto con QUATTRO giorni di anticipo e mi fate pagare la penale"],
    },
}
SUBJ_COMPLAINT = {
    "pt": "Reclamação",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "es": "Reclamación",
    "it": "Reclamo",
}
SUBJ_RE = {
    "pt": "RE: Pedido",
    "de": "AW: Vorgang",
    "en": "Re: Your case",
    "fr": "RE : Demande",
    "es": "RE: Incidencia",
    "it": "R: Segnalazione",
}
LONG_EMAIL: T = {
    "pt": [
        "Bom dia,\n\nescrevo-vos do carro, à porta da natação dos miúdos, porque é o único momento livre que tenho esta semana. A minha mãe foi operada à anca e ando entre o hospital e o trabalho. As aulas de dança eram a minha hora de respirar.\n\n{complaint}\n\nSou vossa aluna há anos e sempre gostei, mas isto não pode ser. Peço que me respondam ainda hoje.\n\nCumprimentos"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, weil ich sonst keine Minute habe. Wir renovieren gerade das Haus meiner Oma, und der Tanzkurs war mein einziger fester Termin in der Woche.\n\n{complaint}\n\nIch tanze seit Jahren bei Ihnen und war immer froh darüber, aber so geht das nicht. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen"
    ],
}
CALL: dict[str, str] = {
    "pt": "sim olá estou a ligar por causa de {topic} já é a segunda vez que tento falar com alguém preciso de uma solução",
    "de": "ja hallo ich rufe an wegen {topic} ich brauche da wirklich eine Lösung und zwar bald",
    "en": "hi yeah calling about {topic} i really need this sorted",
    "fr": "oui bonjour j'appelle pour {topic} il me faut une solution",
    "es": "hola llamo por {topic} necesito que me lo solucionéis",
    "it": "sì buongiorno chiamo per {topic} ho bisogno di una soluzione",
}
CALL_TOPIC: dict[str, dict[str, str]] = {
    "studio_locked": {
        "pt": "o estúdio fechado ontem",
        "de": "dem geschlossenen Studio gestern",
        "en": "the locked studio last night",
        "fr": "le studio fermé hier",
        "es": "el estudio cerrado ayer",
        "it": "lo studio chiuso ieri",
    },
    "double_charge": {
        "pt": "o passe cobrado duas vezes",
        "de": "der doppelten Abbuchung",
        "en": "being charged twice",
        "fr": "le double prélèvement",
        "es": "el cobro doble",
        "it": "il doppio addebito",
    },
    "no_teacher": {
        "pt": "a aula privada sem professora",
        "de": "der Privatstunde ohne Lehrer",
        "en": "the private lesson nobody came to",
        "fr": "le cours particulier sans prof",
        "es": "la clase particular sin profesor",
        "it": "la lezione privata senza insegnante",
    },
    "refund": {
        "pt": "o reembolso que não chega",
        "de": "der fehlenden Erstattung",
        "en": "my refund",
        "fr": "mon remboursement",
        "es": "mi reembolso",
        "it": "il mio rimborso",
    },
    "wrong_price": {
        "pt": "o preço errado no Plus",
        "de": "dem falschen Preis trotz Plus",
        "en": "the wrong price on my Plus",
        "fr": "le mauvais tarif Plus",
        "es": "el precio mal cobrado siendo Plus",
        "it": "il prezzo sbagliato col Plus",
    },
    "cancel_fee": {
        "pt": "a taxa de cancelamento",
        "de": "der Stornogebühr",
        "en": "the cancellation fee",
        "fr": "les frais d'annulation",
        "es": "la penalización",
        "it": "la penale",
    },
}
CASE_OPENED: T = {
    "pt": [
        "Lamentamos muito. Abrimos o pedido {case} e voltamos a contactar em 24 h. Marta, Ritmello"
    ],
    "de": [
        "Das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns binnen 24 Stunden. Jonas, Ritmello"
    ],
    "en": [
        "We're very sorry. We've opened case {case} and will get back to you within 24 hours. Sam, Ritmello"
    ],
    "fr": ["Nous sommes désolés. Demande {case} ouverte, retour sous 24 h. Chloé, Ritmello"],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {case} y le respondemos en 24 h. Lucía, Ritmello"
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la segnalazione {case}, risposta entro 24 ore. Giulia, Ritmello"
    ],
}
GOOD_NEWS: T = {
    "pt": ["Boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar?"],
    "de": ["Gute Nachricht zu Vorgang {case}: Das ist bei uns behoben. Können Sie das bestätigen?"],
    "en": ["Good news on case {case}: it's sorted on our side. Could you confirm?"],
    "fr": ["Bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "es": ["Buenas noticias sobre la incidencia {case}: resuelto. ¿Nos lo confirma?"],
    "it": ["Buone notizie sulla segnalazione {case}: risolto. Può confermare?"],
}
CONFIRM: T = {
    "pt": ["Confirmo, pedido {case} resolvido. Obrigada pela rapidez"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "en": ["Confirmed, case {case} is sorted. Thanks"],
    "fr": ["Confirmé, demande {case} réglée. Merci"],
    "es": ["Confirmado, incidencia {case} resuelta. Gracias"],
    "it": ["Confermo, segnalazione {case} risolta. Grazie"],
}
APOLOGY: T = {
    "pt": ["Desculpem o tom de ontem, estava mesmo nervosa. Obrigada por resolverem"],
    "de": ["Sorry für meinen Ton gestern, war echt geladen. Danke fürs Kümmern"],
    "en": ["Sorry for my tone yesterday, bad day. Thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier. Merci"],
    "es": ["Perdonad el tono de ayer, estaba fatal. Gracias"],
    "it": ["Scusate il tono di ieri. Grazie"],
}
STILL_OPEN: T = {
    "pt": [
        "Pedido {case} continua por resolver. Já escrevi antes e nada!",
        "outra vez: o {case} AINDA está aberto",
    ],
    "de": [
        "Vorgang {case} ist immer noch offen. Ich habe schon geschrieben, nichts passiert!",
        "nochmal: {case} ist IMMER NOCH nicht gelöst",
    ],
    "en": ["Case {case} is still not sorted. I already wrote, nothing!"],
    "fr": ["La demande {case} n'est toujours pas réglée."],
    "es": ["La incidencia {case} sigue sin resolver. Ya escribí y nada."],
    "it": ["La segnalazione {case} è ancora aperta. Niente!"],
}
THIRD: T = {
    "pt": [" Uma colega dança na {comp} e lá resolvem isto no mesmo dia."],
    "de": [" Eine Kollegin tanzt bei {comp}, die klären so was am selben Tag."],
    "en": [" I've looked at what {comp} charges."],
    "fr": [" Une collègue va chez {comp}, eux règlent ça le jour même."],
    "es": [" Una compañera va a {comp} y allí lo arreglan en el día."],
    "it": [" Ho guardato quanto costa {comp}."],
}
FOURTH: T = {
    "pt": [" QUARTA vez que escrevo."],
    "de": [" Das VIERTE Mal jetzt."],
    "en": [" FOURTH time."],
    "fr": [" QUATRIÈME fois."],
    "es": [" CUARTA vez."],
    "it": [" QUARTA volta."],
}
QUALITY_LEAD: T = {
    "pt": [
        "O pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "es": [
        "Su incidencia {case} está con nuestra responsable de calidad, que le llamará antes del viernes a mediodía."
    ],
    "it": [
        "La segnalazione {case} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì."
    ],
}
URGENT: T = {
    "pt": ["Acrescentado ao pedido {case}, marcado como urgente."],
    "de": ["Zu {case} hinzugefügt, als dringend markiert."],
    "en": ["Added to case {case}, marked urgent."],
    "fr": ["Ajouté à la demande {case}, urgent."],
    "es": ["Añadido a la incidencia {case}, urgente."],
    "it": ["Aggiunto alla segnalazione {case}, urgente."],
}

SLIDE: T = {
    "pt": [
        "A aula de ontem começou 25 min atrasada e ninguém explicou",
        "Mudaram a professora a meio do período sem avisar",
        "Salas cheias demais, já não dá para fazer um giro sem chocar com alguém",
        "Agora exigem reservar cada aula com 48h. Complicado",
        "FARTA: cobraram {amt} de 'taxa de sala' numa aula que foi cancelada por vocês",
        "A minha cunhada dança na {comp}, já marquei lá o workshop de sábado",
    ],
    "de": [
        "Der Kurs gestern fing 25 Minuten zu spät an, ohne Erklärung",
        "Lehrerwechsel mitten im Kurs, ohne Ankündigung",
        "Der Saal ist so voll, man kann sich kaum drehen",
        "Jetzt muss man jede Stunde 48h vorher buchen. Umständlich",
        "JETZT REICHTS: {amt} 'Saalgebühr' für eine Stunde, die IHR abgesagt habt",
        "Meine Schwägerin tanzt bei {comp}, ich hab den Samstagsworkshop dort gebucht",
    ],
    "en": [
        "Class started 25 minutes late yesterday, no explanation",
        "Teacher changed mid-term without a word",
        "Room so packed you can't turn",
        "Now we must book every class 48h ahead. Annoying",
        "Charged {amt} 'room fee' for a class YOU cancelled",
        "My sister-in-law dances at {comp}, booked Saturday's workshop there",
    ],
    "fr": [
        "Cours commencé avec 25 min de retard",
        "Prof changé en plein trimestre sans prévenir",
        "Salle bondée",
        "Réservation 48 h à l'avance obligatoire maintenant",
        "{amt} de 'frais de salle' pour un cours que VOUS avez annulé",
        "Ma belle-sœur danse chez {comp}, j'ai réservé samedi là-bas",
    ],
    "es": [
        "La clase de ayer empezó 25 min tarde sin explicación",
        "Cambiaron de profe a mitad de trimestre sin avisar",
        "Sala llenísima, no hay sitio para girar",
        "Ahora hay que reservar cada clase con 48h. Un lío",
        "YA ESTÁ BIEN: {amt} de 'tasa de sala' por una clase que cancelasteis vosotros",
        "Mi cuñada va a {comp}, ya he reservado allí el taller del sábado",
    ],
    "it": [
        "Lezione iniziata con 25 minuti di ritardo",
        "Insegnante cambiato a metà corso senza avviso",
        "Sala strapiena",
        "Ora bisogna prenotare ogni lezione 48 ore prima",
        "{amt} di 'tassa sala' per una lezione annullata da VOI",
        "Mia cognata balla da {comp}, ho prenotato lì il workshop di sabato",
    ],
}
SLIDE_AMT = {"pt": "15 €", "de": "15 €", "en": "£13", "fr": "15 €", "es": "15 €", "it": "15 €"}
LEAVE: T = {
    "pt": [
        "Olá, o casamento já foi e o meu joelho não aguenta mais. Quero cancelar o Ritmello Plus e fechar a conta, por favor."
    ],
    "de": [
        "Hallo, wir ziehen aufs Land, dort gibt es kein Studio mehr in der Nähe. Bitte Ritmello Plus kündigen und das Konto schließen."
    ],
    "en": ["Hi, I'm moving abroad for work. Please cancel my Ritmello Plus and close the account."],
    "fr": ["Bonjour, je déménage. Merci d'annuler Ritmello Plus et de fermer mon compte."],
    "es": ["Hola, me mudo de ciudad. Quiero cancelar Ritmello Plus y cerrar la cuenta."],
    "it": ["Salve, mi trasferisco. Vorrei disdire Ritmello Plus e chiudere l'account."],
}
SORRY_GO: T = {
    "pt": ["Lamentamos vê-la partir! Pode cancelar na app ou no site em Conta > Plus."],
    "de": [
        "Schade, dass Sie gehen! Kündigen können Sie in der App oder auf der Website unter Konto > Plus."
    ],
    "en": [
        "Sorry to see you go! You can cancel in the app or on the website under Account > Plus."
    ],
    "fr": ["Dommage ! Vous pouvez annuler dans l'app ou sur le site, Compte > Plus."],
    "es": ["¡Sentimos que te vayas! Puedes cancelar en la app o la web, Cuenta > Plus."],
    "it": ["Ci dispiace! Puoi disdire nell'app o sul sito, Account > Plus."],
}
GRUMPY: T = {
    "pt": [
        "A app faz logout sempre que a abro, irritante",
        "Sms de lembrete às 6h da manhã, a sério?",
        "Fila enorme no balcão ao sábado",
        "Os cacifos do estúdio estão sempre avariados",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus, nervig",
        "Erinnerungs-SMS um 6 Uhr morgens, echt jetzt?",
        "Samstags ewige Schlange am Empfang",
        "Die Spinde im Studio sind ständig kaputt",
    ],
    "en": ["App logs me out every single time", "Reminder text at 6am, really?"],
    "fr": ["L'appli me déconnecte à chaque fois", "SMS de rappel à 6 h du matin ?"],
    "es": [
        "La app me cierra sesión cada vez",
        "SMS de recordatorio a las 6 de la mañana, en serio?",
    ],
    "it": ["L'app mi disconnette ogni volta", "SMS di promemoria alle 6 del mattino?"],
}
SARCASM: T = {
    "pt": ["Adoro como o ar condicionado do estúdio funciona justamente no inverno 👏"],
    "de": ["Toll, dass die Heizung im Saal genau im August läuft 👏"],
    "en": ["Love that the studio heating only works in August 👏"],
    "fr": ["Génial, le chauffage du studio marche seulement en août 👏"],
    "es": ["Me encanta que la calefacción del estudio solo funcione en agosto 😂"],
    "it": ["Adoro il riscaldamento dello studio che va solo ad agosto 😂"],
}
GRUMBLE_ONCE: T = {
    "pt": ["O mapa dos estúdios na app demora imenso a carregar"],
    "de": ["Die Studiokarte in der App lädt ewig"],
    "en": ["The studio map in the app takes ages to load"],
    "fr": ["La carte des studios met des heures à charger"],
    "es": ["El mapa de estudios de la app tarda muchísimo"],
    "it": ["La mappa degli studi nell'app è lentissima"],
}
GRUMBLE_ACK: T = {
    "pt": ["Obrigada pelo aviso, já passámos à equipa da app."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergeleitet."],
    "en": ["Thanks for flagging, passed to the app team."],
    "fr": ["Merci, transmis à l'équipe de l'appli."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "it": ["Grazie, inoltrato al team dell'app."],
}

# The planted incident (topic_spike only).
SPIKE_CODE = "BPM-2X/208"
SPIKE: T = {
    "pt": [
        "A app do Ritmello está a tocar a música de prática e os vídeos da aula a DOBRO da velocidade, aparece erro {code}. A aula é daqui a 1h!",
        "músicas de ensaio todas aceleradas na app, erro {code}, impossível praticar a coreografia",
        "Ritmello os vídeos de prática estão em velocidade dupla e dá {code}, o que se passa?",
    ],
    "de": [
        "Die Ritmello-App spielt Übungsmusik und Kursvideos in DOPPELTER Geschwindigkeit, Fehler {code}. Kurs ist in einer Stunde!",
        "alle Übungstracks laufen doppelt so schnell, Fehler {code}, so kann man nicht üben",
        "Ritmello Übungsvideos im Zeitraffer und Meldung {code}?? was ist los",
    ],
    "en": [
        "Ritmello app playing all practice music at DOUBLE speed, error {code}. Class in an hour!"
    ],
    "fr": ["L'appli Ritmello joue la musique d'entraînement en vitesse DOUBLE, erreur {code}"],
    "es": ["La app de Ritmello pone la música de práctica al DOBLE de velocidad, error {code}"],
    "it": ["L'app Ritmello riproduce la musica di pratica a velocità DOPPIA, errore {code}"],
}
SPIKE_REPEAT: T = {
    "pt": ["Continua {code} no telemóvel do meu marido também, tudo a dobrar"],
    "de": ["Immer noch {code}, auch auf dem Tablet, alles doppelt so schnell"],
    "en": ["Still {code}, on my husband's phone too"],
    "fr": ["Toujours {code}, sur la tablette aussi"],
    "es": ["Sigue {code} también en el móvil de mi marido"],
    "it": ["Ancora {code}, anche sul tablet"],
}
SPIKE_CHAT_A: T = {
    "pt": [
        "Sim, a música de prática está a tocar acelerada para todos neste momento, a equipa técnica já está a tratar."
    ],
    "de": ["Ja, die Übungsmusik läuft gerade bei allen zu schnell, unsere Technik ist dran."],
    "en": [
        "Yes, practice audio is playing too fast for everyone right now, our engineers are on it."
    ],
    "fr": [
        "Oui, l'audio d'entraînement est trop rapide pour tout le monde, nos équipes sont dessus."
    ],
    "es": [
        "Sí, el audio de práctica va acelerado para todos ahora mismo, el equipo técnico está en ello."
    ],
    "it": ["Sì, l'audio di pratica è accelerato per tutti, i tecnici ci stanno lavorando."],
}
SPIKE_FIXED: T = {
    "pt": [
        "A música de prática voltou ao normal desde as {local}. A aula de hoje fica por nossa conta, 8 € de crédito na conta."
    ],
    "de": [
        "Die Übungsmusik läuft seit {local} wieder normal. Der heutige Kurs geht auf uns, 8 € Guthaben gutgeschrieben."
    ],
    "en": ["Practice audio is back to normal since {local}. Today's class is on us, credit added."],
    "fr": [
        "L'audio d'entraînement est revenu à la normale depuis {local}. Le cours d'aujourd'hui est offert, 8 € de crédit."
    ],
    "es": [
        "El audio de práctica funciona bien desde las {local}. La clase de hoy corre de nuestra cuenta, 8 € de crédito."
    ],
    "it": [
        "L'audio di pratica è tornato normale dalle {local}. La lezione di oggi è offerta, 8 € di credito."
    ],
}
LONE_Q: T = {
    "pt": [
        "ontem à noite um vídeo de prática parou e recomeçou sozinho, depois correu bem. amanhã vai funcionar na aula?"
    ],
    "de": [
        "Gestern Abend ist ein Übungsvideo kurz hängen geblieben und lief dann normal weiter. Klappt das morgen im Kurs?"
    ],
}
LONE_A: T = {
    "pt": ["Foi só a rede a carregar, o vídeo está bom. Boa aula amanhã!"],
    "de": ["Das war nur das Netz beim Laden, das Video ist in Ordnung. Viel Spaß morgen!"],
}
