"""Wording of heldout230 (Lezzora: music lessons at home and online). Standard library only.

Every table has every language; Italian and Spanish carry two or three variants.
Placeholders: {ref} case reference, {comp} competitor, {code} error code, {inst} instrument.
"""

# ruff: noqa: E501

LANGS = ("it", "es", "en", "fr", "de", "pt")
COMPETITORS = ("Notavia", "Corduro")
INSTRUMENTS = {
    "it": ("pianoforte", "chitarra", "violino", "batteria", "canto"),
    "es": ("piano", "guitarra", "violín", "batería", "canto"),
    "en": ("piano", "guitar", "violin", "drums", "singing"),
    "fr": ("piano", "guitare", "violon", "batterie", "chant"),
    "de": ("Klavier", "Gitarre", "Geige", "Schlagzeug", "Gesang"),
    "pt": ("piano", "guitarra", "violino", "bateria", "canto"),
}

T = dict[str, tuple[str, ...]]

PRAISE: T = {
    "it": (
        "La maestra di {inst} di Lezzora è una forza, mia figlia non vede l'ora del martedì",
        "Lezione di {inst} fantastica oggi, finalmente ho capito il ritmo 🎶",
        "Consiglio Lezzora a tutti, insegnante puntuale e paziente",
    ),
    "es": (
        "Clase de {inst} con Lezzora genial, mi hijo sale feliz cada jueves",
        "Qué bien explica el profe de {inst}, en un mes he avanzado muchísimo 🎸",
        "Lezzora funciona de maravilla, puntuales y muy majos",
    ),
    "en": ("Brilliant {inst} lesson with Lezzora tonight, my teacher is so patient",),
    "fr": ("Super cours de {inst} avec Lezzora, ma fille adore sa prof",),
    "de": ("Tolle {inst}stunde bei Lezzora heute, der Lehrer ist super geduldig",),
    "pt": ("Aula de {inst} espetacular com a Lezzora, o professor é impecável",),
}

AGAIN: T = {
    "it": (
        "Terza lezione di fila che la maestra arriva in anticipo, grazie Lezzora",
        "Ancora una volta una lezione splendida, ormai è il momento più bello della settimana",
    ),
    "es": (
        "Tercera vez este mes que la profe se queda diez minutos más sin cobrar, qué detalle",
        "Otra vez clase de diez, sigo encantada con Lezzora",
    ),
    "en": ("Third week running the lesson starts bang on time, still loving it",),
    "fr": ("Encore une fois un cours parfait, toujours ravie",),
    "de": ("Schon wieder eine richtig gute Stunde, immer noch begeistert",),
    "pt": ("Terceira vez seguida que a aula corre lindamente, continuo fã",),
}

GRIPE: T = {
    "it": (
        "Lezioni ottime, solo l'app mi manda il promemoria alle 7 di mattina. Per il resto tutto perfetto",
        "Maestro bravissimo, peccato che gli spartiti arrivino solo in PDF",
    ),
    "es": (
        "Todo genial, solo que el recordatorio llega a las 7 de la mañana. Por lo demás perfecto",
        "Profe estupenda, pero las partituras solo en PDF, un poco rollo",
    ),
    "en": ("Great lessons, only gripe is the sheet music only comes as a PDF",),
    "fr": ("Cours top, seul bémol : le rappel arrive à 7h du matin",),
    "de": ("Sehr gute Stunden, nur die Noten gibt es leider nur als PDF",),
    "pt": ("Aulas ótimas, só a app manda o lembrete às 7 da manhã",),
}

QUESTION: T = {
    "it": (
        "Ciao, posso spostare la lezione di giovedì alle 18?",
        "Buongiorno, con Lezzora Più le lezioni non usate passano al mese dopo?",
    ),
    "es": (
        "Hola, ¿puedo cambiar la clase del jueves a las 18?",
        "Buenas, ¿las clases no usadas de Lezzora Más pasan al mes siguiente?",
    ),
    "en": ("Hi, can I move Thursday's lesson to 6pm?",),
    "fr": ("Bonjour, je peux décaler le cours de jeudi à 18h ?",),
    "de": ("Hallo, kann ich die Stunde am Donnerstag auf 18 Uhr verschieben?",),
    "pt": ("Olá, posso mudar a aula de quinta para as 18h?",),
}

