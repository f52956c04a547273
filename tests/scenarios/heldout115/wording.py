# ruff: noqa: E501
"""Consumer wording for heldout115 (Quadrelo, watch and clock repair): happy acts, trouble, the spike.

Placeholders: {ref} case reference, {agent} agent's first name, {name} customer's first
name, {comp} a competitor, {amt} an amount in the customer's money, {what} a short
name of the problem, {local} a local time, {credit} a credit, {fix} what was done.
"""

from __future__ import annotations

BRAND = "Quadrelo"
COMPETITORS = ("Horalba", "Ticcolo")

AGENTS: dict[str, list[str]] = {
    "pt": ["Inês", "Rui", "Marta", "Tiago"],
    "es": ["Lucía", "Marcos", "Nerea", "Iván"],
    "en": ["Hannah", "Owen"],
    "de": ["Jana", "Felix"],
    "it": ["Giulia", "Paolo"],
    "fr": ["Camille", "Théo"],
}

SIGN: dict[str, str] = {
    "pt": "Apoio ao cliente Quadrelo",
    "es": "Atención al cliente Quadrelo",
    "en": "Quadrelo customer care",
    "de": "Quadrelo Kundenservice",
    "it": "Assistenza clienti Quadrelo",
    "fr": "Service client Quadrelo",
}

HELLO: dict[str, str] = {
    "pt": "Olá {name},",
    "es": "Hola {name}:",
    "en": "Hi {name},",
    "de": "Hallo {name},",
    "it": "Ciao {name},",
    "fr": "Bonjour {name},",
}

BYE: dict[str, str] = {
    "pt": "Cumprimentos,",
    "es": "Un saludo,",
    "en": "Kind regards,",
    "de": "Viele Grüße",
    "it": "Un saluto,",
    "fr": "Bien cordialement,",
}

# Services sold (English / Portuguese labels whatever the market), price in euros.
PRODUCTS: list[tuple[str, int]] = [
    ("Battery change / Troca de pilha", 19),
    ("Battery change + water test / Troca de pilha + teste de estanquidade", 34),
    ("Full service, mechanical / Revisão completa, mecânico", 240),
    ("Full service, automatic chronograph / Revisão completa, cronógrafo automático", 360),
    ("Sapphire crystal replacement / Substituição de vidro de safira", 95),
    ("Leather strap, fitted / Bracelete de couro, colocada", 45),
    ("Bracelet shortening / Ajuste de bracelete metálica", 25),
    ("Water-resistance test / Teste de estanquidade", 20),
    ("Caseback engraving / Gravação no fundo da caixa", 39),
    ("Wall clock service / Revisão de relógio de parede", 180),
    ("Pocket watch service / Revisão de relógio de bolso", 260),
    ("Quadrelo Care, yearly / Quadrelo Care, anual", 49),
]

PAGES: list[str] = [
    "/services/battery",
    "/services/full-service",
    "/services/crystal",
    "/services/clocks",
    "/straps",
    "/care",
    "/track",
    "/quotes",
    "/shops",
    "/help/shipping-box",
    "/help/water-resistance",
    "/engraving",
]

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Mandei o relógio do meu avô para a Quadrelo sem grande esperança e voltou a trabalhar, com fotos de cada passo. Emocionei-me, a sério.",
        "Troca de pilha feita em 3 dias e ainda me limparam a bracelete. Recomendo a Quadrelo!",
        "A caixa de envio da Quadrelo é impecável, o estafeta foi pontual e paguei exatamente o que dizia o orçamento. Assim dá gosto.",
        "O relojoeiro da Quadrelo explicou-me porque é que não valia a pena trocar o vidro e poupou-me 90 euros. Honestidade rara.",
        "Revisão do meu automático feita: agora adianta 2 segundos por dia, antes eram 30. Quadrelo 👌",
    ],
    "es": [
        "Le mandé a Quadrelo el reloj de mi abuelo, que llevaba veinte años parado, y ha vuelto andando. Con fotos del movimiento y todo. Qué ilusión.",
        "Cambio de pila en 4 días sin moverme de casa. Quadrelo, así sí.",
        "El presupuesto de Quadrelo llegó con fotos y explicado para humanos. Aprobé, pagué lo que decía y listo 👌",
        "Me grabaron la fecha de la boda en la tapa trasera y quedó preciosa. Gracias Quadrelo",
        "Los de Quadrelo me avisaron de que la corona estaba floja antes de que perdiera el reloj en la piscina. Unos cracks.",
    ],
    "en": [
        "Sent my late dad's watch to Quadrelo expecting nothing and it's ticking on my wrist again. Photos of every step. Bit emotional tbh.",
        "Battery swapped and bracelet cleaned in 4 days and I never left the house. Quadrelo are great.",
    ],
    "de": [
        "Die alte Taschenuhr meines Opas läuft wieder, und Quadrelo hat jeden Schritt mit Fotos dokumentiert. Klasse Arbeit.",
        "Batteriewechsel in drei Tagen, Armband gleich mit gereinigt. Top, Quadrelo!",
    ],
    "it": [
        "L'orologio di mio nonno era fermo da anni e ora funziona di nuovo. Quadrelo bravissimi, foto di ogni passaggio.",
        "Cambio pila in 3 giorni senza uscire di casa. Quadrelo consigliatissimo",
    ],
    "fr": [
        "La montre de mon père, arrêtée depuis quinze ans, remarche. Et Quadrelo envoie des photos à chaque étape. Bravo.",
        "Pile changée en 4 jours, bracelet nettoyé en prime. Merci Quadrelo !",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que mando relógios à Quadrelo e outra vez impecável.",
        "Outra vez a Quadrelo a salvar-me: pilha do relógio da minha filha trocada em 2 dias.",
        "Meses depois da revisão continua a adiantar só 2 segundos por dia. Obrigado Quadrelo",
    ],
    "es": [
        "Tercera vez que uso Quadrelo y otra vez de diez.",
        "Otra vez el mismo mensajero majísimo de Quadrelo, ya nos conocemos jaja",
        "Seis meses después de la revisión sigue clavado. Quadrelo 💯",
    ],
    "en": [
        "Third watch I've sent to Quadrelo, third time it's come back perfect.",
        "Still gaining only a second a day months after the Quadrelo service. Chuffed.",
    ],
    "de": [
        "Schon wieder top: zweite Uhr bei Quadrelo, wieder pünktlich zurück.",
        "Immer noch begeistert, die Uhr läuft seit der Quadrelo-Revision auf die Sekunde.",
    ],
    "it": [
        "Terza volta con Quadrelo e ancora tutto perfetto.",
        "Di nuovo il corriere gentilissimo di Quadrelo, ormai ci conosciamo.",
    ],
    "fr": [
        "Troisième fois chez Quadrelo, toujours aussi soigné.",
        "Encore une pile changée en trois jours par Quadrelo, toujours impeccable.",
    ],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "pt": [
        "Serviço excelente, só a app podia avisar quando o relógio sai da oficina. De resto 5 estrelas.",
        "Adorei o trabalho no relógio, mas a caixa vem tão bem fechada que precisei de uma tesoura e dez minutos lol",
    ],
    "es": [
        "Todo perfecto, solo que la factura llega en un PDF aparte y no en la app. Por lo demás, encantada.",
        "Muy contento con la revisión, aunque el mensajero vino a las 8 de la mañana de un sábado 😅",
        "Genial el trabajo, pero la correa nueva huele a tienda de bolsos jaja. Repetiré.",
    ],
    "en": [
        "Great job on the watch, only gripe is the tracker said 'in workshop' for a week with no photos. Otherwise spot on."
    ],
    "de": [
        "Sehr gute Arbeit, nur schickt die App ein bisschen zu viele Nachrichten. Sonst gerne wieder."
    ],
    "it": [
        "Lavoro ottimo, solo che la consegna è arrivata quando non ero in casa. Per il resto 10."
    ],
    "fr": ["Très bon travail, seul bémol : la facture n'apparaît pas dans l'appli. Sinon parfait."],
}

REVIEWS: dict[str, list[tuple[int, str]]] = {
    "pt": [
        (
            5,
            "Relógio de bolso do meu bisavô a trabalhar outra vez. Orçamento claro, prazo cumprido.",
        ),
        (5, "Rápidos, simpáticos e com fotos de tudo. Já é a segunda vez."),
        (4, "Muito bom trabalho, demorou mais dois dias do que o previsto mas avisaram."),
    ],
    "es": [
        (5, "Revisión impecable y en plazo. El presupuesto fue exactamente lo que pagué."),
        (
            5,
            "Me arreglaron el reloj de pared de casa de mis padres, vino un relojero a casa y todo. 10/10",
        ),
        (
            4,
            "Buen servicio, la caja de envío muy segura. Un pelín caro el cristal, pero merece la pena.",
        ),
    ],
    "en": [(5, "Honest quote, quick turnaround, watch back better than I remember it.")],
    "de": [(5, "Saubere Arbeit, faire Preise, alles mit Fotos nachvollziehbar.")],
    "it": [(5, "Servizio impeccabile, tempi rispettati e prezzo chiaro.")],
    "fr": [(4, "Travail soigné, un peu long mais on est prévenu à chaque étape.")],
}

