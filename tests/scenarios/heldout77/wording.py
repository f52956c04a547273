# ruff: noqa: E501
"""Consumer and spike wording for heldout77 (Cartuvo: printer ink and toner by app and web).

Written from the customers' stories. Placeholders: {name} (first name), {agent}, {ref}
(case reference), {prod} (cartridge code), {amt} (an amount in the customer's money),
{day} (a weekday), {comp} (a competitor), {core} (a complaint's core), {time} (local time),
{credit} (a credit in the customer's money).
"""

from __future__ import annotations

L = dict[str, list[str]]
P = dict[str, list[tuple[str, str]]]

LANGS = ("fr", "it", "en", "de", "pt", "es")
COMPETITORS = ("Tonerix", "Pigmalo")

# label, price in EUR, cartridge code used in texts
PRODUCTS: list[tuple[str, float, str]] = [
    ("Cartridge XL black 603 / Cartouche XL noire 603", 21.90, "603 XL"),
    ("Multipack 4 colours 603 / Multipack 4 couleurs 603", 44.90, "603"),
    ("Toner black TN-2420 / Toner noir TN-2420", 59.90, "TN-2420"),
    ("Cartridge XL colour 305 / Cartouche XL couleur 305", 27.50, "305 XL"),
    ("Ink bottles 104, set of 4 / Bouteilles d'encre 104, lot de 4", 39.90, "104"),
    ("Photo paper A4 glossy, 50 sheets / Papier photo A4 brillant, 50 f.", 14.90, "papier photo"),
    ("Cartridge black 963 XL / Cartouche noire 963 XL", 34.90, "963 XL"),
    ("Inkjet printer Jetta 3 / Imprimante jet d'encre Jetta 3", 129.00, "Jetta 3"),
]
PAGES = [
    "/shop/ink",
    "/shop/toner",
    "/printer-finder",
    "/auto",
    "/recycling",
    "/shop/paper",
    "/account/orders",
    "/help/auto-connector",
]

WEEKDAYS: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

PRAISE: L = {
    "fr": [
        "Commandé mardi soir, cartouches dans la boîte aux lettres jeudi matin. Rien à redire, Cartuvo fait le job.",
        "Franchement le forfait Auto c'est le truc que j'aurais dû prendre il y a 3 ans, plus jamais à court d'encre la veille d'un exposé des enfants",
        "Les compatibles 603 de Cartuvo impriment aussi bien que les originales pour moitié prix. Contente !!",
        "Merci pour l'enveloppe de recyclage gratuite, j'avais un tiroir plein de cartouches vides depuis des années",
        "Le petit boîtier Auto a vu que le cyan baissait et la cartouche est arrivée avant que ça lâche. Magique.",
    ],
    "it": [
        "Ordinato lunedì sera, martedì pomeriggio le cartucce erano già nella cassetta. Cartuvo promosso a pieni voti",
        "Il piano Auto è una genialata: la stampante sta finendo il nero e la cartuccia arriva da sola. Mai più corse in cartoleria alle 8 di sera",
        "compatibili 305 perfette, colori identici alle originali e spendo la metà. consigliatissimo",
        "Busta per riciclare le cartucce vuote gratis, finalmente so dove buttarle. Bravi!",
        "Il connettore Auto si è accorto che il giallo stava finendo e la cartuccia è arrivata prima. Fantastico",
    ],
    "en": [
        "Ordered Tuesday night, ink on the doormat Thursday morning. Cartuvo just works.",
        "The Auto plan is genuinely the best fiver I spend a month, haven't run out of black once since spring",
        "Cartuvo compatibles print every bit as well as the originals for half the price. Chuffed",
    ],
    "de": [
        "Dienstag abends bestellt, Donnerstag lag der Toner im Briefkasten. Cartuvo passt einfach.",
        "Das Auto-Abo ist Gold wert, seit Monaten nie mehr ohne Schwarz dagestanden wenn die Kinder was ausdrucken müssen",
        "Die kompatiblen Patronen von Cartuvo drucken genauso gut wie die originalen, für die Hälfte. Sehr gut",
    ],
    "pt": [
        "Encomendei na terça à noite e na quinta de manhã já tinha os tinteiros. Cartuvo impecável",
        "O plano Auto é a melhor coisa, nunca mais fiquei sem tinta a meio de um trabalho da escola",
        "Os compatíveis da Cartuvo imprimem tão bem como os originais e custam metade. Recomendo",
    ],
    "es": [
        "Pedido el martes por la noche, el jueves por la mañana ya tenía los cartuchos. Cartuvo de diez",
        "El plan Auto es lo mejor que he contratado, no me he vuelto a quedar sin negro ni una vez",
        "Los compatibles de Cartuvo imprimen igual que los originales por la mitad. Encantada",
    ],
}

AGAIN: L = {
    "fr": [
        "Troisième commande cette année et toujours livré en 48h, chapeau Cartuvo",
        "Encore une fois le livreur a laissé le colis chez la gardienne comme demandé. Parfait, comme d'hab",
    ],
    "it": [
        "Terzo ordine quest'anno e sempre puntuali, grazie ancora Cartuvo",
        "Di nuovo arrivato tutto in due giorni, ormai mi fido a occhi chiusi",
    ],
    "en": ["Third order this year and still spot on. Cheers Cartuvo"],
    "de": ["Schon wieder alles in zwei Tagen da, dritte Bestellung dieses Jahr. Top"],
    "pt": ["Terceira encomenda este ano e outra vez tudo a horas. Obrigada Cartuvo"],
    "es": ["Tercer pedido este año y otra vez en dos días. Así da gusto"],
}

GRIPE: L = {
    "fr": [
        "Très contente des cartouches, impression nickel. Seul bémol, le carton est énorme pour deux petites cartouches",
        "Le forfait Auto marche super bien, juste l'appli qui me déconnecte tout le temps. Sinon rien à dire",
    ],
    "it": [
        "Cartucce ottime, stampa perfetta. Unico neo la scatola enorme per due cartucce piccole",
        "Servizio top, solo la fattura arriva in PDF in inglese, un po' strano. Per il resto benissimo",
    ],
    "en": [
        "Ink's great and quick. Only gripe is the box, it's the size of a microwave for two cartridges"
    ],
    "de": [
        "Super Qualität, nur die Rechnung kommt immer erst drei Tage später per Mail. Sonst alles gut"
    ],
    "pt": ["Tinteiros ótimos, só acho a caixa enorme para duas coisinhas. De resto tudo bem"],
    "es": [
        "Muy contenta con los cartuchos, solo que la caja es gigante para dos cartuchitos. Por lo demás genial"
    ],
}

CHAT_Q: P = {
    "fr": [
        (
            "bonjour, la 603 XL est compatible avec une Expression Home XP-3100 ?",
            "Bonjour ! Oui, la 603 et la 603 XL vont dans la XP-3100. Bonne journée",
        ),
        (
            "bjr on peut mettre le forfait Auto en pause pendant les vacances ?",
            "Bonjour, oui : dans l'appli, Forfait Auto > Pause, jusqu'à 2 mois. Bonnes vacances !",
        ),
        (
            "Bonjour, je peux déposer mes cartouches vides en magasin ou seulement par la poste ?",
            "Bonjour, uniquement par la poste avec l'enveloppe gratuite, à demander dans l'appli (Recyclage).",
        ),
    ],
    "it": [
        (
            "ciao, la 305 XL va bene per la DeskJet 2720?",
            "Ciao! Sì, la 305 e la 305 XL sono compatibili con la DeskJet 2720. Buona giornata",
        ),
        (
            "Buongiorno, posso mettere in pausa il piano Auto ad agosto?",
            "Buongiorno, sì: nell'app, Piano Auto > Pausa, fino a 2 mesi. Buone vacanze!",
        ),
        (
            "salve, la busta per il riciclo la devo affrancare?",
            "Salve, no, la busta è già affrancata: basta chiuderla e imbucarla.",
        ),
    ],
    "en": [
        (
            "hi does the 305 XL fit a DeskJet 2720?",
            "Hi! Yes, both the 305 and the 305 XL fit the DeskJet 2720. Have a good day",
        )
    ],
    "de": [
        (
            "Hallo, passt die 603 XL in einen XP-3100?",
            "Hallo! Ja, 603 und 603 XL passen in den XP-3100. Schönen Tag noch",
        )
    ],
    "pt": [
        (
            "ola o 305 XL serve na DeskJet 2720?",
            "Olá! Sim, o 305 e o 305 XL servem na DeskJet 2720. Bom dia",
        )
    ],
    "es": [
        (
            "hola el 603 XL vale para la XP-3100?",
            "¡Hola! Sí, el 603 y el 603 XL valen para la XP-3100. Buen día",
        )
    ],
}

THANKS: L = {
    "fr": ["Super merci !", "merci bcp", "Parfait, merci 🙂"],
    "it": ["Grazie mille!", "perfetto grz", "Ottimo, grazie 🙂"],
    "en": ["Brilliant, thanks!", "cheers"],
    "de": ["Super, danke!", "danke dir"],
    "pt": ["Obrigada!", "obg"],
    "es": ["¡Genial, gracias!", "grax"],
}

