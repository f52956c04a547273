"""Wording of heldout250 (Levitara, float-tank centres): every table in six languages."""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "pt": [
        "Sai do tanque da Levitara em Alfama como se tivesse dormido dez horas. Recomendo muito!",
        "terceira vez este mes na Levitara e cada vez melhor, a sala 3 e um sonho",
        "Melhor hora da minha semana. Obrigada Levitara, as costas agradecem",
    ],
    "de": [
        "Heute zum dritten Mal floaten bei Levitara, und immer noch begeistert. Nacken endlich locker!",
        "Schon wieder eine Stunde völlige Stille im Tank, Levitara ist mein Wochenhighlight",
        "Super sauber, nettes Team, Wasser genau richtig warm. Danke Levitara!",
    ],
    "en": [
        "Third float at Levitara this month and my back has stopped complaining. Love it",
        "Honestly the calmest hour of my week, thanks Levitara team",
    ],
    "fr": [
        "Premiere seance chez Levitara, je flottais litteralement en sortant. Merci !",
        "Encore une fois parfait, equipe adorable et cabine impeccable",
    ],
    "it": [
        "Terza volta da Levitara e ancora magia, esco leggera come una piuma",
        "Vasca pulitissima e personale gentile, grazie Levitara!",
    ],
    "es": [
        "Tercera vez en Levitara y sigo flipando, salgo nueva",
        "Que paz, de verdad. Gracias Levitara, repito seguro",
    ],
}

PRAISE_GRIPE: T = {
    "pt": [
        "Adorei a sessao, so o secador da cabine e fraquinho. De resto impecavel",
        "Tudo otimo, pena o estacionamento ser tao longe",
    ],
    "de": [
        "Sehr entspannt, nur der Föhn in der Kabine ist echt schwach. Sonst top",
        "Alles super, bloß die Ohrstöpsel könnten besser sitzen",
    ],
    "en": ["Lovely float, only the hairdryer in the room is a bit feeble"],
    "fr": ["Seance top, seul le seche-cheveux est un peu faiblard"],
    "it": ["Tutto bello, solo il phon della cabina e debole"],
    "es": ["Genial la sesion, solo que el secador de la cabina es flojito"],
}

QUESTION: T = {
    "pt": [
        "Ola, posso flutuar gravida de 5 meses?",
        "Boa tarde, o pacote Plus inclui quantas sessoes por mes?",
        "posso levar o meu proprio oleo para depois do duche?",
    ],
    "de": [
        "Hallo, kann ich mit frisch gestochenem Tattoo floaten?",
        "Wie viele Sessions sind bei Levitara Plus im Monat dabei?",
        "kann man die Sitzung auf 90 Minuten verlängern?",
    ],
    "en": [
        "Hi, can I float with contact lenses in or should I take them out?",
        "Is there a locker for my bag at the Leeds centre?",
    ],
    "fr": [
        "Bonjour, peut-on flotter avec des lentilles ?",
        "Combien de seances comprend l'abonnement Plus ?",
    ],
    "it": [
        "Ciao, posso fare il float con le lenti a contatto?",
        "Quante sessioni include Levitara Plus al mese?",
    ],
    "es": [
        "Hola, se puede flotar con lentillas puestas?",
        "Cuantas sesiones entran en el Plus al mes?",
    ],
}

ANSWER: T = {
    "pt": [
        "Ola! Sim, com algumas precaucoes: recomendamos falar primeiro com o seu medico. Qualquer duvida estamos aqui.",
        "Ola! Claro, ja esta tratado. Boas flutuacoes!",
    ],
    "de": [
        "Hallo! Kurz gesagt ja, Details stehen in der App unter Hilfe. Schönes Floaten!",
        "Hallo! Das ist erledigt, viel Freude bei der nächsten Session.",
    ],
    "en": ["Hi! Yes, there is, and the details are in the app under Help. Enjoy your float!"],
    "fr": ["Bonjour ! Oui, tous les details sont dans l'appli, rubrique Aide. Bonne seance !"],
    "it": ["Ciao! Certo, trovi tutti i dettagli nell'app alla voce Aiuto. Buon float!"],
    "es": ["Hola! Si, tienes todos los detalles en la app, en Ayuda. Buen float!"],
}

THANKS: T = {
    "pt": ["Obrigada!", "obg, muito util"],
    "de": ["Danke!", "super, danke euch"],
    "en": ["Thanks!"],
    "fr": ["Merci !"],
    "it": ["Grazie mille!"],
    "es": ["Gracias!!"],
}

NIGHT_POST: T = {
    "pt": [
        "3 da manha e sem sono outra vez, ainda bem que amanha tenho Levitara as 10",
        "turno da noite acabado, marcada a flutuacao de sabado na Levitara",
    ],
    "de": [
        "Wieder mal 2 Uhr nachts wach, zum Glück morgen früh Levitara gebucht",
        "Nachtschicht vorbei, Samstag wird gefloatet bei Levitara",
    ],
    "en": ["2am and wide awake again, thank god I've got Levitara booked tomorrow"],
    "fr": ["3h du mat et toujours pas sommeil, vivement ma seance Levitara demain"],
    "it": ["Le 2 di notte e non dormo, per fortuna domani ho Levitara"],
    "es": ["Las 3 de la manana y sin dormir, menos mal que manana tengo Levitara"],
}

