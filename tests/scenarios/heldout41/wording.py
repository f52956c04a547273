# ruff: noqa: E501
"""Hand-written consumer wording for heldout41 (Botiqa: online pharmacy by app).

Placeholders: {brand}, {ref} (case reference), {comp} (a competitor), {agent},
{amount} / {amount2} (money in the customer's market), {product}, {first} (the
customer's first name), {code} (the spike's error code), {fixed} (local time).
"""

from __future__ import annotations

BRAND = "Botiqa"
COMPETITORS = ("Medivra", "Pharlune")
LANGS = ("pt", "fr", "en", "es", "it", "de")

AGENTS: dict[str, list[str]] = {
    "pt": ["Inês (apoio Botiqa)", "Rui, farmacêutico Botiqa", "Patrícia - Apoio ao Cliente"],
    "fr": [
        "Camille, service client Botiqa",
        "Julien (pharmacien Botiqa)",
        "Sandrine - Relation clients",
    ],
    "en": ["Hannah, Botiqa support", "Owen (Botiqa pharmacist)"],
    "es": ["Lucía, atención al cliente Botiqa", "Marcos (farmacéutico Botiqa)"],
    "it": ["Marta, assistenza Botiqa", "Davide (farmacista Botiqa)"],
    "de": ["Jonas, Botiqa Kundenservice", "Miriam (Apothekerin, Botiqa)"],
}

# (label, price in EUR); labels in English / Portuguese whatever the market.
PRODUCTS: list[tuple[str, float]] = [
    ("Botiqa Plus monthly / Botiqa Plus mensal", 6.90),
    ("Botiqa Plus yearly / Botiqa Plus anual", 69.00),
    ("Sunscreen SPF50 / Protetor solar FPS50", 17.40),
    ("Vitamin D3 drops / Vitamina D3 gotas", 9.85),
    ("Ear thermometer / Termómetro auricular", 32.90),
    ("Infant formula 800 g / Leite infantil 800 g", 24.60),
    ("Blood pressure monitor / Medidor de tensão", 54.00),
    ("Thermal water spray / Água termal spray", 11.20),
    ("Travel first-aid pouch / Bolsa primeiros socorros", 19.90),
    ("Nasal saline 30 vials / Soro fisiológico 30 unid.", 5.95),
    ("Prescription order / Encomenda com receita", 38.70),
    ("Magnesium 60 tabs / Magnésio 60 comp.", 13.50),
]

PAGES = [
    "/prescriptions",
    "/plus",
    "/orders",
    "/lockers",
    "/skincare",
    "/baby",
    "/help/delivery",
    "/vitamins",
    "/pharmacist-chat",
    "/offers",
]

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Encomendei as gotas da miúda às 10h e às 12h30 já estavam cá em casa. {brand} salvou-me a manhã 🙏",
        "A farmacêutica do chat da {brand} explicou-me tudo sobre o antibiótico com uma paciência enorme. Assim sim!",
        "Receita eletrónica lida em 2 segundos, pagamento, entrega no cacifo ao lado do trabalho. Perfeito {brand}",
        "Não conhecia e fiquei fã, entrega rapidíssima e tudo bem embalado. Obrigada {brand}",
        "o estafeta da {brand} ainda me ligou a dizer que estava a chegar, 5 estrelas pra ele",
        "Com dois miúdos doentes em casa ter a farmácia a vir até mim é ouro. Obrigado {brand}!",
    ],
    "fr": [
        "Ordonnance scannée à 9h, médicaments livrés avant midi. Franchement {brand} c'est le top 👌",
        "Merci à la pharmacienne du chat {brand} qui a vérifié l'interaction avec mon traitement, super pro",
        "Livraison dans le casier de la gare, récupéré en rentrant du boulot, nickel. Merci {brand}",
        "Je n'y croyais pas trop mais {brand} livre vraiment en 2h, même un samedi !",
        "colis bien emballé, notice en français, rien à redire. bravo {brand}",
        "Avec un bébé malade à 22h ça change la vie de pouvoir commander chez {brand} et être livrée le matin ❤️",
    ],
    "en": [
        "Ordered my inhaler refill at lunch, it was at the door by 3. Well done {brand}",
        "The pharmacist on the {brand} chat sorted my question in five minutes, properly helpful",
        "Picked up from the locker at the station on my way home, dead easy. Cheers {brand} 👍",
    ],
    "es": [
        "Pedí el jarabe para la peque y en dos horas lo tenía en casa. Gracias {brand}!!",
        "La farmacéutica del chat de {brand} me lo explicó todo con mucha paciencia, así da gusto",
        "Receta leída al momento y entrega en la taquilla del metro. Muy bien {brand}",
    ],
    "it": [
        "Ordinato lo sciroppo per il bimbo alle 9, arrivato prima di pranzo. Grazie {brand}!",
        "La farmacista della chat {brand} gentilissima, mi ha spiegato tutto sul dosaggio",
        "Ritiro nel locker sotto l'ufficio, comodissimo. Brava {brand} 👏",
    ],
    "de": [
        "Rezept um 8 hochgeladen, um 11 war alles da. Danke {brand}, das war heute echt Gold wert",
        "Die Apothekerin im {brand}-Chat hat sich richtig Zeit genommen, super Beratung",
        "Abholung im Schließfach am Bahnhof hat problemlos geklappt 👍 {brand}",
    ],
}

AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira encomenda este mês e terceira vez que chega antes da hora marcada. {brand} continua impecável",
        "Outra vez a mesma estafeta simpática, outra vez tudo certinho. Continuem assim {brand}",
    ],
    "fr": [
        "Encore une livraison en avance, c'est la troisième fois d'affilée. {brand} toujours au rendez-vous",
        "Toujours la même pharmacienne au chat et toujours aussi claire, merci encore {brand}",
    ],
    "en": ["Third order this month and third time it came early. {brand} still spot on"],
    "es": ["Otra vez en menos de dos horas, y ya van tres. {brand} sigue igual de bien"],
    "it": ["Terza volta questo mese e di nuovo consegna puntuale. {brand} sempre affidabile"],
    "de": ["Schon wieder pünktlich, zum dritten Mal in Folge. {brand} bleibt top"],
}

GRIPE: dict[str, list[str]] = {
    "pt": [
        "Entrega rápida e tudo certo, só a caixa era enorme para um frasco de vitaminas 😅 de resto 5 estrelas {brand}"
    ],
    "fr": [
        "Très contente de {brand}, juste dommage que le créneau de 8h soit toujours complet. Sinon parfait"
    ],
    "en": [
        "Great service from {brand}, only wish the app remembered my locker. Otherwise faultless"
    ],
    "es": [
        "Todo perfecto con {brand}, solo que la app me pide la dirección cada vez. Por lo demás genial"
    ],
    "it": [
        "Tutto ok con {brand}, solo la scatola un po' esagerata per una crema. Per il resto top"
    ],
    "de": [
        "Alles bestens bei {brand}, nur die Benachrichtigungen könnten weniger sein. Sonst super"
    ],
}

# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Boa tarde, posso levantar a encomenda no cacifo com a carta de condução em vez do cartão de cidadão?",
            "Boa tarde! Sim, no cacifo só precisa do código que recebeu por SMS, não é pedido documento. Bom levantamento!",
        ),
        (
            "ola a receita da minha mae pode ser encomendada na minha conta?",
            "Olá! Pode sim: basta adicionar a sua mãe como membro da família em Perfil > Família e usar o código da receita dela.",
        ),
        (
            "Boa noite, o protetor solar FPS50 dá para bebés de 8 meses?",
            "Olá! Esse não, para bebés temos o FPS50+ pediátrico mineral. Se quiser a farmacêutica pode ligar-lhe a explicar.",
        ),
        (
            "Consigo mudar o horário de entrega depois de pagar?",
            "Consegue sim, até 1 hora antes do início da janela, em Encomendas > Alterar entrega.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux faire livrer à mon bureau et pas à mon domicile ?",
            "Bonjour ! Oui, vous pouvez choisir une autre adresse à chaque commande, dans l'étape Livraison.",
        ),
        (
            "bjr le doliprane enfant est bien en stock ? l'appli dit 'bientôt'",
            "Bonjour ! Il est revenu en stock ce matin, l'affichage de l'appli se met à jour dans l'heure.",
        ),
        (
            "Bonsoir, ma mutuelle rembourse-t-elle les commandes faites chez vous ?",
            "Bonsoir ! Pour les médicaments sur ordonnance, oui : nous transmettons la feuille de soins. Pour la parapharmacie, cela dépend de votre contrat.",
        ),
        (
            "Est ce qu'on peut ajouter un article à une commande déjà validée?",
            "Oui, tant que la commande n'est pas préparée : bouton « Ajouter » dans le suivi de commande.",
        ),
    ],
    "en": [
        (
            "Hi, can my partner pick up my locker parcel if I forward the code?",
            "Hi! Yes, anyone with the code can open the locker. Just don't share it publicly.",
        ),
        (
            "Is the ear thermometer ok for a 2 year old?",
            "Hello! Yes, it's suitable from 6 months. The pharmacist can call you if you'd like a quick walkthrough.",
        ),
    ],
    "es": [
        (
            "Hola, puedo pagar con bizum?",
            "¡Hola! Sí, Bizum está disponible en el último paso del pago.",
        ),
        (
            "Buenas, el pedido se puede recoger en la taquilla hasta qué hora?",
            "¡Buenas! Tiene 72 horas desde el aviso, a cualquier hora.",
        ),
    ],
    "it": [
        (
            "Ciao, posso ordinare per mia nonna con la sua ricetta elettronica?",
            "Ciao! Sì, basta il codice NRE e il codice fiscale della nonna.",
        ),
        (
            "Buongiorno, il locker della stazione è aperto anche di notte?",
            "Buongiorno! Sì, i locker delle stazioni sono accessibili 24 ore su 24.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich das E-Rezept auch per Foto hochladen?",
            "Hallo! Ja, ein Foto des Rezeptcodes reicht, achten Sie nur auf gutes Licht.",
        ),
        (
            "Guten Tag, wie lange bleibt ein Paket im Schließfach?",
            "Guten Tag! Drei Tage ab der Benachrichtigung.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "pt": [
        "Obrigada!",
        "ok muito obrigado",
        "Perfeito, obrigada pela ajuda 🙂",
        "Ah ótimo, obrigado",
    ],
    "fr": [
        "Merci beaucoup !",
        "super merci",
        "Parfait, merci pour la réponse 🙂",
        "Ah d'accord merci",
    ],
    "en": ["Thanks!", "great thank you", "Perfect, cheers"],
    "es": ["Gracias!", "genial muchas gracias", "Perfecto, gracias 🙂"],
    "it": ["Grazie mille!", "perfetto grazie", "Ok grazie 🙂"],
    "de": ["Danke!", "super danke", "Perfekt, vielen Dank 🙂"],
}

# (subject, question, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "Fatura com NIF",
            "Bom dia,\n\nConsegue enviar-me a fatura da última encomenda com o meu NIF? Esqueci-me de o pôr.\n\nCumprimentos",
            "Bom dia,\n\nJá está: a fatura com NIF foi enviada para este e-mail e está também na app em Encomendas.\n\nCom os melhores cumprimentos",
        ),
        (
            "Dúvida sobre o Plus",
            "Olá, o Botiqa Plus inclui as entregas ao sábado? Obrigado",
            "Olá,\n\nSim, o Plus inclui todas as entregas, também ao sábado, sem valor mínimo.\n\nCumprimentos",
        ),
    ],
    "fr": [
        (
            "Facture pour ma mutuelle",
            "Bonjour,\n\nPourriez-vous m'envoyer une facture détaillée de ma commande de la semaine dernière pour ma mutuelle ?\n\nCordialement",
            "Bonjour,\n\nVous la trouverez en pièce jointe et dans l'appli, rubrique Commandes.\n\nBelle journée",
        ),
        (
            "Question abonnement Plus",
            "Bonjour, l'abonnement Plus est-il résiliable à tout moment ? Merci",
            "Bonjour,\n\nOui, sans engagement : il s'arrête à la fin du mois en cours.\n\nCordialement",
        ),
    ],
    "en": [
        (
            "Receipt for my employer",
            "Hello, could I get a VAT receipt for my last order? Thanks",
            "Hello,\n\nAttached, and it's also in the app under Orders.\n\nKind regards",
        )
    ],
    "es": [
        (
            "Factura",
            "Hola, necesito la factura con mi NIF del último pedido. Gracias",
            "Hola,\n\nTe la enviamos adjunta y también la tienes en la app.\n\nUn saludo",
        )
    ],
    "it": [
        (
            "Fattura detrazione",
            "Buongiorno, mi serve lo scontrino parlante con il codice fiscale per la detrazione. Grazie",
            "Buongiorno,\n\nLo trova in allegato e nell'app alla voce Ordini.\n\nCordiali saluti",
        )
    ],
    "de": [
        (
            "Rechnung für die Krankenkasse",
            "Hallo, können Sie mir eine Rechnung für die Krankenkasse schicken? Danke",
            "Hallo,\n\nDie Rechnung finden Sie im Anhang und in der App unter Bestellungen.\n\nFreundliche Grüße",
        )
    ],
}

