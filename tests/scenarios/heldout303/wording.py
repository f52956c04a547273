"""Wording for heldout303 (Sfoglina: fresh pasta boxes by app and web). Written blind."""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Sfoglina"
CLUB = "Sfoglina Club"
ARM = "Sfoglina Horeca"
COMPETITORS = ("Pastanova", "Ruvidella")
LANG_WEIGHTS = {"it": 30, "en": 30, "de": 10, "es": 10, "fr": 10, "pt": 10}
MARKETS = {
    "it": ("IT", "IT", "CH"),
    "en": ("UK", "UK", "IE"),
    "de": ("DE", "AT"),
    "es": ("ES",),
    "fr": ("FR", "BE"),
    "pt": ("PT",),
}
FIRST = {
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Elena", "Paolo"],
    "en": ["Hannah", "Tom", "Priya", "Callum", "Sophie", "Owen", "Niamh", "Ravi"],
    "de": ["Katrin", "Jonas", "Miriam", "Tobias", "Ute"],
    "es": ["Lucía", "Álvaro", "Nerea", "Iñigo", "Marta"],
    "fr": ["Camille", "Mathis", "Léa", "Bastien", "Odile"],
    "pt": ["Inês", "Rui", "Beatriz", "Tiago", "Leonor"],
}
LAST = {
    "it": ["Bellini", "Ferraro", "Colombo", "Greco", "Moretti", "Rinaldi", "Sala"],
    "en": ["Whitaker", "Doyle", "Patel", "Hughes", "Barnes", "Kavanagh", "Lowe"],
    "de": ["Krüger", "Vogt", "Hartmann", "Seidel", "Brandl"],
    "es": ["Ibáñez", "Ortega", "Serrano", "Cuesta", "Prieto"],
    "fr": ["Lefèvre", "Marchand", "Roussel", "Gautier", "Perrin"],
    "pt": ["Carvalho", "Moura", "Teixeira", "Antunes", "Freitas"],
}
PRODUCTS = [
    ("Weekly box, 2 people", "34.90"),
    ("Weekly box, 4 people", "58.50"),
    ("Tortellini & ragù add-on", "12.40"),
    ("Pesto genovese 180 g", "6.90"),
    ("Ravioli ricotta e spinaci, 500 g", "9.80"),
    ("Lasagne tray, ready to bake", "16.00"),
]
PAGES = ["/menu", "/box/this-week", "/club", "/account/deliveries", "/recipes", "/gift-cards"]

T = dict[str, list[str]]

