# ruff: noqa: E501
"""Wording of heldout133 (Sellaro riding school and stables; Sellaro Pro for groups).

Written from the stories, English and French first, then German, Spanish, Italian
and Portuguese. Placeholders: {case}, {comp}, {horse}, {first}, {day}.
"""

from __future__ import annotations

T = dict[str, list[str]]

HORSES = [
    "Biscuit",
    "Noisette",
    "Caramel",
    "Tornado",
    "Luna",
    "Pepper",
    "Fripon",
    "Mistral",
    "Hazel",
    "Jasper",
]

PRAISE: T = {
    "en": [
        "Sellaro, my daughter rode {horse} today and has not stopped talking about it since. Lovely patient instructor.",
        "first canter on {horse} this morning at Sellaro!! 45 years old and grinning like a kid",
        "Shout out to the Sellaro yard team, {horse} was groomed and tacked up before we even arrived.",
    ],
    "fr": [
        "Super cours ce matin chez Sellaro, {horse} a été adorable avec ma fille, merci à la monitrice !",
        "premiere balade en foret avec Sellaro, {horse} etait parfait et le guide tres pro",
        "Franchement Sellaro c'est top, les poneys sont bien soignés et on sent que l'équipe aime son métier.",
    ],
    "de": [
        "Heute die erste Ausreitstunde bei Sellaro, {horse} war ein Schatz und die Reitlehrerin super geduldig."
    ],
    "es": [
        "Clase genial hoy en Sellaro, {horse} es un amor y la monitora tiene una paciencia infinita"
    ],
    "it": [
        "Lezione bellissima da Sellaro, {horse} bravissimo e l'istruttrice gentilissima con mio figlio."
    ],
    "pt": ["Aula ótima hoje na Sellaro, o {horse} é um doce e a monitora muito atenciosa."],
}

AGAIN: T = {
    "en": [
        "Third Saturday in a row on {horse} and still the highlight of my week.",
        "Back at Sellaro again, {horse} remembered the carrot in my pocket 😄",
    ],
    "fr": [
        "Encore une fois un cours parfait, troisième trimestre chez Sellaro et toujours aussi contente.",
        "toujours {horse} le samedi et toujours le même bonheur",
    ],
    "de": [
        "Schon wieder so eine schöne Stunde auf {horse}, dritte Saison bei Sellaro und immer noch begeistert."
    ],
    "es": ["Tercer trimestre en Sellaro y sigo igual de contenta, {horse} otra vez genial"],
    "it": ["Ancora una volta lezione perfetta, terzo anno da Sellaro e sempre contenta."],
    "pt": ["Outra vez uma aula perfeita, terceiro ano na Sellaro e continuo encantada."],
}

GRIPE: T = {
    "en": [
        "Great lesson on {horse}, only gripe: the changing room heater is still broken. Otherwise spot on.",
        "Lovely hack, though the car park is a mud bath. Will be back.",
    ],
    "fr": [
        "Très bon cours, juste dommage que les casques de prêt soient tous en taille M. Sinon rien à dire.",
        "super balade, seul bémol le café du club house est froid lol",
    ],
    "de": ["Tolle Stunde, nur die Umkleide ist echt eng. Sonst gerne wieder."],
    "es": ["Muy buena clase, solo que el vestuario no tiene agua caliente. Por lo demás perfecto."],
    "it": ["Lezione ottima, solo il parcheggio è un pantano. Per il resto tutto bene."],
    "pt": ["Aula muito boa, só o balneário é pequeno. De resto tudo ótimo."],
}

QUESTION: T = {
    "en": [
        "Hi, can my son (7) join the pony club on Wednesdays or is it full?",
        "do I need my own boots for the beginner course or do you lend them?",
        "Hello, is the Sunday hack still on if it rains?",
    ],
    "fr": [
        "Bonjour, est-ce que le stage poney des vacances est ouvert aux 6 ans ?",
        "bonjour on peut reporter un cours jusqu'a quand sans frais ?",
        "Les bombes sont prêtées ou il faut en acheter une ?",
    ],
    "de": ["Hallo, kann man die Probestunde auch am Samstag buchen?"],
    "es": ["Hola, las botas las prestáis o hay que traerlas?"],
    "it": ["Ciao, il corso principianti è anche per adulti?"],
    "pt": ["Olá, as aulas de sábado também são para adultos?"],
}

ANSWER: T = {
    "en": [
        "Hi! Yes, there are still places, I've put the booking link in your app. Happy riding, {agent}"
    ],
    "fr": [
        "Bonjour ! Oui, c'est possible, je vous ai mis le lien dans l'appli. Belle journée, {agent}"
    ],
    "de": ["Hallo! Ja, das geht, den Link finden Sie jetzt in der App. Viele Grüße, {agent}"],
    "es": ["¡Hola! Sí, te hemos dejado el enlace en la app. Un saludo, {agent}"],
    "it": ["Ciao! Sì, trovi il link nell'app. Buona giornata, {agent}"],
    "pt": ["Olá! Sim, deixámos o link na app. Boa tarde, {agent}"],
}