# (question, agent's answer) by chat or e-mail.
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Olá! Quanto tempo demora a troca de pilha se eu deixar o relógio numa loja parceira?",
            "Olá! Numa loja parceira são 3 a 5 dias úteis; recebe uma mensagem quando estiver pronto para levantar. {agent}",
        ),
        (
            "Olá, o teste de estanquidade está incluído na revisão completa?",
            "Olá! Sim, a revisão completa inclui sempre o teste de estanquidade, com certificado. {agent}",
        ),
        (
            "Posso mandar dois relógios na mesma caixa?",
            "Pode sim, até três relógios por caixa, cada um na sua bolsa. Basta indicar os dois no pedido. {agent}",
        ),
        (
            "a bracelete de couro castanha serve num relógio de 20 mm?",
            "Serve! Escolha 20 mm no tamanho e nós colocamos. {agent}",
        ),
        (
            "O Quadrelo Care cobre também o relógio da minha mulher ou é só um por conta?",
            "Cobre até dois relógios da mesma conta, com as pilhas incluídas. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, ¿cuánto tarda un cambio de pila si lo dejo en una joyería colaboradora?",
            "¡Hola! Entre 3 y 5 días laborables; te avisamos por la app cuando esté listo. {agent}",
        ),
        (
            "Buenas, ¿la revisión completa incluye la prueba de estanqueidad?",
            "¡Buenas! Sí, siempre, y te damos el certificado. {agent}",
        ),
        (
            "¿Se puede grabar una fecha en la tapa trasera de un reloj de acero?",
            "Sí, hasta 30 caracteres en acero; antes de grabar te enseñamos una prueba. {agent}",
        ),
        (
            "el mensajero puede recoger la caja en la oficina en vez de en casa?",
            "Claro, pon la dirección de la oficina al reservar la recogida. {agent}",
        ),
        (
            "Tengo un reloj de bolsillo de mi bisabuelo que no anda, ¿lo miráis?",
            "¡Sí! Mándalo en la caja y te enviamos el presupuesto con fotos antes de tocar nada. {agent}",
        ),
    ],
    "en": [
        (
            "Hi, after a battery change is it still water resistant or do I need the test as well?",
            "Hi! We reseal the case every time we open it, but the water test is a separate item if you swim with it. {agent}",
        ),
        (
            "Can I see where my watch is once it's in the workshop?",
            "Yes, the Track tab shows each stage, with photos once it's on the bench. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, wie lange dauert eine Revision bei einem Automatik-Chronographen?",
            "Hallo! Rund drei Wochen ab Freigabe des Kostenvoranschlags. {agent}",
        ),
        (
            "Kann ich die Box auch in einer Partnerfiliale abgeben statt den Kurier zu bestellen?",
            "Ja, jede Partnerfiliale nimmt die Box an, die Liste steht unter Filialen. {agent}",
        ),
    ],
    "it": [
        (
            "Ciao, il cambio pila include anche la pulizia del bracciale in metallo?",
            "Ciao! Sì, lo puliamo a ultrasuoni senza costi in più. {agent}",
        ),
        (
            "Quanto costa più o meno sostituire un vetro zaffiro?",
            "Da 95 € in su; il preventivo preciso arriva con le foto dopo la verifica. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que vous réparez aussi les pendules ?",
            "Bonjour ! Oui, murales et de cheminée, avec une visite à domicile pour les plus grandes. {agent}",
        ),
        (
            "Le coffret d'envoi est assuré ?",
            "Oui, jusqu'à 2 000 € par envoi ; au-delà on ajoute une assurance. {agent}",
        ),
    ],
}

EMAIL_Q_SUBJECT: dict[str, list[str]] = {
    "pt": ["Dúvida", "Pergunta sobre o serviço", "Questão"],
    "es": ["Consulta", "Una pregunta", "Duda"],
    "en": ["Quick question"],
    "de": ["Frage"],
    "it": ["Domanda"],
    "fr": ["Question"],
}

EMAIL_A_SUBJECT: dict[str, str] = {
    "pt": "RE: {subject}",
    "es": "RE: {subject}",
    "en": "Re: {subject}",
    "de": "AW: {subject}",
    "it": "R: {subject}",
    "fr": "RE : {subject}",
}

THANKS: dict[str, list[str]] = {
    "pt": ["Obrigada!!", "obg 🙏", "Perfeito, muito obrigado", "ok, obrigado pela rapidez"],
    "es": ["¡Gracias!", "genial, gracias", "mil gracias 🙌", "perfecto, grax"],
    "en": ["Brilliant, thanks!", "cheers"],
    "de": ["Danke!", "Super, vielen Dank"],
    "it": ["Grazie mille!", "grz 👍"],
    "fr": ["Merci !", "Parfait, merci bcp"],
}

# (speech-to-text call, the agent's follow-up e-mail body)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "olá queria saber se o relógio de parede da minha sogra pode ser visto em casa porque é enorme e pesa imenso",
            "Como falámos ao telefone, os relógios de parede grandes são vistos em casa. Pode marcar a visita do relojoeiro na app, em Relógios de parede.",
        ),
        (
            "olá é só para saber se vocês trocam a pilha de um relógio com fundo de rosca ou se tenho de ir a uma loja",
            "Como falámos, trocamos sim, também em fundos de rosca. Pode mandar na caixa ou deixar numa loja parceira.",
        ),
    ],
    "es": [
        (
            "hola buenas mira te llamo porque tengo un reloj de cuco en casa de mi madre y no sé si lo arregláis o es solo de pulsera",
            "Como hablamos por teléfono, sí reparamos relojes de cuco; para los de pared vamos a domicilio. Puedes reservarlo en la app, en Relojes de pared.",
        ),
        (
            "hola buenas quería saber si el Care incluye también la correa o solo la pila",
            "Como comentamos, el Care incluye las pilas y un 15 % en revisiones y correas.",
        ),
    ],
    "en": [
        (
            "hi there just wondering if you can fit a new strap to a watch with curved lugs or is that a special order",
            "As we said on the phone, curved-lug straps are a special order; you'll find them under Straps, Fitted.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man bei Ihnen auch eine Gravur auf der Rückseite machen lassen kann mit einem Datum",
            "Wie besprochen: Gravuren bis 30 Zeichen sind möglich, Sie sehen vorher einen Entwurf.",
        )
    ],
    "it": [
        (
            "salve volevo sapere se posso spedire due orologi nella stessa scatola o servono due ordini",
            "Come detto al telefono, basta una scatola per due orologi, li indica nello stesso ordine.",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous faites les montres de poche ou seulement les montres bracelet",
            "Comme convenu au téléphone : oui, nous révisons aussi les montres de poche.",
        )
    ],
}

CALL_SUBJECT: dict[str, str] = {
    "pt": "A sua chamada de hoje",
    "es": "Tu llamada de hoy",
    "en": "Your call today",
    "de": "Ihr Anruf heute",
    "it": "La sua telefonata di oggi",
    "fr": "Votre appel d'aujourd'hui",
}

SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["Top", "Muito bom", "👍", "", "rápido e simpático", ""],
    "es": ["Genial", "Muy bien", "🙌", "", "todo perfecto", ""],
    "en": ["Great", "", "👍"],
    "de": ["Super", ""],
    "it": ["Ottimo", ""],
    "fr": ["Parfait", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "pt": [
        "3 da manhã, turno da noite no hospital, e eu a ver vídeos de relojoeiros a desmontar movimentos. Já marquei a revisão do meu na Quadrelo.",
        "Insónia + bebé a mamar = encomendei uma bracelete nova na Quadrelo às 2h. Não me julguem",
        "Não consigo dormir e estou a ver as fotos do meu relógio aberto na app da Quadrelo. Que bonito que é por dentro.",
    ],
    "es": [
        "Son las 3 y aquí estoy mirando fotos del movimiento de mi reloj en la app de Quadrelo. Qué bonito por dentro, oye.",
        "Turno de noche en la gasolinera y aprovecho para pedir la recogida del reloj de mi padre. Quadrelo, os quiero",
        "No puedo dormir y acabo de aprobar el presupuesto del cronógrafo en Quadrelo. Qué ganas de tenerlo de vuelta",
    ],
    "en": [
        "2am, can't sleep, just booked a service for grandad's watch on Quadrelo. Oddly calming."
    ],
    "de": [
        "Nachtschicht im Stellwerk und nebenbei die Revision für meine Uhr bei Quadrelo gebucht. Läuft."
    ],
    "it": [
        "Sono le 3 di notte e guardo le foto del mio orologio smontato nell'app di Quadrelo. Che meraviglia."
    ],
    "fr": [
        "Insomnie, donc j'ai réservé la révision de la montre de mon grand-père sur Quadrelo à 2h du mat."
    ],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "posso deixar a caixa com o vizinho se amanhã não estiver em casa?",
            "Pode sim, indique o nome do vizinho na app antes das 8h. Boa noite! {agent}",
        ),
        (
            "A que horas começa a contar o prazo da revisão, quando a caixa chega ou quando aceito o orçamento?",
            "A partir do momento em que aceita o orçamento. Boa noite! {agent}",
        ),
    ],
    "es": [
        (
            "¿a qué hora pasa mañana el mensajero? tengo turno de noche y quiero dormir jaja",
            "¡Hola! Entre las 13 y las 15, y te avisamos 30 minutos antes. Que descanses. {agent}",
        ),
        (
            "Si apruebo el presupuesto ahora, ¿empiezan mañana?",
            "Sí, mañana a primera hora pasa al banco del relojero. ¡Buenas noches! {agent}",
        ),
    ],
    "en": [
        (
            "is the water test done with the strap on or off?",
            "Off, we test the case alone and refit the strap after. Night! {agent}",
        )
    ],
    "de": [
        (
            "Kann ich die Box auch nachts in die Partnerfiliale-Box werfen oder nur zu Öffnungszeiten?",
            "Nur zu Öffnungszeiten, die Filiale muss die Box scannen. Gute Nacht! {agent}",
        )
    ],
    "it": [
        (
            "il corriere domani suona o lascia un avviso?",
            "Suona sempre, è una spedizione assicurata con firma. Buonanotte! {agent}",
        )
    ],
    "fr": [
        (
            "si j'accepte le devis maintenant, vous commencez demain ?",
            "Oui, dès demain matin à l'atelier. Bonne nuit ! {agent}",
        )
    ],
}

# ---------------------------------------------------------------- trouble

PROBLEMS = ("not_returned", "double_charge", "damage", "refund", "wrong_price", "not_fixed")

# Amount (in euros) a problem is about; 0 when none is named.
PROBLEM_EUR: dict[str, int] = {
    "not_returned": 0,
    "double_charge": 280,
    "damage": 0,
    "refund": 240,
    "wrong_price": 19,
    "not_fixed": 280,
}

