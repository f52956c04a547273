# ruff: noqa: E501
"""Wording of heldout294 (Falcora: falconry days, hawk walks, bird control on account)."""

from __future__ import annotations

LANGS = ("en", "it", "de", "es", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "en": ("UK", "IE"),
    "it": ("IT", "CH"),
    "de": ("DE", "AT"),
    "es": ("ES",),
    "fr": ("FR", "BE"),
    "pt": ("PT",),
}
FIRST = {
    "en": ["Gemma", "Rhys", "Aoife", "Callum", "Niamh", "Owen", "Harriet", "Declan"],
    "it": ["Chiara", "Matteo", "Giulia", "Lorenzo", "Serena", "Davide", "Ilaria", "Nicola"],
    "de": ["Svenja", "Jonas", "Mareike", "Florian", "Birgit", "Lukas"],
    "es": ["Nerea", "Iker", "Rocío", "Álvaro", "Itziar", "Gonzalo"],
    "fr": ["Solène", "Bastien", "Maëlle", "Romain", "Gaëlle", "Thibault"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana", "Duarte"],
}
LAST = {
    "en": ["Pritchard", "Doyle", "Fenwick", "Mcalister", "Hargreaves", "Quinlan", "Ashby"],
    "it": ["Benedetti", "Longhi", "Ferraro", "Cattaneo", "Marchetti", "Rinaldi", "Pellegrini"],
    "de": ["Kessler", "Brandauer", "Hofmeister", "Lindqvist", "Wendt"],
    "es": ["Echeverría", "Solano", "Paredes", "Ibarra", "Quintana"],
    "fr": ["Leclerc", "Marchand", "Bertin", "Favre", "Roussel"],
    "pt": ["Carvalho", "Moreira", "Sequeira", "Antunes", "Lopes"],
}
PHONE = {
    "UK": ("+447", 9),
    "IE": ("+3538", 8),
    "IT": ("+393", 9),
    "CH": ("+417", 8),
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "ES": ("+346", 8),
    "FR": ("+336", 8),
    "BE": ("+324", 8),
    "PT": ("+3519", 8),
}

PRODUCTS = [
    "Hawk walk, 90 min",
    "Owl encounter, 1 h",
    "Falconry day, full",
    "Half-day falconry taster",
    "Gift voucher, hawk walk",
    "Falcora Club, monthly",
]

PRAISE = {
    "en": [
        "Did the hawk walk with Moss the Harris hawk today, he landed on my glove six times. "
        "Best birthday present ever, thank you Falcora",
        "Third hawk walk this year and still grinning. The handler knew every bird's quirks",
        "Took my dad for the owl encounter, he hasn't stopped talking about the barn owl",
    ],
    "it": [
        "Oggi passeggiata col falco, Luna è atterrata sul guanto non so quante volte. "
        "Esperienza stupenda, grazie Falcora!",
        "Terza volta quest'anno e ancora emozionata come la prima. Istruttori bravissimi",
        "Regalato l'incontro con i gufi a mia nonna, è tornata a casa felice come una bambina",
    ],
    "de": [
        "Heute Falknertag gemacht, der Wüstenbussard hat sich richtig Mühe gegeben. Toll!",
        "Eulen-Nachmittag mit den Kindern, super erklärt und sehr geduldig",
    ],
    "es": [
        "Paseo con halcones hoy, el águila de Harris venía al guante a la primera. Genial",
        "Mi hija flipó con las lechuzas, repetiremos seguro",
    ],
    "fr": [
        "Balade avec les buses ce matin, magique, le fauconnier était passionnant",
        "Rencontre avec les chouettes pour l'anniversaire de mon fils, il était aux anges",
    ],
    "pt": [
        "Passeio com falcões hoje, incrível ver a ave voltar à luva. Recomendo muito",
        "Levei a minha mãe ao encontro com corujas, adorou cada minuto",
    ],
}
QUESTION = {
    "en": [
        "Hi, can I bring my 7 year old on the hawk walk or is there an age limit?",
        "Is the falconry day still on if it rains? Booked for Sunday",
    ],
    "it": [
        "Buongiorno, posso portare mio figlio di 8 anni alla passeggiata col falco?",
        "Se piove sabato l'esperienza con i rapaci si fa lo stesso?",
    ],
    "de": ["Findet der Falknertag bei Regen trotzdem statt?"],
    "es": ["¿Puedo llevar a mi sobrino de 9 años al paseo con halcones?"],
    "fr": ["Bonjour, l'atelier chouettes est-il adapté à un enfant de 6 ans ?"],
    "pt": ["Olá, o passeio com falcões faz-se com chuva?"],
}
ANSWER = {
    "en": "Hi! Yes, from 6 years with an adult, and we fly in light rain. See you there!",
    "it": "Ciao! Sì, dai 6 anni con un adulto, e con pioggia leggera voliamo comunque.",
    "de": "Hallo! Ja, ab 6 Jahren mit Begleitung, bei leichtem Regen fliegen wir.",
    "es": "¡Hola! Sí, desde los 6 años con un adulto, y con lluvia ligera volamos igual.",
    "fr": "Bonjour ! Oui, dès 6 ans accompagné, et on vole par petite pluie.",
    "pt": "Olá! Sim, a partir dos 6 anos com um adulto, e com chuva fraca voamos.",
}
THANKS = {
    "en": ["Brilliant, thanks!", "cheers, that's great"],
    "it": ["Perfetto grazie mille", "ok grazie!"],
    "de": ["Super, danke!"],
    "es": ["Genial, gracias"],
    "fr": ["Parfait merci"],
    "pt": ["Ótimo, obrigada"],
}
NIGHT = {
    "en": [
        "Can't sleep so I'm watching the tawny owl videos from Saturday again. Still magic",
        "2am and I've just booked the falconry day for my brother's stag. No regrets",
    ],
    "it": [
        "Non riesco a dormire, riguardo le foto col gufo reale di sabato. Che emozione",
        "Alle 2 di notte ho prenotato la giornata coi falchi per mio marito, sorpresa!",
    ],
    "de": ["Nachtschicht vorbei, schnell noch den Eulenabend gebucht"],
    "es": ["Sin sueño, viendo otra vez los vídeos del búho real. Qué pasada"],
    "fr": ["Insomnie, je regarde encore les photos du grand-duc, trop beau"],
    "pt": ["Sem sono, a rever as fotos do bufo-real. Que experiência"],
}
NIGHT_TOPIC = {
    "en": [
        "anyone know if the winter owl evenings come back in November?",
        "is the barn owl Pip still flying? haven't seen her in the photos",
        "watching the peregrine cam, she's awake too lol",
    ],
    "it": [
        "qualcuno sa se tornano le serate coi gufi d'inverno?",
        "la civetta Mela vola ancora? non la vedo nelle foto",
        "guardo la webcam del pellegrino, anche lei sveglia ahah",
    ],
    "de": ["kommen die Winter-Eulenabende wieder?"],
    "es": ["¿vuelven las noches de búhos en invierno?"],
    "fr": ["les soirées chouettes reviennent cet hiver ?"],
    "pt": ["as noites das corujas voltam no inverno?"],
}

PROBLEMS = ["cancelled", "double", "voucher", "refund", "club_price", "no_handler"]
COMPLAINT = {
    "en": {
        "cancelled": "Drove 90 minutes to the centre for the 10am hawk walk and found it cancelled. "
        "Nobody told us. Two kids in tears in the car park. Not acceptable.",
        "double": "You've charged my card TWICE for the falconry day, 189 pounds each time. "
        "I need the second one back now.",
        "voucher": "The gift voucher my sister bought me says invalid at checkout. It runs to "
        "December. Absolutely fuming, it was a birthday present.",
        "refund": "Three weeks waiting for the refund of the owl evening you cancelled. Still nothing.",
        "club_price": "I'm a Falcora Club member and was charged the full price for the hawk walk. "
        "What am I paying the membership for?",
        "no_handler": "Turned up for the falconry day, no handler, birds left in the mews. We "
        "stood there an hour. Really disappointed.",
    },
    "it": {
        "cancelled": "Abbiamo fatto un'ora e mezza di strada per la passeggiata delle 10 e l'avete "
        "annullata senza avvisare. Due bambini in lacrime. Inaccettabile.",
        "double": "Mi avete addebitato DUE volte la giornata coi falchi, 210 euro ciascuna. "
        "Rivoglio subito il secondo addebito.",
        "voucher": "Il buono regalo che mi ha fatto mia sorella risulta non valido. Scade a "
        "dicembre! Sono furiosa, era il mio regalo di compleanno.",
        "refund": "Sono tre settimane che aspetto il rimborso della serata gufi che avete annullato.",
        "club_price": "Sono socia Falcora Club e mi avete fatto pagare il prezzo pieno. A cosa "
        "serve l'abbonamento?",
        "no_handler": "Arrivati per la giornata coi rapaci, nessun falconiere. Un'ora ad aspettare "
        "davanti alle voliere. Delusissimi.",
    },
    "de": {
        "cancelled": "Eine Stunde Anfahrt und der Falknerspaziergang war abgesagt, ohne Nachricht.",
        "double": "Sie haben den Falknertag ZWEIMAL abgebucht, je 210 Euro. Bitte sofort erstatten.",
        "voucher": "Der Gutschein meiner Schwester wird als ungültig abgelehnt, gültig bis Dezember!",
        "refund": "Seit drei Wochen warte ich auf die Erstattung des abgesagten Eulenabends.",
        "club_price": "Ich bin im Falcora Club und musste trotzdem den vollen Preis zahlen.",
        "no_handler": "Falknertag gebucht, kein Falkner da. Eine Stunde gewartet. Enttäuschend.",
    },
    "es": {
        "cancelled": "Hicimos hora y media de coche y el paseo de las 10 estaba cancelado sin avisar.",
        "double": "Me habéis cobrado DOS veces el día de cetrería, 210 € cada uno. Devolvedlo ya.",
        "voucher": "El bono regalo de mi hermana sale como no válido y caduca en diciembre.",
        "refund": "Tres semanas esperando el reembolso de la noche de búhos que cancelasteis.",
        "club_price": "Soy del Falcora Club y me habéis cobrado precio completo. ¿Para qué pago?",
        "no_handler": "Llegamos al día de cetrería y no había cetrero. Una hora esperando.",
    },
    "fr": {
        "cancelled": "1h30 de route et la balade de 10h était annulée, sans aucun message.",
        "double": "Vous avez débité DEUX fois la journée fauconnerie, 210 € chacune. Remboursez-moi.",
        "voucher": "Le bon cadeau de ma sœur est refusé comme invalide, il est valable jusqu'en décembre.",
        "refund": "Trois semaines que j'attends le remboursement de la soirée chouettes annulée.",
        "club_price": "Je suis membre Falcora Club et j'ai payé plein tarif. À quoi sert l'abonnement ?",
        "no_handler": "Arrivés pour la journée, pas de fauconnier. Une heure d'attente. Très déçus.",
    },
    "pt": {
        "cancelled": "Hora e meia de carro e o passeio das 10h estava cancelado sem aviso.",
        "double": "Cobraram DUAS vezes o dia de falcoaria, 210 € cada. Quero o reembolso já.",
        "voucher": "O vale-oferta da minha irmã aparece como inválido e só expira em dezembro.",
        "refund": "Três semanas à espera do reembolso da noite das corujas que cancelaram.",
        "club_price": "Sou do Falcora Club e paguei o preço total. Para que serve a assinatura?",
        "no_handler": "Chegámos ao dia de falcoaria e não havia falcoeiro. Uma hora à espera.",
    },
}
LETTER = {
    "en": (
        "Hello,\n\nI'm writing this from the hospital car park while my mum has her check-up, "
        "so forgive the typos. We've been coming to Falcora since the kids were small and "
        "the team has always been lovely. ",
        " I'd like this sorted please, it spoiled a day we had planned for months.\n\nKind regards",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista mentre aspetto mio figlio, "
        "quindi perdonate la fretta. Veniamo da voi da anni e siamo sempre stati benissimo. ",
        " Vorrei che la cosa si risolvesse, ci tenevamo tantissimo.\n\nCordiali saluti",
    ),
    "de": (
        "Hallo,\n\nich schreibe aus dem Zug auf dem Weg zur Arbeit. Wir sind seit Jahren Gäste. ",
        " Ich bitte um eine Lösung.\n\nViele Grüße",
    ),
    "es": (
        "Hola:\n\nOs escribo desde el coche esperando a mi hija en el conservatorio. "
        "Somos clientes desde hace años. ",
        " Espero una solución.\n\nUn saludo",
    ),
    "fr": (
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné. Nous venons depuis des "
        "années. ",
        " Merci de régler cela.\n\nCordialement",
    ),
    "pt": (
        "Olá,\n\nescrevo do carro à espera da minha filha no treino. Somos clientes há anos. ",
        " Agradeço uma solução.\n\nCumprimentos",
    ),
}
CALL = {
    "en": "hi yeah i'm calling about {p} it's really not good enough can someone sort it",
    "it": "sì buongiorno chiamo per {p} non va bene per niente qualcuno mi può aiutare",
    "de": "ja hallo ich rufe an wegen {p} das geht so nicht können Sie das klären",
    "es": "hola sí llamo por {p} esto no puede ser me lo podéis arreglar",
    "fr": "oui bonjour j'appelle pour {p} c'est pas normal vous pouvez régler ça",
    "pt": "olá sim ligo por causa de {p} isto não está bem podem resolver",
}
CALL_TOPIC = {
    "en": {
        "cancelled": "the hawk walk you cancelled without telling us",
        "double": "being charged twice",
        "voucher": "the gift voucher saying invalid",
        "refund": "the refund i'm still waiting for",
        "club_price": "being charged full price as a club member",
        "no_handler": "the falconry day with no handler there",
    },
    "it": {
        "cancelled": "la passeggiata annullata senza avvisare",
        "double": "il doppio addebito",
        "voucher": "il buono regalo che risulta non valido",
        "refund": "il rimborso che non arriva",
        "club_price": "il prezzo pieno anche se sono socia",
        "no_handler": "la giornata senza falconiere",
    },
    "de": {
        "cancelled": "dem abgesagten Spaziergang",
        "double": "der doppelten Abbuchung",
        "voucher": "dem ungültigen Gutschein",
        "refund": "der Erstattung",
        "club_price": "dem vollen Preis trotz Club",
        "no_handler": "dem fehlenden Falkner",
    },
    "es": {
        "cancelled": "el paseo cancelado",
        "double": "el cobro doble",
        "voucher": "el bono no válido",
        "refund": "el reembolso",
        "club_price": "el precio completo siendo socia",
        "no_handler": "el día sin cetrero",
    },
    "fr": {
        "cancelled": "la balade annulée",
        "double": "le double débit",
        "voucher": "le bon cadeau refusé",
        "refund": "le remboursement",
        "club_price": "le plein tarif malgré le club",
        "no_handler": "la journée sans fauconnier",
    },
    "pt": {
        "cancelled": "o passeio cancelado",
        "double": "a cobrança dupla",
        "voucher": "o vale inválido",
        "refund": "o reembolso",
        "club_price": "o preço total sendo sócia",
        "no_handler": "o dia sem falcoeiro",
    },
}
CASE_OPENED = {
    "en": "Sorry about this. I've opened case {c} and will come back to you within 48 hours.",
    "it": "Ci scusi. Ho aperto la pratica {c}, le rispondiamo entro 48 ore.",
    "de": "Das tut uns leid. Vorgang {c} ist angelegt, Antwort binnen 48 Stunden.",
    "es": "Lo sentimos. Hemos abierto la incidencia {c}, respuesta en 48 horas.",
    "fr": "Désolés. Dossier {c} ouvert, réponse sous 48 heures.",
    "pt": "Lamentamos. Abrimos o pedido {c}, resposta em 48 horas.",
}
ESCALATED = {
    "en": "Case {c} has been passed to our operations lead, who will call you tomorrow.",
    "it": "La pratica {c} è passata al responsabile operativo, la chiamerà domani.",
    "de": "Vorgang {c} liegt jetzt bei der Betriebsleitung, Anruf morgen.",
    "es": "La incidencia {c} pasa a la responsable de operaciones, le llamará mañana.",
    "fr": "Le dossier {c} est transmis à la responsable des opérations, appel demain.",
    "pt": "O pedido {c} passou para a responsável de operações, liga amanhã.",
}
GOOD_NEWS = {
    "en": "Good news on {c}: it's fixed and we've added a free owl encounter. Could you confirm?",
    "it": "Buone notizie sulla pratica {c}: risolto, e le regaliamo un incontro coi gufi. Ci conferma?",
    "de": "Gute Nachricht zu {c}: erledigt, dazu ein Eulen-Treffen gratis. Bestätigen Sie kurz?",
    "es": "Buenas noticias sobre {c}: resuelto y le regalamos un encuentro con búhos. ¿Lo confirma?",
    "fr": "Bonne nouvelle pour {c} : c'est réglé, et une rencontre chouettes offerte. Vous confirmez ?",
    "pt": "Boas notícias sobre {c}: resolvido e oferecemos um encontro com corujas. Confirma?",
}
CONFIRM = {
    "en": ["Yes, all sorted on {c}, thanks a lot", "Confirmed for {c}, money's back. Thank you"],
    "it": ["Confermo per la pratica {c}, tutto a posto, grazie", "Sì, {c} risolta, grazie davvero"],
    "de": ["Bestätigt, {c} ist erledigt, danke"],
    "es": ["Confirmado, {c} resuelto, gracias"],
    "fr": ["Confirmé pour {c}, merci"],
    "pt": ["Confirmo, {c} resolvido, obrigado"],
}
APOLOGY = {
    "en": ["Sorry for my message yesterday, I was just tired and cross. You've always been great"],
    "it": [
        "Scusate per ieri, ero stanca e arrabbiata. Con voi mi sono sempre trovata bene",
        "Chiedo scusa per il tono di ieri, giornata no",
    ],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag"],
    "es": ["Perdón por lo de ayer, mal día"],
    "fr": ["Désolée pour hier, mauvaise journée"],
    "pt": ["Desculpem ontem, dia mau"],
}
STILL = {
    "en": [
        "Case {c} still isn't sorted. Second time I'm writing about this.",
        "Third time now about {c}. My friend books with {comp} and they fix things same day.",
        "FOURTH time about {c}. Still nothing. Ridiculous.",
    ],
    "it": [
        "La pratica {c} non è ancora risolta. È la seconda volta che scrivo.",
        "Terza volta per la pratica {c}. Una mia amica va da {comp} e lì risolvono subito.",
        "QUARTA volta per {c}. Ancora niente. Assurdo.",
    ],
    "de": [
        "{c} ist immer noch offen. Zweites Mal.",
        "Drittes Mal wegen {c}. Bei {comp} geht das schneller.",
        "VIERTES Mal wegen {c}. Immer noch nichts.",
    ],
    "es": [
        "{c} sigue sin resolver. Segunda vez.",
        "Tercera vez por {c}. En {comp} lo arreglan al momento.",
        "CUARTA vez por {c}. Nada.",
    ],
    "fr": [
        "{c} toujours pas réglé. Deuxième fois.",
        "Troisième fois pour {c}. Chez {comp} c'est réglé vite.",
        "QUATRIÈME fois pour {c}. Rien.",
    ],
    "pt": [
        "{c} continua por resolver. Segunda vez.",
        "Terceira vez sobre {c}. Na {comp} resolvem logo.",
        "QUARTA vez sobre {c}. Nada.",
    ],
}
SLIDE = {
    "en": [
        "Hawk walk was fine, a bit rushed this time",
        "Booking page keeps logging me out, annoying",
        "Owl evening was half the length it used to be, for the same price",
        "Honestly the magic has gone, felt like a conveyor belt",
        "Really fed up with Falcora lately",
        "My neighbour went to {comp} last week and says it's far better. Thinking about it",
    ],
    "it": [
        "Passeggiata ok, un po' di fretta stavolta",
        "Il sito mi disconnette di continuo, che noia",
        "La serata gufi dura la metà di prima, stesso prezzo",
        "Sinceramente la magia è sparita, sembrava una catena di montaggio",
        "Sono davvero stufa di Falcora ultimamente",
        "La mia vicina è andata da {comp} e dice che è molto meglio. Ci penso",
    ],
    "de": [
        "War ok, bisschen hektisch",
        "Buchungsseite nervt",
        "Eulenabend nur noch halb so lang",
        "Der Zauber ist weg",
        "Langsam reicht es mir mit Falcora",
        "Nachbarin war bei {comp}, viel besser",
    ],
    "es": [
        "Bien, algo de prisa",
        "La web me echa todo el rato",
        "La noche de búhos dura la mitad",
        "Se ha perdido la magia",
        "Harta de Falcora",
        "Mi vecina fue a {comp} y dice que mucho mejor",
    ],
    "fr": [
        "Correct, un peu pressé",
        "Le site me déconnecte sans arrêt",
        "Soirée chouettes deux fois plus courte",
        "La magie a disparu",
        "Vraiment marre de Falcora",
        "Ma voisine est allée chez {comp}, bien mieux",
    ],
    "pt": [
        "Foi ok, à pressa",
        "O site desliga-me sempre",
        "A noite das corujas tem metade do tempo",
        "Perdeu-se a magia",
        "Farta da Falcora",
        "A vizinha foi à {comp} e diz que é muito melhor",
    ],
}
CANCEL = {
    "en": "Please cancel my Falcora Club membership and close my account. We've moved abroad.",
    "it": "Vi chiedo di disdire l'abbonamento Falcora Club e chiudere il mio account. Ci trasferiamo.",
    "de": "Bitte kündigen Sie meine Falcora-Club-Mitgliedschaft und schließen Sie mein Konto.",
    "es": "Por favor dad de baja mi Falcora Club y cerrad mi cuenta.",
    "fr": "Merci de résilier mon abonnement Falcora Club et de fermer mon compte.",
    "pt": "Por favor cancelem a minha assinatura Falcora Club e fechem a conta.",
}
BYE = {
    "en": "Sorry to see you go. Your membership is cancelled and the account will be closed.",
    "it": "Ci dispiace vederla andare. Abbonamento disdetto, l'account verrà chiuso.",
    "de": "Schade! Mitgliedschaft gekündigt, Konto wird geschlossen.",
    "es": "Sentimos que se vaya. Baja tramitada y cuenta cerrada.",
    "fr": "Dommage ! Abonnement résilié, compte fermé.",
    "pt": "Lamentamos. Assinatura cancelada, conta fechada.",
}
GRUMPY = {
    "en": [
        "Car park full of puddles again",
        "Why is the cafe always shut",
        "Prices up again I see",
    ],
    "it": [
        "Parcheggio pieno di pozzanghere come sempre",
        "Il bar è sempre chiuso, perché",
        "Vedo che i prezzi sono saliti di nuovo",
    ],
    "de": ["Parkplatz wieder matschig", "Preise schon wieder hoch"],
    "es": ["Otra vez el parking embarrado", "Otra subida de precios"],
    "fr": ["Parking encore boueux", "Encore une hausse de prix"],
    "pt": ["Parque outra vez enlameado", "Mais uma subida de preços"],
}
SARCASM = {
    "en": "Loved queuing 40 minutes in the drizzle before the owl talk, really adds to the atmosphere 👏",
    "it": "Bellissimo aspettare 40 minuti sotto la pioggia prima dei gufi, proprio l'atmosfera giusta 👏",
    "de": "Toll, 40 Minuten im Nieselregen warten, so stimmungsvoll 👏",
    "es": "Qué maravilla esperar 40 minutos bajo la lluvia, muy ambiental 👏",
    "fr": "Génial d'attendre 40 minutes sous la bruine, quelle ambiance 👏",
    "pt": "Adorei esperar 40 minutos à chuva, que ambiente 👏",
}
GRUMBLE = {
    "en": "The photos from the hawk walk took a week to arrive, bit slow",
    "it": "Le foto della passeggiata sono arrivate dopo una settimana, un po' lenti",
    "de": "Die Fotos kamen erst nach einer Woche",
    "es": "Las fotos tardaron una semana",
    "fr": "Les photos ont mis une semaine",
    "pt": "As fotos demoraram uma semana",
}
SURVEY_GOOD = {
    "en": "Fantastic day",
    "it": "Giornata fantastica",
    "de": "Großartig",
    "es": "Genial",
    "fr": "Super",
    "pt": "Excelente",
}
SURVEY_BAD = {
    "en": "Poor",
    "it": "Pessimo",
    "de": "Schlecht",
    "es": "Mal",
    "fr": "Mauvais",
    "pt": "Mau",
}
SPIKE = {
    "en": [
        "Trying to pay for the hawk walk and checkout keeps failing with error {e}. Card is fine!",
        "checkout broken? error {e} every time I try to buy a voucher",
        "Can't book anything, payment page says {e}",
    ],
    "it": [
        "Provo a pagare la passeggiata col falco e il pagamento fallisce con errore {e}. La carta va!",
        "il checkout non funziona, errore {e} ogni volta col buono regalo",
        "Impossibile prenotare, la pagina di pagamento dice {e}",
    ],
    "de": ["Bezahlung schlägt fehl, Fehler {e}", "Kasse kaputt? Immer {e}"],
    "es": ["El pago falla con el error {e}", "¿El pago está roto? Sale {e}"],
    "fr": ["Le paiement échoue avec l'erreur {e}", "Paiement en panne ? Erreur {e}"],
    "pt": ["O pagamento falha com o erro {e}", "Pagamento avariado? Erro {e}"],
}
SPIKE_AGAIN = {
    "en": "Still {e} on my husband's phone too, it's not my card",
    "it": "Ancora {e} anche dal telefono di mio marito",
    "de": "Immer noch {e}, auch am Laptop",
    "es": "Sigue {e} también desde el portátil",
    "fr": "Toujours {e} depuis l'ordinateur aussi",
    "pt": "Continua {e} também no portátil",
}
SPIKE_CHAT = {
    "en": "Yes, payments are failing for everyone right now, our team is on it.",
    "it": "Sì, i pagamenti non vanno per nessuno al momento, ci stiamo lavorando.",
    "de": "Ja, Zahlungen gehen gerade bei allen nicht, wir arbeiten daran.",
    "es": "Sí, los pagos fallan ahora mismo para todos, estamos en ello.",
    "fr": "Oui, les paiements échouent pour tout le monde, on s'en occupe.",
    "pt": "Sim, os pagamentos estão a falhar para todos, estamos a tratar.",
}
WORKS = {
    "en": "Payments work again since {t}. Sorry, we've added a 10 credit to your account.",
    "it": "I pagamenti funzionano di nuovo dalle {t}. Ci scusi, le abbiamo accreditato 10 €.",
    "de": "Zahlungen gehen wieder seit {t}. 10 € Guthaben gutgeschrieben.",
    "es": "Los pagos funcionan de nuevo desde las {t}. Le abonamos 10 €.",
    "fr": "Les paiements remarchent depuis {t}. 10 € crédités.",
    "pt": "Os pagamentos voltaram às {t}. Creditámos 10 €.",
}
LONE = {
    "en": "Yesterday the voucher page took ages to load but it went through in the end. Is that normal?",
    "it": "Ieri la pagina del buono ci ha messo tanto a caricare ma alla fine è andata. È normale?",
}
LONE_ANS = {
    "en": "Yes, it was a slow moment, your voucher is valid.",
    "it": "Sì, un rallentamento, il buono è valido.",
}
B2B_PROBLEMS = ["invoice", "no_show", "report"]
B2B = {
    "en": {
        "invoice": "Invoices for the hawk patrol still carry the wrong site and no PO number, finance won't pay them.",
        "no_show": "The falconer didn't turn up for the morning patrol again, gulls all over the loading bay.",
        "report": "We still haven't had the monthly bird-activity report the contract promises.",
    },
    "it": {
        "invoice": "Le fatture del servizio falchi hanno ancora il sito sbagliato e nessun numero d'ordine.",
        "no_show": "Il falconiere non si è presentato di nuovo al giro del mattino, gabbiani ovunque.",
        "report": "Non abbiamo ancora ricevuto il report mensile previsto dal contratto.",
    },
    "de": {
        "invoice": "Rechnungen mit falschem Standort und ohne Bestellnummer.",
        "no_show": "Der Falkner kam wieder nicht zur Morgenrunde.",
        "report": "Monatsbericht fehlt immer noch.",
    },
    "es": {
        "invoice": "Las facturas llevan el centro equivocado y sin número de pedido.",
        "no_show": "El cetrero no vino otra vez a la ronda de la mañana.",
        "report": "Sigue sin llegar el informe mensual.",
    },
    "fr": {
        "invoice": "Factures avec le mauvais site et sans numéro de commande.",
        "no_show": "Le fauconnier n'est pas venu à la ronde du matin.",
        "report": "Toujours pas de rapport mensuel.",
    },
    "pt": {
        "invoice": "Faturas com o local errado e sem número de encomenda.",
        "no_show": "O falcoeiro faltou outra vez à ronda da manhã.",
        "report": "Continua a faltar o relatório mensal.",
    },
}
B2B_MILD = {
    "en": "Could the patrol report include the number of pigeons seen per day?",
    "it": "Nel report si potrebbe aggiungere il numero di piccioni avvistati al giorno?",
    "de": "Könnte der Bericht die Tauben pro Tag zählen?",
    "es": "¿Podría el informe contar palomas por día?",
    "fr": "Le rapport pourrait-il compter les pigeons par jour ?",
    "pt": "O relatório podia contar pombos por dia?",
}
B2B_HAPPY = {
    "en": "Gull numbers at the depot are way down since the hawks started. Great work",
    "it": "Da quando ci sono i falchi i gabbiani al deposito sono quasi spariti. Ottimo lavoro",
    "de": "Seit den Falken kaum noch Möwen. Top",
    "es": "Desde los halcones apenas hay gaviotas. Genial",
    "fr": "Depuis les faucons, presque plus de goélands. Bravo",
    "pt": "Desde os falcões quase não há gaivotas. Ótimo",
}
B2B_FINAL = {
    "en": "Still nothing fixed on {c}, several of us have written. Procurement is asking {comp} for a quote.",
    "it": "Ancora niente sulla pratica {c}, vi abbiamo scritto in tanti. L'ufficio acquisti chiede un preventivo a {comp}.",
    "de": "Zu {c} immer noch nichts, der Einkauf fragt bei {comp} an.",
    "es": "Nada sobre {c}; compras pide presupuesto a {comp}.",
    "fr": "Rien sur {c}, les achats demandent un devis à {comp}.",
    "pt": "Nada sobre {c}; as compras pedem orçamento à {comp}.",
}