NIGHT_Q: T = {
    "pt": ["Ola, ainda da para mudar a sessao de amanha das 9 para as 11?"],
    "de": [
        "Hallo, kann ich die Session morgen um 9 noch auf 11 schieben?",
        "ab wann gilt eigentlich der Wochenendtarif?",
    ],
    "en": ["Hi, can I still move tomorrow's 9am float to 11?"],
    "fr": ["Bonsoir, je peux encore decaler ma seance de demain 9h a 11h ?"],
    "it": ["Ciao, posso spostare la sessione di domani dalle 9 alle 11?"],
    "es": ["Hola, puedo cambiar la sesion de manana de las 9 a las 11?"],
}

REVIEW: T = {
    "pt": ["Espaco limpo, calmo, equipa simpatica. 5 estrelas"],
    "de": [
        "Sauber, ruhig, freundlich. Klare Empfehlung",
        "Beste Entspannung in der Stadt, gerne wieder",
    ],
    "en": ["Spotless, calm, kind staff. Five stars"],
    "fr": ["Propre, calme, accueil adorable"],
    "it": ["Pulito, tranquillo, staff gentile"],
    "es": ["Limpio, tranquilo y el personal majisimo"],
}

SURVEY_WORD: T = {
    "pt": ["otimo", "top", ""],
    "de": ["super", "passt", ""],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "es": ["genial", ""],
}

# The six consumer problems.
PROBLEM: dict[str, T] = {
    "booking_lost": {
        "pt": [
            "Cheguei a Levitara para a minha sessao das 18h e NAO havia reserva nenhuma, apesar do email de confirmacao. Perdi a tarde",
            "reserva confirmada na app e no balcao ninguem a encontra. fui para casa sem flutuar",
        ],
        "de": [
            "Ich stand um 18 Uhr am Empfang, Buchung bestätigt in der App, und es gab KEINE Reservierung. Umsonst durch die Stadt gefahren",
            "Buchung weg, obwohl bestätigt. Das ist jetzt wirklich ärgerlich",
        ],
        "en": [
            "Turned up for my 6pm float, confirmation email in hand, and there was NO booking. Wasted evening"
        ],
        "fr": [
            "Arrivee pour ma seance de 18h, confirmation en main, et AUCUNE reservation. Soiree perdue"
        ],
        "it": [
            "Arrivata per la sessione delle 18 con la conferma e NESSUNA prenotazione. Serata buttata"
        ],
        "es": ["Llego a mi sesion de las 18h con la confirmacion y NO hay reserva. Tarde perdida"],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a mesma sessao DUAS vezes no cartao, 58 euros cada. Quero o dinheiro de volta",
            "pagamento duplicado outra vez?? vejam la isso",
        ],
        "de": [
            "Die gleiche Session wurde ZWEIMAL von meiner Karte abgebucht, je 58 Euro. Bitte sofort zurück",
            "doppelt abgebucht, und keiner merkt es",
        ],
        "en": ["You charged my card TWICE for the same float, £50 each. I want it back"],
        "fr": ["Vous avez debite DEUX fois la meme seance, 58 euros chacune"],
        "it": ["Mi avete addebitato DUE volte la stessa sessione, 58 euro ciascuna"],
        "es": ["Me habeis cobrado DOS veces la misma sesion, 58 euros cada una"],
    },
    "dirty_pod": {
        "pt": [
            "A agua do tanque estava fria e havia cabelos a boiar. Sessao estragada",
            "tanque sujo e agua morna. nunca me tinha acontecido",
        ],
        "de": [
            "Das Wasser war kalt und es schwammen Haare drin. Session komplett ruiniert",
            "Tank nicht sauber, Wasser lauwarm. So geht das nicht",
        ],
        "en": [
            "The water was cold and there were hairs floating in the pod. Ruined the whole session"
        ],
        "fr": ["L'eau etait froide et il y avait des cheveux dans le caisson. Seance gachee"],
        "it": ["Acqua fredda e capelli che galleggiavano. Sessione rovinata"],
        "es": ["El agua estaba fria y habia pelos flotando. Sesion arruinada"],
    },
    "refund": {
        "pt": [
            "Cancelaram voces a sessao e ha TRES semanas que espero o reembolso de 58 euros",
            "ainda nada do reembolso, ja passou um mes quase",
        ],
        "de": [
            "Ihr habt die Session abgesagt und ich warte seit DREI Wochen auf die 58 Euro",
            "Immer noch keine Erstattung. Wie lange denn noch",
        ],
        "en": ["You cancelled my float and I've been waiting THREE weeks for my £50 back"],
        "fr": ["Vous avez annule ma seance et j'attends le remboursement depuis TROIS semaines"],
        "it": ["Avete annullato voi la sessione e aspetto il rimborso da TRE settimane"],
        "es": ["Cancelasteis vosotros la sesion y llevo TRES semanas esperando el reembolso"],
    },
    "wrong_price": {
        "pt": [
            "Sou socia Plus e cobraram-me o preco normal, 58 em vez de 39. Entao para que pago a mensalidade?",
            "preco errado outra vez, sou Plus!!",
        ],
        "de": [
            "Ich bin Plus-Mitglied und habe den vollen Preis gezahlt, 58 statt 39 Euro. Wofür zahle ich dann den Beitrag?",
            "schon wieder Normalpreis trotz Plus, ernsthaft?",
        ],
        "en": [
            "I'm a Plus member and got charged the full price, £50 not £34. What am I paying the membership for?"
        ],
        "fr": ["Je suis membre Plus et j'ai paye plein tarif, 58 au lieu de 39"],
        "it": ["Sono socia Plus e mi avete fatto pagare prezzo pieno, 58 invece di 39"],
        "es": ["Soy socia Plus y me cobrasteis tarifa normal, 58 en vez de 39"],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei com CINCO dias de antecedencia e cobraram-me taxa de cancelamento. Isto e piada?",
            "taxa de cancelamento sem razao nenhuma, cancelei a tempo",
        ],
        "de": [
            "Ich habe FÜNF Tage vorher storniert und trotzdem eine Stornogebühr bezahlt. Soll das ein Witz sein?",
            "Stornogebühr obwohl rechtzeitig abgesagt, unfassbar",
        ],
        "en": ["Cancelled FIVE days ahead and still got a cancellation fee. Is this a joke?"],
        "fr": ["Annule CINQ jours avant et on me facture des frais d'annulation"],
        "it": ["Annullato CINQUE giorni prima e mi avete addebitato la penale"],
        "es": ["Cancele con CINCO dias de antelacion y me cobrais penalizacion"],
    },
}

