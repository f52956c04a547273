# ruff: noqa: E501
"""Consumer words for heldout123 (Tostiva: coffee by subscription, machines rented and serviced).

Written from the stories; placeholders: {case}, {comp}, {amt}, {prod}, {day}, {err}, {time}.
"""

from __future__ import annotations

LANGS = ("it", "pt", "en", "fr", "de", "es")

PRODUCTS = [
    ("Miscela Porto 1 kg / Porto blend 1 kg", 24.90, "shop/porto-blend"),
    ("Monorigine Huila 500 g / Huila single origin 500 g", 16.50, "shop/huila"),
    ("Decaffeinato Minas 500 g / Minas decaf 500 g", 14.90, "shop/minas-decaf"),
    ("Macinacaffè Lume / Lume grinder", 139.00, "shop/lume-grinder"),
    ("Montalatte Nuvem / Nuvem milk frother", 59.00, "shop/nuvem-frother"),
    ("Visita decalcificazione / Descaling visit", 39.00, "service/descaling"),
    ("Kit degustazione 4x250 g / Tasting kit 4x250 g", 29.90, "shop/tasting-kit"),
    ("Noleggio macchina Aurora, 1 mese / Aurora machine rental, 1 month", 22.00, "rent/aurora"),
]

PAGES = [
    "shop/porto-blend",
    "shop/huila",
    "club",
    "subscription/manage",
    "rent/aurora",
    "help/descaling",
    "journal",
    "shop/tasting-kit",
]