# (speech-to-text call, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "sim bom dia queria saber se o medidor de tensao que vendem e daqueles de braço ou de pulso porque o meu pai tem dificuldade em pôr no braço",
            "Bom dia,\n\nNa sequência da sua chamada: temos os dois modelos, o de pulso está em Saúde > Tensão arterial. Qualquer dúvida estamos cá.\n\nCumprimentos",
        ),
        (
            "olá boa tarde é só para saber se posso pedir para entregarem na farmácia perto de casa da minha avó em vez de casa dela",
            "Boa tarde,\n\nComo falámos ao telefone, pode escolher a farmácia parceira como ponto de entrega no passo Entrega.\n\nCumprimentos",
        ),
        (
            "boa tarde olhe eu tenho o plus e queria saber se posso pôr o cartão da minha filha também para ela pagar as coisas dela",
            "Boa tarde,\n\nNa sequência da chamada: sim, em Perfil > Pagamentos pode juntar outro cartão e escolher qual usar em cada encomenda.\n\nCumprimentos",
        ),
        (
            "sim olá bom dia queria perguntar se as vacinas da gripe que vendem vêm no frio até casa ou se tenho de ir buscar",
            "Bom dia,\n\nComo falámos: as vacinas vão em caixa refrigerada por estafeta, não vão para cacifos.\n\nCumprimentos",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous livrez aussi le dimanche parce que je travaille toute la semaine",
            "Bonjour,\n\nSuite à votre appel : oui, nous livrons le dimanche de 10h à 18h dans votre ville.\n\nBien cordialement",
        ),
        (
            "allô bonjour c'est pour savoir si ma mère peut payer par chèque à la livraison elle n'a pas de carte",
            "Bonjour,\n\nComme évoqué au téléphone, le paiement se fait en ligne ; un proche peut payer pour elle depuis son compte.\n\nCordialement",
        ),
        (
            "bonjour oui alors je voulais savoir si le casier de la gare il est ouvert aussi la nuit parce que je finis tard",
            "Bonjour,\n\nSuite à votre appel : oui, les casiers des gares sont accessibles 24h/24.\n\nBonne soirée",
        ),
        (
            "oui bonjour madame je vous appelle pour savoir si on peut avoir la carte vitale enregistrée une fois pour toutes",
            "Bonjour,\n\nComme convenu : vous pouvez enregistrer votre carte Vitale dans Profil > Santé, elle sera reprise à chaque commande.\n\nCordialement",
        ),
    ],
    "en": [
        (
            "hi yeah I was just wondering if the lockers take parcels that need to stay in the fridge",
            "Hello,\n\nFollowing your call: fridge items come by courier only, not to lockers.\n\nKind regards",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el tensiómetro viene con pilas o hay que comprarlas aparte",
            "Hola,\n\nComo hablamos, viene con pilas incluidas.\n\nUn saludo",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se il termometro si può usare anche sotto il braccio o solo nell'orecchio",
            "Buongiorno,\n\ncome detto al telefono, quel modello è solo auricolare.\n\nCordiali saluti",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man bei Ihnen auch mit Rechnung zahlen kann",
            "Guten Tag,\n\nwie besprochen: Kauf auf Rechnung ist ab der zweiten Bestellung möglich.\n\nFreundliche Grüße",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "pt": [
        "Rápido, simples e a farmacêutica responde mesmo. Recomendo",
        "Uso há meses para os medicamentos do meu pai, nunca falhou",
    ],
    "fr": [
        "Service rapide et sérieux, les conseils sont de vrais conseils",
        "Pratique pour les ordonnances de mes enfants, je recommande",
    ],
    "en": ["Quick, easy and the pharmacist actually answers. Recommended"],
    "es": ["Rápido y fiable, la farmacéutica contesta de verdad"],
    "it": ["Veloce e affidabile, consigliato"],
    "de": ["Schnell, zuverlässig, gute Beratung"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["Excelente", "tudo ótimo", "👍", "Muito rápido", ""],
    "fr": ["Parfait", "rien à dire", "👍", "Très rapide", ""],
    "en": ["Spot on", "great", "👍", ""],
    "es": ["Genial", "todo bien", "👍", ""],
    "it": ["Ottimo", "tutto bene", "👍", ""],
    "de": ["Top", "alles gut", "👍", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "Saída do turno no hospital às 2h e a encomenda da {brand} à minha espera no cacifo. Obrigada",
        "3 da manhã com a bebé a chorar, encomendei o soro na {brand} e já tenho entrega às 8h. que alívio",
    ],
    "fr": [
        "Fin de service au resto à 1h, je récupère mes médocs au casier {brand} en rentrant. Merci pour ça",
        "Insomnie, commande passée chez {brand}, livraison prévue demain 9h. Pratique 😴",
    ],
    "en": ["Night shift done, picked my parcel from the {brand} locker at 2am. Brilliant"],
    "es": ["Salgo del turno de noche y el pedido de {brand} ya en la taquilla. Gracias"],
    "it": ["Fine turno alle 2 e il pacco {brand} già nel locker. Grazie"],
    "de": ["Nachtschicht vorbei, Paket um 2 Uhr aus dem {brand}-Schließfach geholt. Genial"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Boa noite ainda dá para pedir entrega para amanhã às 8h?",
            "Boa noite! Dá sim, a janela das 8h fecha à meia-noite.",
        ),
        (
            "o meu filho tem febre posso dar o paracetamol que encomendei com o ibuprofeno?",
            "Olá! A farmacêutica de serviço responde: pode alternar, respeitando as doses por peso. Se a febre não baixar, ligue para o SNS 24.",
        ),
    ],
    "fr": [
        (
            "Bonsoir, encore possible de commander pour une livraison demain matin ?",
            "Bonsoir ! Oui, jusqu'à minuit pour le créneau de 8h.",
        ),
        (
            "je ne trouve plus mon code de casier, vous pouvez me le renvoyer ?",
            "Bonsoir ! Je viens de vous le renvoyer par SMS.",
        ),
    ],
    "en": [
        (
            "Hi, still time to order for an 8am delivery?",
            "Hi! Yes, the 8am slot closes at midnight.",
        )
    ],
    "es": [
        ("Hola, todavía puedo pedir para mañana a primera hora?", "¡Hola! Sí, hasta medianoche.")
    ],
    "it": [
        (
            "Ciao, faccio ancora in tempo per la consegna di domattina?",
            "Ciao! Sì, fino a mezzanotte.",
        )
    ],
    "de": [("Hallo, kann ich noch für morgen früh bestellen?", "Hallo! Ja, bis Mitternacht.")],
}

# ---- the six consumer problems: topic (subject) and the customer's own core words

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "encomenda dada como entregue e nunca chegou",
        "fr": "commande marquée livrée jamais reçue",
        "en": "order marked delivered, never arrived",
        "es": "pedido marcado como entregado y no ha llegado",
        "it": "ordine segnato consegnato mai arrivato",
        "de": "Bestellung als zugestellt markiert, nie angekommen",
    },
    "double_charge": {
        "pt": "cobrança em duplicado",
        "fr": "prélèvement en double",
        "en": "charged twice",
        "es": "cobro duplicado",
        "it": "addebito doppio",
        "de": "doppelte Abbuchung",
    },
    "damage": {
        "pt": "encomenda chegou danificada",
        "fr": "colis arrivé abîmé",
        "en": "parcel arrived damaged",
        "es": "pedido llegó roto",
        "it": "pacco arrivato danneggiato",
        "de": "Paket beschädigt angekommen",
    },
    "refund": {
        "pt": "reembolso que não chega",
        "fr": "remboursement toujours pas reçu",
        "en": "refund still not received",
        "es": "reembolso que no llega",
        "it": "rimborso mai arrivato",
        "de": "Erstattung fehlt immer noch",
    },
    "wrong_price": {
        "pt": "cobrado mais do que o preço da promoção",
        "fr": "montant débité supérieur au prix promo",
        "en": "charged more than the offer price",
        "es": "me cobraron más que el precio de la oferta",
        "it": "addebitato più del prezzo in offerta",
        "de": "mehr abgebucht als der Aktionspreis",
    },
    "cancel_fee": {
        "pt": "taxa de cancelamento injusta",
        "fr": "frais d'annulation injustifiés",
        "en": "unfair cancellation fee",
        "es": "cargo por cancelación injusto",
        "it": "penale di cancellazione ingiusta",
        "de": "ungerechtfertigte Stornogebühr",
    },
}

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "pt": [
            "Fiquei em casa a manhã toda à espera da insulina do meu pai, a app diz ENTREGUE às 11:42 e ninguém tocou à campainha. Ninguém.",
            "Tirei meia manhã no trabalho para receber os medicamentos e o estafeta nunca apareceu, mas segundo vocês foi entregue.",
        ],
        "fr": [
            "J'ai attendu toute la matinée l'antibiotique de mon fils, l'appli affiche LIVRÉ à 10h58 et personne n'est passé. Personne.",
            "J'ai posé une demi-journée pour réceptionner mon traitement, le livreur n'est jamais venu et vous me dites que c'est livré.",
        ],
        "en": [
            "I waited in all morning for my dad's insulin, the app says DELIVERED at 11:42 and nobody came to the door."
        ],
        "es": [
            "Me quedé toda la mañana esperando la insulina de mi padre, la app pone ENTREGADO a las 11:42 y aquí no vino nadie."
        ],
        "it": [
            "Ho aspettato tutta la mattina l'insulina di mio padre, l'app dice CONSEGNATO alle 11:42 e non è venuto nessuno."
        ],
        "de": [
            "Ich habe den ganzen Vormittag auf das Insulin meines Vaters gewartet, in der App steht ZUGESTELLT um 11:42 und niemand hat geklingelt."
        ],
    },
    "double_charge": {
        "pt": [
            "A encomenda de {amount} foi cobrada DUAS vezes no cartão e agora fiquei sem saldo para o resto do mês.",
            "Vejo no MB Way dois pagamentos de {amount} para a mesma encomenda, uma só entrega.",
        ],
        "fr": [
            "Ma commande de {amount} a été prélevée DEUX fois et mon compte est passé à découvert, avec les frais de la banque en plus.",
            "Deux débits de {amount} pour une seule commande, je n'ai reçu qu'un colis évidemment.",
        ],
        "en": [
            "My {amount} order was taken TWICE and my card got declined at the supermarket this morning."
        ],
        "es": [
            "Me han cobrado DOS veces el pedido de {amount} y me he quedado sin saldo hasta el día 1."
        ],
        "it": [
            "L'ordine da {amount} mi è stato addebitato DUE volte e la carta è andata in rosso."
        ],
        "de": [
            "Die Bestellung über {amount} wurde ZWEIMAL abgebucht und jetzt ist mein Konto im Minus."
        ],
    },
    "damage": {
        "pt": [
            "O frasco do xarope vinha partido e encharcou tudo, as caixas dos comprimidos e a receita, um nojo pegajoso.",
            "O medidor de tensão chegou com o ecrã rachado e a caixa toda amolgada, claramente atirada.",
        ],
        "fr": [
            "Le flacon de sirop est arrivé cassé, tout le colis était poisseux, les boîtes de médicaments trempées.",
            "Le tensiomètre est arrivé avec l'écran fendu et le carton éventré, il a clairement été jeté.",
        ],
        "en": [
            "The syrup bottle arrived smashed and soaked everything in the bag, tablets boxes included."
        ],
        "es": ["El frasco de jarabe llegó roto y lo empapó todo, cajas de pastillas incluidas."],
        "it": [
            "La bottiglia di sciroppo è arrivata rotta e ha inzuppato tutto, scatole delle medicine comprese."
        ],
        "de": [
            "Die Sirupflasche kam zerbrochen an und alles im Karton war klebrig und durchnässt."
        ],
    },
    "refund": {
        "pt": [
            "Devolvi o leite infantil fechado há quase um mês, vocês confirmaram a receção e o reembolso de {amount} não aparece.",
            "Cancelaram metade da encomenda por falta de stock e os {amount} ainda não voltaram, já lá vão 17 dias.",
        ],
        "fr": [
            "J'ai renvoyé le lait infantile non ouvert il y a presque un mois, vous avez confirmé la réception et toujours pas de remboursement de {amount}.",
            "Vous avez annulé la moitié de ma commande faute de stock et les {amount} ne sont toujours pas revenus, 17 jours après.",
        ],
        "en": [
            "I sent the unopened formula back nearly a month ago, you confirmed it arrived and the {amount} refund still isn't there."
        ],
        "es": [
            "Devolví la leche sin abrir hace casi un mes, confirmasteis que llegó y el reembolso de {amount} sigue sin aparecer."
        ],
        "it": [
            "Ho restituito il latte chiuso quasi un mese fa, avete confermato e il rimborso di {amount} non si vede."
        ],
        "de": [
            "Ich habe die ungeöffnete Babymilch vor fast einem Monat zurückgeschickt, Sie haben den Eingang bestätigt und die {amount} sind immer noch nicht da."
        ],
    },
    "wrong_price": {
        "pt": [
            "O e-mail da promoção dizia protetor solar a {amount} e no cartão foram {amount2}. Ainda tenho o e-mail.",
            "Paguei {amount2} por uma coisa anunciada na vossa newsletter a {amount}, isso tem nome.",
        ],
        "fr": [
            "Votre mail promo annonçait {amount} et on m'a débité {amount2}. J'ai gardé le mail.",
            "Débitée de {amount2} pour un article en promo à {amount} dans votre newsletter, c'est quoi ce tour de passe-passe ?",
        ],
        "en": [
            "Your offer email said {amount} and my card was charged {amount2}. I've still got the email."
        ],
        "es": ["El correo de la oferta decía {amount} y me cobraron {amount2}. Tengo el correo."],
        "it": [
            "La mail dell'offerta diceva {amount} e mi hanno addebitato {amount2}. Ho ancora la mail."
        ],
        "de": [
            "Im Aktions-Newsletter standen {amount}, abgebucht wurden {amount2}. Die Mail habe ich noch."
        ],
    },
    "cancel_fee": {
        "pt": [
            "Foram VOCÊS que cancelaram a entrega por atraso do estafeta e ainda me cobraram {amount} de taxa de cancelamento??",
            "Cancelei a encomenda 5 minutos depois de a fazer, nem estava preparada, e cobraram {amount} de taxa.",
        ],
        "fr": [
            "C'est VOUS qui avez annulé la livraison parce que le livreur était en retard et vous me facturez {amount} de frais d'annulation ??",
            "J'ai annulé cinq minutes après avoir commandé, rien n'était préparé, et je paie {amount} de frais.",
        ],
        "en": [
            "YOU cancelled the delivery because the courier was late and then charged ME a {amount} cancellation fee??"
        ],
        "es": [
            "Fuisteis VOSOTROS los que cancelasteis la entrega por retraso y encima me cobráis {amount} de cancelación??"
        ],
        "it": [
            "Avete cancellato VOI la consegna per il ritardo del corriere e mi addebitate {amount} di penale??"
        ],
        "de": [
            "SIE haben die Lieferung wegen Verspätung storniert und mir dann {amount} Stornogebühr berechnet??"
        ],
    },
}