# subject, question, answer
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question facture",
            "Bonjour,\nest-il possible d'avoir la facture de ma dernière commande au nom de ma micro-entreprise ?\nMerci d'avance,\n{name}",
            "Bonjour {name},\nc'est fait : la facture est dans votre espace client, à votre raison sociale.\nBonne journée,\n{agent}",
        ),
        (
            "Livraison avant vendredi ?",
            "Bonjour, si je commande aujourd'hui je suis livrée avant vendredi ? Mon fils doit imprimer son rapport de stage. Merci\n{name}",
            "Bonjour {name},\noui : pour toute commande avant 16 h, la livraison est prévue sous 48 h.\nCordialement,\n{agent}",
        ),
    ],
    "it": [
        (
            "Domanda consegna",
            "Buongiorno, se ordino oggi arriva entro venerdì? Devo stampare la tesina di mia figlia.\nGrazie,\n{name}",
            "Buongiorno {name},\nsì: ordinando entro le 16 la consegna è prevista in 48 ore.\nCordiali saluti,\n{agent}",
        ),
        (
            "Fattura con partita IVA",
            "Salve, posso avere la fattura dell'ultimo ordine con la mia partita IVA? Grazie mille\n{name}",
            "Gentile {name},\nfatto: trova la fattura nella sua area clienti con i dati fiscali aggiornati.\nSaluti,\n{agent}",
        ),
    ],
    "en": [
        (
            "Delivery question",
            "Hi, if I order today will it arrive by Friday? Thanks, {name}",
            "Hi {name},\nyes, orders placed before 4pm arrive within 48 hours.\nKind regards,\n{agent}",
        )
    ],
    "de": [
        (
            "Frage Lieferung",
            "Hallo, wenn ich heute bestelle, kommt es bis Freitag? Danke, {name}",
            "Hallo {name},\nja, bei Bestellung bis 16 Uhr liefern wir innerhalb von 48 Stunden.\nViele Grüße,\n{agent}",
        )
    ],
    "pt": [
        (
            "Pergunta entrega",
            "Olá, se encomendar hoje chega até sexta? Obrigado, {name}",
            "Olá {name},\nsim, encomendas feitas até às 16h chegam em 48 horas.\nCumprimentos,\n{agent}",
        )
    ],
    "es": [
        (
            "Duda entrega",
            "Hola, si pido hoy ¿llega antes del viernes? Gracias, {name}",
            "Hola {name},\nsí, los pedidos hechos antes de las 16h llegan en 48 horas.\nUn saludo,\n{agent}",
        )
    ],
}

# call transcript, agent's follow-up subject, agent's follow-up body
CALL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "oui bonjour c'est pour savoir si je peux changer l'adresse de livraison du forfait auto parce que je déménage le 15 voilà merci",
            "Suite à votre appel",
            "Bonjour {name},\ncomme convenu au téléphone, l'adresse de livraison de votre forfait Auto change à partir du 15.\nBonne journée,\n{agent}",
        ),
        (
            "allô bonjour je voulais savoir si le boîtier auto marche aussi avec une imprimante laser parce qu'on en a racheté une d'occasion euh voilà",
            "Suite à votre appel",
            "Bonjour {name},\ncomme dit au téléphone, le connecteur Auto fonctionne aussi avec les imprimantes laser : ajoutez-la dans l'appli.\nBonne journée,\n{agent}",
        ),
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se il connettore funziona anche con la stampante nuova che ho preso una laser brother ecco grazie",
            "In seguito alla sua telefonata",
            "Buongiorno {name},\ncome detto al telefono il connettore Auto funziona anche con la sua laser Brother: basta aggiungerla nell'app.\nSaluti,\n{agent}",
        ),
        (
            "pronto buongiorno senta volevo cambiare l'indirizzo del piano auto perché dal 15 siamo al mare e le cartucce le voglio là",
            "In seguito alla sua telefonata",
            "Buongiorno {name},\ncome concordato, dal 15 il piano Auto consegna al nuovo indirizzo.\nSaluti,\n{agent}",
        ),
    ],
    "en": [
        (
            "yeah hi just wondering if i can change the delivery address on my auto plan i'm moving on the 15th thanks",
            "Following your call",
            "Hi {name},\nas discussed, your Auto plan delivers to the new address from the 15th.\nKind regards,\n{agent}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Connector auch mit meinem neuen Laserdrucker geht danke",
            "Ihr Anruf",
            "Hallo {name},\nwie besprochen funktioniert der Auto-Connector auch mit Ihrem Laserdrucker: einfach in der App hinzufügen.\nViele Grüße,\n{agent}",
        )
    ],
    "pt": [
        (
            "sim bom dia queria saber se posso mudar a morada do plano auto porque vou mudar de casa dia 15 obrigada",
            "Na sequência da sua chamada",
            "Olá {name},\ncomo combinado, o plano Auto passa a entregar na nova morada a partir de dia 15.\nCumprimentos,\n{agent}",
        )
    ],
    "es": [
        (
            "sí hola quería saber si puedo cambiar la dirección del plan auto porque me mudo el día 15 gracias",
            "Sobre su llamada",
            "Hola {name},\ncomo hablamos, el plan Auto entregará en la nueva dirección a partir del día 15.\nUn saludo,\n{agent}",
        )
    ],
}

REVIEW: L = {
    "fr": [
        "Cartouches compatibles de bonne qualité, livraison rapide.",
        "4 étoiles parce que le colis a eu un jour de retard, sinon top",
        "Rapport qualité prix imbattable, la XL dure vraiment",
    ],
    "it": [
        "Cartucce ottime e consegna veloce.",
        "Buon rapporto qualità prezzo, la XL dura davvero",
        "4 stelle solo perché il corriere ha tardato un giorno",
    ],
    "en": ["Good quality compatibles, quick delivery."],
    "de": ["Gute Qualität, schnelle Lieferung."],
    "pt": ["Boa qualidade e entrega rápida."],
    "es": ["Buena calidad y envío rápido."],
}

SURVEY_WORD: L = {
    "fr": ["Top", "parfait", "👍", ""],
    "it": ["Ottimo", "tutto perfetto", "👍", ""],
    "en": ["Great", "spot on", ""],
    "de": ["Top", "passt", ""],
    "pt": ["Ótimo", ""],
    "es": ["Genial", ""],
}

NIGHT_POST: L = {
    "fr": [
        "2h du mat et je finis d'imprimer le mémoire de ma fille, heureusement que le forfait Auto m'a envoyé le noir lundi",
        "Garde de nuit aux urgences, je commande le toner pendant la pause café. Merci Cartuvo d'exister à 3h du matin",
    ],
    "it": [
        "Le 2 di notte e sto ancora stampando la tesi, per fortuna le cartucce Cartuvo sono arrivate ieri",
        "Turno di notte in fabbrica, ordino le cartucce nella pausa. Comodo avere l'app alle 3",
    ],
    "en": ["2am and still printing my dissertation, thank god the Auto plan sent black on Monday"],
    "de": ["2 Uhr nachts, ich druck noch die Bachelorarbeit, zum Glück kam die Patrone gestern"],
    "pt": ["2 da manhã e ainda a imprimir a tese, ainda bem que os tinteiros chegaram ontem"],
    "es": [
        "Las 2 de la mañana imprimiendo el TFG, menos mal que el plan Auto me mandó el negro el lunes"
    ],
}