PRAISE: dict[str, list[str]] = {
    "it": [
        "Il Porto di Tostiva è il caffè migliore che abbia mai fatto a casa, grazie!",
        "terza volta che rinnovo l'abbonamento Tostiva e ogni mese è una sorpresa buonissima",
        "Ragazzi la Huila di questo mese è spettacolare, profumo in tutta la cucina",
        "Ancora una volta la scatola è arrivata il giorno giusto, Tostiva non sbaglia un colpo",
        "il tecnico della decalcificazione gentilissimo, la macchina fa un espresso da bar",
    ],
    "pt": [
        "O lote de Minas deste mês está incrível, obrigada Tostiva!",
        "Mais uma vez a caixa chegou certinha, terceiro mês seguido sem falhas",
        "o técnico da Tostiva veio descalcificar a máquina e deixou tudo impecável",
        "Continuo apaixonado pelo blend Porto, café de pastelaria em casa",
        "Que bom acordar com este cheiro. Tostiva, vocês são os maiores ☕",
    ],
    "en": [
        "Third month of the Tostiva subscription and still not one bad bag. Lovely stuff",
        "The Huila this month is ridiculous, fruity and sweet. Well done Tostiva",
    ],
    "fr": [
        "Encore une fois une box Tostiva parfaite, le Huila est une merveille",
        "Troisième mois d'abonnement et toujours aussi bon, merci Tostiva",
    ],
    "de": [
        "Schon wieder eine perfekte Tostiva-Box, der Porto-Blend ist der Hammer",
        "Techniker war pünktlich, Maschine entkalkt, Espresso wie in Triest. Danke Tostiva",
    ],
    "es": [
        "Tercer mes con Tostiva y sigue siendo el mejor café que he tomado en casa",
        "El Huila de este mes está buenísimo, gracias Tostiva",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "it": [
        "Caffè ottimo come sempre, solo la busta non si richiude bene. Per il resto top",
        "Contentissima del Porto, peccato che le istruzioni della macinatura siano solo online",
    ],
    "pt": [
        "Café excelente, só o saco é que não fecha bem depois de aberto. De resto perfeito",
        "Muito satisfeita com a máquina, só o manual é um PDF em inglês. Mas o café compensa",
    ],
    "en": ["Great beans as always, only wish the bags had a proper zip. Otherwise spot on"],
    "fr": ["Café excellent, seul bémol: le sachet ne se referme pas bien. Sinon top"],
    "de": ["Kaffee super, nur der Beutel geht nach dem Öffnen schlecht zu. Sonst alles bestens"],
    "es": ["Café buenísimo, solo que la bolsa no cierra bien. Por lo demás genial"],
}

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, posso spostare la consegna di questo mese al 20?",
            "Certo, l'ho spostata al 20. Buon caffè!",
        ),
        (
            "quanto dura un sacchetto da 1 kg aperto? lo tengo in frigo?",
            "Meglio fuori dal frigo, in un barattolo chiuso: 3-4 settimane.",
        ),
        (
            "Salve, la macchina Aurora va bene anche per il decaffeinato Minas?",
            "Sì, nessun problema: stessa macinatura del Porto.",
        ),
    ],
    "pt": [
        (
            "Olá, dá para mudar a entrega deste mês para sexta?",
            "Claro, já mudei para sexta. Bom café!",
        ),
        (
            "boa tarde, o moinho Lume serve para café de filtro também?",
            "Serve sim, tem 30 posições, do espresso ao filtro.",
        ),
        (
            "Qual é a diferença entre o blend Porto e o Minas?",
            "O Porto é mais encorpado, o Minas mais doce e suave.",
        ),
    ],
    "en": [
        (
            "Hi, can I add a bag of decaf to next week's box?",
            "Done, the Minas decaf is in next week's box.",
        )
    ],
    "fr": [
        (
            "Bonjour, je peux décaler ma livraison d'une semaine ?",
            "Oui, c'est fait, elle arrivera la semaine prochaine.",
        )
    ],
    "de": [
        (
            "Hallo, kann ich die nächste Lieferung um eine Woche schieben?",
            "Klar, ist verschoben. Schönen Tag noch!",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo añadir un paquete de descafeinado a la próxima caja?",
            "Hecho, el Minas descafeinado va en tu próxima caja.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "it": ["Grazie mille!", "grz, gentilissimi", "Perfetto, grazie 🙏"],
    "pt": ["Obrigada!", "obg 🙏", "Perfeito, muito obrigado"],
    "en": ["Brilliant, thanks!"],
    "fr": ["Super, merci !"],
    "de": ["Super, danke!"],
    "es": ["¡Genial, gracias!"],
}

CALL_QUESTIONS: dict[str, list[str]] = {
    "it": [
        "buongiorno volevo sapere se posso regalare un abbonamento di tre mesi a mia sorella a Bologna grazie"
    ],
    "pt": [
        "bom dia queria saber se posso oferecer uma assinatura de três meses à minha mãe em Braga obrigado"
    ],
    "en": [
        "hi there just wondering if I can gift a three month subscription to my dad in Leeds thanks"
    ],
    "fr": [
        "bonjour je voulais savoir si je peux offrir trois mois d'abonnement à ma soeur à Lyon merci"
    ],
    "de": [
        "hallo ich wollte fragen ob ich meiner Mutter in Graz drei Monate Abo schenken kann danke"
    ],
    "es": [
        "hola quería saber si puedo regalar tres meses de suscripción a mi hermano en Sevilla gracias"
    ],
}

CALL_FOLLOWUP: dict[str, str] = {
    "it": "Come al telefono: il regalo di tre mesi si attiva da tostiva.example/regalo, il primo pacco parte lunedì.",
    "pt": "Como falámos: a oferta de três meses ativa-se em tostiva.example/oferta, a primeira caixa sai na segunda.",
    "en": "As discussed: the three-month gift is set up at tostiva.example/gift, the first box ships on Monday.",
    "fr": "Comme convenu : le cadeau de trois mois s'active sur tostiva.example/cadeau, premier colis lundi.",
    "de": "Wie besprochen: das Drei-Monats-Geschenk richten Sie unter tostiva.example/geschenk ein, erster Versand Montag.",
    "es": "Como hablamos: el regalo de tres meses se activa en tostiva.example/regalo, la primera caja sale el lunes.",
}

REVIEWS: dict[str, list[tuple[str, str]]] = {
    "it": [
        ("5", "Miscela Porto eccellente, consegna puntuale."),
        ("5", "Macinacaffè silenzioso e preciso. Consigliato"),
    ],
    "pt": [
        ("5", "Café fresquíssimo, data de torra de 3 dias."),
        ("4", "Muito bom, só achei o saco pequeno."),
    ],
    "en": [("5", "Fresh, well packed, tastes great.")],
    "fr": [("5", "Très bon café, torréfaction récente.")],
    "de": [("5", "Frisch, gut verpackt, schmeckt super.")],
    "es": [("5", "Fresco, bien empaquetado y riquísimo.")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Ottimo", "tutto perfetto", "☕☕", ""],
    "pt": ["Excelente", "tudo ótimo", "👍", ""],
    "en": ["Great", ""],
    "fr": ["Parfait", ""],
    "de": ["Top", ""],
    "es": ["Genial", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "it": [
        "Turno di notte in ospedale finito, l'unica cosa che mi tiene in piedi è il Porto di Tostiva",
        "sono le 2 e sto guardando video di latte art. colpa vostra Tostiva",
    ],
    "pt": [
        "3 da manhã, a estudar para o exame, valha-me o Minas da Tostiva",
        "Saí agora do turno da noite e já estou a pensar no café da Tostiva de amanhã",
    ],
    "en": ["Can't sleep so I'm reading about Huila farms on the Tostiva journal. Send help"],
    "fr": ["Insomnie, du coup je prépare la liste de ma prochaine box Tostiva"],
    "de": ["Nachtschicht vorbei, jetzt erstmal einen Tostiva-Espresso und dann schlafen"],
    "es": ["Las 3 de la mañana y yo mirando cafeteras en Tostiva. Normal"],
}

NIGHT_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "ciao, se salto la consegna di questo mese perdo lo sconto Club?",
            "No, lo sconto Club resta anche se salti un mese.",
        )
    ],
    "pt": [
        (
            "boa noite, a caixa de amanhã pode ficar com o vizinho do 2º?",
            "Pode sim, deixei a nota para o estafeta.",
        )
    ],
    "en": [
        (
            "late one, sorry: does the Club discount apply to the grinder too?",
            "It does, 10% off the grinder for Club members.",
        )
    ],
    "fr": [
        (
            "bonsoir, la remise Club marche aussi sur le moulin ?",
            "Oui, 10 % sur le moulin pour les membres Club.",
        )
    ],
    "de": [
        ("gilt der Club-Rabatt auch für die Mühle?", "Ja, 10 % auf die Mühle für Club-Mitglieder.")
    ],
    "es": [
        (
            "buenas noches, ¿el descuento Club vale también para el molinillo?",
            "Sí, un 10 % en el molinillo para socios Club.",
        )
    ],
}

