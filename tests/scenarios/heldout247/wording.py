# ruff: noqa: E501
"""Wording of heldout247 (Oleiva: olive oil by subscription; Oleiva Horeca on account).

Tables are keyed by language (it, pt, en, fr, de, es); placeholders: {prod}, {ref},
{comp}, {amt}, {first}, {day}, {when}. Written from the stories, blind.
"""

from __future__ import annotations

BRAND = "Oleiva"
COMPETITORS = ("Azeitara", "Olivento")
LANGS = ("it", "pt", "en", "fr", "de", "es")

PRODUCTS = (
    ("Coratina 3 L tin / Latta Coratina 3 L", "34.90"),
    ("Galega 2 L / Azeite Galega 2 L", "27.50"),
    ("Harvest box 6 x 0.5 L / Cassetta raccolto", "48.00"),
    ("Tasting kit 4 x 100 ml / Kit degustazione", "19.90"),
    ("Taggiasca 1 L bottle / Bottiglia Taggiasca 1 L", "18.40"),
    ("Cobrancosa 5 L tin / Lata Cobrancosa 5 L", "52.00"),
)
PAGES = ("/shop", "/plus", "/harvest-2026", "/account/deliveries", "/recipes", "/shop/tins")
B2B_PAGES = ("/horeca/portal", "/horeca/invoices", "/horeca/standing-orders", "/horeca/catalogue")
AGENTS = ("Chiara", "Inês", "Marco", "Joana", "Tom", "Léa", "Jonas", "Lucía", "Rui", "Giulia")

PRAISE: dict[str, list[str]] = {
    "it": [
        "La Coratina di Oleiva sul pane caldo è una cosa seria. Mai piu olio del supermercato",
        "arrivata la latta nuova, profumo di carciofo appena aperta. mia nonna approva e lei non approva niente",
        "Consegna puntuale e scatola perfetta, brava Oleiva!",
    ],
    "pt": [
        "O azeite Galega da Oleiva é outra coisa, a minha mãe já pediu uma lata para ela",
        "chegou hoje a caixa da colheita, cheira a azeitona acabada de apanhar. top",
        "Entrega rápida e o estafeta super simpático. Obg Oleiva",
    ],
    "en": [
        "Oleiva's harvest box is the best thing I subscribed to this year, the Taggiasca is gorgeous"
    ],
    "fr": ["Huile Oleiva reçue ce matin, un parfum incroyable, on ne reviendra pas en arrière"],
    "de": [
        "Das Olivenöl von Oleiva ist echt der Hammer, die Galega schmeckt nach Wiese und Pfeffer"
    ],
    "es": ["El aceite de Oleiva está buenísimo, la lata de Coratina ha durado nada en casa jaja"],
}
AGAIN: dict[str, list[str]] = {
    "it": [
        "Terza consegna e ancora tutto perfetto, stesso corriere gentilissimo",
        "Di nuovo una latta stupenda, non sbagliano un colpo",
    ],
    "pt": [
        "Mais uma vez tudo impecável, já é a terceira caixa",
        "Outra vez o azeite chegou antes do previsto, assim dá gosto",
    ],
    "en": ["Third box in a row and still spot on"],
    "fr": ["Encore une livraison parfaite, la troisième d'affilée"],
    "de": ["Schon wieder alles perfekt, die dritte Lieferung ohne jedes Problem"],
    "es": ["Otra vez todo perfecto, ya van tres cajas"],
}
GRIPE: dict[str, list[str]] = {
    "it": [
        "Olio ottimo, solo il tappo dosatore si incastra un po. per il resto bravissimi",
        "Tutto bene, peccato che la ricetta nella scatola sia solo in inglese",
    ],
    "pt": [
        "Azeite ótimo, só a caixa é grande demais para a minha caixa do correio. de resto, 5 estrelas",
        "Muito bom, só queria que a app mostrasse a hora da entrega",
    ],
    "en": ["Lovely oil, only wish the tin had a proper pouring spout"],
    "fr": ["Très bonne huile, juste le carton un peu trop grand pour si peu"],
    "de": ["Super Öl, nur der Ausgießer tropft ein bisschen. Sonst gerne wieder"],
    "es": ["Aceite buenísimo, solo que el tapón gotea un poco"],
}
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, posso spostare la consegna di questo mese a sabato?",
            "Certo, l'ho spostata a sabato mattina. Buona giornata!",
        ),
        (
            "quanto dura una latta aperta? va tenuta in frigo?",
            "Al buio e lontano dal fornello, niente frigo: 2-3 mesi una volta aperta.",
        ),
        (
            "Con Plus la spedizione è sempre gratis anche per le isole?",
            "Sì, con Plus la spedizione è gratuita in tutta Italia, isole comprese.",
        ),
    ],
    "pt": [
        (
            "Olá, dá para mudar a morada de entrega só deste mês?",
            "Claro, já alterei só para esta entrega. Bom dia!",
        ),
        (
            "a lata de 5 L vem com torneira?",
            "Vem sim, a torneira vem dentro da caixa, é só encaixar.",
        ),
        (
            "Posso oferecer uma assinatura Plus a alguém?",
            "Pode, em /plus escolhe 'oferecer' e enviamos um cartão por e-mail.",
        ),
    ],
    "en": [
        (
            "Hi, can I swap the Coratina for the Galega in next month's box?",
            "Done, next month's box now has the Galega. Enjoy!",
        )
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux décaler ma livraison d'une semaine ?",
            "Bien sûr, c'est décalé au mardi suivant. Bonne journée !",
        )
    ],
    "de": [
        (
            "Hallo, kann ich die nächste Lieferung an meine Büroadresse schicken lassen?",
            "Klar, ich habe die Adresse nur für diese Lieferung geändert.",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo añadir un kit de cata al pedido de este mes?",
            "Claro, ya lo tienes añadido al pedido de este mes.",
        )
    ],
}
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "si buongiorno volevo sapere se posso aggiungere una bottiglia di Taggiasca alla consegna di venerdi grazie",
            "Come da telefonata, la Taggiasca è aggiunta alla consegna di venerdì. Buona giornata!",
        ),
        (
            "salve chiamo per sapere quando parte la raccolta nuova perche mio marito la aspetta",
            "Come promesso al telefono: la raccolta 2026 parte dal 10 novembre, la riceverà con la prima consegna dopo.",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber se a caixa da colheita ja tem data de envio obrigado",
            "Conforme falámos, a caixa da colheita sai na semana de 9 de novembro.",
        ),
        (
            "ola estou a ligar porque queria por a assinatura em nome da minha filha",
            "Como combinado ao telefone, enviei-lhe o link para passar a assinatura.",
        ),
    ],
    "en": [
        (
            "hi yes just calling to check if the tasting kit can go to a different address as a gift thanks",
            "As discussed on the phone, the tasting kit will go to the gift address.",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le coffret récolte peut être livré en point relais merci",
            "Comme convenu au téléphone, le coffret sera livré au point relais choisi.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ich das Abo im August pausieren kann danke",
            "Wie am Telefon besprochen: Ihr Abo ist für August pausiert.",
        )
    ],
    "es": [
        (
            "hola buenas queria saber si puedo pagar el plus anual en vez de mensual gracias",
            "Como hablamos por teléfono, le he pasado el Plus a pago anual.",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!", "Perfetto, grazie", "gentilissimi grz"],
    "pt": ["Obrigada!", "perfeito, obg", "Muito obrigado pela rapidez"],
    "en": ["brilliant, thanks"],
    "fr": ["Merci beaucoup !"],
    "de": ["Danke, super!"],
    "es": ["¡Genial, gracias!"],
}
REVIEW: dict[str, list[str]] = {
    "it": [
        "Olio fantastico, consegna veloce.",
        "Plus vale ogni centesimo, la cassetta raccolto è una festa",
    ],
    "pt": ["Excelente azeite e ótimo serviço.", "A lata de 5 L dura meses e é uma maravilha"],
    "en": ["Great oil, easy app, friendly drivers."],
    "fr": ["Excellente huile, livraison soignée."],
    "de": ["Tolles Öl, schnelle Lieferung, gerne wieder."],
    "es": ["Aceite excelente y entrega rápida."],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["ottimo", "buonissimo 🫒", "", "tutto perfetto"],
    "pt": ["excelente", "5 estrelas", "", "muito bom 👍"],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "es": ["genial", ""],
}
NIGHT_POSTS: dict[str, list[str]] = {
    "it": [
        "Turno di notte finito, pane tostato e olio Oleiva alle 3. la vita è questa",
        "non dormo e guardo video di frantoi. domani apro la latta nuova",
    ],
    "pt": [
        "saída do turno da noite, torradas com azeite da Oleiva. melhor pequeno almoço às 4 da manhã",
        "insónia outra vez, ao menos o azeite novo chega amanhã",
    ],
    "en": ["3am, night shift done, toast and Oleiva oil. bliss"],
    "fr": ["Insomnie, tartine à l'huile Oleiva à 2h du matin, aucun regret"],
    "de": ["Nachtschicht vorbei, Brot mit Oleiva Öl um 3 Uhr. Perfekt"],
    "es": ["Salgo del turno de noche y me espera una tostada con aceite de Oleiva. gloria"],
}
NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "scusate l'orario, la consegna di domani si può lasciare al vicino?",
            "Nessun problema, ho aggiunto la nota 'lasciare al vicino'. Buona notte!",
        ),
        (
            "a che ora chiude il cambio consegna per domani?",
            "Si può cambiare fino alle 6 del mattino. Buona notte!",
        ),
    ],
    "pt": [
        (
            "desculpem a hora, o estafeta pode deixar na portaria amanhã?",
            "Sem problema, já deixei a nota para a portaria. Boa noite!",
        ),
        ("até que horas posso alterar a entrega de amanhã?", "Até às 6 da manhã. Boa noite!"),
    ],
    "en": [
        (
            "sorry for the hour, can tomorrow's box be left in the porch?",
            "No problem, I've added 'leave in porch'. Good night!",
        )
    ],
    "fr": [
        (
            "désolé pour l'heure, la livraison de demain peut être laissée chez le gardien ?",
            "Aucun souci, la note est ajoutée. Bonne nuit !",
        )
    ],
    "de": [
        (
            "sorry für die Uhrzeit, kann das Paket morgen beim Nachbarn abgegeben werden?",
            "Kein Problem, ist vermerkt. Gute Nacht!",
        )
    ],
    "es": [
        (
            "perdón por la hora, ¿puede dejar mañana el paquete al portero?",
            "Sin problema, ya está anotado. ¡Buenas noches!",
        )
    ],
}