NIGHT_Q: P = {
    "fr": [
        (
            "bonsoir, si je commande maintenant ça part demain matin ?",
            "Bonsoir ! Oui, les commandes de la nuit partent dès 8h. Bonne nuit",
        ),
        (
            "bsr je trouve pas où on télécharge l'étiquette de recyclage",
            "Bonsoir, dans l'appli : Recyclage > Étiquette. Bonne nuit !",
        ),
    ],
    "it": [
        (
            "buonasera, se ordino adesso parte domattina?",
            "Buonasera! Sì, gli ordini della notte partono dalle 8. Buona notte",
        ),
        (
            "scusate l'ora, dove scarico l'etichetta per il riciclo?",
            "Buonasera, nell'app: Riciclo > Etichetta. Buona notte!",
        ),
    ],
    "en": [
        (
            "evening, if i order now does it go out tomorrow morning?",
            "Hi! Yes, night orders go out from 8am. Night!",
        )
    ],
    "de": [
        (
            "n'Abend, wenn ich jetzt bestelle, geht das morgen früh raus?",
            "Hallo! Ja, Nachtbestellungen gehen ab 8 Uhr raus. Gute Nacht",
        )
    ],
    "pt": [
        (
            "boa noite se encomendar agora sai amanhã de manhã?",
            "Boa noite! Sim, saem a partir das 8h.",
        )
    ],
    "es": [
        (
            "buenas noches si pido ahora sale mañana por la mañana?",
            "¡Buenas! Sí, los pedidos de la noche salen desde las 8h.",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "leaking", "refund", "wrong_price", "wrong_model")

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "colis livré jamais reçu",
        "double_charge": "forfait prélevé deux fois",
        "leaking": "cartouche qui fuit",
        "refund": "remboursement retour",
        "wrong_price": "prix forfait non appliqué",
        "wrong_model": "mauvaises cartouches",
    },
    "it": {
        "no_show": "pacco consegnato mai ricevuto",
        "double_charge": "piano addebitato due volte",
        "leaking": "cartuccia che perde",
        "refund": "rimborso reso",
        "wrong_price": "prezzo abbonato non applicato",
        "wrong_model": "cartucce sbagliate",
    },
    "en": {
        "no_show": "parcel delivered, never arrived",
        "double_charge": "Auto plan charged twice",
        "leaking": "leaking cartridge",
        "refund": "refund for return",
        "wrong_price": "plan price not applied",
        "wrong_model": "wrong cartridges",
    },
    "de": {
        "no_show": "Paket zugestellt, nie angekommen",
        "double_charge": "Abo doppelt abgebucht",
        "leaking": "auslaufende Patrone",
        "refund": "Erstattung Rücksendung",
        "wrong_price": "Abopreis nicht berechnet",
        "wrong_model": "falsche Patronen",
    },
    "pt": {
        "no_show": "encomenda entregue e nunca recebida",
        "double_charge": "plano cobrado duas vezes",
        "leaking": "tinteiro a verter",
        "refund": "reembolso devolução",
        "wrong_price": "preço do plano não aplicado",
        "wrong_model": "tinteiros errados",
    },
    "es": {
        "no_show": "pedido entregado que no llegó",
        "double_charge": "plan cobrado dos veces",
        "leaking": "cartucho que gotea",
        "refund": "reembolso devolución",
        "wrong_price": "precio del plan no aplicado",
        "wrong_model": "cartuchos equivocados",
    },
}

COMPLAINT_WORD = {
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}

CORE: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_show": [
            "Colis marqué LIVRÉ {day} à 9h12, rien dans la boîte aux lettres, rien chez les voisins, rien nulle part. Mes {prod} elles sont où ?",
            "Le suivi dit livré, je n'ai RIEN reçu. Et mon fils a son dossier à imprimer pour demain.",
        ],
        "double_charge": [
            "Le forfait Auto m'a été prélevé DEUX fois ce mois-ci, {amt} en double sur mon compte.",
            "Deux prélèvements de {amt} le même jour pour le forfait Auto. Je paie une fois, pas deux.",
        ],
        "leaking": [
            "La cartouche {prod} est arrivée en train de fuir, de l'encre plein le carton, sur mes mains et sur le bureau blanc. Génial.",
            "Ouvert le colis : la {prod} a coulé partout, le tapis du salon est noir. NOIR.",
        ],
        "refund": [
            "J'ai renvoyé des {prod} non ouvertes il y a TROIS semaines et toujours pas de remboursement de {amt}.",
            "Retour reçu chez vous le 3 selon La Poste, {amt} toujours pas remboursés. On se moque de qui ?",
        ],
        "wrong_price": [
            "Je suis abonnée Auto et on m'a facturé le prix boutique plein pot, {amt} au lieu du prix forfait.",
            "Abonné au forfait depuis un an et ma commande de {prod} passe au prix normal, {amt}. C'est quoi l'intérêt du forfait alors ?",
        ],
        "wrong_model": [
            "Mon imprimante est enregistrée dans l'appli et vous m'envoyez des {prod} qui ne rentrent même pas dedans !!",
            "Reçu des {prod} alors que j'ai une imprimante qui prend des 305. C'est écrit dans mon compte depuis deux ans.",
        ],
    },
    "it": {
        "no_show": [
            "Pacco segnato CONSEGNATO {day} alle 9:12, nella cassetta niente, dai vicini niente. Le mie {prod} dove sono?",
            "Il tracking dice consegnato e io non ho ricevuto NIENTE. E mia figlia deve stampare la tesina per domani.",
        ],
        "double_charge": [
            "Il piano Auto mi è stato addebitato DUE volte questo mese, {amt} in doppio sul conto.",
            "Due addebiti da {amt} lo stesso giorno per il piano Auto. Pago una volta, non due.",
        ],
        "leaking": [
            "La cartuccia {prod} è arrivata che perdeva, inchiostro dappertutto nella scatola, sulle mani e sulla scrivania bianca. Bellissimo.",
            "Aperto il pacco: la {prod} è colata ovunque, il tappeto del soggiorno ora è nero. NERO.",
        ],
        "refund": [
            "Ho rimandato delle {prod} ancora sigillate TRE settimane fa e del rimborso di {amt} nemmeno l'ombra.",
            "Il reso vi è arrivato il 3, lo dice il tracking, e i {amt} non li ho ancora visti.",
        ],
        "wrong_price": [
            "Sono abbonata Auto e mi avete fatto pagare il prezzo pieno del negozio, {amt} invece del prezzo abbonati.",
            "Abbonato da un anno e l'ordine delle {prod} passa a prezzo normale, {amt}. Allora a che serve l'abbonamento?",
        ],
        "wrong_model": [
            "La mia stampante è registrata nell'app e mi mandate delle {prod} che non entrano neanche!!",
            "Ricevute delle {prod} ma la mia stampante prende le 603, è scritto nel mio account da due anni.",
        ],
    },
    "en": {
        "no_show": [
            "Parcel marked DELIVERED {day} 9:12, nothing in the letterbox, nothing with the neighbours. Where are my {prod}?"
        ],
        "double_charge": [
            "You've taken the Auto plan TWICE this month, {amt} twice out of my account."
        ],
        "leaking": [
            "The {prod} turned up leaking, ink all over the box, my hands and the desk. Great."
        ],
        "refund": ["Sent back unopened {prod} THREE weeks ago and still no refund of {amt}."],
        "wrong_price": [
            "I'm on the Auto plan and got charged the full shop price, {amt} instead of the plan price."
        ],
        "wrong_model": [
            "My printer is registered in the app and you send me {prod} that don't even fit it!!"
        ],
    },
    "de": {
        "no_show": [
            "Paket am {day} um 9:12 als ZUGESTELLT markiert, nichts im Briefkasten, nichts beim Nachbarn. Wo sind meine {prod}?"
        ],
        "double_charge": [
            "Das Auto-Abo wurde diesen Monat ZWEIMAL abgebucht, {amt} doppelt vom Konto."
        ],
        "leaking": [
            "Die {prod} kam ausgelaufen an, Tinte im ganzen Karton, an den Händen und auf dem Schreibtisch. Toll."
        ],
        "refund": [
            "Ich habe vor DREI Wochen ungeöffnete {prod} zurückgeschickt und die {amt} immer noch nicht zurück."
        ],
        "wrong_price": [
            "Ich habe das Auto-Abo und mir wurde der volle Shoppreis berechnet, {amt} statt Abopreis."
        ],
        "wrong_model": [
            "Mein Drucker ist in der App hinterlegt und ihr schickt mir {prod}, die gar nicht reinpassen!!"
        ],
    },
    "pt": {
        "no_show": [
            "Encomenda marcada como ENTREGUE na {day} às 9h12, nada na caixa do correio, nada nos vizinhos. Onde estão os meus {prod}?"
        ],
        "double_charge": ["O plano Auto foi cobrado DUAS vezes este mês, {amt} a dobrar na conta."],
        "leaking": [
            "O {prod} chegou a verter, tinta na caixa toda, nas mãos e na secretária. Lindo."
        ],
        "refund": ["Devolvi {prod} por abrir há TRÊS semanas e ainda nada do reembolso de {amt}."],
        "wrong_price": [
            "Tenho o plano Auto e cobraram-me o preço normal da loja, {amt} em vez do preço do plano."
        ],
        "wrong_model": [
            "A minha impressora está registada na app e mandam-me {prod} que nem cabem!!"
        ],
    },
    "es": {
        "no_show": [
            "Pedido marcado como ENTREGADO el {day} a las 9:12, nada en el buzón, nada en los vecinos. ¿Dónde están mis {prod}?"
        ],
        "double_charge": [
            "Me habéis cobrado el plan Auto DOS veces este mes, {amt} repetidos en la cuenta."
        ],
        "leaking": [
            "El {prod} llegó goteando, tinta por toda la caja, en las manos y en la mesa. Genial."
        ],
        "refund": [
            "Devolví {prod} sin abrir hace TRES semanas y del reembolso de {amt} ni rastro."
        ],
        "wrong_price": [
            "Tengo el plan Auto y me habéis cobrado el precio de tienda, {amt} en vez del precio del plan."
        ],
        "wrong_model": [
            "Mi impresora está registrada en la app y me mandáis {prod} que ni entran!!"
        ],
    },
}