WHAT: dict[str, dict[str, str]] = {
    "not_returned": {
        "pt": "o relógio dado como entregue que nunca chegou",
        "es": "el reloj que figura como entregado y nunca llegó",
        "en": "the watch marked as delivered that never arrived",
        "de": "die als zugestellt markierte Uhr, die nie ankam",
        "it": "l'orologio segnato come consegnato e mai arrivato",
        "fr": "la montre marquée livrée et jamais reçue",
    },
    "double_charge": {
        "pt": "a revisão cobrada duas vezes",
        "es": "la revisión cobrada dos veces",
        "en": "the service charged twice",
        "de": "die doppelt abgebuchte Revision",
        "it": "la revisione addebitata due volte",
        "fr": "la révision débitée deux fois",
    },
    "damage": {
        "pt": "o relógio devolvido com o vidro riscado",
        "es": "el reloj devuelto con el cristal rayado",
        "en": "the watch sent back with a scratched crystal",
        "de": "die mit zerkratztem Glas zurückgeschickte Uhr",
        "it": "l'orologio restituito con il vetro graffiato",
        "fr": "la montre rendue avec le verre rayé",
    },
    "refund": {
        "pt": "o reembolso da revisão cancelada",
        "es": "el reembolso de la revisión cancelada",
        "en": "the refund for the cancelled service",
        "de": "die Erstattung der stornierten Revision",
        "it": "il rimborso della revisione annullata",
        "fr": "le remboursement de la révision annulée",
    },
    "wrong_price": {
        "pt": "a pilha cobrada apesar do Quadrelo Care",
        "es": "la pila cobrada pese al Quadrelo Care",
        "en": "the battery charged despite Quadrelo Care",
        "de": "die trotz Quadrelo Care berechnete Batterie",
        "it": "la pila addebitata nonostante il Quadrelo Care",
        "fr": "la pile facturée malgré le Quadrelo Care",
    },
    "not_fixed": {
        "pt": "o relógio que parou outra vez depois da revisão",
        "es": "el reloj que se volvió a parar tras la revisión",
        "en": "the watch that stopped again after the service",
        "de": "die Uhr, die nach der Revision wieder stehen bleibt",
        "it": "l'orologio che si ferma di nuovo dopo la revisione",
        "fr": "la montre qui s'arrête encore après la révision",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "not_returned": {
        "pt": "relógio não entregue",
        "es": "reloj no entregado",
        "en": "watch never delivered",
        "de": "Uhr nicht zugestellt",
        "it": "orologio mai consegnato",
        "fr": "montre jamais livrée",
    },
    "double_charge": {
        "pt": "cobrança duplicada",
        "es": "cobro duplicado",
        "en": "charged twice",
        "de": "doppelte Abbuchung",
        "it": "addebito doppio",
        "fr": "double prélèvement",
    },
    "damage": {
        "pt": "vidro riscado",
        "es": "cristal rayado",
        "en": "scratched crystal",
        "de": "zerkratztes Glas",
        "it": "vetro graffiato",
        "fr": "verre rayé",
    },
    "refund": {
        "pt": "reembolso em falta",
        "es": "reembolso pendiente",
        "en": "missing refund",
        "de": "fehlende Erstattung",
        "it": "rimborso mancante",
        "fr": "remboursement manquant",
    },
    "wrong_price": {
        "pt": "pilha cobrada com Care",
        "es": "pila cobrada con Care",
        "en": "Care battery charged",
        "de": "Batterie trotz Care",
        "it": "pila addebitata con Care",
        "fr": "pile facturée avec Care",
    },
    "not_fixed": {
        "pt": "relógio parado após revisão",
        "es": "reloj parado tras revisión",
        "en": "stopped after service",
        "de": "Uhr steht nach Revision",
        "it": "fermo dopo la revisione",
        "fr": "arrêtée après révision",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
}

# Written complaints (e-mail body, chat, web form, social).
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "not_returned": {
        "pt": [
            "A app diz que o meu relógio foi ENTREGUE ontem às 14:12. Não foi. Estive em casa o dia todo, ninguém tocou, não há aviso nenhum. É o relógio do meu pai. Onde está??",
            "O relógio voltou da revisão 'entregue' segundo vocês, mas eu não recebi nada. Nem caixa, nem assinatura, nada. Quero saber já quem assinou.",
            "entregue?? ENTREGUE A QUEM? o meu relógio nunca chegou cá a casa e a app jura que sim",
        ],
        "es": [
            "La app dice que mi reloj fue ENTREGADO ayer a las 12:40. Mentira. Estaba en casa teletrabajando y no ha venido nadie. Es el reloj de mi padre, que murió en marzo. ¿Dónde está?",
            "Me marcan el reloj como entregado con firma y yo no he firmado nada. Quiero ver esa firma y quiero mi reloj.",
            "ni caja ni mensajero ni nada y en la app pone entregado. un reloj asegurado!! alguien me explica esto",
        ],
        "en": [
            "Your app says my watch was DELIVERED yesterday at 13:05. It wasn't. I was home all day, nobody knocked, no card. It's my late mum's watch. Where is it?",
            "Tracking says delivered and signed for. I signed nothing and have no watch. Who signed?",
        ],
        "de": [
            "Laut App wurde meine Uhr gestern um 11:20 GELIEFERT. Stimmt nicht. Ich war den ganzen Tag zuhause, niemand hat geklingelt. Das ist die Uhr meines Vaters!",
            "Zugestellt mit Unterschrift, sagt die App. Ich habe nichts unterschrieben und keine Uhr. Wer hat da unterschrieben?",
        ],
        "it": [
            "L'app dice che il mio orologio è stato CONSEGNATO ieri alle 15:30. Non è vero, ero a casa e non è venuto nessuno. È l'orologio di mio padre, dov'è?"
        ],
        "fr": [
            "L'appli indique ma montre LIVRÉE hier à 10h50. C'est faux, j'étais chez moi toute la journée, personne n'a sonné. C'est la montre de mon père, où est-elle ?"
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a revisão DUAS vezes, {amt} e mais {amt} no mesmo dia. Tenho o extrato à frente. Devolvam o segundo pagamento.",
            "Olá, vi no banco dois débitos iguais de {amt} da Quadrelo, só mandei um relógio. Isto fica-me com a conta a zeros até ao fim do mês.",
            "duas cobranças de {amt} pela mesma revisão. expliquem-me isto por favor",
        ],
        "es": [
            "Me habéis cobrado la revisión DOS veces, {amt} y otros {amt} el mismo día. Tengo el extracto delante. Quiero el segundo cargo devuelto ya.",
            "Buenas, en el banco me salen dos cargos de {amt} de Quadrelo y solo mandé un reloj. Me habéis dejado la cuenta tiritando a mitad de mes.",
            "dos cobros de {amt} por la misma revision, alguien me lo explica?",
        ],
        "en": [
            "You've charged me TWICE for the service, {amt} and another {amt} the same day. I've got the statement in front of me. Refund the second one please.",
            "Two identical payments of {amt} to Quadrelo on my card for one watch. Not impressed.",
        ],
        "de": [
            "Sie haben die Revision ZWEIMAL abgebucht, {amt} und nochmal {amt} am selben Tag. Bitte sofort die zweite Buchung zurück.",
            "Zwei gleiche Abbuchungen über {amt} von Quadrelo für eine einzige Uhr. Was soll das?",
        ],
        "it": [
            "Mi avete addebitato la revisione DUE volte, {amt} e altri {amt} lo stesso giorno. Rivoglio il secondo addebito."
        ],
        "fr": [
            "Vous m'avez débité la révision DEUX fois, {amt} et encore {amt} le même jour. Je veux le remboursement du second prélèvement."
        ],
    },
    "damage": {
        "pt": [
            "Mandei o relógio para trocar a pilha e voltou com um risco enorme no vidro de safira. Não estava assim quando o mandei, tenho fotos.",
            "O meu relógio voltou da revisão com o vidro riscado de ponta a ponta. Era um presente de casamento. Não sei se choro ou se grito.",
            "vidro riscado. foi para revisão impecável e voltou assim. fotos da vossa própria app mostram que estava bem!!",
        ],
        "es": [
            "Mandé el reloj para cambiarle la pila y ha vuelto con una raya enorme en el cristal de zafiro. Así no estaba, tengo fotos de antes.",
            "El reloj ha vuelto de la revisión con el cristal rayado de lado a lado. Fue el regalo de mis 40. Estoy que no me lo creo.",
            "cristal rayado. salio perfecto hacia vuestro taller y vuelve asi, vuestras propias fotos lo demuestran",
        ],
        "en": [
            "Sent the watch in for a battery and it came back with a deep scratch right across the sapphire. It wasn't there before, I have photos.",
            "Watch back from the service with the crystal scratched edge to edge. It was a wedding present. Gutted.",
        ],
        "de": [
            "Uhr zum Batteriewechsel geschickt, zurück kam sie mit einem tiefen Kratzer quer über das Saphirglas. Vorher war da nichts, ich habe Fotos.",
            "Nach der Revision ist das Glas von Rand zu Rand zerkratzt. Das war ein Hochzeitsgeschenk.",
        ],
        "it": [
            "Mandato per la pila, tornato con un graffio profondo sul vetro zaffiro. Prima non c'era, ho le foto."
        ],
        "fr": [
            "Envoyée pour une pile, ma montre est revenue avec une rayure profonde sur le saphir. Elle n'y était pas avant, j'ai des photos."
        ],
    },
    "refund": {
        "pt": [
            "Cancelei a revisão há três semanas, o relógio já voltou e os {amt} continuam sem aparecer na conta. Quando é que me devolvem o dinheiro?",
            "Olá, ainda estou à espera do reembolso de {amt} da revisão que cancelei. Já passaram TRÊS semanas.",
            "cadê os meus {amt}?? cancelei no dia seguinte e nada",
        ],
        "es": [
            "Cancelé la revisión hace tres semanas, el reloj ya ha vuelto y los {amt} siguen sin aparecer. ¿Cuándo me devolvéis el dinero?",
            "Hola, sigo esperando el reembolso de {amt} de una revisión que anulé. TRES semanas ya.",
            "donde estan mis {amt}? cancele al dia siguiente y nada de nada",
        ],
        "en": [
            "I cancelled the service three weeks ago, the watch is back with me and the {amt} still hasn't been refunded. When?",
            "Still waiting for my {amt} refund. THREE weeks now.",
        ],
        "de": [
            "Ich habe die Revision vor drei Wochen storniert, die Uhr ist zurück, aber die {amt} sind immer noch nicht erstattet.",
            "Warte seit DREI Wochen auf die Erstattung von {amt}. Langsam reicht es.",
        ],
        "it": [
            "Ho annullato la revisione tre settimane fa, l'orologio è tornato e i {amt} non si vedono ancora. Quando mi rimborsate?"
        ],
        "fr": [
            "J'ai annulé la révision il y a trois semaines, la montre est revenue et les {amt} ne sont toujours pas remboursés."
        ],
    },
    "wrong_price": {
        "pt": [
            "Tenho o Quadrelo Care, que inclui as pilhas, e cobraram-me {amt} pela troca. Paguei o Care para quê?",
            "Sou cliente Care há dois anos e desta vez cobraram-me a pilha, {amt}. Está no contrato que é incluída.",
            "com o Care a pilha é grátis, certo? então porque é que me tiraram {amt}",
        ],
        "es": [
            "Tengo el Quadrelo Care, que incluye las pilas, y me habéis cobrado {amt} por el cambio. ¿Para qué pago el Care entonces?",
            "Llevo dos años con el Care y esta vez me cobráis la pila, {amt}. Pone bien clarito que va incluida.",
            "con el care la pila es gratis no? pues me habeis cobrado {amt}",
        ],
        "en": [
            "I pay for Quadrelo Care, which includes batteries, and you charged me {amt} for the battery. What am I paying Care for?",
            "Care member for two years and this time I was charged {amt} for a battery that's included.",
        ],
        "de": [
            "Ich habe Quadrelo Care, Batterien inklusive, und trotzdem wurden mir {amt} berechnet. Wofür zahle ich Care?",
            "Seit zwei Jahren Care-Mitglied und jetzt {amt} für die Batterie. Die ist laut Vertrag inklusive.",
        ],
        "it": [
            "Ho il Quadrelo Care, che include le pile, e mi avete addebitato {amt} per il cambio. A cosa serve il Care allora?"
        ],
        "fr": [
            "J'ai Quadrelo Care, piles incluses, et vous m'avez facturé {amt} pour la pile. Je paie Care pour quoi ?"
        ],
    },
    "not_fixed": {
        "pt": [
            "Paguei {amt} por uma revisão completa e dois dias depois de chegar o relógio parou outra vez. Exatamente como antes.",
            "O relógio voltou da revisão, funcionou um fim de semana e parou. {amt} para isto?",
            "parado outra vez. revisão de {amt} e durou 48 horas",
        ],
        "es": [
            "Pagué {amt} por una revisión completa y a los dos días de recibirlo el reloj se ha vuelto a parar. Igual que antes.",
            "Volvió de la revisión, funcionó un fin de semana y se paró. ¿{amt} para esto?",
            "otra vez parado. revision de {amt} y ha durado 48 horas",
        ],
        "en": [
            "Paid {amt} for a full service and two days after it came back the watch has stopped again. Exactly like before.",
            "Back from the service, ran for one weekend, stopped. {amt} for that?",
        ],
        "de": [
            "{amt} für eine komplette Revision bezahlt und zwei Tage nach der Rücksendung steht die Uhr wieder. Genau wie vorher.",
            "Zurück von der Revision, ein Wochenende gelaufen, stehen geblieben. {amt} dafür?",
        ],
        "it": [
            "Ho pagato {amt} per una revisione completa e dopo due giorni l'orologio si è fermato di nuovo. Come prima."
        ],
        "fr": [
            "J'ai payé {amt} pour une révision complète et deux jours après le retour, la montre s'est encore arrêtée."
        ],
    },
}

# Speech-to-text calls: no punctuation, lower case but for codes, numbers and names.
CALL: dict[str, dict[str, str]] = {
    "not_returned": {
        "pt": "sim olá olhe eu ligo porque a vossa aplicação diz que o meu relógio foi entregue ontem e eu não recebi nada estive em casa o dia inteiro é o relógio do meu pai quero saber onde está",
        "es": "hola sí mira te llamo porque en la app pone que el reloj me lo entregaron ayer y aquí no ha llegado nada estuve en casa todo el día es el reloj de mi padre necesito saber dónde está",
        "en": "yeah hi I'm ringing because the app says my watch was delivered yesterday and it never came I was in all day it's my mum's watch so I really need to know where it is",
        "de": "ja guten Tag ich rufe an weil in der App steht dass meine Uhr gestern zugestellt wurde aber hier ist nichts angekommen ich war den ganzen Tag zuhause",
        "it": "sì salve chiamo perché l'app dice che l'orologio è stato consegnato ieri ma qui non è arrivato niente ero a casa tutto il giorno",
        "fr": "oui bonjour j'appelle parce que l'appli dit que ma montre a été livrée hier mais je n'ai rien reçu j'étais chez moi toute la journée",
    },
    "double_charge": {
        "pt": "olá estou a ligar porque me cobraram a revisão duas vezes {amt} e depois outra vez {amt} no mesmo dia e eu só mandei um relógio",
        "es": "hola buenas te llamo porque me habéis cobrado la revisión dos veces {amt} y otra vez {amt} el mismo día y solo he mandado un reloj",
        "en": "hi yeah I've been charged twice for the service {amt} and then {amt} again same day and I've only sent one watch",
        "de": "hallo ich rufe an weil die Revision zweimal abgebucht wurde zweimal {amt} am selben Tag und ich habe nur eine Uhr geschickt",
        "it": "salve chiamo perché mi avete addebitato la revisione due volte {amt} e poi ancora {amt} lo stesso giorno",
        "fr": "bonjour je vous appelle parce que la révision a été prélevée deux fois {amt} et encore {amt} le même jour",
    },
    "damage": {
        "pt": "olá eu mandei o relógio só para trocar a pilha e veio com um risco no vidro de ponta a ponta não estava assim tenho fotos de antes",
        "es": "hola mira mandé el reloj solo para la pila y me ha vuelto con una raya en el cristal de lado a lado y así no estaba tengo fotos",
        "en": "hello I sent my watch in just for a battery and it's come back with a big scratch across the glass it wasn't like that before",
        "de": "guten Tag ich habe die Uhr nur zum Batteriewechsel geschickt und jetzt ist ein langer Kratzer im Glas der war vorher nicht da",
        "it": "pronto salve ho mandato l'orologio solo per la pila ed è tornato con un graffio sul vetro che prima non c'era",
        "fr": "allô bonjour j'ai envoyé ma montre juste pour la pile et elle revient avec une rayure sur le verre qui n'y était pas",
    },
    "refund": {
        "pt": "olá é por causa de um reembolso cancelei uma revisão há três semanas o relógio já voltou e os {amt} ainda não me foram devolvidos",
        "es": "hola llamo por un reembolso anulé una revisión hace tres semanas el reloj ya ha vuelto y los {amt} todavía no me los habéis devuelto",
        "en": "hi it's about a refund I cancelled a service three weeks ago got the watch back and still no sign of the {amt}",
        "de": "guten Tag es geht um eine Erstattung ich habe vor drei Wochen eine Revision storniert und die {amt} sind immer noch nicht da",
        "it": "salve è per un rimborso ho annullato una revisione tre settimane fa e i {amt} non sono ancora arrivati",
        "fr": "bonjour c'est pour un remboursement j'ai annulé une révision il y a trois semaines et les {amt} ne sont toujours pas revenus",
    },
    "wrong_price": {
        "pt": "olá eu tenho o Quadrelo Care que inclui as pilhas e cobraram-me {amt} pela troca da pilha não percebo",
        "es": "hola yo tengo el Quadrelo Care que incluye las pilas y me habéis cobrado {amt} por cambiar la pila y no lo entiendo",
        "en": "hi I'm on Quadrelo Care which includes batteries but I've been charged {amt} for a battery change",
        "de": "hallo ich habe Quadrelo Care da sind Batterien inklusive und trotzdem wurden mir {amt} für den Batteriewechsel berechnet",
        "it": "salve ho il Quadrelo Care con le pile incluse e mi avete addebitato {amt} per il cambio pila",
        "fr": "bonjour j'ai Quadrelo Care avec les piles comprises et on m'a facturé {amt} pour le changement de pile",
    },
    "not_fixed": {
        "pt": "olá paguei {amt} por uma revisão completa e o relógio parou outra vez dois dias depois de chegar está igual a antes",
        "es": "hola pagué {amt} por una revisión completa y el reloj se ha vuelto a parar a los dos días de llegar está igual que antes",
        "en": "hi I paid {amt} for a full service and the watch stopped again two days after I got it back same as before",
        "de": "guten Tag ich habe {amt} für eine komplette Revision bezahlt und die Uhr ist zwei Tage nach der Rücksendung wieder stehen geblieben",
        "it": "salve ho pagato {amt} per una revisione completa e l'orologio si è fermato di nuovo dopo due giorni",
        "fr": "bonjour j'ai payé {amt} pour une révision complète et la montre s'est arrêtée deux jours après le retour",
    },
}

# Long e-mails: the complaint ({core}) inside a letter. (language, opening, closing)
LONG_EMAIL: list[tuple[str, str, str]] = [
    (
        "pt",
        "Exmos. Senhores,\n\nescrevo-vos do barco do Barreiro para Lisboa, que é o único bocado do dia em que estou sentada. Entre a pastelaria onde faço o turno da manhã e as aulas de explicação da minha filha, que tem exames nacionais daqui a um mês, não sobra tempo para nada, e muito menos para andar atrás de encomendas.",
        "Sei que vocês têm muitos clientes e que os erros acontecem, mas este relógio foi a única coisa que o meu pai me deixou e eu confiei-vos. Peço que me respondam por escrito, hoje, com uma solução. Não consigo estar ao telefone em horário de trabalho.\n\nCom os melhores cumprimentos,\n{name}",
    ),
    (
        "pt",
        "Caros senhores,\n\nestou na sala de espera das Finanças, senha 214, vão na 187, por isso tenho tempo para vos explicar isto com calma. Ando há dois meses a tratar da herança da minha tia, papéis, escrituras, contas, e o relógio dela era a única coisa de que eu fazia questão.",
        "Sou vosso cliente desde 2023 e sempre recomendei a Quadrelo a toda a gente. Por isso mesmo custa-me ter de escrever esta mensagem. Fico a aguardar uma resposta séria.\n\nCumprimentos,\n{name}",
    ),
    (
        "pt",
        "Olá,\n\nestou no carro à porta do pavilhão à espera que o meu filho acabe o treino de futebol, por isso desculpem algum erro, escrevo no telemóvel. Esta semana foi uma loucura no trabalho e a última coisa de que precisava era isto.",
        "Não costumo reclamar, mas assim não dá. Espero notícias vossas amanhã no máximo.\n\nObrigada,\n{name}",
    ),
    (
        "es",
        "Estimados señores:\n\nles escribo desde la cafetería del hospital, mientras a mi padre le hacen unas pruebas que van para largo. Llevo toda la semana entre su casa, la mía y el trabajo, y aprovecho este rato para algo que tendría que haber hecho hace días.",
        "No quiero un cupón ni una disculpa de plantilla, quiero que se resuelva. Mi padre me preguntó ayer por el reloj y no supe qué decirle. Quedo a la espera de su respuesta por escrito.\n\nAtentamente,\n{name}",
    ),
    (
        "es",
        "Hola:\n\nos escribo desde el autobús a Oviedo, que nos mudamos el mes que viene y estoy yendo y viniendo a ver pisos. Entre cajas, el banco y la guardería nueva de la niña, tengo la cabeza como un bombo, pero esto no puedo dejarlo pasar.",
        "Siempre he hablado bien de Quadrelo a mis amigos y familia, así que me duele escribir esto. Espero una respuesta hoy.\n\nGracias,\n{name}",
    ),
]

LONG_EMAIL_SUBJECT: dict[str, list[str]] = {
    "pt": ["O relógio do meu pai", "Reclamação: {topic}", "Uma situação que não consigo aceitar"],
    "es": ["El reloj de mi padre", "Reclamación: {topic}"],
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "pt": (
        "Processo {ref} aberto",
        "lamentamos muito o que aconteceu. Abrimos o processo {ref} e a equipa responsável já está a analisar. Damos notícias em 48 horas no máximo.",
    ),
    "es": (
        "Incidencia {ref} abierta",
        "sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y el equipo responsable ya la está revisando. Te contamos algo en 48 horas como máximo.",
    ),
    "en": (
        "Case {ref} opened",
        "we're really sorry about this. We've opened case {ref} and the team responsible is looking into it. You'll hear from us within 48 hours.",
    ),
    "de": (
        "Vorgang {ref} eröffnet",
        "das tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet, das zuständige Team prüft ihn bereits. Sie hören spätestens in 48 Stunden von uns.",
    ),
    "it": (
        "Segnalazione {ref} aperta",
        "ci dispiace molto. Abbiamo aperto la segnalazione {ref} e il team responsabile la sta già verificando. Le scriviamo entro 48 ore.",
    ),
    "fr": (
        "Dossier {ref} ouvert",
        "nous sommes vraiment désolés. Nous avons ouvert le dossier {ref} et l'équipe concernée l'examine déjà. Vous aurez de nos nouvelles sous 48 heures.",
    ),
}

CHAT_CASE: dict[str, str] = {
    "pt": "Lamento imenso. Abri o processo {ref} e passei à equipa responsável; damos notícias por e-mail em 48 horas. {agent}",
    "es": "Lo siento muchísimo. He abierto la incidencia {ref} y la he pasado al equipo; te escribimos en 48 horas como mucho. {agent}",
    "en": "I'm so sorry. I've opened case {ref} and passed it to the team; we'll e-mail you within 48 hours. {agent}",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {ref} eröffnet und weitergegeben; Sie bekommen innerhalb von 48 Stunden eine E-Mail. {agent}",
    "it": "Mi dispiace moltissimo. Ho aperto la segnalazione {ref} e l'ho passata al team; le scriviamo entro 48 ore. {agent}",
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {ref} et l'ai transmis à l'équipe ; vous aurez un e-mail sous 48 heures. {agent}",
}

URGENT_CHAT: dict[str, str] = {
    "pt": "Acrescentei ao processo {ref} e marquei como urgente. Peço desculpa pela espera. {agent}",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado como urgente. Perdona la espera. {agent}",
    "en": "I've added this to case {ref} and marked it urgent. Sorry for the wait. {agent}",
    "de": "Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert. Entschuldigen Sie die Wartezeit. {agent}",
    "it": "L'ho aggiunto alla segnalazione {ref} e l'ho segnata come urgente. Mi scusi per l'attesa. {agent}",
    "fr": "Je l'ai ajouté au dossier {ref} et marqué comme urgent. Désolée pour l'attente. {agent}",
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "pt": (
        "Processo {ref}: responsável de qualidade",
        "o seu processo {ref} passou para a nossa responsável de qualidade, que lhe liga antes de sexta-feira à hora de almoço. Pedimos desculpa pelo transtorno.",
    ),
    "es": (
        "Incidencia {ref}: responsable de calidad",
        "tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Disculpa las molestias.",
    ),
    "en": (
        "Case {ref}: our quality lead",
        "your case {ref} is now with our quality lead, who will call you before Friday lunchtime. We're sorry for the trouble.",
    ),
    "de": (
        "Vorgang {ref}: Qualitätsleitung",
        "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. Entschuldigen Sie die Umstände.",
    ),
    "it": (
        "Segnalazione {ref}: responsabile qualità",
        "la sua segnalazione {ref} è passata alla nostra responsabile qualità, che la chiamerà prima di venerdì a pranzo. Ci scusi per il disagio.",
    ),
    "fr": (
        "Dossier {ref} : responsable qualité",
        "votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. Veuillez nous excuser.",
    ),
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "pt": (
        "Boas notícias sobre o processo {ref}",
        "temos boas notícias sobre o processo {ref}: {fix}. Pode confirmar-nos se fica tudo resolvido assim?",
    ),
    "es": (
        "Buenas noticias sobre la incidencia {ref}",
        "tenemos buenas noticias sobre la incidencia {ref}: {fix}. ¿Nos confirmas si así queda todo resuelto?",
    ),
    "en": (
        "Good news on case {ref}",
        "good news on case {ref}: {fix}. Could you confirm this sorts it for you?",
    ),
    "de": (
        "Gute Nachrichten zu Vorgang {ref}",
        "gute Nachrichten zum Vorgang {ref}: {fix}. Können Sie uns bestätigen, dass das für Sie so passt?",
    ),
    "it": (
        "Buone notizie sulla segnalazione {ref}",
        "buone notizie sulla segnalazione {ref}: {fix}. Ci conferma che così va bene?",
    ),
    "fr": (
        "Bonne nouvelle pour le dossier {ref}",
        "bonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous nous confirmer que cela vous convient ?",
    ),
}

FIX: dict[str, dict[str, str]] = {
    "not_returned": {
        "pt": "o estafeta tinha entregado o relógio no prédio ao lado; já o recuperámos e é-lhe entregue hoje em mão",
        "es": "el mensajero lo había dejado en el portal de al lado; ya lo hemos recuperado y te lo entregamos hoy en mano",
        "en": "the courier had left it at the house next door; we've got it back and it's being hand-delivered today",
        "de": "der Kurier hatte die Uhr im Nachbarhaus abgegeben; wir haben sie zurück, sie wird Ihnen heute persönlich übergeben",
        "it": "il corriere l'aveva lasciato nel palazzo accanto; l'abbiamo recuperato e glielo consegniamo oggi a mano",
        "fr": "le coursier l'avait laissée dans l'immeuble voisin ; nous l'avons récupérée et elle vous est remise en main propre aujourd'hui",
    },
    "double_charge": {
        "pt": "o segundo pagamento foi anulado e o valor volta à sua conta em 3 a 5 dias",
        "es": "hemos anulado el segundo cargo y el importe vuelve a tu cuenta en 3 a 5 días",
        "en": "the second payment has been reversed and will be back in your account in 3 to 5 days",
        "de": "die zweite Abbuchung ist storniert, der Betrag ist in 3 bis 5 Tagen wieder auf Ihrem Konto",
        "it": "il secondo addebito è stato annullato e l'importo torna sul conto in 3-5 giorni",
        "fr": "le second prélèvement est annulé et le montant revient sur votre compte sous 3 à 5 jours",
    },
    "damage": {
        "pt": "trocamos o vidro de safira sem custos; a recolha fica marcada para amanhã",
        "es": "cambiamos el cristal de zafiro sin coste; la recogida queda reservada para mañana",
        "en": "we'll replace the sapphire crystal free of charge; collection is booked for tomorrow",
        "de": "wir ersetzen das Saphirglas kostenlos; die Abholung ist für morgen gebucht",
        "it": "sostituiamo il vetro zaffiro gratis; il ritiro è fissato per domani",
        "fr": "nous remplaçons le verre saphir gratuitement ; l'enlèvement est prévu demain",
    },
    "refund": {
        "pt": "o reembolso foi emitido hoje e deve aparecer na conta em 3 dias",
        "es": "el reembolso se ha emitido hoy y lo verás en 3 días",
        "en": "the refund went out today and should show within 3 days",
        "de": "die Erstattung wurde heute veranlasst und ist in 3 Tagen sichtbar",
        "it": "il rimborso è partito oggi e lo vedrà entro 3 giorni",
        "fr": "le remboursement est parti aujourd'hui et apparaîtra sous 3 jours",
    },
    "wrong_price": {
        "pt": "devolvemos o valor da pilha, que está incluída no seu Quadrelo Care",
        "es": "te devolvemos lo de la pila, que va incluida en tu Quadrelo Care",
        "en": "we've refunded the battery, which is included in your Quadrelo Care",
        "de": "wir haben die Batterie erstattet, sie ist in Ihrem Quadrelo Care enthalten",
        "it": "le abbiamo rimborsato la pila, inclusa nel suo Quadrelo Care",
        "fr": "nous vous avons remboursé la pile, incluse dans votre Quadrelo Care",
    },
    "not_fixed": {
        "pt": "o relojoeiro volta a ver o relógio sem custos, com recolha amanhã de manhã",
        "es": "el relojero vuelve a revisar el reloj sin coste, con recogida mañana por la mañana",
        "en": "the watchmaker will look at it again free of charge, with collection tomorrow morning",
        "de": "der Uhrmacher sieht sich die Uhr kostenlos noch einmal an, Abholung morgen früh",
        "it": "l'orologiaio lo riguarda gratis, con ritiro domattina",
        "fr": "l'horloger la reprend gratuitement, avec enlèvement demain matin",
    },
}

CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo: processo {ref} resolvido, está tudo bem. Obrigada!",
        "Sim, já está tudo certo com o {ref}. Obrigado pela ajuda.",
        "confirmo, {ref} ok. obg",
    ],
    "es": [
        "Confirmado: la incidencia {ref} está resuelta, todo bien. ¡Gracias!",
        "Sí, todo correcto con la {ref}. Gracias por la ayuda.",
        "confirmo {ref} ok, gracias!!",
    ],
    "en": ["Confirmed, case {ref} is sorted. Thanks!", "Yes, all fine with {ref} now, thank you."],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke!"],
    "it": ["Confermo, segnalazione {ref} risolta. Grazie!"],
    "fr": ["Je confirme, dossier {ref} réglé. Merci !"],
}