# The six consumer problems: what went wrong, in each language's short form.
PROBLEM_SHORT: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "la scatola di questo mese risulta CONSEGNATA ma non è mai arrivata",
        "pt": "a caixa deste mês aparece como ENTREGUE mas nunca chegou",
        "en": "this month's box shows DELIVERED but it never came",
        "fr": "la box du mois est indiquée LIVRÉE mais je ne l'ai jamais reçue",
        "de": "die Box dieses Monats steht auf GELIEFERT, ist aber nie angekommen",
        "es": "la caja de este mes pone ENTREGADA pero nunca llegó",
    },
    "double_charge": {
        "it": "mi avete addebitato l'abbonamento DUE volte ({amt} ciascuna)",
        "pt": "cobraram a assinatura DUAS vezes ({amt} cada)",
        "en": "you charged my subscription TWICE ({amt} each)",
        "fr": "vous avez prélevé l'abonnement DEUX fois ({amt} chaque)",
        "de": "Sie haben das Abo ZWEIMAL abgebucht (je {amt})",
        "es": "me habéis cobrado la suscripción DOS veces ({amt} cada una)",
    },
    "damage": {
        "it": "la macchina Aurora a noleggio è arrivata con il serbatoio crepato e perde acqua sul piano",
        "pt": "a máquina Aurora alugada chegou com o depósito rachado e pinga água na bancada",
        "en": "the rented Aurora machine arrived with a cracked tank and leaks all over the counter",
        "fr": "la machine Aurora louée est arrivée avec le réservoir fêlé, elle fuit partout",
        "de": "die gemietete Aurora kam mit gerissenem Wassertank und leckt",
        "es": "la cafetera Aurora de alquiler llegó con el depósito rajado y pierde agua",
    },
    "refund": {
        "it": "ho restituito la macchina da tre settimane e il rimborso di {amt} non è mai arrivato",
        "pt": "devolvi a máquina há três semanas e o reembolso de {amt} ainda não chegou",
        "en": "I returned the machine three weeks ago and the {amt} refund never arrived",
        "fr": "j'ai rendu la machine il y a trois semaines et le remboursement de {amt} n'est jamais arrivé",
        "de": "ich habe die Maschine vor drei Wochen zurückgegeben und die {amt} Erstattung fehlt",
        "es": "devolví la cafetera hace tres semanas y el reembolso de {amt} no llega",
    },
    "wrong_price": {
        "it": "sono socia Club e mi avete fatto pagare il prezzo pieno, {amt} invece del prezzo Club",
        "pt": "sou sócio Club e cobraram o preço normal, {amt} em vez do preço Club",
        "en": "I'm a Club member and was charged the full price, {amt} instead of the Club rate",
        "fr": "je suis membre Club et j'ai payé le plein tarif, {amt} au lieu du prix Club",
        "de": "ich bin Club-Mitglied und habe den vollen Preis bezahlt, {amt} statt Club-Preis",
        "es": "soy socia Club y me cobrasteis el precio normal, {amt} en vez del precio Club",
    },
    "cancel_fee": {
        "it": "ho messo in pausa l'abbonamento per le ferie e mi avete addebitato {amt} di penale",
        "pt": "pus a assinatura em pausa nas férias e cobraram {amt} de penalização",
        "en": "I paused my subscription for the holidays and got a {amt} pause fee",
        "fr": "j'ai mis l'abonnement en pause pour les vacances et vous m'avez facturé {amt} de frais",
        "de": "ich habe das Abo für den Urlaub pausiert und {amt} Gebühr bezahlt",
        "es": "pausé la suscripción por vacaciones y me cobrasteis {amt} de penalización",
    },
}

PROBLEM_AMOUNT = {
    "no_show": 24.90,
    "double_charge": 24.90,
    "damage": 22.0,
    "refund": 120.0,
    "wrong_price": 29.90,
    "cancel_fee": 9.90,
}

TOPIC_WORD: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "scatola mai arrivata",
        "pt": "caixa não entregue",
        "en": "box never arrived",
        "fr": "box jamais reçue",
        "de": "Box nie angekommen",
        "es": "caja no entregada",
    },
    "double_charge": {
        "it": "doppio addebito",
        "pt": "cobrança dupla",
        "en": "double charge",
        "fr": "double prélèvement",
        "de": "doppelte Abbuchung",
        "es": "cobro doble",
    },
    "damage": {
        "it": "macchina danneggiata",
        "pt": "máquina danificada",
        "en": "damaged machine",
        "fr": "machine abîmée",
        "de": "beschädigte Maschine",
        "es": "cafetera dañada",
    },
    "refund": {
        "it": "rimborso mancante",
        "pt": "reembolso em falta",
        "en": "missing refund",
        "fr": "remboursement manquant",
        "de": "fehlende Erstattung",
        "es": "reembolso pendiente",
    },
    "wrong_price": {
        "it": "prezzo Club non applicato",
        "pt": "preço Club errado",
        "en": "Club price not applied",
        "fr": "prix Club non appliqué",
        "de": "Club-Preis fehlt",
        "es": "precio Club no aplicado",
    },
    "cancel_fee": {
        "it": "penale pausa",
        "pt": "taxa de pausa",
        "en": "pause fee",
        "fr": "frais de pause",
        "de": "Pausengebühr",
        "es": "penalización por pausa",
    },
}