THANKS: T = {
    "en": ["perfect, thanks!", "Brilliant, thank you 🙂"],
    "fr": ["super merci !", "Parfait, merci beaucoup"],
    "de": ["Super, danke!"],
    "es": ["genial gracias!"],
    "it": ["Perfetto grazie!"],
    "pt": ["Ótimo, obrigada!"],
}

CALL: T = {
    "en": [
        "hi yes I was wondering whether my daughter can ride {horse} again next week she really loved him",
        "hello I'd like to know if the adult beginner course starts in the evening or only weekends",
    ],
    "fr": [
        "oui bonjour je voulais savoir si on peut offrir une balade en bon cadeau pour un anniversaire",
        "bonjour c'est pour savoir si mon fils peut monter {horse} encore samedi prochain",
    ],
    "de": ["ja hallo ich wollte fragen ob man einen Gutschein für einen Ausritt verschenken kann"],
    "es": ["hola quería saber si se puede regalar un paseo a caballo para un cumpleaños"],
    "it": ["buongiorno volevo sapere se si può regalare una passeggiata a cavallo"],
    "pt": ["olá queria saber se posso oferecer um passeio a cavalo como prenda"],
}

FOLLOWUP: T = {
    "en": [
        "Thanks for your call today, as promised here is the link with the details. Best wishes, {agent}"
    ],
    "fr": [
        "Merci pour votre appel, voici comme promis le lien avec les détails. Cordialement, {agent}"
    ],
    "de": [
        "Danke für Ihren Anruf, hier wie versprochen der Link mit allen Details. Viele Grüße, {agent}"
    ],
    "es": ["Gracias por tu llamada, aquí tienes el enlace con los detalles. Saludos, {agent}"],
    "it": ["Grazie della chiamata, ecco il link con i dettagli. Saluti, {agent}"],
    "pt": ["Obrigado pela chamada, aqui fica o link com os detalhes. Cumprimentos, {agent}"],
}

REVIEW: T = {
    "en": [
        "Five stars. Safe, friendly, horses in great condition.",
        "Best riding school around, my two kids love it",
    ],
    "fr": [
        "Cinq étoiles, chevaux en pleine forme et moniteurs au top.",
        "tres bonne ecole, je recommande",
    ],
    "de": ["Sehr gepflegter Stall, tolle Lehrer. Klare Empfehlung."],
    "es": ["Escuela estupenda, caballos cuidadísimos."],
    "it": ["Scuola bellissima, cavalli curati e istruttori bravi."],
    "pt": ["Excelente escola, cavalos bem tratados."],
}