CALL_CORE: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "oui bonjour alors le colis est marqué livré {day} matin et j'ai rien reçu rien dans la boîte rien chez la voisine j'aimerais savoir où sont mes cartouches",
        "double_charge": "bonjour je vous appelle parce que vous m'avez prélevé deux fois le forfait auto ce mois-ci {amt} deux fois je voudrais être remboursée",
        "leaking": "oui bonjour la cartouche que j'ai reçue ce matin elle fuyait de l'encre partout sur le bureau dans le carton c'est pas possible",
        "refund": "bonjour j'ai renvoyé des cartouches pas ouvertes il y a trois semaines et toujours pas remboursé {amt} c'est long là",
        "wrong_price": "oui bonjour je suis abonnée au forfait auto et on m'a facturé le prix normal {amt} je comprends pas",
        "wrong_model": "bonjour on m'a envoyé des cartouches qui vont pas dans mon imprimante alors qu'elle est enregistrée dans l'appli",
    },
    "it": {
        "no_show": "sì buongiorno il pacco risulta consegnato {day} mattina e io non ho ricevuto niente né nella cassetta né dalla vicina vorrei sapere dove sono le cartucce",
        "double_charge": "buongiorno chiamo perché mi avete addebitato due volte il piano auto questo mese {amt} due volte vorrei il rimborso",
        "leaking": "sì buongiorno la cartuccia arrivata stamattina perdeva inchiostro dappertutto sulla scrivania nella scatola non è possibile",
        "refund": "buongiorno ho rimandato delle cartucce ancora chiuse tre settimane fa e il rimborso di {amt} non è ancora arrivato",
        "wrong_price": "sì buongiorno sono abbonata al piano auto e mi avete fatto pagare il prezzo normale {amt} non capisco",
        "wrong_model": "buongiorno mi avete mandato delle cartucce che non vanno nella mia stampante e sì che è registrata nell'app",
    },
    "en": {
        "no_show": "yeah hi the parcel says delivered {day} morning and i've got nothing not in the letterbox not next door where are my cartridges",
        "double_charge": "hi i'm ringing because you've taken the auto plan twice this month {amt} twice i want it back",
        "leaking": "hi the cartridge that came this morning was leaking ink everywhere all over the desk and the box",
        "refund": "hi i sent back unopened cartridges three weeks ago and still haven't had the {amt} refund",
        "wrong_price": "hi i'm on the auto plan and i've been charged the normal price {amt} i don't get it",
        "wrong_model": "hi you've sent me cartridges that don't fit my printer and it's registered in the app",
    },
    "de": {
        "no_show": "ja hallo das Paket steht als zugestellt seit {day} früh und ich hab nichts bekommen nicht im Briefkasten nicht beim Nachbarn wo sind die Patronen",
        "double_charge": "hallo ich rufe an weil Sie das Auto-Abo diesen Monat zweimal abgebucht haben {amt} zweimal ich will das zurück",
        "leaking": "ja hallo die Patrone von heute früh ist ausgelaufen Tinte überall auf dem Schreibtisch und im Karton",
        "refund": "hallo ich habe vor drei Wochen ungeöffnete Patronen zurückgeschickt und die {amt} sind immer noch nicht da",
        "wrong_price": "ja hallo ich hab das Auto-Abo und mir wurde der normale Preis berechnet {amt} das versteh ich nicht",
        "wrong_model": "hallo Sie haben mir Patronen geschickt die nicht in meinen Drucker passen obwohl der in der App steht",
    },
    "pt": {
        "no_show": "sim bom dia a encomenda diz entregue {day} de manhã e eu não recebi nada nem na caixa nem na vizinha onde estão os tinteiros",
        "double_charge": "bom dia estou a ligar porque cobraram duas vezes o plano auto este mês {amt} duas vezes quero o dinheiro",
        "leaking": "sim bom dia o tinteiro que chegou hoje estava a verter tinta por todo o lado na secretária na caixa",
        "refund": "bom dia devolvi tinteiros fechados há três semanas e ainda não recebi os {amt}",
        "wrong_price": "sim bom dia tenho o plano auto e cobraram-me o preço normal {amt} não percebo",
        "wrong_model": "bom dia mandaram-me tinteiros que não servem na minha impressora e ela está registada na app",
    },
    "es": {
        "no_show": "sí hola el pedido pone entregado el {day} por la mañana y no he recibido nada ni en el buzón ni en la vecina dónde están los cartuchos",
        "double_charge": "hola llamo porque me habéis cobrado dos veces el plan auto este mes {amt} dos veces quiero que me lo devolváis",
        "leaking": "sí hola el cartucho que llegó esta mañana goteaba tinta por todas partes en la mesa en la caja",
        "refund": "hola devolví cartuchos sin abrir hace tres semanas y todavía no me habéis devuelto los {amt}",
        "wrong_price": "sí hola tengo el plan auto y me habéis cobrado el precio normal {amt} no lo entiendo",
        "wrong_model": "hola me habéis mandado cartuchos que no valen para mi impresora y está registrada en la app",
    },
}

SHORT_MAIL: L = {
    "fr": [
        "Bonjour,\n{core}\nMerci de régler ça rapidement.\n{name}",
        "{core}\nJ'attends une réponse AUJOURD'HUI.\n{name}",
    ],
    "it": [
        "Buongiorno,\n{core}\nVi chiedo di sistemare la cosa al più presto.\n{name}",
        "{core}\nAspetto una risposta OGGI.\n{name}",
    ],
    "en": ["Hi,\n{core}\nPlease sort this out.\n{name}"],
    "de": ["Hallo,\n{core}\nBitte kümmern Sie sich darum.\n{name}"],
    "pt": ["Olá,\n{core}\nPor favor resolvam isto.\n{name}"],
    "es": ["Hola,\n{core}\nPor favor, solucionadlo ya.\n{name}"],
}

WEB_FORM: L = {
    "fr": ["Commande en ligne. {core}", "{core} Merci de me rappeler."],
    "it": ["Ordine online. {core}", "{core} Per favore richiamatemi."],
    "en": ["Online order. {core}"],
    "de": ["Onlinebestellung. {core}"],
    "pt": ["Encomenda online. {core}"],
    "es": ["Pedido online. {core}"],
}