DEMAND: dict[str, list[str]] = {
    "pt": [
        "Quero isto resolvido hoje.",
        "Exijo uma resposta e o dinheiro de volta.",
        "Estou muito desiludida com vocês.",
    ],
    "fr": [
        "Je veux une solution aujourd'hui.",
        "J'exige une réponse et un remboursement.",
        "Très déçue, sincèrement.",
    ],
    "en": ["I want this sorted today.", "Really disappointed."],
    "es": ["Quiero una solución hoy.", "Estoy harta, de verdad."],
    "it": ["Voglio una soluzione oggi.", "Davvero delusa."],
    "de": ["Ich erwarte heute eine Lösung.", "Echt enttäuschend."],
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "pt": "Reclamação: ",
    "fr": "Réclamation : ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "it": "Reclamo: ",
    "de": "Beschwerde: ",
}
CASE_WORD: dict[str, str] = {
    "pt": "Processo",
    "fr": "Dossier",
    "en": "Case",
    "es": "Expediente",
    "it": "Pratica",
    "de": "Vorgang",
}
REPLY_PREFIX: dict[str, list[str]] = {
    "pt": ["RE:", "Re:", "RES:"],
    "fr": ["RE :", "Re:", "TR:"],
    "en": ["Re:", "RE:"],
    "es": ["RE:", "RV:"],
    "it": ["R:", "Re:"],
    "de": ["AW:", "Aw:"],
}

LONG_EMAIL: dict[str, list[str]] = {
    "pt": [
        "Boa tarde,\n\nEscrevo-vos da sala de espera do centro de saúde, onde estou há uma hora com a minha mãe, por isso perdoem algum erro. Sou cliente há quase dois anos, tenho o Plus e sempre recomendei a {brand} às colegas da escola. Ontem aconteceu uma coisa que não posso deixar passar. {core} Liguei e disseram-me para esperar 48 horas. A minha mãe tem 81 anos, não pode esperar 48 horas. {demand}\n\nSem mais,\n{first}",
        "Exmos. Senhores,\n\nNão costumo fazer reclamações, e até gosto do serviço, mas esta semana tem sido difícil: o carro avariou, o meu filho esteve com gripe e ainda isto. {core} Fiz tudo pela app como sempre. Agradeço que me digam o que vão fazer.\n\n{demand}\n\nObrigada pela atenção,\n{first}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le train du retour, pardon pour la forme. Je suis cliente depuis l'ouverture du service dans ma ville, abonnée Plus, et j'ai toujours parlé de {brand} autour de moi, à la crèche comme au bureau. Mais là je ne comprends pas. {core} Au téléphone on m'a dit de patienter 48h. Ce n'est pas possible pour un traitement. {demand}\n\nCordialement,\n{first}",
        "Madame, Monsieur,\n\nJe prends le temps d'écrire car je pense que vous devez le savoir. Mon mari est opéré la semaine prochaine, nous avons deux enfants et nous comptions sur vous pour nous simplifier la vie. {core} J'attends une réponse écrite.\n\n{demand}\n\nBien à vous,\n{first}",
    ],
    "en": [
        "Hello,\n\nI'm typing this in the car outside my dad's care home, so apologies if it's a bit scrappy. I've used {brand} for over a year, I pay for Plus and I've told half my friends about it. {core} I was told on the phone to wait 48 hours, which is not an option with medication. {demand}\n\nRegards,\n{first}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde la sala de espera del médico, perdonad las faltas. Soy clienta desde hace más de un año y siempre os he recomendado. {core} Me dijeron por teléfono que esperara 48 horas. {demand}\n\nUn saludo,\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal treno, scusate la forma. Sono cliente da più di un anno, ho il Plus e vi ho sempre consigliato. {core} Al telefono mi hanno detto di aspettare 48 ore. {demand}\n\nSaluti,\n{first}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer, entschuldigen Sie die Form. Ich bin seit über einem Jahr Kundin, habe Plus und habe Sie immer weiterempfohlen. {core} Am Telefon hieß es, ich solle 48 Stunden warten. {demand}\n\nGrüße\n{first}"
    ],
}

