# ruff: noqa: E501
"""Wording tables of heldout245 (Cogniva, tutoring for schoolchildren; Cogniva Campus).

Every table maps a language to its variants; placeholders: {case}, {comp}, {code}, {time}.
"""

from __future__ import annotations

LANGS = ("en", "fr", "de", "it", "pt", "es")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT",),
    "pt": ("PT",),
    "es": ("ES",),
}
FIRST = {
    "en": (
        "Oliver",
        "Hannah",
        "Ciaran",
        "Priya",
        "Megan",
        "Tom",
        "Aoife",
        "Rhys",
        "Zara",
        "Callum",
    ),
    "fr": (
        "Camille",
        "Julien",
        "Nadia",
        "Mathieu",
        "Elodie",
        "Karim",
        "Sophie",
        "Bastien",
        "Ines",
        "Lucie",
    ),
    "de": ("Jonas", "Miriam", "Tobias", "Sabine", "Felix", "Katrin", "Lukas", "Anja"),
    "it": ("Giulia", "Matteo", "Chiara", "Davide", "Sara", "Lorenzo", "Elena", "Paolo"),
    "pt": ("Joana", "Tiago", "Rita", "Bruno", "Ines", "Rui", "Marta", "Pedro"),
    "es": ("Lucia", "Javier", "Marta", "Alvaro", "Nuria", "Sergio", "Carmen", "Pablo"),
}
LAST = {
    "en": ("Walsh", "Patel", "Hughes", "Byrne", "Clarke", "Evans", "Doyle", "Khan", "Reid", "Moss"),
    "fr": (
        "Lefevre",
        "Moreau",
        "Benali",
        "Girard",
        "Roux",
        "Fontaine",
        "Lambert",
        "Chevalier",
        "Perrin",
        "Marchand",
    ),
    "de": ("Vogel", "Kruger", "Hartmann", "Seidel", "Brandl", "Lorenz", "Winter", "Huber"),
    "it": ("Ferri", "Colombo", "Greco", "Marini", "Rinaldi", "Gallo", "Conti", "Testa"),
    "pt": ("Sousa", "Carvalho", "Pinto", "Ramos", "Lopes", "Teixeira", "Moreira", "Nunes"),
    "es": ("Navarro", "Ortega", "Molina", "Castro", "Iglesias", "Serrano", "Vidal", "Pascual"),
}
PRODUCT = (
    "Maths, 5 x 1 h / Mathematiques 5 x 1 h",
    "Exam prep, 10 h / Preparation examen 10 h",
    "Reading coach, 4 x 45 min / Lecture 4 x 45 min",
    "Physics, 3 x 1 h / Physique 3 x 1 h",
)