ANSWER: T = {
    "it": (
        "Certo! Ho spostato la lezione, trova la conferma nell'app. Buona musica, Chiara di Lezzora",
    ),
    "es": (
        "¡Claro! Ya está cambiada, tienes la confirmación en la app. Un saludo, Pablo de Lezzora",
    ),
    "en": ("Of course, done: the confirmation is in the app. Best, Tom at Lezzora",),
    "fr": (
        "Bien sûr, c'est fait, la confirmation est dans l'appli. Bonne journée, Léa de Lezzora",
    ),
    "de": ("Gerne, erledigt, die Bestätigung ist in der App. Viele Grüße, Jana von Lezzora",),
    "pt": ("Claro, já está, a confirmação está na app. Cumprimentos, Rita da Lezzora",),
}

THANKS: T = {
    "it": ("grazie mille, gentilissimi", "top grz"),
    "es": ("mil gracias, sois unos cracks", "genial grax"),
    "en": ("cheers, legends",),
    "fr": ("merci, au top",),
    "de": ("danke, mega",),
    "pt": ("obg, são uns queridos",),
}

NIGHT_POST: T = {
    "it": (
        "Le 2 di notte e sto ancora ripassando la scala di do, domani lezione con Lezzora",
        "Turno di notte finito, prenoto la lezione di {inst} di sabato",
    ),
    "es": (
        "Las 3 de la mañana y yo practicando acordes en silencio, mañana clase con Lezzora jaja",
        "Insomnio y vídeos de {inst}, el sábado clase, qué ganas",
    ),
    "en": ("2am and still practising scales for tomorrow's Lezzora lesson lol",),
    "fr": ("3h du mat et je révise mes gammes pour le cours Lezzora de demain",),
    "de": ("2 Uhr nachts und ich übe immer noch Tonleitern für die Stunde morgen",),
    "pt": ("3 da manhã e ainda a treinar escalas para a aula de amanhã",),
}

NIGHT_Q: T = {
    "it": ("Scusate l'ora, la lezione online di domani parte alle 9 ora italiana?",),
    "es": ("Perdón por la hora, ¿la clase online de mañana es a las 9 hora de aquí?",),
    "en": ("Sorry it's late, is tomorrow's online lesson at 9 UK time?",),
    "fr": ("Désolé pour l'heure, le cours en ligne de demain est bien à 9h ?",),
    "de": ("Sorry für die Uhrzeit, ist die Online-Stunde morgen um 9 Uhr?",),
    "pt": ("Desculpem a hora, a aula online de amanhã é às 9h?",),
}

NIGHT_A: T = {
    "it": ("Sì, alle 9 ora italiana, il link arriva un'ora prima. Buonanotte!",),
    "es": ("Sí, a las 9 hora local, el enlace llega una hora antes. ¡Buenas noches!",),
    "en": ("Yes, 9am UK time, the link arrives an hour before. Good night!",),
    "fr": ("Oui, 9h, le lien arrive une heure avant. Bonne nuit !",),
    "de": ("Ja, um 9 Uhr, der Link kommt eine Stunde vorher. Gute Nacht!",),
    "pt": ("Sim, às 9h, o link chega uma hora antes. Boa noite!",),
}

PROBLEMS = ("no_show", "double_charge", "wrong_price", "refund")