COMPLAINT_SUBJECT = {
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
}

CASE_SUBJECT = {
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
}

ANGRY_EMAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno, {p}. Non è accettabile, pago ogni mese puntuale. Voglio una soluzione OGGI.",
        "Salve, vi scrivo perché {p}. Sono cliente da due anni e sono davvero delusa. Aspetto risposta.",
    ],
    "pt": [
        "Bom dia, {p}. Isto não é aceitável, pago todos os meses a horas. Quero uma solução HOJE.",
        "Olá, escrevo porque {p}. Sou cliente há dois anos e estou muito desiludida. Aguardo resposta.",
    ],
    "en": ["Hello, {p}. This is not acceptable, I pay every month on time. Please sort it TODAY."],
    "fr": [
        "Bonjour, {p}. Ce n'est pas acceptable, je paie chaque mois. Je veux une solution AUJOURD'HUI."
    ],
    "de": [
        "Guten Tag, {p}. Das geht so nicht, ich zahle jeden Monat pünktlich. Bitte HEUTE klären."
    ],
    "es": ["Hola, {p}. No es aceptable, pago cada mes puntualmente. Quiero una solución HOY."],
}

LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mio padre, che da quando è caduto ha bisogno di me tre volte a settimana, quindi perdonate se sarò un po' disordinata. Il caffè la mattina è l'unico momento mio della giornata e per questo avevo scelto voi. Ebbene, {p}. Ho già perso mezz'ora ieri sera a cercare un numero di telefono sul sito.\n\nVi chiedo di sistemare la cosa entro questa settimana e di rispondermi per iscritto.\n\nCordiali saluti",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo do carro, à porta da escola de música da minha filha, porque é o único bocado livre que tenho entre o trabalho e as obras da casa da minha avó. Sou cliente há bastante tempo e sempre recomendei a Tostiva aos colegas. Mas desta vez {p}. Já tentei resolver pela app e não consegui nada.\n\nPeço que tratem disto esta semana e me respondam por escrito.\n\nCumprimentos",
    ],
    "en": [
        "Dear Tostiva,\n\nI'm writing this on the train home, between two calls about my mum's care home move, so forgive the tone. I have recommended you to half the office. However, {p}. I tried the app twice and got nowhere.\n\nPlease fix this this week and reply in writing.\n\nKind regards"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du pédiatre, avec les jumeaux sur les genoux. Je suis cliente depuis longtemps et j'ai toujours été contente. Mais cette fois {p}. L'appli ne m'a servi à rien.\n\nMerci de régler cela cette semaine et de me répondre par écrit.\n\nCordialement"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus der Mittagspause auf der Baustelle meines Bruders, deshalb kurz und ohne Schnörkel. Ich war immer zufrieden und habe Sie weiterempfohlen. Aber {p}. Über die App ging nichts.\n\nBitte klären Sie das diese Woche und antworten Sie schriftlich.\n\nMit freundlichen Grüßen"
    ],
    "es": [
        "Buenas tardes,\n\nos escribo desde la puerta del colegio esperando a los niños, que es el único rato que tengo. Soy clienta desde hace años y os he recomendado a todo el mundo. Pero esta vez {p}. Por la app no hay manera.\n\nOs pido que lo arregléis esta semana y me contestéis por escrito.\n\nUn saludo"
    ],
}

CHAT_ANGRY: dict[str, list[str]] = {
    "it": ["ma è possibile?? {p}", "ciao, {p}. mi spiegate cosa succede??"],
    "pt": ["a sério?? {p}", "olá, {p}. alguém me explica o que se passa??"],
    "en": ["seriously?? {p}"],
    "fr": ["sérieusement ?? {p}"],
    "de": ["im Ernst?? {p}"],
    "es": ["¿en serio?? {p}"],
}

SOCIAL_ANGRY: dict[str, list[str]] = {
    "it": [
        "Tostiva complimenti davvero: {p}. Nessuno risponde 😡",
        "{p}. Grazie Tostiva, bella sorpresa",
    ],
    "pt": ["Tostiva, parabéns: {p}. Ninguém responde 😡", "{p}. Obrigadinha Tostiva"],
    "en": ["Cheers Tostiva: {p}. Nobody answers 😡"],
    "fr": ["Bravo Tostiva : {p}. Personne ne répond 😡"],
    "de": ["Danke Tostiva: {p}. Niemand antwortet 😡"],
    "es": ["Gracias Tostiva: {p}. Nadie contesta 😡"],
}

FORM_ANGRY: dict[str, str] = {
    "it": "{p}. Chiedo che venga risolto subito.",
    "pt": "{p}. Peço que resolvam já.",
    "en": "{p}. Please resolve this now.",
    "fr": "{p}. Merci de régler ça tout de suite.",
    "de": "{p}. Bitte sofort klären.",
    "es": "{p}. Pido que lo resolváis ya.",
}