PRAISE = {
    "en": (
        "Our tutor Mr Okafor got my son through quadratic equations without a single tear. Best money we spend all month",
        "third term with Cogniva and my daughter actually asks for her session now?? who is this child",
        "Big thanks to the Cogniva tutor who came on a snowy Tuesday. Essay grade went from a C to a B+",
        "honestly the only after-school thing that has stuck in our house. reading coach is lovely",
    ),
    "fr": (
        "Merci Cogniva ! Ma fille a eu 15 en maths au controle, la prof particuliere est une perle",
        "3e trimestre avec Cogniva et toujours aussi contente, mon fils ne rale plus pour les devoirs",
        "Super seance de physique hier soir, tout est enfin clair pour le bac. Bravo a Theo le tuteur",
        "franchement top, le coach lecture a redonne confiance a mon petit. merci merci",
    ),
    "de": (
        "Dank Cogniva hat unser Sohn die Mathe-Schulaufgabe mit einer 2 geschafft. Frau Albers ist großartig",
        "schon wieder eine super Stunde, Nachhilfe war noch nie so entspannt bei uns",
    ),
    "it": (
        "Grazie Cogniva, mia figlia ha preso 8 nella verifica di latino. Il tutor e bravissimo",
        "ennesima lezione ottima, finalmente i compiti di matematica non sono un dramma",
    ),
    "pt": (
        "Obrigada Cogniva! O meu filho passou a matematica com 4, o explicador foi incansavel",
        "mais uma sessao excelente, a minha filha ja gosta de ler em voz alta",
    ),
    "es": (
        "Gracias Cogniva, mi hijo ha sacado un 7 en mates y la profe particular es un sol",
        "tercer trimestre con vosotros y encantados, ya no hay peleas con los deberes",
    ),
}
PRAISE_GRIPE = {
    "en": (
        "Really happy with the tutoring, only wish the app let me pick a later slot than 7pm. Otherwise spot on",
    ),
    "fr": (
        "Tres contents du soutien scolaire, juste l'appli qui deconnecte souvent. Sinon nickel",
    ),
    "de": (
        "Sehr gute Nachhilfe, nur die Rechnung kommt als PDF ohne Namen des Kindes. Sonst alles prima",
    ),
    "it": (
        "Molto soddisfatti, solo che l'app non mostra lo storico delle lezioni. Per il resto ottimo",
    ),
    "pt": (
        "Muito bom, so falta poder escolher o mesmo explicador sempre pela app. De resto impecavel",
    ),
    "es": (
        "Muy contentos, solo que los recordatorios llegan a las 6 de la mañana jaja. Por lo demas genial",
    ),
}
QUESTION = {
    "en": (
        "Hi, can I move Thursday's maths session to Friday same time?",
        "do unused Plus hours roll over to next month or do I lose them",
        "Is there a tutor who does GCSE chemistry on Saturday mornings?",
    ),
    "fr": (
        "Bonjour, est-ce que je peux decaler la seance de jeudi a vendredi meme heure ?",
        "les heures Plus non utilisees sont reportees le mois suivant ou pas",
        "Vous avez un tuteur pour l'anglais niveau 3e le mercredi aprem ?",
    ),
    "de": ("Hallo, kann ich die Donnerstagsstunde auf Freitag verschieben?",),
    "it": ("Ciao, posso spostare la lezione di giovedi a venerdi stessa ora?",),
    "pt": ("Ola, posso mudar a sessao de quinta para sexta a mesma hora?",),
    "es": ("Hola, ¿puedo cambiar la clase del jueves al viernes a la misma hora?",),
}
ANSWER = {
    "en": (
        "Hi! Done, it's now on Friday at the same time. Anything else I can help with?",
        "Good question: yes, up to 4 unused Plus hours roll over to the next month.",
    ),
    "fr": (
        "Bonjour ! C'est fait, la seance est deplacee a vendredi meme heure.",
        "Oui, jusqu'a 4 heures Plus non utilisees sont reportees au mois suivant.",
    ),
    "de": ("Hallo! Erledigt, die Stunde ist jetzt am Freitag zur gleichen Zeit.",),
    "it": ("Ciao! Fatto, la lezione ora e venerdi alla stessa ora.",),
    "pt": ("Ola! Feito, a sessao passou para sexta a mesma hora.",),
    "es": ("¡Hola! Hecho, la clase queda el viernes a la misma hora.",),
}
THANKS = {
    "en": ("perfect, thank you!", "brill cheers"),
    "fr": ("Parfait merci beaucoup", "super merci !!"),
    "de": ("Super, danke!",),
    "it": ("Perfetto grazie mille",),
    "pt": ("Perfeito, obrigada!",),
    "es": ("Genial, gracias!",),
}
REVIEW = {
    "en": ("Reliable tutors, easy booking, fair price with Plus. Five stars.",),
    "fr": ("Tuteurs serieux, reservation simple, prix correct avec Plus.",),
    "de": ("Zuverlässige Nachhilfe, einfache Buchung, fairer Preis mit Plus.",),
    "it": ("Tutor affidabili, prenotazione semplice, prezzo giusto con Plus.",),
    "pt": ("Explicadores fiaveis, marcacao facil, preco justo com Plus.",),
    "es": ("Profes fiables, reserva facil, buen precio con Plus.",),
}
SURVEY_WORD = {
    "en": ("great", "", "spot on"),
    "fr": ("top", "", "tres bien"),
    "de": ("prima", ""),
    "it": ("ottimo", ""),
    "pt": ("otimo", ""),
    "es": ("genial", ""),
}