# The six consumer problems: short e-mail / chat / social / form body, and a subject word.
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM_TEXT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "it": [
            "La app dice CONSEGNATO da stamattina alle 9 ma qui non è arrivato niente, ho ospiti a cena stasera",
            "segnato consegnato e mai arrivato. portiere, vicini, niente. dove è finita la mia latta?",
        ],
        "pt": [
            "A app diz ENTREGUE desde manhã e não chegou nada. Estou em casa o dia todo!",
            "marcado como entregue e nunca chegou, já perguntei aos vizinhos. onde está a minha caixa?",
        ],
        "en": ["App says DELIVERED at 9:12 but nothing came, I've been home all day"],
        "fr": ["L'appli dit LIVRÉ depuis ce matin et rien reçu, j'étais chez moi toute la journée"],
        "de": ["Die App sagt ZUGESTELLT seit heute früh, hier ist nichts angekommen"],
        "es": ["La app dice ENTREGADO desde esta mañana y aquí no ha llegado nada"],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato Plus DUE volte questo mese, 2 x 9,90. Rivoglio i soldi",
            "doppio addebito sulla carta per la stessa cassetta, 48 euro due volte. non è possibile",
        ],
        "pt": [
            "Cobraram-me o Plus DUAS vezes este mês. Quero o dinheiro de volta",
            "cobrança duplicada no cartão pela mesma caixa, 48 euros duas vezes. isto não pode ser",
        ],
        "en": ["You've charged my card TWICE for the same box"],
        "fr": ["Vous m'avez débité DEUX fois pour le même coffret"],
        "de": ["Sie haben mir die Box ZWEIMAL abgebucht"],
        "es": ["Me habéis cobrado DOS veces la misma caja"],
    },
    "damage": {
        "it": [
            "La latta è arrivata ammaccata e perdeva, olio su tutto il pianerottolo e sul tappeto",
            "scatola fradicia d'olio, latta bucata. mezzo litro sul pavimento",
        ],
        "pt": [
            "A lata chegou amolgada e a pingar, azeite por todo o lado no patamar",
            "caixa encharcada de azeite e lata furada. metade perdida",
        ],
        "en": ["Tin arrived dented and leaking, oil all over the doorstep"],
        "fr": ["Le bidon est arrivé cabossé et il fuyait, de l'huile partout"],
        "de": ["Der Kanister kam verbeult an und hat ausgelaufen, Öl überall"],
        "es": ["La lata llegó abollada y goteando, aceite por todo el rellano"],
    },
    "refund": {
        "it": [
            "Tre settimane fa ho reso la latta rancida e del rimborso neanche l'ombra",
            "il rimborso promesso per la bottiglia rotta non è mai arrivato, sono passate TRE settimane",
        ],
        "pt": [
            "Devolvi a lata rançosa há três semanas e do reembolso nem sinal",
            "o reembolso da garrafa partida nunca chegou, já lá vão TRÊS semanas",
        ],
        "en": ["Three weeks since I sent back the rancid tin and still no refund"],
        "fr": ["Trois semaines que j'ai renvoyé le bidon rance et toujours pas remboursée"],
        "de": ["Seit drei Wochen warte ich auf die Erstattung für den ranzigen Kanister"],
        "es": ["Hace tres semanas que devolví la lata rancia y ni rastro del reembolso"],
    },
    "wrong_price": {
        "it": [
            "Sono socia Plus e mi avete fatto pagare la cassetta a prezzo pieno, 58 invece di 48",
            "prezzo da non socio anche se pago Plus ogni mese. a che serve allora?",
        ],
        "pt": [
            "Sou sócia Plus e cobraram-me o preço normal, 58 em vez de 48",
            "preço de não sócio apesar de pagar o Plus todos os meses. então para que serve?",
        ],
        "en": ["I'm a Plus member and got charged the full non-member price"],
        "fr": ["Je suis membre Plus et on m'a facturé le prix non-membre"],
        "de": ["Ich bin Plus-Mitglied und zahle trotzdem den vollen Preis"],
        "es": ["Soy socia Plus y me habéis cobrado el precio de no socio"],
    },
    "cancel_fee": {
        "it": [
            "Ho saltato la consegna con 10 giorni di anticipo e mi trovo 7 euro di penale. ma scherziamo?",
            "penale per aver saltato un mese, avvisato con una settimana di anticipo come dice il sito",
        ],
        "pt": [
            "Saltei a entrega com 10 dias de antecedência e cobraram-me 7 euros de penalização",
            "penalização por saltar um mês, avisei com uma semana como diz o site",
        ],
        "en": ["Charged a skip fee though I skipped ten days ahead"],
        "fr": ["Facturé des frais pour une livraison sautée dix jours à l'avance"],
        "de": ["Gebühr fürs Aussetzen, obwohl ich zehn Tage vorher ausgesetzt habe"],
        "es": ["Me cobráis una penalización por saltar el mes con diez días de antelación"],
    },
}
PROBLEM_SUBJECT: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "consegna mai arrivata",
        "pt": "entrega que nunca chegou",
        "en": "delivery never arrived",
        "fr": "livraison jamais reçue",
        "de": "Lieferung nie angekommen",
        "es": "entrega que nunca llegó",
    },
    "double_charge": {
        "it": "doppio addebito",
        "pt": "cobrança duplicada",
        "en": "charged twice",
        "fr": "double débit",
        "de": "doppelte Abbuchung",
        "es": "cobro doble",
    },
    "damage": {
        "it": "latta danneggiata",
        "pt": "lata danificada",
        "en": "damaged tin",
        "fr": "bidon abîmé",
        "de": "beschädigter Kanister",
        "es": "lata dañada",
    },
    "refund": {
        "it": "rimborso mai arrivato",
        "pt": "reembolso em falta",
        "en": "missing refund",
        "fr": "remboursement manquant",
        "de": "fehlende Erstattung",
        "es": "reembolso pendiente",
    },
    "wrong_price": {
        "it": "prezzo Plus non applicato",
        "pt": "preço Plus não aplicado",
        "en": "Plus price not applied",
        "fr": "prix Plus non appliqué",
        "de": "Plus-Preis nicht berechnet",
        "es": "precio Plus no aplicado",
    },
    "cancel_fee": {
        "it": "penale ingiusta",
        "pt": "penalização injusta",
        "en": "unfair skip fee",
        "fr": "frais injustes",
        "de": "ungerechte Gebühr",
        "es": "penalización injusta",
    },
}
COMPLAINT_SUBJ = {
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
}
CASE_SUBJ = {
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
    "en": "Re: Your case ",
    "fr": "RE : Dossier ",
    "de": "AW: Vorgang ",
    "es": "RE: Incidencia ",
}
PHONE_PROBLEM: dict[str, list[str]] = {
    "it": [
        "si buongiorno chiamo perche {subj} e sono veramente arrabbiata nessuno mi risponde sulla app"
    ],
    "pt": ["bom dia estou a ligar porque {subj} e ja estou farta ninguem responde na app"],
    "en": ["hi yes calling because {subj} and honestly I'm fed up nobody answers in the app"],
    "fr": ["oui bonjour j'appelle parce que {subj} et franchement j'en ai marre"],
    "de": ["ja hallo ich rufe an wegen {subj} und ehrlich gesagt reicht es mir"],
    "es": ["hola buenas llamo porque {subj} y la verdad estoy harta"],
}
LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n\nvi scrivo dal bancone del bar di mio fratello tra un caffè e l'altro, perché a casa con i bambini non riesco. Sono cliente da due anni, ho regalato Plus a mia suocera e a mezzo ufficio, quindi credetemi se dico che non scrivo volentieri. {body}. Ho scritto nella app e nessuno ha risposto, ho aspettato, ho controllato due volte. Vi chiedo di sistemare la cosa in settimana, altrimenti sinceramente non so cosa fare.\n\nCordiali saluti",
        "Gentile servizio clienti,\n\nsono in sala d'attesa dal dentista con mia madre, quindi scusate se scrivo a pezzi. Vi ho sempre consigliato a tutti, il vostro olio è stato il regalo di Natale di tutta la famiglia. Ma questa volta no: {body}. Non chiedo regali, chiedo solo che qualcuno se ne occupi.\n\nGrazie",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo do carro à porta do treino de futebol do meu filho, que é o único momento calmo do dia. Sou cliente há dois anos e já ofereci o Plus aos meus pais, por isso não escrevo de ânimo leve. {body}. Escrevi na app, esperei, voltei a verificar. Peço que resolvam isto esta semana, porque sinceramente já não sei o que pensar.\n\nCumprimentos",
        "Exmos. Senhores,\n\nestou na sala de espera do hospital com a minha avó, por isso desculpem a confusão. Sempre vos recomendei a toda a gente, o vosso azeite foi o presente de Natal da família inteira. Mas desta vez não: {body}. Não peço favores, peço só que alguém trate disto.\n\nObrigada",
    ],
}
AGENT_CASE: dict[str, str] = {
    "it": "Buongiorno, ci dispiace davvero. Abbiamo aperto la pratica {ref} e la seguiamo noi. {agent}, Oleiva",
    "pt": "Olá, lamentamos muito. Abrimos o processo {ref} e vamos acompanhá-lo. {agent}, Oleiva",
    "en": "Hello, we're really sorry. We've opened case {ref} and are on it. {agent}, Oleiva",
    "fr": "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {ref} et nous nous en occupons. {agent}, Oleiva",
    "de": "Hallo, das tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und kümmern uns. {agent}, Oleiva",
    "es": "Hola, lo sentimos mucho. Hemos abierto la incidencia {ref} y nos ocupamos. {agent}, Oleiva",
}
AGENT_LEAD: dict[str, str] = {
    "it": "La sua pratica {ref} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro giovedì. {agent}, Oleiva",
    "pt": "O seu processo {ref} está agora com a nossa responsável de qualidade, que lhe ligará até quinta-feira. {agent}, Oleiva",
    "en": "Your case {ref} is now with our quality lead, who will call you by Thursday. {agent}, Oleiva",
    "fr": "Votre dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera d'ici jeudi. {agent}, Oleiva",
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Donnerstag anruft. {agent}, Oleiva",
    "es": "Su incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del jueves. {agent}, Oleiva",
}
AGENT_GOOD: dict[str, str] = {
    "it": "Buone notizie sulla pratica {ref}: abbiamo sistemato tutto. Ci conferma che ora è a posto? {agent}, Oleiva",
    "pt": "Boas notícias sobre o processo {ref}: está resolvido. Pode confirmar-nos que está tudo bem? {agent}, Oleiva",
    "en": "Good news on case {ref}: it's sorted. Could you confirm all is well now? {agent}, Oleiva",
    "fr": "Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous nous confirmer que tout va bien ? {agent}, Oleiva",
    "de": "Gute Nachrichten zu Vorgang {ref}: erledigt. Können Sie bestätigen, dass jetzt alles passt? {agent}, Oleiva",
    "es": "Buenas noticias sobre la incidencia {ref}: resuelta. ¿Nos confirma que ya está todo bien? {agent}, Oleiva",
}
AGENT_URGENT: dict[str, str] = {
    "it": "Aggiunto alla pratica {ref} e segnato urgente, mi scuso.",
    "pt": "Acrescentado ao processo {ref} e marcado como urgente, peço desculpa.",
    "en": "Added to your case {ref} and marked urgent, I'm sorry.",
    "fr": "Ajouté au dossier {ref} et marqué urgent, désolée.",
    "de": "Zu Vorgang {ref} hinzugefügt und als dringend markiert, Entschuldigung.",
    "es": "Añadido a la incidencia {ref} y marcado como urgente, disculpe.",
}
CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {ref} risolta. grazie!",
        "tutto a posto per la {ref}, grazie della pazienza",
    ],
    "pt": ["Confirmo, processo {ref} resolvido. Obrigada!", "tudo certo com o {ref}, obg"],
    "en": ["Confirmed, case {ref} is sorted, thanks"],
    "fr": ["Je confirme, dossier {ref} réglé, merci"],
    "de": ["Bestätige, Vorgang {ref} ist erledigt, danke"],
    "es": ["Confirmo, incidencia {ref} resuelta, gracias"],
}
APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per il tono di ieri, ero fuori di me. Grazie per aver risolto",
        "ieri ho esagerato, scusate. grazie a chi mi ha risposto",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava mesmo chateada. Obrigada por resolverem",
        "ontem exagerei, desculpem. obrigado a quem me respondeu",
    ],
    "en": ["Sorry for yesterday's tone, I was fuming. Thanks for fixing it"],
    "fr": ["Désolée pour mon ton d'hier. Merci d'avoir réglé ça"],
    "de": ["Sorry für meinen Ton gestern. Danke fürs Lösen"],
    "es": ["Perdón por el tono de ayer, estaba muy enfadada. Gracias por resolverlo"],
}
LATER: dict[str, list[str]] = {
    "it": [
        "Pratica {ref}: ancora niente, è ancora aperta. {body}",
        "scrivo di nuovo per la {ref}, ancora tutto fermo. {body}",
    ],
    "pt": [
        "Processo {ref}: continua aberto e nada. {body}",
        "volto a escrever pelo {ref}, continua tudo parado. {body}",
    ],
    "en": ["Case {ref}: still open, still nothing. {body}"],
    "fr": ["Dossier {ref} : toujours ouvert, toujours rien. {body}"],
    "de": ["Vorgang {ref}: immer noch offen, immer noch nichts. {body}"],
    "es": ["Incidencia {ref}: sigue abierta y nada. {body}"],
}
THIRD: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per la {ref}. Una collega compra da {comp} e a lei lo risolvono in giornata.",
        "Terzo messaggio, pratica {ref} ancora aperta. Ho guardato quanto costa {comp}...",
    ],
    "pt": [
        "Terceira vez que escrevo pelo {ref}. Uma colega compra à {comp} e resolvem-lhe tudo no mesmo dia.",
        "Terceira mensagem, {ref} continua aberto. Já fui ver os preços da {comp}...",
    ],
    "en": [
        "Third time writing about {ref}. A colleague buys from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour le dossier {ref}. Une collègue achète chez {comp} et c'est réglé dans la journée."
    ],
    "de": [
        "Zum dritten Mal wegen {ref}. Eine Kollegin kauft bei {comp}, da ist sowas am selben Tag erledigt."
    ],
    "es": [
        "Tercera vez que escribo por la {ref}. Una compañera compra en {comp} y se lo resuelven en el día."
    ],
}
FOURTH: dict[str, list[str]] = {
    "it": [
        "QUARTA volta per la pratica {ref}. Ancora aperta. Basta.",
        "è la QUARTA volta, {ref} ancora aperta, nessuno richiama",
    ],
    "pt": [
        "QUARTA vez pelo processo {ref}. Continua aberto. Chega.",
        "é a QUARTA vez, {ref} continua aberto e ninguém liga",
    ],
    "en": ["FOURTH time about {ref}. Still open."],
    "fr": ["QUATRIÈME fois pour le dossier {ref}. Toujours ouvert."],
    "de": ["Zum VIERTEN Mal wegen {ref}. Immer noch offen."],
    "es": ["CUARTA vez por la incidencia {ref}. Sigue abierta."],
}
SLIDE: dict[str, list[str]] = {
    "it": [
        "Consegna arrivata con 3 ore di ritardo, senza una telefonata. peccato",
        "La latta di stavolta sa di poco, meno fruttata del solito. Hmm",
        "Scatola mezza schiacciata e il tappo già aperto. Non ci siamo",
        "Ora mi chiedono la foto del lotto per ogni reclamo. Sempre peggio",
        "7 euro di 'spese di gestione' per una consegna saltata con 10 giorni di anticipo. Vergognoso",
        "Mio cognato compra da {comp}, ho già ordinato lì la latta del mese prossimo",
    ],
    "pt": [
        "Entrega com 3 horas de atraso e sem um telefonema. pena",
        "O azeite desta vez sabe a pouco, menos frutado que o costume. Hmm",
        "Caixa meio esmagada e a tampa já aberta. Assim não",
        "Agora pedem fotografia do lote para cada reclamação. Cada vez pior",
        "7 euros de 'custos de gestão' por saltar uma entrega com 10 dias de antecedência. Vergonhoso",
        "O meu cunhado compra na {comp}, já encomendei lá a lata do mês que vem",
    ],
    "en": [
        "Box came 3 hours late, no call. shame",
        "This tin tastes flat, not like before",
        "Box half crushed, cap already open. Not good",
        "Now they want a photo of the batch number for every complaint. Worse and worse",
        "£6 'handling fee' for skipping ten days ahead. Shameful",
        "My brother-in-law buys from {comp}, I've ordered next month's tin there",
    ],
    "fr": [
        "Livraison avec 3 heures de retard, sans appel. dommage",
        "L'huile cette fois est fade, moins fruitée",
        "Carton à moitié écrasé, bouchon déjà ouvert. Pas top",
        "Maintenant il faut une photo du lot pour chaque réclamation. De pire en pire",
        "7 euros de 'frais de gestion' pour une livraison sautée dix jours avant. Honteux",
        "Mon beau-frère achète chez {comp}, j'ai commandé le bidon du mois prochain là-bas",
    ],
    "de": [
        "Lieferung 3 Stunden zu spät, ohne Anruf. schade",
        "Das Öl diesmal schmeckt flach, weniger fruchtig",
        "Karton halb zerdrückt, Deckel schon offen. Nicht gut",
        "Jetzt wollen sie für jede Reklamation ein Foto der Chargennummer. Immer schlimmer",
        "7 Euro 'Bearbeitungsgebühr' fürs Aussetzen zehn Tage vorher. Unverschämt",
        "Mein Schwager kauft bei {comp}, ich habe den nächsten Kanister dort bestellt",
    ],
    "es": [
        "Entrega con 3 horas de retraso y sin llamar. pena",
        "El aceite esta vez sabe a poco, menos afrutado",
        "Caja medio aplastada y el tapón ya abierto. Mal",
        "Ahora piden foto del lote para cada reclamación. Cada vez peor",
        "7 euros de 'gastos de gestión' por saltar una entrega con diez días de antelación. Vergonzoso",
        "Mi cuñado compra en {comp}, ya he pedido allí la lata del mes que viene",
    ],
}
LEAVE: dict[str, list[str]] = {
    "it": [
        "Buongiorno, ci trasferiamo all'estero per lavoro e non serve più. Vorrei annullare Oleiva Plus e chiudere l'account, grazie",
        "ciao, mio suocero ha piantato gli ulivi e adesso l'olio ce lo facciamo noi. vorrei disdire Plus e chiudere l'account",
    ],
    "pt": [
        "Bom dia, vamos viver para fora e já não faz sentido. Quero cancelar o Oleiva Plus e fechar a conta, obrigada",
        "olá, o meu sogro tem olival e agora o azeite é da família. queria cancelar o Plus e fechar a conta",
    ],
    "en": ["Hi, we're moving abroad, so please cancel my Oleiva Plus and close the account"],
    "fr": [
        "Bonjour, nous déménageons à l'étranger, je souhaite résilier Oleiva Plus et fermer mon compte"
    ],
    "de": ["Hallo, wir ziehen ins Ausland. Bitte Oleiva Plus kündigen und das Konto schließen"],
    "es": ["Hola, nos mudamos al extranjero, quiero cancelar Oleiva Plus y cerrar la cuenta"],
}
AGENT_SORRY: dict[str, str] = {
    "it": "Ci dispiace vederla andare via. Può annullare Plus e chiudere l'account da sola nella app o sul sito, in Account. {agent}, Oleiva",
    "pt": "Lamentamos vê-la partir. Pode cancelar o Plus e fechar a conta na app ou no site, em Conta. {agent}, Oleiva",
    "en": "Sorry to see you go. You can cancel Plus and close the account yourself in the app or on the website, under Account. {agent}, Oleiva",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier Plus et fermer le compte dans l'appli ou sur le site, rubrique Compte. {agent}, Oleiva",
    "de": "Schade, dass Sie gehen. Sie können Plus und das Konto selbst in der App oder auf der Website unter Konto kündigen. {agent}, Oleiva",
    "es": "Sentimos que se vaya. Puede cancelar Plus y cerrar la cuenta usted misma en la app o en la web, en Cuenta. {agent}, Oleiva",
}
GRUMBLE: dict[str, list[str]] = {
    "it": [
        "la app mi slogga ogni volta, che fatica",
        "il messaggio 'consegna domani' alle 6 di mattina anche no",
        "il tappo dosatore perde di nuovo",
        "scatole enormi per una bottiglia, e il cartone dove lo metto",
    ],
    "pt": [
        "a app faz logout sempre, que seca",
        "a mensagem 'entrega amanhã' às 6 da manhã, a sério?",
        "a torneira da lata pinga outra vez",
        "caixas enormes para uma garrafa, onde ponho o cartão?",
    ],
    "en": ["app logs me out every single time", "the 'delivery tomorrow' text at 6am, really"],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "le SMS 'livraison demain' à 6h du matin, sérieux",
    ],
    "de": [
        "die App loggt mich jedes Mal aus",
        "die SMS 'Lieferung morgen' um 6 Uhr früh, echt jetzt",
    ],
    "es": [
        "la app me cierra sesión cada vez",
        "el SMS de 'entrega mañana' a las 6 de la mañana, en serio",
    ],
}
SARCASM: dict[str, list[str]] = {
    "it": [
        "Consegna 'express' alle 21:40, giusto in tempo per friggere a mezzanotte 👏",
        "Bellissimo il nuovo tappo, adesso l'olio lo verso sul tavolo invece che nella padella 😂",
    ],
    "pt": [
        "Entrega 'expresso' às 21:40, mesmo a tempo de fritar à meia-noite 👏",
        "Adoro a tampa nova, agora o azeite vai para a mesa em vez da frigideira 😂",
    ],
    "en": ["'Express' delivery at 21:40, just in time to fry at midnight 👏"],
    "fr": ["Livraison 'express' à 21h40, pile pour cuisiner à minuit 👏"],
    "de": ["'Express'-Lieferung um 21:40, genau richtig zum Braten um Mitternacht 👏"],
    "es": ["Entrega 'exprés' a las 21:40, justo a tiempo para freír a medianoche 👏"],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "la ricerca ricette mostra solo piatti di carne, sono vegetariana",
            "Grazie della segnalazione, l'abbiamo passata al team della app.",
        ),
        (
            "le notifiche mi arrivano in tedesco, boh",
            "Grazie, abbiamo corretto la lingua delle notifiche.",
        ),
    ],
    "pt": [
        ("a pesquisa de receitas só mostra pratos de carne", "Obrigado, passámos à equipa da app."),
        (
            "as notificações chegam-me em alemão, não percebo",
            "Obrigado, corrigimos o idioma das notificações.",
        ),
    ],
    "en": [("recipe search only shows meat dishes", "Thanks, passed to the app team.")],
    "fr": [
        ("les notifications arrivent en allemand, bizarre", "Merci, nous avons corrigé la langue.")
    ],
    "de": [
        ("die Rezeptsuche zeigt nur Fleischgerichte", "Danke, ist an das App-Team weitergegeben.")
    ],
    "es": [("las notificaciones me llegan en alemán", "Gracias, hemos corregido el idioma.")],
}