SURVEY_WORD: T = {
    "en": ["great", "", "🐴", "spot on"],
    "fr": ["top", "", "parfait"],
    "de": ["super", ""],
    "es": ["genial", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}

NIGHT_POST: T = {
    "en": [
        "can't sleep, watching videos of my first jump on {horse} for the tenth time. Sellaro you've created a monster",
        "night shift done, booked Saturday's hack on the way home. Sellaro is my reward",
    ],
    "fr": [
        "3h du mat et je regarde encore les photos du cours de ce matin avec {horse}, merci Sellaro",
        "garde de nuit terminée, j'ai réservé la balade de dimanche. vivement",
    ],
    "de": ["Nachtschicht vorbei, Ausritt für Samstag gebucht. Freu mich riesig"],
    "es": ["no puedo dormir y sigo viendo el vídeo de mi primer galope en Sellaro"],
    "it": ["Non riesco a dormire, riguardo il video del mio primo galoppo. Grazie Sellaro"],
    "pt": ["Não consigo dormir, a ver o vídeo do meu primeiro galope na Sellaro"],
}

NIGHT_Q: T = {
    "en": ["is it ok to arrive 20 min early tomorrow to brush {horse} before the lesson?"],
    "fr": ["on peut venir un peu plus tôt demain pour panser {horse} avant le cours ?"],
    "de": ["Darf man morgen etwas früher kommen, um {horse} zu putzen?"],
    "es": ["se puede llegar antes mañana para cepillar a {horse}?"],
    "it": ["domani posso arrivare prima per strigliare {horse}?"],
    "pt": ["amanhã posso chegar mais cedo para escovar o {horse}?"],
}

PROBLEMS = ["no_show", "refund", "girth", "wrong_price", "cancel_fee", "lost_boots"]

COMPLAINT: dict[str, T] = {
    "no_show": {
        "en": [
            "We drove 40 minutes for the 10:00 lesson and NOBODY was there. No instructor, no text, nothing. My daughter cried all the way home.",
            "lesson booked, paid, we turn up and the instructor is 'off sick' and nobody thought to tell us??",
        ],
        "fr": [
            "On a fait 40 minutes de route pour le cours de 10h et PERSONNE. Pas de monitrice, pas de message, rien. Ma fille a pleuré tout le trajet.",
            "cours payé, on arrive et on nous dit que le moniteur est malade, personne n'a prévenu ??",
        ],
        "de": ["Wir sind 40 Minuten gefahren und KEINE Reitlehrerin da. Keine Nachricht, nichts."],
        "es": [
            "Cuarenta minutos de coche para la clase de las 10 y NO HABÍA NADIE. Ni un mensaje."
        ],
        "it": [
            "Quaranta minuti di macchina per la lezione delle 10 e NON C'ERA NESSUNO. Nessun messaggio."
        ],
        "pt": [
            "Quarenta minutos de carro para a aula das 10 e NÃO ESTAVA NINGUÉM. Nem uma mensagem."
        ],
    },
    "refund": {
        "en": [
            "You cancelled the hack because of the storm three weeks ago and I am STILL waiting for the £48 back.",
            "three weeks and no refund for the cancelled trek, that's not ok",
        ],
        "fr": [
            "Vous avez annulé la balade pour la tempête il y a trois semaines et j'attends TOUJOURS mes 55 €.",
            "trois semaines et toujours pas de remboursement pour la rando annulée",
        ],
        "de": [
            "Der Ausritt wurde vor drei Wochen abgesagt und ich warte IMMER NOCH auf meine 55 €."
        ],
        "es": ["Cancelasteis la ruta hace tres semanas y SIGO esperando mis 55 €."],
        "it": ["Avete annullato la passeggiata tre settimane fa e aspetto ANCORA i miei 55 €."],
        "pt": ["Cancelaram o passeio há três semanas e AINDA espero os meus 55 €."],
    },
    "girth": {
        "en": [
            "The girth on my son's saddle had not been checked, the saddle slipped at the trot and he fell. He's ok but shaken. This is a safety issue.",
            "saddle slid sideways mid lesson because nobody tightened the girth. my daughter fell off. not acceptable",
        ],
        "fr": [
            "La sangle n'avait pas été vérifiée, la selle a tourné au trot et mon fils est tombé. Il va bien mais il a eu très peur. C'est un problème de sécurité.",
            "selle mal sanglée, ma fille est tombée. inadmissible",
        ],
        "de": [
            "Der Sattelgurt war nicht nachgezogen, der Sattel ist im Trab gerutscht und mein Sohn ist gestürzt."
        ],
        "es": [
            "Nadie revisó la cincha, la silla se giró al trote y mi hijo se cayó. Es un tema de seguridad."
        ],
        "it": [
            "Nessuno ha controllato il sottopancia, la sella è girata al trotto e mio figlio è caduto."
        ],
        "pt": ["Ninguém verificou a cilha, a sela rodou a trote e o meu filho caiu."],
    },
    "wrong_price": {
        "en": [
            "I'm a Sellaro Club member and I was charged the full £42 for the lesson instead of the member rate. Again."
        ],
        "fr": [
            "Je suis membre Sellaro Club et on m'a facturé 49 € plein tarif au lieu du tarif membre.",
            "membre du club depuis 2 ans et facturée plein pot, c'est quoi ce délire",
        ],
        "de": ["Ich bin Sellaro-Club-Mitglied und musste den vollen Preis von 49 € zahlen."],
        "es": ["Soy socia del Sellaro Club y me habéis cobrado 49 € tarifa completa."],
        "it": ["Sono socia del Sellaro Club e mi avete addebitato 49 € a prezzo pieno."],
        "pt": ["Sou sócia do Sellaro Club e cobraram-me 49 € de preço cheio."],
    },
    "cancel_fee": {
        "en": [
            "I cancelled FIVE days ahead and you charged me a late cancellation fee of £20. Your own rules say 48 hours."
        ],
        "fr": [
            "J'ai annulé CINQ jours avant et vous m'avez compté 25 € de frais d'annulation tardive. Vos règles disent 48 h.",
            "frais d'annulation alors que j'ai annulé une semaine avant ?? sérieux",
        ],
        "de": ["Ich habe FÜNF Tage vorher storniert und trotzdem 25 € Stornogebühr bezahlt."],
        "es": ["Cancelé con CINCO días y me cobráis 25 € de cancelación tardía."],
        "it": ["Ho disdetto CINQUE giorni prima e mi avete addebitato 25 € di penale."],
        "pt": ["Cancelei com CINCO dias de antecedência e cobraram 25 € de taxa."],
    },
    "lost_boots": {
        "en": [
            "My daughter's riding boots (brand new, £90) disappeared from the locker room and staff just shrugged."
        ],
        "fr": [
            "Les bottes de ma fille (neuves, 110 €) ont disparu du vestiaire et personne ne sait rien.",
            "bottes volées dans votre vestiaire, et on me répond 'on n'est pas responsables'",
        ],
        "de": ["Die neuen Reitstiefel meiner Tochter (110 €) sind aus der Umkleide verschwunden."],
        "es": ["Las botas nuevas de mi hija (110 €) desaparecieron del vestuario."],
        "it": ["Gli stivali nuovi di mia figlia (110 €) sono spariti dallo spogliatoio."],
        "pt": ["As botas novas da minha filha (110 €) desapareceram do balneário."],
    },
}

SUBJECT: T = {
    "en": ["Complaint", "Very disappointed"],
    "fr": ["Réclamation", "Mécontente"],
    "de": ["Beschwerde"],
    "es": ["Reclamación"],
    "it": ["Reclamo"],
    "pt": ["Reclamação"],
}

LONG: T = {
    "en": [
        "Dear Sellaro team,\n\nI'm writing this in the car outside my mother's physio appointment, so forgive the shortness. We have been with you since the spring and the kids adore the place. {complaint} I don't want to make a fuss but I would like someone to call me back and tell me what happens now.\n\nKind regards"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous. Nous sommes chez vous depuis septembre et jusqu'ici tout allait bien. {complaint} Je ne veux pas en faire une montagne, mais j'aimerais qu'on me rappelle pour savoir ce qui va se passer.\n\nBien cordialement"
    ],
    "de": [
        "Sehr geehrtes Sellaro-Team,\n\nich schreibe Ihnen aus der Mittagspause, zwischen zwei Kundenterminen. Wir sind seit dem Frühjahr bei Ihnen und sehr zufrieden gewesen. {complaint} Ich bitte um einen Rückruf.\n\nMit freundlichen Grüßen"
    ],
}

CASE_OPENED: T = {
    "en": [
        "We're sorry. We've opened case {case} and someone from the yard team will come back to you within 24 hours. {agent}"
    ],
    "fr": [
        "Nous sommes désolés. Nous avons ouvert le dossier {case}, l'équipe vous recontacte sous 24 h. {agent}"
    ],
    "de": [
        "Das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 24 Stunden. {agent}"
    ],
    "es": ["Lo sentimos. Hemos abierto la incidencia {case} y te contestamos en 24 horas. {agent}"],
    "it": [
        "Ci dispiace. Abbiamo aperto la segnalazione {case}, ti ricontattiamo entro 24 ore. {agent}"
    ],
    "pt": ["Lamentamos. Abrimos o pedido {case} e respondemos em 24 horas. {agent}"],
}

GOOD_NEWS: T = {
    "en": [
        "Good news on case {case}: it's sorted on our side. Could you confirm everything is fine for you? {agent}"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout va bien ? {agent}"
    ],
    "de": [
        "Gute Nachricht zu {case}: Das ist erledigt. Können Sie uns bestätigen, dass alles passt? {agent}"
    ],
    "es": [
        "Buenas noticias sobre {case}: está resuelto. ¿Nos confirmas que todo está bien? {agent}"
    ],
    "it": ["Buone notizie su {case}: è risolto. Ci confermi che va tutto bene? {agent}"],
    "pt": ["Boas notícias sobre {case}: está resolvido. Pode confirmar que está tudo bem? {agent}"],
}

APOLOGY: T = {
    "en": [
        "Sorry for my tone yesterday, it had been a long day. Thanks for sorting it.",
        "apologies for the rant yesterday, you've been great",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça.",
        "pardon pour le ton d'hier, merci pour votre réactivité",
    ],
    "de": ["Entschuldigung für gestern, war ein langer Tag. Danke fürs Klären."],
    "es": ["Perdón por el tono de ayer, era un mal día. Gracias."],
    "it": ["Scusate il tono di ieri, giornata pesante. Grazie."],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada."],
}

CONFIRM: T = {
    "en": ["Confirmed, {case} is all sorted. Thanks a lot."],
    "fr": ["Je confirme, le dossier {case} est réglé. Merci !"],
    "de": ["Bestätigt, {case} ist erledigt. Danke!"],
    "es": ["Confirmado, {case} resuelto. Gracias."],
    "it": ["Confermo, {case} è risolto. Grazie."],
    "pt": ["Confirmo, {case} resolvido. Obrigada."],
}

STILL: T = {
    "en": [
        "Case {case} is still open and nobody has called me back. This is the second time I'm writing.",
        "still nothing on {case}. hello??",
    ],
    "fr": [
        "Le dossier {case} est toujours ouvert et personne ne m'a rappelée. Deuxième fois que j'écris.",
        "toujours rien pour {case}, c'est une blague ?",
    ],
    "de": ["Der Vorgang {case} ist immer noch offen, niemand hat zurückgerufen."],
    "es": ["La incidencia {case} sigue abierta y nadie me ha llamado."],
    "it": ["La segnalazione {case} è ancora aperta e nessuno mi ha richiamato."],
    "pt": ["O pedido {case} continua aberto e ninguém me ligou."],
}

THIRD: T = {
    "en": [
        "Third time about {case}. A friend rides at {comp} and they sorted the same thing in a day."
    ],
    "fr": [
        "Troisième fois pour {case}. Une amie monte chez {comp}, eux règlent ça dans la journée."
    ],
    "de": ["Zum dritten Mal wegen {case}. Bei {comp} wäre das am selben Tag erledigt."],
    "es": ["Tercera vez por {case}. Una amiga monta en {comp} y allí lo arreglan en un día."],
    "it": ["Terza volta per {case}. Un'amica va da {comp} e lì lo risolvono in giornata."],
    "pt": ["Terceira vez sobre {case}. Uma amiga monta na {comp} e lá resolvem num dia."],
}

FOURTH: T = {
    "en": ["FOURTH time. {case}. Still open. I give up explaining."],
    "fr": ["QUATRIÈME fois. {case}. Toujours ouvert."],
    "de": ["ZUM VIERTEN MAL. {case}. Immer noch offen."],
    "es": ["CUARTA vez. {case}. Sigue abierta."],
    "it": ["QUARTA volta. {case}. Ancora aperta."],
    "pt": ["QUARTA vez. {case}. Continua aberto."],
}

QUALITY: T = {
    "en": [
        "Your case {case} is now with our head of yard, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Votre dossier {case} est transmis à notre responsable d'écurie, qui vous appelle avant vendredi midi. {agent}"
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Stallleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "es": [
        "Tu incidencia {case} está con nuestra jefa de cuadra, que te llama antes del viernes. {agent}"
    ],
    "it": [
        "La tua segnalazione {case} è ora al responsabile della scuderia, che ti chiama entro venerdì. {agent}"
    ],
    "pt": ["O seu pedido {case} está com a responsável da cavalariça, que liga até sexta. {agent}"],
}

URGENT: T = {
    "en": ["Added to case {case} and marked urgent. {agent}"],
    "fr": ["Ajouté au dossier {case}, marqué urgent. {agent}"],
    "de": ["Zu {case} hinzugefügt, als dringend markiert. {agent}"],
    "es": ["Añadido a {case}, marcado como urgente. {agent}"],
    "it": ["Aggiunto a {case}, segnato come urgente. {agent}"],
    "pt": ["Adicionado a {case}, marcado urgente. {agent}"],
}

SLIDE: T = {
    "en": [
        "Lesson started 25 minutes late today, no explanation.",
        "{horse} was swapped for a pony that clearly wasn't fit, limping by the end.",
        "The arena surface is rock hard now, nobody harrows it any more.",
        "Lesson groups have gone from 4 riders to 9. Not what I pay for.",
        "Charged £15 'tack cleaning fee' on top of the lesson. Since when?? Really fed up.",
        "Done. A friend rides at {comp}, I've booked a trial lesson there for Saturday.",
    ],
    "fr": [
        "Cours commencé avec 25 minutes de retard aujourd'hui, sans explication.",
        "On m'a changé {horse} pour un poney qui boitait à la fin du cours.",
        "Le sol de la carrière est dur comme du béton, plus personne ne le herse.",
        "Les reprises sont passées de 4 à 9 cavaliers. Ce n'est pas ce que je paie.",
        "15 € de 'frais de nettoyage de sellerie' en plus du cours. Depuis quand ?? J'en ai marre.",
        "C'est fini. Une amie monte chez {comp}, j'ai réservé un cours d'essai samedi.",
    ],
    "de": [
        "Stunde heute 25 Minuten zu spät, keine Erklärung.",
        "{horse} wurde gegen ein Pony getauscht, das am Ende lahmte.",
        "Der Hallenboden ist steinhart, keiner schleppt mehr ab.",
        "Aus 4 Reitern pro Gruppe sind 9 geworden.",
        "15 € 'Sattelzeugreinigung' extra. Seit wann?? Ich habs satt.",
        "Reicht. Bei {comp} habe ich für Samstag eine Probestunde gebucht.",
    ],
    "es": [
        "La clase empezó 25 minutos tarde hoy, sin explicación.",
        "Me cambiaron a {horse} por un poni que acabó cojeando.",
        "La pista está durísima, ya nadie la rastrilla.",
        "Los grupos han pasado de 4 a 9 jinetes.",
        "15 € de 'limpieza de montura' además de la clase. ¿Desde cuándo?? Harta.",
        "Se acabó. He reservado una clase de prueba en {comp} para el sábado.",
    ],
    "it": [
        "Lezione iniziata con 25 minuti di ritardo, nessuna spiegazione.",
        "Mi hanno cambiato {horse} con un pony che alla fine zoppicava.",
        "Il fondo del campo è durissimo, nessuno lo erpica più.",
        "I gruppi sono passati da 4 a 9 cavalieri.",
        "15 € di 'pulizia finimenti' in più. Da quando?? Basta.",
        "Finito. Ho prenotato una lezione di prova da {comp} per sabato.",
    ],
    "pt": [
        "A aula começou 25 minutos atrasada, sem explicação.",
        "Trocaram o {horse} por um pónei que acabou a coxear.",
        "O piso do picadeiro está duríssimo, ninguém o gradeia.",
        "Os grupos passaram de 4 para 9 cavaleiros.",
        "15 € de 'limpeza de arreios' a mais. Desde quando?? Farta.",
        "Acabou. Marquei uma aula experimental na {comp} para sábado.",
    ],
}

CANCEL: T = {
    "en": [
        "Hello, we're moving to a flat in the city and the kids have lost interest, so please cancel our Sellaro Club membership and close the account. Thanks for everything."
    ],
    "fr": [
        "Bonjour, nous déménageons et ma fille arrête l'équitation, merci de résilier notre adhésion Sellaro Club et de fermer le compte.",
        "bonjour je souhaite résilier mon abonnement Sellaro Club et fermer mon compte, j'ai acheté un cheval et il est en pension ailleurs",
    ],
    "de": [
        "Hallo, bitte kündigen Sie meine Sellaro-Club-Mitgliedschaft und schließen Sie das Konto, wir ziehen weg."
    ],
    "es": ["Hola, por favor dad de baja mi Sellaro Club y cerrad la cuenta, nos mudamos."],
    "it": ["Buongiorno, vorrei disdire il Sellaro Club e chiudere l'account, ci trasferiamo."],
    "pt": ["Olá, quero cancelar o Sellaro Club e fechar a conta, vamos mudar de casa."],
}

SORRY_GO: T = {
    "en": [
        "Sorry to see you go! You can cancel yourself in the app under Membership. All the best, {agent}"
    ],
    "fr": [
        "Dommage de vous voir partir ! Vous pouvez résilier dans l'appli, rubrique Adhésion. {agent}"
    ],
    "de": ["Schade! Kündigen können Sie direkt in der App unter Mitgliedschaft. {agent}"],
    "es": ["¡Qué pena! Puedes darte de baja en la app, en Suscripción. {agent}"],
    "it": ["Che peccato! Puoi disdire nell'app, sezione Abbonamento. {agent}"],
    "pt": ["Que pena! Pode cancelar na app, em Assinatura. {agent}"],
}

GRUMBLE: T = {
    "en": [
        "the app logs me out every single time",
        "why is the only lesson slot for adults at 7am on Sunday",
        "the yard smells worse every week tbh",
        "Reminder text at 6am. On a Saturday.",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "toujours pas de créneau adulte après 18h",
        "le club house est glacial, comme d'hab",
        "encore un SMS de rappel à 6h du matin",
    ],
    "de": ["Die App loggt mich jedes Mal aus", "Warum gibt es keine Abendstunden für Erwachsene"],
    "es": ["la app me saca cada vez", "no hay clases para adultos por la tarde"],
    "it": ["l'app mi disconnette ogni volta", "nessuna lezione serale per adulti"],
    "pt": ["a app faz logout sempre", "não há aulas para adultos à noite"],
}

SARCASM: T = {
    "en": [
        "Love how the 'small group' lesson had 10 of us today. Very cosy 👏",
        "Great to pay for a lesson and spend 20 min waiting for a pony to be caught 😂",
    ],
    "fr": [
        "Génial le 'petit groupe' de 10 cavaliers aujourd'hui 👏",
        "trop bien d'attendre 20 min qu'on attrape le poney 😂",
    ],
    "de": ["Toll, die 'Kleingruppe' mit 10 Leuten heute 👏"],
    "es": ["Genial el 'grupo reducido' de 10 personas hoy 👏"],
    "it": ["Bellissimo il 'piccolo gruppo' di 10 persone oggi 👏"],
    "pt": ["Adorei o 'grupo pequeno' de 10 pessoas hoje 👏"],
}

MILD: T = {
    "en": ["the stable finder in the app shows the wrong town for my yard, small thing"],
    "fr": ["petit souci : l'appli m'envoie les notifications en anglais"],
    "de": ["Kleinigkeit: die App zeigt den falschen Stall an"],
    "es": ["detalle: la app me manda los avisos en inglés"],
    "it": ["piccola cosa: l'app mostra la scuderia sbagliata"],
    "pt": ["pormenor: a app mostra o centro errado"],
}

ACK: T = {
    "en": ["Thanks for letting us know, we've passed it on to the app team. {agent}"],
    "fr": ["Merci du signalement, c'est transmis à l'équipe de l'appli. {agent}"],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben. {agent}"],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app. {agent}"],
    "it": ["Grazie della segnalazione, passata al team dell'app. {agent}"],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app. {agent}"],
}

B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]

