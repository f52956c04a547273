# ruff: noqa: E501
"""Wording of heldout256 (Amarrio: marina berths booked by app), written for this set.

Each table maps a language to its variants. Placeholders: {p} problem, {ref} case,
{comp} competitor, {code} error code, {time} local time, {credit} credit, {who} colleague,
{day} weekday, {plan} membership.
"""

from __future__ import annotations

LANGS = ("en", "pt", "de", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS: dict[str, tuple[str, ...]] = {
    "en": ("UK", "UK", "IE"),
    "pt": ("PT",),
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES",),
    "fr": ("FR", "FR", "BE", "CH"),
    "it": ("IT", "IT", "CH"),
}
PHONE_CC = {
    "UK": "44",
    "IE": "353",
    "PT": "351",
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "ES": "34",
    "FR": "33",
    "BE": "32",
    "IT": "39",
}
FIRST: dict[str, tuple[str, ...]] = {
    "en": (
        "Gareth",
        "Moira",
        "Callum",
        "Tessa",
        "Declan",
        "Rowena",
        "Hugh",
        "Niamh",
        "Alfie",
        "Bronwen",
        "Lachlan",
        "Imogen",
    ),
    "pt": (
        "Tiago",
        "Inês",
        "Rui",
        "Leonor",
        "Duarte",
        "Beatriz",
        "Afonso",
        "Mafalda",
        "Nuno",
        "Carolina",
        "Gonçalo",
        "Raquel",
    ),
    "de": ("Jörg", "Heike", "Malte", "Svenja", "Ulf", "Frauke", "Torben", "Wiebke"),
    "es": ("Íñigo", "Maite", "Xabier", "Nerea", "Borja", "Ainhoa", "Lucas", "Rocío"),
    "fr": ("Yannick", "Gwenaëlle", "Loïc", "Maëlle", "Erwan", "Soizic", "Ronan", "Anaïs"),
    "it": ("Ettore", "Graziella", "Michele", "Ornella", "Saverio", "Lucia", "Tancredi", "Ilaria"),
}
LAST: dict[str, tuple[str, ...]] = {
    "en": (
        "Pritchard",
        "Doyle",
        "Fairbairn",
        "Kearney",
        "Ashworth",
        "Meakin",
        "Quayle",
        "Trelawny",
        "Ogilvie",
        "Penhale",
    ),
    "pt": (
        "Mourão",
        "Carvalhais",
        "Pestana",
        "Quintela",
        "Barreiros",
        "Sardinha",
        "Valadares",
        "Bettencourt",
        "Furtado",
        "Meireles",
    ),
    "de": ("Petersen", "Brodersen", "Hansen", "Lüdtke", "Claußen", "Wischnewski"),
    "es": ("Etxeberria", "Gorostiza", "Albiol", "Castañer", "Mendiola", "Ribalta"),
    "fr": ("Le Goff", "Kerjean", "Tanguy", "Guivarc'h", "Morvan", "Le Bihan"),
    "it": ("Scognamiglio", "Vitiello", "Lo Russo", "Mazzarella", "Aprea", "Cafiero"),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Falmouth", "Lymington", "Kinsale", "Oban", "Brixham"),
    "pt": ("Cascais", "Lagos", "Póvoa de Varzim", "Olhão", "Figueira da Foz"),
    "de": ("Kiel", "Flensburg", "Lindau", "Warnemünde"),
    "es": ("Getxo", "Palamós", "Cartagena", "Dénia"),
    "fr": ("Lorient", "La Trinité-sur-Mer", "Sète", "Granville"),
    "it": ("Procida", "Chiavari", "Trapani", "Porto Santo Stefano"),
}
JOBS = (
    "nurse",
    "electrician",
    "teacher",
    "retired engineer",
    "fisheries inspector",
    "architect",
    "chef",
    "dentist",
    "software tester",
    "boat builder",
)
AGENTS: dict[str, tuple[str, ...]] = {
    "en": ("Shauna", "Rhys"),
    "pt": ("Joana", "Vasco"),
    "de": ("Kerstin", "Arne"),
    "es": ("Lorea", "Pau"),
    "fr": ("Nolwenn", "Tristan"),
    "it": ("Carmela", "Gennaro"),
}
BRAND = "Amarrio"
PLAN = "Amarrio Âncora"
B2B_ARM = "Amarrio Frota"
COMPETITORS = ("Bolina", "Nautivo")

PRAISE: dict[str, list[str]] = {
    "en": [
        "Booked a berth in Kinsale from the pontoon with one bar of signal. Two taps and done. Love {brand}.",
        "Harbour staff met us with lines ready at 10pm. That's the third time {brand} has made a late arrival painless.",
        "Shore power, water, showers all included and clearly shown before paying. Good stuff from {brand}.",
        "Lovely quiet berth, exactly where the app said. Great weekend, will book again.",
    ],
    "pt": [
        "Reservei lugar em Lagos ainda no mar, dois cliques e pronto. Adoro a {brand}.",
        "Chegámos às 22h e o marinheiro estava à espera com os cabos. Já é a terceira vez que a {brand} nos safa.",
        "Tudo claro antes de pagar: luz, água, balneários. Assim dá gosto, {brand}.",
        "Lugar sossegado, mesmo onde a app indicava. Fim de semana ótimo, vamos repetir.",
    ],
    "de": [
        "Liegeplatz in Flensburg direkt vom Wasser aus gebucht, zwei Klicks. Super, {brand}.",
        "Um 22 Uhr stand der Hafenmeister schon mit den Leinen da. Zum dritten Mal perfekt mit {brand}.",
    ],
    "es": [
        "Reservé amarre en Palamós desde el barco, en un minuto. Muy bien {brand}.",
        "Llegamos tarde y el marinero nos esperaba en el pantalán. Tercera vez que {brand} nos lo pone fácil.",
    ],
    "fr": [
        "Place réservée depuis le bateau en deux minutes, rien à redire. Merci {brand}.",
        "Accueil à 22h par le maître de port, aussières prêtes. Troisième fois que {brand} assure.",
    ],
    "it": [
        "Posto barca prenotato dal mare in due minuti. Bravi {brand}.",
        "Arrivati alle 22 e l'ormeggiatore ci aspettava in banchina. Terza volta che {brand} non sbaglia.",
    ],
}
GRIPE_PRAISE: dict[str, list[str]] = {
    "en": [
        "Great stay overall, only the shower tokens are a faff. Otherwise spot on.",
        "Berth was perfect, wifi on the pontoon is weak though. Still recommend.",
    ],
    "pt": [
        "Estadia ótima, só as fichas do duche é que são uma chatice. De resto impecável.",
        "Lugar perfeito, pena o wifi no pontão ser fraco. Recomendo na mesma.",
    ],
    "de": ["Alles bestens, nur die Duschmarken nerven etwas."],
    "es": ["Todo genial, solo que las fichas de la ducha son un lío."],
    "fr": ["Très bien dans l'ensemble, juste les jetons de douche qui sont pénibles."],
    "it": ["Tutto ottimo, solo i gettoni per la doccia sono scomodi."],
}
MENTION: dict[str, list[str]] = {
    "en": [
        "@amarrio you lot are brilliant, berth sorted in minutes",
        "Cheers @amarrio for squeezing us in on a bank holiday",
    ],
    "pt": [
        "@amarrio obrigado por arranjarem lugar em pleno agosto",
        "@amarrio que serviço, tudo tratado em minutos",
    ],
    "de": ["@amarrio danke für den Platz am Feiertag!"],
    "es": ["@amarrio gracias por el hueco en pleno puente"],
    "fr": ["@amarrio merci pour la place un jour férié"],
    "it": ["@amarrio grazie per il posto a Ferragosto"],
}
QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, is there a pump-out station at Falmouth or do I need to go elsewhere?",
            "Hi! Yes, the pump-out is on the fuel pontoon, free for berth holders. Fair winds!",
        ),
        (
            "Can I change my arrival from Friday to Saturday without paying again?",
            "Of course, I've moved it to Saturday, no charge.",
        ),
        (
            "What's the max beam for the visitor berths at Brixham?",
            "Up to 4.2 m on the visitor pontoon; I've noted your beam on the booking.",
        ),
    ],
    "pt": [
        (
            "Olá, a marina de Cascais tem grua para tirar o barco da água?",
            "Olá! Tem sim, travelift até 40 toneladas, pode marcar na app.",
        ),
        (
            "Posso mudar a chegada de sexta para sábado sem pagar outra vez?",
            "Claro, já mudei para sábado sem custos.",
        ),
        (
            "Qual a boca máxima nos lugares de visitante em Olhão?",
            "Até 4,2 m no pontão de visitantes; já anotei na sua reserva.",
        ),
    ],
    "de": [
        (
            "Gibt es in Kiel eine Fäkalienabsaugung?",
            "Ja, an der Tankstelle, für Liegeplatzgäste kostenlos.",
        ),
        ("Kann ich die Ankunft auf Samstag verschieben?", "Gern, ist erledigt, ohne Aufpreis."),
    ],
    "es": [
        (
            "¿Hay grúa en el puerto de Getxo?",
            "Sí, travelift de 40 toneladas, se reserva en la app.",
        ),
        ("¿Puedo cambiar la llegada al sábado?", "Claro, ya está cambiada, sin coste."),
    ],
    "fr": [
        (
            "Y a-t-il une pompe à eaux noires à Lorient ?",
            "Oui, au ponton carburant, gratuite pour les clients.",
        ),
        ("Je peux décaler l'arrivée à samedi ?", "Bien sûr, c'est fait, sans frais."),
    ],
    "it": [
        (
            "A Chiavari c'è la gru per alare la barca?",
            "Sì, travelift da 40 tonnellate, si prenota in app.",
        ),
        ("Posso spostare l'arrivo a sabato?", "Certo, fatto, senza costi."),
    ],
}
THANKS: dict[str, list[str]] = {
    "en": ["Brilliant, thanks!", "Perfect, cheers."],
    "pt": ["Ótimo, obrigado!", "Perfeito, obrigada."],
    "de": ["Super, danke!"],
    "es": ["Genial, gracias."],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
}
PHONE_Q: dict[str, list[str]] = {
    "en": [
        "hi yeah i wanted to ask if the berth in oban has shore power for a forty foot boat",
        "hello just checking whether i can bring the dog on the pontoon at lymington",
    ],
    "pt": [
        "olá queria saber se o lugar em lagos tem eletricidade para um barco de doze metros",
        "boa tarde posso levar o cão para o pontão em cascais",
    ],
    "de": ["hallo ich wollte fragen ob der platz in lindau landstrom für zwölf meter hat"],
    "es": ["hola quería saber si en dénia el amarre tiene luz para un barco de doce metros"],
    "fr": ["bonjour je voulais savoir si la place à sète a l'électricité pour douze mètres"],
    "it": ["buongiorno volevo sapere se il posto a procida ha la corrente per dodici metri"],
}
PHONE_FOLLOW: dict[str, list[str]] = {
    "en": [
        "As promised on the phone: yes, 32 A shore power on that berth, and dogs are welcome. Enjoy your trip!"
    ],
    "pt": [
        "Como combinado ao telefone: sim, tem tomada de 32 A e os cães são bem-vindos. Boa viagem!"
    ],
    "de": ["Wie am Telefon besprochen: ja, 32 A Landstrom. Gute Fahrt!"],
    "es": ["Como hablamos por teléfono: sí, toma de 32 A. ¡Buen viaje!"],
    "fr": ["Comme convenu au téléphone : oui, 32 A sur cette place. Bonne navigation !"],
    "it": ["Come detto al telefono: sì, presa da 32 A. Buona navigazione!"],
}
REVIEW: dict[str, list[str]] = {
    "en": [
        "Easy booking, friendly harbour team, clean showers. Five stars.",
        "Did exactly what it said. Good value with the membership.",
    ],
    "pt": [
        "Reserva fácil, equipa simpática, balneários limpos. Cinco estrelas.",
        "Cumpriu tudo o que prometia. Com a mensalidade compensa.",
    ],
    "de": ["Einfache Buchung, nette Hafencrew. Fünf Sterne."],
    "es": ["Reserva fácil y personal muy amable. Cinco estrellas."],
    "fr": ["Réservation simple, équipe sympa. Cinq étoiles."],
    "it": ["Prenotazione facile, personale gentile. Cinque stelle."],
}
SURVEY_WORD: dict[str, list[str]] = {
    "en": ["Great", "Smooth as ever", "", "👍"],
    "pt": ["Excelente", "Tudo certo", "", "⛵"],
    "de": ["Top", ""],
    "es": ["Muy bien", ""],
    "fr": ["Très bien", ""],
    "it": ["Ottimo", ""],
}
NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Can't sleep, anchor watch. Does the Oban berth take arrivals before 7am?",
            "Evening! Yes, early arrivals are fine, the night code is in your booking.",
        ),
        ("Late one: is the fuel dock at Brixham open Sundays?", "Yes, 8am to 6pm on Sundays."),
    ],
    "pt": [
        (
            "Ainda acordado a preparar a saída: posso chegar a Lagos antes das 7h?",
            "Boa noite! Pode sim, o código noturno está na reserva.",
        ),
        (
            "Pergunta tardia: o posto de combustível de Olhão abre ao domingo?",
            "Abre, das 8h às 18h.",
        ),
    ],
    "de": [
        (
            "Späte Frage: darf ich vor 7 Uhr in Kiel einlaufen?",
            "Ja, kein Problem, die Nachtinfo steht in der Buchung.",
        )
    ],
    "es": [
        (
            "Pregunta nocturna: ¿puedo llegar a Palamós antes de las 7?",
            "¡Sí! Las instrucciones están en la reserva.",
        )
    ],
    "fr": [
        (
            "Question tardive : je peux arriver à Sète avant 7h ?",
            "Oui, tout est dans la réservation.",
        )
    ],
    "it": [
        (
            "Domanda notturna: posso arrivare a Procida prima delle 7?",
            "Sì, le istruzioni sono nella prenotazione.",
        )
    ],
}
NIGHT_POST: dict[str, list[str]] = {
    "en": ["Night passage done, tied up at an {brand} berth under the stars. Bliss."],
    "pt": ["Travessia noturna feita, atracados num lugar {brand} debaixo das estrelas. Que paz."],
    "de": ["Nachtfahrt geschafft, an einem {brand}-Platz fest. Herrlich."],
    "es": ["Travesía nocturna hecha, amarrados en un puesto {brand}. Una gozada."],
    "fr": ["Traversée de nuit terminée, amarrés chez {brand}. Magique."],
    "it": ["Traversata notturna finita, ormeggiati con {brand}. Che pace."],
}
PROBLEMS = ("berth_taken", "double_charge", "power_dead", "refund", "wrong_price", "fuel_dock")
PROBLEM: dict[str, dict[str, str]] = {
    "berth_taken": {
        "en": "the berth I booked for Friday night was taken by another boat when we arrived and the harbour office had nothing else",
        "pt": "o lugar que reservei para sexta à noite estava ocupado por outro barco quando chegámos e a capitania não tinha alternativa",
        "de": "der gebuchte Liegeplatz für Freitagnacht war bei unserer Ankunft von einem anderen Boot belegt und das Hafenbüro hatte nichts anderes",
        "es": "el amarre que reservé para el viernes estaba ocupado por otro barco y en la oficina del puerto no tenían otro",
        "fr": "la place que j'avais réservée pour vendredi soir était occupée par un autre bateau et la capitainerie n'avait rien d'autre",
        "it": "il posto barca prenotato per venerdì sera era occupato da un'altra barca e la capitaneria non aveva alternative",
    },
    "double_charge": {
        "en": "you charged my card twice for the same two nights",
        "pt": "cobraram-me duas vezes as mesmas duas noites",
        "de": "Sie haben mir dieselben zwei Nächte zweimal abgebucht",
        "es": "me habéis cobrado dos veces las mismas dos noches",
        "fr": "vous m'avez débité deux fois les deux mêmes nuits",
        "it": "mi avete addebitato due volte le stesse due notti",
    },
    "power_dead": {
        "en": "the shore power post on my berth was dead all weekend and everything in the boat fridge spoilt",
        "pt": "a tomada de eletricidade do meu lugar não funcionou o fim de semana inteiro e estragou-se tudo no frigorífico do barco",
        "de": "die Landstromsäule an meinem Liegeplatz war das ganze Wochenende tot",
        "es": "la toma de corriente de mi amarre no funcionó en todo el fin de semana",
        "fr": "la borne électrique de ma place n'a pas marché de tout le week-end",
        "it": "la colonnina elettrica del mio posto non ha funzionato per tutto il weekend",
    },
    "refund": {
        "en": "I cancelled nine days ahead and the deposit still hasn't come back",
        "pt": "cancelei a reserva com nove dias de antecedência e a caução ainda não foi devolvida",
        "de": "ich habe neun Tage vorher storniert und die Kaution ist immer noch nicht zurück",
        "es": "cancelé la reserva con nueve días de antelación y la fianza sigue sin volver",
        "fr": "j'ai annulé neuf jours avant et la caution n'est toujours pas revenue",
        "it": "ho disdetto nove giorni prima e la cauzione non è ancora tornata",
    },
    "wrong_price": {
        "en": "I'm an Âncora member and got charged the visitor rate for three nights",
        "pt": "sou sócio Âncora e cobraram-me a tarifa de visitante em três noites",
        "de": "ich bin Âncora-Mitglied und mir wurde drei Nächte der Gastliegerpreis berechnet",
        "es": "soy socio Âncora y me cobrasteis la tarifa de visitante tres noches",
        "fr": "je suis membre Âncora et on m'a facturé le tarif visiteur trois nuits",
        "it": "sono socio Âncora e mi avete fatto pagare la tariffa ospiti per tre notti",
    },
    "fuel_dock": {
        "en": "the app said the fuel dock was open till 7pm and it was shut at half five, we limped back on fumes",
        "pt": "a app dizia que o posto de combustível estava aberto até às 19h e às 17h30 já estava fechado",
        "de": "laut App hatte die Tankstelle bis 19 Uhr offen, um halb sechs war sie zu",
        "es": "la app decía que la gasolinera del puerto abría hasta las 19h y a las 17:30 estaba cerrada",
        "fr": "l'appli indiquait la station carburant ouverte jusqu'à 19h, à 17h30 elle était fermée",
        "it": "l'app dava il distributore aperto fino alle 19 e alle 17:30 era chiuso",
    },
}
COMPLAIN: dict[str, dict[str, list[str]]] = {
    "email": {
        "en": [
            "Hello, {p}. I want this sorted this week.",
            "This is not good enough: {p}. Please fix it.",
        ],
        "pt": [
            "Boa tarde, {p}. Quero isto resolvido esta semana.",
            "Isto não é aceitável: {p}. Resolvam, por favor.",
        ],
        "de": ["Guten Tag, {p}. Bitte klären Sie das diese Woche."],
        "es": ["Hola, {p}. Quiero que se solucione esta semana."],
        "fr": ["Bonjour, {p}. Merci de régler ça cette semaine."],
        "it": ["Buongiorno, {p}. Voglio che si risolva questa settimana."],
    },
    "chat": {
        "en": ["{p}!! really annoyed", "Seriously, {p}. What are you doing about it?"],
        "pt": ["{p}!! estou mesmo chateado", "A sério, {p}. O que vão fazer?"],
        "de": ["{p}! Echt ärgerlich."],
        "es": ["{p}. Estoy muy molesto."],
        "fr": ["{p} ! Je suis furieux."],
        "it": ["{p}! Sono davvero arrabbiato."],
    },
    "social": {
        "en": ["@amarrio {p}. Shocking.", "Avoid @amarrio this summer: {p}."],
        "pt": ["@amarrio {p}. Vergonhoso.", "Cuidado com a @amarrio: {p}."],
        "de": ["@amarrio {p}. Unfassbar."],
        "es": ["@amarrio {p}. Vergonzoso."],
        "fr": ["@amarrio {p}. Lamentable."],
        "it": ["@amarrio {p}. Vergognoso."],
    },
    "web": {
        "en": ["Complaint: {p}. I expect a refund."],
        "pt": ["Reclamação: {p}. Exijo o reembolso."],
        "de": ["Beschwerde: {p}. Ich erwarte eine Erstattung."],
        "es": ["Reclamación: {p}. Exijo el reembolso."],
        "fr": ["Réclamation : {p}. J'attends un remboursement."],
        "it": ["Reclamo: {p}. Pretendo un rimborso."],
    },
    "phone": {
        "en": [
            "yeah hi i'm ringing because {p} and honestly i'm fuming",
            "hello so {p} and nobody's got back to me",
        ],
        "pt": [
            "olá estou a ligar porque {p} e estou mesmo irritado",
            "boa tarde {p} e ninguém me diz nada",
        ],
        "de": ["ja hallo ich rufe an weil {p} und ich bin echt sauer"],
        "es": ["hola llamo porque {p} y estoy muy enfadado"],
        "fr": ["allô oui j'appelle parce que {p} et je suis très mécontent"],
        "it": ["pronto chiamo perché {p} e sono molto arrabbiato"],
    },
}
LONG_EMAIL: dict[str, list[str]] = {
    "en": [
        "Dear {brand} team,\n\nWe've kept our little sloop with you for three seasons and my wife and I usually look forward to our weekends on the water. I'm writing because {p}. We had guests on board, we'd planned the whole weekend around it, and it rather spoilt things.\n\nI'd be grateful if someone could look into this properly and come back to me.\n\nKind regards"
    ],
    "pt": [
        "Caros senhores,\n\nTemos o nosso veleiro convosco há três épocas e os fins de semana no mar são sagrados cá em casa. Escrevo porque {p}. Tínhamos amigos a bordo e o plano todo foi por água abaixo.\n\nAgradecia que alguém analisasse o caso com atenção e me respondesse.\n\nCumprimentos"
    ],
    "de": [
        "Sehr geehrtes {brand}-Team,\n\nseit drei Saisons liegt unsere Jolle bei Ihnen und wir freuen uns jedes Wochenende aufs Wasser. Ich schreibe, weil {p}. Wir hatten Gäste an Bord und das Wochenende war verdorben.\n\nBitte prüfen Sie das gründlich und melden Sie sich.\n\nMit freundlichen Grüßen"
    ],
    "es": [
        "Estimado equipo de {brand}:\n\nLlevamos tres temporadas con vosotros y los fines de semana en el barco son lo mejor de la semana. Os escribo porque {p}. Teníamos invitados y se nos fastidió el plan.\n\nOs agradecería que lo revisarais con calma y me contestarais.\n\nUn saludo"
    ],
    "fr": [
        "Madame, Monsieur,\n\nNotre voilier est chez vous depuis trois saisons et nous attendons chaque week-end avec impatience. Je vous écris car {p}. Nous avions des amis à bord, le week-end est tombé à l'eau.\n\nMerci d'examiner cela sérieusement et de me répondre.\n\nCordialement"
    ],
    "it": [
        "Gentile team {brand},\n\nda tre stagioni la nostra barca è da voi e i fine settimana in mare sono sacri. Vi scrivo perché {p}. Avevamo ospiti a bordo e il weekend è saltato.\n\nVi chiedo di verificare con attenzione e di rispondermi.\n\nCordiali saluti"
    ],
}
AGENT: dict[str, dict[str, list[str]]] = {
    "case_opened": {
        "en": [
            "Thanks for letting us know, and sorry. I've opened case {ref} and will update you as soon as I hear from the marina."
        ],
        "pt": [
            "Obrigado pelo aviso e lamentamos. Abri o processo {ref} e dou notícias assim que a marina responder."
        ],
        "de": ["Danke für Ihre Nachricht, das tut uns leid. Ich habe den Fall {ref} eröffnet."],
        "es": ["Gracias por avisar, lo sentimos. He abierto el caso {ref}."],
        "fr": ["Merci de nous avoir prévenus, désolés. J'ai ouvert le dossier {ref}."],
        "it": ["Grazie della segnalazione, ci dispiace. Ho aperto la pratica {ref}."],
    },
    "escalated": {
        "en": [
            "I'm sorry. Case {ref} is now with our harbour operations lead, who will phone you before Thursday evening."
        ],
        "pt": [
            "Lamento. O processo {ref} passou para a nossa responsável de operações portuárias, que lhe liga até quinta ao fim do dia."
        ],
        "de": [
            "Es tut mir leid. Fall {ref} liegt jetzt bei unserer Leiterin Hafenbetrieb, sie ruft Sie bis Donnerstagabend an."
        ],
        "es": [
            "Lo siento. El caso {ref} ya lo lleva nuestra responsable de operaciones, que le llamará antes del jueves por la tarde."
        ],
        "fr": [
            "Désolé. Le dossier {ref} est chez notre responsable des opérations portuaires, qui vous appellera avant jeudi soir."
        ],
        "it": [
            "Mi dispiace. La pratica {ref} è ora alla nostra responsabile operazioni, che la chiamerà entro giovedì sera."
        ],
    },
    "good_news": {
        "en": [
            "Good news on case {ref}: it's been put right on our side. Could you confirm everything looks fine now?"
        ],
        "pt": [
            "Boas notícias sobre o processo {ref}: já está corrigido. Pode confirmar que agora está tudo bem?"
        ],
        "de": ["Gute Nachrichten zu Fall {ref}: ist behoben. Können Sie kurz bestätigen?"],
        "es": [
            "Buenas noticias del caso {ref}: ya está corregido. ¿Nos confirma que todo está bien?"
        ],
        "fr": ["Bonne nouvelle pour le dossier {ref} : c'est corrigé. Pouvez-vous confirmer ?"],
        "it": ["Buone notizie sulla pratica {ref}: è sistemato. Può confermare?"],
    },
    "urgent": {
        "en": ["Added to case {ref} and marked urgent. I'm sorry it's taking this long."],
        "pt": ["Acrescentei ao processo {ref} e marquei como urgente. Peço desculpa pela demora."],
        "de": ["Zu Fall {ref} hinzugefügt und als dringend markiert."],
        "es": ["Añadido al caso {ref} y marcado como urgente."],
        "fr": ["Ajouté au dossier {ref}, marqué urgent."],
        "it": ["Aggiunto alla pratica {ref} e segnato come urgente."],
    },
    "sorry_go": {
        "en": [
            "Sorry to see you go. You can cancel {plan} and close the account yourself under Account > Membership in the app or on the website."
        ],
        "pt": [
            "Temos pena que saia. Pode cancelar a {plan} e fechar a conta em Conta > Adesão, na app ou no site."
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können {plan} in der App oder auf der Website unter Konto > Mitgliedschaft kündigen."
        ],
        "es": [
            "Sentimos que se vaya. Puede cancelar {plan} en Cuenta > Membresía, en la app o en la web."
        ],
        "fr": [
            "Dommage de vous voir partir. Vous pouvez résilier {plan} dans Compte > Adhésion, dans l'appli ou sur le site."
        ],
        "it": ["Ci dispiace. Può disdire {plan} in Account > Abbonamento, nell'app o sul sito."],
    },
    "spike_chat": {
        "en": [
            "Yes, the app's gate keys are being refused at pontoon gates right now. Engineers are on it, harbour staff can let you through meanwhile."
        ],
        "pt": [
            "Sim, as chaves de portão da app estão a ser recusadas nos pontões neste momento. A equipa técnica já está a tratar; os marinheiros podem abrir entretanto."
        ],
        "de": [
            "Ja, die App-Schlüssel werden gerade an den Stegtoren abgelehnt. Unsere Technik ist dran."
        ],
        "es": [
            "Sí, ahora mismo las llaves de la app no abren las puertas de los pantalanes. Ya están en ello."
        ],
        "fr": [
            "Oui, les clés de l'appli sont refusées aux portails des pontons en ce moment. Nos techniciens s'en occupent."
        ],
        "it": [
            "Sì, in questo momento le chiavi dell'app non aprono i cancelli dei pontili. I tecnici ci stanno lavorando."
        ],
    },
    "works_again": {
        "en": [
            "The app's gate keys work again since {time} local time. Sorry for the morning at the gate: {credit} credit is on your account."
        ],
        "pt": [
            "As chaves de portão da app funcionam de novo desde as {time} (hora local). Pedimos desculpa: tem {credit} de crédito na conta."
        ],
        "de": [
            "Die App-Schlüssel funktionieren seit {time} Uhr Ortszeit wieder. Als Entschuldigung: {credit} Guthaben."
        ],
        "es": [
            "Las llaves de la app vuelven a funcionar desde las {time} hora local. Le hemos abonado {credit}."
        ],
        "fr": [
            "Les clés de l'appli fonctionnent de nouveau depuis {time}, heure locale. {credit} de crédit ajoutés à votre compte."
        ],
        "it": [
            "Le chiavi dell'app funzionano di nuovo dalle {time} ora locale. Le abbiamo accreditato {credit}."
        ],
    },
    "lone_answer": {
        "en": ["That's just the key refreshing overnight; it will open the gate tomorrow."],
        "pt": ["É só a chave a atualizar durante a noite; amanhã abre o portão normalmente."],
        "de": ["Das ist nur die nächtliche Aktualisierung; morgen öffnet der Schlüssel das Tor."],
        "es": ["Es la actualización nocturna de la llave; mañana abrirá la puerta."],
        "fr": ["C'est juste la mise à jour de nuit ; demain le portail s'ouvrira."],
        "it": ["È solo l'aggiornamento notturno; domani il cancello si aprirà."],
    },
    "b2b_ack": {
        "en": [
            "Thank you, I've logged this on your {arm} account as case {ref} and will come back to you."
        ],
        "pt": ["Obrigado, registei na conta {arm} com o processo {ref} e volto a contactar."],
        "de": ["Danke, erfasst für Ihr {arm}-Konto als Fall {ref}."],
        "es": ["Gracias, queda registrado en su cuenta {arm} como caso {ref}."],
        "fr": ["Merci, enregistré sur votre compte {arm} sous le dossier {ref}."],
        "it": ["Grazie, registrato sul vostro conto {arm} come pratica {ref}."],
    },
    "mild_ack": {
        "en": ["Thanks for the suggestion, I've passed it to the product team."],
        "pt": ["Obrigado pela sugestão, já passei à equipa de produto."],
        "de": ["Danke für den Vorschlag, ist weitergeleitet."],
        "es": ["Gracias por la sugerencia, la he pasado al equipo."],
        "fr": ["Merci pour la suggestion, transmise à l'équipe."],
        "it": ["Grazie del suggerimento, l'ho girato al team."],
    },
    "grumble_answer": {
        "en": ["Thanks, we know about it and a fix is planned."],
        "pt": ["Obrigado, já sabemos e a correção está prevista."],
        "de": ["Danke, ist bekannt, eine Korrektur ist geplant."],
        "es": ["Gracias, lo sabemos y está previsto arreglarlo."],
        "fr": ["Merci, c'est connu, un correctif est prévu."],
        "it": ["Grazie, lo sappiamo, la correzione è prevista."],
    },
}
APOLOGY: dict[str, list[str]] = {
    "en": [
        "Sorry I was short with you yesterday, it had been a long day on the water. Thanks for sorting it."
    ],
    "pt": ["Desculpem o tom de ontem, foi um dia comprido no mar. Obrigado por resolverem."],
    "de": ["Entschuldigung für meinen Ton gestern. Danke fürs Kümmern."],
    "es": ["Perdonad el tono de ayer, fue un día largo. Gracias por solucionarlo."],
    "fr": ["Désolé pour mon ton d'hier, longue journée. Merci d'avoir réglé ça."],
    "it": ["Scusate il tono di ieri, giornata lunga. Grazie per aver risolto."],
}
REPEAT2: dict[str, list[str]] = {
    "en": [
        "Case {ref} is still open and nothing has happened: {p}.",
        "Writing again about {ref}. Still not fixed: {p}.",
    ],
    "pt": [
        "O processo {ref} continua aberto e nada mudou: {p}.",
        "Volto a escrever sobre o {ref}. Continua por resolver: {p}.",
    ],
    "de": ["Fall {ref} ist immer noch offen: {p}."],
    "es": ["El caso {ref} sigue abierto y nada: {p}."],
    "fr": ["Le dossier {ref} est toujours ouvert : {p}."],
    "it": ["La pratica {ref} è ancora aperta: {p}."],
}
REPEAT3: dict[str, list[str]] = {
    "en": [
        "Third time about {ref}. A friend berths with {comp} and they'd have sorted this the same day.",
        "{ref} still open. I've had a look at what {comp} charges for a season, just so you know.",
    ],
    "pt": [
        "Terceira vez sobre o {ref}. Um amigo tem o barco na {comp} e lá resolviam isto no mesmo dia.",
        "O {ref} continua aberto. Já fui ver quanto a {comp} cobra pela época.",
    ],
    "de": ["Zum dritten Mal wegen {ref}. Bei {comp} wäre das am selben Tag erledigt."],
    "es": ["Tercera vez por el {ref}. Un amigo amarra con {comp} y allí lo arreglan en el día."],
    "fr": ["Troisième fois pour {ref}. Chez {comp} un ami aurait eu ça réglé le jour même."],
    "it": [
        "Terza volta per la {ref}. Un amico sta da {comp} e lì l'avrebbero risolto in giornata."
    ],
}
REPEAT4: dict[str, list[str]] = {
    "en": ["FOURTH time. Case {ref}. Still open. Is anyone reading these?"],
    "pt": ["QUARTA vez. Processo {ref}. Continua aberto. Alguém lê isto?"],
    "de": ["ZUM VIERTEN MAL. Fall {ref}. Immer noch offen."],
    "es": ["CUARTA vez. Caso {ref}. Sigue abierto."],
    "fr": ["QUATRIÈME fois. Dossier {ref}. Toujours ouvert."],
    "it": ["QUARTA volta. Pratica {ref}. Ancora aperta."],
}
CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirmed, {ref} is sorted. Thanks for chasing it.",
        "Yes, all fine now on {ref}. Thank you.",
    ],
    "pt": [
        "Confirmo, o {ref} está resolvido. Obrigado.",
        "Sim, agora está tudo certo no {ref}. Obrigada.",
    ],
    "de": ["Bestätigt, {ref} ist erledigt. Danke."],
    "es": ["Confirmado, el {ref} está resuelto. Gracias."],
    "fr": ["Confirmé, {ref} est réglé. Merci."],
    "it": ["Confermo, la {ref} è risolta. Grazie."],
}
SLIDE: dict[str, list[str]] = {
    "en": [
        "Bit of a wait at the fuel pontoon today, nobody around for 40 minutes.",
        "Showers on B pontoon cold again this morning. Getting old.",
        "Booked a berth, got moved to the far end by the breakwater without asking. Not impressed.",
        "Visitor rates up 25% mid-season and the toilets still broken. What am I paying for?",
        "Furious. Shore power off for two days, no notice, and a 'late departure' fee of £30 / €35 for leaving at 12:10.",
        "Done. A mate keeps his boat with {comp}, I've booked next weekend there.",
    ],
    "pt": [
        "Hoje esperámos 40 minutos no posto de combustível sem ninguém.",
        "Água fria outra vez nos balneários do pontão B. Já cansa.",
        "Reservei lugar e mudaram-me para o fundo, junto ao quebra-mar, sem perguntar. Não gostei.",
        "Tarifas de visitante mais 25% a meio da época e as casas de banho continuam avariadas. Estou a pagar o quê?",
        "Furioso. Dois dias sem eletricidade, sem aviso, e ainda 35 € de 'saída tardia' por sair às 12h10.",
        "Chega. Um amigo tem o barco na {comp}, já reservei lá o próximo fim de semana.",
    ],
    "de": [
        "40 Minuten an der Tankstelle gewartet, niemand da.",
        "Duschen an Steg B wieder kalt.",
        "Ohne Rückfrage an den Wellenbrecher umgelegt. Nicht gut.",
        "Gastliegerpreise plus 25 % mitten in der Saison, WCs kaputt.",
        "Wütend. Zwei Tage kein Landstrom und 35 € Spätabreise-Gebühr für 12:10.",
        "Reicht. Ein Freund liegt bei {comp}, ich habe dort gebucht.",
    ],
    "es": [
        "Hoy 40 minutos esperando en la gasolinera sin nadie.",
        "Duchas del pantalán B frías otra vez.",
        "Me movieron al final, junto al espigón, sin preguntar.",
        "Tarifas un 25% más caras a mitad de temporada y los baños rotos.",
        "Indignado. Dos días sin luz y 35 € de 'salida tardía' por salir a las 12:10.",
        "Se acabó. Un amigo amarra en {comp}, ya he reservado allí.",
    ],
    "fr": [
        "40 minutes d'attente au ponton carburant, personne.",
        "Douches du ponton B froides encore.",
        "Déplacé au bout, contre la digue, sans me demander.",
        "Tarifs visiteurs +25 % en pleine saison, sanitaires en panne.",
        "Furieux. Deux jours sans électricité et 35 € de 'départ tardif' pour 12h10.",
        "Terminé. Un ami est chez {comp}, j'y ai réservé.",
    ],
    "it": [
        "40 minuti di attesa al distributore, nessuno.",
        "Docce del pontile B di nuovo fredde.",
        "Spostato in fondo, vicino alla diga, senza chiedere.",
        "Tariffe ospiti +25% a metà stagione e bagni rotti.",
        "Furioso. Due giorni senza corrente e 35 € di 'partenza tardiva' per le 12:10.",
        "Basta. Un amico sta da {comp}, ho prenotato lì.",
    ],
}
CANCEL: dict[str, list[str]] = {
    "en": [
        "We've sold the boat, so please cancel my {plan} membership and close the account.",
        "Moving inland for work. I'd like to cancel {plan} and close my account, please.",
    ],
    "pt": [
        "Vendemos o barco; cancelem por favor a minha adesão {plan} e fechem a conta.",
        "Vou trabalhar para o interior. Quero cancelar a {plan} e fechar a conta.",
    ],
    "de": ["Boot verkauft. Bitte {plan} kündigen und Konto schließen."],
    "es": ["Hemos vendido el barco. Cancelad {plan} y cerrad la cuenta, por favor."],
    "fr": ["Bateau vendu. Merci de résilier {plan} et de fermer le compte."],
    "it": ["Barca venduta. Disdite {plan} e chiudete l'account, grazie."],
}
GRUMBLE: dict[str, list[str]] = {
    "en": [
        "The app logs me out every single time I open it.",
        "Why does the 'berth ends tomorrow' text come at 6am?",
        "Queue at the harbour office on a Saturday, again.",
        "Pontoon wifi is useless past the first finger.",
    ],
    "pt": [
        "A app desliga-me a sessão sempre que a abro.",
        "Porque é que a mensagem 'o lugar termina amanhã' chega às 6h?",
        "Fila na capitania ao sábado, outra vez.",
        "O wifi do pontão não chega a lado nenhum.",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab.",
        "Wieso kommt die Erinnerungs-SMS um 6 Uhr?",
        "Samstags wieder Schlange im Hafenbüro.",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "¿Por qué el aviso llega a las 6 de la mañana?",
        "Cola en la oficina del puerto otro sábado.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois.",
        "Pourquoi le SMS de rappel arrive à 6h ?",
        "Encore la queue à la capitainerie le samedi.",
    ],
    "it": [
        "L'app mi disconnette ogni volta.",
        "Perché il promemoria arriva alle 6?",
        "Di nuovo coda in capitaneria il sabato.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "en": [
        "Oh brilliant, the shower token machine ate my coin again. Truly the highlight of my holiday."
    ],
    "pt": ["Que maravilha, a máquina das fichas comeu-me outra moeda. O ponto alto das férias."],
    "de": ["Toll, der Duschmarken-Automat hat wieder mein Geld gefressen. Highlight des Urlaubs."],
    "es": [
        "Genial, la máquina de fichas se ha vuelto a tragar la moneda. Lo mejor de las vacaciones."
    ],
    "fr": ["Super, la machine à jetons a encore avalé ma pièce. Le clou des vacances."],
    "it": [
        "Fantastico, la macchinetta dei gettoni si è mangiata un'altra moneta. Il top della vacanza."
    ],
}
MILD: dict[str, list[str]] = {
    "en": [
        "The marina search keeps showing berths in the wrong harbour.",
        "Notifications arrive in Spanish for some reason.",
    ],
    "pt": [
        "A pesquisa de marinas mostra lugares no porto errado.",
        "As notificações chegam em inglês, não sei porquê.",
    ],
    "de": ["Die Suche zeigt Plätze im falschen Hafen."],
    "es": ["El buscador enseña amarres del puerto equivocado."],
    "fr": ["La recherche affiche des places dans le mauvais port."],
    "it": ["La ricerca mostra posti nel porto sbagliato."],
}
SPIKE: dict[str, list[str]] = {
    "en": [
        "App key won't open the pontoon gate, says {code}. Stuck outside with shopping.",
        "Gate on C pontoon refuses my phone: {code}. Can't get to the boat.",
        "@amarrio {code} on every gate this morning, we're all standing on the quay",
    ],
    "pt": [
        "A chave da app não abre o portão do pontão, dá {code}. Estou cá fora com as compras.",
        "O portão do pontão C recusa o telemóvel: {code}. Não consigo chegar ao barco.",
        "@amarrio {code} em todos os portões esta manhã, está tudo no cais à espera",
    ],
    "de": [
        "App-Schlüssel öffnet das Stegtor nicht, Fehler {code}.",
        "Tor an Steg C: {code}. Komme nicht zum Boot.",
    ],
    "es": [
        "La llave de la app no abre la puerta del pantalán, sale {code}.",
        "Puerta del pantalán C: {code}. No llego al barco.",
    ],
    "fr": [
        "La clé de l'appli n'ouvre pas le portail du ponton, erreur {code}.",
        "Portail du ponton C : {code}. Impossible d'aller au bateau.",
    ],
    "it": [
        "La chiave dell'app non apre il cancello del pontile, errore {code}.",
        "Cancello pontile C: {code}. Non arrivo alla barca.",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "en": ["Still {code}, tried my partner's phone too, same thing at the shower block gate."],
    "pt": [
        "Continua {code}, tentei no telemóvel da minha mulher e o portão dos balneários também não abre."
    ],
    "de": ["Immer noch {code}, auch mit dem Handy meiner Frau."],
    "es": ["Sigue {code}, también con el móvil de mi mujer."],
    "fr": ["Toujours {code}, même avec le téléphone de ma femme."],
    "it": ["Ancora {code}, anche col telefono di mia moglie."],
}
LONE: dict[str, list[str]] = {
    "en": [
        "Last night the gate key in the app looked greyed out for a minute, then fine. Will it open tomorrow morning?"
    ],
    "pt": [
        "Ontem à noite a chave do portão ficou cinzenta na app durante um minuto, depois voltou. Amanhã de manhã vai abrir?"
    ],
    "de": ["Gestern Abend war der Torschlüssel kurz grau, dann normal. Geht er morgen früh?"],
    "es": ["Anoche la llave de la puerta salió gris un minuto y luego bien. ¿Mañana abrirá?"],
    "fr": [
        "Hier soir la clé du portail était grisée une minute, puis normale. Ça marchera demain ?"
    ],
    "it": [
        "Ieri sera la chiave del cancello era grigia per un minuto, poi ok. Domattina funzionerà?"
    ],
}
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "this month's {arm} invoice has our old company name and no PO number, so finance won't pay it",
        "pt": "a fatura {arm} deste mês vem com o nome antigo da empresa e sem número de encomenda, a contabilidade não a paga",
        "de": "die {arm}-Rechnung trägt den alten Firmennamen und keine Bestellnummer",
        "es": "la factura {arm} de este mes lleva el nombre antiguo y sin número de pedido",
        "fr": "la facture {arm} du mois porte l'ancien nom et aucun numéro de commande",
        "it": "la fattura {arm} del mese ha la vecchia ragione sociale e nessun numero d'ordine",
    },
    "service_blocked": {
        "en": "the harbour office refused to check in our charter boats, saying the {arm} account is on stop",
        "pt": "a capitania recusou o check-in dos nossos barcos de charter, diz que a conta {arm} está bloqueada",
        "de": "das Hafenbüro verweigert unseren Charterbooten den Check-in, das {arm}-Konto sei gesperrt",
        "es": "la oficina del puerto no deja entrar nuestros barcos de chárter, dice que la cuenta {arm} está bloqueada",
        "fr": "la capitainerie refuse l'enregistrement de nos bateaux de location, compte {arm} bloqué",
        "it": "la capitaneria rifiuta il check-in delle nostre barche a noleggio, conto {arm} bloccato",
    },
    "portal": {
        "en": "the {arm} fleet portal shows none of our booked berths and we can't release any",
        "pt": "o portal de frota {arm} não mostra nenhum dos lugares reservados e não conseguimos libertar nenhum",
        "de": "das {arm}-Flottenportal zeigt keine unserer Buchungen",
        "es": "el portal de flota {arm} no muestra ninguno de nuestros amarres",
        "fr": "le portail flotte {arm} n'affiche aucune de nos places",
        "it": "il portale flotta {arm} non mostra nessuno dei nostri posti",
    },
    "overbilled": {
        "en": "we were billed the nightly visitor rate instead of our seasonal {arm} contract rate",
        "pt": "faturaram-nos a tarifa diária de visitante em vez da tarifa sazonal do contrato {arm}",
        "de": "uns wurde der Tagespreis statt des {arm}-Saisonvertrags berechnet",
        "es": "nos han cobrado tarifa diaria en vez de la de temporada del contrato {arm}",
        "fr": "on nous a facturé le tarif journalier au lieu du tarif saison {arm}",
        "it": "ci avete fatturato la tariffa giornaliera invece di quella stagionale {arm}",
    },
}
B2B_FIRST: dict[str, list[str]] = {
    "en": ["Hello, {p}. Please fix this urgently.", "Good morning, {p}. This needs sorting today."],
    "pt": [
        "Bom dia, {p}. Precisamos disto resolvido com urgência.",
        "Olá, {p}. Por favor tratem disto hoje.",
    ],
    "de": ["Guten Tag, {p}. Bitte dringend beheben."],
    "es": ["Buenos días, {p}. Arréglenlo con urgencia."],
    "fr": ["Bonjour, {p}. Merci de corriger rapidement."],
    "it": ["Buongiorno, {p}. Sistematelo con urgenza."],
}
B2B_LATER: dict[str, list[str]] = {
    "en": ["Following up {who}'s e-mail of {day} (case {ref}): {p}. Same here."],
    "pt": ["Na sequência do e-mail de {who} de {day} (processo {ref}): {p}. Connosco igual."],
    "de": ["Zu {who}s Mail vom {day} (Fall {ref}): {p}. Bei uns dasselbe."],
    "es": ["Sobre el correo de {who} del {day} (caso {ref}): {p}. Aquí igual."],
    "fr": ["Suite au mail de {who} de {day} (dossier {ref}) : {p}. Pareil chez nous."],
    "it": ["A seguito della mail di {who} di {day} (pratica {ref}): {p}. Anche da noi."],
}
B2B_LAST_EMAIL: dict[str, list[str]] = {
    "en": [
        "Case {ref}: still nothing fixed and several of us have written. Procurement has asked {comp} for a quote."
    ],
    "pt": [
        "Processo {ref}: nada resolvido e já vários colegas escreveram. As compras pediram orçamento à {comp}."
    ],
    "de": [
        "Fall {ref}: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} um ein Angebot gebeten."
    ],
    "es": [
        "Caso {ref}: nada resuelto y ya han escrito varios compañeros. Compras ha pedido precio a {comp}."
    ],
    "fr": [
        "Dossier {ref} : rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé un devis à {comp}."
    ],
    "it": [
        "Pratica {ref}: niente risolto, hanno scritto in tanti. Gli acquisti hanno chiesto un preventivo a {comp}."
    ],
}
B2B_LAST_CALL: dict[str, list[str]] = {
    "en": [
        "hi it's about case {ref} nothing's fixed and half the office has emailed you my director says we move the fleet if it isn't sorted this week"
    ],
    "pt": [
        "olá é sobre o processo {ref} nada está resolvido e já vários colegas escreveram o meu diretor diz que mudamos a frota se não resolverem esta semana"
    ],
    "de": [
        "hallo wegen fall {ref} nichts ist behoben mein chef sagt wir ziehen die flotte um wenn das diese woche nicht klappt"
    ],
    "es": [
        "hola es por el caso {ref} no se ha arreglado nada mi jefe dice que nos llevamos la flota si no se soluciona esta semana"
    ],
    "fr": [
        "bonjour c'est pour le dossier {ref} rien n'est réglé mon directeur dit qu'on change de prestataire si ce n'est pas fait cette semaine"
    ],
    "it": [
        "buongiorno è per la pratica {ref} niente è risolto il mio capo dice che spostiamo la flotta se non si sistema questa settimana"
    ],
}
B2B_MILD: dict[str, list[str]] = {
    "en": [
        "Small suggestion: could the monthly statement group berth nights by boat name?",
        "It would help if delivery notes for fuel showed the skipper's name.",
    ],
    "pt": [
        "Sugestão: o extrato mensal podia agrupar as noites por nome do barco?",
        "Ajudava se as guias de combustível mostrassem o nome do skipper.",
    ],
    "de": ["Vorschlag: Monatsauszug nach Bootsnamen gruppieren?"],
    "es": ["Sugerencia: ¿el extracto mensual podría agrupar por barco?"],
    "fr": ["Suggestion : regrouper le relevé mensuel par bateau ?"],
    "it": ["Suggerimento: raggruppare l'estratto mensile per barca?"],
}
B2B_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Can we add a second skipper to the fleet account?",
            "Yes, done: they'll get an invite by e-mail.",
        )
    ],
    "pt": [
        (
            "Podemos acrescentar um segundo skipper à conta da frota?",
            "Sim, feito: recebe convite por e-mail.",
        )
    ],
    "de": [("Können wir einen zweiten Skipper hinzufügen?", "Ja, erledigt.")],
    "es": [("¿Podemos añadir otro patrón a la cuenta?", "Sí, hecho.")],
    "fr": [("Peut-on ajouter un second skipper au compte ?", "Oui, c'est fait.")],
    "it": [("Possiamo aggiungere un secondo skipper?", "Sì, fatto.")],
}
DAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
}
SUBJECTS: dict[str, str] = {
    "en": "My booking",
    "pt": "A minha reserva",
    "de": "Meine Buchung",
    "es": "Mi reserva",
    "fr": "Ma réservation",
    "it": "La mia prenotazione",
}
