# ruff: noqa: E501
"""Wording of heldout236 (Smaltino, nail studios and at-home manicure). Written from the stories."""

from __future__ import annotations

W = dict[str, list[str]]

BRAND = "Smaltino"
COMPETITORS = ("Onglessa", "Lackwerk")
LANGS = ("fr", "en", "de", "it", "pt", "es")

PRODUCTS = [
    ("Gel manicure / Manucure semi-permanente", "39.00"),
    ("Pedicure spa / Beauté des pieds", "45.00"),
    ("Nail art, 10 nails / Nail art 10 ongles", "55.00"),
    ("Gel removal and care / Dépose et soin", "22.00"),
    ("At-home manicure visit / Manucure à domicile", "59.00"),
    ("Gift card / Carte cadeau", "50.00"),
]

PRAISE: dict[str, W] = {
    "post": {
        "fr": [
            "Manucure semi-permanente chez {brand} ce matin, tenue parfaite et Léa super douce. Je recommande !",
            "Mes ongles n'ont jamais été aussi beaux, merci l'équipe {brand} de la rue Oberkampf 💅",
            "trop contente de ma pédicure, mes pieds disent merci {brand}",
        ],
        "en": [
            "Gel mani at {brand} this morning, three weeks on and not a single chip. Love it 💅",
            "The at-home visit from {brand} was brilliant, Sam even brought a little lamp for my desk",
            "honestly the best pedicure I've had in years, cheers {brand}",
        ],
        "de": ["Maniküre bei {brand} war wieder top, hält seit zwei Wochen ohne Absplittern!"],
        "it": ["Semipermanente da {brand} perfetto, la ragazza era gentilissima 💅"],
        "pt": ["Adorei a manicure da {brand}, ficou impecável e durou imenso"],
        "es": ["Pedicura en {brand} genial, salgo flotando. Gracias chicas!"],
    },
    "again": {
        "fr": [
            "Troisième fois que je prends le nail art chez {brand} et toujours aussi réussi !",
            "Encore une fois impeccable, {brand} ne me déçoit jamais",
        ],
        "en": [
            "Third time booking the home visit and still spot on, {brand} 👏",
            "Again a lovely hour at {brand}, same friendly Priya as always",
        ],
        "de": ["Schon das dritte Mal bei {brand} und immer noch begeistert"],
        "it": ["Terza volta da {brand} e ancora perfetto, brave!"],
        "pt": ["Outra vez impecável, já é a terceira vez na {brand}"],
        "es": ["Tercera vez en {brand} y otra vez de diez"],
    },
    "gripe": {
        "fr": [
            "Super pose comme d'hab, juste la musique un peu forte au studio. Sinon top !",
            "Très contente du résultat, seul bémol l'appli qui met du temps à charger",
        ],
        "en": [
            "Lovely job on my nails, only gripe is the parking outside the studio. Otherwise great",
            "Really happy with the pedicure, the chairs could be a bit comfier but I'll be back",
        ],
        "de": ["Sehr schöne Nägel, nur das Wartezimmer war etwas kalt. Sonst gerne wieder"],
        "it": ["Lavoro bellissimo, solo l'attesa un po' lunga alla cassa"],
        "pt": ["Muito bom, só a app podia mostrar mais horários ao sábado"],
        "es": ["Muy contenta, solo que el salón estaba algo frío. Volveré"],
    },
    "review": {
        "fr": ["Accueil chaleureux, pose soignée, prix correct avec le Club. 5 étoiles."],
        "en": ["Clean studio, careful work, booking in the app took a minute. Five stars."],
        "de": ["Sauber, freundlich, pünktlich. Klare Empfehlung."],
        "it": ["Studio pulito e personale preparato, consigliato."],
        "pt": ["Estúdio limpo, atendimento simpático, recomendo."],
        "es": ["Trato muy agradable y trabajo cuidado, recomendable."],
    },
    "survey": {
        "fr": ["Parfait", "Rien à redire", ""],
        "en": ["Great", "spot on", ""],
        "de": ["Super", ""],
        "it": ["Ottimo", ""],
        "pt": ["Excelente", ""],
        "es": ["Genial", ""],
    },
}

QUESTIONS: W = {
    "fr": [
        "Bonjour, est-ce qu'on peut décaler un rdv de manucure à domicile de samedi à dimanche ?",
        "Salut, la carte cadeau est valable combien de temps ?",
        "Bonjour, vous faites la dépose de gel posé ailleurs ?",
    ],
    "en": [
        "Hi, can I add a nail art add-on to Saturday's booking?",
        "Hello, does the Club discount work on gift cards?",
        "hi, how long does a gel removal take roughly?",
    ],
    "de": ["Hallo, kann ich die Pediküre auch für zwei Personen buchen?"],
    "it": ["Ciao, la tessera Club vale anche nei negozi di Milano?"],
    "pt": ["Olá, posso trocar a hora da marcação de sábado?"],
    "es": ["Hola, ¿puedo cambiar la cita del viernes a la tarde?"],
}

ANSWERS: W = {
    "fr": [
        "Bonjour ! Oui, c'est fait, vous trouverez la confirmation dans l'appli. Belle journée, Inès de {brand}"
    ],
    "en": ["Hi! All sorted, you'll see it in the app now. Have a lovely day, Tom at {brand}"],
    "de": ["Hallo! Ist erledigt, Sie sehen es in der App. Schönen Tag, Jana von {brand}"],
    "it": ["Ciao! Fatto, lo trovi nell'app. Buona giornata, Giulia di {brand}"],
    "pt": ["Olá! Está feito, já aparece na app. Bom dia, Rita da {brand}"],
    "es": ["¡Hola! Hecho, ya lo ves en la app. Buen día, Lucía de {brand}"],
}