CONFIRM_SUBJECT: dict[str, str] = {
    "pt": "RE: Processo {ref}",
    "es": "RE: Incidencia {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Vorgang {ref}",
    "it": "R: Segnalazione {ref}",
    "fr": "RE : Dossier {ref}",
}

APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo nervosa. Obrigada por tratarem do {ref} tão depressa.",
        "Ontem passei-me, desculpem. Vocês resolveram e eu fui malcriado. Obrigado.",
    ],
    "es": [
        "Perdón por el tono de ayer, estaba muy nerviosa. Gracias por resolver la {ref} tan rápido.",
        "Ayer se me fue la olla, lo siento. Lo habéis arreglado y yo fui un borde. Gracias.",
    ],
    "en": [
        "Sorry about my tone yesterday, I was really stressed. Thanks for sorting {ref} so quickly."
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war echt gestresst. Danke, dass {ref} so schnell erledigt wurde."
    ],
    "it": [
        "Scusate per i toni di ieri, ero molto agitata. Grazie per aver risolto {ref} così in fretta."
    ],
    "fr": ["Désolé pour mon ton d'hier, j'étais à bout. Merci d'avoir réglé {ref} aussi vite."],
}

NPS_LOW_WORDS: dict[str, list[str]] = {
    "pt": ["Péssimo.", "", "Não recomendo.", "que desilusão"],
    "es": ["Fatal.", "", "No lo recomiendo.", "qué decepción"],
    "en": ["Poor.", ""],
    "de": ["Schlecht.", ""],
    "it": ["Pessimo.", ""],
    "fr": ["Décevant.", ""],
}