CALL_ANGRY: dict[str, str] = {
    "it": "sì buongiorno chiamo perché {p} e sono molto arrabbiata vorrei sapere cosa fate",
    "pt": "sim bom dia estou a ligar porque {p} e estou muito chateado quero saber o que vão fazer",
    "en": "yeah hi I'm calling because {p} and I'm really not happy what are you going to do",
    "fr": "oui bonjour j'appelle parce que {p} et je suis vraiment pas content qu'est-ce que vous faites",
    "de": "ja hallo ich rufe an weil {p} und ich bin echt sauer was machen Sie jetzt",
    "es": "sí hola llamo porque {p} y estoy muy enfadada qué vais a hacer",
}

CASE_OPENED: dict[str, str] = {
    "it": "Ci dispiace molto. Abbiamo aperto la segnalazione {case} e la seguiamo noi: ti aggiorniamo entro 48 ore.",
    "pt": "Lamentamos muito. Abrimos o pedido {case} e vamos acompanhá-lo: damos notícias em 48 horas.",
    "en": "We're very sorry. We've opened case {case} and will update you within 48 hours.",
    "fr": "Nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 48 heures.",
    "de": "Das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 48 Stunden.",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {case} y te informamos en 48 horas.",
}

QUALITY_LEAD: dict[str, str] = {
    "it": "La segnalazione {case} è ora nelle mani della nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "O pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
    "en": "Case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "La demande {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "es": "La incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}

GOOD_NEWS: dict[str, str] = {
    "it": "Buone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Ci confermi che ora è a posto?",
    "pt": "Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar que ficou tudo bem?",
    "en": "Good news on case {case}: it's sorted. Could you confirm everything is fine now?",
    "fr": "Bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer que tout va bien ?",
    "de": "Gute Nachricht zu Vorgang {case}: erledigt. Können Sie bestätigen, dass alles passt?",
    "es": "Buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos confirmas que todo está bien?",
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, la segnalazione {case} è risolta. Grazie!",
        "tutto a posto per {case}, grazie della pazienza",
    ],
    "pt": [
        "Confirmo, o pedido {case} ficou resolvido. Obrigada!",
        "tudo certo com o {case}, obrigado pela paciência",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks!"],
    "fr": ["Je confirme, la demande {case} est réglée. Merci !"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "es": ["Confirmado, la incidencia {case} está resuelta. ¡Gracias!"],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per ieri, ero furiosa e me la sono presa con voi. Grazie per aver risolto così in fretta"
    ],
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo irritada. Obrigada por resolverem tão depressa"
    ],
    "en": ["Sorry for yesterday's message, I was fuming. Thanks for sorting it so fast"],
    "fr": ["Désolée pour mon message d'hier, j'étais énervée. Merci d'avoir réglé ça si vite"],
    "de": ["Sorry für gestern, ich war echt geladen. Danke, dass das so schnell ging"],
    "es": ["Perdón por lo de ayer, estaba muy enfadada. Gracias por arreglarlo tan rápido"],
}

LOW_CSAT_WORDS: dict[str, list[str]] = {
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
}

LOW_NPS_WORDS: dict[str, list[str]] = {
    "it": ["Così non va", "deluso", ""],
    "pt": ["Assim não", "desiludida", ""],
    "en": ["Not like this", ""],
    "fr": ["Pas comme ça", ""],
    "de": ["So nicht", ""],
    "es": ["Así no", ""],
}

REPEAT_2: dict[str, list[str]] = {
    "it": [
        "Segnalazione {case}: ancora niente. {p}, e nessuno mi ha richiamata.",
        "di nuovo io, {case}. è ancora aperta e {p}",
    ],
    "pt": [
        "Pedido {case}: ainda nada. {p}, e ninguém me ligou.",
        "outra vez eu, {case}. continua aberto e {p}",
    ],
    "en": ["Case {case}: still nothing. {p} and no one has called me."],
    "fr": ["Demande {case} : toujours rien. {p} et personne ne m'a rappelée."],
    "de": ["Vorgang {case}: immer noch nichts. {p} und keiner ruft zurück."],
    "es": ["Incidencia {case}: sigo igual. {p} y nadie me ha llamado."],
}

REPEAT_3: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per {case}, ancora aperta. Una collega prende il caffè da {comp} e lì risolvono in giornata.",
        "{case} per la TERZA volta. Ho guardato quanto costa {comp}...",
    ],
    "pt": [
        "Terceira vez que escrevo sobre o {case}, continua aberto. Uma colega compra à {comp} e lá resolvem no próprio dia.",
        "{case} pela TERCEIRA vez. Já fui ver quanto cobra a {comp}...",
    ],
    "en": [
        "Third time about {case}, still open. A colleague gets hers from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour la demande {case}, toujours ouverte. Une collègue passe par {comp}, eux règlent ça dans la journée."
    ],
    "de": [
        "Zum dritten Mal wegen {case}, immer noch offen. Eine Kollegin bestellt bei {comp}, die lösen sowas am selben Tag."
    ],
    "es": [
        "Tercera vez por la incidencia {case}, sigue abierta. Una compañera compra en {comp} y allí lo resuelven en el día."
    ],
}

