"""Wording of heldout316: Lanuvia, alpaca and llama treks on partner farms, written blind."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("en", "it", "de", "es", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "en": ("UK", "UK", "IE"),
    "it": ("IT", "IT", "CH"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
    "fr": ("FR", "BE", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "en": ["Olivia", "Harry", "Megan", "Callum", "Siobhan", "Rory", "Jade", "Owen"],
    "it": ["Giulia", "Marco", "Chiara", "Lorenzo", "Federica", "Matteo", "Sara", "Davide"],
    "de": ["Lena", "Jonas", "Katrin", "Felix", "Miriam", "Tobias"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Nuria", "Álvaro"],
    "fr": ["Camille", "Hugo", "Manon", "Julien", "Élodie", "Bastien"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana", "Nuno"],
}
LAST = {
    "en": ["Hughes", "Doyle", "Patel", "Barker", "Quinn", "Walsh", "Fletcher", "Moss"],
    "it": ["Ferraro", "Galli", "Rinaldi", "Colombo", "Marchetti", "Bruno", "Greco", "Fontana"],
    "de": ["Krüger", "Hahn", "Vogel", "Lorenz", "Seidel", "Brandl"],
    "es": ["Navarro", "Ortega", "Vidal", "Campos", "Iglesias", "Herrero"],
    "fr": ["Marchand", "Lefèvre", "Roux", "Gauthier", "Perrin", "Caron"],
    "pt": ["Ferreira", "Sousa", "Lopes", "Carvalho", "Pinto", "Matos"],
}
PRODUCTS = [
    ("Morning alpaca trek, 2 people", 64),
    ("Llama picnic walk, family of 4", 118),
    ("Alpaca yarn bundle, 5 skeins", 42),
    ("Sunset llama trek, 1 person", 39),
    ("Lanuvia Amici membership, 1 year", 89),
    ("Gift voucher, alpaca trek", 55),
]
PAGES = ["/treks", "/farms/nearby", "/shop/yarn", "/amici", "/gift-vouchers", "/account/bookings"]

PRAISE = {
    "en": [
        "Took my mum on the morning alpaca trek with Lanuvia for her 70th. Biscuit the alpaca stole the show 🦙",
        "Honestly the nicest Saturday we've had in ages, the llama walk was calm and the farmer knew every animal by name",
        "Third time on a Lanuvia trek this year and the kids still talk about it all week",
        "Lovely yarn from the farm shop, arrived quick and smells faintly of hay haha",
    ],
    "it": [
        "Trekking con gli alpaca di Lanuvia stamattina, bambini felicissimi e guida bravissima",
        "Passeggiata con i lama al tramonto, una pace incredibile. Ci torniamo di sicuro",
        "Terza volta quest'anno con Lanuvia e ogni volta è una coccola 🦙",
        "La lana d'alpaca presa sul sito è morbidissima, mia nonna ci ha già fatto una sciarpa",
    ],
    "de": [
        "Alpakawanderung mit Lanuvia am Sonntag, die Kinder waren begeistert",
        "Schon wieder ein toller Lama-Spaziergang, die Bäuerin erklärt alles mit so viel Geduld",
    ],
    "es": [
        "Paseo con alpacas de Lanuvia este finde, mis hijos no querían irse",
        "Otra vez genial la ruta con llamas, muy bien organizado todo",
    ],
    "fr": [
        "Balade avec les alpagas Lanuvia ce matin, un vrai moment de calme",
        "Encore une super rando lamas, la guide était adorable avec les petits",
    ],
    "pt": [
        "Passeio com alpacas da Lanuvia no sábado, os miúdos adoraram",
        "Mais uma vez um passeio com lamas impecável, recomendo",
    ],
}
GRIPE_PRAISE = {
    "en": ["Great trek again, only the car park at the farm is a mud bath. Still five stars"],
    "it": [
        "Bellissima esperienza, solo il parcheggio della fattoria è un disastro di fango. Comunque consigliato"
    ],
    "de": ["Wieder schön, nur die Anfahrt zum Hof ist schlecht ausgeschildert"],
    "es": ["Muy bonito todo, solo que el aparcamiento de la granja es pequeño"],
    "fr": ["Très bien, juste le parking de la ferme est minuscule"],
    "pt": ["Muito bom, só o estacionamento da quinta é pequeno"],
}
QUESTION = {
    "en": [
        "Hi, can my 5 year old walk an alpaca on her own or does she need an adult with her?",
        "Are dogs allowed on the llama picnic walk?",
        "Can I move my Saturday trek to Sunday without paying again?",
    ],
    "it": [
        "Ciao, i bambini di 4 anni possono condurre un alpaca da soli?",
        "Se piove il trekking si fa lo stesso?",
        "Posso spostare la prenotazione di sabato a domenica?",
    ],
    "de": [
        "Hallo, kann man die Wanderung auch mit Kinderwagen machen?",
        "Gibt es am Hof Toiletten?",
    ],
    "es": ["Hola, se puede ir con carrito de bebé al paseo?", "Si llueve se hace igual la ruta?"],
    "fr": ["Bonjour, peut-on venir avec une poussette ?", "S'il pleut, la balade est maintenue ?"],
    "pt": ["Olá, dá para ir com carrinho de bebé?", "Se chover o passeio faz-se na mesma?"],
}
ANSWER = {
    "en": [
        "Hi! Yes, that's fine, the farm team will show you. Any other question just ask.",
        "Good question! It's all in your booking, and you can move it free up to 24 h before.",
    ],
    "it": [
        "Ciao! Sì, nessun problema, lo staff della fattoria vi aiuta. Per altro siamo qui.",
        "Certo, puoi spostarla gratis fino a 24 ore prima dalla app.",
    ],
    "de": ["Hallo! Ja, das geht, das Team am Hof hilft gern."],
    "es": ["¡Hola! Sí, sin problema, el equipo de la granja os ayuda."],
    "fr": ["Bonjour ! Oui, aucun souci, l'équipe de la ferme vous aidera."],
    "pt": ["Olá! Sim, sem problema, a equipa da quinta ajuda."],
}
THANKS = {
    "en": ["Brilliant, thanks!", "Perfect cheers"],
    "it": ["Perfetto grazie mille!", "Ok grazie 🙂"],
    "de": ["Super, danke!"],
    "es": ["Genial, gracias!"],
    "fr": ["Parfait, merci !"],
    "pt": ["Ótimo, obrigado!"],
}
PHONE_Q = {
    "en": [
        "hi yeah I wanted to ask if the gift voucher can be used at any farm or only the one on it",
        "hello can I add two people to my trek on sunday",
    ],
    "it": [
        "buongiorno volevo sapere se il buono regalo vale in tutte le fattorie",
        "salve posso aggiungere due persone al trekking di domenica",
    ],
    "de": ["hallo ich wollte fragen ob der Gutschein auf jedem Hof gilt"],
    "es": ["hola quería saber si el bono regalo vale para cualquier granja"],
    "fr": ["bonjour je voulais savoir si le bon cadeau marche dans toutes les fermes"],
    "pt": ["olá queria saber se o vale oferta dá para qualquer quinta"],
}
FOLLOWUP = {
    "en": "Thanks for calling Lanuvia, as promised: it works at every partner farm. Enjoy the trek!",
    "it": "Grazie per la chiamata, come detto vale in tutte le fattorie partner. Buon trekking!",
    "de": "Danke für Ihren Anruf, wie besprochen gilt er auf allen Partnerhöfen. Viel Spaß!",
    "es": "Gracias por llamar, como te dijimos vale en todas las granjas. ¡Disfrutad!",
    "fr": "Merci de votre appel, comme convenu il est valable dans toutes nos fermes. Bonne balade !",
    "pt": "Obrigado pela chamada, como combinado vale em todas as quintas. Bom passeio!",
}
REVIEW = {
    "en": [
        "Wonderful morning, gentle animals and a great guide",
        "Well run, good value, we'll be back",
    ],
    "it": ["Esperienza bellissima, animali dolcissimi", "Organizzazione perfetta, torneremo"],
    "de": ["Sehr schöner Vormittag, tolle Tiere"],
    "es": ["Mañana preciosa, animales muy tranquilos"],
    "fr": ["Superbe matinée, animaux très doux"],
    "pt": ["Manhã linda, animais muito calmos"],
}
SURVEY_WORD = {
    "en": ["Lovely", "", "🦙"],
    "it": ["Top", "", "Bellissimo"],
    "de": ["Toll", ""],
    "es": ["Genial", ""],
    "fr": ["Super", ""],
    "pt": ["Ótimo", ""],
}
NIGHT_POST = {
    "en": [
        "2am and I'm scrolling alpaca videos from the Lanuvia farm again, no regrets",
        "night shift done, booked a llama walk for Saturday to recover",
    ],
    "it": [
        "Le 2 di notte e sto prenotando un trekking con gli alpaca, normale no?",
        "Turno di notte finito, sabato lama e sole",
    ],
    "de": ["Nachtschicht vorbei, Alpakawanderung für Samstag gebucht"],
    "es": ["Las 3 de la mañana y yo mirando vídeos de alpacas jaja"],
    "fr": ["3h du mat et je regarde des vidéos d'alpagas lol"],
    "pt": ["3 da manhã e eu a ver vídeos de alpacas"],
}
NIGHT_Q = {
    "en": ["Quick one, what time does the farm gate open for the 9am trek?"],
    "it": ["Domanda veloce, a che ora apre il cancello per il trekking delle 9?"],
    "de": ["Kurze Frage, wann öffnet das Hoftor für die 9-Uhr-Wanderung?"],
    "es": ["Pregunta rápida, a qué hora abre la granja para la ruta de las 9?"],
    "fr": ["Petite question, la ferme ouvre à quelle heure pour la balade de 9h ?"],
    "pt": ["Pergunta rápida, a que horas abre a quinta para o passeio das 9?"],
}
PROBLEMS = ("no_show", "double_charge", "sick_animal", "refund", "wrong_price", "cancel_fee")
PROBLEM = {
    "en": {
        "no_show": "We drove an hour to the farm for our 10am trek and the gate was LOCKED, nobody there, no text, nothing. Two kids in tears.",
        "double_charge": "You've charged my card TWICE for the same family llama walk, £118 each. Please refund one now.",
        "sick_animal": "The alpaca we were given was limping the whole trek and the guide just said keep going. Really upsetting for my daughter.",
        "refund": "Trek cancelled by you for the storm three weeks ago and I still haven't had my refund.",
        "wrong_price": "I'm an Amici member and the app charged me the full non-member price again.",
        "cancel_fee": "Cancelled six days ahead and you took a late cancellation fee. That's not what your terms say.",
    },
    "it": {
        "no_show": "Un'ora di macchina per il trekking delle 10 e la fattoria era CHIUSA, nessuno, nessun messaggio. Bambini in lacrime.",
        "double_charge": "Mi avete addebitato DUE volte la stessa passeggiata con i lama, 118 € ciascuna. Rimborsatene una subito.",
        "sick_animal": "L'alpaca che ci hanno dato zoppicava per tutto il percorso e la guida ha detto di continuare. Mia figlia ci è rimasta malissimo.",
        "refund": "Trekking annullato da voi per il temporale tre settimane fa e il rimborso non è ancora arrivato.",
        "wrong_price": "Sono socia Amici e la app mi ha fatto pagare di nuovo il prezzo pieno.",
        "cancel_fee": "Ho disdetto sei giorni prima e mi avete preso la penale per disdetta tardiva. Non è quello che dicono le condizioni.",
    },
    "de": {
        "no_show": "Eine Stunde zum Hof gefahren und das Tor war ZU, niemand da, keine Nachricht.",
        "double_charge": "Sie haben die Lama-Wanderung ZWEIMAL abgebucht, je 118 €. Bitte sofort eine zurück.",
        "sick_animal": "Unser Alpaka hat die ganze Zeit gehinkt und der Guide meinte einfach weitergehen.",
        "refund": "Die Wanderung wurde von Ihnen wegen Sturm abgesagt, vor drei Wochen, und noch immer keine Erstattung.",
        "wrong_price": "Ich bin Amici-Mitglied und die App berechnet mir den vollen Preis.",
        "cancel_fee": "Sechs Tage vorher storniert und trotzdem eine Stornogebühr. Das steht so nicht in Ihren Bedingungen.",
    },
    "es": {
        "no_show": "Una hora de coche para la ruta de las 10 y la granja CERRADA, nadie, ni un mensaje.",
        "double_charge": "Me habéis cobrado DOS veces el mismo paseo con llamas, 118 € cada uno. Devolvedme uno ya.",
        "sick_animal": "La alpaca que nos tocó cojeaba todo el camino y el guía dijo que siguiéramos.",
        "refund": "Cancelasteis la ruta por la tormenta hace tres semanas y sigo sin el reembolso.",
        "wrong_price": "Soy socia Amici y la app me cobra el precio completo.",
        "cancel_fee": "Cancelé con seis días y me cobrasteis penalización. Eso no dicen vuestras condiciones.",
    },
    "fr": {
        "no_show": "Une heure de route pour la balade de 10h et la ferme était FERMÉE, personne, aucun message.",
        "double_charge": "Vous avez débité DEUX fois la même balade lamas, 118 € chacune. Remboursez-en une.",
        "sick_animal": "Notre alpaga boitait tout le long et le guide a dit de continuer.",
        "refund": "Balade annulée par vous pour l'orage il y a trois semaines, toujours pas remboursée.",
        "wrong_price": "Je suis membre Amici et l'appli me fait payer le plein tarif.",
        "cancel_fee": "Annulé six jours avant et vous avez pris des frais d'annulation tardive.",
    },
    "pt": {
        "no_show": "Uma hora de carro para o passeio das 10 e a quinta estava FECHADA, ninguém, nem uma mensagem.",
        "double_charge": "Cobraram DUAS vezes o mesmo passeio com lamas, 118 € cada. Devolvam um já.",
        "sick_animal": "A alpaca que nos deram coxeava o caminho todo e o guia disse para continuar.",
        "refund": "Cancelaram o passeio pela tempestade há três semanas e ainda não recebi o reembolso.",
        "wrong_price": "Sou sócia Amici e a app cobra-me o preço completo.",
        "cancel_fee": "Cancelei com seis dias e cobraram taxa de cancelamento tardio.",
    },
}
PHONE_PROBLEM = {
    "en": "yeah hi I'm calling because {p} I've been on hold twenty minutes and I want this sorted today",
    "it": "pronto sì chiamo perché {p} sono in attesa da venti minuti e voglio una risposta oggi",
    "de": "ja hallo ich rufe an weil {p} ich hänge seit zwanzig Minuten in der Warteschleife",
    "es": "hola mire llamo porque {p} llevo veinte minutos esperando",
    "fr": "oui bonjour j'appelle parce que {p} ça fait vingt minutes que j'attends",
    "pt": "olá estou a ligar porque {p} estou à espera há vinte minutos",
}
SUBJECT = {
    "en": "Complaint: {t}",
    "it": "Reclamo: {t}",
    "de": "Beschwerde: {t}",
    "es": "Reclamación: {t}",
    "fr": "Réclamation : {t}",
    "pt": "Reclamação: {t}",
}
TOPIC = {
    "en": {
        "no_show": "farm closed",
        "double_charge": "charged twice",
        "sick_animal": "lame alpaca",
        "refund": "refund missing",
        "wrong_price": "member price",
        "cancel_fee": "cancellation fee",
    },
    "it": {
        "no_show": "fattoria chiusa",
        "double_charge": "doppio addebito",
        "sick_animal": "alpaca zoppo",
        "refund": "rimborso",
        "wrong_price": "prezzo socio",
        "cancel_fee": "penale",
    },
    "de": {
        "no_show": "Hof geschlossen",
        "double_charge": "doppelt abgebucht",
        "sick_animal": "lahmes Alpaka",
        "refund": "Erstattung",
        "wrong_price": "Mitgliederpreis",
        "cancel_fee": "Stornogebühr",
    },
    "es": {
        "no_show": "granja cerrada",
        "double_charge": "cobro doble",
        "sick_animal": "alpaca coja",
        "refund": "reembolso",
        "wrong_price": "precio socio",
        "cancel_fee": "penalización",
    },
    "fr": {
        "no_show": "ferme fermée",
        "double_charge": "double débit",
        "sick_animal": "alpaga boiteux",
        "refund": "remboursement",
        "wrong_price": "tarif membre",
        "cancel_fee": "frais d'annulation",
    },
    "pt": {
        "no_show": "quinta fechada",
        "double_charge": "cobrança dupla",
        "sick_animal": "alpaca coxa",
        "refund": "reembolso",
        "wrong_price": "preço sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}
LONG_EMAIL = {
    "en": [
        "Hello,\n\nI'm writing this on my phone in the hospital car park while my dad has his scan, so forgive the typos. We've used Lanuvia for two years, birthdays, my sister's hen do, all lovely. But this weekend: {p} I had to explain to two small children why there were no alpacas. I'd like an answer, not a template.\n\nRegards",
        "Dear Lanuvia team,\n\nI've put off writing this all week between school runs and work. I'm not someone who complains. {p} We had planned the day around it for a month. Please sort it out.\n\nThanks",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi scusate la fretta. Siamo clienti da due anni, compleanni, gite, sempre tutto bene. Ma questa volta: {p} Ho dovuto spiegare ai bambini perché niente alpaca. Vorrei una risposta vera.\n\nCordiali saluti",
        "Gentile Lanuvia,\n\nrimando questa mail da giorni tra lavoro e trasloco. Non sono una che si lamenta. {p} Avevamo organizzato tutta la giornata intorno a questo. Per favore sistemate.\n\nGrazie",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt. Wir sind seit Jahren Kunden und waren immer froh. Aber diesmal: {p} Ich erwarte eine echte Antwort.\n\nGrüße"
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche esperando a que salga mi hijo de natación. Somos clientes desde hace años, siempre bien. Pero esta vez: {p} Quiero una respuesta de verdad.\n\nSaludos"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné. Clients depuis deux ans, toujours contents. Mais cette fois : {p} J'attends une vraie réponse.\n\nCordialement"
    ],
    "pt": [
        "Olá,\n\nescrevo da sala de espera do médico. Somos clientes há dois anos, sempre bem. Mas desta vez: {p} Quero uma resposta a sério.\n\nCumprimentos"
    ],
}
CASE_OPENED = {
    "en": "Thanks for telling us, and sorry. We've opened case {ref} and will come back to you within 24 hours.",
    "it": "Grazie della segnalazione e ci scusiamo. Abbiamo aperto la pratica {ref}, ti rispondiamo entro 24 ore.",
    "de": "Danke und Entschuldigung. Wir haben den Vorgang {ref} angelegt und melden uns binnen 24 Stunden.",
    "es": "Gracias y perdona. Hemos abierto la incidencia {ref} y te respondemos en 24 horas.",
    "fr": "Merci et désolés. Nous avons ouvert le dossier {ref}, réponse sous 24 heures.",
    "pt": "Obrigado e desculpe. Abrimos o pedido {ref} e respondemos em 24 horas.",
}
ESCALATED = {
    "en": "Your case {ref} is now with our customer care lead, who will phone you before Friday lunchtime.",
    "it": "La tua pratica {ref} è passata alla responsabile assistenza, che ti chiamerà entro venerdì a pranzo.",
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Teamleitung, die Sie bis Freitagmittag anruft.",
    "es": "Tu incidencia {ref} está ya con nuestra responsable, que te llamará antes del viernes a mediodía.",
    "fr": "Votre dossier {ref} est chez notre responsable, qui vous appellera avant vendredi midi.",
    "pt": "O seu pedido {ref} está com a nossa responsável, que liga antes de sexta ao almoço.",
}
GOOD_NEWS = {
    "en": "Good news on case {ref}: it's sorted on our side. Could you confirm it looks right to you?",
    "it": "Buone notizie sulla pratica {ref}: abbiamo risolto. Puoi confermarci che ora è tutto a posto?",
    "de": "Gute Nachricht zu {ref}: erledigt. Können Sie bestätigen, dass alles passt?",
    "es": "Buenas noticias sobre {ref}: resuelto. ¿Nos confirmas que todo está bien?",
    "fr": "Bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ?",
    "pt": "Boas notícias sobre {ref}: resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "en": ["Confirmed, {ref} is sorted, thank you", "Yes all good now on {ref}, thanks"],
    "it": ["Confermo, {ref} risolta, grazie", "Sì ora è tutto ok per {ref}, grazie"],
    "de": ["Bestätigt, {ref} ist erledigt, danke"],
    "es": ["Confirmado, {ref} resuelto, gracias"],
    "fr": ["Confirmé, {ref} c'est bon, merci"],
    "pt": ["Confirmado, {ref} resolvido, obrigado"],
}
APOLOGY = {
    "en": [
        "Sorry for my tone yesterday, it had been a long day. Thanks for sorting it",
        "Apologies for the rant, the kids were upset and so was I",
    ],
    "it": [
        "Scusate per i toni di ieri, giornata pesante. Grazie di aver risolto",
        "Scusate lo sfogo, i bambini erano delusi e io pure",
    ],
    "de": ["Entschuldigung für meinen Ton gestern, danke fürs Klären"],
    "es": ["Perdón por el tono de ayer, gracias por solucionarlo"],
    "fr": ["Désolée pour mon ton hier, merci d'avoir réglé ça"],
    "pt": ["Desculpem o tom de ontem, obrigado por resolverem"],
}
LOW_CSAT = {"en": ["Slow", ""], "it": ["Lenti", ""], "de": [""], "es": [""], "fr": [""], "pt": [""]}
STILL_OPEN = {
    "en": [
        "Case {ref} is still open, nobody has got back to me. Same problem: {p}",
        "Writing again about {ref}, still not fixed",
    ],
    "it": [
        "La pratica {ref} è ancora aperta, nessuno mi ha ricontattato. Stesso problema: {p}",
        "Vi riscrivo per {ref}, ancora niente",
    ],
    "de": ["Vorgang {ref} ist immer noch offen, niemand hat sich gemeldet. {p}"],
    "es": ["La incidencia {ref} sigue abierta, nadie me ha contestado. {p}"],
    "fr": ["Le dossier {ref} est toujours ouvert, personne ne m'a recontacté. {p}"],
    "pt": ["O pedido {ref} continua aberto, ninguém me respondeu. {p}"],
}
THIRD = {
    "en": "Third time I'm writing about {ref}. A friend books with {comp} and they fix this kind of thing the same day.",
    "it": "Terza volta che scrivo per {ref}. Un'amica prenota con {comp} e lì risolvono in giornata.",
    "de": "Dritte Nachricht zu {ref}. Eine Freundin bucht bei {comp}, da geht so was am selben Tag.",
    "es": "Tercera vez que escribo por {ref}. Una amiga reserva con {comp} y allí lo arreglan en el día.",
    "fr": "Troisième fois pour {ref}. Une amie réserve chez {comp}, eux règlent ça le jour même.",
    "pt": "Terceira vez que escrevo sobre {ref}. Uma amiga marca na {comp} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "en": "FOURTH time about {ref}. Still open. Still nothing.",
    "it": "QUARTA volta per {ref}. Ancora aperta. Ancora niente.",
    "de": "Zum VIERTEN Mal wegen {ref}. Immer noch offen.",
    "es": "CUARTA vez por {ref}. Sigue abierta. Nada.",
    "fr": "QUATRIÈME fois pour {ref}. Toujours rien.",
    "pt": "QUARTA vez sobre {ref}. Continua aberto.",
}
URGENT = {
    "en": "Added to your case {ref} and marked urgent, sorry for the wait.",
    "it": "Aggiunto alla pratica {ref} e segnato urgente, scusa l'attesa.",
    "de": "Zum Vorgang {ref} ergänzt und als dringend markiert.",
    "es": "Añadido a {ref} y marcado urgente, perdona la espera.",
    "fr": "Ajouté au dossier {ref}, marqué urgent.",
    "pt": "Adicionado ao pedido {ref} e marcado urgente.",
}
SLIDE = {
    "en": [
        "Trek started 40 minutes late today, no explanation. Shame, the alpacas were sweet as ever",
        "The picnic on the llama walk was two sandwiches and a warm juice box. Used to be much better",
        "Booked the sunset trek and half of it was on a main road. Not what the photos show",
        "App now wants a £5 'booking fee' on top of every trek. Seriously?",
        "Charged £30 for 'extra animal care' after a trek where we brushed the alpaca ourselves. Done being nice about it",
        "My sister goes to {comp} now and honestly I've booked our next walk with them",
    ],
    "it": [
        "Trekking partito con 40 minuti di ritardo, nessuna spiegazione. Peccato, gli alpaca dolcissimi come sempre",
        "Il picnic della passeggiata erano due panini e un succo caldo. Prima era molto meglio",
        "Trekking al tramonto per metà su una strada trafficata. Non è quello delle foto",
        "Adesso la app chiede 5 € di 'diritti di prenotazione' su ogni trekking. Sul serio?",
        "30 € di 'cura extra animali' dopo un trekking in cui l'alpaca l'abbiamo spazzolato noi. Basta",
        "Mia sorella va da {comp} e ho prenotato la prossima passeggiata da loro",
    ],
    "de": [
        "Wanderung 40 Minuten zu spät gestartet, ohne Erklärung",
        "Das Picknick war zwei Brote und warmer Saft. Früher besser",
        "Sonnenuntergangstour halb an der Landstraße. Nicht wie auf den Fotos",
        "Jetzt 5 € Buchungsgebühr pro Wanderung? Ernsthaft?",
        "30 € 'Tierpflege extra' obwohl wir selbst gebürstet haben. Reicht",
        "Meine Schwester geht jetzt zu {comp}, nächste Tour hab ich dort gebucht",
    ],
    "es": [
        "La ruta empezó 40 minutos tarde, sin explicación",
        "El picnic eran dos bocadillos y un zumo caliente. Antes era mejor",
        "La ruta al atardecer medio por la carretera. No como en las fotos",
        "¿Ahora 5 € de gastos de reserva por ruta? En serio?",
        "30 € de 'cuidado extra' y la alpaca la cepillamos nosotros. Ya basta",
        "Mi hermana va a {comp} y ya he reservado allí la próxima",
    ],
    "fr": [
        "Balade partie 40 minutes en retard, sans explication",
        "Le pique-nique : deux sandwichs et un jus tiède. Avant c'était mieux",
        "Balade au coucher du soleil à moitié sur la départementale",
        "5 € de frais de réservation par balade maintenant ? Sérieux ?",
        "30 € de 'soins animaux' alors qu'on a brossé l'alpaga nous-mêmes. Ça suffit",
        "Ma sœur va chez {comp}, j'ai réservé la prochaine là-bas",
    ],
    "pt": [
        "O passeio começou 40 minutos atrasado, sem explicação",
        "O piquenique eram duas sandes e um sumo quente. Antes era melhor",
        "Passeio ao pôr do sol metade na estrada. Não é o das fotos",
        "Agora 5 € de taxa de reserva por passeio? A sério?",
        "30 € de 'cuidados extra' e fomos nós a escovar a alpaca. Chega",
        "A minha irmã vai à {comp} e já marquei o próximo lá",
    ],
}
LEAVE = {
    "en": [
        "We're moving abroad next month, please cancel my Lanuvia Amici membership and close my account.",
        "The kids have outgrown it, please cancel Amici and close the account.",
    ],
    "it": [
        "Ci trasferiamo all'estero, per favore disdite la mia iscrizione Amici e chiudete l'account.",
        "I bambini sono cresciuti, vorrei disdire Amici e chiudere l'account.",
    ],
    "de": ["Wir ziehen weg, bitte Amici-Mitgliedschaft kündigen und Konto schließen."],
    "es": ["Nos mudamos, por favor dad de baja mi Amici y cerrad la cuenta."],
    "fr": ["On déménage, merci de résilier mon adhésion Amici et fermer le compte."],
    "pt": ["Vamos mudar de país, cancelem o Amici e fechem a conta por favor."],
}
SORRY_GO = {
    "en": "Sorry to see you go. You can cancel Amici yourself under Account > Membership in the app or on the website.",
    "it": "Ci dispiace vederti andare. Puoi disdire Amici da Account > Iscrizione nella app o sul sito.",
    "de": "Schade! Sie können Amici selbst unter Konto > Mitgliedschaft kündigen.",
    "es": "Sentimos que te vayas. Puedes darte de baja en Cuenta > Membresía.",
    "fr": "Dommage ! Vous pouvez résilier dans Compte > Adhésion.",
    "pt": "Lamentamos. Pode cancelar em Conta > Adesão na app ou no site.",
}
GRUMBLE = {
    "en": [
        "The app logs me out every single time",
        "Why is the booking reminder sent at 6am",
        "Farm shop parcels always come in a soggy box",
        "Still no way to pick a farm by postcode",
    ],
    "it": [
        "La app mi disconnette ogni volta",
        "Perché il promemoria arriva alle 6 di mattina",
        "I pacchi della lana arrivano sempre in scatole rotte",
        "Ancora non si può cercare la fattoria per CAP",
    ],
    "de": ["App loggt mich ständig aus", "Erinnerung um 6 Uhr morgens, wirklich?"],
    "es": ["La app me cierra sesión siempre", "El recordatorio a las 6 de la mañana, en serio"],
    "fr": ["L'appli me déconnecte à chaque fois", "Le rappel à 6h du matin, franchement"],
    "pt": ["A app desliga-me sempre a sessão", "Lembrete às 6 da manhã, a sério"],
}
SARCASM = {
    "en": [
        "Love paying £5 extra to stand in a muddy field waiting for the guide 👏",
        "Great, the 'sunset' trek finished at 4pm. Very atmospheric 😂",
    ],
    "it": [
        "Che bello pagare 5 € in più per aspettare la guida nel fango 👏",
        "Trekking 'al tramonto' finito alle 16. Suggestivo 😂",
    ],
    "de": ["Toll, Sonnenuntergangstour um 16 Uhr vorbei 👏"],
    "es": ["Genial, la ruta 'al atardecer' terminó a las 4 de la tarde 👏"],
    "fr": ["Génial, la balade 'coucher de soleil' finie à 16h 👏"],
    "pt": ["Ótimo, o passeio 'ao pôr do sol' acabou às 16h 👏"],
}
MILD = {
    "en": "The farm map in the app shows the wrong village, minor but confusing",
    "it": "La mappa nella app mostra il paese sbagliato, niente di grave ma confonde",
    "de": "Die Karte in der App zeigt das falsche Dorf",
    "es": "El mapa de la app muestra el pueblo equivocado",
    "fr": "La carte de l'appli indique le mauvais village",
    "pt": "O mapa da app mostra a aldeia errada",
}
ACK = {
    "en": "Thanks, we've passed it to the app team.",
    "it": "Grazie, l'abbiamo girato al team della app.",
    "de": "Danke, ans App-Team weitergegeben.",
    "es": "Gracias, lo pasamos al equipo de la app.",
    "fr": "Merci, transmis à l'équipe de l'appli.",
    "pt": "Obrigado, passámos à equipa da app.",
}
SPIKE = {
    "en": [
        "At the farm gate and the scanner won't take my ticket, app says {code}. 12 of us stuck in the lane",
        "Lanuvia ticket QR refused at the gate, error {code}, can't check in",
        "ticket won't scan at the farm, {code} every time",
    ],
    "it": [
        "Al cancello della fattoria lo scanner rifiuta il biglietto, la app dice {code}. Siamo in 12 fuori",
        "Il QR del biglietto non passa, errore {code}, non ci fanno entrare",
        "biglietto rifiutato al cancello, {code}, che si fa?",
    ],
    "de": ["Ticket am Hoftor abgelehnt, Fehler {code}, kein Einlass", "QR-Code geht nicht, {code}"],
    "es": [
        "En la puerta de la granja no lee la entrada, error {code}",
        "La entrada QR da {code} y no nos dejan pasar",
    ],
    "fr": [
        "Billet refusé au portail de la ferme, erreur {code}",
        "Le QR du billet ne passe pas, {code}",
    ],
    "pt": [
        "O bilhete é recusado no portão da quinta, erro {code}",
        "O QR do bilhete dá {code}, não entramos",
    ],
}
SPIKE_AGAIN = {
    "en": "Still {code} at the gate, tried my husband's phone too, same thing",
    "it": "Ancora {code} al cancello, provato anche col telefono di mio marito",
    "de": "Immer noch {code}, auch mit dem Handy meiner Frau",
    "es": "Sigue {code}, probado con el móvil de mi mujer también",
    "fr": "Toujours {code}, même avec le téléphone de mon mari",
    "pt": "Continua {code}, tentei com o telemóvel da minha mulher",
}
SPIKE_CHAT = {
    "en": "Yes, ticket scans are failing at every farm gate right now, our engineers are on it. Please wait at the gate.",
    "it": "Sì, la lettura dei biglietti non funziona in nessuna fattoria in questo momento, ci stiamo lavorando.",
    "de": "Ja, die Ticketprüfung fällt gerade an allen Höfen aus, wir arbeiten daran.",
    "es": "Sí, ahora mismo fallan las entradas en todas las granjas, estamos en ello.",
    "fr": "Oui, les billets ne passent dans aucune ferme en ce moment, on s'en occupe.",
    "pt": "Sim, os bilhetes estão a falhar em todas as quintas, estamos a tratar.",
}
SPIKE_FIXED = {
    "en": "Ticket scans work again since 11:40 (local time). Today's trek is on us: a £9 / €10 credit is on your account.",
    "it": "I biglietti funzionano di nuovo dalle 11:40 (ora locale). Il trekking di oggi lo offriamo noi: 10 € di credito sul tuo account.",
    "de": "Tickets funktionieren wieder seit 11:40 Uhr (Ortszeit). 10 € Gutschrift auf Ihrem Konto.",
    "es": "Las entradas funcionan otra vez desde las 11:40 (hora local). 10 € de crédito en tu cuenta.",
    "fr": "Les billets marchent de nouveau depuis 11h40 (heure locale). 10 € de crédit sur votre compte.",
    "pt": "Os bilhetes funcionam de novo desde as 11:40 (hora local). 10 € de crédito na conta.",
}
LONE_Q = {
    "en": "Yesterday my ticket QR looked blurry until I zoomed in, then it scanned fine. Will it work at the gate tomorrow?",
    "it": "Ieri il QR del biglietto sembrava sfocato finché non ho zoomato, poi è andato. Domani al cancello funzionerà?",
    "de": "Gestern sah der QR unscharf aus bis ich gezoomt habe, dann ging er. Klappt das morgen am Tor?",
    "es": "Ayer el QR se veía borroso hasta hacer zoom, luego bien. ¿Funcionará mañana en la puerta?",
    "fr": "Hier le QR semblait flou jusqu'au zoom, puis ça a marché. Ça ira demain au portail ?",
    "pt": "Ontem o QR parecia desfocado até fazer zoom, depois deu. Amanhã funciona no portão?",
}
LONE_A = {
    "en": "It only looks blurry at low brightness, the gate scanner will read it fine.",
    "it": "Sembra sfocato solo con luminosità bassa, lo scanner lo legge senza problemi.",
    "de": "Das liegt nur an der Helligkeit, der Scanner liest ihn.",
    "es": "Es solo por el brillo bajo, el lector lo lee bien.",
    "fr": "C'est juste la luminosité, le scanner le lira.",
    "pt": "É só do brilho baixo, o leitor lê bem.",
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_PROBLEM = {
    "en": {
        "invoice": "Your invoices for our team days still carry no PO number and our finance team rejects every one.",
        "service_blocked": "We tried to book our next team day and the portal says the account is on hold, although everything is paid.",
        "portal": "The portal shows none of our booked team days, so we cannot add or remove participants.",
        "overbilled": "We were billed the public per-person price instead of our contract group rate.",
    },
    "it": {
        "invoice": "Le vostre fatture per le giornate aziendali non riportano il numero d'ordine e l'amministrazione le respinge tutte.",
        "service_blocked": "Volevamo prenotare la prossima giornata aziendale e il portale dice account sospeso, ma è tutto pagato.",
        "portal": "Il portale non mostra nessuna delle nostre giornate prenotate, non possiamo modificare i partecipanti.",
        "overbilled": "Ci avete fatturato il prezzo pubblico a persona invece della tariffa di gruppo del contratto.",
    },
    "de": {
        "invoice": "Ihre Rechnungen für unsere Teamtage haben keine Bestellnummer, die Buchhaltung lehnt alle ab.",
        "service_blocked": "Das Portal sagt Konto gesperrt, obwohl alles bezahlt ist.",
        "portal": "Das Portal zeigt keinen unserer gebuchten Teamtage.",
        "overbilled": "Uns wurde der Einzelpreis statt des vertraglichen Gruppentarifs berechnet.",
    },
    "es": {
        "invoice": "Vuestras facturas de las jornadas de empresa no llevan número de pedido y contabilidad las rechaza.",
        "service_blocked": "El portal dice cuenta bloqueada aunque está todo pagado.",
        "portal": "El portal no muestra ninguna de nuestras jornadas reservadas.",
        "overbilled": "Nos habéis cobrado precio por persona en vez de la tarifa de grupo del contrato.",
    },
    "fr": {
        "invoice": "Vos factures de journées d'équipe n'ont pas de numéro de commande, la compta les rejette.",
        "service_blocked": "Le portail indique compte bloqué alors que tout est payé.",
        "portal": "Le portail n'affiche aucune de nos journées réservées.",
        "overbilled": "Facturé au tarif public par personne au lieu du tarif groupe du contrat.",
    },
    "pt": {
        "invoice": "As vossas faturas dos dias de equipa não têm número de encomenda e a contabilidade recusa-as.",
        "service_blocked": "O portal diz conta bloqueada mas está tudo pago.",
        "portal": "O portal não mostra nenhum dos nossos dias reservados.",
        "overbilled": "Cobraram o preço público por pessoa em vez da tarifa de grupo do contrato.",
    },
}
B2B_LATER = {
    "en": "Following up on what {first} wrote on {day} (case {ref}): same problem here. {p}",
    "it": "Riprendo quanto scritto da {first} {day} (pratica {ref}): stesso problema. {p}",
    "de": "Wie {first} am {day} schon schrieb (Vorgang {ref}): gleiches Problem. {p}",
    "es": "Como escribió {first} el {day} (incidencia {ref}): mismo problema. {p}",
    "fr": "Comme {first} l'a écrit {day} (dossier {ref}) : même problème. {p}",
    "pt": "Como o/a {first} escreveu na {day} (pedido {ref}): mesmo problema. {p}",
}
WEEKDAY = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
B2B_LAST_EMAIL = {
    "en": "Case {ref}: still nothing fixed and several of us have written. Procurement has already asked {comp} for a quote.",
    "it": "Pratica {ref}: ancora niente e vi abbiamo scritto in tanti. L'ufficio acquisti ha già chiesto un preventivo a {comp}.",
    "de": "Vorgang {ref}: nichts behoben, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "es": "Incidencia {ref}: nada arreglado y os hemos escrito varios. Compras ya ha pedido precio a {comp}.",
    "fr": "Dossier {ref} : rien de réglé, plusieurs d'entre nous ont écrit. Les achats ont demandé un devis à {comp}.",
    "pt": "Pedido {ref}: nada resolvido e vários de nós escreveram. As compras já pediram orçamento à {comp}.",
}
B2B_LAST_CALL = {
    "en": "hi it's about case {ref} nothing's fixed several colleagues have written my manager says we go to another provider if it isn't sorted this week",
    "it": "buongiorno chiamo per la pratica {ref} non è cambiato niente e vi hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "de": "ja guten Tag wegen Vorgang {ref} es ist nichts behoben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "es": "hola llamo por la incidencia {ref} no se ha arreglado nada mi jefa dice que cambiamos de proveedor si no se soluciona esta semana",
    "fr": "bonjour c'est pour le dossier {ref} rien n'est réglé mon chef dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "pt": "olá é sobre o pedido {ref} nada foi resolvido o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_SUGGEST = {
    "en": [
        "Small idea: could invoices show the cost centre per team day?",
        "It would help if the confirmation listed dietary needs for the picnic",
    ],
    "it": [
        "Piccolo suggerimento: potreste indicare il centro di costo in fattura?",
        "Sarebbe utile avere le allergie dei partecipanti nella conferma",
    ],
    "de": ["Kleine Idee: Kostenstelle pro Teamtag auf der Rechnung?"],
    "es": ["Una idea: ¿podéis poner el centro de coste en la factura?"],
    "fr": ["Petite idée : le centre de coût sur la facture ?"],
    "pt": ["Uma ideia: o centro de custo na fatura?"],
}
B2B_Q = {
    "en": [
        "Can we bring 25 people to the farm in June for a team day?",
        "Is the farm accessible for a wheelchair user?",
    ],
    "it": [
        "Possiamo portare 25 colleghi a giugno per una giornata aziendale?",
        "La fattoria è accessibile in sedia a rotelle?",
    ],
    "de": ["Können wir im Juni mit 25 Leuten kommen?"],
    "es": ["¿Podemos ir 25 personas en junio?"],
    "fr": ["Peut-on venir à 25 en juin ?"],
    "pt": ["Podemos ir 25 pessoas em junho?"],
}
B2B_PRAISE = {
    "en": [
        "Our team day with Lanuvia Team was the best offsite we've had, even the finance team smiled"
    ],
    "it": ["Giornata aziendale con Lanuvia Team riuscitissima, anche il capo sorrideva"],
    "de": ["Teamtag mit Lanuvia Team war super, alle begeistert"],
    "es": ["La jornada de empresa con Lanuvia Team fue genial"],
    "fr": ["Journée d'équipe avec Lanuvia Team, excellente"],
    "pt": ["O dia de equipa com a Lanuvia Team foi ótimo"],
}
B2B_PRODUCT = ("Team day, alpaca trek and farm lunch, 20 people", 1480)