# The four consumer problems: tutor no-show, bundle charged twice, Plus member charged the
# full rate, unused hours not refunded after the course was ended.
PROBLEMS = ("no_show", "double_charge", "wrong_price", "refund")
PROBLEM = {
    "no_show": {
        "en": (
            "The tutor never turned up for my son's 5pm maths session. He sat at the kitchen table for an hour with his books out. The app says the session was DELIVERED. This is not ok",
        ),
        "fr": (
            "Le tuteur n'est jamais venu pour la seance de 17h. Ma fille a attendu une heure avec ses cahiers et l'appli marque la seance comme EFFECTUEE. Inadmissible",
        ),
        "de": (
            "Der Nachhilfelehrer ist nicht gekommen, mein Sohn hat eine Stunde gewartet und die App sagt die Stunde sei GEHALTEN worden. Unmöglich",
        ),
        "it": (
            "Il tutor non si e presentato alle 17, mia figlia ha aspettato un'ora e l'app dice che la lezione e stata SVOLTA. Inaccettabile",
        ),
        "pt": (
            "O explicador nao apareceu as 17h, o meu filho esperou uma hora e a app diz que a sessao foi DADA. Inaceitavel",
        ),
        "es": (
            "El profe no vino a la clase de las 17h, mi hija esperando una hora y la app dice que la clase se HIZO. Vergonzoso",
        ),
    },
    "double_charge": {
        "en": (
            "You've charged my card TWICE for the 10 hour exam pack, 240 pounds gone twice in the week before payday. Refund the second one please",
        ),
        "fr": (
            "Vous m'avez debite DEUX fois le pack de 10 heures, 280 euros en double juste avant la fin du mois. Remboursez le deuxieme svp",
        ),
        "de": (
            "Sie haben das 10-Stunden-Paket ZWEIMAL abgebucht, 280 Euro doppelt. Bitte sofort zurückbuchen",
        ),
        "it": (
            "Mi avete addebitato DUE volte il pacchetto da 10 ore, 280 euro in piu. Rimborsate subito",
        ),
        "pt": ("Cobraram DUAS vezes o pacote de 10 horas, 280 euros a mais. Quero o reembolso ja",),
        "es": (
            "Me habeis cobrado DOS veces el bono de 10 horas, 280 euros de mas. Devolvedme el segundo ya",
        ),
    },
    "wrong_price": {
        "en": (
            "I'm a Plus member and was charged the full non-member rate for three sessions this month. What am I paying Plus for exactly",
        ),
        "fr": (
            "Je suis abonnee Plus et on m'a facture le tarif normal pour trois seances ce mois-ci. A quoi sert Plus alors ?",
        ),
        "de": (
            "Ich bin Plus-Mitglied und mir wurde für drei Stunden der normale Preis berechnet. Wofür zahle ich Plus eigentlich",
        ),
        "it": (
            "Sono socia Plus e mi avete fatto pagare la tariffa piena per tre lezioni. A cosa serve Plus?",
        ),
        "pt": ("Sou membro Plus e cobraram o preco normal em tres sessoes. Para que pago o Plus?",),
        "es": (
            "Soy socia Plus y me habeis cobrado la tarifa normal en tres clases. ¿Para que pago el Plus?",
        ),
    },
    "refund": {
        "en": (
            "We ended the physics course in March and was promised a refund for the 6 unused hours. Three weeks later still nothing on my card",
        ),
        "fr": (
            "On a arrete les cours de physique et on m'a promis le remboursement des 6 heures non utilisees. Trois semaines et toujours rien",
        ),
        "de": (
            "Wir haben den Physikkurs beendet, die Erstattung für 6 ungenutzte Stunden wurde versprochen. Nach drei Wochen immer noch nichts",
        ),
        "it": (
            "Abbiamo chiuso il corso di fisica e mi avevate promesso il rimborso delle 6 ore non usate. Dopo tre settimane niente",
        ),
        "pt": (
            "Terminamos o curso de fisica e prometeram devolver as 6 horas nao usadas. Tres semanas e nada",
        ),
        "es": (
            "Dejamos el curso de fisica y me prometisteis devolver las 6 horas sin usar. Tres semanas y nada",
        ),
    },
}
LONG_EMAIL = {
    "en": (
        "Dear Cogniva team,\n\nI'm writing this from the hospital car park while my mum has her check-up, so forgive the typos. We've been with you since September and I've recommended you to half the school gate. But last week {problem_lc}. I've been a patient customer and I'd like this sorted before the mock exams.\n\nKind regards",
    ),
    "fr": (
        "Bonjour,\n\nJe vous ecris depuis le quai de la gare entre deux trains, desolee pour le style. Nous sommes clients depuis la rentree et je vous ai recommandes a toutes les mamans de la classe. Mais voila : {problem_lc}. J'aimerais une solution avant les conseils de classe.\n\nCordialement",
    ),
    "de": (
        "Sehr geehrtes Cogniva-Team,\n\nich schreibe aus dem Wartezimmer beim Kinderarzt. Wir sind seit Herbst Kunden und eigentlich sehr zufrieden gewesen. Aber: {problem_lc}. Ich bitte um eine Lösung vor den Zeugnissen.\n\nMit freundlichen Grüßen",
    ),
    "it": (
        "Gentile Cogniva,\n\nvi scrivo dalla sala d'attesa del dentista. Siamo clienti da settembre e vi ho consigliati a tante mamme. Pero: {problem_lc}. Vorrei una soluzione prima delle pagelle.\n\nCordiali saluti",
    ),
    "pt": (
        "Caros senhores,\n\nescrevo da fila das financas. Somos clientes desde setembro e recomendei-vos a muita gente. Mas: {problem_lc}. Gostava de ver isto resolvido antes das notas.\n\nCumprimentos",
    ),
    "es": (
        "Hola,\n\nos escribo desde la sala de espera del pediatra. Somos clientes desde septiembre y os he recomendado a medio cole. Pero: {problem_lc}. Quiero una solucion antes de las notas.\n\nUn saludo",
    ),
}
SUBJECT_COMPLAINT = {
    "en": "Complaint",
    "fr": "Reclamation",
    "de": "Beschwerde",
    "it": "Reclamo",
    "pt": "Reclamacao",
    "es": "Reclamacion",
}
SUBJECT_RE = {
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
    "es": "RE: Incidencia {case}",
}
CASE_OPENED = {
    "en": ("Hello, sorry about this. We've opened case {case} and a coordinator is on it today.",),
    "fr": (
        "Bonjour, toutes nos excuses. Nous avons ouvert le dossier {case}, une coordinatrice s'en occupe aujourd'hui.",
    ),
    "de": (
        "Hallo, das tut uns leid. Wir haben den Vorgang {case} eröffnet und kümmern uns heute darum.",
    ),
    "it": ("Buongiorno, ci scusiamo. Abbiamo aperto la pratica {case} e ce ne occupiamo oggi.",),
    "pt": ("Ola, pedimos desculpa. Abrimos o processo {case} e estamos a tratar hoje.",),
    "es": ("Hola, lo sentimos. Hemos abierto la incidencia {case} y la revisamos hoy.",),
}
GOOD_NEWS = {
    "en": (
        "Good news on case {case}: it's sorted on our side. Could you confirm all looks right now?",
    ),
    "fr": (
        "Bonne nouvelle pour le dossier {case} : c'est regle chez nous. Pouvez-vous confirmer ?",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}: bei uns ist es erledigt. Können Sie das bestätigen?",
    ),
    "it": ("Buone notizie sulla pratica {case}: risolto da parte nostra. Puo confermare?",),
    "pt": ("Boas noticias sobre o processo {case}: esta resolvido. Pode confirmar?",),
    "es": (
        "Buenas noticias sobre la incidencia {case}: resuelto por nuestra parte. ¿Nos lo confirmas?",
    ),
}
CONFIRM = {
    "en": ("Yes all fine now on {case}, thanks for sorting it",),
    "fr": ("Oui c'est bon pour {case}, merci",),
    "de": ("Ja, {case} ist jetzt in Ordnung, danke",),
    "it": ("Si, {case} ora e tutto a posto, grazie",),
    "pt": ("Sim, {case} esta resolvido, obrigada",),
    "es": ("Si, {case} ya esta bien, gracias",),
}
APOLOGY = {
    "en": ("Sorry for yesterday's tone, long day. Thanks for the quick reply",),
    "fr": ("Desolee pour mon message d'hier, journee difficile. Merci pour la reponse rapide",),
    "de": ("Entschuldigung für gestern, war ein langer Tag. Danke für die schnelle Antwort",),
    "it": ("Scusate per ieri, giornata pesante. Grazie della risposta",),
    "pt": ("Desculpem o tom de ontem, dia dificil. Obrigada pela resposta",),
    "es": ("Perdon por lo de ayer, dia horrible. Gracias por responder tan rapido",),
}
STILL_OPEN = {
    "en": (
        "Case {case} is still open and nothing has changed. Can someone actually look at it",
        "chasing {case} again, still not fixed",
    ),
    "fr": (
        "Le dossier {case} est toujours ouvert et rien n'a bouge. Quelqu'un peut regarder ?",
        "je relance pour {case}, toujours pas regle",
    ),
    "de": ("Vorgang {case} ist immer noch offen, nichts ist passiert",),
    "it": ("La pratica {case} e ancora aperta, non e cambiato niente",),
    "pt": ("O processo {case} continua aberto, nada mudou",),
    "es": ("La incidencia {case} sigue abierta y nada ha cambiado",),
}
THIRD = {
    "en": (
        "Third time about {case}. A friend uses {comp} and they sort this kind of thing the same day",
    ),
    "fr": (
        "Troisieme fois pour {case}. Une amie est chez {comp} et eux reglent ca dans la journee",
    ),
    "de": (
        "Zum dritten Mal wegen {case}. Eine Bekannte ist bei {comp}, die lösen das am selben Tag",
    ),
    "it": ("Terza volta per {case}. Un'amica usa {comp} e risolvono in giornata",),
    "pt": ("Terceira vez sobre {case}. Uma amiga usa a {comp} e resolvem no mesmo dia",),
    "es": ("Tercera vez por {case}. Una amiga esta con {comp} y lo arreglan en el dia",),
}
FOURTH = {
    "en": ("FOURTH time. {case}. Still open. Unbelievable",),
    "fr": ("QUATRIEME fois. {case}. Toujours ouvert. Incroyable",),
    "de": ("Zum VIERTEN Mal. {case}. Immer noch offen",),
    "it": ("QUARTA volta. {case}. Ancora aperta",),
    "pt": ("QUARTA vez. {case}. Continua aberto",),
    "es": ("CUARTA vez. {case}. Sigue abierta. Increible",),
}
QUALITY_LEAD = {
    "en": ("Your case {case} is now with our quality lead, who will call you before Friday.",),
    "fr": (
        "Votre dossier {case} est transmis a notre responsable qualite, qui vous appellera avant vendredi.",
    ),
    "de": (
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft.",
    ),
    "it": (
        "La pratica {case} e ora alla nostra responsabile qualita, che la chiamera entro venerdi.",
    ),
    "pt": (
        "O processo {case} esta com a nossa responsavel de qualidade, que liga antes de sexta.",
    ),
    "es": (
        "Tu incidencia {case} la lleva ahora nuestra responsable de calidad, te llamara antes del viernes.",
    ),
}
SLIDE = {
    "en": (
        "Tutor was 20 minutes late today, no message. Not like you",
        "Second session running where the tutor hadn't looked at the homework we sent",
        "Booking a slot now takes four tries in the app. getting tired of it",
        "New tutor every week, my son has to explain everything from scratch each time",
        "Charged a 'materials fee' of 15 pounds nobody mentioned. seriously?",
        "A mum at school uses {comp}, we've booked a trial session there for Saturday",
    ),
    "fr": (
        "Le tuteur avait 20 minutes de retard aujourd'hui, sans prevenir. Ca ne vous ressemble pas",
        "Deuxieme seance ou le tuteur n'a pas regarde les devoirs envoyes",
        "Reserver un creneau prend quatre essais dans l'appli, ca devient penible",
        "Un nouveau tuteur chaque semaine, ma fille doit tout reexpliquer",
        "Des 'frais de materiel' de 15 euros sortis de nulle part. Serieusement ?",
        "Une maman de l'ecole est chez {comp}, on a pris un cours d'essai samedi la-bas",
    ),
    "de": (
        "Nachhilfelehrer heute 20 Minuten zu spät, ohne Nachricht",
        "Schon die zweite Stunde, in der die Hausaufgaben nicht angeschaut wurden",
        "Einen Termin buchen dauert jetzt vier Versuche in der App",
        "Jede Woche ein neuer Lehrer, mein Sohn erklärt alles von vorn",
        "15 Euro 'Materialgebühr' aus dem Nichts. Ernsthaft?",
        "Eine Mutter aus der Klasse ist bei {comp}, wir haben dort für Samstag eine Probestunde",
    ),
    "it": (
        "Il tutor oggi 20 minuti in ritardo, senza avvisare",
        "Seconda lezione in cui i compiti inviati non sono stati guardati",
        "Prenotare ora richiede quattro tentativi nell'app",
        "Ogni settimana un tutor nuovo, mia figlia rispiega tutto",
        "15 euro di 'spese materiale' mai annunciate. Davvero?",
        "Una mamma della classe usa {comp}, abbiamo prenotato una prova sabato",
    ),
    "pt": (
        "O explicador chegou 20 minutos atrasado hoje, sem avisar",
        "Segunda sessao em que nao viram os trabalhos de casa enviados",
        "Marcar uma sessao agora leva quatro tentativas na app",
        "Um explicador novo cada semana, o meu filho explica tudo outra vez",
        "15 euros de 'taxa de material' do nada. A serio?",
        "Uma mae da escola usa a {comp}, marcamos uma aula experimental no sabado",
    ),
    "es": (
        "El profe hoy 20 minutos tarde, sin avisar",
        "Segunda clase en la que no miran los deberes que mandamos",
        "Reservar ahora cuesta cuatro intentos en la app",
        "Cada semana un profe nuevo, mi hija lo explica todo otra vez",
        "15 euros de 'gastos de material' sin avisar. ¿En serio?",
        "Una madre del cole esta con {comp}, hemos reservado una clase de prueba el sabado",
    ),
}
CANCEL = {
    "en": (
        "Please cancel my Cogniva Plus membership and close the account. My daughter finished her exams and we won't need tutoring any more",
    ),
    "fr": (
        "Merci de resilier mon abonnement Cogniva Plus et de fermer le compte. Mon fils a eu son bac, on n'en a plus besoin",
    ),
    "de": (
        "Bitte kündigen Sie mein Cogniva Plus und schließen Sie das Konto, die Prüfungen sind vorbei",
    ),
    "it": (
        "Vi chiedo di disdire Cogniva Plus e chiudere l'account, mia figlia ha finito gli esami",
    ),
    "pt": ("Quero cancelar o Cogniva Plus e fechar a conta, o meu filho ja acabou os exames",),
    "es": (
        "Quiero darme de baja de Cogniva Plus y cerrar la cuenta, mi hijo ya termino la selectividad",
    ),
}
GOODBYE = {
    "en": (
        "Sorry to see you go. Your Plus membership is cancelled and the account will close at the end of the month.",
    ),
    "fr": (
        "Dommage de vous voir partir. Votre abonnement Plus est resilie, le compte sera ferme en fin de mois.",
    ),
    "de": (
        "Schade, dass Sie gehen. Ihr Plus ist gekündigt, das Konto wird zum Monatsende geschlossen.",
    ),
    "it": ("Ci dispiace vederla andare. Plus e disdetto, l'account sara chiuso a fine mese.",),
    "pt": ("Lamentamos a sua saida. O Plus foi cancelado e a conta fecha no fim do mes.",),
    "es": ("Sentimos que te vayas. Plus queda cancelado y la cuenta se cierra a final de mes.",),
}
GRUMPY = {
    "en": (
        "app logged me out again. every single time",
        "why is the booking calendar so slow",
        "reminder emails still in the wrong timezone",
    ),
    "fr": (
        "l'appli m'a encore deconnectee. a chaque fois",
        "pourquoi le calendrier est si lent",
        "les rappels arrivent toujours a la mauvaise heure",
    ),
    "de": ("App hat mich schon wieder ausgeloggt", "warum ist der Buchungskalender so langsam"),
    "it": ("l'app mi ha disconnessa di nuovo", "il calendario delle prenotazioni e lentissimo"),
    "pt": ("a app desligou-me outra vez", "o calendario de marcacoes e tao lento"),
    "es": ("la app me ha vuelto a cerrar sesion", "el calendario de reservas va lentisimo"),
}
SARCASM = {
    "en": (
        "Love that the tutor reminder arrived 10 minutes AFTER the session ended 👏 very helpful",
    ),
    "fr": ("Genial le rappel de seance recu 10 minutes APRES la fin 👏 tres utile",),
    "de": ("Toll, die Erinnerung kam 10 Minuten NACH der Stunde 👏 sehr hilfreich",),
    "it": ("Bellissimo il promemoria arrivato 10 minuti DOPO la lezione 👏 utilissimo",),
    "pt": ("Adoro o lembrete que chegou 10 minutos DEPOIS da sessao 👏 muito util",),
    "es": ("Me encanta el recordatorio que llega 10 minutos DESPUES de la clase 👏 utilisimo",),
}
MILD = {
    "en": ("the tutor search keeps showing tutors from another city, small thing but annoying",),
    "fr": ("la recherche de tuteurs montre des gens d'une autre ville, petit detail mais agacant",),
    "de": ("die Suche zeigt Lehrer aus einer anderen Stadt, kleine Sache aber nervig",),
    "it": ("la ricerca mostra tutor di un'altra citta, piccola cosa ma fastidiosa",),
    "pt": ("a pesquisa mostra explicadores de outra cidade, pormenor mas irrita",),
    "es": ("el buscador me enseña profes de otra ciudad, una tonteria pero molesta",),
}
MILD_ANSWER = {
    "en": ("Thanks for flagging, we've passed it to the app team.",),
    "fr": ("Merci du signalement, transmis a l'equipe de l'appli.",),
    "de": ("Danke für den Hinweis, ist an das App-Team weitergeleitet.",),
    "it": ("Grazie della segnalazione, girata al team dell'app.",),
    "pt": ("Obrigado pelo aviso, passamos a equipa da app.",),
    "es": ("Gracias por avisar, lo pasamos al equipo de la app.",),
}
NIGHT = {
    "en": (
        "2am and finally finished marking my own students' essays, now booking my kid's tutor for tomorrow lol",
        "night shift nurse here, booked Saturday's maths session from the break room. so easy",
    ),
    "fr": (
        "2h du mat et je reserve le cours de demain pour mon fils, vive l'appli",
        "infirmiere de nuit, j'ai reserve la seance de samedi pendant ma pause, trop simple",
    ),
    "de": ("2 Uhr nachts und ich buche noch die Nachhilfe für morgen, läuft",),
    "it": ("sono le 2 e prenoto la lezione di domani, comodissimo",),
    "pt": ("2 da manha e a marcar a explicacao de amanha, muito pratico",),
    "es": ("las 2 de la mañana y reservando la clase de mañana, comodisimo",),
}
NIGHT_Q = {
    "en": ("can I still cancel tomorrow's 9am without the fee?",),
    "fr": ("je peux encore annuler la seance de 9h demain sans frais ?",),
    "de": ("kann ich die Stunde morgen um 9 noch kostenlos absagen?",),
    "it": ("posso ancora annullare la lezione di domani alle 9 senza costi?",),
    "pt": ("ainda posso cancelar a sessao das 9h de amanha sem taxa?",),
    "es": ("¿puedo cancelar aun la clase de mañana a las 9 sin coste?",),
}
NIGHT_A = {
    "en": ("Yes, free cancellation up to 12 hours before, so you're fine.",),
    "fr": ("Oui, l'annulation est gratuite jusqu'a 12 h avant.",),
    "de": ("Ja, bis 12 Stunden vorher ist die Absage kostenlos.",),
    "it": ("Si, l'annullamento e gratuito fino a 12 ore prima.",),
    "pt": ("Sim, o cancelamento e gratis ate 12 horas antes.",),
    "es": ("Si, la cancelacion es gratis hasta 12 horas antes.",),
}