REPEAT_4: dict[str, list[str]] = {
    "it": ["QUARTA volta. {case}. Ancora aperta. Basta."],
    "pt": ["QUARTA vez. {case}. Continua aberto. Chega."],
    "en": ["FOURTH time. {case}. Still open. Enough."],
    "fr": ["QUATRIÈME fois. {case}. Toujours ouvert. Ça suffit."],
    "de": ["VIERTES Mal. {case}. Immer noch offen. Es reicht."],
    "es": ["CUARTA vez. {case}. Sigue abierta. Ya está bien."],
}

URGENT_REPLY: dict[str, str] = {
    "it": "Aggiunto alla segnalazione {case} e segnato come urgente.",
    "pt": "Acrescentado ao pedido {case} e marcado como urgente.",
    "en": "Added to case {case} and marked urgent.",
    "fr": "Ajouté à la demande {case}, marqué urgent.",
    "de": "Zu Vorgang {case} hinzugefügt und als dringend markiert.",
    "es": "Añadido a la incidencia {case} y marcado como urgente.",
}

# The slow churner's six steps, from mild to gone.
SLIDE: dict[str, list[str]] = {
    "it": [
        "La scatola questo mese è arrivata con quattro giorni di ritardo, senza avviso. Peccato",
        "Il Porto di questo mese sa di vecchio, data di tostatura di sei settimane fa. Non è da Tostiva",
        "Per cambiare il giorno di consegna ora serve chiamare, la app non lo fa più. Mah",
        "Terza scatola di fila in ritardo e la macchina a noleggio fa un caffè acquoso. Tostiva sta peggiorando",
        "ADESSO mi chiedete 35 € di 'spese di gestione' per la visita di decalcificazione inclusa nel noleggio. Ridicolo",
        "Mio cognato prende tutto da {comp}, gli ho chiesto il link. Il prossimo pacco lo ordino lì",
    ],
    "pt": [
        "A caixa deste mês chegou com quatro dias de atraso e sem aviso. Pena",
        "O Porto deste mês sabe a velho, torrado há seis semanas. Não é costume da Tostiva",
        "Agora para mudar o dia de entrega é preciso ligar, a app já não deixa. Enfim",
        "Terceira caixa seguida atrasada e a máquina alugada faz café aguado. A Tostiva está a piorar",
        "AGORA pedem-me 35 € de 'taxa de gestão' pela descalcificação incluída no aluguer. Ridículo",
        "O meu cunhado compra tudo na {comp}, já lhe pedi o link. A próxima encomenda faço lá",
    ],
    "en": [
        "Box came four days late this month, no heads up. Shame",
        "This month's Porto tastes stale, roasted six weeks ago. Not like Tostiva",
        "You now have to ring to change the delivery day, the app won't do it. Hmm",
        "Third late box in a row and the rented machine makes watery coffee. Tostiva is slipping",
        "And NOW a £30 'handling fee' for the descaling visit that's included in the rental. Ridiculous",
        "My brother-in-law gets everything from {comp}, asked him for the link. Next order goes there",
    ],
    "fr": [
        "La box est arrivée avec quatre jours de retard ce mois-ci, sans prévenir. Dommage",
        "Le Porto du mois a un goût de vieux, torréfié il y a six semaines. Pas du Tostiva",
        "Pour changer le jour de livraison il faut appeler maintenant, l'appli ne le fait plus. Bof",
        "Troisième box en retard d'affilée et la machine louée fait un café aqueux. Tostiva se dégrade",
        "Et MAINTENANT 35 € de 'frais de gestion' pour le détartrage inclus dans la location. Ridicule",
        "Mon beau-frère prend tout chez {comp}, je lui ai demandé le lien. La prochaine commande, ce sera là-bas",
    ],
    "de": [
        "Box kam diesen Monat vier Tage zu spät, ohne Bescheid. Schade",
        "Der Porto diesen Monat schmeckt alt, sechs Wochen alte Röstung. Nicht Tostiva-like",
        "Liefertag ändern geht jetzt nur noch per Anruf, die App kann es nicht mehr. Naja",
        "Dritte verspätete Box in Folge und die Mietmaschine macht wässrigen Kaffee. Tostiva wird schlechter",
        "Und JETZT 35 € 'Bearbeitungsgebühr' für die Entkalkung, die in der Miete drin ist. Lächerlich",
        "Mein Schwager bestellt alles bei {comp}, hab mir den Link geben lassen. Die nächste Bestellung geht dahin",
    ],
    "es": [
        "La caja llegó con cuatro días de retraso este mes, sin avisar. Una pena",
        "El Porto de este mes sabe a viejo, tostado hace seis semanas. No es propio de Tostiva",
        "Ahora para cambiar el día de entrega hay que llamar, la app ya no deja. En fin",
        "Tercera caja seguida con retraso y la cafetera de alquiler hace café aguado. Tostiva va a peor",
        "Y AHORA 35 € de 'gastos de gestión' por la descalcificación incluida en el alquiler. Ridículo",
        "Mi cuñado compra todo en {comp}, ya le he pedido el enlace. El próximo pedido lo hago allí",
    ],
}