LONG_MAIL: L = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma mère, qui réapprend à marcher après sa prothèse de hanche, alors excusez le style. Entre les allers-retours à l'hôpital, le boulot et les devoirs des petits, l'imprimante tourne beaucoup à la maison ces temps-ci (ordonnances, papiers de la mutuelle, exposés), et c'est justement pour ça que j'ai pris le forfait Auto, pour ne plus y penser.\n\nSauf que. {core}\n\nJe suis cliente depuis quatre ans, j'ai toujours recommandé Cartuvo autour de moi, mais là je n'ai ni le temps ni l'énergie de courir après vous. Merci de me dire ce que vous faites et quand.\n\nCordialement,\n{name}",
        "Bonjour,\n\nPetit contexte : nous rénovons la maison de mes beaux-parents à Annecy depuis le printemps et je passe mes week-ends entre deux devis, des plans à imprimer et des dossiers de subvention. Je commande chez vous depuis 2022 sans le moindre souci, d'où mon étonnement.\n\n{core}\n\nJe ne demande pas la lune, juste que ce soit réglé. J'ai gardé toutes les photos et les mails.\n\nBien à vous,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla macchina davanti alla piscina dove i gemelli fanno il corso, quindi perdonate la forma. Stiamo sistemando l'appartamento che ci ha lasciato la nonna e in casa si stampa di tutto, preventivi, planimetrie, moduli del comune. Per questo ho fatto il piano Auto, per non pensarci più.\n\nE invece. {core}\n\nSono cliente da quattro anni e vi ho sempre consigliati a tutti, ma adesso non ho proprio il tempo di rincorrervi. Ditemi cosa fate e quando.\n\nCordiali saluti,\n{name}",
        "Buongiorno,\n\nun po' di contesto: ho il banco al mercato il martedì e il venerdì, mia suocera è appena tornata a casa dopo l'operazione all'anca e la stampante mi serve per ricette, bollette e i compiti dei ragazzi. Ordino da voi dal 2022 senza un problema, per questo sono sorpresa.\n\n{core}\n\nNon chiedo la luna, solo che la cosa si risolva. Ho tenuto tutte le foto e le mail.\n\nDistinti saluti,\n{name}",
    ],
}
LONG_SUBJECT = {"fr": "Mon expérience avec votre service", "it": "La mia esperienza con voi"}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre demande {ref}",
        "Bonjour {name},\nnous sommes vraiment désolés. Nous avons ouvert le dossier {ref} et revenons vers vous sous 48 h.\n{agent}, service client Cartuvo",
    ),
    "it": (
        "La sua richiesta {ref}",
        "Buongiorno {name},\nci dispiace davvero. Abbiamo aperto la pratica {ref} e le rispondiamo entro 48 ore.\n{agent}, assistenza Cartuvo",
    ),
    "en": (
        "Your case {ref}",
        "Hi {name},\nwe're really sorry. We've opened case {ref} and will get back to you within 48 hours.\n{agent}, Cartuvo customer care",
    ),
    "de": (
        "Ihr Vorgang {ref}",
        "Hallo {name},\ndas tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und melden uns innerhalb von 48 Stunden.\n{agent}, Cartuvo Kundenservice",
    ),
    "pt": (
        "O seu pedido {ref}",
        "Olá {name},\nlamentamos imenso. Abrimos o pedido {ref} e respondemos em 48 horas.\n{agent}, apoio ao cliente Cartuvo",
    ),
    "es": (
        "Su incidencia {ref}",
        "Hola {name},\nlo sentimos mucho. Hemos abierto la incidencia {ref} y le respondemos en 48 horas.\n{agent}, atención al cliente Cartuvo",
    ),
}
CHAT_CASE: dict[str, str] = {
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {ref}, une collègue vous recontacte dans la journée.",
    "it": "Mi dispiace molto. Ho aperto la pratica {ref}, un collega la ricontatta in giornata.",
    "en": "I'm really sorry. I've opened case {ref}, a colleague will get back to you today.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {ref} eröffnet, eine Kollegin meldet sich heute.",
    "pt": "Lamento muito. Abri o pedido {ref}, um colega contacta-o hoje.",
    "es": "Lo siento mucho. He abierto la incidencia {ref}, un compañero le contacta hoy.",
}
CHAT_ADDED: dict[str, str] = {
    "fr": "C'est ajouté au dossier {ref} et marqué urgent.",
    "it": "Aggiunto alla pratica {ref} e segnato come urgente.",
    "en": "Added to case {ref} and marked urgent.",
    "de": "Zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "pt": "Acrescentado ao pedido {ref} e marcado como urgente.",
    "es": "Añadido a la incidencia {ref} y marcado como urgente.",
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "fr": (
        "Dossier {ref}",
        "Bonjour {name},\nvotre dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}",
    ),
    "it": (
        "Pratica {ref}",
        "Buongiorno {name},\nla sua pratica {ref} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.\n{agent}",
    ),
    "en": (
        "Case {ref}",
        "Hi {name},\nyour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n{agent}",
    ),
    "de": (
        "Vorgang {ref}",
        "Hallo {name},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n{agent}",
    ),
    "pt": (
        "Pedido {ref}",
        "Olá {name},\no seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia.\n{agent}",
    ),
    "es": (
        "Incidencia {ref}",
        "Hola {name},\nsu incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía.\n{agent}",
    ),
}
FIX: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "un nouveau colis est parti hier en express",
        "double_charge": "le prélèvement en double vous a été remboursé",
        "leaking": "une cartouche neuve est partie et le nettoyage vous est remboursé",
        "refund": "le remboursement de votre retour a été fait",
        "wrong_price": "la différence avec le prix forfait vous a été remboursée",
        "wrong_model": "les bonnes cartouches sont parties hier",
    },
    "it": {
        "no_show": "un nuovo pacco è partito ieri in espresso",
        "double_charge": "l'addebito doppio le è stato rimborsato",
        "leaking": "una cartuccia nuova è partita e le rimborsiamo la pulizia",
        "refund": "il rimborso del reso è stato fatto",
        "wrong_price": "la differenza col prezzo abbonati le è stata rimborsata",
        "wrong_model": "le cartucce giuste sono partite ieri",
    },
    "en": {
        "no_show": "a new parcel went out by express yesterday",
        "double_charge": "the double charge has been refunded",
        "leaking": "a new cartridge is on its way and the cleaning is refunded",
        "refund": "your return has been refunded",
        "wrong_price": "the difference to the plan price has been refunded",
        "wrong_model": "the right cartridges went out yesterday",
    },
    "de": {
        "no_show": "ein neues Paket ging gestern per Express raus",
        "double_charge": "die doppelte Abbuchung wurde erstattet",
        "leaking": "eine neue Patrone ist unterwegs und die Reinigung wird erstattet",
        "refund": "Ihre Rücksendung wurde erstattet",
        "wrong_price": "die Differenz zum Abopreis wurde erstattet",
        "wrong_model": "die richtigen Patronen gingen gestern raus",
    },
    "pt": {
        "no_show": "uma nova encomenda saiu ontem por expresso",
        "double_charge": "a cobrança a dobrar foi reembolsada",
        "leaking": "um tinteiro novo está a caminho e a limpeza é reembolsada",
        "refund": "a sua devolução foi reembolsada",
        "wrong_price": "a diferença para o preço do plano foi reembolsada",
        "wrong_model": "os tinteiros certos saíram ontem",
    },
    "es": {
        "no_show": "un nuevo paquete salió ayer por urgente",
        "double_charge": "el cobro duplicado está devuelto",
        "leaking": "un cartucho nuevo va de camino y le devolvemos la limpieza",
        "refund": "su devolución está reembolsada",
        "wrong_price": "la diferencia con el precio del plan está devuelta",
        "wrong_model": "los cartuchos correctos salieron ayer",
    },
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonne nouvelle pour {ref}",
        "Bonjour {name},\nbonne nouvelle : {fix}. Pouvez-vous nous confirmer que tout est en ordre ?\n{agent}",
    ),
    "it": (
        "Buone notizie per {ref}",
        "Buongiorno {name},\nbuone notizie: {fix}. Può confermarci che è tutto a posto?\n{agent}",
    ),
    "en": (
        "Good news on {ref}",
        "Hi {name},\ngood news: {fix}. Could you confirm everything is fine now?\n{agent}",
    ),
    "de": (
        "Gute Nachrichten zu {ref}",
        "Hallo {name},\ngute Nachrichten: {fix}. Können Sie bestätigen, dass alles passt?\n{agent}",
    ),
    "pt": (
        "Boas notícias sobre {ref}",
        "Olá {name},\nboas notícias: {fix}. Pode confirmar que está tudo bem?\n{agent}",
    ),
    "es": (
        "Buenas noticias sobre {ref}",
        "Hola {name},\nbuenas noticias: {fix}. ¿Puede confirmarnos que todo está bien?\n{agent}",
    ),
}
CONFIRM: L = {
    "fr": [
        "Confirmé pour {ref}, tout est bon. Merci !",
        "c'est bon pour le dossier {ref}, bien reçu, merci",
    ],
    "it": [
        "Confermo per {ref}, tutto a posto. Grazie!",
        "ok pratica {ref} risolta, ricevuto tutto, grazie",
    ],
    "en": ["Confirmed for {ref}, all sorted. Thanks!"],
    "de": ["Bestätigt für {ref}, alles erledigt. Danke!"],
    "pt": ["Confirmo para {ref}, está tudo resolvido. Obrigada!"],
    "es": ["Confirmado para {ref}, todo resuelto. ¡Gracias!"],
}
APOLOGY: L = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réagi aussi vite",
        "Je m'excuse pour le ton d'hier, grosse journée. Merci pour la réponse rapide",
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero esausta. Grazie per la risposta veloce",
        "Chiedo scusa per il tono di ieri, giornataccia. Grazie di cuore",
    ],
    "en": ["Sorry about yesterday's message, bad day. Thanks for sorting it so fast"],
    "de": [
        "Sorry für meine Nachricht gestern, war ein schlechter Tag. Danke für die schnelle Hilfe"
    ],
    "pt": ["Desculpem a mensagem de ontem, estava de cabeça perdida. Obrigada pela rapidez"],
    "es": ["Perdón por el mensaje de ayer, tuve un mal día. Gracias por la rapidez"],
}
LOW_CSAT_WORD: L = {
    "fr": ["nul", "bof", ""],
    "it": ["pessimo", "male", ""],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "pt": ["mau", ""],
    "es": ["mal", ""],
}
LOW_NPS_WORD: L = {
    "fr": ["déçue", "pas terrible", ""],
    "it": ["deluso", "così no", ""],
    "en": ["disappointed", ""],
    "de": ["enttäuscht", ""],
    "pt": ["desiludida", ""],
    "es": ["decepcionada", ""],
}