PROBLEM: dict[str, T] = {
    "no_show": {
        "it": (
            "La maestra di {inst} NON si è presentata, mio figlio ha aspettato un'ora e nessuno ha avvisato",
            "Lezione saltata senza una parola, l'insegnante non è mai arrivata e me la scalate pure",
        ),
        "es": (
            "El profe de {inst} NO ha venido, mi hija esperando una hora y nadie avisa",
            "Clase anulada sin avisar, el profesor no apareció y encima me la descontáis",
        ),
        "en": ("The {inst} teacher never turned up, my son waited an hour and nobody told us",),
        "fr": ("La prof de {inst} n'est JAMAIS venue, ma fille a attendu une heure",),
        "de": ("Der {inst}lehrer ist NICHT gekommen, mein Sohn hat eine Stunde gewartet",),
        "pt": ("O professor de {inst} NÃO apareceu, a minha filha esperou uma hora",),
    },
    "double_charge": {
        "it": (
            "Mi avete addebitato DUE volte il pacchetto di 10 lezioni, 290 euro in più sul conto",
            "Doppio addebito sulla carta per lo stesso mese, rimediate subito",
        ),
        "es": (
            "Me habéis cobrado DOS veces el bono de 10 clases, 290 euros de más",
            "Cargo duplicado en la tarjeta por el mismo mes, arregladlo ya",
        ),
        "en": ("You charged me TWICE for the 10-lesson pack, 250 pounds gone",),
        "fr": ("Vous m'avez débité DEUX fois le forfait de 10 cours",),
        "de": ("Sie haben das 10er-Paket ZWEIMAL abgebucht, 290 Euro zu viel",),
        "pt": ("Cobraram-me DUAS vezes o pacote de 10 aulas",),
    },
    "wrong_price": {
        "it": (
            "Sono socia Lezzora Più e mi avete fatto pagare la tariffa piena, 38 euro invece di 29",
            "Tariffa sbagliata di nuovo sul rinnovo, l'abbonamento Più non viene applicato",
        ),
        "es": (
            "Soy socia de Lezzora Más y me cobráis tarifa normal, 38 euros en vez de 29",
            "El precio de socio no se aplica, pago como si no tuviera la cuota",
        ),
        "en": ("I'm a Lezzora Plus member and got charged the full rate, 33 pounds not 25",),
        "fr": ("Je suis membre Lezzora Plus et on me facture le plein tarif",),
        "de": ("Ich bin Lezzora-Plus-Mitglied und zahle trotzdem den vollen Preis",),
        "pt": ("Sou sócia Lezzora Mais e cobraram a tarifa normal",),
    },
    "refund": {
        "it": (
            "Tre settimane che aspetto il rimborso delle lezioni annullate da voi, ancora niente",
            "Il rimborso promesso non è mai arrivato, 116 euro fermi",
        ),
        "es": (
            "TRES semanas esperando el reembolso de las clases que cancelasteis vosotros",
            "El reembolso prometido no llega, 116 euros parados",
        ),
        "en": ("THREE weeks waiting for the refund of lessons you cancelled",),
        "fr": ("TROIS semaines que j'attends le remboursement des cours annulés",),
        "de": ("DREI Wochen warte ich auf die Erstattung der abgesagten Stunden",),
        "pt": ("TRÊS semanas à espera do reembolso das aulas canceladas",),
    },
}

LETTER: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        (
            "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi perdonate la fretta. Siamo con voi da due anni e di solito va tutto bene.\n\n",
            "\n\nNon è possibile andare avanti così. Attendo una risposta entro domani.\n\nCordiali saluti",
        ),
        (
            "Buongiorno,\n\nscrivo tra un cliente e l'altro in negozio. Mia madre è appena uscita dall'ospedale e le lezioni di mio figlio erano l'unica cosa che filava liscia.\n\n",
            "\n\nVi chiedo di sistemare la cosa subito.\n\nSaluti",
        ),
    ),
    "es": (
        (
            "Estimados señores:\n\nles escribo desde el coche, esperando a que los mellizos salgan de natación. Llevamos dos años con ustedes.\n\n",
            "\n\nEsto no puede seguir así. Espero respuesta mañana.\n\nUn saludo",
        ),
        (
            "Hola:\n\nos escribo en un banco del parque mientras mi padre hace rehabilitación. Hasta ahora todo bien con Lezzora.\n\n",
            "\n\nPor favor, solucionadlo ya.\n\nGracias",
        ),
    ),
    "en": (
        (
            "Dear team,\n\nI'm writing from the car outside my daughter's swimming lesson. We've been with you two years.\n\n",
            "\n\nPlease sort this out.\n\nRegards",
        ),
    ),
    "fr": (
        (
            "Bonjour,\n\nje vous écris depuis la salle d'attente du dentiste. Nous sommes clients depuis deux ans.\n\n",
            "\n\nMerci de régler cela rapidement.\n\nCordialement",
        ),
    ),
    "de": (
        (
            "Sehr geehrte Damen und Herren,\n\nich schreibe aus dem Wartezimmer beim Tierarzt. Wir sind seit zwei Jahren Kunden.\n\n",
            "\n\nSo geht das nicht. Ich erwarte eine Antwort bis morgen.\n\nMit freundlichen Grüßen",
        ),
    ),
    "pt": (
        (
            "Boa tarde,\n\nescrevo da sala de espera do médico. Somos clientes há dois anos.\n\n",
            "\n\nPeço que resolvam isto.\n\nCumprimentos",
        ),
    ),
}