PROBLEM_LABEL: dict[str, dict[str, str]] = {
    "booking_lost": {
        "pt": "reserva desaparecida",
        "de": "Buchung verschwunden",
        "en": "booking missing",
        "fr": "reservation disparue",
        "it": "prenotazione sparita",
        "es": "reserva desaparecida",
    },
    "double_charge": {
        "pt": "cobranca dupla",
        "de": "doppelte Abbuchung",
        "en": "double charge",
        "fr": "double debit",
        "it": "doppio addebito",
        "es": "cobro doble",
    },
    "dirty_pod": {
        "pt": "tanque sujo",
        "de": "verschmutzter Tank",
        "en": "dirty pod",
        "fr": "caisson sale",
        "it": "vasca sporca",
        "es": "tanque sucio",
    },
    "refund": {
        "pt": "reembolso em falta",
        "de": "fehlende Erstattung",
        "en": "missing refund",
        "fr": "remboursement manquant",
        "it": "rimborso mancante",
        "es": "reembolso pendiente",
    },
    "wrong_price": {
        "pt": "preco errado Plus",
        "de": "falscher Plus-Preis",
        "en": "wrong Plus price",
        "fr": "mauvais tarif Plus",
        "it": "prezzo Plus sbagliato",
        "es": "precio Plus erroneo",
    },
    "cancel_fee": {
        "pt": "taxa de cancelamento",
        "de": "Stornogebühr",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "it": "penale di annullamento",
        "es": "penalizacion por cancelar",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "pt": "Reclamação: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "es": "Reclamación: ",
}
CASE_SUBJECT: dict[str, str] = {
    "pt": "RE: Pedido ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "it": "R: Segnalazione ",
    "es": "RE: Incidencia ",
}

LONG_LETTER: T = {
    "pt": [
        "Boa tarde. Escrevo do carro enquanto espero que a minha filha saia do treino de natacao, por isso desculpem a pressa. Sou cliente ha dois anos e a flutuacao tem-me ajudado imenso com as dores desde a operacao ao ombro. Mas ontem {problem}. Gostava que alguem me ligasse. Cumprimentos"
    ],
    "de": [
        "Guten Tag, ich schreibe aus dem Wartezimmer beim Tierarzt, unsere Katze hat sich wieder was eingefangen. Ich komme seit zwei Jahren zu Ihnen, seit dem Bandscheibenvorfall ist das Floaten das Einzige, was wirklich hilft. Umso enttäuschter bin ich: {problem}. Ich bitte um eine Rückmeldung. Mit freundlichen Grüßen",
        "Hallo zusammen, kurz vorweg: ich mag Levitara wirklich, meine ganze Familie hat inzwischen Gutscheine von mir bekommen. Gestern aber {problem}. Ich arbeite Schicht und hatte genau diesen einen freien Abend. Bitte melden Sie sich. Viele Grüße",
    ],
    "en": [
        "Hello, writing this on the train home so forgive typos. I've been coming for a year and it genuinely helps my migraines. But yesterday {problem}. I'd like someone to get back to me. Regards"
    ],
    "fr": [
        "Bonjour, je vous ecris depuis la salle d'attente du kine. Cliente depuis un an, j'adore vos seances. Mais hier {problem}. Merci de me recontacter. Cordialement"
    ],
    "it": [
        "Buongiorno, scrivo dalla sala d'attesa del dentista. Sono cliente da un anno e il float mi aiuta tanto. Ma ieri {problem}. Vorrei essere ricontattata. Saluti"
    ],
    "es": [
        "Buenas, os escribo desde el puesto del mercado entre cliente y cliente. Llevo dos anos viniendo y me encanta. Pero ayer {problem}. Espero respuesta. Un saludo"
    ],
}

FOLLOWUP: T = {
    "pt": [
        "Continuo sem resposta ao pedido {ref}, ainda esta tudo por resolver",
        "pedido {ref} ainda aberto. quando e que isto se resolve?",
    ],
    "de": [
        "Vorgang {ref} ist immer noch offen, nichts passiert",
        "Nochmal wegen {ref}: es ist weiterhin ungelöst",
    ],
    "en": ["Case {ref} is still open and nothing has happened"],
    "fr": ["Demande {ref} toujours ouverte, rien n'a bouge"],
    "it": ["La segnalazione {ref} e ancora aperta, nessuna novita"],
    "es": ["La incidencia {ref} sigue abierta y nadie hace nada"],
}

THIRD: T = {
    "pt": [
        "Terceira vez que escrevo sobre {ref}. Uma colega vai a {comp} e la resolvem isto no proprio dia"
    ],
    "de": [
        "Zum dritten Mal wegen {ref}. Eine Kollegin geht zu {comp}, da wird sowas am selben Tag geklärt",
        "Dritte Nachricht zu {ref}. Ich habe mir schon angeschaut, was {comp} verlangt",
    ],
    "en": ["Third time about {ref}. A colleague goes to {comp} and they sort this the same day"],
    "fr": [
        "Troisieme message pour {ref}. Une collegue va chez {comp}, eux reglent ca le jour meme"
    ],
    "it": ["Terza volta per {ref}. Una collega va da {comp} e lo risolvono in giornata"],
    "es": ["Tercera vez con la {ref}. Una companera va a {comp} y alli lo arreglan en el dia"],
}

FOURTH: T = {
    "pt": ["QUARTA vez. {ref} continua aberto. Ja chega"],
    "de": ["Das VIERTE Mal. {ref} ist immer noch offen. Jetzt reichts"],
    "en": ["FOURTH time. {ref} is still open. Enough"],
    "fr": ["QUATRIEME fois. {ref} toujours ouvert. Ca suffit"],
    "it": ["QUARTA volta. {ref} ancora aperta. Basta"],
    "es": ["CUARTA vez. {ref} sigue abierta. YA ESTA BIEN"],
}

CASE_OPENED: T = {
    "pt": ["Lamentamos muito. Abrimos o pedido {ref} e damos noticias em breve. Equipa Levitara"],
    "de": [
        "Das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns. Ihr Levitara-Team"
    ],
    "en": ["We're very sorry. We've opened case {ref} and will be in touch shortly. Levitara team"],
    "fr": ["Nous sommes desoles. La demande {ref} est ouverte, nous revenons vers vous vite"],
    "it": ["Ci dispiace molto. Abbiamo aperto la segnalazione {ref}, ti aggiorniamo presto"],
    "es": ["Lo sentimos mucho. Hemos abierto la incidencia {ref} y te contamos en breve"],
}

URGENT: T = {
    "pt": ["Acrescentado ao pedido {ref} e marcado como urgente."],
    "de": ["Zum Vorgang {ref} hinzugefügt und als dringend markiert."],
    "en": ["Added to case {ref} and marked urgent."],
    "fr": ["Ajoute a la demande {ref}, marquee urgente."],
    "it": ["Aggiunto alla segnalazione {ref}, segnata come urgente."],
    "es": ["Anadido a la incidencia {ref} y marcada como urgente."],
}

QUALITY_LEAD: T = {
    "pt": [
        "O seu pedido {ref} esta agora com a nossa responsavel de qualidade, que lhe liga antes de sexta ao almoco."
    ],
    "de": [
        "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "en": [
        "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Votre demande {ref} est chez notre responsable qualite, qui vous appelle avant vendredi midi."
    ],
    "it": [
        "La segnalazione {ref} e ora dalla nostra responsabile qualita, che ti chiama entro venerdi a pranzo."
    ],
    "es": [
        "Tu incidencia {ref} esta ya con nuestra responsable de calidad, que te llama antes del viernes a mediodia."
    ],
}

GOOD_NEWS: T = {
    "pt": ["Boas noticias sobre o pedido {ref}: ja esta resolvido. Pode confirmar?"],
    "de": ["Gute Nachrichten zu {ref}: das ist erledigt. Können Sie das kurz bestätigen?"],
    "en": ["Good news on case {ref}: it's sorted. Could you confirm?"],
    "fr": ["Bonne nouvelle pour {ref} : c'est regle. Pouvez-vous confirmer ?"],
    "it": ["Buone notizie sulla {ref}: risolto. Puoi confermare?"],
    "es": ["Buenas noticias sobre la {ref}: resuelto. Nos lo confirmas?"],
}

CONFIRM: T = {
    "pt": ["Confirmo, {ref} resolvido. Obrigada!", "tudo certo com o {ref}, obg"],
    "de": ["Bestätigt, {ref} ist erledigt. Danke!", "passt, {ref} ist gelöst, danke euch"],
    "en": ["Confirmed, {ref} is sorted. Thanks!"],
    "fr": ["Confirme, {ref} regle. Merci !"],
    "it": ["Confermo, {ref} risolta. Grazie!"],
    "es": ["Confirmado, {ref} resuelta. Gracias!"],
}

APOLOGY: T = {
    "pt": ["Desculpem o tom de ontem, estava mesmo chateada. Obrigada por tratarem disto"],
    "de": ["Sorry für den Ton gestern, war einfach genervt. Danke fürs Kümmern"],
    "en": ["Sorry about my tone yesterday, I was fuming. Thanks for sorting it"],
    "fr": ["Desolee pour mon ton d'hier, j'etais a bout. Merci"],
    "it": ["Scusate il tono di ieri, ero furiosa. Grazie"],
    "es": ["Perdon por el tono de ayer, estaba que trinaba. Gracias"],
}

LOW_WORD: T = {
    "pt": ["pessimo", ""],
    "de": ["schlecht", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
}

SLIDE: T = {
    "pt": [
        "A sessao comecou 20 minutos atrasada e ninguem explicou nada",
        "Toalhas humidas e o duche sem agua quente. Nao e o que era",
        "Agora a app obriga a pagar adiantado ate a sessao de teste. Hmm",
        "Cobraram 15 euros por 'limpeza extra' sem razao nenhuma",
        "Ja nao reconheco a Levitara. Cada visita pior",
        "A minha cunhada vai a {comp}, marquei la para sabado. Chega",
    ],
    "de": [
        "Session fing 20 Minuten zu spät an, keiner hat was gesagt",
        "Feuchte Handtücher, Dusche kalt. Früher war das anders",
        "Jetzt muss man sogar die Probesession im Voraus zahlen. Hmm",
        "15 Euro 'Reinigungsaufschlag' ohne jeden Grund abgebucht",
        "Erkenne Levitara nicht wieder. Jedes Mal schlechter",
        "Meine Schwägerin geht zu {comp}, ich habe dort für Samstag gebucht. Reicht",
    ],
    "en": [
        "Float started 20 minutes late and nobody said a word",
        "Damp towels, cold shower. It didn't used to be like this",
        "Now you have to prepay even the trial float. Hmm",
        "Charged £13 'extra cleaning' for no reason at all",
        "Don't recognise Levitara any more. Worse every visit",
        "My sister-in-law goes to {comp}, I've booked there for Saturday. Done",
    ],
    "fr": [
        "Seance commencee avec 20 minutes de retard sans explication",
        "Serviettes humides, douche froide. Avant c'etait pas comme ca",
        "Maintenant il faut prepayer meme la seance d'essai. Hmm",
        "15 euros de 'nettoyage supplementaire' sans raison",
        "Je ne reconnais plus Levitara. Pire a chaque fois",
        "Ma belle-soeur va chez {comp}, j'ai reserve la-bas samedi. Fini",
    ],
    "it": [
        "Sessione iniziata con 20 minuti di ritardo, nessuna spiegazione",
        "Asciugamani umidi, doccia fredda. Prima non era cosi",
        "Ora bisogna pagare in anticipo anche la prova. Mah",
        "15 euro di 'pulizia extra' senza motivo",
        "Non riconosco piu Levitara. Ogni volta peggio",
        "Mia cognata va da {comp}, ho prenotato li per sabato. Basta",
    ],
    "es": [
        "La sesion empezo 20 minutos tarde y nadie dijo nada",
        "Toallas humedas y ducha fria. Antes no era asi",
        "Ahora hay que pagar por adelantado hasta la prueba. Mmm",
        "15 euros de 'limpieza extra' sin motivo",
        "Ya no reconozco a Levitara. Cada vez peor",
        "Mi cunada va a {comp}, he reservado alli el sabado. Se acabo",
    ],
}

CANCEL_REQ: T = {
    "pt": [
        "Ola, mudei-me para fora da cidade e quero cancelar o Levitara Plus e fechar a conta, por favor"
    ],
    "de": [
        "Hallo, ich habe mir eine eigene Badewanne mit Magnesiumsalz gegönnt und möchte Levitara Plus kündigen und mein Konto schließen",
        "Ich ziehe weg und möchte Plus kündigen und das Konto löschen, bitte",
    ],
    "en": ["Hi, I'm moving away and want to cancel Levitara Plus and close my account"],
    "fr": ["Bonjour, je demenage et souhaite resilier Levitara Plus et fermer mon compte"],
    "it": ["Ciao, mi trasferisco e voglio disdire Levitara Plus e chiudere l'account"],
    "es": ["Hola, me mudo y quiero darme de baja de Levitara Plus y cerrar la cuenta"],
}

SORRY_GO: T = {
    "pt": ["Temos pena de a ver partir. Pode cancelar na app ou no site, em Conta."],
    "de": [
        "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Konto kündigen."
    ],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website under Account."
    ],
    "fr": [
        "Dommage de vous voir partir. Resiliation possible dans l'appli ou sur le site, rubrique Compte."
    ],
    "it": ["Ci dispiace vederti andare. Puoi disdire nell'app o sul sito, sezione Account."],
    "es": ["Sentimos que te vayas. Puedes darte de baja en la app o en la web, en Cuenta."],
}

GRUMBLE: T = {
    "pt": [
        "A app desliga-me a sessao sempre que a abro. Irritante",
        "o lembrete chega as 6 da manha, a serio?",
        "estacionamento do centro sempre cheio",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Nervig",
        "Erinnerungs-SMS um 6 Uhr morgens, echt jetzt?",
        "Der Parkplatz am Zentrum ist immer voll",
    ],
    "en": ["The app logs me out every single time. Annoying", "Reminder text at 6am, really?"],
    "fr": ["L'appli me deconnecte a chaque fois. Penible", "Rappel SMS a 6h du matin, serieux ?"],
    "it": ["L'app mi disconnette ogni volta. Che noia", "Promemoria alle 6 del mattino, davvero?"],
    "es": [
        "La app me cierra sesion cada vez. Que pesadez",
        "Recordatorio a las 6 de la manana, en serio?",
    ],
}

SARCASM: T = {
    "pt": ["Adoro quando o 'relaxamento' comeca com 25 min de fila na rececao 👏"],
    "de": ["Toll, 25 Minuten am Empfang warten, damit man auch richtig entspannt ist 👏"],
    "en": ["Love a 25-minute queue at reception to really set the relaxing mood 👏"],
    "fr": ["Rien de tel que 25 minutes de queue a l'accueil pour bien se detendre 👏"],
    "it": ["Niente rilassa come 25 minuti di fila alla reception 👏"],
    "es": ["Nada relaja mas que 25 minutos de cola en recepcion 👏"],
}

MILD: T = {
    "pt": ["O mapa dos centros na app mostra a cidade errada"],
    "de": [
        "Die Benachrichtigungen kommen auf Englisch statt Deutsch",
        "Die Zentrumssuche zeigt die falsche Stadt",
    ],
    "en": ["Centre search keeps showing the wrong city"],
    "fr": ["Les notifications arrivent en anglais au lieu du francais"],
    "it": ["Le notifiche arrivano in inglese invece che in italiano"],
    "es": ["El buscador de centros me muestra la ciudad equivocada"],
}

FORM_ACK: T = {
    "pt": ["Obrigado pelo aviso, ja passamos a equipa da app."],
    "de": ["Danke für den Hinweis, wir haben es ans App-Team gegeben."],
    "en": ["Thanks for flagging, we've passed it to the app team."],
    "fr": ["Merci du signalement, transmis a l'equipe de l'appli."],
    "it": ["Grazie della segnalazione, girata al team dell'app."],
    "es": ["Gracias por avisar, lo hemos pasado al equipo de la app."],
}

# The business arm (Levitara Work).
B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "pt": [
            "As faturas continuam a sair com o nome antigo da empresa e sem numero de encomenda. A contabilidade devolve-as todas"
        ],
        "de": [
            "Die Rechnungen tragen immer noch den alten Firmennamen und keine Bestellnummer. Die Buchhaltung schickt alles zurück",
            "Rechnungen wieder ohne PO-Nummer und mit altem Namen",
        ],
        "en": [
            "Invoices still carry our old company name and no PO number. Accounts sends them all back"
        ],
        "fr": ["Les factures portent toujours l'ancien nom et aucun numero de commande"],
        "it": ["Le fatture riportano ancora il vecchio nome e nessun numero d'ordine"],
        "es": ["Las facturas siguen saliendo con el nombre antiguo y sin numero de pedido"],
    },
    "service_blocked": {
        "pt": [
            "Os nossos colaboradores foram recusados na rececao, 'conta bloqueada', e esta tudo pago"
        ],
        "de": [
            "Unsere Mitarbeitenden wurden am Empfang abgewiesen, 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "en": [
            "Our staff were turned away at reception, 'account on stop', though everything is paid"
        ],
        "fr": [
            "Nos salaries ont ete refuses a l'accueil, 'compte bloque', alors que tout est paye"
        ],
        "it": ["I nostri dipendenti sono stati respinti, 'conto bloccato', ma e tutto pagato"],
        "es": [
            "A nuestra plantilla la rechazaron en recepcion, 'cuenta bloqueada', y esta todo pagado"
        ],
    },
    "portal": {
        "pt": ["O portal nao mostra nenhum passe ativo, nao conseguimos atribuir sessoes"],
        "de": [
            "Das Portal zeigt keine aktiven Pässe, wir können keine Sessions zuweisen",
            "Im Portal ist alles leer, keine Zuweisung möglich",
        ],
        "en": ["The portal shows no active passes, so we can't assign sessions"],
        "fr": ["Le portail n'affiche aucun pass actif, impossible d'attribuer des seances"],
        "it": ["Il portale non mostra pass attivi, non possiamo assegnare sessioni"],
        "es": ["El portal no muestra pases activos, no podemos asignar sesiones"],
    },
    "overbilled": {
        "pt": [
            "Faturaram sessoes avulsas em vez da tarifa do contrato anual, mais de 600 euros de diferenca"
        ],
        "de": [
            "Sie haben Einzelpreise statt unseres Jahresvertragstarifs berechnet, über 600 Euro Differenz"
        ],
        "en": [
            "You billed single-session rates instead of our annual contract rate, over £500 difference"
        ],
        "fr": ["Facture au tarif unitaire au lieu du contrat annuel, plus de 600 euros d'ecart"],
        "it": [
            "Fatturato a tariffa singola invece del contratto annuale, oltre 600 euro di differenza"
        ],
        "es": [
            "Nos facturais tarifa suelta en vez del contrato anual, mas de 600 euros de diferencia"
        ],
    },
}