STILL: L = {
    "fr": [
        "Dossier {ref} : toujours rien. {core}",
        "Je reviens pour le dossier {ref}, TOUJOURS pas réglé. {core}",
    ],
    "it": [
        "Pratica {ref}: ancora niente. {core}",
        "Torno a scrivere per la pratica {ref}, ANCORA non risolta. {core}",
    ],
    "en": ["Case {ref}: still nothing. {core}"],
    "de": ["Vorgang {ref}: immer noch nichts. {core}"],
    "pt": ["Pedido {ref}: ainda nada. {core}"],
    "es": ["Incidencia {ref}: todavía nada. {core}"],
}
CALL_SHORT: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "le colis marqué livré que j'ai jamais eu",
        "double_charge": "le forfait prélevé deux fois",
        "leaking": "la cartouche qui a fui partout",
        "refund": "le remboursement de mon retour",
        "wrong_price": "le prix forfait qu'on m'a pas appliqué",
        "wrong_model": "les cartouches qui vont pas dans mon imprimante",
    },
    "it": {
        "no_show": "il pacco segnato consegnato che non ho mai avuto",
        "double_charge": "il piano addebitato due volte",
        "leaking": "la cartuccia che perdeva dappertutto",
        "refund": "il rimborso del reso",
        "wrong_price": "il prezzo abbonati che non mi avete applicato",
        "wrong_model": "le cartucce che non vanno nella mia stampante",
    },
    "en": {
        "no_show": "the parcel marked delivered that never came",
        "double_charge": "the auto plan taken twice",
        "leaking": "the cartridge that leaked everywhere",
        "refund": "the refund for my return",
        "wrong_price": "the plan price you didn't give me",
        "wrong_model": "the cartridges that don't fit my printer",
    },
    "de": {
        "no_show": "das Paket das als zugestellt steht und nie kam",
        "double_charge": "das doppelt abgebuchte Abo",
        "leaking": "die ausgelaufene Patrone",
        "refund": "die Erstattung für meine Rücksendung",
        "wrong_price": "der Abopreis den ich nicht bekommen hab",
        "wrong_model": "die Patronen die nicht in meinen Drucker passen",
    },
    "pt": {
        "no_show": "a encomenda marcada como entregue que nunca chegou",
        "double_charge": "o plano cobrado duas vezes",
        "leaking": "o tinteiro que verteu tudo",
        "refund": "o reembolso da devolução",
        "wrong_price": "o preço do plano que não me fizeram",
        "wrong_model": "os tinteiros que não servem na impressora",
    },
    "es": {
        "no_show": "el pedido marcado como entregado que nunca llegó",
        "double_charge": "el plan cobrado dos veces",
        "leaking": "el cartucho que lo manchó todo",
        "refund": "el reembolso de la devolución",
        "wrong_price": "el precio del plan que no me aplicasteis",
        "wrong_model": "los cartuchos que no valen para mi impresora",
    },
}
CALL_ABOUT = {
    "fr": "c'est pour",
    "it": "è per",
    "en": "it's about",
    "de": "es geht um",
    "pt": "é por causa d",
    "es": "es por",
}
STILL_CALL: dict[str, str] = {
    "fr": "oui c'est encore moi pour le dossier {ref} c'est toujours pas réglé",
    "it": "sì sono di nuovo io per la pratica {ref} non è ancora risolta",
    "en": "yeah it's me again about case {ref} it's still not sorted",
    "de": "ja ich bin's nochmal wegen Vorgang {ref} das ist immer noch nicht erledigt",
    "pt": "sim sou eu outra vez por causa do pedido {ref} ainda não está resolvido",
    "es": "sí soy yo otra vez por la incidencia {ref} sigue sin resolverse",
}
THIRD: L = {
    "fr": [
        "Une collègue commande chez {comp} et chez eux ce genre de truc se règle le jour même.",
        "J'ai regardé les prix de {comp}, franchement.",
    ],
    "it": [
        "Una collega ordina da {comp} e da loro queste cose si risolvono in giornata.",
        "Ho guardato i prezzi di {comp}, sinceramente.",
    ],
    "en": ["A colleague orders from {comp} and they sort this sort of thing the same day."],
    "de": ["Eine Kollegin bestellt bei {comp}, da wird sowas am selben Tag geklärt."],
    "pt": ["Uma colega compra na {comp} e lá isto resolve-se no mesmo dia."],
    "es": ["Una compañera pide en {comp} y allí esto se arregla el mismo día."],
}
THIRD_CALL: dict[str, str] = {
    "fr": "une collègue commande chez {comp} et chez eux ça se règle le jour même",
    "it": "una collega ordina da {comp} e da loro si risolve in giornata",
    "en": "a colleague orders from {comp} and they sort it the same day",
    "de": "eine Kollegin bestellt bei {comp} da geht das am selben Tag",
    "pt": "uma colega compra na {comp} e lá resolve-se no mesmo dia",
    "es": "una compañera pide en {comp} y allí se arregla el mismo día",
}
FOURTH: L = {
    "fr": ["C'est la QUATRIÈME fois que j'écris pour ça."],
    "it": ["È la QUARTA volta che scrivo per questa cosa."],
    "en": ["This is the FOURTH time I've written about this."],
    "de": ["Das ist das VIERTE Mal, dass ich deswegen schreibe."],
    "pt": ["É a QUARTA vez que escrevo por causa disto."],
    "es": ["Es la CUARTA vez que escribo por esto."],
}
FOURTH_CALL: dict[str, str] = {
    "fr": "c'est la quatrième fois que je vous contacte",
    "it": "è la quarta volta che vi contatto",
    "en": "this is the fourth time i've been in touch",
    "de": "das ist das vierte Mal dass ich mich melde",
    "pt": "é a quarta vez que vos contacto",
    "es": "es la cuarta vez que os contacto",
}
STILL_SUBJECT = {
    "fr": "RE : Dossier {ref}",
    "it": "R: Pratica {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Vorgang {ref}",
    "pt": "RE: Pedido {ref}",
    "es": "RE: Incidencia {ref}",
}

# six steps; amounts fixed per language; the last names a competitor
SLIDE: L = {
    "fr": [
        "Livraison avec deux jours de retard cette fois, sans un mail. Bon.",
        "La 603 XL compatible bave un peu, traînées sur les pages. C'est nouveau ça.",
        "Le boîtier Auto m'a envoyé du noir alors que j'en avais deux neuves dans le tiroir, et le retour est payant ?",
        "35 minutes d'attente au téléphone pour une question de facture. Ça se dégrade chez Cartuvo.",
        "Le forfait passe de 6,99 à 8,99 € sans prévenir. Vraiment déçue, ça commence à faire beaucoup.",
        "Ma sœur commande chez {comp}, moins cher et livré le lendemain. J'ai pris le multipack chez eux hier.",
    ],
    "it": [
        "Consegna in ritardo di due giorni stavolta, senza una mail. Vabbè.",
        "La 603 XL compatibile sbava un po', righe sulle pagine. Questa è nuova.",
        "Il connettore Auto mi ha mandato il nero quando ne avevo due nuove nel cassetto, e il reso si paga?",
        "35 minuti di attesa al telefono per una domanda sulla fattura. Cartuvo sta peggiorando.",
        "Il piano passa da 6,99 a 8,99 € senza avvisare. Davvero delusa, comincia a essere troppo.",
        "Mia sorella ordina da {comp}, costa meno e arriva il giorno dopo. Ieri ho preso il multipack da loro.",
    ],
    "en": [
        "Two days late this time and not a single email. Hm.",
        "The compatible 603 XL is streaking a bit. That's new.",
        "The Auto box sent me black when I had two new ones in the drawer, and I pay for the return?",
        "35 minutes on hold for a billing question. Cartuvo is going downhill.",
        "Plan up from £5.99 to £7.99 with no warning. Really disappointed, it's all adding up.",
        "My sister orders from {comp}, cheaper and next day. Got the multipack from them yesterday.",
    ],
    "de": [
        "Diesmal zwei Tage zu spät und keine einzige Mail. Naja.",
        "Die kompatible 603 XL schmiert etwas, Streifen auf den Seiten. Das ist neu.",
        "Der Auto-Connector schickt mir Schwarz, obwohl zwei neue in der Schublade liegen, und die Rücksendung kostet?",
        "35 Minuten Warteschleife wegen einer Rechnungsfrage. Cartuvo wird schlechter.",
        "Abo von 6,99 auf 8,99 € ohne Vorwarnung. Echt enttäuscht, langsam reicht's.",
        "Meine Schwester bestellt bei {comp}, billiger und am nächsten Tag da. Hab gestern das Multipack dort geholt.",
    ],
    "pt": [
        "Desta vez dois dias de atraso e nem um email. Enfim.",
        "O 603 XL compatível está a borrar, riscas nas folhas. Isto é novo.",
        "A caixinha Auto mandou-me preto quando eu tinha dois novos na gaveta, e a devolução paga-se?",
        "35 minutos em espera ao telefone por uma pergunta sobre a fatura. A Cartuvo está a piorar.",
        "O plano passou de 6,99 para 8,99 € sem aviso. Muito desiludida, já é demais.",
        "A minha irmã compra na {comp}, mais barato e chega no dia seguinte. Ontem comprei lá o multipack.",
    ],
    "es": [
        "Esta vez dos días de retraso y ni un email. Bueno.",
        "El 603 XL compatible mancha un poco, rayas en las hojas. Eso es nuevo.",
        "El cacharro Auto me mandó negro cuando tenía dos nuevos en el cajón, ¿y la devolución se paga?",
        "35 minutos de espera al teléfono por una duda de factura. Cartuvo va a peor.",
        "El plan sube de 6,99 a 8,99 € sin avisar. Muy decepcionada, ya es mucho.",
        "Mi hermana pide en {comp}, más barato y llega al día siguiente. Ayer compré allí el multipack.",
    ],
}