# Cogniva Campus: tutoring sold to companies (employee benefit) and schools on account.
B2B_PROBLEMS = ("invoice", "portal")
B2B_COMPLAINT = {
    "invoice": {
        "en": (
            "Our invoices from Campus still have no PO number and list sessions for employees who left in the spring. Finance won't pay them like this. {prev}",
        ),
        "fr": (
            "Vos factures Campus n'ont toujours pas de numero de bon de commande et listent des salaries partis au printemps. La compta bloque. {prev}",
        ),
        "de": (
            "Die Campus-Rechnungen haben keine Bestellnummer und führen ausgeschiedene Mitarbeiter auf. Die Buchhaltung zahlt so nicht. {prev}",
        ),
        "it": (
            "Le fatture Campus non hanno il numero d'ordine e riportano dipendenti usciti in primavera. L'amministrazione non paga. {prev}",
        ),
        "pt": (
            "As faturas Campus nao tem numero de encomenda e incluem colaboradores que ja sairam. A contabilidade nao paga. {prev}",
        ),
        "es": (
            "Las facturas de Campus siguen sin numero de pedido y listan empleados que se fueron en primavera. Contabilidad no paga asi. {prev}",
        ),
    },
    "portal": {
        "en": (
            "The Campus portal shows zero hours left on our benefit pot, so staff can't book any sessions, though we topped it up last month. {prev}",
        ),
        "fr": (
            "Le portail Campus affiche zero heure restante, nos salaries ne peuvent rien reserver alors qu'on a recharge le mois dernier. {prev}",
        ),
        "de": (
            "Das Campus-Portal zeigt null Stunden im Kontingent, niemand kann buchen, obwohl wir letzten Monat aufgestockt haben. {prev}",
        ),
        "it": (
            "Il portale Campus mostra zero ore residue, nessuno puo prenotare anche se abbiamo ricaricato il mese scorso. {prev}",
        ),
        "pt": (
            "O portal Campus mostra zero horas, ninguem consegue marcar apesar de termos carregado no mes passado. {prev}",
        ),
        "es": (
            "El portal Campus muestra cero horas, nadie puede reservar aunque recargamos el mes pasado. {prev}",
        ),
    },
}
B2B_PREV = {
    "en": "{name} already wrote about this on {day}, case {case}.",
    "fr": "{name} vous a deja ecrit a ce sujet {day}, dossier {case}.",
    "de": "{name} hat dazu schon am {day} geschrieben, Vorgang {case}.",
    "it": "{name} vi ha gia scritto {day}, pratica {case}.",
    "pt": "{name} ja escreveu sobre isto na {day}, processo {case}.",
    "es": "{name} ya os escribio el {day}, incidencia {case}.",
}
WEEKDAY = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "it": ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"),
    "pt": ("segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo"),
    "es": ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
}
B2B_LAST = {
    "en": (
        "Case {case}: still nothing fixed and several of my colleagues have written. Procurement has already asked {comp} for their rates",
    ),
    "fr": (
        "Dossier {case} : toujours rien et plusieurs collegues vous ont ecrit. Les achats ont deja demande un devis a {comp}",
    ),
    "de": (
        "Vorgang {case}: immer noch nichts, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt",
    ),
    "it": (
        "Pratica {case}: ancora niente e piu colleghi vi hanno scritto. Gli acquisti hanno gia chiesto un preventivo a {comp}",
    ),
    "pt": (
        "Processo {case}: continua tudo igual e varios colegas ja escreveram. As compras ja pediram precos a {comp}",
    ),
    "es": (
        "Incidencia {case}: sigue sin arreglarse y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}",
    ),
}
B2B_HAPPY = {
    "en": (
        "Could you add two new starters to our Campus benefit? Details in the portal",
        "Quick one: can we get the quarterly usage report as CSV?",
    ),
    "fr": (
        "Pouvez-vous ajouter deux nouveaux salaries a notre offre Campus ? Infos dans le portail",
        "Est-il possible d'avoir le rapport trimestriel en CSV ?",
    ),
    "de": ("Können Sie zwei neue Mitarbeitende im Campus-Portal freischalten?",),
    "it": ("Potete aggiungere due nuovi dipendenti al benefit Campus?",),
    "pt": ("Podem adicionar dois novos colaboradores ao Campus?",),
    "es": ("¿Podeis añadir dos altas nuevas al beneficio Campus?",),
}
B2B_DONE = {
    "en": ("Done, both are active now.",),
    "fr": ("C'est fait, les deux sont actifs.",),
    "de": ("Erledigt, beide sind aktiv.",),
    "it": ("Fatto, sono attivi.",),
    "pt": ("Feito, estao ativos.",),
    "es": ("Hecho, ya estan activos.",),
}
B2B_MILD = {
    "en": ("Small thing: the portal export puts the dates in US format",),
    "fr": ("Petit detail : l'export du portail met les dates au format americain",),
    "de": ("Kleinigkeit: der Export hat amerikanisches Datumsformat",),
    "it": ("Piccola cosa: l'export del portale usa il formato data americano",),
    "pt": ("Pormenor: a exportacao do portal usa datas no formato americano",),
    "es": ("Una cosilla: la exportacion del portal pone las fechas en formato americano",),
}