CSAT_LOW_WORDS: dict[str, list[str]] = {
    "pt": ["", "mal", "sem solução ainda"],
    "es": ["", "mal", "sin solución todavía"],
    "en": ["", "not sorted"],
    "de": ["", "nicht gelöst"],
    "it": ["", "non risolto"],
    "fr": ["", "pas réglé"],
}

# Follow-ups of a problem still open.
FOLLOW2: dict[str, list[str]] = {
    "pt": [
        "Volto a escrever por causa do processo {ref}: {what}. Continua tudo igual e ninguém me diz nada.",
        "Processo {ref}. Ainda sem resolução ({what}). Quanto tempo mais?",
        "outra vez eu, {ref}, {what}. continua por resolver",
    ],
    "es": [
        "Vuelvo a escribir por la incidencia {ref}: {what}. Sigue todo igual y nadie me dice nada.",
        "Incidencia {ref}. Todavía sin solución ({what}). ¿Cuánto más?",
        "otra vez yo, {ref}, {what}. sigue sin resolver",
    ],
    "en": [
        "Writing again about case {ref}: {what}. Still nothing, nobody's got back to me.",
        "Case {ref} still open ({what}). How much longer?",
    ],
    "de": [
        "Ich melde mich erneut wegen Vorgang {ref}: {what}. Es hat sich nichts getan.",
        "Vorgang {ref} immer noch offen ({what}). Wie lange noch?",
    ],
    "it": ["Scrivo di nuovo per la segnalazione {ref}: {what}. Ancora niente."],
    "fr": ["Je réécris pour le dossier {ref} : {what}. Toujours rien."],
}