THANKS: W = {
    "fr": ["merci c'est top", "super merci !!", "parfait merciii"],
    "en": ["cheers, legend", "ta very much!", "brill, thanks"],
    "de": ["danke, passt!"],
    "it": ["grazie mille!!"],
    "pt": ["obg, top!"],
    "es": ["mil gracias!!"],
}

PHONE_Q: W = {
    "fr": [
        "oui bonjour je voulais savoir si la manucure à domicile se fait aussi le dimanche à Lyon"
    ],
    "en": [
        "hi yeah I was just wondering if the home visit comes with the nail colours or if I need my own"
    ],
    "de": [
        "ja hallo ich wollte fragen ob ich den Termin am Samstag noch auf elf Uhr schieben kann"
    ],
    "it": ["buongiorno volevo sapere se la pedicure si può fare anche il lunedì"],
    "pt": ["olá queria saber se a manicure ao domicílio chega a Almada"],
    "es": ["hola buenas quería saber si la pedicura se puede hacer el domingo"],
}

PHONE_FOLLOW: W = {
    "fr": [
        "Bonjour, suite à votre appel : oui, c'est possible, le créneau est réservé. Bonne journée, l'équipe {brand}"
    ],
    "en": [
        "Hi, following your call: yes, all included, and your slot is booked. Best, the {brand} team"
    ],
    "de": [
        "Hallo, wie telefonisch besprochen: Ihr Termin ist umgebucht. Viele Grüße, Ihr {brand}-Team"
    ],
    "it": ["Buongiorno, come da telefonata: confermato, a presto. Il team {brand}"],
    "pt": ["Olá, como falámos ao telefone: está confirmado. Equipa {brand}"],
    "es": ["Hola, según hablamos por teléfono: confirmado. Equipo {brand}"],
}

NIGHT_POST: W = {
    "fr": [
        "3h du mat, garde de nuit aux urgences finie, et mes ongles {brand} tiennent toujours. petite victoire",
        "insomnie, je regarde des vidéos de nail art et je réserve samedi chez {brand} lol",
    ],
    "en": [
        "2am after a night shift at the petrol station and my {brand} nails still look fresh, small wins",
        "can't sleep so I've booked a pedicure at {brand} for Sunday, treat yourself",
    ],
    "de": ["Nachtschicht vorbei, Nägel von {brand} halten immer noch. Gute Nacht!"],
    "it": ["Le due di notte e sto scegliendo il colore per sabato da {brand} 😂"],
    "pt": ["Três da manhã e estou a marcar manicure na {brand}, normal"],
    "es": ["Las tantas y reservando pedicura en {brand}, soy así"],
}

NIGHT_CHAT: W = {
    "fr": ["bonsoir, l'annulation gratuite c'est jusqu'à quelle heure la veille ?"],
    "en": ["hi, late one sorry, is the Saturday studio open from 9?"],
    "de": ["Hallo, kann ich die Geschenkkarte auch nachts noch einlösen?"],
    "it": ["ciao, scusate l'ora, si può prenotare per domani mattina?"],
    "pt": ["boa noite, a marcação de amanhã ainda dá para mudar?"],
    "es": ["hola, perdón la hora, ¿mañana abrís a las 9?"],
}

SARCASM: W = {
    "fr": [
        "Génial, rdv de 10h commencé à 10h50, j'adore attendre avec mes ongles à moitié limés 👏"
    ],
    "en": ["Love that my 'express' manicure took an hour and a half, very express 😂"],
    "de": ["Toll, 'Express'-Maniküre in 90 Minuten, sehr express 👏"],
    "it": ["Bellissimo, la manicure 'veloce' è durata un'ora e mezza 😂"],
    "pt": ["Adoro a manicure 'rápida' de hora e meia 👏"],
    "es": ["Me encanta la manicura 'exprés' de hora y media 😂"],
}

GRUMBLE: W = {
    "fr": [
        "L'appli me déconnecte à chaque fois, c'est pénible",
        "Encore 20 minutes de retard au studio de Nation, comme d'habitude",
        "Les rappels SMS à 6h du matin, sérieusement ?",
        "Trois couleurs sur dix en rupture, toujours les mêmes",
    ],
    "en": [
        "the app logs me out every single time, annoying",
        "twenty minutes late again at the Camden studio, as usual",
        "reminder texts at 6am, really?",
        "half the colours out of stock again",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab, nervig",
        "Schon wieder 20 Minuten Verspätung im Studio",
    ],
    "it": ["L'app mi scollega ogni volta, che noia", "Ancora venti minuti di ritardo in studio"],
    "pt": [
        "A app desliga-me sempre a sessão, chato",
        "Outra vez vinte minutos de atraso no estúdio",
    ],
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez",
        "Otra vez veinte minutos de retraso en el salón",
    ],
}

MILD: W = {
    "fr": [
        "Bonjour, la recherche de studio m'affiche Bordeaux alors que je suis à Lille, c'est normal ?"
    ],
    "en": ["Hi, the app keeps sending me notifications in Dutch, can that be changed?"],
    "de": ["Hallo, die Studiosuche zeigt mir immer Köln statt Bonn an"],
    "it": ["Ciao, le notifiche mi arrivano in inglese, si può cambiare?"],
    "pt": ["Olá, a pesquisa de estúdios mostra Lisboa em vez do Porto"],
    "es": ["Hola, el buscador de salones me sale en inglés"],
}

