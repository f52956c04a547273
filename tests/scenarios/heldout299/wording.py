"""Wording of heldout299 (Boscana: forest cabins booked by app), written for this set."""

# ruff: noqa: E501

LANGS = ("en", "fr", "de", "es", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
    "it": ("IT",),
    "pt": ("PT",),
}
FIRST = {
    "en": ["Olivia", "Callum", "Niamh", "Rhys", "Hannah", "Declan", "Megan", "Tom", "Ailsa", "Ben"],
    "fr": [
        "Camille",
        "Théo",
        "Manon",
        "Loïc",
        "Élodie",
        "Bastien",
        "Inès",
        "Gaël",
        "Solène",
        "Rémi",
    ],
    "de": ["Jana", "Lukas", "Mareike", "Jonas", "Svenja", "Tobias"],
    "es": ["Lucía", "Álvaro", "Nerea", "Iñigo", "Carmen", "Javier"],
    "it": ["Chiara", "Matteo", "Giulia", "Davide", "Sara", "Lorenzo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "Duarte"],
}
LAST = {
    "en": ["Hughes", "Doyle", "Whitfield", "Barker", "Kavanagh", "Pryce", "Lowe", "Mercer"],
    "fr": ["Lemaire", "Garnier", "Roussel", "Perrin", "Charpentier", "Vasseur", "Leclerc", "Morin"],
    "de": ["Hoffmann", "Brandl", "Kessler", "Vogt", "Lindner", "Seidel"],
    "es": ["Ortega", "Navarro", "Iglesias", "Cabrera", "Soler", "Vidal"],
    "it": ["Ferri", "Marchetti", "Galli", "Rinaldi", "Bassi", "Conte"],
    "pt": ["Ferreira", "Lopes", "Carvalho", "Moura", "Pinto", "Teixeira"],
}

PRAISE = {
    "en": [
        "Two nights at the Boscana cabin by the lake. Woke up to mist on the water and total silence. Bliss.",
        "Third stay with Boscana this year and the stove still lights first go. Love this place.",
        "Kids spotted a deer from the cabin deck at breakfast. Boscana, you've made their half term.",
        "Cabin was spotless, wood stacked, fresh milk in the fridge. Little things, big difference. Thanks Boscana",
    ],
    "fr": [
        "Week-end dans une cabane Boscana en pleine forêt, zéro réseau et c'était parfait.",
        "Encore une fois au top chez Boscana, la cabane sentait le pin et le poêle chauffait en dix minutes",
        "Les enfants ont vu un écureuil depuis la terrasse, ils en parlent encore. Merci Boscana !",
        "Troisième séjour chez Boscana, toujours aussi propre et calme. On revient en mars.",
    ],
    "de": [
        "Zwei Nächte in der Boscana-Hütte am Waldrand, morgens Nebel und Vogelgezwitscher. Herrlich.",
        "Schon wieder alles tipptopp bei Boscana, Holz lag bereit und die Hütte war warm.",
    ],
    "es": [
        "Finde en una cabaña de Boscana en mitad del bosque, sin cobertura y genial.",
        "Tercera vez con Boscana y la cabaña impecable, hasta leña cortada. Volveremos",
    ],
    "it": [
        "Due notti nella casetta Boscana in mezzo al bosco, silenzio totale. Ci torniamo.",
        "Ancora una volta tutto perfetto con Boscana, stufa accesa in cinque minuti.",
    ],
    "pt": [
        "Fim de semana numa cabana Boscana no meio do pinhal, sem rede e perfeito.",
        "Terceira estadia com a Boscana e tudo impecável, até lenha cortada. Obrigada!",
    ],
}
GRIPE = {
    "en": [
        "Lovely cabin again, only the wifi password on the card was out of date. Otherwise perfect.",
        "Great stay, though the track up to cabin 4 needs a bit of gravel. Still five stars from us.",
    ],
    "fr": [
        "Super séjour, juste la douche un peu tiède le matin. Sinon rien à dire.",
        "Cabane top, seul bémol le chemin d'accès boueux. On reviendra quand même",
    ],
    "de": ["Tolle Hütte, nur die Dusche war morgens lauwarm. Sonst alles bestens."],
    "es": ["Todo genial, solo que la ducha tardaba en calentar. Por lo demás, de diez."],
    "it": ["Bellissimo, solo la doccia un po' tiepida la mattina. Per il resto perfetto."],
    "pt": ["Adorámos, só o duche demorava a aquecer. De resto, impecável."],
}
QUESTION = {
    "en": [
        "Hi, can we bring our dog to the pine cabins or only the lakeside ones?",
        "Quick one: is late check-out possible on Sunday if we're Club members?",
        "Do the cabins have a cot, or should we bring a travel cot for the baby?",
    ],
    "fr": [
        "Bonjour, est-ce qu'on peut venir avec notre chien dans les cabanes du pinède ?",
        "Petite question : le départ tardif le dimanche est possible pour les membres Club ?",
        "Il y a un lit bébé dans la cabane ou il faut apporter le nôtre ?",
    ],
    "de": [
        "Hallo, darf unser Hund mit in die Waldhütten?",
        "Gibt es in der Hütte ein Babybett oder sollen wir eins mitbringen?",
    ],
    "es": [
        "Hola, ¿se puede ir con perro a las cabañas del pinar?",
        "¿Hay cuna en la cabaña o llevamos la nuestra?",
    ],
    "it": [
        "Ciao, si può portare il cane nelle casette del bosco?",
        "C'è un lettino per il bimbo o lo portiamo noi?",
    ],
    "pt": [
        "Olá, podemos levar o cão para as cabanas do pinhal?",
        "Há berço na cabana ou levamos o nosso?",
    ],
}
ANSWER = {
    "en": "Hi {n}, yes, that's fine: dogs are welcome in cabins marked with the paw, and cots can be added free in the app under your booking. Enjoy the stay!",
    "fr": "Bonjour {n}, oui, pas de souci : les chiens sont acceptés dans les cabanes avec la patte, et le lit bébé s'ajoute gratuitement dans l'appli. Bon séjour !",
    "de": "Hallo {n}, ja, kein Problem: Hunde sind in den Hütten mit Pfote willkommen, ein Babybett fügen Sie kostenlos in der App hinzu. Schönen Aufenthalt!",
    "es": "Hola {n}, sí, sin problema: los perros pueden ir a las cabañas con la huella y la cuna se añade gratis en la app. ¡Buena estancia!",
    "it": "Ciao {n}, sì, nessun problema: i cani sono ammessi nelle casette con la zampa e il lettino si aggiunge gratis nell'app. Buon soggiorno!",
    "pt": "Olá {n}, sim, sem problema: cães são bem-vindos nas cabanas com a pata e o berço junta-se grátis na app. Boa estadia!",
}
THANKS = {
    "en": ["Brilliant, thanks!", "Perfect, cheers", "Great, thank you so much"],
    "fr": ["Super, merci !", "Parfait, merci beaucoup", "Top merci"],
    "de": ["Super, danke!"],
    "es": ["Genial, ¡gracias!"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigado!"],
}
PHONE_Q = {
    "en": [
        "hi yeah i just wanted to check if the cabins have parking next to them or do we walk in from the car park",
        "hello its about our booking next weekend can we arrive a bit earlier like two oclock",
    ],
    "fr": [
        "oui bonjour je voulais savoir si on peut se garer à côté de la cabane ou s'il faut marcher depuis le parking",
        "bonjour c'est pour notre réservation du week-end prochain on peut arriver vers quatorze heures",
    ],
    "de": [
        "ja hallo ich wollte fragen ob man direkt an der Hütte parken kann oder vom Parkplatz laufen muss"
    ],
    "es": [
        "hola mira quería saber si se puede aparcar al lado de la cabaña o hay que ir andando desde el parking"
    ],
    "it": [
        "sì buongiorno volevo sapere se si può parcheggiare vicino alla casetta o si cammina dal parcheggio"
    ],
    "pt": [
        "olá queria saber se dá para estacionar ao pé da cabana ou se temos de ir a pé desde o parque"
    ],
}
PHONE_A = {
    "en": "Hi {n}, as promised on the phone: you can park right by your cabin, and early arrival from 14:00 is noted on your booking.",
    "fr": "Bonjour {n}, comme convenu au téléphone : vous pouvez vous garer à côté de la cabane, et l'arrivée dès 14h est notée sur votre réservation.",
    "de": "Hallo {n}, wie am Telefon besprochen: Sie parken direkt an der Hütte, die frühe Anreise ab 14 Uhr ist vermerkt.",
    "es": "Hola {n}, como hablamos: se aparca junto a la cabaña y la llegada a las 14:00 queda anotada.",
    "it": "Ciao {n}, come detto al telefono: si parcheggia accanto alla casetta e l'arrivo alle 14 è segnato.",
    "pt": "Olá {n}, como combinado ao telefone: estaciona ao lado da cabana e a chegada às 14h ficou registada.",
}
REVIEW = {
    "en": ["Quiet, clean, warm. Exactly what we needed.", "Best sleep I've had in months."],
    "fr": [
        "Calme, propre, chaleureux. Exactement ce qu'il nous fallait.",
        "Meilleure nuit depuis des mois.",
    ],
    "de": ["Ruhig, sauber, gemütlich. Genau richtig."],
    "es": ["Tranquilo, limpio y acogedor. Justo lo que necesitábamos."],
    "it": ["Tranquillo, pulito, accogliente. Proprio quello che serviva."],
    "pt": ["Sossegado, limpo e acolhedor. Era mesmo disto que precisávamos."],
}
NIGHT = {
    "en": [
        "2am, can't sleep, booking the Boscana cabin for my sister's 40th. Woods, fire, no phones.",
        "Night shift done, scrolling Boscana cabins instead of sleeping lol",
    ],
    "fr": [
        "3h du mat, insomnie, je réserve une cabane Boscana pour l'anniversaire de ma mère",
        "Fin de garde de nuit, je rêve déjà de la cabane Boscana du week-end",
    ],
    "de": ["Nachtschicht vorbei, ich buche jetzt die Boscana-Hütte fürs Wochenende"],
    "es": ["Las 2 de la mañana y yo mirando cabañas de Boscana para el cumple de mi hermana"],
    "it": ["Le due di notte e io a guardare casette Boscana per il compleanno di mia sorella"],
    "pt": ["Duas da manhã e eu a ver cabanas da Boscana para os anos da minha irmã"],
}
NIGHT_Q = {
    "en": [
        "Is the Saturday rate for Club members shown already or only at checkout?",
        "can I change the cabin on my booking from here or do I have to call?",
    ],
    "fr": [
        "Le tarif membre Club s'affiche direct ou seulement au paiement ?",
        "je peux changer de cabane sur ma réservation ici ou faut appeler ?",
    ],
    "de": ["Sehe ich den Club-Preis gleich oder erst beim Bezahlen?"],
    "es": ["¿El precio de socio Club sale ya o solo al pagar?"],
    "it": ["Il prezzo soci Club si vede subito o solo al pagamento?"],
    "pt": ["O preço de sócio Club aparece já ou só no pagamento?"],
}
NIGHT_A = {
    "en": "Hi {n}, the Club price shows straight away once you're logged in, and you can switch cabins under My stays. Sleep well!",
    "fr": "Bonjour {n}, le tarif Club s'affiche dès que vous êtes connecté(e), et vous pouvez changer de cabane dans Mes séjours. Bonne nuit !",
    "de": "Hallo {n}, der Club-Preis erscheint sofort nach dem Einloggen, die Hütte tauschen Sie unter Meine Aufenthalte. Gute Nacht!",
    "es": "Hola {n}, el precio Club sale en cuanto inicias sesión y puedes cambiar de cabaña en Mis estancias. ¡Buenas noches!",
    "it": "Ciao {n}, il prezzo Club compare appena fai l'accesso e puoi cambiare casetta in I miei soggiorni. Buonanotte!",
    "pt": "Olá {n}, o preço Club aparece logo que entra e pode trocar de cabana em As minhas estadias. Boa noite!",
}
SURVEY_WORD = {
    "en": ["Lovely", "", "🌲", "Will be back"],
    "fr": ["Génial", "", "👍", "Parfait"],
    "de": ["Toll", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}
LOW_WORD = {
    "en": ["Poor", ""],
    "fr": ["Déçu", ""],
    "de": ["Schlecht", ""],
    "es": ["Mal", ""],
    "it": ["Male", ""],
    "pt": ["Mau", ""],
}

PRODUCTS = [
    ("Lakeside cabin, 2 nights", 238),
    ("Pine cabin, weekend", 196),
    ("Treehouse cabin, 1 night", 129),
    ("Family cabin, 3 nights", 342),
    ("Hot-tub cabin, 2 nights", 284),
]

# The six consumer problems: the phrase a customer uses for it.
PROBLEMS = ("double_charge", "dirty", "no_heat", "refund", "wrong_price", "cancel_fee")
PROB = {
    "en": {
        "double_charge": [
            "I've been charged twice for the same weekend, £{a} gone two times from my account",
            "you took the payment for our cabin TWICE and now my card is maxed",
        ],
        "dirty": [
            "the cabin was filthy when we arrived, ash all over the stove, crumbs in the beds and someone's towels on the floor",
            "we walked into a cabin nobody had cleaned, dirty sheets and a full bin",
        ],
        "no_heat": [
            "the stove and the boiler were both dead, no heating and no hot water all night with two kids",
            "we had no heating at all, 6 degrees inside the cabin and nobody answered the emergency number",
        ],
        "refund": [
            "I cancelled three weeks ahead and I'm still waiting for the £{a} refund",
            "the refund you promised for the cancelled stay never arrived",
        ],
        "wrong_price": [
            "I'm a Club member and got charged the full non-member price",
            "my Club discount wasn't applied, I paid £{a} like anyone else",
        ],
        "cancel_fee": [
            "you charged me a late cancellation fee though I cancelled nine days before",
            "there's a £{a} cancellation fee on my card for a stay I cancelled well in time",
        ],
    },
    "fr": {
        "double_charge": [
            "j'ai été débitée deux fois pour le même week-end, {a} € pris DEUX fois",
            "vous avez prélevé la cabane deux fois et mon compte est à découvert",
        ],
        "dirty": [
            "la cabane était sale à notre arrivée, cendres partout, miettes dans les lits et serviettes des anciens par terre",
            "cabane pas nettoyée du tout, draps sales et poubelle pleine",
        ],
        "no_heat": [
            "le poêle et le chauffe-eau étaient en panne, pas de chauffage ni d'eau chaude de la nuit avec deux enfants",
            "aucun chauffage, 6 degrés dans la cabane et personne au numéro d'urgence",
        ],
        "refund": [
            "j'ai annulé trois semaines avant et j'attends toujours le remboursement de {a} €",
            "le remboursement promis pour le séjour annulé n'est jamais arrivé",
        ],
        "wrong_price": [
            "je suis membre Club et on m'a facturé le plein tarif",
            "ma remise Club n'a pas été appliquée, j'ai payé {a} € comme tout le monde",
        ],
        "cancel_fee": [
            "vous m'avez facturé des frais d'annulation tardive alors que j'ai annulé neuf jours avant",
            "{a} € de frais d'annulation sur ma carte pour un séjour annulé largement à temps",
        ],
    },
    "de": {
        "double_charge": ["Sie haben das Wochenende ZWEIMAL abgebucht, {a} € doppelt weg"],
        "dirty": [
            "die Hütte war dreckig, überall Asche, Krümel im Bett und fremde Handtücher auf dem Boden"
        ],
        "no_heat": [
            "Ofen und Boiler waren kaputt, die ganze Nacht keine Heizung und kein warmes Wasser mit zwei Kindern"
        ],
        "refund": [
            "ich habe drei Wochen vorher storniert und warte immer noch auf die {a} € Erstattung"
        ],
        "wrong_price": ["ich bin Club-Mitglied und habe trotzdem den vollen Preis bezahlt"],
        "cancel_fee": [
            "Sie berechnen mir eine Stornogebühr, obwohl ich neun Tage vorher storniert habe"
        ],
    },
    "es": {
        "double_charge": ["me habéis cobrado DOS veces el mismo finde, {a} € por duplicado"],
        "dirty": [
            "la cabaña estaba sucia, ceniza por todas partes, migas en las camas y toallas de otros en el suelo"
        ],
        "no_heat": [
            "la estufa y el calentador no funcionaban, toda la noche sin calefacción ni agua caliente con dos niños"
        ],
        "refund": ["cancelé con tres semanas y sigo esperando los {a} € del reembolso"],
        "wrong_price": ["soy socia Club y me cobrasteis el precio completo"],
        "cancel_fee": ["me cobráis gastos de cancelación tardía y cancelé nueve días antes"],
    },
    "it": {
        "double_charge": ["mi avete addebitato DUE volte lo stesso weekend, {a} € doppi"],
        "dirty": [
            "la casetta era sporca, cenere ovunque, briciole nei letti e asciugamani di altri per terra"
        ],
        "no_heat": [
            "stufa e caldaia rotte, tutta la notte senza riscaldamento né acqua calda con due bambini"
        ],
        "refund": ["ho cancellato tre settimane prima e aspetto ancora il rimborso di {a} €"],
        "wrong_price": ["sono socio Club e mi avete fatto pagare il prezzo pieno"],
        "cancel_fee": [
            "mi avete addebitato la penale di cancellazione anche se ho disdetto nove giorni prima"
        ],
    },
    "pt": {
        "double_charge": ["cobraram-me DUAS vezes o mesmo fim de semana, {a} € a dobrar"],
        "dirty": [
            "a cabana estava suja, cinza por todo o lado, migalhas nas camas e toalhas de outros no chão"
        ],
        "no_heat": [
            "o fogão e o esquentador estavam avariados, a noite toda sem aquecimento nem água quente com dois miúdos"
        ],
        "refund": ["cancelei com três semanas e ainda espero o reembolso de {a} €"],
        "wrong_price": ["sou sócia Club e cobraram-me o preço completo"],
        "cancel_fee": ["cobraram taxa de cancelamento tardio e eu cancelei nove dias antes"],
    },
}
ANGRY = {
    "en": [
        "Really not happy. {p}. Sort it out please.",
        "{p}. This is ridiculous, Boscana.",
        "Complaint: {p}. I expect a reply today.",
    ],
    "fr": [
        "Vraiment pas contente. {p}. Merci de régler ça.",
        "{p}. C'est inadmissible.",
        "Réclamation : {p}. J'attends une réponse aujourd'hui.",
    ],
    "de": ["Ich bin echt sauer. {p}. Bitte klären Sie das."],
    "es": ["Muy enfadada. {p}. Solucionadlo ya."],
    "it": ["Sono davvero arrabbiato. {p}. Sistemate la cosa."],
    "pt": ["Estou mesmo chateada. {p}. Resolvam isto."],
}
SUBJECT = {
    "en": "Complaint: {t}",
    "fr": "Réclamation : {t}",
    "de": "Beschwerde: {t}",
    "es": "Reclamación: {t}",
    "it": "Reclamo: {t}",
    "pt": "Reclamação: {t}",
}
TOPIC = {
    "en": {
        "double_charge": "charged twice",
        "dirty": "dirty cabin",
        "no_heat": "no heating",
        "refund": "refund missing",
        "wrong_price": "Club price",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "double_charge": "double prélèvement",
        "dirty": "cabane sale",
        "no_heat": "pas de chauffage",
        "refund": "remboursement",
        "wrong_price": "tarif Club",
        "cancel_fee": "frais d'annulation",
    },
    "de": {
        "double_charge": "doppelte Abbuchung",
        "dirty": "schmutzige Hütte",
        "no_heat": "keine Heizung",
        "refund": "Erstattung",
        "wrong_price": "Club-Preis",
        "cancel_fee": "Stornogebühr",
    },
    "es": {
        "double_charge": "cobro doble",
        "dirty": "cabaña sucia",
        "no_heat": "sin calefacción",
        "refund": "reembolso",
        "wrong_price": "precio Club",
        "cancel_fee": "gastos de cancelación",
    },
    "it": {
        "double_charge": "doppio addebito",
        "dirty": "casetta sporca",
        "no_heat": "niente riscaldamento",
        "refund": "rimborso",
        "wrong_price": "prezzo Club",
        "cancel_fee": "penale",
    },
    "pt": {
        "double_charge": "cobrança dupla",
        "dirty": "cabana suja",
        "no_heat": "sem aquecimento",
        "refund": "reembolso",
        "wrong_price": "preço Club",
        "cancel_fee": "taxa de cancelamento",
    },
}
LONG = {
    "en": "Dear Boscana team,\n\nI'm writing this from the hospital car park while my dad has his check-up, so forgive the rambling. We've stayed with you four or five times since the kids were small, and it's always been our little escape after a hard term at school where I teach.\n\nThis time, though, {p}. I rang twice and got nowhere.\n\nI'd like this put right, and an answer by e-mail rather than another hold queue.\n\nKind regards,\n{n}",
    "fr": "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de mon fils, donc pardon si c'est un peu décousu. Nous venons chez vous depuis des années, c'est notre bouffée d'air depuis le déménagement et mon nouveau poste.\n\nCette fois pourtant, {p}. J'ai appelé deux fois sans résultat.\n\nJe souhaite que cela soit réglé, et une réponse écrite plutôt qu'une nouvelle attente au téléphone.\n\nCordialement,\n{n}",
}
PHONE_BAD = {
    "en": "yeah hi i'm ringing because {p} and honestly i'm fuming can someone sort it",
    "fr": "oui bonjour j'appelle parce que {p} et franchement je suis furieuse il faut régler ça",
    "de": "ja hallo ich rufe an weil {p} und ich bin echt sauer",
    "es": "hola mire llamo porque {p} y estoy muy enfadada",
    "it": "sì pronto chiamo perché {p} e sono proprio arrabbiato",
    "pt": "olá estou a ligar porque {p} e estou mesmo chateada",
}
CASE_OPEN = {
    "en": "Hi {n}, sorry about this. I've opened case {r} and we'll come back to you within two working days.",
    "fr": "Bonjour {n}, désolés pour ce souci. J'ai ouvert le dossier {r}, nous revenons vers vous sous deux jours ouvrés.",
    "de": "Hallo {n}, das tut uns leid. Ich habe den Vorgang {r} eröffnet, wir melden uns binnen zwei Werktagen.",
    "es": "Hola {n}, lo sentimos. He abierto la incidencia {r} y te contestamos en dos días laborables.",
    "it": "Ciao {n}, ci dispiace. Ho aperto la segnalazione {r}, ti rispondiamo entro due giorni lavorativi.",
    "pt": "Olá {n}, lamentamos. Abri o pedido {r} e respondemos em dois dias úteis.",
}
CASE_SUBJ = {
    "en": "Your case {r}",
    "fr": "Votre dossier {r}",
    "de": "Ihr Vorgang {r}",
    "es": "Tu incidencia {r}",
    "it": "La tua segnalazione {r}",
    "pt": "O seu pedido {r}",
}
GOOD_NEWS = {
    "en": "Hi {n}, good news on case {r}: it's sorted on our side. Could you confirm all looks right now?",
    "fr": "Bonjour {n}, bonne nouvelle pour le dossier {r} : c'est réglé de notre côté. Pouvez-vous confirmer que tout est en ordre ?",
    "de": "Hallo {n}, gute Nachricht zu Vorgang {r}: auf unserer Seite ist alles erledigt. Können Sie das bestätigen?",
    "es": "Hola {n}, buenas noticias sobre la incidencia {r}: está resuelta. ¿Nos confirmas que todo está bien?",
    "it": "Ciao {n}, buone notizie sulla segnalazione {r}: è risolta. Ci confermi che ora è tutto a posto?",
    "pt": "Olá {n}, boas notícias sobre o pedido {r}: está resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "en": ["Confirmed, {r} is sorted, thank you.", "Yes all good now on {r}, thanks for fixing it"],
    "fr": ["C'est confirmé pour {r}, merci.", "Oui tout est bon pour {r}, merci d'avoir réglé ça"],
    "de": ["Bestätigt, {r} ist erledigt, danke."],
    "es": ["Confirmado, {r} resuelto, gracias."],
    "it": ["Confermo, {r} risolta, grazie."],
    "pt": ["Confirmado, {r} resolvido, obrigada."],
}
SORRY = {
    "en": [
        "Sorry for the rant yesterday, it was a long night. Thanks for looking into it.",
        "Apologies for my tone yesterday, you've been helpful.",
    ],
    "fr": [
        "Désolée pour le message énervé d'hier, la nuit avait été longue. Merci de regarder.",
        "Pardon pour le ton d'hier, merci pour votre aide.",
    ],
    "de": ["Sorry für gestern, war eine lange Nacht. Danke fürs Kümmern."],
    "es": ["Perdón por el tono de ayer, fue una noche larga. Gracias."],
    "it": ["Scusate per ieri, è stata una notte lunga. Grazie."],
    "pt": ["Desculpem o tom de ontem, foi uma noite longa. Obrigada."],
}
STILL = {
    "en": [
        "Case {r} is still open and nothing has happened. {p}.",
        "Still waiting on {r}. {p}. Second time I'm writing.",
    ],
    "fr": [
        "Le dossier {r} est toujours ouvert et rien ne bouge. {p}.",
        "Toujours rien pour {r}. {p}. Je relance.",
    ],
    "de": ["Vorgang {r} ist immer noch offen. {p}."],
    "es": ["La incidencia {r} sigue abierta. {p}."],
    "it": ["La segnalazione {r} è ancora aperta. {p}."],
    "pt": ["O pedido {r} continua aberto. {p}."],
}
THIRD = {
    "en": "Third time about {r}. A friend books with {c} and they sort this sort of thing the same day.",
    "fr": "Troisième fois pour {r}. Une amie réserve chez {c} et eux règlent ça dans la journée.",
    "de": "Zum dritten Mal wegen {r}. Eine Freundin bucht bei {c}, die lösen so was am selben Tag.",
    "es": "Tercera vez por {r}. Una amiga reserva con {c} y allí lo resuelven en el día.",
    "it": "Terza volta per {r}. Un'amica prenota con {c} e loro risolvono in giornata.",
    "pt": "Terceira vez por causa do {r}. Uma amiga reserva na {c} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "en": "FOURTH time about {r}. Still not fixed.",
    "fr": "QUATRIÈME fois pour {r}. Toujours pas réglé.",
    "de": "Zum VIERTEN Mal: {r}. Immer noch nicht gelöst.",
    "es": "CUARTA vez: {r}. Sigue sin resolverse.",
    "it": "QUARTA volta per {r}. Ancora niente.",
    "pt": "QUARTA vez: {r}. Continua por resolver.",
}
URGENT = {
    "en": "Added to case {r} and marked urgent, {n}. Sorry it's taking so long.",
    "fr": "Ajouté au dossier {r} et marqué urgent, {n}. Désolés pour le délai.",
    "de": "Zu Vorgang {r} hinzugefügt und dringend markiert, {n}.",
    "es": "Añadido a {r} y marcado urgente, {n}.",
    "it": "Aggiunto a {r} e segnato urgente, {n}.",
    "pt": "Juntado ao {r} e marcado urgente, {n}.",
}
LEAD = {
    "en": "Hi {n}, your case {r} is now with our guest-care lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {n}, votre dossier {r} est maintenant chez notre responsable relation clients, qui vous appellera avant vendredi midi.",
    "de": "Hallo {n}, Ihr Vorgang {r} liegt jetzt bei unserer Teamleitung, die Sie bis Freitagmittag anruft.",
    "es": "Hola {n}, tu incidencia {r} está ya con nuestra responsable, que te llamará antes del viernes a mediodía.",
    "it": "Ciao {n}, la tua segnalazione {r} è ora alla responsabile, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá {n}, o seu pedido {r} está agora com a nossa responsável, que lhe liga até sexta ao almoço.",
}
SLIDE = {
    "en": [
        "Arrived and the key box code didn't match the one in the app, stood in the rain 40 minutes.",
        "Cabin smelled of damp this time, and the mattress had seen better days.",
        "Now they want a deposit for the hot tub cabin, never used to.",
        "Booked the lake cabin, got moved to one by the road without asking.",
        "Furious: £35 'cleaning fee' for a cabin we left spotless, I have the photos.",
        "Done. My sister books with {c} now and I've booked our autumn trip there.",
    ],
    "fr": [
        "Arrivés, le code de la boîte à clés ne correspondait pas à l'appli, 40 minutes sous la pluie.",
        "La cabane sentait l'humidité cette fois, et le matelas a fait son temps.",
        "Maintenant une caution pour la cabane avec bain nordique, jamais vu avant.",
        "Réservé la cabane du lac, déplacés près de la route sans qu'on nous demande.",
        "Furieuse : 35 € de « frais de ménage » pour une cabane laissée nickel, j'ai les photos.",
        "Terminé. Ma sœur réserve chez {c} et j'y ai pris notre séjour d'automne.",
    ],
    "de": [
        "Code der Schlüsselbox passte nicht zur App, 40 Minuten im Regen.",
        "Hütte roch diesmal muffig, Matratze durchgelegen.",
        "Jetzt plötzlich Kaution für die Hotpot-Hütte.",
        "Seehütte gebucht, an die Straße verlegt ohne zu fragen.",
        "Stinksauer: 35 € 'Reinigungsgebühr' für eine saubere Hütte, ich habe Fotos.",
        "Reicht. Meine Schwester bucht bei {c}, unser Herbst ist dort gebucht.",
    ],
    "es": [
        "El código de la caja de llaves no coincidía con la app, 40 minutos bajo la lluvia.",
        "Esta vez la cabaña olía a humedad y el colchón hundido.",
        "Ahora piden fianza para la cabaña con jacuzzi.",
        "Reservé la del lago y nos cambiaron a una junto a la carretera sin avisar.",
        "Furiosa: 35 € de 'limpieza' por una cabaña impecable, tengo fotos.",
        "Se acabó. Mi hermana reserva con {c} y ya tengo allí el otoño.",
    ],
    "it": [
        "Il codice della cassetta chiavi non era quello dell'app, 40 minuti sotto la pioggia.",
        "Questa volta la casetta sapeva di umido e il materasso era sfondato.",
        "Adesso chiedono una cauzione per la casetta con vasca.",
        "Prenotata quella sul lago, spostati vicino alla strada senza chiedere.",
        "Furioso: 35 € di 'pulizia' per una casetta lasciata perfetta, ho le foto.",
        "Basta. Mia sorella prenota con {c} e ho già preso lì l'autunno.",
    ],
    "pt": [
        "O código da caixa de chaves não batia com a app, 40 minutos à chuva.",
        "Desta vez a cabana cheirava a humidade e o colchão estava afundado.",
        "Agora pedem caução para a cabana com jacuzzi.",
        "Reservei a do lago e mudaram-nos para uma ao pé da estrada sem perguntar.",
        "Furiosa: 35 € de 'limpeza' por uma cabana impecável, tenho fotos.",
        "Chega. A minha irmã reserva na {c} e já marquei lá o outono.",
    ],
}
LEAVE = {
    "en": [
        "We've bought a little camper van, so please cancel my Boscana Club membership and close my account.",
        "We're moving abroad in spring. Please cancel Boscana Club and close the account.",
    ],
    "fr": [
        "On a acheté un petit van, merci de résilier mon adhésion Boscana Club et de fermer mon compte.",
        "Nous déménageons à l'étranger, merci de résilier le Club et de clôturer le compte.",
    ],
    "de": ["Wir haben einen Campervan gekauft, bitte Boscana Club kündigen und Konto schließen."],
    "es": ["Nos hemos comprado una camper, dad de baja mi Boscana Club y cerrad la cuenta."],
    "it": ["Abbiamo comprato un camper, disdite il mio Boscana Club e chiudete l'account."],
    "pt": ["Comprámos uma autocaravana, cancelem o Boscana Club e fechem a conta."],
}
GOODBYE = {
    "en": "Hi {n}, sorry to see you go. You can cancel the Club yourself in the app or on the website under Membership.",
    "fr": "Bonjour {n}, navrés de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site, rubrique Adhésion.",
    "de": "Hallo {n}, schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen.",
    "es": "Hola {n}, sentimos que te vayas. Puedes dar de baja el Club tú mismo en la app o en la web.",
    "it": "Ciao {n}, ci dispiace. Puoi disdire il Club da solo nell'app o sul sito.",
    "pt": "Olá {n}, temos pena. Pode cancelar o Club na app ou no site.",
}
GRUMPY = {
    "en": [
        "App logs me out every single time.",
        "Why is check-in only from 4pm, every other place is 3.",
        "The booking emails go to spam every time.",
        "Map in the app still shows the old car park.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois.",
        "Pourquoi l'arrivée seulement à 16h, partout ailleurs c'est 15h.",
        "Les mails de réservation finissent toujours en spam.",
        "La carte de l'appli montre encore l'ancien parking.",
    ],
    "de": ["Die App meldet mich jedes Mal ab.", "Warum Anreise erst ab 16 Uhr?"],
    "es": ["La app me cierra la sesión cada vez.", "¿Por qué la entrada solo a partir de las 16?"],
    "it": ["L'app mi scollega ogni volta.", "Perché il check-in solo dalle 16?"],
    "pt": ["A app faz logout sempre.", "Porque é que o check-in é só às 16h?"],
}
SARCASM = {
    "en": [
        "Love that the 'quiet' cabin is next to the bin lorry route 👏",
        "Great, the 'starlit' cabin came with a floodlight outside 😂",
    ],
    "fr": [
        "J'adore la cabane « calme » collée au passage des poubelles 👏",
        "Top, la cabane « sous les étoiles » avec un projecteur devant 😂",
    ],
    "de": ["Super, die 'ruhige' Hütte direkt an der Müllabfuhr 👏"],
    "es": ["Me encanta la cabaña 'tranquila' al lado del camión de la basura 👏"],
    "it": ["Adoro la casetta 'silenziosa' accanto al camion dei rifiuti 👏"],
    "pt": ["Adoro a cabana 'sossegada' ao lado do camião do lixo 👏"],
}
MILD = {
    "en": [
        "The booking page shows the wrong region for my search.",
        "Notifications arrive in German though my app is in English.",
    ],
    "fr": [
        "La page de réservation affiche la mauvaise région.",
        "Les notifications arrivent en allemand alors que l'appli est en français.",
    ],
    "de": ["Die Suche zeigt die falsche Region."],
    "es": ["La búsqueda muestra la región equivocada."],
    "it": ["La ricerca mostra la regione sbagliata."],
    "pt": ["A pesquisa mostra a região errada."],
}
ACK = {
    "en": "Thanks {n}, we've passed that to the app team.",
    "fr": "Merci {n}, c'est transmis à l'équipe appli.",
    "de": "Danke {n}, ist ans App-Team weitergegeben.",
    "es": "Gracias {n}, lo pasamos al equipo de la app.",
    "it": "Grazie {n}, lo giriamo al team dell'app.",
    "pt": "Obrigado {n}, passámos à equipa da app.",
}

SPIKE = {
    "en": [
        "Standing at the cabin door with the kids and the app key won't open it, says LK(308). Help?",
        "Boscana digital key refused, error LK(308), can't get into our cabin",
        "app key not working at the door, LK(308) every time, we're stuck outside",
    ],
    "fr": [
        "Devant la cabane avec les enfants et la clé de l'appli ne marche pas, erreur LK(308)",
        "La clé numérique Boscana est refusée, LK(308), impossible d'entrer",
        "clé appli refusée à la porte, LK(308) à chaque essai, on est dehors",
    ],
    "de": ["Digitaler Schlüssel geht nicht, Fehler LK(308), wir stehen vor der Hütte"],
    "es": ["La llave de la app no abre la cabaña, error LK(308), estamos fuera"],
    "it": ["La chiave dell'app non apre la casetta, errore LK(308), siamo fuori"],
    "pt": ["A chave da app não abre a cabana, erro LK(308), estamos cá fora"],
}
SPIKE_AGAIN = {
    "en": "Still LK(308) on my partner's phone too, still outside the cabin.",
    "fr": "Toujours LK(308) aussi sur le téléphone de mon mari, on est encore dehors.",
    "de": "Auch auf dem Handy meiner Frau LK(308), immer noch draußen.",
    "es": "También LK(308) en el móvil de mi marido, seguimos fuera.",
    "it": "Anche sul telefono di mia moglie LK(308), ancora fuori.",
    "pt": "Também LK(308) no telemóvel do meu marido, continuamos cá fora.",
}
SPIKE_CHAT_A = {
    "en": "Yes, digital cabin keys are failing at every site right now, our engineers are on it. Sorry!",
    "fr": "Oui, les clés numériques ne fonctionnent sur aucun site en ce moment, nos techniciens sont dessus. Désolés !",
    "de": "Ja, die digitalen Schlüssel gehen gerade nirgends, unsere Technik ist dran.",
    "es": "Sí, las llaves digitales fallan ahora en todos los sitios, el equipo técnico está en ello.",
    "it": "Sì, le chiavi digitali non funzionano ora in nessun sito, i tecnici ci stanno lavorando.",
    "pt": "Sim, as chaves digitais estão a falhar em todo o lado, os técnicos estão a tratar.",
}
SPIKE_FIXED = {
    "en": "Hi {n}, digital keys work again since 10:20 this morning. Tonight's stay is on us: a {a} credit is on your account.",
    "fr": "Bonjour {n}, les clés numériques refonctionnent depuis 11h20. Votre nuit est offerte : {a} de crédit sur votre compte.",
    "de": "Hallo {n}, die digitalen Schlüssel gehen seit 11:20 wieder. Die Nacht geht auf uns: {a} Guthaben.",
    "es": "Hola {n}, las llaves digitales funcionan desde las 11:20. La noche corre de nuestra cuenta: {a} de saldo.",
    "it": "Ciao {n}, le chiavi digitali funzionano di nuovo dalle 11:20. La notte la offriamo noi: {a} di credito.",
    "pt": "Olá {n}, as chaves digitais voltaram a funcionar às 10:20. A noite é por nossa conta: {a} de crédito.",
}
LONE_Q = {
    "en": "Last night the key in the app looked greyed out until I opened it twice. Will it work at the door tomorrow?",
    "fr": "Hier soir la clé dans l'appli était grisée jusqu'à ce que je l'ouvre deux fois. Elle marchera demain à la porte ?",
}
LONE_A = {
    "en": "Hi {n}, it greys out until the day of arrival, it'll be live at the door tomorrow.",
    "fr": "Bonjour {n}, elle reste grisée jusqu'au jour d'arrivée, elle fonctionnera demain à la porte.",
}

B2B_PROB = ("invoice", "overbilled", "portal", "service_blocked")
B2B = {
    "en": {
        "invoice": "our invoices for the team retreat have no PO number and the old company name, finance won't pay them",
        "overbilled": "we were billed per person at the public rate instead of the flat team-retreat rate in our contract",
        "portal": "the Teams portal shows none of our upcoming retreats, so nobody can add or drop names",
        "service_blocked": "our group was told at reception that the account is on stop, though every invoice is paid",
    },
    "fr": {
        "invoice": "nos factures du séminaire n'ont pas de numéro de commande et portent l'ancien nom de la société, la compta refuse de payer",
        "overbilled": "on nous a facturé par personne au tarif public au lieu du forfait séminaire du contrat",
        "portal": "le portail Teams n'affiche aucun de nos séjours à venir, impossible de modifier les participants",
        "service_blocked": "à l'accueil on a dit à notre groupe que le compte est bloqué, alors que tout est payé",
    },
    "de": {
        "invoice": "unsere Rechnungen haben keine Bestellnummer und den alten Firmennamen",
        "overbilled": "wir wurden pro Person zum Normalpreis statt zur Team-Pauschale abgerechnet",
        "portal": "das Teams-Portal zeigt keine unserer Buchungen",
        "service_blocked": "an der Rezeption hieß es, unser Konto sei gesperrt, obwohl alles bezahlt ist",
    },
    "es": {
        "invoice": "las facturas no llevan número de pedido y salen con el nombre antiguo",
        "overbilled": "nos cobrasteis por persona a precio público y no la tarifa de equipo",
        "portal": "el portal Teams no muestra nuestras reservas",
        "service_blocked": "en recepción dijeron que la cuenta está bloqueada y está todo pagado",
    },
    "it": {
        "invoice": "le fatture non hanno il numero d'ordine e riportano il vecchio nome",
        "overbilled": "ci avete fatturato a persona a prezzo pieno invece della tariffa team",
        "portal": "il portale Teams non mostra le nostre prenotazioni",
        "service_blocked": "alla reception hanno detto che l'account è bloccato ma è tutto pagato",
    },
    "pt": {
        "invoice": "as faturas não têm número de encomenda e vêm com o nome antigo",
        "overbilled": "cobraram por pessoa ao preço público e não a tarifa de equipa",
        "portal": "o portal Teams não mostra as nossas reservas",
        "service_blocked": "na receção disseram que a conta está bloqueada e está tudo pago",
    },
}
B2B_MAIL = {
    "en": "Hello, {p}. Please can you fix this.\n{n}, {j}",
    "fr": "Bonjour, {p}. Merci de corriger cela.\n{n}, {j}",
    "de": "Guten Tag, {p}. Bitte korrigieren Sie das.\n{n}, {j}",
    "es": "Hola, {p}. Por favor, corregidlo.\n{n}, {j}",
    "it": "Buongiorno, {p}. Vi prego di correggere.\n{n}, {j}",
    "pt": "Bom dia, {p}. Por favor corrijam.\n{n}, {j}",
}
B2B_MORE = {
    "en": "Hello, following {f}'s e-mail on {d} about case {r}: {p}. Same problem here.",
    "fr": "Bonjour, suite au mail de {f} du {d} (dossier {r}) : {p}. Même problème chez moi.",
    "de": "Guten Tag, wie {f} am {d} schon schrieb (Vorgang {r}): {p}. Bei mir dasselbe.",
    "es": "Hola, como ya escribió {f} el {d} (incidencia {r}): {p}. A mí igual.",
    "it": "Buongiorno, come ha scritto {f} il {d} (segnalazione {r}): {p}. Stesso problema.",
    "pt": "Bom dia, como o {f} escreveu a {d} (pedido {r}): {p}. O mesmo aqui.",
}
B2B_LAST = {
    "en": "case {r} still isn't fixed and several of us have written my director says we move the retreats to {c} if it isn't sorted this week",
    "fr": "le dossier {r} n'est toujours pas réglé plusieurs collègues ont écrit ma directrice dit qu'on passe chez {c} si ce n'est pas réglé cette semaine",
    "de": "Vorgang {r} ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln zu {c} wenn das nicht diese Woche geklärt ist",
    "es": "la incidencia {r} sigue sin resolver varios compañeros han escrito mi jefe dice que nos vamos a {c} si no se arregla esta semana",
    "it": "la segnalazione {r} non è ancora risolta diversi colleghi hanno scritto il mio capo dice che passiamo a {c} se non si risolve questa settimana",
    "pt": "o pedido {r} continua por resolver vários colegas escreveram o meu chefe diz que mudamos para a {c} se não ficar resolvido esta semana",
}
B2B_MILD = {
    "en": [
        "It would help if invoices showed our cost-centre code.",
        "Could the confirmation list dietary needs per guest?",
    ],
    "fr": [
        "Ce serait pratique d'avoir notre code de centre de coûts sur les factures.",
        "La confirmation pourrait-elle lister les régimes alimentaires par personne ?",
    ],
    "de": ["Hilfreich wäre unsere Kostenstelle auf der Rechnung."],
    "es": ["Ayudaría ver nuestro centro de coste en las facturas."],
    "it": ["Sarebbe utile il centro di costo in fattura."],
    "pt": ["Ajudava ter o centro de custo nas faturas."],
}
B2B_Q = {
    "en": "Can we add two more people to next month's retreat booking?",
    "fr": "Peut-on ajouter deux personnes au séminaire du mois prochain ?",
    "de": "Können wir zwei Personen zur Buchung nächsten Monat hinzufügen?",
    "es": "¿Podemos añadir dos personas a la reserva del mes que viene?",
    "it": "Possiamo aggiungere due persone alla prenotazione del mese prossimo?",
    "pt": "Podemos juntar mais duas pessoas à reserva do próximo mês?",
}
B2B_A = {
    "en": "Done, {n}: two places added, the invoice will follow on account.",
    "fr": "C'est fait, {n} : deux places ajoutées, facture sur le compte.",
    "de": "Erledigt, {n}: zwei Plätze ergänzt, Rechnung aufs Konto.",
    "es": "Hecho, {n}: dos plazas añadidas, factura a cuenta.",
    "it": "Fatto, {n}: due posti aggiunti, fattura sul conto.",
    "pt": "Feito, {n}: dois lugares juntos, fatura na conta.",
}
B2B_PRAISE = {
    "en": "Our team retreat at Boscana was the best offsite we've had.",
    "fr": "Notre séminaire chez Boscana, le meilleur qu'on ait fait.",
    "de": "Unser Teamtag bei Boscana war der beste bisher.",
    "es": "El retiro de equipo en Boscana, el mejor que hemos hecho.",
    "it": "Il ritiro del team da Boscana è stato il migliore.",
    "pt": "O retiro de equipa na Boscana foi o melhor até hoje.",
}