B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "en": [
            "Our Sellaro Pro invoices still carry our old company name and no PO number, so accounts payable rejects every one of them. Please reissue."
        ],
        "fr": [
            "Vos factures Sellaro Pro portent toujours notre ancienne raison sociale et aucun numéro de commande : la comptabilité les rejette toutes."
        ],
        "de": [
            "Ihre Sellaro-Pro-Rechnungen tragen noch unseren alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt alle ab."
        ],
        "es": [
            "Las facturas de Sellaro Pro siguen con nuestro nombre antiguo y sin número de pedido, contabilidad las rechaza."
        ],
        "it": [
            "Le fatture Sellaro Pro hanno ancora la vecchia ragione sociale e nessun numero d'ordine."
        ],
        "pt": ["As faturas Sellaro Pro ainda têm o nosso nome antigo e sem número de encomenda."],
    },
    "service_blocked": {
        "en": [
            "Our group of 12 was turned away at the yard this morning, 'account on hold', although every invoice is paid."
        ],
        "fr": [
            "Notre groupe de 12 a été refusé ce matin à l'écurie, « compte bloqué », alors que tout est payé."
        ],
        "de": [
            "Unsere Gruppe von 12 Personen wurde heute früh abgewiesen, 'Konto gesperrt', obwohl alles bezahlt ist."
        ],
        "es": [
            "Han rechazado a nuestro grupo de 12 esta mañana, 'cuenta bloqueada', y está todo pagado."
        ],
        "it": [
            "Il nostro gruppo di 12 è stato respinto stamattina, 'account bloccato', ma è tutto pagato."
        ],
        "pt": [
            "O nosso grupo de 12 foi recusado hoje de manhã, 'conta bloqueada', e está tudo pago."
        ],
    },
    "portal": {
        "en": [
            "The Pro portal shows none of our booked group sessions, so we can't move or cancel anything and the sessions keep being billed."
        ],
        "fr": [
            "Le portail Pro n'affiche aucune de nos séances de groupe, impossible de modifier ou annuler, et tout est facturé."
        ],
        "de": [
            "Das Pro-Portal zeigt keine unserer gebuchten Gruppentermine, wir können nichts verschieben oder absagen."
        ],
        "es": [
            "El portal Pro no muestra ninguna de nuestras sesiones de grupo, no podemos cambiar ni anular nada."
        ],
        "it": ["Il portale Pro non mostra nessuna delle nostre sessioni di gruppo."],
        "pt": ["O portal Pro não mostra nenhuma das nossas sessões de grupo."],
    },
    "overbilled": {
        "en": [
            "We've been billed per rider instead of our contract group rate for the whole term, that's over £600 too much."
        ],
        "fr": [
            "On nous facture au cavalier au lieu du tarif de groupe du contrat depuis tout le trimestre, plus de 700 € de trop."
        ],
        "de": [
            "Wir werden pro Reiter statt zum vereinbarten Gruppentarif abgerechnet, über 700 € zu viel."
        ],
        "es": [
            "Nos facturáis por jinete en vez de la tarifa de grupo del contrato, más de 700 € de más."
        ],
        "it": [
            "Ci fatturate a cavaliere invece della tariffa di gruppo del contratto, oltre 700 € in più."
        ],
        "pt": [
            "Estão a faturar por cavaleiro em vez da tarifa de grupo do contrato, mais de 700 € a mais."
        ],
    },
}