CANCEL: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation forfait Auto",
            "Bonjour,\non a une imprimante laser au bureau maintenant et je n'imprime plus rien à la maison. Je souhaite résilier le forfait Auto et fermer mon compte.\nMerci,\n{name}",
        ),
        (
            "Fermeture de compte",
            "Bonjour,\nnous partons vivre au Québec le mois prochain et on vend l'imprimante. Je voudrais résilier le forfait Auto et fermer mon compte Cartuvo.\nMerci pour tout,\n{name}",
        ),
    ],
    "it": [
        (
            "Disdetta piano Auto",
            "Buongiorno,\nin ufficio ora abbiamo una laser e a casa non stampo più nulla. Vorrei disdire il piano Auto e chiudere l'account.\nGrazie,\n{name}",
        ),
        (
            "Chiusura account",
            "Buongiorno,\nci trasferiamo in Australia a fine mese e vendiamo la stampante. Vorrei disdire il piano Auto e chiudere l'account Cartuvo.\nGrazie di tutto,\n{name}",
        ),
    ],
    "en": [
        (
            "Cancel Auto plan",
            "Hi,\nwe've got a laser at work now and I don't print anything at home. I'd like to cancel the Auto plan and close my account.\nThanks,\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung Auto-Abo",
            "Hallo,\nwir haben jetzt einen Laserdrucker im Büro und ich drucke zu Hause nichts mehr. Ich möchte das Auto-Abo kündigen und mein Konto schließen.\nDanke,\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar plano Auto",
            "Olá,\nagora temos uma laser no escritório e em casa já não imprimo nada. Quero cancelar o plano Auto e fechar a conta.\nObrigada,\n{name}",
        )
    ],
    "es": [
        (
            "Baja plan Auto",
            "Hola,\nahora tenemos una láser en la oficina y en casa ya no imprimo nada. Quiero dar de baja el plan Auto y cerrar mi cuenta.\nGracias,\n{name}",
        )
    ],
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Résiliation",
        "Bonjour {name},\nnous sommes désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site (Compte > Forfait Auto > Résilier).\n{agent}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {name},\nci dispiace vederla andare via. Può disdire da solo nell'app o sul sito (Account > Piano Auto > Disdici).\n{agent}",
    ),
    "en": (
        "Re: Cancel",
        "Hi {name},\nsorry to see you go. You can cancel yourself in the app or on the website (Account > Auto plan > Cancel).\n{agent}",
    ),
    "de": (
        "AW: Kündigung",
        "Hallo {name},\nschade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen (Konto > Auto-Abo > Kündigen).\n{agent}",
    ),
    "pt": (
        "RE: Cancelamento",
        "Olá {name},\nlamentamos vê-lo partir. Pode cancelar na app ou no site (Conta > Plano Auto > Cancelar).\n{agent}",
    ),
    "es": (
        "RE: Baja",
        "Hola {name},\nsentimos que se vaya. Puede darse de baja usted mismo en la app o en la web (Cuenta > Plan Auto > Baja).\n{agent}",
    ),
}

GRUMBLE: L = {
    "fr": [
        "L'appli Cartuvo me déconnecte à CHAQUE fois que je l'ouvre. Pénible.",
        "SMS « votre colis arrive » à 6h du matin. Merci, réveillée.",
        "Le livreur ne sonne jamais, avis de passage direct. Toujours pareil.",
        "Impossible de trouver mes factures dans l'appli, faut passer par le site.",
        "L'encre photo sèche en deux mois dans l'imprimante, pas terrible.",
        "Le chat met 20 minutes à répondre le samedi. Bref.",
    ],
    "it": [
        "L'app Cartuvo mi scollega OGNI volta che la apro. Che noia.",
        "SMS 'il tuo pacco sta arrivando' alle 6 di mattina. Grazie, sveglia.",
        "Il corriere non suona mai, lascia l'avviso e via. Sempre così.",
        "Impossibile trovare le fatture nell'app, bisogna andare sul sito.",
        "L'inchiostro foto si secca in due mesi nella stampante, mah.",
        "La chat ci mette 20 minuti a rispondere il sabato. Vabbè.",
    ],
    "en": [
        "Cartuvo app logs me out EVERY time I open it. Tedious.",
        "'Your parcel is on its way' text at 6am. Thanks, I'm up.",
        "Courier never rings, just leaves a card. Every time.",
        "Can't find my invoices in the app, have to use the website.",
        "Photo ink dries up in the printer in two months. Meh.",
        "Chat takes 20 minutes to answer on Saturdays. Anyway.",
    ],
    "de": [
        "Die Cartuvo-App meldet mich JEDES Mal ab. Nervig.",
        "SMS 'Ihr Paket kommt' um 6 Uhr früh. Danke, jetzt bin ich wach.",
        "Der Bote klingelt nie, nur Zettel. Immer dasselbe.",
        "Rechnungen in der App nicht zu finden, nur auf der Website.",
        "Die Fototinte trocknet nach zwei Monaten im Drucker ein. Naja.",
        "Der Chat braucht samstags 20 Minuten für eine Antwort. Egal.",
    ],
    "pt": [
        "A app da Cartuvo desliga-me a sessão SEMPRE que a abro. Chato.",
        "SMS 'a sua encomenda vai a caminho' às 6 da manhã. Obrigada, acordei.",
        "O estafeta nunca toca, deixa logo o aviso. Sempre igual.",
        "Não se encontram as faturas na app, só no site.",
        "A tinta de fotos seca em dois meses na impressora. Enfim.",
        "O chat demora 20 minutos a responder ao sábado. Pronto.",
    ],
    "es": [
        "La app de Cartuvo me cierra sesión CADA vez que la abro. Qué pesadez.",
        "SMS 'su pedido está en camino' a las 6 de la mañana. Gracias, ya estoy despierta.",
        "El repartidor nunca llama, deja el aviso y ya. Siempre igual.",
        "No hay manera de encontrar las facturas en la app, solo en la web.",
        "La tinta de fotos se seca en dos meses en la impresora. En fin.",
        "El chat tarda 20 minutos en contestar los sábados. Bueno.",
    ],
}

SARCASM: L = {
    "fr": [
        "Livraison « express » arrivée six jours après, pile à temps pour imprimer les cartes de vœux... en février 👏",
        "Super, la cartouche « XL » a fait 40 pages. Vraiment extra large 😂",
    ],
    "it": [
        "Consegna 'espressa' arrivata dopo sei giorni, giusto in tempo per gli auguri di Natale... a febbraio 👏",
        "Grande, la cartuccia 'XL' ha fatto 40 pagine. Extra large davvero 😂",
    ],
    "en": [
        "'Express' delivery turned up six days later, just in time for the Christmas cards... in February 👏"
    ],
    "de": [
        "'Express'-Lieferung nach sechs Tagen, genau rechtzeitig für die Weihnachtskarten... im Februar 👏"
    ],
    "pt": [
        "Entrega 'expresso' ao fim de seis dias, mesmo a tempo dos postais de Natal... em fevereiro 👏"
    ],
    "es": [
        "Envío 'exprés' a los seis días, justo a tiempo para las felicitaciones de Navidad... en febrero 👏"
    ],
}

# quiet hours: grumbles once, mildly (text, agent answer for chat / acknowledgement for forms)
MILD: P = {
    "fr": [
        (
            "La recherche d'imprimante ne trouve pas ma Canon TS5150, j'ai dû chercher la cartouche à la main",
            "Merci du signalement, on ajoute la TS5150 au moteur de recherche. Sa cartouche, c'est la 540/541.",
        ),
        (
            "Les notifications de l'appli arrivent en anglais alors que tout est réglé en français",
            "Merci, c'est signalé. En attendant, Réglages > Langue et on réenregistre, ça règle souvent le souci.",
        ),
    ],
    "it": [
        (
            "La ricerca stampante non trova la mia Canon TS5150, ho dovuto cercare la cartuccia a mano",
            "Grazie della segnalazione, aggiungiamo la TS5150. La sua cartuccia è la 540/541.",
        ),
        (
            "Le notifiche dell'app arrivano in inglese anche se è tutto impostato in italiano",
            "Grazie, segnalato. Intanto provi Impostazioni > Lingua e salvi di nuovo, spesso basta.",
        ),
    ],
    "en": [
        (
            "The printer finder can't find my Canon TS5150, had to look the cartridge up myself",
            "Thanks for flagging it, we're adding the TS5150. It takes the 540/541.",
        )
    ],
    "de": [
        (
            "Die Druckersuche findet meinen Canon TS5150 nicht, musste die Patrone selbst suchen",
            "Danke für den Hinweis, wir nehmen den TS5150 auf. Er braucht die 540/541.",
        )
    ],
    "pt": [
        (
            "A pesquisa de impressoras não encontra a minha Canon TS5150, tive de procurar o tinteiro à mão",
            "Obrigado pelo aviso, vamos acrescentar a TS5150. Usa o 540/541.",
        )
    ],
    "es": [
        (
            "El buscador de impresoras no encuentra mi Canon TS5150, tuve que buscar el cartucho a mano",
            "Gracias por avisar, añadimos la TS5150. Usa el 540/541.",
        )
    ],
}
FORM_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre message",
        "Bonjour {name},\nmerci pour votre remarque, elle est transmise à l'équipe concernée.\n{agent}",
    ),
    "it": (
        "Il suo messaggio",
        "Buongiorno {name},\ngrazie della segnalazione, l'abbiamo girata al team.\n{agent}",
    ),
    "en": (
        "Your message",
        "Hi {name},\nthanks for the feedback, it's been passed to the team.\n{agent}",
    ),
    "de": (
        "Ihre Nachricht",
        "Hallo {name},\ndanke für den Hinweis, er ist an das Team weitergeleitet.\n{agent}",
    ),
    "pt": (
        "A sua mensagem",
        "Olá {name},\nobrigado pela observação, já seguiu para a equipa.\n{agent}",
    ),
    "es": (
        "Su mensaje",
        "Hola {name},\ngracias por el comentario, lo hemos pasado al equipo.\n{agent}",
    ),
}