FOLLOW3: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que vos contacto por causa do {ref} ({what}). Uma colega leva os relógios à {comp} e lá resolvem tudo no próprio dia.",
        "Terceiro contacto, processo {ref}, {what}. Já fui ver quanto cobra a {comp}.",
    ],
    "es": [
        "Tercera vez que os escribo por la {ref} ({what}). Una compañera lleva sus relojes a {comp} y allí se lo solucionan en el día.",
        "Tercer contacto, incidencia {ref}, {what}. Ya he mirado lo que cobra {comp}.",
    ],
    "en": [
        "Third time I'm contacting you about {ref} ({what}). A colleague uses {comp} and they sort this kind of thing the same day."
    ],
    "de": [
        "Zum dritten Mal wegen {ref} ({what}). Ich habe mir schon angesehen, was {comp} verlangt."
    ],
    "it": [
        "Terza volta che vi contatto per {ref} ({what}). Una collega va da {comp} e lì risolvono in giornata."
    ],
    "fr": [
        "Troisième fois que je vous contacte pour {ref} ({what}). J'ai déjà regardé les tarifs de {comp}."
    ],
}

FOLLOW4: dict[str, list[str]] = {
    "pt": [
        "QUARTA vez. Processo {ref}, {what}. Ainda nada. Não acredito.",
        "É a QUARTA vez que escrevo sobre o {ref}. {what}. Continua igual.",
    ],
    "es": [
        "CUARTA vez. Incidencia {ref}, {what}. Nada todavía. Increíble.",
        "Es la CUARTA vez que escribo por la {ref}. {what}. Sigue igual.",
    ],
    "en": ["FOURTH time. Case {ref}, {what}. Still nothing."],
    "de": ["Zum VIERTEN Mal. Vorgang {ref}, {what}. Immer noch nichts."],
    "it": ["QUARTA volta. Segnalazione {ref}, {what}. Ancora niente."],
    "fr": ["QUATRIÈME fois. Dossier {ref}, {what}. Toujours rien."],
}

FOLLOW_CALL: dict[str, str] = {
    "pt": "olá ligo outra vez por causa do processo {ref} {what} continua por resolver e ninguém me liga",
    "es": "hola llamo otra vez por la incidencia {ref} {what} sigue sin resolver y nadie me llama",
    "en": "hi calling again about case {ref} {what} it's still not sorted and nobody's called me",
    "de": "hallo ich rufe nochmal wegen Vorgang {ref} an {what} ist immer noch nicht gelöst",
    "it": "salve richiamo per la segnalazione {ref} {what} ancora niente",
    "fr": "bonjour je rappelle pour le dossier {ref} {what} toujours pas réglé",
}

# Slow churners: six steps; the fifth names an amount, the sixth a competitor.
SLIDE: dict[str, list[list[str]]] = {
    "pt": [
        [
            "A recolha da Quadrelo era para ontem de manhã. Veio hoje, sem aviso nenhum. Ok, acontece.",
            "O orçamento do meu relógio demorou 9 dias. Diziam 3. Hmm.",
            "Relógio de volta com a bracelete mal montada e uma dedada por dentro do vidro. Quadrelo, a sério?",
            "Depois da revisão adianta 40 segundos por dia. Antes adiantava 5. Não percebo.",
            "Agora cobram-me {amt} de 'taxa de manuseamento' por um relógio que decidi NÃO reparar. Estou furiosa.",
            "O meu cunhado leva os relógios à {comp}. Já mandei o outro para lá. Chega de Quadrelo.",
        ],
        [
            "A app da Quadrelo não me deixou mudar a hora da recolha. Tive de ficar em casa a manhã toda.",
            "Uma semana com o relógio 'em diagnóstico' e nem uma foto. Antes não era assim.",
            "Chegou com a coroa mal apertada e o fecho da bracelete a abrir sozinho.",
            "Liguei três vezes por causa do fecho, três pessoas diferentes, três respostas diferentes.",
            "E ainda me aparecem {amt} de portes de devolução que nunca me disseram que existiam. FARTO.",
            "Fui à {comp} ontem com o relógio do meu pai. Atenderam-me em 10 minutos. Tirem as conclusões.",
        ],
    ],
    "es": [
        [
            "La recogida de Quadrelo era ayer por la mañana. Vino hoy, sin avisar. Bueno, pasa.",
            "El presupuesto del reloj ha tardado 9 días. Decían 3. Mmm.",
            "Reloj de vuelta con la correa mal puesta y una huella por dentro del cristal. ¿En serio, Quadrelo?",
            "Desde la revisión adelanta 40 segundos al día. Antes adelantaba 5. No entiendo nada.",
            "Y ahora me cobran {amt} de 'gastos de gestión' por un reloj que decidí NO reparar. Estoy que echo humo.",
            "Mi cuñado lleva sus relojes a {comp}. Ya les he mandado el otro. Se acabó Quadrelo.",
        ],
        [
            "La app de Quadrelo no me dejó cambiar la hora de recogida. Toda la mañana en casa esperando.",
            "Una semana con el reloj 'en diagnóstico' y ni una foto. Antes no era así.",
            "Ha llegado con la corona floja y el cierre del brazalete abriéndose solo.",
            "Tres llamadas por el cierre, tres personas distintas, tres respuestas distintas.",
            "Encima me aparecen {amt} de 'portes de devolución' que nadie me dijo que existían. HARTA.",
            "Ayer fui a {comp} con el reloj de mi padre. Me atendieron en diez minutos. Saquen conclusiones.",
        ],
    ],
    "en": [
        [
            "Quadrelo pickup was meant to be yesterday morning. Came today, no message. Fine, it happens.",
            "Quote for my watch took 9 days. They said 3. Hmm.",
            "Watch back with the strap fitted wrong and a fingerprint inside the crystal. Really, Quadrelo?",
            "Since the service it gains 40 seconds a day. Used to be 5. Don't get it.",
            "Now a {amt} 'handling fee' for a watch I decided NOT to have repaired. Fuming.",
            "My brother-in-law takes his watches to {comp}. Sent my other one there. Done with Quadrelo.",
        ]
    ],
    "de": [
        [
            "Die Abholung von Quadrelo war für gestern früh geplant. Kam heute, ohne Bescheid. Na gut, kann passieren.",
            "Der Kostenvoranschlag hat 9 Tage gedauert. Angekündigt waren 3. Hm.",
            "Uhr zurück, Armband falsch montiert und ein Fingerabdruck unter dem Glas. Echt jetzt, Quadrelo?",
            "Seit der Revision geht sie 40 Sekunden am Tag vor. Vorher 5. Verstehe ich nicht.",
            "Jetzt noch {amt} 'Bearbeitungsgebühr' für eine Uhr, die ich NICHT reparieren lassen wollte. Mir reichts.",
            "Mein Schwager bringt seine Uhren zu {comp}. Die zweite habe ich jetzt dorthin geschickt.",
        ]
    ],
    "it": [
        [
            "Il ritiro di Quadrelo era per ieri mattina. È passato oggi, senza avvisare. Vabbè, capita.",
            "Il preventivo del mio orologio ci ha messo 9 giorni. Dicevano 3. Mah.",
            "Orologio tornato con il cinturino montato male e un'impronta sotto il vetro. Sul serio, Quadrelo?",
            "Dopo la revisione va avanti di 40 secondi al giorno. Prima 5. Non capisco.",
            "E adesso {amt} di 'spese di gestione' per un orologio che ho deciso di NON riparare. Sono furiosa.",
            "Mio cognato porta i suoi orologi da {comp}. Ho mandato lì l'altro. Basta Quadrelo.",
        ]
    ],
    "fr": [
        [
            "L'enlèvement Quadrelo était prévu hier matin. Passé aujourd'hui, sans prévenir. Bon, ça arrive.",
            "Le devis de ma montre a mis 9 jours. On m'avait dit 3. Bof.",
            "Montre revenue avec le bracelet mal monté et une trace de doigt sous le verre. Sérieusement, Quadrelo ?",
            "Depuis la révision elle avance de 40 secondes par jour. Avant, 5. Je ne comprends pas.",
            "Et maintenant {amt} de 'frais de gestion' pour une montre que j'ai décidé de NE PAS réparer. Furieux.",
            "Mon beau-frère confie ses montres à {comp}. J'y ai envoyé l'autre. Fini Quadrelo.",
        ]
    ],
}