# The six consumer problems: one core sentence per language (the customer's own words).
PROBLEM: dict[str, W] = {
    "no_show": {
        "fr": [
            "la manucure à domicile de samedi 10h n'est jamais venue, personne n'a appelé, et l'appli l'indique comme FAITE"
        ],
        "en": [
            "the home manicure booked for Saturday 10am never turned up, nobody called, and the app says it was DONE"
        ],
        "de": [
            "die Maniküre zu Hause am Samstag um 10 kam nie, keiner rief an, und die App zeigt sie als ERLEDIGT"
        ],
        "it": [
            "la manicure a domicilio di sabato alle 10 non è mai arrivata e l'app la segna come FATTA"
        ],
        "pt": ["a manicure ao domicílio de sábado às 10 nunca apareceu e a app diz que foi FEITA"],
        "es": [
            "la manicura a domicilio del sábado a las 10 nunca vino y la app la marca como HECHA"
        ],
    },
    "double_charge": {
        "fr": [
            "on m'a débité DEUX fois les 59 € de la séance, j'ai les deux lignes sur mon compte"
        ],
        "en": ["I've been charged TWICE for the same £52 appointment, both lines on my statement"],
        "de": ["mir wurden die 59 € für einen Termin ZWEIMAL abgebucht"],
        "it": ["mi avete addebitato DUE volte i 59 € dello stesso appuntamento"],
        "pt": ["cobraram-me DUAS vezes os 59 € da mesma marcação"],
        "es": ["me habéis cobrado DOS veces los 59 € de la misma cita"],
    },
    "damage": {
        "fr": [
            "la dépose de gel m'a abîmé trois ongles, ils sont fins comme du papier et ça brûle"
        ],
        "en": ["the gel removal left three of my nails paper thin and they sting"],
        "de": ["beim Entfernen des Gels wurden drei Nägel so dünn geschliffen, dass sie brennen"],
        "it": ["la rimozione del gel mi ha rovinato tre unghie, bruciano"],
        "pt": ["a remoção do gel deixou-me três unhas finíssimas e a arder"],
        "es": ["la retirada del gel me ha dejado tres uñas finísimas y me escuecen"],
    },
    "refund": {
        "fr": [
            "le remboursement de ma séance annulée par VOUS il y a trois semaines n'est toujours pas arrivé"
        ],
        "en": ["the refund for the appointment YOU cancelled three weeks ago still hasn't arrived"],
        "de": [
            "die Erstattung für den Termin, den SIE vor drei Wochen abgesagt haben, ist immer noch nicht da"
        ],
        "it": [
            "il rimborso dell'appuntamento annullato da VOI tre settimane fa non è ancora arrivato"
        ],
        "pt": ["o reembolso da marcação que VOCÊS cancelaram há três semanas ainda não chegou"],
        "es": [
            "el reembolso de la cita que cancelasteis VOSOTROS hace tres semanas sigue sin llegar"
        ],
    },
    "wrong_price": {
        "fr": ["je suis membre du Club et on m'a facturé le tarif normal, 12 € de plus"],
        "en": ["I'm a Club member and got charged the full non-member price, £10 extra"],
        "de": ["ich bin Club-Mitglied und zahle trotzdem den normalen Preis, 12 € mehr"],
        "it": ["sono socia Club e mi avete fatto pagare il prezzo pieno"],
        "pt": ["sou sócia do Club e cobraram-me o preço normal"],
        "es": ["soy socia del Club y me habéis cobrado el precio normal"],
    },
    "cancel_fee": {
        "fr": [
            "j'ai annulé QUATRE jours avant et on me prend quand même 20 € de frais d'annulation tardive"
        ],
        "en": ["I cancelled FOUR days ahead and still got a £17 late-cancellation fee"],
        "de": ["ich habe VIER Tage vorher storniert und trotzdem 20 € Stornogebühr bezahlt"],
        "it": ["ho disdetto QUATTRO giorni prima e mi avete preso 20 € di penale"],
        "pt": ["cancelei QUATRO dias antes e cobraram-me 20 € de taxa"],
        "es": ["cancelé CUATRO días antes y me cobráis 20 € de penalización"],
    },
}