# ---- the planted spike (topic_spike only) ----
SPIKE_TOPIC = "Auto connector sends phantom print jobs: home printers print pages of symbols headed SELFTEST 7F3E/22 by themselves, emptying cartridges"
SPIKE: L = {
    "fr": [
        "Mon imprimante s'est mise à imprimer TOUTE SEULE ce matin, des pages pleines de symboles avec SELFTEST 7F3E/22 en haut. Déjà 30 feuilles et la cartouche neuve qui se vide. C'est le boîtier Cartuvo ?!",
        "Depuis tout à l'heure l'imprimante crache des pages de charabia « 7F3E/22 », j'ai dû la débrancher. Le connecteur Auto est devenu fou ?",
        "Réveillée par l'imprimante qui imprime dans le bureau, personne n'a rien lancé. En haut de chaque page : SELFTEST 7F3E/22. Le papier y passe, l'encre aussi.",
    ],
    "it": [
        "La stampante stamattina si è messa a stampare DA SOLA, pagine piene di simboli con scritto SELFTEST 7F3E/22. Già 30 fogli e la cartuccia nuova si svuota. È il connettore Cartuvo?!",
        "Da mezz'ora la stampante sputa fogli di caratteri strani '7F3E/22', ho dovuto staccare la spina. Il connettore Auto è impazzito?",
        "sveglia con la stampante che stampa in studio e nessuno ha lanciato niente. in cima a ogni pagina SELFTEST 7F3E/22. carta e inchiostro buttati",
    ],
    "en": [
        "My printer started printing BY ITSELF this morning, pages of symbols with SELFTEST 7F3E/22 at the top. 30 sheets so far and the new cartridge draining. Is this the Cartuvo connector?!",
        "Printer's been spewing gibberish pages '7F3E/22' for half an hour, had to unplug it. Has the Auto box gone mad?",
    ],
    "de": [
        "Mein Drucker druckt seit heute früh VON SELBST, Seiten voller Zeichen mit SELFTEST 7F3E/22 oben drauf. Schon 30 Blatt und die neue Patrone läuft leer. Ist das der Cartuvo-Connector?!",
        "Drucker spuckt seit einer halben Stunde Kauderwelsch-Seiten '7F3E/22' aus, musste den Stecker ziehen. Spinnt die Auto-Box?",
    ],
    "pt": [
        "A impressora começou a imprimir SOZINHA esta manhã, folhas cheias de símbolos com SELFTEST 7F3E/22 em cima. Já vão 30 folhas e o tinteiro novo a esvaziar. É a caixinha da Cartuvo?!"
    ],
    "es": [
        "La impresora se ha puesto a imprimir SOLA esta mañana, hojas llenas de símbolos con SELFTEST 7F3E/22 arriba. Ya van 30 hojas y el cartucho nuevo vaciándose. ¿Es el conector de Cartuvo?!"
    ],
}
SPIKE_SUBJECT = {
    "fr": "Imprimante qui imprime toute seule",
    "it": "Stampante che stampa da sola",
    "en": "Printer printing by itself",
    "de": "Drucker druckt von selbst",
    "pt": "Impressora a imprimir sozinha",
    "es": "Impresora imprimiendo sola",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, le connecteur Auto envoie en ce moment des pages de test aux imprimantes (7F3E/22). Débranchez le connecteur, nos ingénieurs sont dessus.",
    "it": "Sì, il connettore Auto in questo momento manda pagine di test alle stampanti (7F3E/22). Stacchi il connettore, i nostri tecnici ci stanno lavorando.",
    "en": "Yes, the Auto connector is sending test pages to printers right now (7F3E/22). Unplug the connector, our engineers are on it.",
    "de": "Ja, der Auto-Connector schickt gerade Testseiten an Drucker (7F3E/22). Bitte den Connector ausstecken, unsere Technik ist dran.",
    "pt": "Sim, o conector Auto está neste momento a enviar páginas de teste às impressoras (7F3E/22). Desligue o conector, os técnicos estão a tratar.",
    "es": "Sí, el conector Auto está mandando ahora páginas de prueba a las impresoras (7F3E/22). Desenchufe el conector, los técnicos están en ello.",
}
SPIKE_AGAIN: L = {
    "fr": [
        "Toujours 7F3E/22, j'ai rebranché le boîtier et ça repart direct, 12 pages de plus.",
        "Même chose sur l'imprimante de mon mari à l'étage, SELFTEST 7F3E/22, encore.",
    ],
    "it": [
        "Ancora 7F3E/22, ho riattaccato il connettore e riparte subito, altre 12 pagine.",
        "Stessa cosa sulla stampante di mio marito al piano di sopra, SELFTEST 7F3E/22, di nuovo.",
    ],
    "en": ["Still 7F3E/22, plugged the box back in and off it goes again, 12 more pages."],
    "de": ["Immer noch 7F3E/22, Box wieder eingesteckt und es geht sofort weiter, 12 Seiten mehr."],
    "pt": ["Continua 7F3E/22, voltei a ligar a caixinha e recomeçou logo, mais 12 folhas."],
    "es": ["Sigue el 7F3E/22, he vuelto a enchufar el conector y otra vez, 12 hojas más."],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre imprimante et le connecteur Auto",
        "Bonjour {name},\ndepuis {time} le connecteur Auto n'envoie plus de pages de test, vous pouvez le rebrancher. L'encre perdue est pour nous : une cartouche part gratuitement et un avoir de {credit} est ajouté à votre compte.\n{agent}",
    ),
    "it": (
        "La sua stampante e il connettore Auto",
        "Buongiorno {name},\ndalle {time} il connettore Auto non manda più pagine di test, può riattaccarlo. L'inchiostro perso lo offriamo noi: una cartuccia parte gratis e le abbiamo aggiunto un credito di {credit}.\n{agent}",
    ),
    "en": (
        "Your printer and the Auto connector",
        "Hi {name},\nsince {time} the Auto connector no longer sends test pages, you can plug it back in. The lost ink is on us: a free cartridge is on its way and a {credit} credit has been added.\n{agent}",
    ),
    "de": (
        "Ihr Drucker und der Auto-Connector",
        "Hallo {name},\nseit {time} schickt der Auto-Connector keine Testseiten mehr, Sie können ihn wieder einstecken. Die verlorene Tinte geht auf uns: eine Patrone kommt gratis und {credit} Guthaben sind gutgeschrieben.\n{agent}",
    ),
    "pt": (
        "A sua impressora e o conector Auto",
        "Olá {name},\ndesde as {time} o conector Auto já não envia páginas de teste, pode voltar a ligá-lo. A tinta perdida é por nossa conta: segue um tinteiro grátis e um crédito de {credit}.\n{agent}",
    ),
    "es": (
        "Su impresora y el conector Auto",
        "Hola {name},\ndesde las {time} el conector Auto ya no manda páginas de prueba, puede volver a enchufarlo. La tinta perdida corre de nuestra cuenta: le mandamos un cartucho gratis y un crédito de {credit}.\n{agent}",
    ),
}
LONE_Q: P = {
    "fr": [
        (
            "bonjour, la nuit le voyant du boîtier Auto clignote vert et bleu, c'est normal ? l'imprimante marche très bien sinon",
            "Bonjour, oui c'est normal : c'est la vérification des niveaux d'encre de la nuit. Rien à faire !",
        )
    ],
    "it": [
        (
            "buongiorno, di notte la lucina del connettore Auto lampeggia verde e blu, è normale? la stampante va benissimo",
            "Buongiorno, sì è normale: è il controllo notturno dei livelli d'inchiostro. Non deve fare nulla!",
        )
    ],
}
SPIKE_GRUMBLE: P = {
    "fr": [
        (
            "La page de recherche d'imprimante met un temps fou à charger ce matin",
            "Désolés, c'est noté, l'équipe web regarde.",
        )
    ],
    "it": [
        (
            "La pagina per cercare la stampante stamattina ci mette una vita a caricare",
            "Ci scusi, segnalato, il team web sta controllando.",
        )
    ],
}