B2B_FOLLOW: T = {
    "pt": ["Escrevo tambem sobre {ref}, como a {first} {day}: o problema continua igual"],
    "de": [
        "Ich schreibe ebenfalls wegen {ref}, wie {first} {day}: das Problem besteht weiter",
        "Auch von mir zu {ref} (siehe {first}, {day}): nichts hat sich geändert",
    ],
    "en": ["Also writing about {ref}, like {first} {day}: the problem is unchanged"],
    "fr": ["J'ecris aussi pour {ref}, comme {first} {day} : rien n'a change"],
    "it": ["Scrivo anch'io per {ref}, come {first} {day}: nulla e cambiato"],
    "es": ["Escribo tambien por la {ref}, como {first} {day}: sigue igual"],
}

B2B_LAST_MAIL: T = {
    "pt": [
        "{ref} continua sem solucao e ja escreveram varios colegas. As compras ja pediram precos a {comp}"
    ],
    "de": [
        "{ref} ist weiter ungelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt"
    ],
    "en": [
        "{ref} is still not fixed and several colleagues have written. Procurement has already asked {comp} for rates"
    ],
    "fr": [
        "{ref} toujours pas regle, plusieurs collegues ont ecrit. Les achats ont demande les tarifs de {comp}"
    ],
    "it": [
        "{ref} ancora irrisolta, hanno scritto diversi colleghi. Gli acquisti hanno chiesto i prezzi a {comp}"
    ],
    "es": [
        "La {ref} sigue sin arreglar y han escrito varios companeros. Compras ya ha pedido tarifas a {comp}"
    ],
}