COMPLAINT_SUBJECT: W = {
    "fr": ["Réclamation : {topic}"],
    "en": ["Complaint: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
    "es": ["Reclamación: {topic}"],
}

TOPIC_WORD: dict[str, W] = {
    "no_show": {
        "fr": ["rdv non honoré"],
        "en": ["home visit no-show"],
        "de": ["Termin nicht erschienen"],
        "it": ["appuntamento saltato"],
        "pt": ["marcação falhada"],
        "es": ["cita no realizada"],
    },
    "double_charge": {
        "fr": ["double débit"],
        "en": ["charged twice"],
        "de": ["doppelte Abbuchung"],
        "it": ["doppio addebito"],
        "pt": ["cobrança dupla"],
        "es": ["cobro doble"],
    },
    "damage": {
        "fr": ["ongles abîmés"],
        "en": ["damaged nails"],
        "de": ["beschädigte Nägel"],
        "it": ["unghie rovinate"],
        "pt": ["unhas danificadas"],
        "es": ["uñas dañadas"],
    },
    "refund": {
        "fr": ["remboursement"],
        "en": ["refund"],
        "de": ["Erstattung"],
        "it": ["rimborso"],
        "pt": ["reembolso"],
        "es": ["reembolso"],
    },
    "wrong_price": {
        "fr": ["tarif Club"],
        "en": ["Club price"],
        "de": ["Club-Preis"],
        "it": ["prezzo Club"],
        "pt": ["preço Club"],
        "es": ["precio Club"],
    },
    "cancel_fee": {
        "fr": ["frais d'annulation"],
        "en": ["cancellation fee"],
        "de": ["Stornogebühr"],
        "it": ["penale"],
        "pt": ["taxa de cancelamento"],
        "es": ["penalización"],
    },
}

# Channel wrappers for an angry first message: {core} is the problem sentence.
ANGRY: dict[str, W] = {
    "email": {
        "fr": [
            "Bonjour,\n\n{core}. Je veux une solution rapidement.\n\n{first}",
            "Madame, Monsieur, {core}. C'est inadmissible. {first}",
        ],
        "en": [
            "Hello,\n\n{core}. Please sort this out today.\n\n{first}",
            "Hi, {core}. Not good enough. {first}",
        ],
        "de": ["Guten Tag,\n\n{core}. Ich erwarte eine Lösung.\n\n{first}"],
        "it": ["Buongiorno,\n\n{core}. Aspetto una soluzione.\n\n{first}"],
        "pt": ["Bom dia,\n\n{core}. Quero uma solução.\n\n{first}"],
        "es": ["Buenos días,\n\n{core}. Quiero una solución ya.\n\n{first}"],
    },
    "chat": {
        "fr": ["bonjour, {core}, je fais comment ??", "{core}. SÉRIEUSEMENT ?"],
        "en": ["hi, {core}, what do I do now??", "{core}. SERIOUSLY?"],
        "de": ["hallo, {core}, was jetzt??"],
        "it": ["ciao, {core}, e adesso??"],
        "pt": ["olá, {core}, e agora??"],
        "es": ["hola, {core}, ¿y ahora qué??"],
    },
    "social": {
        "fr": ["Franchement @{brand}, {core}. BRAVO 😡"],
        "en": ["Cheers @{brand}, {core}. FANTASTIC 😡"],
        "de": ["Danke @{brand}, {core}. SUPER 😡"],
        "it": ["Grazie @{brand}, {core}. COMPLIMENTI 😡"],
        "pt": ["Obrigadinha @{brand}, {core}. BOA 😡"],
        "es": ["Gracias @{brand}, {core}. GENIAL 😡"],
    },
    "web": {
        "fr": ["{core}. Merci de me rappeler."],
        "en": ["{core}. Please call me back."],
        "de": ["{core}. Bitte um Rückruf."],
        "it": ["{core}. Richiamatemi per favore."],
        "pt": ["{core}. Liguem-me por favor."],
        "es": ["{core}. Llamadme por favor."],
    },
}

LONG_EMAIL: W = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux crises de ma fille, donc pardon si c'est décousu. Cela fait deux ans que je viens chez vous presque tous les mois, j'ai offert des cartes cadeaux à ma mère et à mes collègues, et je n'avais jamais eu à me plaindre. Mais cette fois, {core}. J'ai essayé d'appeler deux fois, vingt minutes d'attente à chaque fois, puis la ligne coupe. Je ne demande pas la lune, juste qu'on règle ça sans que je doive y passer ma soirée.\n\nCordialement,\n{name}",
        "Bonjour à toute l'équipe,\n\nJe profite de la pause déjeuner au bureau, entre deux réunions sur le déménagement de nos locaux, pour vous écrire. Je suis cliente depuis l'ouverture du studio près de chez moi et j'en parle à tout le monde. Seulement voilà : {core}. Je suis très déçue, surtout que le mariage de ma sœur est dans dix jours.\n\nMerci de revenir vers moi,\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my son's football practice, so forgive the rambling. I've been coming to you for nearly two years, I bought my mum a gift card for her seventieth, and I've never had a reason to complain. But this time {core}. I tried ringing twice, waited twenty minutes each time and got cut off. I'm not asking for much, just for this to be fixed without it eating my whole evening.\n\nKind regards,\n{name}",
        "Dear {brand} team,\n\nQuick one from my lunch break at the surgery, between patients. I've recommended you to half the nurses here and I'm a Club member. However, {core}. It's my cousin's wedding next week and I'm honestly gutted.\n\nThanks,\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus der Mittagspause in der Praxis, zwischen zwei Patienten. Ich bin seit zwei Jahren Kundin und habe Sie überall empfohlen. Aber diesmal {core}. Zweimal angerufen, jeweils zwanzig Minuten Warteschleife. Bitte lösen Sie das.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. Sono cliente da due anni e vi ho sempre consigliati. Questa volta però {core}. Ho chiamato due volte, venti minuti di attesa. Vi prego di risolvere.\n\nCordiali saluti,\n{name}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo do carro à porta do treino de futebol do meu filho. Sou cliente há dois anos e sempre vos recomendei. Mas desta vez {core}. Liguei duas vezes, vinte minutos à espera. Por favor resolvam.\n\nCumprimentos,\n{name}"
    ],
    "es": [
        "Buenos días,\n\nos escribo desde la sala de espera del pediatra. Soy clienta desde hace dos años y siempre os he recomendado. Pero esta vez {core}. He llamado dos veces, veinte minutos de espera. Por favor, solucionadlo.\n\nUn saludo,\n{name}"
    ],
}

CASE_OPENED: W = {
    "fr": [
        "Bonjour {first}, nous sommes désolés. Votre dossier {case} est ouvert, nous revenons vers vous sous 48 h. Inès, {brand}"
    ],
    "en": [
        "Hi {first}, we're sorry about this. Your case {case} is open and we'll be back to you within 48 hours. Tom, {brand}"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns binnen 48 Stunden. Jana, {brand}"
    ],
    "it": [
        "Ciao {first}, ci dispiace. La pratica {case} è aperta, ti ricontattiamo entro 48 ore. Giulia, {brand}"
    ],
    "pt": [
        "Olá {first}, lamentamos. O seu processo {case} está aberto, respondemos em 48 horas. Rita, {brand}"
    ],
    "es": [
        "Hola {first}, lo sentimos. Tu incidencia {case} está abierta, te respondemos en 48 horas. Lucía, {brand}"
    ],
}

CASE_SUBJECT: W = {
    "fr": ["RE : Dossier {case}"],
    "en": ["Re: Your case {case}"],
    "de": ["AW: Vorgang {case}"],
    "it": ["R: Pratica {case}"],
    "pt": ["RE: Processo {case}"],
    "es": ["RE: Incidencia {case}"],
}