CHAT_ANGRY_OPEN: dict[str, list[str]] = {
    "pt": [
        "Preciso de falar com alguém JÁ.",
        "Olá, tenho um problema grave.",
        "isto é inacreditável.",
    ],
    "fr": [
        "J'ai besoin de parler à quelqu'un MAINTENANT.",
        "Bonjour, j'ai un gros problème.",
        "c'est pas possible.",
    ],
    "en": ["I need someone NOW.", "Hi, I've got a serious problem."],
    "es": ["Necesito hablar con alguien YA.", "Hola, tengo un problema serio."],
    "it": ["Devo parlare con qualcuno SUBITO.", "Salve, ho un problema serio."],
    "de": ["Ich brauche SOFORT jemanden.", "Hallo, ich habe ein ernstes Problem."],
}
PHONE_OPEN: dict[str, list[str]] = {
    "pt": ["sim boa tarde olhe estou a ligar porque", "bom dia eu liguei porque"],
    "fr": ["oui bonjour j'appelle parce que", "allô oui bonjour alors voilà"],
    "en": ["yeah hi I'm calling because", "hello yes so"],
    "es": ["sí hola mire le llamo porque", "hola buenas pues"],
    "it": ["sì buongiorno chiamo perché", "pronto salve allora"],
    "de": ["ja guten Tag ich rufe an weil", "hallo ja also"],
}
PHONE_CLOSE: dict[str, list[str]] = {
    "pt": ["e eu quero saber o que é que vocês vão fazer", "isto não pode ser"],
    "fr": ["et je veux savoir ce que vous allez faire", "c'est pas normal quoi"],
    "en": ["and I want to know what you're going to do about it"],
    "es": ["y quiero saber qué vais a hacer"],
    "it": ["e voglio sapere cosa fate adesso"],
    "de": ["und ich will wissen was Sie jetzt machen"],
}
WEB_OPEN: dict[str, str] = {
    "pt": "Venho por este meio reclamar.",
    "fr": "Je dépose une réclamation.",
    "en": "I'd like to make a complaint.",
    "es": "Quiero poner una reclamación.",
    "it": "Vorrei fare un reclamo.",
    "de": "Ich möchte mich beschweren.",
}

# ---- agents
CASE_OPENED: dict[str, tuple[str, str]] = {
    "pt": (
        "Abrimos o processo {ref}",
        "Olá {first},\n\nLamentamos muito o sucedido. Abrimos o processo {ref} e a equipa está a analisar. Respondemos assim que tivermos novidades.\n\n{agent}",
    ),
    "fr": (
        "Ouverture du dossier {ref}",
        "Bonjour {first},\n\nNous sommes désolés. Le dossier {ref} est ouvert et notre équipe s'en occupe ; nous revenons vers vous dès que possible.\n\n{agent}",
    ),
    "en": (
        "We've opened case {ref}",
        "Hi {first},\n\nSorry about this. We've opened case {ref} and the team is looking into it. We'll be back in touch soon.\n\n{agent}",
    ),
    "es": (
        "Hemos abierto el expediente {ref}",
        "Hola {first},\n\nLo sentimos mucho. Hemos abierto el expediente {ref} y lo estamos revisando.\n\n{agent}",
    ),
    "it": (
        "Abbiamo aperto la pratica {ref}",
        "Ciao {first},\n\nci dispiace molto. Abbiamo aperto la pratica {ref} e la stiamo verificando.\n\n{agent}",
    ),
    "de": (
        "Vorgang {ref} eröffnet",
        "Hallo {first},\n\ndas tut uns leid. Wir haben den Vorgang {ref} eröffnet und prüfen das.\n\n{agent}",
    ),
}
CHAT_CASE: dict[str, str] = {
    "pt": "Lamento imenso, {first}. Registei tudo no processo {ref} e já passei à equipa de entregas e pagamentos. Recebe resposta por e-mail.",
    "fr": "Je suis vraiment désolée {first}. J'ai tout noté dans le dossier {ref} et transmis à l'équipe concernée, réponse par e-mail.",
    "en": "I'm really sorry {first}. I've logged it all under case {ref} and passed it to the team, you'll hear back by email.",
    "es": "Lo siento mucho {first}. Lo he registrado en el expediente {ref} y lo he pasado al equipo.",
    "it": "Mi dispiace molto {first}. Ho registrato tutto nella pratica {ref} e l'ho passata al team.",
    "de": "Das tut mir sehr leid, {first}. Ich habe alles unter Vorgang {ref} erfasst und weitergegeben.",
}
PASSED_ON: dict[str, tuple[str, str]] = {
    "pt": (
        "Processo {ref} encaminhado",
        "Olá {first},\n\nO seu processo {ref} foi encaminhado para a equipa de reclamações e para o responsável da logística da sua zona, que a vão contactar diretamente.\n\n{agent}",
    ),
    "fr": (
        "Dossier {ref} transmis",
        "Bonjour {first},\n\nVotre dossier {ref} a été transmis au service réclamations et au responsable logistique de votre secteur, qui vous contacteront directement.\n\n{agent}",
    ),
    "en": (
        "Case {ref} passed on",
        "Hi {first},\n\nYour case {ref} has gone to our complaints team and the logistics lead for your area, who'll contact you directly.\n\n{agent}",
    ),
    "es": (
        "Expediente {ref} trasladado",
        "Hola {first},\n\nHemos pasado su expediente {ref} al equipo de reclamaciones y al responsable de logística de su zona.\n\n{agent}",
    ),
    "it": (
        "Pratica {ref} inoltrata",
        "Ciao {first},\n\nla pratica {ref} è stata inoltrata all'ufficio reclami e al responsabile logistica della tua zona.\n\n{agent}",
    ),
    "de": (
        "Vorgang {ref} weitergeleitet",
        "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt beim Beschwerdeteam und bei der Logistikleitung Ihrer Region.\n\n{agent}",
    ),
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "pt": (
        "Boas notícias sobre o processo {ref}",
        "Olá {first},\n\nBoas notícias: tratámos do processo {ref} (acerto feito na sua conta / nova entrega agendada). Pode confirmar-nos que ficou tudo bem?\n\n{agent}",
    ),
    "fr": (
        "Bonne nouvelle pour le dossier {ref}",
        "Bonjour {first},\n\nBonne nouvelle : le dossier {ref} est traité (régularisation faite / nouvelle livraison programmée). Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}",
    ),
    "en": (
        "Good news on case {ref}",
        "Hi {first},\n\nGood news: case {ref} is sorted on our side. Could you confirm everything's fine now?\n\n{agent}",
    ),
    "es": (
        "Buenas noticias sobre el expediente {ref}",
        "Hola {first},\n\nBuenas noticias: el expediente {ref} está resuelto. ¿Nos confirma que todo está bien?\n\n{agent}",
    ),
    "it": (
        "Buone notizie sulla pratica {ref}",
        "Ciao {first},\n\nbuone notizie: la pratica {ref} è risolta. Ci confermi che ora è tutto a posto?\n\n{agent}",
    ),
    "de": (
        "Gute Nachrichten zu Vorgang {ref}",
        "Hallo {first},\n\ngute Nachrichten: Vorgang {ref} ist erledigt. Können Sie bestätigen, dass alles passt?\n\n{agent}",
    ),
}
CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, processo {ref} resolvido, já recebi. Obrigada",
        "Sim, está tudo certo com o {ref}. Obrigado pela rapidez",
    ],
    "fr": [
        "Je confirme, dossier {ref} réglé, c'est bien reçu. Merci",
        "Oui tout est ok pour le {ref}, merci de votre réactivité",
    ],
    "en": ["Confirmed, case {ref} sorted, all received. Thanks"],
    "es": ["Confirmo, expediente {ref} resuelto. Gracias"],
    "it": ["Confermo, pratica {ref} risolta. Grazie"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke"],
}
APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo aflita com os medicamentos da minha mãe. Obrigada por terem resolvido",
        "Desculpem a mensagem de ontem, escrevi a quente. Já está tudo bem",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout avec le petit malade. Merci d'avoir réglé ça",
        "Pardon pour le ton d'hier, c'était écrit à chaud. Tout est rentré dans l'ordre",
    ],
    "en": ["Sorry for my tone yesterday, I was really stressed. Thanks for sorting it"],
    "es": ["Perdón por el tono de ayer, estaba muy agobiada. Gracias por solucionarlo"],
    "it": ["Scusate il tono di ieri, ero nervosa. Grazie per aver risolto"],
    "de": ["Entschuldigung für meinen Ton gestern, ich war gestresst. Danke fürs Lösen"],
}
CSAT_LOW: dict[str, list[str]] = {
    "pt": ["péssimo", "", "nada resolvido"],
    "fr": ["nul", "", "rien de réglé"],
    "en": ["poor", ""],
    "es": ["fatal", ""],
    "it": ["pessimo", ""],
    "de": ["schlecht", ""],
}
NPS_LOW: dict[str, list[str]] = {
    "pt": ["Depois disto não recomendo a ninguém", "Era fã. Era.", ""],
    "fr": ["Après ça je ne recommande pas", "J'étais fan. J'étais.", ""],
    "en": ["Wouldn't recommend after this", ""],
    "es": ["Después de esto no lo recomiendo", ""],
    "it": ["Dopo questo non vi consiglio", ""],
    "de": ["Nach dem hier nicht zu empfehlen", ""],
}