B2B_LATER: T = {
    "en": ["Following up on {first}'s e-mail of {day} (case {case}): same problem here. {problem}"],
    "fr": [
        "Suite au mail de {first} de {day} (dossier {case}) : même problème chez nous. {problem}"
    ],
    "de": [
        "Bezug auf die Mail von {first} vom {day} (Vorgang {case}): bei uns dasselbe. {problem}"
    ],
    "es": ["Sobre el correo de {first} del {day} (incidencia {case}): aquí lo mismo. {problem}"],
    "it": [
        "In merito alla mail di {first} di {day} (segnalazione {case}): stesso problema. {problem}"
    ],
    "pt": ["Sobre o e-mail da {first} de {day} (pedido {case}): o mesmo aqui. {problem}"],
}

B2B_LAST_MAIL: T = {
    "en": [
        "Case {case}: nothing is fixed and several of us have written. Procurement has already asked {comp} for their group rates."
    ],
    "fr": [
        "Dossier {case} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "de": [
        "Vorgang {case}: nichts ist gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "es": [
        "Incidencia {case}: nada resuelto y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}."
    ],
    "it": [
        "Segnalazione {case}: niente risolto, vi hanno scritto in diversi. Gli acquisti hanno già chiesto le tariffe a {comp}."
    ],
    "pt": [
        "Pedido {case}: nada resolvido e vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
}

B2B_LAST_CALL: T = {
    "en": [
        "yes hello it's about case {case} nothing has been fixed several of my colleagues wrote already my manager says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour c'est pour le dossier {case} rien n'est réglé plusieurs collègues ont écrit ma directrice dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "ja hallo es geht um Vorgang {case} nichts ist erledigt mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "hola es por la incidencia {case} no se ha arreglado nada mi jefe dice que nos vamos si no se arregla esta semana"
    ],
    "it": [
        "pronto è per la segnalazione {case} non è risolto niente il mio capo dice che cambiamo fornitore"
    ],
    "pt": [
        "olá é sobre o pedido {case} nada foi resolvido o meu chefe diz que mudamos de fornecedor"
    ],
}

B2B_MILD: T = {
    "en": [
        "Suggestion: could the portal export group sessions by cost centre? Would save us an hour a month."
    ],
    "fr": [
        "Suggestion : pourriez-vous indiquer le nom du moniteur sur les confirmations de groupe ?"
    ],
    "de": ["Anregung: Könnten die Gruppenbestätigungen die Kostenstelle enthalten?"],
    "es": ["Sugerencia: ¿podríais poner el centro de coste en las confirmaciones?"],
    "it": ["Suggerimento: potreste indicare il centro di costo nelle conferme?"],
    "pt": ["Sugestão: podiam pôr o centro de custo nas confirmações?"],
}

B2B_Q: T = {
    "en": [
        "Hi, can we add two riders to Thursday's team session?",
        "Is the indoor arena available for our group if it rains on Friday?",
    ],
    "fr": [
        "Bonjour, peut-on ajouter deux participants à la séance de jeudi ?",
        "La carrière couverte est dispo vendredi pour notre groupe ?",
    ],
    "de": ["Hallo, können wir zwei Teilnehmer für Donnerstag nachmelden?"],
    "es": ["Hola, ¿podemos añadir dos personas a la sesión del jueves?"],
    "it": ["Ciao, possiamo aggiungere due persone alla sessione di giovedì?"],
    "pt": ["Olá, podemos juntar duas pessoas à sessão de quinta?"],
}

B2B_PRAISE: T = {
    "en": [
        "Our team day at Sellaro was the best offsite we've had, everyone is still talking about it."
    ],
    "fr": ["Séance de groupe au top avec Sellaro, les patients du centre étaient ravis."],
    "de": ["Teamtag bei Sellaro war großartig, alle schwärmen noch."],
    "es": ["El día de equipo en Sellaro fue un éxito total."],
    "it": ["Giornata di team da Sellaro bellissima."],
    "pt": ["O dia de equipa na Sellaro foi um sucesso."],
}

SPIKE_TOPIC = "riding-school app: rider weight check rejects every rider as over the horse's limit, no horse can be assigned, lessons cannot start, error W/LIM-311"

SPIKE: T = {
    "en": [
        "@Sellaro the app says my 9 year old is over the weight limit for every pony?? error W/LIM-311, she weighs 28 kg. lesson starts in 10 min",
        "Can't start the lesson, the app rejects me as too heavy for every horse with W/LIM-311. I'm 58 kg.",
        "every rider at the yard is getting W/LIM-311 'rider over horse limit', instructors can't assign anyone",
    ],
    "fr": [
        "@Sellaro l'appli dit que ma fille dépasse le poids max pour TOUS les poneys, erreur W/LIM-311, elle fait 30 kg !!",
        "impossible de commencer le cours, W/LIM-311 'cavalier trop lourd' pour chaque cheval, je fais 55 kilos",
        "tout le monde au club a l'erreur W/LIM-311, la monitrice ne peut attribuer aucun cheval",
    ],
    "de": [
        "Die App sagt bei jedem Pferd 'Reiter über Gewichtsgrenze' W/LIM-311, meine Tochter wiegt 30 kg!"
    ],
    "es": [
        "La app dice que mi hijo supera el peso máximo de todos los ponis, error W/LIM-311, pesa 27 kilos"
    ],
    "it": ["L'app dice che mia figlia supera il peso massimo per ogni pony, errore W/LIM-311"],
    "pt": ["A app diz que a minha filha passa o peso máximo de todos os póneis, erro W/LIM-311"],
}

SPIKE_AGAIN: T = {
    "en": ["still W/LIM-311, tried on my husband's phone too, same. kids in helmets waiting"],
    "fr": ["toujours W/LIM-311, même sur le téléphone de mon mari, les enfants attendent casqués"],
    "de": ["Immer noch W/LIM-311, auch auf dem Handy meines Mannes"],
    "es": ["sigue W/LIM-311, también en el móvil de mi marido"],
    "it": ["ancora W/LIM-311, anche dal telefono di mio marito"],
    "pt": ["continua W/LIM-311, também no telemóvel do meu marido"],
}

SPIKE_CHAT_ANSWER: T = {
    "en": [
        "Yes, the rider check is failing at every yard right now, our engineers are on it. {agent}"
    ],
    "fr": [
        "Oui, la vérification cavalier échoue dans tous les clubs en ce moment, nos équipes sont dessus. {agent}"
    ],
    "de": ["Ja, die Reiterprüfung schlägt gerade überall fehl, wir arbeiten daran. {agent}"],
    "es": [
        "Sí, la comprobación de jinete falla en todos los centros ahora mismo, estamos en ello. {agent}"
    ],
    "it": [
        "Sì, il controllo cavaliere non funziona in nessun centro al momento, ci stiamo lavorando. {agent}"
    ],
    "pt": [
        "Sim, a verificação de cavaleiro está a falhar em todos os centros, estamos a tratar. {agent}"
    ],
}

SPIKE_FIXED: T = {
    "en": [
        "The rider check works again since 11:30. Today's lesson is on us, a £9 credit has been added. {agent}"
    ],
    "fr": [
        "La vérification cavalier fonctionne de nouveau depuis 12h30. Le cours du jour est offert, 10 € crédités. {agent}"
    ],
    "de": [
        "Die Reiterprüfung funktioniert seit 12:30 wieder. Die heutige Stunde geht auf uns, 10 € gutgeschrieben. {agent}"
    ],
    "es": [
        "La comprobación funciona otra vez desde las 12:30. La clase de hoy corre de nuestra cuenta, 10 € abonados. {agent}"
    ],
    "it": [
        "Il controllo funziona di nuovo dalle 12:30. La lezione di oggi è offerta, 10 € accreditati. {agent}"
    ],
    "pt": [
        "A verificação funciona outra vez desde as 11:30. A aula de hoje é por nossa conta, 10 € creditados. {agent}"
    ],
}

LONE_Q: T = {
    "en": [
        "Quick one: the app showed my weight as 'pending' last night until I saved my profile again, then it was fine. Will tomorrow's lesson be ok?"
    ],
    "fr": [
        "Petite question : hier soir l'appli affichait mon poids 'en attente' jusqu'à ce que je réenregistre mon profil. Ça ira pour le cours de demain ?"
    ],
}

LONE_A: T = {
    "en": ["Yes, all fine: it shows 'pending' until the profile syncs. See you tomorrow! {agent}"],
    "fr": [
        "Oui, tout est en ordre : il s'affiche 'en attente' le temps de la synchro. À demain ! {agent}"
    ],
}

SPIKE_GRUMBLE: T = {
    "en": ["the yard map in the app takes ages to load"],
    "fr": ["la carte du club dans l'appli met des plombes à charger"],
}