SPIKE_REPORT = {
    "en": (
        "App says my prepaid hours are 0 and won't let me book, error {code}. I've got 7 hours left!!",
        "anyone else getting {code} when booking? Plus hours all gone to zero",
        "cant book tomorrows session, balance shows 0 h and then {code}",
    ),
    "fr": (
        "L'appli affiche 0 heure sur mon forfait et refuse la reservation, erreur {code}. Il m'en restait 8 !",
        "quelqu'un d'autre a l'erreur {code} ? mes heures Plus sont a zero",
        "impossible de reserver, solde a 0 h puis {code}",
    ),
    "de": ("App zeigt 0 Stunden Guthaben und Buchung geht nicht, Fehler {code}",),
    "it": ("L'app mostra 0 ore nel pacchetto e non fa prenotare, errore {code}",),
    "pt": ("A app mostra 0 horas e nao deixa marcar, erro {code}",),
    "es": ("La app me pone 0 horas en el bono y no deja reservar, error {code}",),
}
SPIKE_REPEAT = {
    "en": ("still {code}, still 0 hours. session is at 4",),
    "fr": ("toujours {code}, toujours 0 heure",),
    "de": ("immer noch {code}, immer noch 0 Stunden",),
    "it": ("ancora {code}, ancora 0 ore",),
    "pt": ("continua {code}, continua 0 horas",),
    "es": ("sigue {code}, sigue a 0 horas",),
}
SPIKE_CHAT_A = {
    "en": (
        "Yes, prepaid hour balances are showing as zero for many members right now; your hours are safe and engineers are on it.",
    ),
    "fr": (
        "Oui, les soldes d'heures s'affichent a zero pour beaucoup de membres en ce moment ; vos heures sont conservees, nos equipes y travaillent.",
    ),
    "de": (
        "Ja, Stundenguthaben werden gerade bei vielen als null angezeigt; Ihre Stunden sind sicher, wir arbeiten daran.",
    ),
    "it": (
        "Si, i saldi ore risultano a zero per molti in questo momento; le sue ore sono salve, ci stiamo lavorando.",
    ),
    "pt": (
        "Sim, os saldos de horas aparecem a zero para muitos membros; as suas horas estao guardadas, estamos a tratar.",
    ),
    "es": (
        "Si, los saldos de horas salen a cero a muchos socios ahora mismo; tus horas estan a salvo, lo estamos arreglando.",
    ),
}
SPIKE_FIXED = {
    "en": (
        "Balances show correctly again since {time}; we've added a free half hour to your account.",
    ),
    "fr": (
        "Les soldes s'affichent de nouveau correctement depuis {time} ; une demi-heure offerte a ete ajoutee.",
    ),
    "de": (
        "Guthaben werden seit {time} wieder richtig angezeigt; wir haben eine halbe Stunde gutgeschrieben.",
    ),
    "it": ("I saldi sono di nuovo corretti dalle {time}; abbiamo aggiunto mezz'ora gratuita.",),
    "pt": ("Os saldos voltaram ao normal desde as {time}; oferecemos meia hora.",),
    "es": ("Los saldos se ven bien otra vez desde las {time}; te hemos regalado media hora.",),
}
LONE_Q = {
    "en": (
        "does the hour balance in the app update straight after a session? it did, just checking",
    ),
    "fr": (
        "le solde d'heures se met a jour juste apres la seance ? c'etait le cas, je verifie juste",
    ),
    "de": (
        "aktualisiert sich das Stundenguthaben direkt nach der Stunde? hat geklappt, nur zur Sicherheit",
    ),
    "it": ("il saldo ore si aggiorna subito dopo la lezione? ha funzionato, chiedo solo",),
    "pt": ("o saldo de horas atualiza logo apos a sessao? funcionou, so para confirmar",),
    "es": (
        "¿el saldo de horas se actualiza justo despues de la clase? me ha funcionado, solo pregunto",
    ),
}