# ---- repeat contacts
STILL_OPEN: dict[str, list[str]] = {
    "pt": [
        "Volto a escrever sobre o processo {ref}: continua tudo na mesma, ninguém me disse nada.",
        "Processo {ref} ainda em aberto. Já passaram dias e nada. {core_short}",
    ],
    "fr": [
        "Je reviens vers vous pour le dossier {ref} : toujours rien, personne ne m'a recontactée.",
        "Dossier {ref} toujours ouvert. Plusieurs jours et rien. {core_short}",
    ],
    "en": ["Writing again about case {ref}: still nothing, nobody has got back to me."],
    "es": ["Vuelvo a escribir por el expediente {ref}: sigue igual, nadie me ha dicho nada."],
    "it": ["Riscrivo per la pratica {ref}: ancora niente, nessuno mi ha ricontattato."],
    "de": [
        "Ich schreibe nochmal wegen Vorgang {ref}: immer noch nichts passiert, keiner hat sich gemeldet."
    ],
}
THIRD: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que vos contacto pelo {ref}. Se amanhã não estiver resolvido passo tudo para a {comp}.",
        "é a TERCEIRA vez. processo {ref}. amanhã mudo para a {comp} se isto continuar",
    ],
    "fr": [
        "Troisième fois que je vous contacte pour le dossier {ref}. Si ce n'est pas réglé demain, je passe chez {comp}.",
        "TROISIÈME fois. dossier {ref}. demain je vais chez {comp} si rien ne bouge",
    ],
    "en": [
        "Third time I'm contacting you about case {ref}. If it's not sorted by tomorrow I'm moving to {comp}."
    ],
    "es": [
        "Tercera vez que os escribo por el expediente {ref}. Si mañana no está resuelto me voy a {comp}."
    ],
    "it": [
        "Terza volta che vi contatto per la pratica {ref}. Se domani non è risolto passo a {comp}."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {ref}. Wenn das bis morgen nicht gelöst ist, wechsle ich zu {comp}."
    ],
}
FOURTH: dict[str, list[str]] = {
    "pt": [
        "Quarta vez. Processo {ref}. Continuo sem solução e sem resposta nenhuma. Inacreditável."
    ],
    "fr": ["Quatrième fois. Dossier {ref}. Toujours aucune solution ni réponse. Incroyable."],
    "en": ["Fourth time. Case {ref}. Still no fix, no answer. Unbelievable."],
    "es": ["Cuarta vez. Expediente {ref}. Sin solución ni respuesta. Increíble."],
    "it": ["Quarta volta. Pratica {ref}. Nessuna soluzione, nessuna risposta. Incredibile."],
    "de": ["Zum vierten Mal. Vorgang {ref}. Keine Lösung, keine Antwort. Unfassbar."],
}