SLIDE_FEE_EUR = 29

LEAVE: dict[str, list[str]] = {
    "pt": [
        "Olá, queria cancelar o Quadrelo Care e fechar a minha conta. Passei a usar um relógio inteligente e os antigos foram para a gaveta. Obrigado por tudo.",
        "Olá, vou emigrar para o Canadá no próximo mês e vendi os relógios que tinha. Podem cancelar o Care e fechar a conta? Obg",
    ],
    "es": [
        "Hola, quiero darme de baja del Quadrelo Care y cerrar la cuenta. Vendí la colección de relojes de mi padre y ya no tengo nada que mantener.",
        "Buenas, me he pasado al reloj inteligente y el Care ya no tiene sentido para mí. Quiero cancelarlo y cerrar la cuenta, gracias.",
    ],
    "en": [
        "Hi, I'd like to cancel Quadrelo Care and close my account. Switched to a smartwatch and the old ones are in a drawer now. Thanks for everything."
    ],
    "de": [
        "Hallo, ich möchte Quadrelo Care kündigen und mein Konto schließen. Ich habe die Uhrensammlung meines Vaters verkauft. Danke für alles."
    ],
    "it": [
        "Buongiorno, vorrei disdire il Quadrelo Care e chiudere l'account. Ormai uso solo lo smartwatch. Grazie di tutto."
    ],
    "fr": [
        "Bonjour, je souhaite résilier Quadrelo Care et fermer mon compte. Je porte une montre connectée maintenant. Merci pour tout."
    ],
}

LEAVE_SUBJECT: dict[str, str] = {
    "pt": "Cancelar Quadrelo Care",
    "es": "Baja Quadrelo Care",
    "en": "Cancel Quadrelo Care",
    "de": "Kündigung Quadrelo Care",
    "it": "Disdetta Quadrelo Care",
    "fr": "Résiliation Quadrelo Care",
}

SORRY_GO: dict[str, str] = {
    "pt": "lamentamos vê-lo partir e agradecemos a confiança destes anos. Pode cancelar o Quadrelo Care e fechar a conta na app, em Conta > Quadrelo Care, ou no site.",
    "es": "sentimos que te vayas y te agradecemos estos años. Puedes cancelar el Quadrelo Care y cerrar la cuenta en la app, en Cuenta > Quadrelo Care, o en la web.",
    "en": "we're sorry to see you go and thank you for your trust. You can cancel Quadrelo Care and close your account yourself in the app (Account > Quadrelo Care) or on the website.",
    "de": "schade, dass Sie gehen, und danke für Ihr Vertrauen. Sie können Quadrelo Care in der App (Konto > Quadrelo Care) oder auf der Website selbst kündigen.",
    "it": "ci dispiace vederla andare via e la ringraziamo. Può disdire il Quadrelo Care e chiudere l'account nell'app (Account > Quadrelo Care) o sul sito.",
    "fr": "nous sommes désolés de vous voir partir et vous remercions. Vous pouvez résilier Quadrelo Care et fermer votre compte dans l'appli (Compte > Quadrelo Care) ou sur le site.",
}

GRUMPY: dict[str, list[str]] = {
    "pt": [
        "A app da Quadrelo pede-me a password TODAS as vezes que a abro. Todas.",
        "Mensagem 'o seu relógio está pronto' às 6h02. A sério?",
        "O seguimento diz 'na oficina' há 6 dias e nem uma foto. Para que serve?",
        "A loja parceira aqui fecha às 18h, ninguém que trabalhe consegue lá ir.",
        "A caixa de envio não cabe na caixa do correio e fica sempre no café de baixo.",
        "Porque é que a fatura não aparece na app? Tenho de a pedir por e-mail todas as vezes.",
        "Outra vez o estafeta deixou o aviso sem tocar à campainha. Que preguiça.",
    ],
    "es": [
        "La app de Quadrelo me pide la contraseña CADA vez que la abro. Cada una.",
        "Mensaje de 'tu reloj está listo' a las 6:02. ¿En serio?",
        "El seguimiento lleva 6 días en 'en taller' sin una sola foto. ¿Para qué está?",
        "La joyería colaboradora de mi barrio cierra a las 19 y los sábados no abre. Genial.",
        "La caja de envío no cabe en el buzón y acaba siempre en el bar de abajo.",
        "¿Por qué la factura no sale en la app? Hay que pedirla por correo cada vez.",
        "El mensajero otra vez deja el aviso sin llamar al timbre. Qué pereza.",
    ],
    "en": [
        "The Quadrelo app logs me out EVERY time.",
        "'Your watch is ready' text at 6:02am. Really?",
        "Tracker says 'in workshop' for 6 days, not one photo.",
    ],
    "de": [
        "Die Quadrelo-App loggt mich JEDES Mal aus.",
        "'Ihre Uhr ist fertig' um 6:02 Uhr. Ernsthaft?",
        "Seit 6 Tagen 'in der Werkstatt' und kein einziges Foto.",
    ],
    "it": [
        "L'app di Quadrelo mi chiede la password OGNI volta.",
        "Messaggio 'orologio pronto' alle 6:02. Davvero?",
        "Da 6 giorni 'in laboratorio' e nemmeno una foto.",
    ],
    "fr": [
        "L'appli Quadrelo me déconnecte à CHAQUE fois.",
        "SMS 'votre montre est prête' à 6h02. Sérieux ?",
        "Six jours 'à l'atelier' et pas une photo.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Dez dias para trocar uma pilha. Rapidez suíça, sem dúvida 👏",
        "A caixa da Quadrelo vinha tão bem fechada que precisei de um x-ato e de uma oração 😂",
    ],
    "es": [
        "Me avisan a las 6:02 de la mañana de que mi reloj está listo. Gracias Quadrelo, ya no necesito despertador 🙃",
        "Diez días para una pila. Velocidad suiza, oiga 👏",
    ],
    "en": ["Love that the 'express' battery change took 11 days. Truly express 👏"],
    "de": [
        "Uhr fertig, Nachricht um 6:01 Uhr. Danke Quadrelo, einen Wecker brauche ich jetzt nicht mehr 🙃"
    ],
    "it": ["Dieci giorni per una pila. Velocità svizzera, proprio 👏"],
    "fr": ["Prévenu à 6h02 que ma montre est prête. Merci Quadrelo, plus besoin de réveil 🙃"],
}

# Mild, answered grumbles (quiet weekend, and the calm week before the spike).
MILD: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "A pesquisa de lojas parceiras mostra uma loja em Braga que fechou na primavera.",
            "Obrigado pelo aviso! Já retirámos essa loja da lista. {agent}",
        ),
        (
            "O PDF do orçamento não abre no telemóvel, só no computador.",
            "Obrigado, passámos à equipa da app; entretanto pode vê-lo no separador Orçamentos. {agent}",
        ),
    ],
    "es": [
        (
            "El buscador de joyerías colaboradoras me manda a una de Burgos que cerró hace meses.",
            "¡Gracias por avisar! Ya la hemos quitado del mapa. {agent}",
        ),
        (
            "Las fotos del seguimiento se ven diminutas en el móvil y no dejan hacer zoom.",
            "Gracias, lo pasamos al equipo de la app; mientras, en la web sí puedes ampliarlas. {agent}",
        ),
    ],
    "en": [
        (
            "The shop finder lists a partner in Leeds that closed in the spring.",
            "Thanks for flagging it, we've taken it off the list. {agent}",
        )
    ],
    "de": [
        (
            "Die Filialsuche zeigt mir einen Partner in Graz, der seit Monaten zu ist.",
            "Danke für den Hinweis, wir haben ihn entfernt. {agent}",
        )
    ],
    "it": [
        (
            "Le foto del tracciamento sono minuscole sul telefono.",
            "Grazie, l'abbiamo segnalato al team dell'app; dal sito si possono ingrandire. {agent}",
        )
    ],
    "fr": [
        (
            "Le PDF du devis ne s'ouvre pas sur mon téléphone.",
            "Merci, c'est transmis à l'équipe de l'appli ; en attendant il est dans l'onglet Devis. {agent}",
        )
    ],
}