PRAISE: T = {
    "it": [
        "I tortelli di zucca di questa settimana erano una meraviglia, a casa li hanno finiti in dieci minuti",
        "Ragù buonissimo, sembra quello di mia nonna. Bravi {brand}!",
        "Consegna puntuale e la pasta arriva freschissima, nella borsa termica ancora fredda",
    ],
    "en": [
        "The pumpkin tortelli this week were unreal, kids actually asked for seconds",
        "Honestly the best thing we do on a Thursday night is open the {brand} box",
        "Box came bang on time, still cold, pappardelle were lovely",
    ],
    "de": [
        "Die Ravioli mit Ricotta waren super, die Kinder wollten mehr",
        "Pünktlich geliefert, alles noch schön kalt. Danke {brand}",
    ],
    "es": [
        "Los tortellini de esta semana, espectaculares. En casa no quedó ni uno",
        "Llegó a su hora y todo fresquísimo, muy contenta con {brand}",
    ],
    "fr": [
        "Les raviolis ricotta-épinards étaient excellents, merci {brand}",
        "Livraison à l'heure, tout encore bien frais, rien à redire",
    ],
    "pt": [
        "Os tortellini desta semana estavam ótimos, os miúdos adoraram",
        "Chegou a horas e tudo fresquinho, muito bom {brand}",
    ],
}
AGAIN: T = {
    "it": ["Terza settimana di fila che le pappardelle sono perfette, continuate cosi"],
    "en": ["Third week running the box has been spot on, still loving it"],
    "de": ["Schon wieder eine perfekte Box, jede Woche gleich gut"],
    "es": ["Otra semana más que todo llega perfecto, seguimos encantados"],
    "fr": ["Encore une semaine parfaite, toujours aussi bon"],
    "pt": ["Mais uma semana impecável, continuamos fãs"],
}
GRIPE: T = {
    "it": [
        "Pasta ottima come sempre, solo le borse termiche sono tantissime e non so dove metterle"
    ],
    "en": ["Lovely as always, only wish the recipe cards weren't just a QR code"],
    "de": ["Sehr lecker, nur die Kühlakkus stapeln sich bei uns langsam"],
    "es": ["Todo riquísimo, solo que las bolsas isotérmicas se me acumulan"],
    "fr": ["Très bon, juste dommage que les fiches recettes ne soient qu'en PDF"],
    "pt": ["Tudo ótimo, só os sacos térmicos é que se acumulam cá em casa"],
}
QUESTION: T = {
    "it": [
        "Ciao, posso saltare la box della prossima settimana? Siamo via",
        "Buongiorno, la pasta fresca si puo congelare?",
        "Salve, posso cambiare il giorno di consegna al venerdi?",
    ],
    "en": [
        "Hi, can I skip next week's box? We're away",
        "Hello, can the fresh pasta go in the freezer?",
        "Hi there, how do I move my delivery to Friday?",
    ],
    "de": [
        "Hallo, kann ich die Box nächste Woche pausieren?",
        "Kann man die frische Pasta einfrieren?",
    ],
    "es": [
        "Hola, ¿puedo saltarme la caja de la semana que viene?",
        "¿La pasta fresca se puede congelar?",
    ],
    "fr": [
        "Bonjour, je peux sauter la box de la semaine prochaine ?",
        "On peut congeler les pâtes fraîches ?",
    ],
    "pt": ["Olá, posso saltar a caixa da próxima semana?", "A massa fresca pode ir ao congelador?"],
}
ANSWER: T = {
    "it": [
        "Certo! Trovi tutto in Account > Consegne, oppure l'ho fatto io per te adesso. Buona serata"
    ],
    "en": [
        "Of course! It's under Account > Deliveries, and I've done it for you now. Enjoy your evening"
    ],
    "de": ["Klar! Das geht unter Konto > Lieferungen, ich habe es gerade für Sie erledigt"],
    "es": ["¡Claro! Está en Cuenta > Entregas, y ya te lo he dejado hecho"],
    "fr": ["Bien sûr ! C'est dans Compte > Livraisons, et je l'ai fait pour vous"],
    "pt": ["Claro! Está em Conta > Entregas, e já tratei disso por si"],
}
THANKS: T = {
    "it": ["Grazie mille, gentilissimi", "perfetto grazie!"],
    "en": ["Brilliant, thanks!", "cheers, that's great"],
    "de": ["Super, danke!"],
    "es": ["¡Genial, gracias!"],
    "fr": ["Parfait, merci !"],
    "pt": ["Ótimo, obrigado!"],
}
CALL_Q: T = {
    "it": [
        "buongiorno volevo sapere se posso aggiungere una vaschetta di ragù alla box di giovedi"
    ],
    "en": ["hi there yeah i was wondering if i can add a lasagne tray to thursday's box"],
    "de": ["hallo ich wollte fragen ob ich zur Box am Donnerstag noch Lasagne dazunehmen kann"],
    "es": ["hola buenas quería saber si puedo añadir una lasaña a la caja del jueves"],
    "fr": ["bonjour je voulais savoir si je peux ajouter une lasagne à la box de jeudi"],
    "pt": ["bom dia queria saber se posso juntar uma lasanha à caixa de quinta"],
}
CALL_FOLLOW: T = {
    "it": ["Come da telefonata, abbiamo aggiunto la vaschetta alla box di giovedi. A presto!"],
    "en": ["As discussed on the phone, the extra has been added to Thursday's box. Enjoy!"],
    "de": ["Wie besprochen ist das Extra in der Box am Donnerstag. Guten Appetit!"],
    "es": ["Como hablamos por teléfono, ya está añadido a la caja del jueves. ¡Que aproveche!"],
    "fr": ["Comme convenu au téléphone, c'est ajouté à la box de jeudi. Bon appétit !"],
    "pt": ["Como falámos ao telefone, já está na caixa de quinta. Bom apetite!"],
}
NIGHT_POST: T = {
    "it": [
        "Turno di notte finito, scaldo gli gnocchi di {brand} e poi a letto",
        "Le 2 e sto sognando le pappardelle di domani",
    ],
    "en": [
        "Back from a night shift, {brand} gnocchi at 3am hits different",
        "Can't sleep so I'm planning next week's box lol",
    ],
    "de": ["Nachtschicht vorbei, jetzt noch schnell die Gnocchi von {brand}"],
    "es": ["Salgo del turno de noche y me espera la lasaña de {brand}"],
    "fr": ["Fin de garde, les gnocchis {brand} à 2h du matin, le bonheur"],
    "pt": ["Saí do turno da noite e tenho os gnocchi da {brand} à espera"],
}
NIGHT_Q: T = {
    "it": ["Ciao, a che ora chiude la scelta dei piatti per la prossima box?"],
    "en": ["Hi, what time does the menu lock for next week's box?"],
    "de": ["Hallo, bis wann kann ich die Gerichte für nächste Woche wählen?"],
    "es": ["Hola, ¿hasta qué hora puedo elegir los platos de la próxima caja?"],
    "fr": ["Bonjour, jusqu'à quelle heure je peux choisir les plats de la prochaine box ?"],
    "pt": ["Olá, até que horas posso escolher os pratos da próxima caixa?"],
}
NIGHT_A: T = {
    "it": ["Ciao! Fino al martedi alle 23:59, hai ancora tempo"],
    "en": ["Hi! Until 23:59 on Tuesday, plenty of time"],
    "de": ["Hallo! Bis Dienstag 23:59 Uhr, also noch genug Zeit"],
    "es": ["¡Hola! Hasta el martes a las 23:59, tienes tiempo"],
    "fr": ["Bonjour ! Jusqu'à mardi 23h59, vous avez le temps"],
    "pt": ["Olá! Até terça às 23:59, ainda tem tempo"],
}
SURVEY_WORD: T = {
    "it": ["ottimo", "", "👍", "tutto perfetto"],
    "en": ["great", "", "🙂", "spot on"],
    "de": ["super", ""],
    "es": ["genial", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}
REVIEW: T = {
    "it": ["Pasta fresca vera, porzioni giuste, consegna sempre puntuale"],
    "en": ["Proper fresh pasta, decent portions, never been late"],
    "de": ["Echte frische Pasta, gute Portionen, immer pünktlich"],
    "es": ["Pasta fresca de verdad, buenas raciones, siempre puntual"],
    "fr": ["De vraies pâtes fraîches, portions correctes, toujours à l'heure"],
    "pt": ["Massa fresca a sério, boas doses, sempre a horas"],
}

# Consumer problems: no_show, warm_box, double_charge, club_price.
PROBLEMS = ("no_show", "warm_box", "double_charge", "club_price")
COMPLAINT: dict[str, T] = {
    "no_show": {
        "it": [
            "La box risulta CONSEGNATA alle 18:12 ma qui non c'e niente, avevo ospiti a cena e ho dovuto ordinare pizza",
            "Box mai arrivata, l'app dice consegnata. Ho aspettato tutta la sera",
        ],
        "en": [
            "App says my box was DELIVERED at 18:12, nothing here. Had people round for dinner and ended up ordering pizza",
            "Box never turned up, marked delivered. Waited in all evening for nothing",
        ],
        "de": ["Box angeblich GELIEFERT um 18:12, hier ist nichts. Gäste da und nichts zu essen"],
        "es": ["La caja sale como ENTREGADA a las 18:12 y aquí no hay nada. Tenía invitados"],
        "fr": ["La box est marquée LIVRÉE à 18h12 et il n'y a rien. J'avais des invités"],
        "pt": ["A caixa aparece como ENTREGUE às 18:12 e não está cá nada. Tinha convidados"],
    },
    "warm_box": {
        "it": [
            "La box e arrivata calda, ghiaccio sciolto e i ravioli appiccicati. Ho buttato tutto",
            "Borsa termica tiepida, la ricotta aveva un odore strano. Non si fa",
        ],
        "en": [
            "Box arrived warm, ice packs melted and the ravioli all stuck together. Binned the lot",
            "Cool bag was lukewarm and the ricotta smelled off. Not acceptable",
        ],
        "de": [
            "Box kam warm an, Kühlakkus geschmolzen, die Ravioli klebten zusammen. Alles weggeworfen"
        ],
        "es": ["La caja llegó caliente, el hielo derretido y los raviolis pegados. A la basura"],
        "fr": ["Box arrivée tiède, pains de glace fondus, raviolis collés. Tout jeté"],
        "pt": [
            "A caixa chegou quente, o gelo derretido e os ravioli colados. Foi tudo para o lixo"
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato la box DUE volte, 58,50 € per due. Ridatemi i soldi",
            "Doppio addebito sulla carta per la stessa settimana, e ora sono in rosso",
        ],
        "en": [
            "You've charged me TWICE for the same box, £50 gone twice. I want it back",
            "Double charge on my card for one week and now I'm overdrawn",
        ],
        "de": ["Sie haben die Box ZWEIMAL abgebucht, 58,50 € doppelt. Ich will das Geld zurück"],
        "es": ["Me habéis cobrado la caja DOS veces, 58,50 € repetidos. Quiero mi dinero"],
        "fr": ["Vous m'avez débité la box DEUX fois, 58,50 € en double. Remboursez-moi"],
        "pt": ["Cobraram-me a caixa DUAS vezes, 58,50 € a dobrar. Quero o dinheiro de volta"],
    },
    "club_price": {
        "it": [
            "Sono socia {club} e mi avete fatto pagare il prezzo pieno, 8 euro in piu a settimana",
            "Perche pago il prezzo da non socio se sono nel {club} da un anno?",
        ],
        "en": [
            "I'm a {club} member and got charged full price, £7 extra every week",
            "Why am I paying the non-member price when I've been in the {club} a year?",
        ],
        "de": ["Ich bin im {club} und zahle trotzdem den vollen Preis, 8 € mehr pro Woche"],
        "es": ["Soy del {club} y me cobráis el precio normal, 8 € más cada semana"],
        "fr": ["Je suis membre du {club} et je paie le plein tarif, 8 € de plus par semaine"],
        "pt": ["Sou sócia do {club} e cobram-me o preço normal, mais 8 € por semana"],
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "box non consegnata",
        "en": "box not delivered",
        "de": "Box nicht geliefert",
        "es": "caja no entregada",
        "fr": "box non livrée",
        "pt": "caixa não entregue",
    },
    "warm_box": {
        "it": "box arrivata calda",
        "en": "box arrived warm",
        "de": "Box warm angekommen",
        "es": "caja llegó caliente",
        "fr": "box arrivée tiède",
        "pt": "caixa chegou quente",
    },
    "double_charge": {
        "it": "doppio addebito",
        "en": "double charge",
        "de": "doppelte Abbuchung",
        "es": "cobro doble",
        "fr": "double débit",
        "pt": "cobrança a dobrar",
    },
    "club_price": {
        "it": "prezzo Club sbagliato",
        "en": "wrong Club price",
        "de": "falscher Club-Preis",
        "es": "precio Club erróneo",
        "fr": "mauvais tarif Club",
        "pt": "preço Club errado",
    },
}
COMPLAINT_SUBJ = {
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
}
CASE_SUBJ = {
    "it": "R: Pratica ",
    "en": "Re: Your case ",
    "de": "AW: Vorgang ",
    "es": "RE: Incidencia ",
    "fr": "RE : Dossier ",
    "pt": "RE: Pedido ",
}
LONG_OPEN: T = {
    "it": [
        "Buongiorno, vi scrivo dal treno per Bologna, tra una riunione e l'altra, perche stasera non avro tempo. Da mesi la vostra box e l'unica cena decente della settimana, con mio marito che fa i turni in ospedale e i bambini tra piscina e calcio. ",
        "Gentili signori, scrivo dalla sala d'attesa del pediatra, quindi perdonate gli errori. Sono cliente da quasi due anni e vi ho consigliati a mezzo ufficio. ",
    ],
    "en": [
        "Hi, writing this from the car park at my daughter's swimming lesson because I won't get a minute later. We've had your box for over a year and it's honestly what keeps Thursdays sane with both of us on late shifts. ",
        "Hello, apologies for the long message, I'm typing on my lunch break between two site visits. I've recommended you to half my family. ",
    ],
    "de": [
        "Guten Tag, ich schreibe aus dem Wartezimmer beim Zahnarzt, sonst komme ich heute nicht dazu. Seit einem Jahr ist Ihre Box unser Feierabend-Essen. "
    ],
    "es": [
        "Hola, os escribo desde el coche esperando a mi hijo del entrenamiento, que si no no me da la vida. Llevo más de un año con vuestra caja. "
    ],
    "fr": [
        "Bonjour, je vous écris depuis le quai du RER, entre deux réunions. Cela fait un an que votre box nous sauve les soirs de semaine. "
    ],
    "pt": [
        "Boa tarde, escrevo da sala de espera do centro de saúde, senão hoje não consigo. Sou cliente há mais de um ano. "
    ],
}
LONG_CLOSE: T = {
    "it": [" Non e da voi, e francamente mi aspetto una risposta seria. Saluti"],
    "en": [" This isn't like you and I'd like a proper answer, please. Regards"],
    "de": [" So kenne ich Sie nicht, ich erwarte eine ordentliche Antwort. Grüße"],
    "es": [" No es propio de vosotros y espero una respuesta en condiciones. Un saludo"],
    "fr": [" Ce n'est pas votre habitude et j'attends une vraie réponse. Cordialement"],
    "pt": [" Não é costume e espero uma resposta a sério. Cumprimentos"],
}
CALL_COMPLAINT: dict[str, T] = {
    "no_show": {
        "it": [
            "si buonasera la mia box risulta consegnata ma non e mai arrivata avevo gente a cena"
        ],
        "en": ["yeah hi my box says delivered but it never came and i had people over for dinner"],
        "de": ["ja guten Abend meine Box steht als geliefert drin aber sie ist nie gekommen"],
        "es": ["hola buenas la caja sale entregada pero aquí no ha llegado nada"],
        "fr": ["oui bonsoir ma box est marquée livrée mais elle n'est jamais arrivée"],
        "pt": ["boa noite a caixa diz entregue mas não chegou nada"],
    },
    "warm_box": {
        "it": ["buongiorno la box e arrivata calda il ghiaccio era acqua ho dovuto buttare tutto"],
        "en": ["hi the box came warm the ice packs were just water i had to throw it all out"],
        "de": ["hallo die Box kam warm an alles geschmolzen ich musste alles wegwerfen"],
        "es": ["hola la caja llegó caliente el hielo era agua he tenido que tirarlo todo"],
        "fr": ["bonjour la box est arrivée tiède la glace avait fondu j'ai tout jeté"],
        "pt": ["bom dia a caixa chegou quente o gelo derretido deitei tudo fora"],
    },
    "double_charge": {
        "it": ["buongiorno mi avete addebitato la box due volte e adesso ho il conto in rosso"],
        "en": ["hi you've charged me twice for the box and now i'm overdrawn"],
        "de": ["guten Tag Sie haben die Box zweimal abgebucht jetzt ist mein Konto im Minus"],
        "es": ["hola me habéis cobrado dos veces la caja y tengo la cuenta en negativo"],
        "fr": ["bonjour vous m'avez prélevé deux fois la box et je suis à découvert"],
        "pt": ["bom dia cobraram a caixa duas vezes e fiquei com a conta a zero"],
    },
    "club_price": {
        "it": ["salve sono nel club da un anno e mi fate pagare il prezzo pieno da tre settimane"],
        "en": ["hi i'm in the club and you've charged me full price three weeks running"],
        "de": ["hallo ich bin im Club und zahle seit drei Wochen den vollen Preis"],
        "es": ["hola soy del club y llevo tres semanas pagando el precio normal"],
        "fr": ["bonjour je suis membre du club et je paie plein tarif depuis trois semaines"],
        "pt": ["olá sou do club e há três semanas que pago o preço normal"],
    },
}
CASE_OPENED: T = {
    "it": ["Ci dispiace molto. Abbiamo aperto la pratica {ref} e ti aggiorniamo entro domani."],
    "en": ["We're really sorry. We've opened case {ref} and will update you by tomorrow."],
    "de": ["Das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns bis morgen."],
    "es": ["Lo sentimos mucho. Hemos abierto la incidencia {ref} y te decimos algo mañana."],
    "fr": ["Nous sommes désolés. Le dossier {ref} est ouvert, retour d'ici demain."],
    "pt": ["Lamentamos muito. Abrimos o pedido {ref} e damos notícias até amanhã."],
}
ESCALATED: T = {
    "it": [
        "La pratica {ref} e ora nelle mani della nostra responsabile qualita, che ti chiamera entro venerdi a pranzo."
    ],
    "en": ["Case {ref} is now with our quality lead, who will call you before Friday lunchtime."],
    "de": [
        "Der Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "es": [
        "La incidencia {ref} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Le dossier {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "pt": [
        "O pedido {ref} está com a nossa responsável de qualidade, que lhe liga até sexta ao almoço."
    ],
}
GOOD_NEWS: T = {
    "it": [
        "Buone notizie sulla pratica {ref}: abbiamo sistemato e rimborsato. Ci confermi che e tutto a posto?"
    ],
    "en": ["Good news on case {ref}: it's sorted and refunded. Could you confirm all is well?"],
    "de": ["Gute Nachricht zum Vorgang {ref}: erledigt und erstattet. Können Sie bestätigen?"],
    "es": ["Buenas noticias sobre la incidencia {ref}: resuelto y reembolsado. ¿Nos confirmas?"],
    "fr": [
        "Bonne nouvelle pour le dossier {ref} : c'est réglé et remboursé. Pouvez-vous confirmer ?"
    ],
    "pt": ["Boas notícias sobre o pedido {ref}: resolvido e reembolsado. Pode confirmar?"],
}
CONFIRMED: T = {
    "it": ["Confermo, pratica {ref} risolta, rimborso arrivato. Grazie"],
    "en": ["Confirmed, case {ref} sorted and the refund's in. Thanks"],
    "de": ["Bestätigt, Vorgang {ref} erledigt, Geld ist da. Danke"],
    "es": ["Confirmado, incidencia {ref} resuelta y el dinero ya está. Gracias"],
    "fr": ["Confirmé, dossier {ref} réglé, remboursement reçu. Merci"],
    "pt": ["Confirmo, pedido {ref} resolvido e o reembolso chegou. Obrigada"],
}
APOLOGY: T = {
    "it": ["Scusate per il tono di ieri, ero furiosa e stanca. Grazie per averlo sistemato"],
    "en": ["Sorry for my tone yesterday, long day. Thanks for sorting it"],
    "de": ["Entschuldigung für gestern, war ein langer Tag. Danke fürs Kümmern"],
    "es": ["Perdón por el tono de ayer, tuve un día horrible. Gracias por solucionarlo"],
    "fr": ["Désolée pour le ton d'hier, journée difficile. Merci d'avoir réglé ça"],
    "pt": ["Desculpem o tom de ontem, dia complicado. Obrigada por resolverem"],
}
STILL_OPEN: T = {
    "it": [
        "Pratica {ref}: ancora niente, il problema e sempre li. Vi ho gia scritto",
        "Riscrivo per la pratica {ref}, nessuna novita e nessun rimborso",
    ],
    "en": [
        "Case {ref}: still nothing, same problem. I've already been in touch",
        "Chasing case {ref} again, no update and no refund",
    ],
    "de": ["Vorgang {ref}: immer noch nichts passiert, gleiches Problem"],
    "es": ["Incidencia {ref}: sigue igual, nadie me dice nada"],
    "fr": ["Dossier {ref} : toujours rien, même problème"],
    "pt": ["Pedido {ref}: continua tudo igual, ninguém diz nada"],
}
THIRD: T = {
    "it": [" Una collega prende la pasta da {comp} e loro risolvono in giornata."],
    "en": [" I've had a look at what {comp} charge, just saying."],
    "de": [" Eine Kollegin bestellt bei {comp}, da wird sowas am selben Tag gelöst."],
    "es": [" He mirado lo que cobra {comp}, que lo sepáis."],
    "fr": [" Une collègue commande chez {comp}, eux règlent ça dans la journée."],
    "pt": [" Já fui ver quanto cobra a {comp}."],
}
FOURTH: T = {
    "it": [" E la QUARTA volta che scrivo."],
    "en": [" This is the FOURTH time I'm writing."],
    "de": [" Ich schreibe jetzt zum VIERTEN Mal."],
    "es": [" Es la CUARTA vez que escribo."],
    "fr": [" C'est la QUATRIÈME fois que j'écris."],
    "pt": [" É a QUARTA vez que escrevo."],
}
URGENT: T = {
    "it": ["Aggiunto alla pratica {ref} e segnato come urgente."],
    "en": ["Added to case {ref} and marked urgent."],
    "de": ["Zum Vorgang {ref} hinzugefügt und als dringend markiert."],
    "es": ["Añadido a la incidencia {ref} y marcado como urgente."],
    "fr": ["Ajouté au dossier {ref} et marqué urgent."],
    "pt": ["Adicionado ao pedido {ref} e marcado como urgente."],
}
SLIDE: T = {
    "it": [
        "Box arrivata con due ore di ritardo e senza avviso, pazienza",
        "Mancava il parmigiano e il pesto era quello piccolo. Mah",
        "Le porzioni sono calate, la box da 4 ormai basta per 3",
        "Terza settimana con qualcosa che non va, sto perdendo la pazienza",
        "Ravioli rotti, ghiaccio sciolto e 9 € di 'supplemento consegna' che non ho mai visto prima. Ridicolo",
        "Basta, mia sorella prende da {comp} e questa settimana ordino li",
    ],
    "en": [
        "Box two hours late and no text, oh well",
        "No parmesan this week and the small pesto. Hmm",
        "Portions have shrunk, the 4-person box barely does 3 now",
        "Third week in a row something's wrong, getting fed up",
        "Broken ravioli, melted ice and a £8 'delivery supplement' I've never seen before. Ridiculous",
        "Done. My sister gets hers from {comp} and I've ordered there for this week",
    ],
    "de": [
        "Box zwei Stunden zu spät, ohne Nachricht",
        "Parmesan fehlte, Pesto nur klein",
        "Die Portionen werden kleiner",
        "Dritte Woche mit Problemen, langsam reicht es",
        "Kaputte Ravioli, geschmolzenes Eis und 9 € 'Liefergebühr'. Lächerlich",
        "Meine Schwester bestellt bei {comp}, diese Woche bestelle ich dort",
    ],
    "es": [
        "La caja llegó dos horas tarde y sin avisar",
        "Faltaba el parmesano y el pesto era el pequeño",
        "Las raciones cada vez más pequeñas",
        "Tercera semana con algo mal, me estoy hartando",
        "Raviolis rotos, hielo derretido y 9 € de 'suplemento'. Ridículo",
        "Mi hermana pide a {comp} y esta semana pido allí",
    ],
    "fr": [
        "Box deux heures en retard, sans prévenir",
        "Pas de parmesan et le petit pesto",
        "Les portions ont rétréci",
        "Troisième semaine avec un souci, ça commence à bien faire",
        "Raviolis cassés, glace fondue et 9 € de 'supplément'. Ridicule",
        "Ma sœur commande chez {comp}, cette semaine je commande là-bas",
    ],
    "pt": [
        "A caixa chegou duas horas atrasada e sem aviso",
        "Faltou o parmesão e o pesto era o pequeno",
        "As doses estão mais pequenas",
        "Terceira semana com problemas, estou a ficar farta",
        "Ravioli partidos, gelo derretido e 9 € de 'suplemento'. Ridículo",
        "A minha irmã compra na {comp}, esta semana encomendo lá",
    ],
}
CANCEL: T = {
    "it": [
        "Buongiorno, ci trasferiamo all'estero il mese prossimo: vorrei disdire il {club} e chiudere l'account. Grazie di tutto"
    ],
    "en": [
        "Hi, we're moving abroad next month so I'd like to cancel my {club} membership and close the account please"
    ],
    "de": ["Hallo, wir ziehen ins Ausland. Bitte den {club} kündigen und mein Konto schließen"],
    "es": ["Hola, nos mudamos fuera: quiero darme de baja del {club} y cerrar la cuenta"],
    "fr": [
        "Bonjour, nous déménageons à l'étranger : je souhaite résilier le {club} et fermer mon compte"
    ],
    "pt": ["Olá, vamos mudar de país: quero cancelar o {club} e fechar a conta"],
}
SORRY_GO: T = {
    "it": [
        "Ci dispiace vederti andare! Puoi disdire da solo in app o sul sito, in Account > Abbonamento."
    ],
    "en": [
        "Sorry to see you go! You can cancel yourself in the app or on the website, under Account > Membership."
    ],
    "de": [
        "Schade! Sie können selbst in der App oder auf der Website kündigen, unter Konto > Mitgliedschaft."
    ],
    "es": ["¡Qué pena! Puedes darte de baja tú mismo en la app o la web, en Cuenta > Suscripción."],
    "fr": [
        "Dommage ! Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Abonnement."
    ],
    "pt": ["Que pena! Pode cancelar na app ou no site, em Conta > Subscrição."],
}
GRUMBLE: T = {
    "it": [
        "L'app mi sbatte fuori ogni volta che cambio un piatto",
        "Il corriere suona sempre alle 21, orario assurdo",
        "Troppo cartone per due vaschette",
    ],
    "en": [
        "App logs me out every time I swap a dish",
        "Courier always rings at 9pm, daft time",
        "So much cardboard for two little tubs",
    ],
    "de": ["Die App meldet mich bei jedem Tausch ab", "Viel zu viel Karton für zwei Schalen"],
    "es": ["La app me echa cada vez que cambio un plato", "Demasiado cartón para dos tarrinas"],
    "fr": [
        "L'appli me déconnecte à chaque changement de plat",
        "Beaucoup trop de carton pour deux barquettes",
    ],
    "pt": ["A app faz logout sempre que troco um prato", "Cartão a mais para duas caixinhas"],
}
SARCASM: T = {
    "it": ["Che bello, la box 'fresca' arrivata alle 22:40. Cena di mezzanotte, grazie {brand} 👏"],
    "en": ["Love that the 'fresh' box turned up at 22:40. Midnight feast it is, cheers {brand} 👏"],
    "de": ["Toll, die 'frische' Box um 22:40. Mitternachtsessen, danke {brand} 👏"],
    "es": ["Qué maravilla, la caja 'fresca' a las 22:40. Cena a medianoche, gracias {brand} 👏"],
    "fr": ["Génial, la box 'fraîche' livrée à 22h40. Dîner à minuit, merci {brand} 👏"],
    "pt": ["Que maravilha, a caixa 'fresca' às 22:40. Jantar à meia-noite, obrigada {brand} 👏"],
}
MILD: T = {
    "it": [
        "La ricerca dei piatti mostra ancora quelli della settimana scorsa",
        "Le notifiche mi arrivano in inglese",
    ],
    "en": [
        "Dish search still shows last week's menu",
        "Notifications come through in German for some reason",
    ],
    "de": ["Die Suche zeigt noch das Menü der Vorwoche"],
    "es": ["El buscador muestra el menú de la semana pasada"],
    "fr": ["La recherche affiche encore le menu de la semaine dernière"],
    "pt": ["A pesquisa ainda mostra o menu da semana passada"],
}
MILD_ACK: T = {
    "it": ["Grazie della segnalazione, lo passiamo al team dell'app."],
    "en": ["Thanks for flagging, passing it to the app team."],
    "de": ["Danke für den Hinweis, geht ans App-Team."],
    "es": ["Gracias por avisar, se lo pasamos al equipo de la app."],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
}
# The spike: checkout refuses payment before the Saturday cut-off.
SPIKE: T = {
    "it": [
        "Non riesco a confermare la box, il pagamento viene rifiutato con errore {code}. Scade alle 10!",
        "checkout bloccato, errore {code}, ho provato due carte",
        "{brand} pagamento rifiutato {code}, e la carta funziona ovunque",
    ],
    "en": [
        "Can't confirm my box, payment refused with error {code}. Cut-off is 10am!",
        "checkout just says {code} and won't take my card, tried two",
        "{brand} payment keeps failing, {code}, card works everywhere else",
    ],
    "de": ["Kann die Box nicht bestätigen, Zahlung abgelehnt, Fehler {code}"],
    "es": ["No puedo confirmar la caja, el pago da error {code}"],
    "fr": ["Impossible de valider la box, paiement refusé, erreur {code}"],
    "pt": ["Não consigo confirmar a caixa, pagamento recusado, erro {code}"],
}
SPIKE_AGAIN: T = {
    "it": ["Ancora {code}, anche dal computer di mio marito"],
    "en": ["Still {code}, tried on my partner's laptop too"],
    "de": ["Immer noch {code}, auch am Laptop"],
    "es": ["Sigue saliendo {code}, también desde el portátil"],
    "fr": ["Toujours {code}, même depuis l'ordinateur"],
    "pt": ["Continua {code}, também no computador"],
}
SPIKE_ANSWER: T = {
    "it": ["Si, i pagamenti non passano per nessuno in questo momento, ci stiamo lavorando."],
    "en": ["Yes, payments are failing for everyone right now, our engineers are on it."],
    "de": ["Ja, Zahlungen gehen gerade bei allen nicht, wir arbeiten daran."],
    "es": ["Sí, los pagos fallan a todos ahora mismo, estamos en ello."],
    "fr": ["Oui, les paiements échouent pour tout le monde, on s'en occupe."],
    "pt": ["Sim, os pagamentos estão a falhar para todos, estamos a tratar."],
}
WORKS_AGAIN: T = {
    "it": [
        "I pagamenti funzionano di nuovo dalle 12:20; abbiamo spostato la scadenza a stasera e aggiunto 5 € di credito."
    ],
    "en": ["Payments work again since 11:20; the cut-off is moved to tonight and £4 credit added."],
    "de": ["Zahlungen gehen wieder seit 12:20; Frist bis heute Abend verlängert, 5 € Guthaben."],
    "es": [
        "Los pagos funcionan desde las 12:20; ampliamos el plazo a esta noche y 5 € de crédito."
    ],
    "fr": ["Les paiements remarchent depuis 12h20 ; délai prolongé à ce soir, 5 € de crédit."],
    "pt": ["Os pagamentos voltaram às 11:20; prazo alargado até à noite e 5 € de crédito."],
}
LONE_Q: T = {
    "it": [
        "Ieri sera il pagamento ci ha messo un minuto buono ma poi e passato, domani mattina va tutto bene?"
    ],
    "en": [
        "Payment took ages last night but went through in the end, will tomorrow morning be ok?"
    ],
}
LONE_A: T = {
    "it": ["Si, il pagamento e andato a buon fine, domani nessun problema."],
    "en": ["Yes, it went through fine, tomorrow should be no problem."],
}
SPIKE_SPOKE: dict[str, str] = {
    "it": "it",
    "en": "en",
    "de": "de",
    "es": "es",
    "fr": "fr",
    "pt": "pt",
}