LEAVE: dict[str, list[str]] = {
    "it": [
        "Buongiorno, ci trasferiamo in Giappone per lavoro di mio marito a fine mese. Vorrei disdire il Club e chiudere l'account, grazie di tutto.",
        "Salve, il medico mi ha vietato la caffeina, quindi vorrei disdire l'abbonamento Club e chiudere l'account. Grazie",
    ],
    "pt": [
        "Bom dia, vamos emigrar para o Canadá no próximo mês. Queria cancelar o Club e fechar a conta. Obrigada por tudo.",
        "Olá, o médico proibiu-me a cafeína, por isso quero cancelar a assinatura Club e fechar a conta. Obrigado",
    ],
    "en": [
        "Hi, we're moving to Singapore with work next month, so please cancel my Club and close the account. Thanks for everything."
    ],
    "fr": [
        "Bonjour, mon médecin m'a interdit la caféine, je souhaite résilier le Club et fermer mon compte. Merci"
    ],
    "de": [
        "Hallo, wir ziehen nächsten Monat nach Kanada. Bitte Club kündigen und Konto schließen. Danke für alles."
    ],
    "es": [
        "Hola, el médico me ha quitado la cafeína, quiero cancelar el Club y cerrar la cuenta. Gracias"
    ],
}

LEAVE_REPLY: dict[str, str] = {
    "it": "Ci dispiace vederti andare via. Puoi disdire da solo nella app o sul sito, alla voce Club > Disdici.",
    "pt": "Lamentamos vê-lo partir. Pode cancelar na app ou no site, em Club > Cancelar.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website under Club > Cancel.",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Club > Résilier.",
    "de": "Schade, dass Sie gehen. Sie können in der App oder auf der Website unter Club > Kündigen selbst kündigen.",
    "es": "Sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web, en Club > Cancelar.",
}

GRUMBLES: dict[str, list[str]] = {
    "it": [
        "la app di Tostiva mi fa il logout ogni volta. ogni volta.",
        "Le buste da 1 kg non si richiudono, il caffè prende aria. Da anni lo dico",
        "Il corriere di Tostiva suona alle 7 del mattino. Di sabato.",
        "Ancora nessun avviso quando cambia l'orario di consegna. Bravi",
        "Il tecnico arriva sempre nella fascia 8-18. Grazie tante eh",
    ],
    "pt": [
        "a app da Tostiva faz logout sempre que abro. sempre.",
        "Os sacos de 1 kg não fecham, o café apanha ar. Digo isto há anos",
        "O estafeta da Tostiva toca às 7 da manhã. Ao sábado.",
        "Continua sem haver aviso quando muda a hora de entrega. Boa",
        "O técnico vem sempre 'entre as 8 e as 18'. Obrigadinho",
    ],
    "en": [
        "The Tostiva app logs me out every single time",
        "Still no warning when the delivery slot changes. Great",
    ],
    "fr": [
        "L'appli Tostiva me déconnecte à chaque fois",
        "Toujours aucun avertissement quand le créneau change",
    ],
    "de": [
        "Die Tostiva-App loggt mich jedes Mal aus",
        "Immer noch keine Info, wenn sich das Lieferfenster ändert",
    ],
    "es": [
        "La app de Tostiva me cierra la sesión cada vez",
        "Sigue sin avisar cuando cambia la franja de entrega",
    ],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Consegna 'express' alle 21:40, giusto in tempo per il caffè della buonanotte 👏",
        "Il tecnico ha decalcificato così bene che ora la macchina fa tè 😂",
    ],
    "pt": [
        "Entrega 'expresso' às 21h40, mesmo a tempo do café antes de dormir 👏",
        "O técnico descalcificou tão bem que agora a máquina faz chá 😂",
    ],
    "en": ["'Express' delivery at 9:40pm, just in time for a bedtime espresso 👏"],
    "fr": ["Livraison 'express' à 21h40, pile pour l'espresso du coucher 👏"],
    "de": ["'Express'-Lieferung um 21:40, genau rechtzeitig für den Gute-Nacht-Espresso 👏"],
    "es": ["Entrega 'exprés' a las 21:40, justo para el espresso antes de dormir 👏"],
}

MILD_GRUMBLES: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "la ricerca nel negozio mi mostra solo il decaffeinato, strano",
            "Grazie della segnalazione, lo giriamo al team del sito.",
        )
    ],
    "pt": [
        (
            "as notificações da app chegam em inglês, não sei porquê",
            "Obrigado, já passámos ao equipa da app.",
        )
    ],
    "en": [("shop search only shows decaf for me, odd", "Thanks, passed on to the web team.")],
    "fr": [
        (
            "la recherche du site n'affiche que le décaféiné, bizarre",
            "Merci, transmis à l'équipe du site.",
        )
    ],
    "de": [
        (
            "die Shop-Suche zeigt mir nur Entkoffeiniertes, komisch",
            "Danke, ist ans Web-Team weitergegeben.",
        )
    ],
    "es": [
        (
            "el buscador de la tienda solo me enseña descafeinado, raro",
            "Gracias, lo pasamos al equipo web.",
        )
    ],
}

# The spike: Saturday 14 November 2026. The app's new "brew journal" made every
# private journal public on the community shop pages under the customer's full name;
# deleting an entry fails with JRN-77-P.
SPIKE_ERR = "JRN-77-P"

