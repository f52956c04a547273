"""Wording of heldout213: Chamavia, bottled gas (butane and propane cylinders) swapped at home.

Placeholders: {brand}, {case}, {comp}, {code}, {name}, {day}, {time}. Every table has
every language (pt, en, fr, de, it, es); Portuguese and English carry two or three
variants in most tables.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]

LANGS = ("pt", "en", "fr", "de", "it", "es")

PRODUCTS = [
    ("Butane 12.5 kg swap / Troca butano 12,5 kg", "24.90"),
    ("Propane 11 kg swap / Troca propano 11 kg", "27.50"),
    ("Patio heater cylinder 9 kg / Garrafa aquecedor 9 kg", "21.40"),
    ("Regulator and hose kit / Kit redutor e tubo", "18.90"),
    ("BBQ propane 5 kg / Propano churrasco 5 kg", "16.80"),
    ("Camping gas 2.7 kg / Gás campismo 2,7 kg", "9.90"),
]

PAGES = ["/app/order", "/app/track", "/mais", "/deposit", "/safety", "/faq/regulator", "/slots"]

PRAISE: T = {
    "pt": [
        "A {brand} trocou a garrafa em 40 minutos e o estafeta ainda a levou até à varanda. Top!",
        "Encomendei a garrafa de butano de manhã e à hora de almoço já estava a cozinhar. Obrigada {brand}",
        "Serviço impecável da {brand}, o senhor até verificou o redutor antes de ir embora",
    ],
    "en": [
        "{brand} swapped my propane before the BBQ even started, driver carried it round the back. Legends",
        "Ordered a butane swap at 9, had it by 11. Honestly the easiest bit of my week, cheers {brand}",
        "Really good service from {brand}, the driver checked the hose for me without being asked",
    ],
    "fr": ["Bouteille de gaz livrée et l'ancienne reprise en une demi-heure, merci {brand} !"],
    "de": [
        "Gasflasche von {brand} kam pünktlich, der Fahrer hat sie sogar in den Keller getragen. Super!"
    ],
    "it": ["Bombola cambiata in un'ora da {brand}, il corriere gentilissimo. Consigliato!"],
    "es": ["{brand} me cambió la bombona en nada y el repartidor súper amable. Así da gusto"],
}

AGAIN: T = {
    "pt": [
        "Terceira vez este mês que a {brand} chega antes da hora marcada. Assim habituam-me mal",
        "Outra vez o mesmo estafeta simpático da {brand}, já sabe que o portão encrava",
    ],
    "en": [
        "Third swap this winter and {brand} still turns up early every time",
        "Same lovely driver again today, he remembered the side gate. {brand} never disappoints",
    ],
    "fr": ["Encore une fois livré en avance, troisième fois ce mois-ci. Bravo {brand}"],
    "de": ["Schon wieder zu früh geliefert, das dritte Mal diesen Winter. Danke {brand}"],
    "it": ["Ancora una volta puntualissimi, è la terza bombola quest'inverno. Grazie {brand}"],
    "es": ["Otra vez puntualísimos, ya van tres bombonas este invierno. Gracias {brand}"],
}

GRIPE: T = {
    "pt": [
        "Muito bom serviço, só a app é que demora a abrir. De resto, cinco estrelas",
        "Entrega rápida e simpática, só o SMS de aviso chegou depois do estafeta lol",
    ],
    "en": [
        "Great service, only the delivery window in the app is a bit vague. Otherwise spot on",
        "Quick and friendly, just wish the receipt wasn't only a PDF. Happy customer though",
    ],
    "fr": ["Très bon service, seul le créneau de livraison est un peu large. Sinon parfait"],
    "de": ["Alles bestens, nur die Lieferzeit in der App ist ziemlich ungenau. Sonst top"],
    "it": ["Ottimo servizio, solo la fascia oraria è un po' larga. Per il resto perfetto"],
    "es": ["Muy buen servicio, solo que la app tarda en abrir. Por lo demás, de diez"],
}

QUESTION: T = {
    "pt": [
        "Olá, posso deixar a garrafa vazia à porta se não estiver em casa?",
        "Boa tarde, a troca de propano também serve para o aquecedor de esplanada?",
        "bom dia, como faço para mudar a morada de entrega na app?",
    ],
    "en": [
        "Hi, can I leave the empty cylinder by the door if I'm out?",
        "Does the Mais membership cover the patio heater cylinders too?",
        "hello, how do I change the delivery address in the app?",
    ],
    "fr": [
        "Bonjour, est-ce que je peux laisser la bouteille vide devant la porte si je suis absent ?"
    ],
    "de": ["Hallo, kann ich die leere Flasche vor die Tür stellen, wenn ich nicht da bin?"],
    "it": ["Ciao, posso lasciare la bombola vuota fuori dalla porta se non sono in casa?"],
    "es": ["Hola, ¿puedo dejar la bombona vacía en la puerta si no estoy en casa?"],
}

ANSWER: T = {
    "pt": [
        "Olá! Sim, basta indicar na app onde fica a garrafa e o estafeta faz a troca. Boa semana!",
        "Olá! Claro, já está tratado. Qualquer coisa estamos por aqui.",
    ],
    "en": [
        "Hi! Yes, just note where it is in the app and the driver will swap it. Have a good week!",
        "Hi! Sure, that's sorted now. Give us a shout if anything else comes up.",
    ],
    "fr": [
        "Bonjour ! Oui, indiquez simplement l'endroit dans l'app et le livreur fera l'échange. Bonne semaine !"
    ],
    "de": [
        "Hallo! Ja, vermerken Sie den Ort einfach in der App, der Fahrer tauscht dann. Schöne Woche!"
    ],
    "it": ["Ciao! Sì, basta indicarlo nell'app e il corriere fa il cambio. Buona settimana!"],
    "es": ["¡Hola! Sí, indícalo en la app y el repartidor hace el cambio. ¡Buena semana!"],
}

THANKS: T = {
    "pt": ["obg, é isso mesmo 👍", "Perfeito, muito obrigado!", "top, valeu"],
    "en": ["cheers, legend 👍", "Perfect, thanks a lot!", "ta very much"],
    "fr": ["Super, merci beaucoup !"],
    "de": ["Perfekt, danke!"],
    "it": ["grz mille!"],
    "es": ["Genial, ¡gracias!"],
}

CALL_Q: T = {
    "pt": [
        "ola queria saber se a troca de butano de amanha pode ser de manha cedo",
        "boa tarde liguei so para confirmar que o redutor novo serve na garrafa de propano",
    ],
    "en": [
        "hi yeah just ringing to check if tomorrow's swap can be first thing in the morning",
        "hello i wanted to ask whether the new regulator fits the propane cylinder",
    ],
    "fr": ["bonjour je voulais savoir si l'échange de demain peut se faire tôt le matin"],
    "de": ["hallo ich wollte fragen ob der tausch morgen früh gleich am morgen sein kann"],
    "it": ["buongiorno volevo sapere se il cambio di domani si può fare la mattina presto"],
    "es": ["hola quería saber si el cambio de mañana puede ser a primera hora"],
}

CALL_FOLLOW: T = {
    "pt": [
        "Como falámos ao telefone: a entrega fica marcada para amanhã entre as 8h e as 10h. Cumprimentos, equipa {brand}"
    ],
    "en": [
        "As discussed on the phone: your swap is booked for tomorrow between 8 and 10. Kind regards, the {brand} team"
    ],
    "fr": [
        "Comme convenu au téléphone : l'échange est prévu demain entre 8 h et 10 h. Cordialement, l'équipe {brand}"
    ],
    "de": [
        "Wie telefonisch besprochen: Der Tausch ist für morgen zwischen 8 und 10 Uhr gebucht. Viele Grüße, Ihr {brand}-Team"
    ],
    "it": [
        "Come detto al telefono: il cambio è fissato per domani tra le 8 e le 10. Cordiali saluti, il team {brand}"
    ],
    "es": [
        "Como hablamos por teléfono: el cambio queda para mañana entre las 8 y las 10. Un saludo, el equipo {brand}"
    ],
}

REVIEW: T = {
    "pt": [
        "Rápidos, simpáticos e baratos. Recomendo",
        "Nunca mais carrego garrafas escada acima. 5 estrelas",
    ],
    "en": [
        "Fast, friendly and fairly priced. Recommend",
        "No more lugging cylinders up the stairs. Five stars",
    ],
    "fr": ["Rapides, aimables et pas chers. Je recommande"],
    "de": ["Schnell, freundlich, fair. Klare Empfehlung"],
    "it": ["Veloci, gentili e onesti. Consigliato"],
    "es": ["Rápidos, amables y buen precio. Recomendado"],
}

SURVEY_WORD: T = {
    "pt": ["Excelente", "tudo certo", "👍", ""],
    "en": ["Brilliant", "all good", "👌", ""],
    "fr": ["Parfait", ""],
    "de": ["Super", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}

NIGHT_POST: T = {
    "pt": [
        "3 da manhã, turno da noite no hospital, e acabei de marcar a troca de gás para sábado na {brand}. Coisas de adulto",
        "não consigo dormir e estou a ver vídeos de churrasqueiras. a garrafa da {brand} já está pronta para domingo haha",
    ],
    "en": [
        "2am, night shift at the petrol station, just booked Saturday's propane with {brand}. living the dream",
        "can't sleep so I've planned the whole BBQ. cylinder from {brand} sorted, only the weather left lol",
    ],
    "fr": [
        "2h du mat, insomnie, je viens de commander la bouteille pour la raclette de samedi chez {brand} 😅"
    ],
    "de": [
        "2 Uhr nachts, Nachtschicht, und ich bestell die Gasflasche fürs Grillen am Samstag bei {brand}. Erwachsen sein halt"
    ],
    "it": [
        "Le 2 di notte e io prenoto la bombola per la grigliata di sabato con {brand}. Priorità 😂"
    ],
    "es": [
        "Las 3 de la mañana, turno de noche, y acabo de pedir la bombona del sábado a {brand}. Cosas de mayores"
    ],
}

NIGHT_Q: T = {
    "pt": [
        "Boa noite, se a garrafa vazia ainda tiver um pouco de gás faz mal?",
        "olá, a entrega de amanhã é antes das 9h?",
    ],
    "en": [
        "Hi, is it a problem if the empty cylinder still has a bit of gas left in it?",
        "hey, is tomorrow's delivery before 9?",
    ],
    "fr": ["Bonsoir, c'est grave si la bouteille vide contient encore un peu de gaz ?"],
    "de": ["Guten Abend, ist es schlimm, wenn in der leeren Flasche noch ein Rest Gas ist?"],
    "it": ["Buonasera, è un problema se nella bombola vuota c'è ancora un po' di gas?"],
    "es": ["Buenas noches, ¿pasa algo si la bombona vacía aún tiene un poco de gas?"],
}

NIGHT_A: T = {
    "pt": ["Boa noite! Não faz mal nenhum, o estafeta leva-a na mesma. Bom descanso!"],
    "en": ["Evening! No problem at all, the driver takes it as it is. Sleep well!"],
    "fr": ["Bonsoir ! Aucun souci, le livreur la reprend telle quelle. Bonne nuit !"],
    "de": ["Guten Abend! Kein Problem, der Fahrer nimmt sie so mit. Gute Nacht!"],
    "it": ["Buonasera! Nessun problema, il corriere la ritira così. Buona notte!"],
    "es": ["¡Buenas noches! Ningún problema, el repartidor se la lleva igual. ¡Que descanses!"],
}

PROBLEM: dict[str, T] = {
    "no_show": {
        "pt": [
            "A app diz ENTREGUE às 8h14 e não apareceu ninguém. Estou sem gás para cozinhar e paguei a troca",
            "Marcaram a garrafa como entregue e NÃO chegou nada. Fiquei o dia inteiro à espera",
        ],
        "en": [
            "App says DELIVERED at 8:14 and nobody came. No gas to cook with and I've paid for the swap",
            "Marked as delivered and NOTHING arrived. I waited in all day",
        ],
        "fr": [
            "L'app indique LIVRÉ à 8h14 et personne n'est venu. Plus de gaz pour cuisiner et j'ai payé"
        ],
        "de": [
            "Die App sagt GELIEFERT um 8:14 und niemand kam. Kein Gas zum Kochen, bezahlt ist es aber"
        ],
        "it": [
            "L'app dice CONSEGNATO alle 8:14 e non è venuto nessuno. Niente gas per cucinare e ho pagato"
        ],
        "es": [
            "La app pone ENTREGADO a las 8:14 y no ha venido nadie. Sin gas para cocinar y pagado"
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram a caução da garrafa DUAS vezes, 35 euros cada. Quero o dinheiro de volta",
            "a caução saiu duas vezes do cartão e agora a renda ficou a descoberto",
        ],
        "en": [
            "You've taken the cylinder deposit TWICE, 30 pounds each time. I want it back",
            "deposit taken twice from my card and now my rent bounced",
        ],
        "fr": ["Vous avez prélevé la consigne de la bouteille DEUX fois, 35 euros chacune"],
        "de": [
            "Sie haben das Flaschenpfand ZWEIMAL abgebucht, je 35 Euro. Ich will das Geld zurück"
        ],
        "it": ["Mi avete addebitato la cauzione della bombola DUE volte, 35 euro ciascuna"],
        "es": ["Me habéis cobrado la fianza de la bombona DOS veces, 35 euros cada una"],
    },
    "damage": {
        "pt": [
            "A garrafa nova chegou com a válvula a deitar cheiro a gás. Tive de a pôr na rua e abrir as janelas todas",
            "o redutor que me mandaram vem partido, nem encaixa",
        ],
        "en": [
            "The new cylinder arrived with the valve hissing and the kitchen smelling of gas. Had to put it outside",
            "the regulator you sent is cracked, it won't even fit",
        ],
        "fr": [
            "La nouvelle bouteille est arrivée avec la valve qui fuit, ça sentait le gaz dans toute la cuisine"
        ],
        "de": ["Die neue Flasche kam mit undichtem Ventil, die ganze Küche roch nach Gas"],
        "it": [
            "La bombola nuova è arrivata con la valvola che perde, in cucina c'era odore di gas"
        ],
        "es": ["La bombona nueva llegó con la válvula perdiendo, toda la cocina olía a gas"],
    },
    "refund": {
        "pt": [
            "Devolvi a garrafa há TRÊS semanas e a caução ainda não foi devolvida",
            "três semanas à espera dos 35 euros da caução, já chega",
        ],
        "en": [
            "Returned the cylinder THREE weeks ago and still no deposit back",
            "three weeks waiting for a 30 pound deposit, enough now",
        ],
        "fr": [
            "Bouteille rendue il y a TROIS semaines et toujours pas de remboursement de la consigne"
        ],
        "de": ["Flasche vor DREI Wochen zurückgegeben und das Pfand ist immer noch nicht da"],
        "it": ["Ho reso la bombola TRE settimane fa e la cauzione non è ancora tornata"],
        "es": ["Devolví la bombona hace TRES semanas y la fianza sigue sin aparecer"],
    },
    "wrong_price": {
        "pt": [
            "Sou sócia Mais e cobraram-me o preço normal outra vez. Para que pago a mensalidade?",
            "paguei preco de nao socio sendo socio Mais, expliquem-me isso",
        ],
        "en": [
            "I'm a Mais member and got charged the full price again. What am I paying monthly for?",
            "charged non-member price on a Mais account, explain that",
        ],
        "fr": ["Je suis membre Mais et on m'a facturé le prix normal. À quoi sert l'abonnement ?"],
        "de": [
            "Ich bin Mais-Mitglied und zahle trotzdem den vollen Preis. Wofür zahle ich monatlich?"
        ],
        "it": [
            "Sono socia Mais e mi avete fatto pagare il prezzo pieno. A cosa serve l'abbonamento?"
        ],
        "es": ["Soy socia Mais y me habéis cobrado el precio normal. ¿Para qué pago la cuota?"],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei a entrega com QUATRO dias de antecedência e cobraram taxa de cancelamento tardio",
            "taxa de cancelamento por cancelar 4 dias antes? a sério?",
        ],
        "en": [
            "Cancelled the delivery FOUR days ahead and got a late cancellation fee",
            "late cancellation fee for cancelling 4 days before? seriously?",
        ],
        "fr": ["Annulé QUATRE jours avant et on me facture des frais d'annulation tardive"],
        "de": ["VIER Tage vorher storniert und trotzdem eine Spätstornogebühr bekommen"],
        "it": ["Ho annullato QUATTRO giorni prima e mi avete addebitato la penale"],
        "es": [
            "Cancelé con CUATRO días de antelación y me cobráis la penalización por cancelación tardía"
        ],
    },
}

PROBLEM_SUBJECT: T = {
    "pt": ["Reclamação: "],
    "en": ["Complaint: "],
    "fr": ["Réclamation : "],
    "de": ["Beschwerde: "],
    "it": ["Reclamo: "],
    "es": ["Reclamación: "],
}

PROBLEM_NAME: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "entrega que não chegou",
        "en": "delivery that never came",
        "fr": "livraison jamais arrivée",
        "de": "Lieferung nie angekommen",
        "it": "consegna mai arrivata",
        "es": "entrega que no llegó",
    },
    "double_charge": {
        "pt": "caução cobrada duas vezes",
        "en": "deposit taken twice",
        "fr": "consigne prélevée deux fois",
        "de": "Pfand doppelt abgebucht",
        "it": "cauzione addebitata due volte",
        "es": "fianza cobrada dos veces",
    },
    "damage": {
        "pt": "garrafa com fuga",
        "en": "leaking cylinder",
        "fr": "bouteille qui fuit",
        "de": "undichte Flasche",
        "it": "bombola che perde",
        "es": "bombona con fuga",
    },
    "refund": {
        "pt": "caução por devolver",
        "en": "deposit not refunded",
        "fr": "consigne non remboursée",
        "de": "Pfand nicht erstattet",
        "it": "cauzione non restituita",
        "es": "fianza sin devolver",
    },
    "wrong_price": {
        "pt": "preço de sócio não aplicado",
        "en": "member price not applied",
        "fr": "prix membre non appliqué",
        "de": "Mitgliederpreis fehlt",
        "it": "prezzo socio non applicato",
        "es": "precio de socio no aplicado",
    },
    "cancel_fee": {
        "pt": "taxa de cancelamento",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "de": "Stornogebühr",
        "it": "penale di annullamento",
        "es": "penalización por cancelación",
    },
}

LONG_EMAIL: T = {
    "pt": [
        "Bom dia,\n\nescrevo-vos da banca do mercado, entre dois clientes, porque a minha sogra está em casa a recuperar de uma operação à anca e eu ando a correr entre as duas casas. Sou cliente há anos e sempre gostei do serviço.\n\nMas isto não pode ser: {problem}. Com a minha sogra em casa precisamos de gás para o esquentador e para cozinhar.\n\nPeço que resolvam hoje.\n\nCumprimentos,\n{name}",
        "Olá,\n\nestou no carro à porta da natação dos gémeos e aproveito para vos escrever. Temos a casa da avó em obras e a {brand} sempre foi a única coisa que funcionava sem eu pensar nisso.\n\nAcontece que {problem}. Francamente, esperava melhor.\n\nAguardo resposta,\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside the twins' swimming lesson, which is the only quiet half hour I get this week. We're doing up my late aunt's flat and {brand} has honestly been the one thing I never had to think about.\n\nSo I was surprised: {problem}. With builders in and no heating except the gas heater, it matters.\n\nPlease sort it today.\n\nRegards,\n{name}",
        "Dear {brand},\n\nI've been a customer for four years and have recommended you to half the street. I'm writing from a bench outside the college while my son does his exam.\n\nHowever, {problem}. I'd rather not have to chase this.\n\nThanks,\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du vétérinaire. Nous construisons un petit studio au fond du jardin et tout repose sur le gaz pour l'instant. Je suis cliente depuis des années.\n\nOr {problem}. Ce n'est vraiment pas acceptable.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt. Wir bauen gerade die Einliegerwohnung für meine Mutter aus, und Gas ist im Moment unsere einzige Heizung. Ich bin seit Jahren Kunde und war immer froh über Sie.\n\nAber {problem}. So geht das nicht.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal parcheggio della piscina mentre aspetto i bambini. Stiamo ristrutturando la casa della nonna e il vostro servizio era l'unica cosa che funzionava da sola.\n\nPerò {problem}. Non me lo aspettavo.\n\nCordiali saluti,\n{name}"
    ],
    "es": [
        "Buenos días,\n\nos escribo desde el puesto del mercado entre cliente y cliente, con mi suegra recién operada de la cadera en casa. Llevo años con vosotros y siempre contenta.\n\nPero {problem}. Así no se puede.\n\nUn saludo,\n{name}"
    ],
}

CASE_OPENED: T = {
    "pt": [
        "Olá {name}, lamentamos muito. Abrimos o caso {case} e vamos tratar disto com prioridade. Equipa {brand}"
    ],
    "en": [
        "Hi {name}, we're really sorry. We've opened case {case} and are on it. The {brand} team"
    ],
    "fr": [
        "Bonjour {name}, nous sommes désolés. Le dossier {case} est ouvert et traité en priorité. L'équipe {brand}"
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und kümmern uns. Ihr {brand}-Team"
    ],
    "it": [
        "Ciao {name}, ci dispiace molto. Abbiamo aperto la pratica {case} e ce ne occupiamo subito. Il team {brand}"
    ],
    "es": [
        "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {case} y nos ponemos con ello. El equipo {brand}"
    ],
}

CASE_SUBJECT: T = {
    "pt": ["RE: Pedido {case}"],
    "en": ["Re: Your case {case}"],
    "fr": ["RE : Dossier {case}"],
    "de": ["AW: Vorgang {case}"],
    "it": ["R: Pratica {case}"],
    "es": ["RE: Incidencia {case}"],
}

GOOD_NEWS: T = {
    "pt": [
        "Boas notícias sobre o caso {case}: já está resolvido do nosso lado. Pode confirmar-nos que está tudo bem?"
    ],
    "en": ["Good news on case {case}: it's fixed on our side. Could you confirm all is well?"],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?"
    ],
    "de": [
        "Gute Nachrichten zu Vorgang {case}: Bei uns ist es erledigt. Können Sie das bestätigen?"
    ],
    "it": ["Buone notizie sulla pratica {case}: da parte nostra è risolta. Può confermare?"],
    "es": [
        "Buenas noticias sobre la incidencia {case}: ya está resuelta. ¿Nos confirmas que todo está bien?"
    ],
}

QUALITY_LEAD: T = {
    "pt": [
        "O seu caso {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "La sua pratica {case} è ora presso la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "es": [
        "Tu incidencia {case} ya la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

URGENT: T = {
    "pt": ["Acrescentei ao caso {case} e marquei como urgente."],
    "en": ["Added to your case {case} and marked urgent."],
    "fr": ["Ajouté au dossier {case}, marqué urgent."],
    "de": ["Zum Vorgang {case} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {case} e segnato come urgente."],
    "es": ["Añadido a la incidencia {case} y marcado como urgente."],
}

STILL: T = {
    "pt": [
        "Caso {case}: continua tudo igual, nada resolvido. Volto a escrever porque ninguém diz nada",
        "outra vez por causa do {case}, AINDA está por resolver",
    ],
    "en": [
        "Case {case}: still nothing sorted. Writing again because nobody gets back to me",
        "again about {case}, STILL not fixed",
    ],
    "fr": ["Dossier {case} : toujours rien de réglé. Je réécris parce que personne ne répond"],
    "de": [
        "Vorgang {case}: immer noch nicht erledigt. Ich schreibe wieder, weil sich niemand meldet"
    ],
    "it": ["Pratica {case}: ancora niente di risolto. Riscrivo perché nessuno risponde"],
    "es": ["Incidencia {case}: sigue todo igual. Vuelvo a escribir porque nadie contesta"],
}

THIRD: T = {
    "pt": [
        "Um colega meu compra à {comp} e lá resolvem isto no mesmo dia.",
        "Já fui ver quanto cobra a {comp}.",
    ],
    "en": [
        "A mate of mine gets his gas from {comp} and they sort this the same day.",
        "I've looked at what {comp} charge.",
    ],
    "fr": ["Un collègue passe par {comp} et chez eux c'est réglé le jour même."],
    "de": ["Ein Kollege bestellt bei {comp}, da ist so was am selben Tag erledigt."],
    "it": ["Un collega si serve da {comp} e lì lo risolvono in giornata."],
    "es": ["Un compañero pide a {comp} y allí esto lo arreglan el mismo día."],
}

FOURTH: T = {
    "pt": ["É a QUARTA vez que escrevo."],
    "en": ["This is the FOURTH time I'm writing."],
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "it": ["È la QUARTA volta che scrivo."],
    "es": ["Es la CUARTA vez que escribo."],
}

CONFIRM: T = {
    "pt": [
        "Confirmo, o caso {case} está resolvido. Obrigada pela rapidez!",
        "caso {case} ok, tudo certo agora, obg",
    ],
    "en": [
        "Confirmed, case {case} is sorted. Thanks for the quick fix!",
        "case {case} all good now, cheers",
    ],
    "fr": ["Je confirme, le dossier {case} est réglé. Merci !"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "it": ["Confermo, la pratica {case} è risolta. Grazie!"],
    "es": ["Confirmo, la incidencia {case} está resuelta. ¡Gracias!"],
}

APOLOGY: T = {
    "pt": [
        "Desculpem o tom de ontem, estava nervosa. Obrigada por terem resolvido",
        "peço desculpa pela mensagem de ontem, dia mau. está tudo bem",
    ],
    "en": [
        "Sorry for my tone yesterday, long day. Thanks for sorting it",
        "apologies for yesterday's message, I was stressed. all fine now",
    ],
    "fr": ["Désolée pour le ton d'hier, journée difficile. Merci d'avoir réglé ça"],
    "de": ["Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke fürs Lösen"],
    "it": ["Scusate il tono di ieri, giornata pesante. Grazie per aver risolto"],
    "es": ["Perdón por el tono de ayer, mal día. Gracias por arreglarlo"],
}

SARCASM: T = {
    "pt": [
        "Entrega expresso às 21h40, mesmo a tempo do jantar de amanhã 👏",
        'Adoro quando a garrafa "cheia" pesa o mesmo que a vazia 😂',
    ],
    "en": [
        "Express delivery at 21:40, just in time for tomorrow's breakfast 👏",
        'Love it when the "full" cylinder weighs the same as the empty one 😂',
    ],
    "fr": ["Livraison express à 21h40, pile pour le petit-déj de demain 👏"],
    "de": ["Expresslieferung um 21:40, gerade rechtzeitig fürs Frühstück morgen 👏"],
    "it": ["Consegna express alle 21:40, giusto in tempo per la colazione di domani 👏"],
    "es": ["Entrega exprés a las 21:40, justo a tiempo para el desayuno de mañana 👏"],
}

SLIDE: T = {
    "pt": [
        "A entrega chegou três horas atrasada e ninguém ligou.",
        "O redutor veio gasto e a garrafa meio vazia, parece.",
        "Agora exigem fotografia da garrafa vazia antes de a levarem? Que complicação.",
        "Caução cobrada a dobrar e uma semana para a libertarem. Cada vez pior.",
        '35 euros de "taxa de limpeza" por uma garrafa devolvida impecável, com as fotos da vossa própria app. FARTA.',
        "O meu cunhado compra à {comp} e já lá encomendei a garrafa para sábado.",
    ],
    "en": [
        "Delivery three hours late and nobody called.",
        "Regulator looked worn and the cylinder felt half empty.",
        "Now you want a photo of the empty before collection? What a faff.",
        "Deposit taken twice and a week to release it. Getting worse.",
        'A 30 pound "cleaning fee" for a spotless cylinder, with your own app\'s photos. FED UP.',
        "My brother-in-law gets his gas from {comp}, I've ordered Saturday's cylinder there.",
    ],
    "fr": [
        "Livraison trois heures en retard et personne n'a appelé.",
        "Détendeur usé et bouteille à moitié vide, on dirait.",
        "Maintenant il faut une photo de la bouteille vide avant l'enlèvement ? Quelle galère.",
        "Consigne prélevée deux fois et une semaine pour la libérer. De pire en pire.",
        '35 euros de "frais de nettoyage" pour une bouteille impeccable, photos de votre app à l\'appui. RAS LE BOL.',
        "Mon beau-frère passe par {comp}, j'ai commandé la bouteille de samedi chez eux.",
    ],
    "de": [
        "Lieferung drei Stunden zu spät und niemand hat angerufen.",
        "Druckminderer abgenutzt und die Flasche wirkte halb leer.",
        "Jetzt soll ich vor der Abholung die leere Flasche fotografieren? Was für ein Aufwand.",
        "Pfand doppelt abgebucht und eine Woche bis zur Freigabe. Wird immer schlimmer.",
        '35 Euro "Reinigungsgebühr" für eine blitzsaubere Flasche, mit Fotos aus eurer eigenen App. JETZT REICHTS.',
        "Mein Schwager bestellt bei {comp}, ich hab die Flasche für Samstag dort bestellt.",
    ],
    "it": [
        "Consegna con tre ore di ritardo e nessuno ha chiamato.",
        "Riduttore consumato e la bombola sembrava mezza vuota.",
        "Adesso serve una foto della bombola vuota prima del ritiro? Che complicazione.",
        "Cauzione addebitata due volte e una settimana per sbloccarla. Sempre peggio.",
        '35 euro di "pulizia" per una bombola perfetta, con le foto della vostra app. BASTA.',
        "Mio cognato si serve da {comp}, ho ordinato lì la bombola per sabato.",
    ],
    "es": [
        "El reparto llegó tres horas tarde y nadie llamó.",
        "El regulador venía gastado y la bombona parecía medio vacía.",
        "¿Ahora hay que mandar foto de la bombona vacía antes de la recogida? Qué lío.",
        "Fianza cobrada dos veces y una semana para liberarla. Cada vez peor.",
        '35 euros de "limpieza" por una bombona impecable, con las fotos de vuestra propia app. YA ESTÁ BIEN.',
        "Mi cuñado pide a {comp} y ya le he pedido allí la bombona del sábado.",
    ],
}

CANCEL: T = {
    "pt": [
        "Olá, mudámos para um apartamento com fogão elétrico e já não preciso de gás. Quero cancelar a Mais e fechar a conta, por favor.",
        "Bom dia, instalámos painéis e bomba de calor, adeus garrafas. Queria cancelar a assinatura Mais e encerrar a conta.",
    ],
    "en": [
        "Hi, we've moved to a flat with an induction hob, so no more gas. Please cancel my Mais membership and close the account.",
        "Hello, we've gone all electric with a heat pump. I'd like to cancel Mais and close my account please.",
    ],
    "fr": [
        "Bonjour, nous passons au tout électrique. Je souhaite résilier Mais et fermer mon compte."
    ],
    "de": [
        "Hallo, wir sind in eine Wohnung mit Induktionsherd gezogen. Bitte Mais kündigen und das Konto schließen."
    ],
    "it": [
        "Buongiorno, ci siamo trasferiti in un appartamento con piano a induzione. Vorrei disdire Mais e chiudere l'account."
    ],
    "es": [
        "Hola, nos mudamos a un piso con vitro, ya no necesito gas. Quiero cancelar Mais y cerrar la cuenta."
    ],
}

SORRY_GO: T = {
    "pt": [
        "Lamentamos vê-lo partir! Pode cancelar a Mais diretamente na app ou no site, em Conta."
    ],
    "en": [
        "Sorry to see you go! You can cancel Mais yourself in the app or on the website, under Account."
    ],
    "fr": [
        "Désolés de vous voir partir ! Vous pouvez résilier Mais dans l'app ou sur le site, rubrique Compte."
    ],
    "de": [
        "Schade, dass Sie gehen! Sie können Mais selbst in der App oder auf der Website unter Konto kündigen."
    ],
    "it": ["Ci dispiace vederla andare! Può disdire Mais nell'app o sul sito, alla voce Account."],
    "es": [
        "¡Sentimos que te vayas! Puedes cancelar Mais tú mismo en la app o en la web, en Cuenta."
    ],
}

GRUMPY: T = {
    "pt": [
        "A app faz logout sempre que a abro.",
        'SMS de "o estafeta está a chegar" às 6 da manhã. Porquê?',
        "A janela de entrega de 4 horas é uma piada.",
        "Ninguém avisa quando a hora da entrega muda.",
    ],
    "en": [
        "The app logs me out every single time.",
        'A "driver is near" text at 6am. Why?',
        "A 4-hour delivery window is a joke.",
        "Nobody tells you when the delivery time changes.",
    ],
    "fr": [
        "L'app me déconnecte à chaque fois.",
        'Un SMS "le livreur arrive" à 6h du matin. Pourquoi ?',
    ],
    "de": ["Die App meldet mich jedes Mal ab.", 'Eine SMS "Fahrer kommt" um 6 Uhr morgens. Warum?'],
    "it": [
        "L'app mi disconnette ogni volta.",
        'SMS "il corriere sta arrivando" alle 6 del mattino. Perché?',
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        'Un SMS de "el repartidor llega" a las 6 de la mañana. ¿Por qué?',
    ],
}

GRUMBLE_ONCE: T = {
    "pt": [
        "A pesquisa de zonas de entrega mostra a cidade errada, é normal?",
        "as notificações vêm em inglês, dá para mudar?",
    ],
    "en": [
        "The delivery area search shows the wrong town, is that normal?",
        "notifications come in Spanish for some reason, can I change that?",
    ],
    "fr": ["La recherche de zone de livraison affiche la mauvaise ville, c'est normal ?"],
    "de": ["Die Liefergebietssuche zeigt die falsche Stadt an, ist das normal?"],
    "it": ["La ricerca della zona di consegna mostra la città sbagliata, è normale?"],
    "es": ["El buscador de zona de reparto muestra la ciudad equivocada, ¿es normal?"],
}

FORM_ACK: T = {
    "pt": ["Obrigado pela mensagem, vamos verificar e respondemos em breve. Equipa {brand}"],
    "en": ["Thanks for letting us know, we'll look into it and get back to you. The {brand} team"],
    "fr": ["Merci pour votre message, nous regardons et revenons vers vous. L'équipe {brand}"],
    "de": ["Danke für den Hinweis, wir prüfen das und melden uns. Ihr {brand}-Team"],
    "it": ["Grazie per la segnalazione, verifichiamo e vi ricontattiamo. Il team {brand}"],
    "es": ["Gracias por avisar, lo revisamos y te decimos algo. El equipo {brand}"],
}

SPIKE: T = {
    "pt": [
        "A app não me deixa encomendar a troca! Diz que a garrafa vazia ainda não foi devolvida, mas o estafeta levou-a na terça. Erro {code}",
        "não consigo pedir gás nenhum, aparece {code} garrafa por devolver. devolvi-a!!",
        "Alguém mais não consegue encomendar? A app diz que tenho uma garrafa por devolver e bloqueia o pedido",
    ],
    "en": [
        "App won't let me order a swap, says my empty cylinder was never returned. Driver took it Tuesday! Error {code}",
        "anyone else getting {code}? can't order gas, it says cylinder not returned",
        "Can't order my propane, the app says I still have a cylinder out and blocks the order. I don't!",
    ],
    "fr": [
        "Impossible de commander une bouteille, l'app dit que la vide n'a pas été rendue. Erreur {code}",
        "L'app bloque ma commande, bouteille \"non rendue\" alors que le livreur l'a reprise",
    ],
    "de": [
        "Ich kann keine Flasche bestellen, die App sagt, die leere sei nicht zurückgegeben. Fehler {code}",
        "App blockiert die Bestellung, angeblich Flasche nicht zurück. Die hat der Fahrer doch mitgenommen!",
    ],
    "it": [
        "Non riesco a ordinare la bombola, l'app dice che quella vuota non è stata resa. Errore {code}",
        "L'app blocca l'ordine, bombola \"non restituita\" ma il corriere l'ha ritirata",
    ],
    "es": [
        "No me deja pedir la bombona, dice que la vacía no se ha devuelto. Error {code}",
        'La app bloquea el pedido, bombona "sin devolver" y el repartidor se la llevó el martes',
    ],
}

SPIKE_AGAIN: T = {
    "pt": [
        "Continua o {code} também no site, e no telemóvel do meu marido o mesmo. Sem gás para o almoço",
        "ainda nada, tentei outra vez e continua bloqueado",
    ],
    "en": [
        "Still {code} on the website too, and on my wife's phone. No gas for lunch",
        "tried again, still blocked",
    ],
    "fr": ["Toujours {code} sur le site aussi, et sur le téléphone de mon mari"],
    "de": ["Immer noch {code}, auch auf der Website und auf dem Handy meiner Frau"],
    "it": ["Ancora {code} anche sul sito e sul telefono di mio marito"],
    "es": ["Sigue el {code} también en la web y en el móvil de mi marido"],
}

SPIKE_CHAT_A: T = {
    "pt": [
        "Sim, neste momento a app bloqueia as encomendas por engano, a nossa equipa técnica já está a tratar."
    ],
    "en": ["Yes, the app is blocking orders by mistake right now, our engineers are on it."],
    "fr": [
        "Oui, l'app bloque les commandes par erreur en ce moment, nos équipes techniques s'en occupent."
    ],
    "de": ["Ja, die App blockiert gerade fälschlich Bestellungen, unsere Technik ist dran."],
    "it": [
        "Sì, al momento l'app blocca gli ordini per errore, i nostri tecnici ci stanno lavorando."
    ],
    "es": [
        "Sí, ahora mismo la app bloquea los pedidos por error, nuestro equipo técnico está en ello."
    ],
}

WORKS_AGAIN: T = {
    "pt": [
        "As encomendas funcionam de novo desde as {time}. A entrega de hoje é por nossa conta, juntámos 5 € de crédito."
    ],
    "en": [
        "Ordering works again since {time}. Today's delivery is on us, and we've added a credit to your account."
    ],
    "fr": [
        "Les commandes fonctionnent à nouveau depuis {time}. La livraison du jour est offerte, avec 5 € de crédit."
    ],
    "de": [
        "Bestellungen funktionieren wieder seit {time}. Die heutige Lieferung geht auf uns, dazu 5 € Guthaben."
    ],
    "it": [
        "Gli ordini funzionano di nuovo dalle {time}. La consegna di oggi è offerta, più 5 € di credito."
    ],
    "es": [
        "Los pedidos vuelven a funcionar desde las {time}. La entrega de hoy corre de nuestra cuenta, más 5 € de crédito."
    ],
}

LONE_Q: T = {
    "pt": [
        'Ontem à noite a app mostrou a garrafa como "em trânsito" durante uma hora e depois ficou normal. Amanhã consigo encomendar?'
    ],
    "en": [
        'Last night the app showed my cylinder as "in transit" for an hour, then it went back to normal. Will ordering work tomorrow?'
    ],
    "fr": [
        "Hier soir l'app affichait ma bouteille \"en transit\" pendant une heure, puis c'est revenu. Je pourrai commander demain ?"
    ],
    "de": [
        'Gestern Abend zeigte die App die Flasche eine Stunde lang "unterwegs", dann wieder normal. Kann ich morgen bestellen?'
    ],
    "it": [
        "Ieri sera l'app mostrava la bombola \"in transito\" per un'ora, poi è tornata normale. Domani posso ordinare?"
    ],
    "es": [
        'Anoche la app mostraba la bombona "en tránsito" una hora y luego volvió a la normalidad. ¿Mañana podré pedir?'
    ],
}

LONE_A: T = {
    "pt": ["Sim, foi só uma atualização do estado, pode encomendar normalmente."],
    "en": ["Yes, that was just a status refresh, you can order as usual."],
    "fr": ["Oui, c'était une simple mise à jour du statut, vous pouvez commander normalement."],
    "de": ["Ja, das war nur eine Statusaktualisierung, Sie können ganz normal bestellen."],
    "it": ["Sì, era solo un aggiornamento dello stato, può ordinare normalmente."],
    "es": ["Sí, solo era una actualización del estado, puedes pedir con normalidad."],
}

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "pt": [
            "As faturas vêm com o nome antigo da empresa e sem número de encomenda. A contabilidade não as aceita.",
            "Mais uma fatura sem nota de encomenda e com a designação antiga.",
        ],
        "en": [
            "Invoices still carry our pre-merger name and no PO number. Accounts can't pay them.",
            "Another invoice with the old company name and no PO.",
        ],
        "fr": ["Les factures portent l'ancien nom de la société et aucun numéro de commande."],
        "de": ["Die Rechnungen tragen den alten Firmennamen und keine Bestellnummer."],
        "it": ["Le fatture riportano la vecchia ragione sociale e nessun numero d'ordine."],
        "es": ["Las facturas llevan el nombre antiguo de la empresa y sin número de pedido."],
    },
    "service_blocked": {
        "pt": [
            'O motorista recusou entregar as garrafas à cozinha: "conta bloqueada". Está tudo pago!',
            "Voltaram a recusar a entrega por conta bloqueada.",
        ],
        "en": [
            'Your driver refused to drop our cylinders at the kitchen: "account on stop". We\'re paid up!',
            "Delivery refused again, account on stop.",
        ],
        "fr": ['Le livreur a refusé de livrer la cuisine : "compte bloqué". Tout est payé !'],
        "de": [
            'Der Fahrer hat die Lieferung an die Küche verweigert: "Konto gesperrt". Alles bezahlt!'
        ],
        "it": ['L\'autista ha rifiutato la consegna in cucina: "conto bloccato". È tutto pagato!'],
        "es": [
            'El repartidor se negó a dejar las bombonas en la cocina: "cuenta bloqueada". ¡Está todo pagado!'
        ],
    },
    "portal": {
        "pt": [
            "O portal não mostra nenhuma garrafa em depósito, por isso não conseguimos pedir a recolha e a faturação continua.",
            "Portal continua sem mostrar as garrafas, impossível pedir recolha.",
        ],
        "en": [
            "The portal shows no cylinders on site, so we can't book collection and the rental keeps running.",
            "Portal still shows nothing, can't book a collection.",
        ],
        "fr": [
            "Le portail n'affiche aucune bouteille sur site, impossible de demander l'enlèvement."
        ],
        "de": ["Das Portal zeigt keine Flaschen vor Ort, wir können keine Abholung buchen."],
        "it": ["Il portale non mostra bombole in sede, non possiamo chiedere il ritiro."],
        "es": ["El portal no muestra ninguna bombona en el local, no podemos pedir la recogida."],
    },
    "overbilled": {
        "pt": [
            "Faturaram ao preço avulso em vez da tarifa do contrato. Diferença de mais de 600 €.",
            "Outra vez preço avulso em vez do contrato.",
        ],
        "en": [
            "You've billed us the one-off price instead of our contract rate. Over £500 difference.",
            "One-off price again instead of the contract rate.",
        ],
        "fr": ["Facturé au prix unitaire au lieu du tarif contrat. Plus de 600 € d'écart."],
        "de": ["Abgerechnet zum Einzelpreis statt zum Vertragstarif. Über 600 € Unterschied."],
        "it": [
            "Fatturato a prezzo singolo invece della tariffa del contratto. Oltre 600 € di differenza."
        ],
        "es": [
            "Nos habéis facturado a precio suelto en vez de la tarifa de contrato. Más de 600 € de diferencia."
        ],
    },
}

B2B_LATER: T = {
    "pt": ["A {name} já vos escreveu {day} sobre isto, caso {case}. Continua igual: "],
    "en": ["{name} already wrote to you {day} about this, case {case}. Same problem: "],
    "fr": ["{name} vous a déjà écrit {day}, dossier {case}. Toujours le même problème : "],
    "de": ["{name} hat Ihnen schon {day} geschrieben, Vorgang {case}. Immer noch: "],
    "it": ["{name} vi ha già scritto {day}, pratica {case}. Sempre lo stesso: "],
    "es": ["{name} ya os escribió {day}, incidencia {case}. Sigue igual: "],
}

DAY_WORD: dict[str, list[str]] = {
    "pt": ["esta manhã", "na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "en": ["this morning", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["ce matin", "lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": [
        "heute Morgen",
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
    ],
    "it": ["stamattina", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["esta mañana", "el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}

B2B_LAST_MAIL: T = {
    "pt": [
        "Caso {case}: nada resolvido e já vos escreveram vários colegas. As compras já pediram preços à {comp}."
    ],
    "en": [
        "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "fr": [
        "Dossier {case} : rien de réglé et plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "de": [
        "Vorgang {case}: nichts erledigt, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "it": [
        "Pratica {case}: niente di risolto e vi hanno scritto in tanti. Gli acquisti hanno già chiesto i prezzi a {comp}."
    ],
    "es": [
        "Incidencia {case}: nada resuelto y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
}

B2B_LAST_CALL: T = {
    "pt": [
        "ola liguei por causa do caso {case} nada esta resolvido varios colegas ja escreveram o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
    ],
    "en": [
        "hi calling about case {case} nothing is fixed several colleagues have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {case} rien n'est réglé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "hallo ich rufe wegen vorgang {case} an nichts ist erledigt mehrere kollegen haben geschrieben mein chef sagt wir wechseln den lieferanten wenn das diese woche nicht klappt"
    ],
    "it": [
        "buongiorno chiamo per la pratica {case} niente è risolto hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "hola llamo por la incidencia {case} no está nada resuelto han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: T = {
    "pt": [
        "Sugestão: seria útil exportar os custos por restaurante/centro de custo no portal.",
        "Seria ótimo ter a data da última inspeção da garrafa na guia de entrega.",
    ],
    "en": [
        "Suggestion: it would help to export costs by site or cost centre from the portal.",
        "Would be great to see the last safety-check date on the delivery note.",
    ],
    "fr": ["Suggestion : pouvoir exporter les coûts par site depuis le portail serait utile."],
    "de": ["Vorschlag: Kosten nach Standort aus dem Portal exportieren zu können wäre hilfreich."],
    "it": ["Suggerimento: sarebbe utile esportare i costi per sede dal portale."],
    "es": ["Sugerencia: estaría bien exportar los costes por local desde el portal."],
}

B2B_Q: T = {
    "pt": [
        "Bom dia, podemos ter entrega antes das 9h para a cozinha abrir a tempo?",
        "Olá, como adiciono um novo restaurante à conta?",
    ],
    "en": [
        "Morning, can we get deliveries before 9 so the kitchen opens on time?",
        "Hi, how do I add a new site to our account?",
    ],
    "fr": ["Bonjour, peut-on être livrés avant 9 h pour l'ouverture de la cuisine ?"],
    "de": ["Guten Morgen, geht eine Lieferung vor 9 Uhr, damit die Küche pünktlich öffnet?"],
    "it": ["Buongiorno, possiamo avere la consegna prima delle 9 per aprire la cucina?"],
    "es": ["Buenos días, ¿podemos recibir antes de las 9 para abrir la cocina a tiempo?"],
}

B2B_A: T = {
    "pt": ["Bom dia! Sim, já está configurado na vossa conta. Qualquer coisa, digam."],
    "en": ["Morning! Yes, that's set up on your account now. Anything else, just ask."],
    "fr": ["Bonjour ! Oui, c'est paramétré sur votre compte. N'hésitez pas."],
    "de": ["Guten Morgen! Ja, das ist jetzt in Ihrem Konto eingerichtet. Melden Sie sich gern."],
    "it": ["Buongiorno! Sì, è impostato sul vostro account. Per altro, scriveteci."],
    "es": ["¡Buenos días! Sí, ya está configurado en vuestra cuenta. Cualquier cosa, avisad."],
}

B2B_PRAISE: T = {
    "pt": ["Entregas sempre a horas na nossa cozinha, a equipa da {brand} Pro é impecável"],
    "en": ["Deliveries always on time at our kitchen, the {brand} Pro team is spot on"],
    "fr": ["Livraisons toujours à l'heure en cuisine, l'équipe {brand} Pro est top"],
    "de": ["Lieferungen in unsere Küche immer pünktlich, das {brand} Pro Team ist klasse"],
    "it": ["Consegne sempre puntuali in cucina, il team {brand} Pro è ottimo"],
    "es": ["Entregas siempre puntuales en la cocina, el equipo de {brand} Pro es de diez"],
}
