# ruff: noqa: E501
"""Wording of heldout172/ (Vendimo: wine club boxes by app and web, Vendimo Horeca on account).

Placeholders: case (the case reference), comp (a competitor), prod (a product).
"""

from __future__ import annotations

LANGS = ("it", "es", "en", "fr", "de", "pt")
MARKETS = {
    "it": ("IT", "+39 3"),
    "es": ("ES", "+34 6"),
    "en": ("UK", "+44 7"),
    "fr": ("FR", "+33 6"),
    "de": ("DE", "+49 15"),
    "pt": ("PT", "+351 9"),
}
COMPETITORS = ("Bodelia", "Vinastro")
PRODUCTS = (
    "Box Rossi del Sud 6 bt",
    "Box Bollicine 6 bt",
    "Box Scoperta 3 bt",
    "Magnum Barolo 2019",
    "Box Vinho Verde 6 bt",
    "Kit degustazione Riojas",
)

PRAISE = {
    "it": [
        "Box arrivata perfetta, il Nero d'Avola era spettacolare. Grazie Vendimo!",
        "terza volta che ordino il box bollicine e ancora una volta tutto impeccabile 🥂",
        "Le schede di abbinamento sono bellissime, serata riuscita. Unica cosa: il cartone si apre male",
    ],
    "es": [
        "El box de tintos llegó perfecto, el Priorat una pasada. Gracias Vendimo!",
        "otra vez el repartidor super majo y las botellas bien frías, tercera vez que repito",
        "Muy contenta con el club, solo que la app tarda en cargar las fichas de cata",
    ],
    "en": ["Third box this year and still every bottle a winner. Cheers Vendimo"],
    "fr": ["Box reçue nickel, le Cahors était superbe. Merci Vendimo"],
    "de": ["Wieder eine tolle Box, der Riesling war großartig. Danke Vendimo!"],
    "pt": ["Caixa chegou impecável, o Douro estava ótimo. Obrigado Vendimo"],
}
QUESTION = {
    "it": [
        "ciao, posso spostare la consegna del box a sabato?",
        "Si può cambiare un vino del box con uno senza solfiti aggiunti?",
    ],
    "es": [
        "hola, puedo saltarme el box de este mes sin perder el club?",
        "Se puede regalar un box a otra direccion?",
    ],
    "en": ["hi, can I pause the club for August?"],
    "fr": ["bonjour, on peut changer l'adresse de livraison pour ce mois ?"],
    "de": ["Hallo, kann ich die Box diesen Monat an meine Büroadresse schicken?"],
    "pt": ["ola, posso trocar a caixa deste mês por só brancos?"],
}
ANSWER = {
    "it": "Certo! L'ho fatto io dal tuo profilo, trovi la modifica nell'app. Buona degustazione, Giulia di Vendimo",
    "es": "¡Claro! Ya lo he cambiado en tu perfil, lo verás en la app. Un saludo, Marta de Vendimo",
    "en": "Of course, done from your profile, you'll see it in the app. Best, Tom at Vendimo",
    "fr": "Bien sûr, c'est fait depuis votre profil, vous le verrez dans l'app. Bonne journée, Claire de Vendimo",
    "de": "Klar, ist in Ihrem Profil erledigt, Sie sehen es in der App. Viele Grüße, Jonas von Vendimo",
    "pt": "Claro, já alterei no seu perfil, vê na app. Cumprimentos, Rita da Vendimo",
}
THANKS = {
    "it": ["grazie mille!", "grz, gentilissimi"],
    "es": ["mil gracias!", "genial, grax crack"],
    "en": ["cheers, legend"],
    "fr": ["merci beaucoup !"],
    "de": ["super, danke!"],
    "pt": ["obg, top!"],
}
CALL_Q = {
    "it": [
        "si buongiorno volevo sapere se il box arriva anche di sabato mattina perche lavoro tutta la settimana",
        "salve chiamo per sapere come si regala l'abbonamento a mio padre per il compleanno",
    ],
    "es": [
        "hola buenas queria saber si el box se puede dejar en conserjeria porque no estoy nunca",
        "si mire llamo para ver como cambio la tarjeta del club que me ha caducado",
    ],
    "en": ["hi yeah just calling to ask if you deliver to the isle of wight"],
    "fr": ["oui bonjour je voulais savoir si on peut choisir le jour de livraison"],
    "de": ["ja hallo ich wollte fragen ob die Box auch an eine Packstation geht"],
    "pt": ["bom dia queria saber se entregam na madeira"],
}
NIGHT = {
    "it": [
        "Le 2 di notte, turno in ospedale finito, e l'unica cosa bella è aprire il box Vendimo arrivato ieri 🍷",
        "insonnia: sto leggendo tutte le schede dei vini del club, sono fatte benissimo",
    ],
    "es": [
        "Las 3 de la mañana, acabo el turno en la gasolinera y me espera el Ribera del box de Vendimo. Vida resuelta",
        "no puedo dormir asi que estoy planeando el box de navidad en la app jaja",
    ],
    "en": ["2am, night shift done, Vendimo box on the doorstep. Small wins"],
    "fr": ["3h du mat, insomnie, je relis les fiches de dégustation Vendimo. Bien écrites"],
    "de": ["2 Uhr nachts, Nachtschicht vorbei, und die Vendimo Box wartet. Herrlich"],
    "pt": ["3 da manha e a ver as fichas de prova da Vendimo, muito boas"],
}
NIGHT_CHAT = {
    "it": ["scusate l'ora, se ordino adesso il box arriva entro venerdì?"],
    "es": ["perdon por la hora, si pido ahora llega el viernes?"],
    "en": ["sorry it's late, if I order now will it come by Friday?"],
    "fr": ["désolé pour l'heure, si je commande maintenant ça arrive vendredi ?"],
    "de": ["sorry für die Uhrzeit, kommt die Box bis Freitag wenn ich jetzt bestelle?"],
    "pt": ["desculpem a hora, se encomendar agora chega sexta?"],
}
NIGHT_ANSWER = {
    lang: txt.replace(
        "Of course, done from your profile, you'll see it in the app",
        "Yes, orders before noon tomorrow arrive by Friday",
    )
    for lang, txt in ANSWER.items()
}
SURVEY_WORDS = {
    "it": ["top", "🍷", ""],
    "es": ["genial", "👌", ""],
    "en": ["spot on", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "pt": ["ótimo", ""],
}
REVIEW = {
    "it": "Vini scelti bene, consegna puntuale, lo consiglio",
    "es": "Vinos bien elegidos y entrega puntual, lo recomiendo",
    "en": "Well chosen wines, on time, recommended",
    "fr": "Vins bien choisis, livraison à l'heure",
    "de": "Gut ausgewählte Weine, pünktlich geliefert",
    "pt": "Vinhos bem escolhidos, entrega a horas",
}

# the six consumer problems: short complaints, per language
PROBLEMS = ("corked", "double_charge", "broken_box", "refund", "wrong_price", "age_check_courier")
COMPLAINT = {
    "it": {
        "corked": [
            "Tre bottiglie del box su sei sanno di TAPPO. Tre. Rivoglio i soldi o le bottiglie",
            "il barolo del box sa di tappo, 45 euro buttati",
        ],
        "double_charge": [
            "Mi avete addebitato il box DUE volte, 89 euro in più sul conto. Sistemate subito",
            "doppio addebito sul club questo mese, controllate per favore",
        ],
        "broken_box": [
            "Box arrivato con due bottiglie ROTTE e il cartone fradicio di vino, il corriere l'ha lasciato così",
            "bottiglie rotte nel box, di nuovo imballaggio schifoso",
        ],
        "refund": [
            "Sono TRE settimane che aspetto il rimborso del box annullato. Tre settimane!",
            "il rimborso del reso ancora non arriva, mi prendete in giro?",
        ],
        "wrong_price": [
            "Sono socia Vendimo Club e mi avete fatto pagare il prezzo pieno. Il club a cosa serve?",
            "prezzo da non socio nonostante il club, 18 euro di differenza",
        ],
        "age_check_courier": [
            "Il corriere non mi ha consegnato il box perché ero senza documento in mano e l'ha riportato indietro. Ho 52 anni!!",
            "riportato indietro il box per la verifica età, nessuno mi ha avvisato",
        ],
    },
    "es": {
        "corked": [
            "Tres botellas del box con olor a CORCHO. Tres de seis. Quiero otras o el dinero",
            "el priorat sabe a corcho, 40 euros a la basura",
        ],
        "double_charge": [
            "Me habeis cobrado el box DOS veces, 79 euros de mas en la cuenta. YA ESTA BIEN",
            "doble cobro del club este mes, revisadlo porfa",
        ],
        "broken_box": [
            "El box llegó con DOS botellas rotas y la caja chorreando vino, y el repartidor tan pancho",
            "botellas rotas otra vez, el embalaje es de risa",
        ],
        "refund": [
            "TRES semanas esperando el reembolso del box cancelado. TRES.",
            "sigo sin el reembolso de la devolucion, me estais tomando el pelo?",
        ],
        "wrong_price": [
            "Soy socia del Vendimo Club y me habeis cobrado precio de no socio. Para que pago el club?",
            "precio sin club aunque soy socio, 15 euros de diferencia",
        ],
        "age_check_courier": [
            "El repartidor se llevó el box porque no tenía el DNI en la mano. Tengo 48 años!!",
            "devuelto el box por la verificacion de edad sin avisar",
        ],
    },
    "en": {
        "corked": ["Three of six bottles CORKED. Three. I want replacements or my money back"],
        "double_charge": ["You charged my box TWICE, £70 extra gone from my account. Sort it"],
        "broken_box": [
            "Box arrived with TWO smashed bottles and a soaked carton, courier just left it"
        ],
        "refund": ["THREE weeks waiting for the refund on my cancelled box"],
        "wrong_price": [
            "I'm a Vendimo Club member and got charged the full price. What's the club for?"
        ],
        "age_check_courier": [
            "Courier took my box back because I didn't have ID in my hand. I'm 51!"
        ],
    },
    "fr": {
        "corked": [
            "Trois bouteilles sur six BOUCHONNÉES. Je veux un remplacement ou un remboursement"
        ],
        "double_charge": ["Vous avez prélevé la box DEUX fois, 79 € en trop. Réglez ça"],
        "broken_box": ["Box arrivée avec DEUX bouteilles cassées et le carton trempé de vin"],
        "refund": ["TROIS semaines que j'attends le remboursement de la box annulée"],
        "wrong_price": ["Je suis membre du Vendimo Club et on m'a facturé le prix plein"],
        "age_check_courier": [
            "Le livreur a remporté ma box parce que je n'avais pas ma carte d'identité en main. J'ai 55 ans !"
        ],
    },
    "de": {
        "corked": ["Drei von sechs Flaschen mit KORKFEHLER. Ich will Ersatz oder mein Geld"],
        "double_charge": ["Sie haben die Box ZWEIMAL abgebucht, 79 € zu viel. JETZT REICHTS"],
        "broken_box": ["Box kam mit ZWEI kaputten Flaschen und durchweichtem Karton an"],
        "refund": ["DREI Wochen warte ich auf die Erstattung der stornierten Box"],
        "wrong_price": ["Ich bin im Vendimo Club und zahle trotzdem den vollen Preis?"],
        "age_check_courier": [
            "Der Fahrer hat die Box wieder mitgenommen, weil ich den Ausweis nicht in der Hand hatte. Ich bin 49!"
        ],
    },
    "pt": {
        "corked": ["Três garrafas de seis com sabor a ROLHA. Quero troca ou o dinheiro"],
        "double_charge": ["Cobraram a caixa DUAS vezes, 79 € a mais. Resolvam"],
        "broken_box": ["Caixa chegou com DUAS garrafas partidas e o cartão encharcado"],
        "refund": ["TRÊS semanas à espera do reembolso da caixa cancelada"],
        "wrong_price": ["Sou sócia do Vendimo Club e cobraram o preço cheio"],
        "age_check_courier": [
            "O estafeta levou a caixa de volta porque eu não tinha o cartão de cidadão na mão. Tenho 50 anos!"
        ],
    },
}
LONG_EMAIL = {
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario, con il cane che trema e mia figlia che chiede quando andiamo a casa. Sono cliente del club da due anni e di solito non ho nulla da dire, anzi, il box lo aspetto ogni mese.\n\nQuesta volta però: ",
    "es": "Hola,\n\nos escribo desde el coche, aparcada delante de la academia de inglés de mi hijo, con la reforma del piso de mi madre a medias. Llevo dos años en el club y nunca me había quejado.\n\nPero esta vez: ",
}
LONG_EMAIL_END = {
    "it": "\n\nSpero in una risposta rapida. Cordiali saluti",
    "es": "\n\nEspero una respuesta pronto. Un saludo",
}
CALL_COMPLAINT = {
    "it": "si buongiorno chiamo perche {prob} e nessuno mi ha richiamato",
    "es": "hola mire llamo porque {prob} y nadie me dice nada",
    "en": "hi yeah calling because {prob} and nobody got back to me",
    "fr": "oui bonjour j'appelle parce que {prob} et personne ne m'a rappelé",
    "de": "ja hallo ich rufe an weil {prob} und keiner ruft zurück",
    "pt": "bom dia estou a ligar porque {prob} e ninguém me diz nada",
}
CALL_PROB = {
    "it": {
        "corked": "tre bottiglie sanno di tappo",
        "double_charge": "mi avete addebitato due volte il box",
        "broken_box": "il box e arrivato con le bottiglie rotte",
        "refund": "il rimborso non arriva da tre settimane",
        "wrong_price": "pago il prezzo pieno anche se sono nel club",
        "age_check_courier": "il corriere si e riportato indietro il box",
    },
    "es": {
        "corked": "tres botellas saben a corcho",
        "double_charge": "me habeis cobrado dos veces el box",
        "broken_box": "el box llego con botellas rotas",
        "refund": "el reembolso no llega desde hace tres semanas",
        "wrong_price": "pago precio de no socio",
        "age_check_courier": "el repartidor se llevo el box otra vez",
    },
    "en": {
        "corked": "three bottles are corked",
        "double_charge": "you charged me twice",
        "broken_box": "the box came with broken bottles",
        "refund": "my refund hasn't come in three weeks",
        "wrong_price": "i'm paying the non member price",
        "age_check_courier": "the courier took the box back",
    },
    "fr": {
        "corked": "trois bouteilles sont bouchonnées",
        "double_charge": "vous m'avez prélevé deux fois",
        "broken_box": "la box est arrivée cassée",
        "refund": "le remboursement n'arrive pas",
        "wrong_price": "je paie le prix non membre",
        "age_check_courier": "le livreur a remporté la box",
    },
    "de": {
        "corked": "drei Flaschen Korkfehler haben",
        "double_charge": "Sie zweimal abgebucht haben",
        "broken_box": "die Box kaputt ankam",
        "refund": "die Erstattung nicht kommt",
        "wrong_price": "ich den Preis ohne Club zahle",
        "age_check_courier": "der Fahrer die Box mitgenommen hat",
    },
    "pt": {
        "corked": "três garrafas sabem a rolha",
        "double_charge": "cobraram duas vezes",
        "broken_box": "a caixa chegou partida",
        "refund": "o reembolso não chega",
        "wrong_price": "pago o preço de não sócio",
        "age_check_courier": "o estafeta levou a caixa de volta",
    },
}
CASE_OPENED = {
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {case} e la seguiamo noi. Giulia, Vendimo",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {case} y la llevamos nosotros. Marta, Vendimo",
    "en": "Really sorry. We've opened case {case} and we're on it. Tom, Vendimo",
    "fr": "Toutes nos excuses. Nous avons ouvert le dossier {case}. Claire, Vendimo",
    "de": "Das tut uns leid. Wir haben den Vorgang {case} eröffnet. Jonas, Vendimo",
    "pt": "Lamentamos muito. Abrimos o processo {case}. Rita, Vendimo",
}
QUALITY_LEAD = {
    "it": "La pratica {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "es": "Su incidencia {case} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía.",
    "en": "Your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "pt": "O seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
}
GOOD_NEWS = {
    "it": "Buone notizie sulla pratica {case}: abbiamo sistemato tutto. Ci conferma che è a posto?",
    "es": "Buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos confirma que todo está bien?",
    "en": "Good news on case {case}: it's sorted. Could you confirm all is well?",
    "fr": "Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen?",
    "pt": "Boas notícias sobre o processo {case}: está resolvido. Pode confirmar?",
}
CONFIRM = {
    "it": "Confermo, pratica {case} risolta. Grazie!",
    "es": "Confirmado, la incidencia {case} resuelta. Gracias!",
    "en": "Confirmed, case {case} sorted, thanks",
    "fr": "Je confirme, dossier {case} réglé, merci",
    "de": "Bestätigt, Vorgang {case} erledigt, danke",
    "pt": "Confirmo, processo {case} resolvido, obrigado",
}
APOLOGY = {
    "it": "Scusate per il tono di ieri, ero nervosa. Grazie per la pazienza",
    "es": "Perdon por como os hable ayer, estaba de los nervios. Gracias por la paciencia",
    "en": "Sorry for my tone yesterday, long day. Thanks for your patience",
    "fr": "Désolé pour le ton d'hier, merci de votre patience",
    "de": "Sorry für den Ton gestern, danke für die Geduld",
    "pt": "Desculpem o tom de ontem, obrigado pela paciência",
}
STILL_OPEN = {
    "it": [
        "Pratica {case}: ancora aperta, nessuno ha fatto niente. Seconda volta che scrivo",
        "Di nuovo per la pratica {case}. Una mia collega prende il vino da {comp} e lì lo risolvono in giornata",
        "QUARTA volta per la pratica {case}. Ancora niente.",
    ],
    "es": [
        "Incidencia {case}: sigue abierta, nadie ha hecho nada. Segunda vez que escribo",
        "Otra vez por la incidencia {case}. Una compañera pide a {comp} y allí lo arreglan el mismo día",
        "CUARTA vez por la incidencia {case}. Sigue igual.",
    ],
    "en": [
        "Case {case} still open, nothing done. Second time I'm writing",
        "Again about case {case}. I've looked at what {comp} charges",
        "FOURTH time about case {case}. Still nothing.",
    ],
    "fr": [
        "Dossier {case} toujours ouvert, rien n'a bougé. Deuxième message",
        "Encore le dossier {case}. Une collègue commande chez {comp}, eux règlent ça le jour même",
        "QUATRIÈME fois pour le dossier {case}.",
    ],
    "de": [
        "Vorgang {case} immer noch offen, nichts passiert. Zweites Mal",
        "Wieder Vorgang {case}. Eine Kollegin bestellt bei {comp}, die klären das am selben Tag",
        "VIERTES Mal wegen Vorgang {case}. Immer noch nichts.",
    ],
    "pt": [
        "Processo {case} ainda aberto, nada feito. Segunda vez",
        "Outra vez o processo {case}. Uma colega compra na {comp} e resolvem no mesmo dia",
        "QUARTA vez pelo processo {case}.",
    ],
}
URGENT = {
    lang: "Aggiunto alla pratica {case}, segnata come urgente."
    if lang == "it"
    else "Added to case {case}, marked urgent."
    for lang in LANGS
}
SLIDE = {
    "it": [
        "Il box è arrivato con tre ore di ritardo e senza una chiamata",
        "due bottiglie tiepide e una etichetta strappata, non come prima",
        "ora vogliono la foto di ogni bottiglia per un reso, assurdo",
        "rimborso in DUE settimane? prima era in due giorni",
        "Mi addebitano 12 euro di 'gestione reso' per un box che ho restituito intatto. Basta",
        "Mio cognato prende il vino da {comp}, ho già ordinato lì il box di Natale",
    ],
    "es": [
        "El box llegó tres horas tarde y sin una llamada",
        "dos botellas calientes y una etiqueta rota, antes no pasaba",
        "ahora piden foto de cada botella para una devolucion, absurdo",
        "reembolso en DOS semanas? antes eran dos dias",
        "Me cobran 12 euros de 'gestion de devolucion' por un box devuelto intacto. FARTA",
        "Mi cuñado pide a {comp}, ya he pedido alli el box de Navidad",
    ],
    "en": [
        "Box came three hours late, no call",
        "two warm bottles and a torn label, not like before",
        "now they want a photo of every bottle for a return",
        "refund in TWO weeks? used to be two days",
        "£10 'returns handling' for a box sent back untouched. Done",
        "My brother-in-law uses {comp}, Christmas box ordered there",
    ],
    "fr": [
        "Box arrivée trois heures en retard sans appel",
        "deux bouteilles tièdes et une étiquette déchirée",
        "une photo de chaque bouteille pour un retour, sérieux",
        "remboursement en DEUX semaines ?",
        "12 € de 'frais de retour' pour une box intacte. Assez",
        "Mon beau-frère commande chez {comp}, j'ai pris la box de Noël là-bas",
    ],
    "de": [
        "Box drei Stunden zu spät, kein Anruf",
        "zwei warme Flaschen und ein zerrissenes Etikett",
        "jetzt ein Foto von jeder Flasche für eine Rücksendung",
        "Erstattung in ZWEI Wochen?",
        "12 € 'Rücksendegebühr' für eine unberührte Box. Reicht",
        "Mein Schwager bestellt bei {comp}, Weihnachtsbox dort bestellt",
    ],
    "pt": [
        "Caixa chegou três horas atrasada sem aviso",
        "duas garrafas quentes e um rótulo rasgado",
        "agora querem foto de cada garrafa para devolver",
        "reembolso em DUAS semanas?",
        "12 € de 'gestão de devolução' por uma caixa intacta. Chega",
        "O meu cunhado compra na {comp}, já encomendei lá a caixa de Natal",
    ],
}
CANCEL = {
    "it": "Buongiorno, ho smesso di bere per motivi di salute: vorrei disdire il Vendimo Club e chiudere l'account. Grazie di tutto",
    "es": "Hola, me mudo a Dubai por trabajo y no podéis enviar allí: quiero darme de baja del Vendimo Club y cerrar la cuenta",
    "en": "Hi, we're expecting a baby and off wine for a good while: please cancel my Vendimo Club and close the account",
    "fr": "Bonjour, je souhaite résilier le Vendimo Club et fermer mon compte, je déménage à l'étranger",
    "de": "Hallo, ich möchte den Vendimo Club kündigen und mein Konto schließen, ich trinke keinen Alkohol mehr",
    "pt": "Olá, quero cancelar o Vendimo Club e fechar a conta, vou viver para fora",
}
SORRY_GO = {
    lang: "Sorry to see you go. You can cancel yourself in the app or on the website under Club."
    for lang in LANGS
}
GRUMBLE = {
    "it": [
        "l'app mi slogga ogni volta, che noia",
        "sms alle 6 di mattina per dire che il box arriva 'oggi'",
        "il cartone del box è enorme, non entra nel bidone",
    ],
    "es": [
        "la app me cierra sesion cada vez, que pesadez",
        "sms a las 6 de la mañana para decir que llega 'hoy'",
        "la caja es enorme y no cabe en el contenedor",
    ],
    "en": ["app logs me out every single time"],
    "fr": ["l'app me déconnecte à chaque fois"],
    "de": ["App loggt mich jedes Mal aus"],
    "pt": ["a app faz logout sempre"],
}
SARCASM = {
    "it": "Consegna 'express' alle 21:40, giusto in tempo per la cena di ieri 👏",
    "es": "Entrega 'express' a las 21:40, justo para la cena de ayer 👏",
    "en": "'Express' delivery at 21:40, just in time for last night's dinner 👏",
    "fr": "Livraison 'express' à 21h40, pile pour le dîner d'hier 👏",
    "de": "'Express'-Lieferung um 21:40, genau rechtzeitig fürs gestrige Abendessen 👏",
    "pt": "Entrega 'expresso' às 21:40, mesmo a tempo do jantar de ontem 👏",
}
MILD = {
    "it": "il cerca-cantina nell'app mostra la città sbagliata",
    "es": "el buscador de vinos de la app me enseña otra ciudad",
    "en": "the cellar search shows the wrong city",
    "fr": "la recherche de cave affiche la mauvaise ville",
    "de": "die Kellersuche zeigt die falsche Stadt",
    "pt": "a pesquisa de garrafeira mostra a cidade errada",
}
# the planted incident (topic_spike only)
SPIKE = {
    "it": [
        "Non riesco a pagare il box: la verifica età nell'app rifiuta la mia carta d'identità, errore AGE-736",
        "la app dice che il mio documento non è valido e blocca il pagamento, ho 40 anni e la carta scade nel 2031",
        "ma la verifica età è rotta? foto del documento rifiutata 5 volte AGE-736",
    ],
    "es": [
        "No puedo pagar el box, la verificacion de edad rechaza mi DNI, error AGE-736",
        "la app dice que mi documento no es valido y no me deja pagar. tengo 38 años!!",
        "verificacion de edad ROTA, DNI rechazado cuatro veces, AGE-736",
    ],
    "en": [
        "Age check in the app keeps rejecting my driving licence, error AGE-736, can't check out"
    ],
    "fr": ["La vérification d'âge refuse ma carte d'identité, impossible de payer la box"],
    "de": ["Altersprüfung in der App lehnt meinen Ausweis ab, Fehler AGE-736, kann nicht bezahlen"],
    "pt": ["A verificação de idade recusa o meu cartão de cidadão, não consigo pagar"],
}
SPIKE_AGAIN = {
    "it": "ancora AGE-736, provato anche col passaporto e dal telefono di mio marito",
    "es": "sigue igual, AGE-736 tambien con el pasaporte y desde el movil de mi mujer",
    "en": "still AGE-736, tried my passport too",
    "fr": "toujours bloqué, même avec le passeport",
    "de": "immer noch AGE-736, auch mit dem Reisepass",
    "pt": "continua AGE-736, também com o passaporte",
}
SPIKE_CHAT_ANSWER = "Yes, the age check is failing for everyone right now, our engineers are on it."
SPIKE_FIXED = "The age check works again since 13:10 (local time). Your next box ships free."
LONE_Q = {
    "it": "ieri sera la verifica età mi ha chiesto il documento due volte ma poi ha funzionato, domani mi servirà di nuovo?",
    "es": "ayer la app me pidio el DNI dos veces pero luego funcionó, tendre que hacerlo otra vez?",
}
LONE_A = "No, the age check is done once per account; it can ask twice when the photo is blurry."
# business arm (Vendimo Horeca)
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT = {
    "it": {
        "invoice": "Le fatture portano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le rifiuta",
        "service_blocked": "Il portale ci dice 'conto bloccato' e non possiamo ordinare, ma abbiamo pagato tutto",
        "portal": "Il portale non mostra gli ordini aperti, non possiamo annullare le consegne",
        "overbilled": "Ci fatturate il listino al dettaglio invece del prezzo di contratto",
    },
    "es": {
        "invoice": "Las facturas siguen con la razon social antigua y sin numero de pedido, contabilidad las rechaza",
        "service_blocked": "El portal dice 'cuenta bloqueada' y no podemos pedir, y esta todo pagado",
        "portal": "El portal no muestra los pedidos abiertos, no podemos anular entregas",
        "overbilled": "Nos facturais precio de tienda en vez del precio de contrato",
    },
    "en": {
        "invoice": "Invoices still carry the old company name and no PO number, accounts reject them",
        "service_blocked": "Portal says 'account on stop', we can't order, everything is paid",
        "portal": "Portal shows no open orders, we can't cancel deliveries",
        "overbilled": "You bill retail list prices instead of our contract price",
    },
    "fr": {
        "invoice": "Les factures portent l'ancien nom et pas de numéro de commande",
        "service_blocked": "Le portail affiche 'compte bloqué' alors que tout est payé",
        "portal": "Le portail n'affiche pas les commandes ouvertes",
        "overbilled": "Vous facturez le prix public au lieu du prix contrat",
    },
    "de": {
        "invoice": "Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",
        "service_blocked": "Portal sagt 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "Portal zeigt keine offenen Bestellungen",
        "overbilled": "Sie berechnen Listenpreis statt Vertragspreis",
    },
    "pt": {
        "invoice": "As faturas têm o nome antigo e não têm número de encomenda",
        "service_blocked": "O portal diz 'conta bloqueada' mas está tudo pago",
        "portal": "O portal não mostra as encomendas abertas",
        "overbilled": "Faturam preço de loja em vez do preço de contrato",
    },
}
B2B_FOLLOW = "{first} already wrote on Monday about case {case}, and it's the same again: "
B2B_LAST = "Case {case}: nothing fixed, several of us have written. Procurement has asked {comp} for their prices."
B2B_SUGGEST = {
    "it": "Suggerimento: potreste esportare gli ordini per centro di costo?",
    "es": "Sugerencia: podriais exportar los pedidos por centro de coste?",
    "en": "Suggestion: could orders be exported by cost centre?",
    "fr": "Suggestion : exporter les commandes par centre de coût ?",
    "de": "Vorschlag: Bestellungen nach Kostenstelle exportieren?",
    "pt": "Sugestão: exportar encomendas por centro de custo?",
}
B2B_ROUTINE = {
    "it": "ciao, possiamo aggiungere 2 casse di prosecco all'ordine di giovedì?",
    "es": "hola, podemos añadir 2 cajas de cava al pedido del jueves?",
    "en": "hi, can we add 2 cases of prosecco to Thursday's order?",
    "fr": "bonjour, on peut ajouter 2 caisses au mardi ?",
    "de": "Hallo, können wir 2 Kisten zur Donnerstagslieferung ergänzen?",
    "pt": "olá, podemos juntar 2 caixas à entrega de quinta?",
}