SPIKE: dict[str, list[str]] = {
    "it": [
        "Tostiva il mio diario del caffè privato è PUBBLICO sulla pagina della Huila con nome e cognome!! provo a cancellarlo e dà errore JRN-77-P",
        "ma che succede? le mie note private del diario (orari, 'caffè dopo la lite con mio marito'...) si vedono sul sito col mio nome. cancellare = JRN-77-P",
        "Aiuto: il diario Tostiva ora è pubblico per tutti, e non si può cancellare nulla, errore JRN-77-P. Toglietelo SUBITO",
    ],
    "pt": [
        "Tostiva o meu diário de café privado está PÚBLICO na página do Minas com o meu nome completo!! tento apagar e dá erro JRN-77-P",
        "o que é isto? as minhas notas privadas do diário aparecem no site com o meu nome. apagar dá JRN-77-P",
        "Socorro, o diário da Tostiva ficou público para toda a gente e não consigo apagar nada, erro JRN-77-P. Tirem isso JÁ",
    ],
    "en": [
        "Tostiva my private brew journal is now PUBLIC on the Porto page with my full name. Delete gives error JRN-77-P"
    ],
    "fr": [
        "Tostiva mon journal de dégustation privé est PUBLIC sur la page du Huila avec mon nom complet ! supprimer = erreur JRN-77-P"
    ],
    "de": [
        "Tostiva, mein privates Kaffeetagebuch steht ÖFFENTLICH auf der Porto-Seite mit vollem Namen! Löschen geht nicht, Fehler JRN-77-P"
    ],
    "es": [
        "Tostiva mi diario de café privado está PÚBLICO en la página del Huila con mi nombre completo. Borrar da error JRN-77-P"
    ],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "it": [
        "Ancora pubblico, ancora JRN-77-P. Ho provato anche dal computer, niente",
        "scrivo di nuovo: il mio diario è ANCORA visibile a tutti, JRN-77-P anche dal telefono di mio figlio",
    ],
    "pt": [
        "Continua público, continua JRN-77-P. Tentei no computador, nada",
        "escrevo outra vez: o diário CONTINUA visível, JRN-77-P também no telemóvel do meu marido",
    ],
    "en": ["Still public, still JRN-77-P, tried on the laptop too"],
    "fr": ["Toujours public, toujours JRN-77-P, même depuis l'ordinateur"],
    "de": ["Immer noch öffentlich, immer noch JRN-77-P, auch am Laptop"],
    "es": ["Sigue público, sigue JRN-77-P, también desde el ordenador"],
}

SPIKE_CHAT_REPLY: dict[str, str] = {
    "it": "Sì, i diari risultano visibili per un errore dell'aggiornamento di stamattina, li stiamo nascondendo tutti ora.",
    "pt": "Sim, os diários ficaram visíveis por um erro da atualização desta manhã, estamos a escondê-los todos agora.",
    "en": "Yes, journals became visible after this morning's update; we're hiding them all right now.",
    "fr": "Oui, les journaux sont visibles à cause de la mise à jour de ce matin, nous les masquons tous maintenant.",
    "de": "Ja, die Tagebücher sind seit dem Update heute früh sichtbar, wir blenden gerade alle aus.",
    "es": "Sí, los diarios quedaron visibles por la actualización de esta mañana, los estamos ocultando todos ahora.",
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Dalle {time} tutti i diari sono di nuovo privati e le pagine pubbliche sono state ripulite. Ci scusiamo: un mese di Club è gratis.",
    "pt": "Desde as {time} todos os diários voltaram a ser privados e as páginas públicas foram limpas. Pedimos desculpa: um mês de Club é por nossa conta.",
    "en": "Since {time} every journal is private again and the public pages are cleaned. We're sorry: a month of Club is on us.",
    "fr": "Depuis {time} tous les journaux sont de nouveau privés et les pages publiques nettoyées. Désolés : un mois de Club offert.",
    "de": "Seit {time} sind alle Tagebücher wieder privat und die öffentlichen Seiten bereinigt. Entschuldigung: ein Monat Club geht auf uns.",
    "es": "Desde las {time} todos los diarios vuelven a ser privados y las páginas públicas están limpias. Perdón: un mes de Club gratis.",
}

LONE_QUESTION: dict[str, tuple[str, str]] = {
    "it": (
        "ciao, nel diario del caffè c'è un nuovo pulsante 'condividi'. se non lo tocco resta privato vero?",
        "Esatto, il diario resta privato finché non tocchi 'condividi'.",
    ),
    "pt": (
        "olá, apareceu um botão 'partilhar' no diário. se não carregar fica privado, certo?",
        "Certo, o diário fica privado enquanto não carregar em 'partilhar'.",
    ),
}

GRUMBLE_SPIKE_WEEK: dict[str, tuple[str, str]] = {
    "it": (
        "la pagina del Club ci mette un'eternità a caricare stamattina",
        "Grazie, c'era un rallentamento, ora dovrebbe andare.",
    ),
    "pt": (
        "a página do Club está lentíssima hoje de manhã",
        "Obrigado, houve uma lentidão, já deve estar normal.",
    ),
}