# Business arm (Oleiva Horeca).
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_TEXT: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Le fatture di questo mese hanno la partita IVA sbagliata e nessun numero d'ordine, il commercialista le rifiuta",
        "pt": "As faturas deste mês têm o NIF errado e nenhum número de encomenda, a contabilidade recusa-as",
        "en": "This month's invoices carry the wrong VAT number and no PO number, our accounts team rejects them",
        "fr": "Les factures du mois ont un mauvais numéro de TVA et pas de bon de commande, notre compta les refuse",
        "de": "Die Rechnungen dieses Monats haben die falsche USt-IdNr. und keine Bestellnummer, die Buchhaltung lehnt sie ab",
        "es": "Las facturas de este mes llevan el CIF equivocado y ningún número de pedido, contabilidad las rechaza",
    },
    "service_blocked": {
        "it": "Il corriere si è rifiutato di scaricare le latte: 'conto bloccato'. Abbiamo pagato tutto, la cucina è senza olio",
        "pt": "O estafeta recusou-se a descarregar as latas: 'conta bloqueada'. Está tudo pago e a cozinha está sem azeite",
        "en": "The driver refused to unload our tins, 'account on stop'. Everything is paid and the kitchen has no oil",
        "fr": "Le livreur a refusé de décharger : 'compte bloqué'. Tout est payé et la cuisine n'a plus d'huile",
        "de": "Der Fahrer hat nicht abgeladen, 'Konto gesperrt'. Alles ist bezahlt und die Küche hat kein Öl",
        "es": "El repartidor se negó a descargar: 'cuenta bloqueada'. Está todo pagado y la cocina sin aceite",
    },
    "portal": {
        "it": "Il portale non mostra più gli ordini ricorrenti, quindi non possiamo ridurre le quantità e continuano ad arrivare 20 latte",
        "pt": "O portal deixou de mostrar as encomendas recorrentes, não conseguimos reduzir e continuam a chegar 20 latas",
        "en": "The portal shows no standing orders any more, so we can't reduce quantities and 20 tins keep arriving",
        "fr": "Le portail n'affiche plus les commandes récurrentes, impossible de réduire, 20 bidons continuent d'arriver",
        "de": "Das Portal zeigt keine Daueraufträge mehr, wir können nichts reduzieren und es kommen weiter 20 Kanister",
        "es": "El portal ya no muestra los pedidos recurrentes, no podemos reducir y siguen llegando 20 latas",
    },
    "overbilled": {
        "it": "Ci fatturate il prezzo di listino invece del prezzo di contratto, più di 400 € di differenza",
        "pt": "Estão a faturar o preço de tabela em vez do preço de contrato, mais de 400 € de diferença",
        "en": "You're billing list price instead of our contract price, over £350 difference",
        "fr": "Vous facturez le prix catalogue au lieu du prix contractuel, plus de 400 € d'écart",
        "de": "Sie berechnen Listenpreis statt Vertragspreis, über 400 € Unterschied",
        "es": "Nos facturáis precio de tarifa en vez del precio de contrato, más de 400 € de diferencia",
    },
}
B2B_SUBJ: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "fatture errate",
        "pt": "faturas erradas",
        "en": "wrong invoices",
        "fr": "factures erronées",
        "de": "fehlerhafte Rechnungen",
        "es": "facturas erróneas",
    },
    "service_blocked": {
        "it": "consegna rifiutata",
        "pt": "entrega recusada",
        "en": "delivery refused",
        "fr": "livraison refusée",
        "de": "Lieferung verweigert",
        "es": "entrega rechazada",
    },
    "portal": {
        "it": "portale ordini",
        "pt": "portal de encomendas",
        "en": "ordering portal",
        "fr": "portail commandes",
        "de": "Bestellportal",
        "es": "portal de pedidos",
    },
    "overbilled": {
        "it": "prezzo di contratto",
        "pt": "preço de contrato",
        "en": "contract price",
        "fr": "prix contractuel",
        "de": "Vertragspreis",
        "es": "precio de contrato",
    },
}
B2B_LATER: dict[str, str] = {
    "it": "Come già scritto da {first} {day} (pratica {ref}): {body}. Anche da noi in sala è lo stesso.",
    "pt": "Como a {first} já escreveu {day} (processo {ref}): {body}. Aqui na minha secção é igual.",
    "en": "As {first} already wrote {day} (case {ref}): {body}. Same here on my side.",
    "fr": "Comme {first} l'a déjà écrit {day} (dossier {ref}) : {body}. Pareil de mon côté.",
    "de": "Wie {first} schon {day} geschrieben hat (Vorgang {ref}): {body}. Bei mir genauso.",
    "es": "Como ya escribió {first} {day} (incidencia {ref}): {body}. Aquí igual.",
}
B2B_LAST_MAIL: dict[str, str] = {
    "it": "Pratica {ref}: niente è risolto e ormai vi hanno scritto in quattro. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
    "pt": "Processo {ref}: nada resolvido e já vos escreveram quatro pessoas. As compras já pediram preços à {comp}.",
    "en": "Case {ref}: nothing is fixed and several of us have written. Procurement has already asked {comp} for their rates.",
    "fr": "Dossier {ref} : rien n'est réglé et nous sommes plusieurs à avoir écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Vorgang {ref}: nichts ist gelöst, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "es": "Incidencia {ref}: nada resuelto y ya os hemos escrito varios. Compras ya ha pedido precios a {comp}.",
}
B2B_LAST_CALL: dict[str, str] = {
    "it": "buongiorno chiamo per la pratica {ref} non è cambiato niente vi abbiamo scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "pt": "bom dia ligo por causa do processo {ref} nada mudou ja vos escrevemos varios o meu chefe diz que se nao resolverem esta semana mudamos de fornecedor",
    "en": "hi calling about case {ref} nothing has changed several of us wrote my boss says we move the account if it isn't fixed this week",
    "fr": "bonjour j'appelle pour le dossier {ref} rien n'a changé on vous a écrit à plusieurs mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "de": "ja hallo wegen Vorgang {ref} es hat sich nichts getan mehrere von uns haben geschrieben mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht gelöst ist",
    "es": "hola llamo por la incidencia {ref} no ha cambiado nada os hemos escrito varios mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
}
B2B_MILD: dict[str, list[str]] = {
    "it": [
        "Suggerimento: sarebbe utile esportare le spese per centro di costo (sala, cucina, catering)",
        "Sarebbe comodo avere la data di imbottigliamento sulla bolla",
    ],
    "pt": [
        "Sugestão: dava jeito exportar os custos por centro de custo (sala, cozinha, catering)",
        "Seria prático ter a data de engarrafamento na guia de remessa",
    ],
    "en": [
        "Suggestion: exporting costs by cost centre would help",
        "Could the bottling date appear on delivery notes?",
    ],
    "fr": [
        "Suggestion : exporter les coûts par centre de coûts serait pratique",
        "La date de mise en bouteille sur le bon de livraison serait utile",
    ],
    "de": [
        "Vorschlag: Export der Kosten nach Kostenstelle wäre hilfreich",
        "Das Abfülldatum auf dem Lieferschein wäre praktisch",
    ],
    "es": [
        "Sugerencia: exportar los costes por centro de coste ayudaría",
        "Sería útil la fecha de envasado en el albarán",
    ],
}
B2B_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Possiamo anticipare la consegna di venerdì a giovedì?",
            "Sì, spostata a giovedì mattina.",
        ),
        ("Avete latte da 10 L per la cucina?", "Sì, la Coratina 10 L è nel catalogo Horeca."),
    ],
    "pt": [
        ("Podemos antecipar a entrega de sexta para quinta?", "Sim, passou para quinta de manhã."),
        ("Têm latas de 10 L para a cozinha?", "Temos, a Galega 10 L está no catálogo Horeca."),
    ],
    "en": [("Can Friday's delivery come on Thursday instead?", "Yes, moved to Thursday morning.")],
    "fr": [
        ("Peut-on avancer la livraison de vendredi à jeudi ?", "Oui, c'est avancé à jeudi matin.")
    ],
    "de": [
        (
            "Können wir die Lieferung von Freitag auf Donnerstag legen?",
            "Ja, auf Donnerstagvormittag verschoben.",
        )
    ],
    "es": [
        (
            "¿Podemos adelantar la entrega del viernes al jueves?",
            "Sí, pasada al jueves por la mañana.",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "it": [
        "I clienti del ristorante chiedono sempre che olio usiamo. Oleiva Horeca, consegne sempre puntuali"
    ],
    "pt": [
        "Os clientes do restaurante perguntam sempre que azeite usamos. Oleiva Horeca, entregas sempre a horas"
    ],
    "en": ["Guests keep asking about our oil. Oleiva Horeca, always on time"],
    "fr": [
        "Les clients demandent toujours quelle huile on utilise. Oleiva Horeca, toujours à l'heure"
    ],
    "de": ["Gäste fragen ständig nach unserem Öl. Oleiva Horeca, immer pünktlich"],
    "es": ["Los clientes preguntan siempre por nuestro aceite. Oleiva Horeca, siempre puntuales"],
}
WEEKDAY: dict[str, tuple[str, ...]] = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "en": (
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": (
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ),
    "es": (
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ),
}