B2B_LAST_CALL: T = {
    "pt": [
        "ola ligo por causa do {ref} nada esta resolvido ja escreveram varios colegas o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
    ],
    "de": [
        "hallo ich rufe wegen {ref} an es ist nichts gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "en": [
        "hi calling about {ref} nothing is fixed several colleagues wrote my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour j'appelle pour {ref} rien n'est regle plusieurs collegues ont ecrit mon chef dit qu'on change de prestataire si ce n'est pas regle cette semaine"
    ],
    "it": [
        "buongiorno chiamo per {ref} niente risolto hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "hola llamo por la {ref} no esta nada arreglado han escrito varios companeros mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: T = {
    "pt": ["Sugestao: exportar os custos das sessoes por centro de custo seria otimo"],
    "de": [
        "Vorschlag: Export der Session-Kosten nach Kostenstelle wäre super",
        "Wäre schön, wenn die Rechnung die Anzahl genutzter Sessions pro Team zeigt",
    ],
    "en": ["Suggestion: exporting session costs by cost centre would be great"],
    "fr": ["Suggestion : exporter les couts par centre de cout serait top"],
    "it": ["Suggerimento: esportare i costi per centro di costo sarebbe utile"],
    "es": ["Sugerencia: exportar los costes por centro de coste estaria genial"],
}

B2B_Q: T = {
    "pt": ["Ola, como adiciono um novo colaborador ao nosso passe?"],
    "de": [
        "Hallo, wie füge ich eine neue Mitarbeiterin zu unserem Pass hinzu?",
        "Kann ich Sessions für ein ganzes Team auf einmal buchen?",
    ],
    "en": ["Hi, how do I add a new starter to our pass?"],
    "fr": ["Bonjour, comment ajouter un nouveau salarie a notre pass ?"],
    "it": ["Ciao, come aggiungo un nuovo collega al nostro pass?"],
    "es": ["Hola, como anado a una persona nueva a nuestro pase?"],
}

B2B_PRAISE: T = {
    "pt": ["A equipa adora as sessoes da Levitara, o ambiente no escritorio mudou"],
    "de": [
        "Unser Team liebt die Levitara-Sessions, spürbar weniger Krankentage",
        "Top Firmenangebot, unkompliziert und wirkt",
    ],
    "en": ["Our team loves the Levitara sessions, noticeably calmer office"],
    "fr": ["L'equipe adore les seances Levitara, ambiance bien plus sereine"],
    "it": ["Il team adora le sessioni Levitara, ufficio piu sereno"],
    "es": ["Al equipo le encantan las sesiones de Levitara, se nota"],
}

# The topic_spike incident (see the README).
SPIKE: T = {
    "pt": [
        "A app diz que TODOS os horarios estao esgotados em todos os centros, erro SLX-946. Nao consigo marcar nada",
        "erro SLX-946 ao reservar, tudo 'esgotado' ate domingo?? @Levitara",
        "Alguem mais? Calendario todo esgotado e erro SLX-946",
    ],
    "de": [
        "Die App zeigt ALLE Termine in allen Zentren als ausgebucht, Fehler SLX-946. Buchen unmöglich",
        "Fehler SLX-946 beim Buchen, alles 'ausgebucht' bis Sonntag??",
        "Noch jemand? Kalender komplett ausgebucht, Fehler SLX-946",
    ],
    "en": [
        "App says EVERY slot at every centre is fully booked, error SLX-946. Can't book anything"
    ],
    "fr": ["L'appli affiche TOUS les creneaux complets dans tous les centres, erreur SLX-946"],
    "it": ["L'app dice che TUTTI gli orari sono esauriti in ogni centro, errore SLX-946"],
    "es": [
        "La app dice que TODOS los horarios estan completos en todos los centros, error SLX-946"
    ],
}

SPIKE_REPEAT: T = {
    "pt": ["Continua o SLX-946, agora tambem no site e no telemovel do meu marido"],
    "de": ["Immer noch SLX-946, jetzt auch auf der Website und am Handy meines Mannes"],
    "en": ["Still SLX-946, on the website too and on my husband's phone"],
    "fr": ["Toujours SLX-946, sur le site aussi et sur le telephone de mon mari"],
    "it": ["Ancora SLX-946, anche sul sito e sul telefono di mio marito"],
    "es": ["Sigue el SLX-946, tambien en la web y en el movil de mi marido"],
}

SPIKE_ANSWER: T = {
    "pt": [
        "Sim, neste momento o calendario mostra tudo esgotado em todos os centros, a equipa tecnica ja esta a tratar."
    ],
    "de": ["Ja, der Kalender zeigt gerade überall ausgebucht an, unsere Technik ist dran."],
    "en": [
        "Yes, the calendar is showing everything as fully booked everywhere right now, our engineers are on it."
    ],
    "fr": [
        "Oui, le calendrier affiche tout complet partout en ce moment, nos equipes sont dessus."
    ],
    "it": [
        "Si, il calendario mostra tutto esaurito ovunque in questo momento, i tecnici ci stanno lavorando."
    ],
    "es": [
        "Si, ahora mismo el calendario muestra todo completo en todos los centros, el equipo tecnico esta en ello."
    ],
}

SPIKE_FIXED: T = {
    "pt": [
        "As reservas voltaram a funcionar desde as {time}. Oferecemos 10 € de credito na sua conta."
    ],
    "de": [
        "Buchungen funktionieren seit {time} Uhr wieder. Wir haben Ihnen 10 € Guthaben gutgeschrieben."
    ],
    "en": ["Bookings work again since {time}. We've added £9 credit to your account."],
    "fr": ["Les reservations fonctionnent a nouveau depuis {time}. 10 € de credit ajoutes."],
    "it": [
        "Le prenotazioni funzionano di nuovo dalle {time}. Ti abbiamo aggiunto 10 € di credito."
    ],
    "es": ["Las reservas vuelven a funcionar desde las {time}. Te hemos anadido 10 € de credito."],
}

LONE_Q: T = {
    "pt": [
        "Ontem a noite a app mostrou o sabado cheio mas depois de atualizar apareceram horarios. Esta tudo bem?"
    ],
    "de": [
        "Gestern Abend war Samstag erst voll, nach dem Aktualisieren waren doch Termine frei. Passt das so?"
    ],
    "en": [
        "Last night Saturday looked full, then after refreshing there were slots. Is that normal?"
    ],
    "fr": [
        "Hier soir samedi semblait complet, puis apres actualisation il y avait des creneaux. Normal ?"
    ],
    "it": ["Ieri sera sabato sembrava pieno, poi aggiornando c'erano posti. E normale?"],
    "es": ["Anoche el sabado salia lleno y al actualizar aparecieron huecos. Es normal?"],
}

LONE_A: T = {
    "pt": ["Sim, e normal: a app guarda a vista antiga ate atualizar. A reserva esta feita."],
    "de": ["Ja, die App zeigt bis zum Aktualisieren die alte Ansicht. Alles in Ordnung."],
    "en": ["Yes, the app keeps the old view until you refresh. All fine."],
    "fr": ["Oui, l'appli garde l'ancienne vue jusqu'a l'actualisation. Tout va bien."],
    "it": ["Si, l'app mostra la vista vecchia finche non aggiorni. Tutto a posto."],
    "es": ["Si, la app guarda la vista antigua hasta actualizar. Todo bien."],
}

PRODUCTS: list[tuple[str, float]] = [
    ("Float 60 min", 58.0),
    ("Float 90 min", 74.0),
    ("Float pack x5", 245.0),
    ("Gift voucher float for two", 110.0),
    ("Levitara Plus monthly", 39.0),
]
B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Team pass 20 sessions", 980.0),
    ("Team pass 50 sessions", 2300.0),
    ("Wellbeing day 8 people", 520.0),
]