GOOD_NEWS: W = {
    "fr": [
        "Bonjour {first}, bonne nouvelle concernant le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? Inès, {brand}"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm? Tom, {brand}"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen? Jana, {brand}"
    ],
    "it": [
        "Ciao {first}, buone notizie sulla pratica {case}: risolto. Puoi confermare? Giulia, {brand}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o processo {case}: resolvido. Pode confirmar? Rita, {brand}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: resuelto. ¿Nos lo confirmas? Lucía, {brand}"
    ],
}

APOLOGY: W = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite."],
    "en": ["Sorry about my message yesterday, bad day. Thanks for sorting it so fast."],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke fürs schnelle Lösen."],
    "it": ["Scusate per ieri, giornataccia. Grazie per la rapidità."],
    "pt": ["Desculpem a mensagem de ontem, dia mau. Obrigada pela rapidez."],
    "es": ["Perdón por lo de ayer, mal día. Gracias por arreglarlo tan rápido."],
}

LOW_CSAT: W = {
    "fr": ["bof", ""],
    "en": ["meh", ""],
    "de": ["naja"],
    "it": ["mah"],
    "pt": ["fraco"],
    "es": ["regular"],
}

STILL_OPEN: W = {
    "fr": [
        "Dossier {case} : toujours rien. {core}, et personne ne me répond.",
        "Je relance pour le dossier {case}, c'est TOUJOURS pas réglé : {core}.",
    ],
    "en": [
        "Case {case}: still nothing. {core} and nobody gets back to me.",
        "Chasing case {case} AGAIN, still not fixed: {core}.",
    ],
    "de": ["Vorgang {case}: immer noch nichts. {core}, und keiner meldet sich."],
    "it": ["Pratica {case}: ancora niente. {core} e nessuno risponde."],
    "pt": ["Processo {case}: ainda nada. {core} e ninguém responde."],
    "es": ["Incidencia {case}: sigue igual. {core} y nadie contesta."],
}

THIRD_LINE: W = {
    "fr": ["Ma collègue va chez {comp} et chez eux ce genre de truc est réglé dans la journée."],
    "en": ["I've had a look at what {comp} charges, just saying."],
    "de": ["Eine Kollegin geht zu {comp}, da wird so was am selben Tag gelöst."],
    "it": ["Una collega va da {comp} e lì risolvono in giornata."],
    "pt": ["Uma colega vai à {comp} e lá resolvem no mesmo dia."],
    "es": ["Una compañera va a {comp} y allí lo solucionan el mismo día."],
}

FOURTH_LINE: W = {
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "en": ["This is the FOURTH time I'm writing."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "it": ["È la QUARTA volta che scrivo."],
    "pt": ["É a QUARTA vez que escrevo."],
    "es": ["Es la CUARTA vez que escribo."],
}

QUALITY_LEAD: W = {
    "fr": [
        "Bonjour {first}, votre dossier {case} est confié à notre responsable qualité, qui vous appellera avant vendredi midi. Inès, {brand}"
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Tom, {brand}"
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Jana, {brand}"
    ],
    "it": [
        "Ciao {first}, la pratica {case} è passata alla nostra responsabile qualità, che ti chiamerà entro venerdì. Giulia, {brand}"
    ],
    "pt": [
        "Olá {first}, o processo {case} passou para a nossa responsável de qualidade, que liga até sexta. Rita, {brand}"
    ],
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes. Lucía, {brand}"
    ],
}