# The planted incident of topic_spike (see the README).
SPIKE_CODE = "TRC-738"
SPIKE_REPORT: dict[str, list[str]] = {
    "it": [
        "Inquadro il QR sulla latta appena arrivata e la app di Oleiva dice 'Prodotto non autentico - TRC-738'. Mi avete mandato olio falso??",
        "il QR di tracciabilità sulla cassetta dà 'non autentico' errore TRC-738, ho provato 3 volte. cosa devo fare, la apro o no?",
        "anche a voi la app dice che l'olio è contraffatto? TRC-738 su tutte e due le bottiglie",
    ],
    "pt": [
        "Li o QR da lata que chegou agora e a app da Oleiva diz 'Produto não autêntico - TRC-738'. Mandaram-me azeite falso??",
        "o QR de rastreabilidade da caixa dá 'não autêntico', erro TRC-738, já tentei 3 vezes. abro ou não abro?",
        "mais alguém com a app a dizer que o azeite é contrafeito? TRC-738 nas duas garrafas",
    ],
    "en": [
        "Scanned the QR on today's tin and the Oleiva app says 'Not an authentic product - TRC-738'. Have I been sent fake oil?"
    ],
    "fr": [
        "J'ai scanné le QR du bidon reçu ce soir, l'appli Oleiva affiche 'Produit non authentique - TRC-738'. C'est de la contrefaçon ?"
    ],
    "de": [
        "QR auf dem neuen Kanister gescannt, die Oleiva App sagt 'Kein Originalprodukt - TRC-738'. Ist das gefälschtes Öl?"
    ],
    "es": [
        "Escaneo el QR de la lata de hoy y la app de Oleiva dice 'Producto no auténtico - TRC-738'. ¿Me habéis mandado aceite falso?"
    ],
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "it": [
        "Ancora TRC-738, anche col telefono di mio marito. Non apro la latta finché non mi dite qualcosa",
        "riprovato adesso, sempre 'non autentico' TRC-738",
    ],
    "pt": [
        "Continua TRC-738, até no telemóvel do meu marido. Não abro a lata até me dizerem alguma coisa",
        "tentei agora outra vez, sempre 'não autêntico' TRC-738",
    ],
    "en": ["Still TRC-738, on my wife's phone too"],
    "fr": ["Toujours TRC-738, même sur le téléphone de mon mari"],
    "de": ["Immer noch TRC-738, auch mit dem Handy meiner Frau"],
    "es": ["Sigue TRC-738, también con el móvil de mi marido"],
}
SPIKE_AGENT_CHAT: dict[str, str] = {
    "it": "Sì, la verifica QR dà 'non autentico' su tutte le latte in questo momento: l'olio è autentico, i tecnici ci stanno lavorando.",
    "pt": "Sim, a verificação QR está a dar 'não autêntico' em todas as latas neste momento: o azeite é autêntico, os técnicos estão a tratar.",
    "en": "Yes, the QR check is wrongly showing 'not authentic' for every tin right now: your oil is genuine, engineers are on it.",
    "fr": "Oui, la vérification QR affiche à tort 'non authentique' pour tous les bidons : votre huile est authentique, nos techniciens s'en occupent.",
    "de": "Ja, die QR-Prüfung zeigt gerade bei allen Kanistern fälschlich 'kein Original': Ihr Öl ist echt, die Technik ist dran.",
    "es": "Sí, la verificación QR marca 'no auténtico' en todas las latas ahora mismo: su aceite es auténtico, los técnicos están en ello.",
}
SPIKE_FIXED: dict[str, str] = {
    "it": "La verifica QR funziona di nuovo dalle {when}: il suo olio è autentico. Le abbiamo aggiunto 5 € di credito per il disturbo. {agent}, Oleiva",
    "pt": "A verificação QR voltou a funcionar desde as {when}: o seu azeite é autêntico. Acrescentámos 5 € de crédito pelo incómodo. {agent}, Oleiva",
    "en": "The QR check works again since {when}: your oil is genuine. We've added {amt} credit for the trouble. {agent}, Oleiva",
    "fr": "La vérification QR fonctionne de nouveau depuis {when} : votre huile est authentique. 5 € de crédit ajoutés. {agent}, Oleiva",
    "de": "Die QR-Prüfung funktioniert seit {when} wieder: Ihr Öl ist echt. Wir haben {amt} Guthaben gutgeschrieben. {agent}, Oleiva",
    "es": "La verificación QR funciona de nuevo desde las {when}: su aceite es auténtico. Le hemos añadido 5 € de crédito. {agent}, Oleiva",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "ieri sera il QR sulla latta si leggeva solo con la torcia accesa, poi la app ha detto 'autentico'. è normale?",
        "Sì, al buio il QR si legge male; se la app dice 'autentico' è tutto a posto.",
    ),
    "pt": (
        "ontem à noite o QR da lata só se lia com a lanterna ligada, depois a app disse 'autêntico'. é normal?",
        "Sim, com pouca luz o QR lê-se mal; se a app diz 'autêntico' está tudo bem.",
    ),
}
SPIKE_CALM_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "la pagina ricette ci mette un secolo a caricare stamattina",
            "Grazie, lo segnaliamo, dovrebbe tornare veloce a breve.",
        )
    ],
    "pt": [
        (
            "a página de receitas está lentíssima hoje",
            "Obrigado, já passámos à equipa, deve normalizar em breve.",
        )
    ],
}