WEB_ACK: dict[str, tuple[str, str]] = {
    "pt": ("Recebemos a sua mensagem", "obrigado pela sua mensagem. {answer}"),
    "es": ("Hemos recibido tu mensaje", "gracias por escribirnos. {answer}"),
    "en": ("We got your message", "thanks for getting in touch. {answer}"),
    "de": ("Ihre Nachricht ist angekommen", "danke für Ihre Nachricht. {answer}"),
    "it": ("Abbiamo ricevuto il suo messaggio", "grazie per averci scritto. {answer}"),
    "fr": ("Nous avons bien reçu votre message", "merci de nous avoir écrit. {answer}"),
}

SPIKE_WEEK_GRUMBLE: dict[str, tuple[str, str]] = {
    "pt": (
        "As fotos do seguimento estão a demorar imenso a carregar hoje.",
        "Obrigado, hoje de manhã o servidor das fotos está lento; deve normalizar durante a tarde. {agent}",
    ),
    "es": (
        "El mapa de joyerías colaboradoras tarda una eternidad en cargar hoy.",
        "Gracias por avisar, el mapa va lento esta mañana; a lo largo del día se normaliza. {agent}",
    ),
}

# ---------------------------------------------------------------- the spike

SPIKE_CODE = "QT/914"

SPIKE_REPORT: dict[str, list[str]] = {
    "pt": [
        "Fui à app recusar o orçamento (só queria a pilha!) e está como ACEITE: revisão completa, 290 €. Eu não aceitei nada. Ao carregar em Recusar dá erro QT/914.",
        "O orçamento do meu relógio aparece aceite sozinho?? Não toquei em nada. Recusar → erro QT/914. Mais alguém?",
        "Bom dia, acordei com a notificação 'Orçamento aceite, trabalho iniciado' para um vidro de safira de 120 € que eu NÃO aceitei. Tento recusar e aparece QT/914.",
        "a app da Quadrelo está a aceitar orçamentos por nós. o meu passou a aceite às 9h e não consigo recusar, erro QT/914",
        "Está tudo doido na app: orçamento aceite sem eu querer e o botão Recusar só dá QT/914. Parem a oficina por favor!",
        "O orçamento do relógio da minha mãe passou a 'aceite' esta manhã sem ninguém aceitar. Erro QT/914 ao recusar. NÃO autorizo esse trabalho.",
    ],
    "es": [
        "Entro en la app a rechazar el presupuesto (¡solo quería la pila!) y sale ACEPTADO: revisión completa, 290 €. Yo no he aceptado nada. Al darle a Rechazar, error QT/914.",
        "¿Alguien más con el presupuesto aceptado solo? No he tocado nada. Rechazar → error QT/914.",
        "Buenos días, me despierto con 'Presupuesto aceptado, trabajo iniciado' para un cristal de zafiro de 120 € que NO he aceptado. Intento rechazarlo y sale QT/914.",
        "la app de quadrelo esta aceptando presupuestos por nosotros. el mio paso a aceptado a las 10 y no puedo rechazarlo, error QT/914",
        "La app se ha vuelto loca: presupuesto aceptado sin querer y el botón Rechazar solo da QT/914. ¡Parad el taller por favor!",
        "El presupuesto del reloj de mi madre ha pasado a 'aceptado' esta mañana sin que nadie lo acepte. Error QT/914 al rechazar. NO autorizo ese trabajo.",
    ],
    "en": [
        "Opened the app to decline my quote (only wanted a battery!) and it says ACCEPTED, full service. I never accepted anything. Decline gives error QT/914.",
        "Anyone else's Quadrelo quote accepting itself this morning? Decline just throws QT/914.",
    ],
    "de": [
        "Wollte in der App den Kostenvoranschlag ablehnen (nur Batterie!) und da steht ANGENOMMEN: Komplettrevision, 290 €. Ich habe nichts angenommen. Ablehnen gibt Fehler QT/914.",
        "Mein Kostenvoranschlag ist heute früh von selbst auf 'angenommen' gesprungen. Ablehnen → QT/914. Noch jemand?",
    ],
    "it": [
        "Apro l'app per rifiutare il preventivo (volevo solo la pila!) e risulta ACCETTATO: revisione completa, 290 €. Non ho accettato niente. Rifiuta dà errore QT/914.",
        "Il mio preventivo si è accettato da solo stamattina?? Rifiuta → errore QT/914.",
    ],
    "fr": [
        "J'ouvre l'appli pour refuser le devis (je voulais juste une pile !) et il est ACCEPTÉ : révision complète, 290 €. Je n'ai rien accepté. Refuser donne l'erreur QT/914.",
        "Mon devis s'est accepté tout seul ce matin ?? Refuser → erreur QT/914. Quelqu'un d'autre ?",
    ],
}

SPIKE_SUBJECT: dict[str, list[str]] = {
    "pt": ["Orçamento aceite sem autorização", "URGENTE erro QT/914"],
    "es": ["Presupuesto aceptado sin mi permiso", "URGENTE error QT/914"],
    "en": ["Quote accepted without my consent"],
    "de": ["Kostenvoranschlag ohne Zustimmung angenommen"],
    "it": ["Preventivo accettato senza consenso"],
    "fr": ["Devis accepté sans mon accord"],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "pt": [
        "Continua: agora pelo site no computador, o orçamento continua aceite e Recusar dá QT/914. Alguém me responde?",
        "Experimentei no telemóvel do meu marido, a mesma coisa, QT/914. Não quero essa revisão!",
    ],
    "es": [
        "Sigue igual desde el ordenador: presupuesto aceptado y al rechazar QT/914. ¿Alguien me contesta?",
        "Probado en el móvil de mi mujer, lo mismo, QT/914. Que no toquen mi reloj, por favor.",
    ],
    "en": [
        "Still QT/914, now on the website too. Please make sure nobody starts work on my watch."
    ],
    "de": ["Immer noch QT/914, jetzt auch über die Website. Bitte nichts an meiner Uhr machen!"],
    "it": ["Ancora QT/914 anche dal sito. Non voglio quel lavoro!"],
    "fr": ["Toujours QT/914, même depuis le site. Je refuse ces travaux !"],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "pt": "Sim, neste momento a app está a marcar orçamentos como aceites e a recusa falha para todos. A oficina já parou: nenhum trabalho começa sem a sua confirmação. Os engenheiros estão a tratar. {agent}",
    "es": "Sí, ahora mismo la app está marcando presupuestos como aceptados y el rechazo falla para todos. El taller está parado: no se empieza nada sin tu confirmación. Los ingenieros están en ello. {agent}",
    "en": "Yes, right now the app is marking quotes as accepted and declining fails for everyone. The workshop has stopped: no work starts without your confirmation. Our engineers are on it. {agent}",
    "de": "Ja, die App markiert gerade Kostenvoranschläge als angenommen und das Ablehnen schlägt bei allen fehl. Die Werkstatt steht: ohne Ihre Bestätigung wird nichts gemacht. Unsere Techniker sind dran. {agent}",
    "it": "Sì, in questo momento l'app segna i preventivi come accettati e il rifiuto non funziona per nessuno. Il laboratorio è fermo: nessun lavoro senza la sua conferma. I tecnici ci stanno lavorando. {agent}",
    "fr": "Oui, en ce moment l'appli marque les devis comme acceptés et le refus échoue pour tout le monde. L'atelier est à l'arrêt : rien ne sera fait sans votre accord. Nos ingénieurs s'en occupent. {agent}",
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "pt": (
        "Os seus orçamentos voltaram ao normal",
        "desde as {local} (hora local) a app voltou a funcionar: o orçamento do seu relógio está outra vez 'à espera da sua resposta' e nada foi feito sem autorização. Pelo incómodo, acrescentámos {credit} de crédito à sua conta.",
    ),
    "es": (
        "Tus presupuestos vuelven a estar bien",
        "desde las {local} (hora local) la app funciona de nuevo: el presupuesto de tu reloj vuelve a estar 'pendiente de tu respuesta' y no se ha hecho nada sin tu permiso. Por las molestias, te hemos añadido {credit} de crédito.",
    ),
    "en": (
        "Your quotes are back to normal",
        "since {local} (your local time) the app works again: your watch's quote is back to 'waiting for your answer' and nothing was done without your consent. For the trouble, we've added {credit} credit to your account.",
    ),
    "de": (
        "Ihre Kostenvoranschläge sind wieder in Ordnung",
        "seit {local} Uhr (Ortszeit) funktioniert die App wieder: Ihr Kostenvoranschlag wartet wieder auf Ihre Antwort, ohne Ihre Zustimmung wurde nichts gemacht. Für die Umstände haben wir Ihnen {credit} gutgeschrieben.",
    ),
    "it": (
        "I suoi preventivi sono tornati normali",
        "dalle {local} (ora locale) l'app funziona di nuovo: il preventivo è tornato 'in attesa di risposta' e non è stato fatto nulla senza il suo consenso. Per il disagio le abbiamo accreditato {credit}.",
    ),
    "fr": (
        "Vos devis sont revenus à la normale",
        "depuis {local} (heure locale) l'appli fonctionne à nouveau : votre devis attend de nouveau votre réponse et rien n'a été fait sans votre accord. Pour la gêne, nous avons ajouté {credit} de crédit à votre compte.",
    ),
}

# Two lone questions on the calm Friday before the spike (about an app that worked).
LONE_Q: dict[str, tuple[str, str]] = {
    "pt": (
        "Uma dúvida: se eu não responder ao orçamento na app, ele fica aceite automaticamente passado uns dias? O botão Aceitar é enorme e o Recusar pequenino lol",
        "Não, nunca aceitamos nada sem o seu toque. Um orçamento sem resposta expira ao fim de 14 dias e o relógio volta para si. {agent}",
    ),
    "es": (
        "Pregunta tonta: ayer rechacé un presupuesto y en la app sale en gris con 'cerrado'. ¿Eso quiere decir que me devolvéis el reloj sin tocarlo?",
        "¡Exacto! 'Cerrado' quiere decir que no haremos nada; el reloj sale mañana hacia tu casa. {agent}",
    ),
}