# ---- slow churners: six steps, happy baseline first
SLIDE: dict[str, list[str]] = {
    "pt": [
        "Ultimamente a mesma encomenda chega em três entregas diferentes, três estafetas para uma caixa de vitaminas e dois cremes. {brand} o que se passa?",
        "Depois da atualização da app os meus pontos de fidelização desapareceram. Tinha quase 40 € acumulados.",
        "O chat da farmacêutica respondia em minutos, agora respondem no dia seguinte. Para dúvidas de medicação isso não serve.",
        "Reparei no rodapé de um e-mail que o Plus passou de 6,90 para 9,90 €. Nem um aviso decente. Pouco elegante {brand}",
        "FARTA. Recusaram a foto da receita que sempre aceitaram, tive de ir à farmácia do bairro com febre. Para que é que pago o Plus??",
        "A minha vizinha usa a {comp} e diz maravilhas. Vou instalar hoje à noite e comparar.",
    ],
    "fr": [
        "Depuis quelque temps la même commande arrive en trois livraisons, trois livreurs pour des vitamines et deux crèmes. {brand} ça va ?",
        "Après la mise à jour de l'appli mes points fidélité ont disparu. J'avais presque 40 € de côté.",
        "Le chat pharmacien répondait en quelques minutes, maintenant c'est le lendemain. Pour une question sur un traitement ce n'est pas possible.",
        "Découvert en bas d'un mail que le Plus passe de 6,90 à 9,90 €. Même pas un vrai message. Pas très classe {brand}",
        "MARRE. Vous refusez la photo d'ordonnance que vous acceptiez toujours, j'ai dû aller en pharmacie avec de la fièvre. Je paie le Plus pour quoi ??",
        "Ma voisine est chez {comp} et en dit du bien. J'installe leur appli ce soir pour comparer.",
    ],
    "en": [
        "Lately one order turns up in three separate deliveries, three couriers for some vitamins and two creams. What's going on {brand}?",
        "After the app update my loyalty points vanished. I had nearly £35 saved up.",
        "The pharmacist chat used to answer in minutes, now it's the next day. Not OK for medication questions.",
        "Spotted at the bottom of an email that Plus is going from £5.90 to £8.50. No proper notice. Not great {brand}",
        "FED UP. You rejected the prescription photo you always accepted and I had to go to a chemist with a fever. What am I paying Plus for??",
        "My neighbour's on {comp} and rates it. Installing it tonight to compare.",
    ],
    "es": [
        "Últimamente el mismo pedido llega en tres entregas, tres repartidores para unas vitaminas y dos cremas. ¿Qué pasa {brand}?",
        "Con la actualización de la app han desaparecido mis puntos. Tenía casi 40 €.",
        "El chat de la farmacéutica contestaba en minutos, ahora al día siguiente.",
        "Leo al final de un correo que el Plus pasa de 6,90 a 9,90 €. Sin avisar en condiciones. Feo, {brand}",
        "HARTA. Me rechazáis la foto de la receta que siempre aceptabais y tuve que ir a la farmacia con fiebre. ¿Para qué pago el Plus??",
        "Mi vecina usa {comp} y está encantada. Esta noche la instalo para comparar.",
    ],
    "it": [
        "Ultimamente lo stesso ordine arriva in tre consegne diverse, tre corrieri per vitamine e due creme. Che succede {brand}?",
        "Dopo l'aggiornamento dell'app i miei punti fedeltà sono spariti. Ne avevo quasi per 40 €.",
        "La chat con la farmacista rispondeva in pochi minuti, adesso il giorno dopo.",
        "Scopro in fondo a una mail che il Plus passa da 6,90 a 9,90 €. Nessun avviso serio. Brutto, {brand}",
        "BASTA. Avete rifiutato la foto della ricetta che accettavate sempre, sono dovuta andare in farmacia con la febbre. Il Plus a cosa serve??",
        "La mia vicina usa {comp} e ne parla bene. Stasera la installo per confrontare.",
    ],
    "de": [
        "In letzter Zeit kommt eine Bestellung in drei Lieferungen, drei Boten für Vitamine und zwei Cremes. Was ist los, {brand}?",
        "Nach dem App-Update sind meine Treuepunkte weg. Fast 40 € waren das.",
        "Der Apotheken-Chat hat früher in Minuten geantwortet, jetzt erst am nächsten Tag.",
        "Ganz unten in einer Mail gelesen, dass Plus von 6,90 auf 9,90 € steigt. Keine richtige Info. Schwach, {brand}",
        "MIR REICHT'S. Das Rezeptfoto, das immer ging, wurde abgelehnt und ich musste mit Fieber in die Apotheke. Wofür zahle ich Plus??",
        "Meine Nachbarin nutzt {comp} und ist zufrieden damit. Ich installiere die App heute Abend zum Vergleich.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Cancelar Plus e fechar conta",
            "Olá,\n\nVou viver para a Suíça no fim do mês e já não vou precisar do serviço. Queria cancelar o Botiqa Plus e fechar a minha conta. Obrigada por tudo, foram impecáveis.\n\n{first}",
        ),
        (
            "Encerrar conta",
            "Bom dia,\n\nO meu pai, para quem eu fazia as encomendas, foi viver para um lar que trata da medicação. Peço o cancelamento do Plus e o fecho da conta.\n\nCumprimentos,\n{first}",
        ),
    ],
    "fr": [
        (
            "Résiliation Plus et fermeture du compte",
            "Bonjour,\n\nJe déménage au Canada le mois prochain. Je souhaite résilier mon abonnement Plus et fermer mon compte. Merci pour ces deux années, service impeccable.\n\n{first}",
        ),
        (
            "Fermeture de compte",
            "Bonjour,\n\nMa mère, pour qui je commandais, est entrée en EHPAD où la pharmacie est gérée sur place. Merci de résilier le Plus et de fermer le compte.\n\nCordialement,\n{first}",
        ),
    ],
    "en": [
        (
            "Cancel Plus and close account",
            "Hello,\n\nI'm moving to Australia at the end of the month, so please cancel my Plus and close my account. Thanks for everything.\n\n{first}",
        )
    ],
    "es": [
        (
            "Cancelar Plus y cerrar cuenta",
            "Hola,\n\nMe mudo a Chile el mes que viene. Quiero cancelar el Plus y cerrar la cuenta. Gracias por todo.\n\n{first}",
        )
    ],
    "it": [
        (
            "Disdetta Plus e chiusura account",
            "Buongiorno,\n\nmi trasferisco all'estero a fine mese. Vorrei disdire il Plus e chiudere l'account. Grazie di tutto.\n\n{first}",
        )
    ],
    "de": [
        (
            "Plus kündigen und Konto schließen",
            "Hallo,\n\nich ziehe Ende des Monats nach Kanada. Bitte Plus kündigen und mein Konto schließen. Danke für alles.\n\n{first}",
        )
    ],
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "pt": (
        "Re: Cancelamento",
        "Olá {first},\n\nTemos pena de a ver partir! Pode cancelar o Plus e fechar a conta sozinha em Perfil > Conta, na app ou no site. Boa sorte!\n\n{agent}",
    ),
    "fr": (
        "Re : Résiliation",
        "Bonjour {first},\n\nNous sommes tristes de vous voir partir ! Vous pouvez résilier et fermer le compte vous-même dans Profil > Compte, sur l'appli ou le site. Bonne continuation !\n\n{agent}",
    ),
    "en": (
        "Re: Cancellation",
        "Hi {first},\n\nSorry to see you go! You can cancel Plus and close the account yourself under Profile > Account, in the app or on the website. All the best!\n\n{agent}",
    ),
    "es": (
        "Re: Cancelación",
        "Hola {first},\n\n¡Sentimos que se vaya! Puede cancelar y cerrar la cuenta en Perfil > Cuenta, en la app o la web.\n\n{agent}",
    ),
    "it": (
        "Re: Disdetta",
        "Ciao {first},\n\nci dispiace vederti andare! Puoi disdire e chiudere l'account da Profilo > Account, in app o sul sito.\n\n{agent}",
    ),
    "de": (
        "Re: Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen! Sie können Plus und Konto selbst unter Profil > Konto kündigen, in der App oder auf der Website.\n\n{agent}",
    ),
}