URGENT: W = {
    "fr": ["Ajouté à votre dossier {case}, marqué urgent."],
    "en": ["Added to your case {case}, marked urgent."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt, als dringend markiert."],
    "it": ["Aggiunto alla pratica {case}, segnata come urgente."],
    "pt": ["Adicionado ao processo {case}, marcado como urgente."],
    "es": ["Añadido a tu incidencia {case}, marcada como urgente."],
}

CONFIRMED: W = {
    "fr": ["C'est bon pour le dossier {case}, tout est en ordre, merci !"],
    "en": ["Confirmed on case {case}, all good now, thanks!"],
    "de": ["Vorgang {case} passt jetzt, danke!"],
    "it": ["Confermo per la pratica {case}, tutto a posto, grazie!"],
    "pt": ["Confirmo o processo {case}, está tudo bem, obrigada!"],
    "es": ["Confirmado lo de la incidencia {case}, todo bien, ¡gracias!"],
}

SLIDE: W = {
    "fr": [
        "Rdv de 14h commencé à 14h40 sans un mot d'excuse, dommage",
        "Vernis qui s'écaille au bout de quatre jours, d'habitude ça tient trois semaines",
        "Plus un seul créneau le samedi dans l'appli depuis un mois",
        "Le Club augmente de 4 € par mois et on a moins de créneaux. Génial.",
        "Facturée 15 € de 'soin supplémentaire' que personne ne m'a proposé, j'en ai marre de {brand}",
        "Ma sœur va chez {comp}, j'ai réservé là-bas pour samedi.",
    ],
    "en": [
        "2pm appointment started at 2:40 and not even a sorry, shame",
        "polish chipping after four days, normally it lasts three weeks",
        "not a single Saturday slot in the app for a month now",
        "Club price up £3 a month and fewer slots. Great.",
        "charged £13 for an 'extra treatment' nobody offered me, fed up with {brand}",
        "My sister goes to {comp}, I've booked there for Saturday.",
    ],
    "de": [
        "Termin um 14 Uhr erst um 14:40 angefangen, keine Entschuldigung",
        "Lack splittert nach vier Tagen, sonst hält er drei Wochen",
        "Seit einem Monat kein Samstagstermin mehr in der App",
        "Club 4 € teurer und weniger Termine. Toll.",
        "15 € für eine 'Zusatzpflege' berechnet, die keiner angeboten hat, mir reicht es mit {brand}",
        "Meine Schwester geht zu {comp}, ich habe dort für Samstag gebucht.",
    ],
    "it": [
        "Appuntamento delle 14 iniziato alle 14:40 senza scuse",
        "Smalto che si scheggia dopo quattro giorni",
        "Nessun posto il sabato nell'app da un mese",
        "Club più caro di 4 € e meno posti. Ottimo.",
        "15 € per un 'trattamento extra' mai proposto, basta con {brand}",
        "Mia sorella va da {comp}, ho prenotato lì per sabato.",
    ],
    "pt": [
        "Marcação das 14h começou às 14h40 sem um pedido de desculpa",
        "Verniz a lascar ao fim de quatro dias",
        "Há um mês que não há horários ao sábado na app",
        "Club mais caro 4 € e menos horários. Ótimo.",
        "Cobraram 15 € por um 'tratamento extra' que ninguém ofereceu, farta da {brand}",
        "A minha irmã vai à {comp}, marquei lá para sábado.",
    ],
    "es": [
        "Cita de las 14h empezó a las 14:40 sin una disculpa",
        "Esmalte saltado a los cuatro días",
        "Ni un hueco los sábados en la app desde hace un mes",
        "Club 4 € más caro y menos huecos. Genial.",
        "15 € por un 'tratamiento extra' que nadie me ofreció, harta de {brand}",
        "Mi hermana va a {comp}, he reservado allí para el sábado.",
    ],
}

LEAVE: W = {
    "fr": [
        "Bonjour, je déménage à la campagne, plus de studio à moins d'une heure. Je voudrais résilier mon abonnement Club et fermer mon compte. Merci pour tout, {first}"
    ],
    "en": [
        "Hi, I've started doing my own nails with a kit I got for my birthday. Please cancel my Club membership and close my account. Thanks for everything, {first}"
    ],
    "de": [
        "Hallo, ich ziehe weg und es gibt dort kein Studio. Bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie mein Konto. {first}"
    ],
    "it": [
        "Ciao, mi trasferisco e lì non ci sono studi. Vorrei disdire il Club e chiudere l'account. {first}"
    ],
    "pt": ["Olá, vou mudar de cidade. Quero cancelar o Club e fechar a minha conta. {first}"],
    "es": [
        "Hola, me mudo y allí no hay salón. Quiero darme de baja del Club y cerrar la cuenta. {first}"
    ],
}

SORRY_GO: W = {
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. Inès, {brand}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website. Tom, {brand}"
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. Jana, {brand}"
    ],
    "it": ["Ciao {first}, ci dispiace. Puoi disdire da solo nell'app o sul sito. Giulia, {brand}"],
    "pt": ["Olá {first}, lamentamos. Pode cancelar na app ou no site. Rita, {brand}"],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o en la web. Lucía, {brand}"
    ],
}

# Business arm (Smaltino Pro): office wellness days and staff vouchers on account.
B2B_PROBLEM: dict[str, W] = {
    "invoice": {
        "fr": [
            "les factures portent encore l'ancien nom de la société et aucun numéro de bon de commande, la compta les rejette"
        ],
        "en": [
            "the invoices still show our old company name and no PO number, accounts payable keeps rejecting them"
        ],
        "de": [
            "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab"
        ],
        "it": ["le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine"],
        "pt": ["as faturas têm o nome antigo da empresa e nenhum número de encomenda"],
        "es": ["las facturas llevan el nombre antiguo de la empresa y ningún número de pedido"],
    },
    "service_blocked": {
        "fr": [
            "les bons salariés sont refusés en studio, 'compte suspendu', alors que tout est payé"
        ],
        "en": [
            "our staff vouchers are refused at the studios, 'account on hold', though everything is paid"
        ],
        "de": [
            "unsere Mitarbeitergutscheine werden im Studio abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "it": ["i buoni dei dipendenti vengono rifiutati, 'conto sospeso', ma è tutto pagato"],
        "pt": ["os vales dos funcionários são recusados, 'conta suspensa', e está tudo pago"],
        "es": [
            "los vales de la plantilla se rechazan en los salones, 'cuenta bloqueada', y está todo pagado"
        ],
    },
    "portal": {
        "fr": [
            "le portail n'affiche aucune journée bien-être réservée, impossible d'annuler celle de jeudi"
        ],
        "en": ["the portal shows no wellness days booked at all, so we can't cancel Thursday's"],
        "de": [
            "das Portal zeigt keinen gebuchten Wellnesstag, wir können den Donnerstag nicht absagen"
        ],
        "it": ["il portale non mostra nessuna giornata benessere prenotata"],
        "pt": ["o portal não mostra nenhum dia de bem-estar marcado"],
        "es": ["el portal no muestra ninguna jornada de bienestar reservada"],
    },
    "overbilled": {
        "fr": [
            "on nous facture le tarif à la personne au lieu du forfait journée du contrat, plus de 700 € d'écart"
        ],
        "en": ["we're billed per person instead of the contract day rate, over £600 difference"],
        "de": [
            "uns wird pro Person statt der vertraglichen Tagespauschale berechnet, über 700 € Unterschied"
        ],
        "it": ["ci fatturate a persona invece della tariffa giornaliera del contratto"],
        "pt": ["faturam-nos por pessoa em vez do valor diário do contrato"],
        "es": ["nos facturáis por persona en vez de la tarifa diaria del contrato"],
    },
}

B2B_FIRST: W = {
    "fr": ["Bonjour,\n\n{core}. Merci de corriger au plus vite.\n\n{name}, {job}"],
    "en": ["Hello,\n\n{core}. Please fix this as soon as possible.\n\n{name}, {job}"],
    "de": ["Guten Tag,\n\n{core}. Bitte um schnelle Korrektur.\n\n{name}, {job}"],
    "it": ["Buongiorno,\n\n{core}. Per favore correggete subito.\n\n{name}, {job}"],
    "pt": ["Bom dia,\n\n{core}. Por favor corrijam.\n\n{name}, {job}"],
    "es": ["Buenos días,\n\n{core}. Por favor corregidlo.\n\n{name}, {job}"],
}

B2B_LATER: W = {
    "fr": [
        "Bonjour, ma collègue {other} vous a écrit {day} (dossier {case}) : {core}. Même chose chez nous au service. {name}"
    ],
    "en": [
        "Hi, my colleague {other} wrote to you {day} (case {case}): {core}. Same here in our team. {name}"
    ],
    "de": [
        "Hallo, meine Kollegin {other} hat Ihnen {day} geschrieben (Vorgang {case}): {core}. Bei uns genauso. {name}"
    ],
    "it": [
        "Buongiorno, la collega {other} vi ha scritto {day} (pratica {case}): {core}. Anche da noi. {name}"
    ],
    "pt": [
        "Bom dia, a minha colega {other} escreveu {day} (processo {case}): {core}. Aqui igual. {name}"
    ],
    "es": [
        "Hola, mi compañera {other} os escribió {day} (incidencia {case}): {core}. Aquí igual. {name}"
    ],
}

WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "heute früh"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
}