SUBJECT_COMPLAINT = {
    "it": "Reclamo",
    "es": "Reclamación",
    "en": "Complaint",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "pt": "Reclamação",
}
SUBJECT_CASE = {
    "it": "R: Segnalazione {ref}",
    "es": "RE: Incidencia {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Demande {ref}",
    "de": "AW: Vorgang {ref}",
    "pt": "RE: Pedido {ref}",
}

CASE_OPENED: T = {
    "it": (
        "Ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la ricontattiamo entro 24 ore. Chiara, Lezzora",
    ),
    "es": (
        "Lo sentimos mucho. Hemos abierto la incidencia {ref} y te contestamos en 24 horas. Pablo, Lezzora",
    ),
    "en": (
        "So sorry about this. We've opened case {ref} and will be back within 24 hours. Tom, Lezzora",
    ),
    "fr": (
        "Toutes nos excuses. Nous avons ouvert la demande {ref}, réponse sous 24 h. Léa, Lezzora",
    ),
    "de": (
        "Das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns binnen 24 Stunden. Jana, Lezzora",
    ),
    "pt": ("Lamentamos muito. Abrimos o pedido {ref} e respondemos em 24 horas. Rita, Lezzora",),
}

QUALITY_LEAD: T = {
    "it": (
        "La segnalazione {ref} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    ),
    "es": (
        "La incidencia {ref} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    ),
    "en": ("Case {ref} is now with our quality lead, who will call you before Friday lunchtime.",),
    "fr": (
        "La demande {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    ),
    "de": (
        "Der Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    ),
    "pt": (
        "O pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
    ),
}

GOOD_NEWS: T = {
    "it": (
        "Buone notizie sulla segnalazione {ref}: è tutto sistemato. Può confermarci che ora va bene?",
    ),
    "es": (
        "Buenas noticias sobre la incidencia {ref}: ya está resuelta. ¿Nos confirmas que todo está bien?",
    ),
    "en": ("Good news on case {ref}: it's sorted. Could you confirm all is well now?",),
    "fr": ("Bonne nouvelle pour la demande {ref} : c'est réglé. Pouvez-vous confirmer ?",),
    "de": ("Gute Nachricht zum Vorgang {ref}: erledigt. Können Sie bestätigen, dass alles passt?",),
    "pt": ("Boas notícias sobre o pedido {ref}: está resolvido. Pode confirmar?",),
}

CONFIRM: T = {
    "it": ("Confermo, {ref} risolta, grazie davvero", "tutto ok per la {ref}, grazie"),
    "es": ("Confirmo, la {ref} está resuelta, gracias", "todo bien con la {ref}, mil gracias"),
    "en": ("Confirmed, {ref} is sorted, thanks",),
    "fr": ("Je confirme, {ref} réglée, merci",),
    "de": ("Bestätigt, {ref} ist erledigt, danke",),
    "pt": ("Confirmo, o {ref} está resolvido, obrigada",),
}

APOLOGY: T = {
    "it": (
        "Scusate per il tono di ieri, ero davvero stanca. Grazie per la pazienza",
        "scusate lo sfogo di ieri, non ce l'avevo con voi",
    ),
    "es": (
        "Perdón por el tono de ayer, estaba agotada. Gracias por la paciencia",
        "siento lo de ayer, no iba con vosotros",
    ),
    "en": ("Sorry for my tone yesterday, long day. Thanks for your patience",),
    "fr": ("Désolée pour mon ton d'hier, journée difficile. Merci",),
    "de": ("Entschuldigung für gestern, war ein langer Tag. Danke für die Geduld",),
    "pt": ("Desculpem o tom de ontem, dia difícil. Obrigada",),
}

STILL_OPEN: T = {
    "it": (
        "Segnalazione {ref}: ancora niente, il problema è sempre lì",
        "scrivo di nuovo per la {ref}, ancora aperta e nessuno risponde",
    ),
    "es": (
        "Incidencia {ref}: sigue igual, nadie lo ha solucionado",
        "vuelvo a escribir por la {ref}, sigue abierta",
    ),
    "en": ("Case {ref}: still nothing, the problem is still there",),
    "fr": ("Demande {ref} : toujours rien, le problème est toujours là",),
    "de": ("Vorgang {ref}: immer noch nichts, das Problem besteht weiter",),
    "pt": ("Pedido {ref}: continua tudo igual, ninguém resolveu",),
}

THIRD: T = {
    "it": (
        "Terzo contatto per la {ref}. Una collega prende lezioni da {comp} e queste cose le risolvono in giornata",
    ),
    "es": ("Tercera vez por la {ref}. Una amiga va a {comp} y allí esto lo arreglan el mismo día",),
    "en": ("Third time about {ref}. A friend uses {comp} and they fix this the same day",),
    "fr": ("Troisième fois pour {ref}. J'ai regardé les tarifs de {comp}",),
    "de": ("Zum dritten Mal wegen {ref}. Ich habe mir schon die Preise von {comp} angesehen",),
    "pt": ("Terceira vez pelo {ref}. Uma amiga está na {comp} e lá resolvem no mesmo dia",),
}

FOURTH: T = {
    "it": ("QUARTA volta per la {ref}. Ancora aperta. Basta",),
    "es": ("CUARTA vez por la {ref}. Sigue abierta. YA ESTÁ BIEN",),
    "en": ("FOURTH time about {ref}. Still open",),
    "fr": ("QUATRIÈME fois pour {ref}. Toujours ouvert",),
    "de": ("VIERTES Mal wegen {ref}. Immer noch offen. JETZT REICHTS",),
    "pt": ("QUARTA vez pelo {ref}. Continua aberto",),
}

URGENT: T = {
    "it": ("Aggiunto alla segnalazione {ref} e segnato come urgente.",),
    "es": ("Añadido a la incidencia {ref} y marcado como urgente.",),
    "en": ("Added to case {ref} and marked urgent.",),
    "fr": ("Ajouté à la demande {ref}, marqué urgent.",),
    "de": ("Zum Vorgang {ref} hinzugefügt und als dringend markiert.",),
    "pt": ("Adicionado ao pedido {ref} e marcado como urgente.",),
}

SLIDE: dict[str, tuple[str, str, str, str, str, str]] = {
    "it": (
        "Lezione iniziata con 20 minuti di ritardo, senza avviso",
        "Il maestro nuovo non sapeva a che punto eravamo, lezione buttata",
        "Terza volta che cambiano insegnante senza dirci niente",
        "L'app mi ha scalato una lezione che non abbiamo fatto",
        "Adesso mi chiedete 15 euro di 'penale' per una lezione spostata con 3 giorni di anticipo. Vergognoso",
        "Mia cognata va da {comp}, ho già prenotato una prova lì per sabato",
    ),
    "es": (
        "Clase empezada con 20 minutos de retraso y sin avisar",
        "El profe nuevo no sabía por dónde íbamos, clase perdida",
        "Tercera vez que cambian de profesor sin decir nada",
        "La app me ha descontado una clase que no hicimos",
        "Ahora 15 euros de 'penalización' por mover una clase con 3 días de antelación. Vergonzoso",
        "Mi cuñada va a {comp}, ya he reservado una prueba allí el sábado",
    ),
    "en": (
        "Lesson started 20 minutes late, no warning",
        "New teacher had no idea where we were, wasted lesson",
        "Third time they've swapped teachers without telling us",
        "The app deducted a lesson we never had",
        "Now a 12 pound 'penalty' for moving a lesson 3 days ahead. Shameful",
        "My sister-in-law uses {comp}, I've booked a trial there for Saturday",
    ),
    "fr": (
        "Cours commencé avec 20 minutes de retard, sans prévenir",
        "Le nouveau prof ne savait pas où on en était",
        "Troisième changement de prof sans nous dire",
        "L'appli a décompté un cours qu'on n'a pas eu",
        "15 euros de 'pénalité' pour un cours déplacé 3 jours avant. Honteux",
        "Ma belle-sœur est chez {comp}, j'ai réservé un essai samedi",
    ),
    "de": (
        "Stunde fing 20 Minuten zu spät an, ohne Bescheid",
        "Der neue Lehrer wusste nicht, wo wir stehen",
        "Zum dritten Mal ein anderer Lehrer ohne Info",
        "Die App hat eine Stunde abgezogen, die nie stattfand",
        "Jetzt 15 Euro 'Strafgebühr' für eine 3 Tage vorher verschobene Stunde. Unverschämt",
        "Meine Schwägerin ist bei {comp}, ich habe dort eine Probestunde für Samstag gebucht",
    ),
    "pt": (
        "Aula começou 20 minutos atrasada, sem aviso",
        "O professor novo não sabia onde estávamos",
        "Terceira vez que mudam de professor sem dizer nada",
        "A app descontou uma aula que não tivemos",
        "Agora 15 euros de 'multa' por mudar uma aula com 3 dias de antecedência. Vergonha",
        "A minha cunhada está na {comp}, já marquei uma aula experimental no sábado",
    ),
}

SARCASM: T = {
    "it": (
        "Lezione online con il wifi del maestro che va e viene, bellissimo concerto a scatti 👏",
    ),
    "es": (
        "Clase a las 21:30, justo a la hora de dormir del niño, genial 👏",
        "Qué bien, el profe tocando con la guitarra desafinada 😂",
    ),
    "en": ("Love a 9:30pm lesson, perfect for a sleepy 7-year-old 👏",),
    "fr": ("Cours à 21h30, parfait pour un enfant de 7 ans 👏",),
    "de": ("Online-Stunde mit ruckelndem WLAN, tolles Konzert 👏",),
    "pt": ("Aula às 21h30, ótimo para uma criança de 7 anos 👏",),
}

CANCEL: T = {
    "it": (
        "Mia figlia ha deciso di smettere con il {inst}, vorrei disdire Lezzora Più e chiudere l'account",
    ),
    "es": (
        "Nos mudamos y mi hijo deja el {inst}, quiero darme de baja de Lezzora Más y cerrar la cuenta",
    ),
    "en": ("My son has given up {inst}, please cancel Lezzora Plus and close my account",),
    "fr": ("Ma fille arrête le {inst}, je souhaite résilier Lezzora Plus et fermer le compte",),
    "de": ("Mein Sohn hört mit {inst} auf, bitte Lezzora Plus kündigen und Konto schließen",),
    "pt": ("A minha filha vai deixar o {inst}, quero cancelar a Lezzora Mais e fechar a conta",),
}

SORRY_GO: T = {
    "it": ("Ci dispiace vederla andare. Può disdire da sola nell'app o sul sito.",),
    "es": ("Sentimos que te vayas. Puedes darte de baja en la app o en la web.",),
    "en": ("Sorry to see you go. You can cancel yourself in the app or on the website.",),
    "fr": ("Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site.",),
    "de": ("Schade, dass Sie gehen. Sie können selbst in der App oder online kündigen.",),
    "pt": ("Lamentamos a sua saída. Pode cancelar na app ou no site.",),
}

GRUMBLE: T = {
    "it": (
        "L'app mi fa riloggare ogni volta, che noia",
        "Il promemoria alle 7 di mattina anche la domenica...",
    ),
    "es": (
        "La app me pide la contraseña cada vez, qué pesadez",
        "El recordatorio a las 7 de la mañana también el domingo...",
    ),
    "en": ("App logs me out every single time, annoying",),
    "fr": ("L'appli me déconnecte à chaque fois, pénible",),
    "de": ("Die App meldet mich jedes Mal ab, nervig",),
    "pt": ("A app pede a password sempre, que chatice",),
}

MILD: T = {
    "it": ("Il calendario nell'app mostra gli orari in inglese, si può cambiare?",),
    "es": ("El calendario de la app sale en inglés, ¿se puede cambiar?",),
    "en": ("The calendar shows the wrong time zone for a minute, bit odd",),
    "fr": ("Le calendrier de l'appli est en anglais, on peut changer ?",),
    "de": ("Der Kalender in der App ist auf Englisch, kann man das ändern?",),
    "pt": ("O calendário da app aparece em inglês, dá para mudar?",),
}

MILD_A: T = {
    "it": ("Grazie della segnalazione, la passiamo al team dell'app.",),
    "es": ("Gracias por avisar, lo pasamos al equipo de la app.",),
    "en": ("Thanks for flagging, passed to the app team.",),
    "fr": ("Merci, transmis à l'équipe de l'appli.",),
    "de": ("Danke für den Hinweis, an das App-Team weitergegeben.",),
    "pt": ("Obrigado, passámos à equipa da app.",),
}

SURVEY_WORD: T = {
    "it": ("ottimo", "", "👍"),
    "es": ("genial", "", "👍"),
    "en": ("great",),
    "fr": ("top",),
    "de": ("super",),
    "pt": ("ótimo",),
}
LOW_WORD: T = {
    "it": ("pessimo", ""),
    "es": ("fatal", ""),
    "en": ("poor",),
    "fr": ("nul",),
    "de": ("schlecht",),
    "pt": ("mau",),
}

# Business arm: Lezzora Scuole (music lessons for schools and firms' choirs, on account).
B2B_PROBLEMS = ("invoice", "overbilled", "no_teacher")
B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "it": (
            "Le fatture del corso di coro portano ancora la vecchia ragione sociale e nessun numero d'ordine: l'amministrazione le respinge",
        ),
        "es": (
            "Las facturas del taller de coro llevan el nombre antiguo de la empresa y sin número de pedido: contabilidad las rechaza",
        ),
        "en": (
            "Your invoices for the choir course still carry our old company name and no PO number: accounts reject them",
        ),
        "fr": (
            "Vos factures portent encore l'ancienne raison sociale et aucun numéro de commande",
        ),
        "de": ("Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",),
        "pt": ("As faturas ainda têm o nome antigo da empresa e nenhum número de encomenda",),
    },
    "overbilled": {
        "it": (
            "Ci fatturate la tariffa a lezione singola invece del contratto trimestrale, più di 600 € di differenza",
        ),
        "es": (
            "Nos facturáis tarifa por clase suelta en vez del contrato trimestral, más de 600 € de diferencia",
        ),
        "en": (
            "You bill us per single lesson instead of the termly contract, over £500 difference",
        ),
        "fr": ("Vous facturez au cours à l'unité au lieu du contrat trimestriel",),
        "de": ("Sie rechnen Einzelstunden statt des Quartalsvertrags ab, über 600 € Differenz",),
        "pt": ("Estão a faturar aula avulsa em vez do contrato trimestral",),
    },
    "no_teacher": {
        "it": (
            "Per la seconda settimana nessun insegnante si è presentato a scuola per il laboratorio di percussioni",
        ),
        "es": ("Segunda semana sin que venga el profesor al colegio para el taller de percusión",),
        "en": (
            "Second week running no teacher has turned up at school for the percussion workshop",
        ),
        "fr": ("Deuxième semaine sans professeur à l'école pour l'atelier percussions",),
        "de": ("Die zweite Woche kommt kein Lehrer zum Percussion-Workshop in die Schule",),
        "pt": ("Segunda semana sem professor na escola para a oficina de percussão",),
    },
}
B2B_FOLLOW: T = {
    "it": ("Scrivo anch'io per la {ref}, come {name} ieri: il problema non è risolto.",),
    "es": ("Escribo yo también por la {ref}, como {name} ayer: sigue sin resolver.",),
    "en": ("Writing too about {ref}, as {name} did yesterday: still not fixed.",),
    "fr": ("J'écris aussi pour {ref}, comme {name} hier : toujours pas réglé.",),
    "de": ("Ich schreibe auch wegen {ref}, wie {name} gestern: immer noch nicht gelöst.",),
    "pt": ("Escrevo também pelo {ref}, como a {name} ontem: continua por resolver.",),
}
B2B_LAST: T = {
    "it": (
        "Ancora niente sulla {ref} e diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}",
    ),
    "es": (
        "Nada todavía con la {ref} y varios compañeros os han escrito. Compras ya ha pedido precios a {comp}",
    ),
    "en": (
        "Still nothing on {ref} and several colleagues wrote. Procurement has asked {comp} for their rates",
    ),
    "fr": (
        "Toujours rien sur {ref}, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}",
    ),
    "de": (
        "Immer noch nichts zu {ref}, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} nach Preisen gefragt",
    ),
    "pt": (
        "Nada ainda sobre o {ref} e vários colegas escreveram. As compras já pediram preços à {comp}",
    ),
}
B2B_SUGGEST: T = {
    "it": ("Sarebbe utile esportare le ore di lezione per centro di costo",),
    "es": ("Sería útil exportar las horas de clase por centro de coste",),
    "en": ("It would help to export lesson hours by cost centre",),
    "fr": ("Ce serait utile d'exporter les heures par centre de coût",),
    "de": ("Ein Export der Stunden nach Kostenstelle wäre hilfreich",),
    "pt": ("Seria útil exportar as horas por centro de custo",),
}
B2B_Q: T = {
    "it": ("Buongiorno, possiamo aggiungere due coristi al corso di giovedì?",),
    "es": ("Buenos días, ¿podemos añadir dos personas al coro del jueves?",),
    "en": ("Morning, can we add two singers to Thursday's choir session?",),
    "fr": ("Bonjour, peut-on ajouter deux choristes jeudi ?",),
    "de": ("Guten Morgen, können wir zwei Sänger für Donnerstag nachmelden?",),
    "pt": ("Bom dia, podemos juntar dois coralistas na quinta?",),
}

# The planted incident (topic_spike only).
SPIKE_CODE = "LZR-733"
SPIKE: T = {
    "it": (
        "La videolezione si chiude da sola dopo 2 minuti, errore {code}, mio figlio è lì col violino in mano",
        "Lezione online impossibile, la stanza ci butta fuori continuamente",
        "ma cosa succede? lezione interrotta dopo due minuti, codice {code}",
    ),
    "es": (
        "La clase online se corta a los 2 minutos, error {code}, no hay manera",
        "La videoclase nos echa una y otra vez, imposible dar la clase",
        "qué pasa con la app?? se cierra la sala de clase cada dos minutos",
    ),
    "en": (
        "Online lesson keeps dropping after 2 minutes, error {code}",
        "the lesson room kicks us out every couple of minutes??",
    ),
    "fr": ("Le cours en ligne coupe au bout de 2 minutes, erreur {code}",),
    "de": ("Die Online-Stunde bricht nach 2 Minuten ab, Fehler {code}",),
    "pt": ("A aula online cai ao fim de 2 minutos, erro {code}",),
}
SPIKE_AGAIN: T = {
    "it": (
        "Ancora {code}, provato anche dal tablet di mio marito, niente",
        "sempre la stessa cosa, ci butta fuori anche dal pc",
    ),
    "es": (
        "Sigue el {code}, probado desde el móvil de mi mujer y nada",
        "sigue igual, nos echa también desde el ordenador",
    ),
    "en": ("Still {code}, tried my partner's laptop too",),
    "fr": ("Toujours {code}, même sur l'ordinateur",),
    "de": ("Immer noch {code}, auch am Laptop",),
    "pt": ("Continua o {code}, também no portátil",),
}
SPIKE_CHAT_A: T = {
    "it": (
        "Sì, le lezioni online si interrompono per tutti in questo momento, i tecnici ci stanno lavorando.",
    ),
    "es": ("Sí, las clases online se cortan a todos ahora mismo, el equipo técnico está en ello.",),
    "en": ("Yes, online lessons are dropping for everyone right now, our engineers are on it.",),
    "fr": ("Oui, les cours en ligne coupent pour tout le monde, nos techniciens s'en occupent.",),
    "de": ("Ja, Online-Stunden brechen gerade bei allen ab, unsere Technik ist dran.",),
    "pt": ("Sim, as aulas online estão a cair para todos, a equipa técnica está a tratar.",),
}
SPIKE_FIXED: T = {
    "it": (
        "Le lezioni online funzionano di nuovo. La lezione di oggi è recuperata gratis e le abbiamo accreditato 10 €.",
    ),
    "es": (
        "Las clases online vuelven a funcionar. La clase de hoy se recupera gratis y te hemos abonado 10 €.",
    ),
    "en": ("Online lessons work again. Today's lesson is rebooked free and £9 credit added.",),
    "fr": ("Les cours en ligne remarchent. Le cours d'aujourd'hui est offert, 10 € crédités.",),
    "de": (
        "Online-Stunden laufen wieder. Die heutige Stunde wird gratis nachgeholt, 10 € gutgeschrieben.",
    ),
    "pt": (
        "As aulas online voltaram a funcionar. A aula de hoje é reposta grátis e creditámos 10 €.",
    ),
}
LONE_Q: T = {
    "it": (
        "Ieri sera la videolezione aveva l'audio un po' in ritardo, poi si è sistemato. Domani va bene?",
    ),
    "es": (
        "Anoche el audio de la videoclase iba un poco retrasado y luego bien. ¿Mañana irá bien?",
    ),
    "en": ("Last night the lesson audio lagged a bit then settled, will tomorrow be fine?",),
    "fr": ("Hier soir le son du cours avait un léger décalage puis c'est passé, demain ça ira ?",),
    "de": ("Gestern Abend hatte der Ton etwas Verzögerung, dann ging es. Klappt es morgen?",),
    "pt": ("Ontem o som da aula atrasou um pouco e depois ficou bem. Amanhã vai correr bem?",),
}
LONE_A: T = {
    "it": ("Era la rete di casa, domani andrà benissimo.",),
    "es": ("Era la conexión de casa, mañana irá perfecto.",),
    "en": ("That was your home connection, tomorrow will be fine.",),
    "fr": ("C'était votre connexion, demain ça ira.",),
    "de": ("Das war Ihre Verbindung, morgen klappt es.",),
    "pt": ("Era a ligação de casa, amanhã vai correr bem.",),
}