GRUMPY: dict[str, list[str]] = {
    "pt": [
        "Uma caixa do tamanho de um micro-ondas para um batom de cieiro. Sempre a mesma coisa {brand}",
        "Mais uma notificação de promoções de perfumes. Todos os dias.",
        "A pesquisa mostra cremes antes dos medicamentos, sempre, irrita",
        "O estafeta liga sempre no fim da janela, nunca no início",
        "O folheto vem só em inglês outra vez",
        "O cacifo que escolho está sempre cheio",
    ],
    "fr": [
        "Un carton grand comme un micro-ondes pour un stick à lèvres. Toujours pareil {brand}",
        "Encore une notif promo parfums. Tous les jours.",
        "La recherche affiche les crèmes avant les médicaments, systématiquement",
        "Le livreur arrive toujours à la toute fin du créneau",
        "Notice en anglais seulement, encore",
        "Le casier que je choisis est toujours plein",
    ],
    "en": [
        "A box the size of a microwave for one lip balm. Every time {brand}",
        "Another perfume promo notification. Daily.",
        "Search shows creams before medicines, always",
        "Courier always turns up at the very end of the slot",
    ],
    "es": [
        "Una caja como un microondas para un cacao de labios. Siempre igual {brand}",
        "Otra notificación de perfumes. Cada día.",
        "El buscador enseña cremas antes que medicamentos",
        "El repartidor siempre llega al final de la franja",
    ],
    "it": [
        "Uno scatolone per un burrocacao. Sempre così {brand}",
        "Altra notifica di profumi. Ogni giorno.",
        "La ricerca mostra creme prima dei farmaci",
        "Il corriere arriva sempre a fine fascia",
    ],
    "de": [
        "Ein Karton so groß wie eine Mikrowelle für einen Lippenpflegestift. Immer so {brand}",
        "Schon wieder Parfum-Werbung per Push. Täglich.",
        "Die Suche zeigt Cremes vor Medikamenten",
        "Der Bote kommt immer ganz am Ende des Zeitfensters",
    ],
}
SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adoro receber 'a sua pele merece um miminho 💆' enquanto espero pelo antibiótico há 3 horas. Obrigadinha {brand} 🙃",
        "Às 8h a app diz 'o seu estafeta está a 5 minutos'. Chegou às 14h. Cinco minutos bem compridos {brand} ⏳🙂",
    ],
    "fr": [
        "Génial la notif 'votre peau mérite une pause douceur 💆' pendant que j'attends mon antibiotique depuis 3h. Merci {brand} 🙃",
        "8h, l'appli m'annonce 'votre livreur est à 5 minutes'. Il est arrivé à 14h. Les 5 minutes les plus longues de ma vie {brand} ⏳🙂",
    ],
    "en": [
        "Love a 'your skin deserves a treat 💆' push while I'm 3 hours into waiting for antibiotics. Cheers {brand} 🙃"
    ],
    "es": [
        "Qué bien la notificación 'tu piel merece un mimo 💆' mientras espero el antibiótico 3 horas. Gracias {brand} 🙃"
    ],
    "it": [
        "Bellissima la notifica 'la tua pelle merita una coccola 💆' mentre aspetto l'antibiotico da 3 ore. Grazie {brand} 🙃"
    ],
    "de": [
        "Toll, 'Deine Haut verdient eine Auszeit 💆' als Push, während ich seit 3 Stunden aufs Antibiotikum warte. Danke {brand} 🙃"
    ],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "O texto do folheto informativo na app é muito pequeno e não dá para aumentar",
            "Obrigada pelo reparo! Já passámos à equipa da app; para já pode usar o zoom do telemóvel com dois dedos.",
        ),
        (
            "o mapa dos cacifos não deixa fazer zoom no telemóvel",
            "Obrigado! Já reportámos; entretanto pode pesquisar o cacifo pelo código postal.",
        ),
    ],
    "fr": [
        (
            "Le texte de la notice dans l'appli est minuscule et on ne peut pas l'agrandir",
            "Merci pour la remarque ! C'est remonté à l'équipe appli ; en attendant le zoom à deux doigts fonctionne.",
        ),
        (
            "la carte des casiers ne zoome pas sur mon téléphone",
            "Merci ! C'est signalé ; vous pouvez chercher un casier par code postal en attendant.",
        ),
    ],
    "en": [
        (
            "The leaflet text in the app is tiny and won't zoom",
            "Thanks for flagging! Passed to the app team; pinch-zoom works meanwhile.",
        )
    ],
    "es": [
        (
            "El texto del prospecto en la app es diminuto",
            "¡Gracias! Lo pasamos al equipo; mientras tanto puede ampliar con dos dedos.",
        )
    ],
    "it": [
        (
            "Il testo del foglietto illustrativo in app è minuscolo",
            "Grazie! Segnalato al team; intanto può zoomare con due dita.",
        )
    ],
    "de": [
        (
            "Der Beipackzettel in der App ist winzig und lässt sich nicht vergrößern",
            "Danke für den Hinweis! Ist weitergegeben; bis dahin hilft Zoomen mit zwei Fingern.",
        )
    ],
}

# ---- the planted spike (topic_spike)
SPIKE: dict[str, list[str]] = {
    "pt": [
        "A app não carrega a receita eletrónica, dá erro {code} e não consigo encomendar a medicação da minha mãe!!",
        "erro {code} ao abrir as receitas, não consigo comprar nada com receita. {brand} resolvam isto",
        "Desde manhã a secção Receitas só mostra 'erro {code}'. Preciso do inalador hoje",
    ],
    "fr": [
        "L'appli ne charge plus les ordonnances, erreur {code}, impossible de commander le traitement de mon père !!",
        "erreur {code} sur l'onglet Ordonnances, rien ne passe. {brand} vous faites quoi",
        "Depuis ce matin 'erreur {code}' quand j'ouvre mon ordonnance. J'ai besoin de l'insuline aujourd'hui",
    ],
    "en": [
        "App won't load my e-prescription, error {code}, can't order my inhaler!!",
        "Prescriptions tab just says error {code}. {brand} sort it out please",
    ],
    "es": [
        "La app no carga la receta electrónica, error {code}, no puedo pedir la medicación!!",
        "error {code} en Recetas, no deja comprar nada. {brand} arreglad esto",
    ],
    "it": [
        "L'app non carica la ricetta elettronica, errore {code}, non riesco a ordinare!!",
        "errore {code} nella sezione Ricette, non va niente. {brand} sistemate",
    ],
    "de": [
        "Die App lädt das E-Rezept nicht, Fehler {code}, ich kann nichts bestellen!!",
        "Fehler {code} bei Rezepte, nichts geht. {brand} bitte beheben",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "pt": [
        "Continua o erro {code} mesmo depois de atualizar a app e reiniciar o telemóvel. E agora?",
        "Ainda {code}. Fui à farmácia parceira e lá também não conseguem ver a receita",
    ],
    "fr": [
        "Toujours l'erreur {code} après mise à jour de l'appli et redémarrage du téléphone. On fait comment ?",
        "Encore {code}. La pharmacie partenaire ne voit pas l'ordonnance non plus",
    ],
    "en": ["Still error {code} after updating the app and restarting my phone. Now what?"],
    "es": ["Sigue el error {code} después de actualizar la app. ¿Y ahora?"],
    "it": ["Ancora errore {code} anche dopo aver aggiornato l'app. E adesso?"],
    "de": ["Immer noch Fehler {code}, auch nach dem App-Update. Und jetzt?"],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "pt": (
        "Receitas na app: problema resolvido",
        "Olá {first},\n\nO problema desta manhã com as receitas na app (erro {code}) está resolvido desde as {fixed}. As encomendas com receita de hoje têm entrega grátis e oferecemos {credit} na sua conta. Pedimos desculpa.\n\n{agent}",
    ),
    "fr": (
        "Ordonnances dans l'appli : problème résolu",
        "Bonjour {first},\n\nLe problème de ce matin avec les ordonnances dans l'appli (erreur {code}) est résolu depuis {fixed}. Les commandes sur ordonnance d'aujourd'hui sont livrées gratuitement et {credit} ont été crédités sur votre compte. Toutes nos excuses.\n\n{agent}",
    ),
    "en": (
        "Prescriptions in the app: fixed",
        "Hi {first},\n\nThis morning's prescription problem in the app (error {code}) has been fixed since {fixed}. Today's prescription orders deliver free and we've added {credit} to your account. Sorry.\n\n{agent}",
    ),
    "es": (
        "Recetas en la app: resuelto",
        "Hola {first},\n\nEl problema de esta mañana con las recetas (error {code}) está resuelto desde las {fixed}. Los pedidos con receta de hoy van sin gastos y le abonamos {credit}.\n\n{agent}",
    ),
    "it": (
        "Ricette in app: risolto",
        "Ciao {first},\n\nil problema di stamattina con le ricette (errore {code}) è risolto dalle {fixed}. Gli ordini con ricetta di oggi sono senza spese e ti abbiamo accreditato {credit}.\n\n{agent}",
    ),
    "de": (
        "Rezepte in der App: behoben",
        "Hallo {first},\n\ndas Problem von heute Vormittag mit den Rezepten (Fehler {code}) ist seit {fixed} Uhr behoben. Heutige Rezeptbestellungen sind versandkostenfrei und wir haben {credit} gutgeschrieben.\n\n{agent}",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "pt": (
        "Olá, ontem a app pediu-me para voltar a fazer login antes de mostrar as receitas, depois disso correu tudo bem e a encomenda chegou. É normal?",
        "Olá! É normal: por segurança pedimos novo login de 90 em 90 dias para ver receitas. Não precisa de fazer nada.",
    ),
    "fr": (
        "Bonjour, hier l'appli m'a redemandé mon mot de passe avant d'afficher mes ordonnances, ensuite tout a marché et j'ai été livré. C'est normal ?",
        "Bonjour ! Oui, par sécurité nous redemandons la connexion tous les 90 jours pour les ordonnances. Rien à faire de votre côté.",
    ),
}