B2B_LAST_EMAIL: W = {
    "fr": [
        "Dossier {case} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}. {name}"
    ],
    "en": [
        "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for their rates. {name}"
    ],
    "de": [
        "Vorgang {case}: nichts ist gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt. {name}"
    ],
    "it": [
        "Pratica {case}: niente risolto e vi hanno scritto in tanti. Gli acquisti hanno chiesto i prezzi a {comp}. {name}"
    ],
    "pt": [
        "Processo {case}: nada resolvido e vários colegas escreveram. As compras já pediram preços à {comp}. {name}"
    ],
    "es": [
        "Incidencia {case}: nada resuelto y os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}. {name}"
    ],
}

B2B_LAST_CALL: W = {
    "fr": [
        "oui bonjour c'est pour le dossier {case} toujours pas réglé plusieurs collègues vous ont écrit mon chef dit qu'on change de prestataire si c'est pas fait cette semaine"
    ],
    "en": [
        "hi it's about case {case} still not sorted several of my colleagues have written my boss says we move the account if it isn't fixed this week"
    ],
    "de": [
        "ja hallo es geht um Vorgang {case} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno per la pratica {case} ancora niente diversi colleghi vi hanno scritto il mio capo dice che cambiamo fornitore"
    ],
    "pt": [
        "bom dia é sobre o processo {case} continua igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor"
    ],
    "es": [
        "hola es por la incidencia {case} sigue igual varios compañeros os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: W = {
    "fr": [
        "Suggestion : pourriez-vous exporter les dépenses par centre de coût dans le portail ?",
        "Ce serait pratique d'avoir la liste des participants sur la facture.",
    ],
    "en": [
        "Suggestion: could the portal export spend by cost centre?",
        "It would help to have the attendee list on the invoice.",
    ],
    "de": ["Vorschlag: Export der Ausgaben nach Kostenstelle im Portal?"],
    "it": ["Suggerimento: esportare le spese per centro di costo nel portale?"],
    "pt": ["Sugestão: exportar os gastos por centro de custo no portal?"],
    "es": ["Sugerencia: ¿exportar el gasto por centro de coste en el portal?"],
}

B2B_ACK: W = {
    "fr": ["Bonjour {first}, merci, c'est noté sous la référence {case}. L'équipe {brand} Pro"],
    "en": ["Hi {first}, thanks, logged under reference {case}. The {brand} Pro team"],
    "de": ["Hallo {first}, danke, erfasst unter {case}. Ihr {brand}-Pro-Team"],
    "it": ["Ciao {first}, grazie, registrato con riferimento {case}. Team {brand} Pro"],
    "pt": ["Olá {first}, obrigado, registado com a referência {case}. Equipa {brand} Pro"],
    "es": ["Hola {first}, gracias, registrado con la referencia {case}. Equipo {brand} Pro"],
}

B2B_Q: W = {
    "fr": ["Bonjour, peut-on ajouter deux personnes à la journée bien-être de mardi ?"],
    "en": ["Hi, can we add two people to Tuesday's wellness day?"],
    "de": ["Hallo, können wir zwei Personen zum Wellnesstag am Dienstag hinzufügen?"],
    "it": ["Ciao, possiamo aggiungere due persone alla giornata di martedì?"],
    "pt": ["Olá, podemos juntar duas pessoas ao dia de terça?"],
    "es": ["Hola, ¿podemos añadir dos personas a la jornada del martes?"],
}

B2B_PRAISE: W = {
    "fr": ["La journée bien-être chez nous s'est super bien passée, l'équipe a adoré {brand}"],
    "en": ["Wellness day at the office went down a storm, thanks {brand}"],
    "de": ["Der Wellnesstag im Büro war ein voller Erfolg, danke {brand}"],
    "it": ["Giornata benessere in ufficio riuscitissima, grazie {brand}"],
    "pt": ["O dia de bem-estar no escritório foi um sucesso, obrigado {brand}"],
    "es": ["La jornada de bienestar en la oficina, un éxito, gracias {brand}"],
}

# The planted incident (topic_spike only).
SPIKE_REPORT: W = {
    "fr": [
        "Je viens de recevoir une notif 'votre rdv est annulé' alors que je n'ai rien annulé ?? Et le lien pour reprendre rdv affiche NLC-726",
        "bonjour, l'appli me dit que mon rdv de 11h est ANNULÉ, je n'ai rien fait, c'est quoi ce bazar",
        "@{brand} notif d'annulation reçue pour mon rdv de cet aprem, je n'ai RIEN annulé, et 'reprendre rdv' plante",
    ],
    "en": [
        "Just got a push saying my appointment is cancelled, I never cancelled anything?? Rebook link shows NLC-726",
        "hi, the app says my 12 o'clock is CANCELLED, I didn't touch it, what's going on",
        "@{brand} got a cancellation notice for today's appointment I never cancelled, and rebooking just errors",
    ],
    "de": [
        "Ich habe eine Push-Nachricht 'Termin storniert' bekommen, habe aber nichts storniert! Neu buchen zeigt Fehler NLC-726"
    ],
    "it": [
        "Mi è arrivata la notifica 'appuntamento annullato' ma non ho annullato niente, e riprenotare dà errore"
    ],
    "pt": ["Recebi aviso de 'marcação cancelada' mas não cancelei nada! Remarcar dá erro NLC-726"],
    "es": [
        "Me ha llegado 'cita cancelada' y yo no he cancelado nada, y al volver a reservar sale NLC-726"
    ],
}

SPIKE_AGAIN: W = {
    "fr": [
        "Toujours la notif d'annulation et NLC-726 quand je veux reprendre rdv, je viens quand même à 11h ou pas ?"
    ],
    "en": ["Still showing cancelled and NLC-726 on the rebook, do I just turn up or what?"],
    "de": ["Immer noch storniert und NLC-726, soll ich trotzdem kommen?"],
    "it": ["Ancora annullato e ancora l'errore, vengo lo stesso?"],
    "pt": ["Continua cancelada e com NLC-726, vou na mesma?"],
    "es": ["Sigue cancelada y con el error, ¿voy igualmente?"],
}

SPIKE_CHAT_ANSWER: W = {
    "fr": [
        "Bonjour, oui, des notifications d'annulation partent par erreur ce matin, votre rdv est bien maintenu, nos équipes corrigent."
    ],
    "en": [
        "Hi, yes, cancellation notices are going out by mistake this morning; your appointment stands and we're fixing it."
    ],
    "de": [
        "Hallo, ja, heute früh gehen fälschlich Stornierungen raus; Ihr Termin bleibt bestehen, wir beheben es."
    ],
    "it": [
        "Ciao, sì, stamattina partono notifiche di annullamento per errore; l'appuntamento resta valido."
    ],
    "pt": ["Olá, sim, estão a sair avisos de cancelamento por engano; a sua marcação mantém-se."],
    "es": ["Hola, sí, esta mañana salen avisos de cancelación por error; tu cita se mantiene."],
}

SPIKE_FIXED: W = {
    "fr": [
        "Bonjour {first}, les notifications d'annulation envoyées par erreur ce matin sont corrigées depuis 12h40 (heure locale). Votre rdv était maintenu ; 10 € ont été crédités sur votre compte. Inès, {brand}"
    ],
    "en": [
        "Hi {first}, the cancellation notices sent by mistake this morning are fixed since 11:40 local time. Your appointment stood; £9 credit added to your account. Tom, {brand}"
    ],
    "de": [
        "Hallo {first}, die irrtümlichen Stornierungen von heute früh sind seit 12:40 behoben. 10 € Guthaben wurden gutgeschrieben. Jana, {brand}"
    ],
    "it": [
        "Ciao {first}, le notifiche di annullamento inviate per errore sono risolte dalle 12:40. 10 € di credito aggiunti. Giulia, {brand}"
    ],
    "pt": [
        "Olá {first}, os avisos de cancelamento enviados por engano estão resolvidos desde as 11:40. 10 € de crédito. Rita, {brand}"
    ],
    "es": [
        "Hola {first}, los avisos de cancelación enviados por error están resueltos desde las 12:40. 10 € de crédito. Lucía, {brand}"
    ],
}

LONE_Q: W = {
    "fr": [
        "Bonjour, j'ai reçu un rappel pour demain mais l'heure affichée était 10h au lieu de 10h30, puis c'est revenu tout seul. C'est bien 10h30 ?"
    ],
    "de": [
        "Hallo, die Erinnerung zeigte kurz 10 Uhr statt 10:30, dann wieder richtig. Bleibt es bei 10:30?"
    ],
    "en": [
        "Hi, my reminder for tomorrow showed 10:00 instead of 10:30 for a second, then went back. Is it still 10:30?"
    ],
    "it": [
        "Ciao, il promemoria ha mostrato le 10 invece delle 10:30, poi si è corretto. Resta alle 10:30?"
    ],
    "pt": ["Olá, o lembrete mostrou 10h em vez de 10h30 e depois corrigiu. Mantém-se às 10h30?"],
    "es": [
        "Hola, el recordatorio mostró las 10 en vez de las 10:30 y luego se corrigió. ¿Sigue a las 10:30?"
    ],
}

LONE_A: W = {
    "fr": [
        "Bonjour, oui, c'est bien 10h30, l'affichage se met à jour en quelques secondes. À demain !"
    ],
    "de": ["Hallo, ja, 10:30 stimmt, die Anzeige aktualisiert sich nach ein paar Sekunden."],
    "en": ["Hi, yes, 10:30 is right, the display refreshes after a few seconds."],
    "it": ["Ciao, sì, 10:30 è corretto, la schermata si aggiorna dopo pochi secondi."],
    "pt": ["Olá, sim, 10h30 está certo, o ecrã atualiza após uns segundos."],
    "es": ["Hola, sí, las 10:30 son correctas, la pantalla se actualiza en unos segundos."],
}
