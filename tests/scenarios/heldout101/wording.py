# ruff: noqa: E501
"""Consumers' and agents' words for heldout101 (Sfrecca, rides by app), written from the stories.

Placeholders: {b} brand, {ref} case reference, {amt} / {amt2} amounts in the customer's
money, {comp} a competitor, {code} the spike's error code, {agent} an agent's first name,
{first} the customer's first name, {fix} what the agent did, {topic} the problem in a few
words, {desc} the problem restated, {time} a local time.
"""

from __future__ import annotations

T = dict[str, list[str]]
QA = dict[str, list[tuple[str, str]]]

BRAND = "Sfrecca"
COMPETITORS = ("Rollunga", "Cabsolo")
SPIKE_CODE = "SKD/41-7"

AGENTS: T = {
    "it": ["Giulia", "Marco", "Serena", "Davide"],
    "en": ["Hannah", "Liam", "Priya", "Owen"],
    "de": ["Jonas", "Katrin"],
    "fr": ["Élodie", "Karim"],
    "es": ["Lucía", "Andrés"],
    "pt": ["Inês", "Rui"],
}

SIGN: dict[str, str] = {
    "it": "{agent}, assistenza Sfrecca",
    "en": "{agent}, Sfrecca support",
    "de": "{agent}, Sfrecca Kundenservice",
    "fr": "{agent}, service client Sfrecca",
    "es": "{agent}, atención al cliente de Sfrecca",
    "pt": "{agent}, apoio ao cliente Sfrecca",
}

# ---------------------------------------------------------------- happy acts

PRAISE: T = {
    "it": [
        "Autista gentilissimo stamattina, macchina pulita e puntuale alle 6:10 per l'aeroporto. Grazie {b}!",
        "Corsa perfetta ieri sera dopo la cena, l'autista ha pure aspettato che entrassi nel portone. Top",
        "{b} mi salva ogni volta che piove e i bus non passano 🙏",
        "Prezzo fisso per Malpensa rispettato al centesimo, nessuna sorpresa. Bravi",
        "ho dimenticato l'ombrello in macchina e l'autista me l'ha riportato la sera stessa. incredibile",
    ],
    "en": [
        "Shoutout to the {b} driver who got a pram and two suitcases into the boot at 6am without a single sigh",
        "Fixed fare to the airport, car there 5 min early, driver knew a way round the roadworks. Cheers {b}",
        "{b} is honestly the only reason I make my early shifts on time",
        "Booked a ride with a child seat for the first time, seat fitted properly and the driver double-checked the straps. Really impressed",
        "cleanest car i've been in all year and he'd put the heating on before i got in 👌",
    ],
    "de": [
        "Fahrer war pünktlich, super freundlich und hat sogar die Koffer getragen. Danke {b}!",
        "Festpreis zum Flughafen wie angekündigt, keine Überraschung. So muss das sein",
    ],
    "fr": [
        "Chauffeur adorable ce matin, voiture propre et pile à l'heure pour la gare. Merci {b} !",
        "Prix fixe pour l'aéroport respecté, chauffeur discret et prudent. Parfait",
    ],
    "es": [
        "Conductor majísimo, puntual y con el coche impecable. ¡Gracias {b}!",
        "Tarifa fija al aeropuerto respetada, ni un euro más. Así da gusto",
    ],
    "pt": [
        "Motorista simpatiquíssimo e pontual, carro limpo. Obrigada {b}!",
        "Preço fixo para o aeroporto cumprido, sem surpresas. Recomendo",
    ],
}

AGAIN: T = {
    "it": [
        "Terza volta questo mese che mi capita lo stesso autista gentile, ormai ci salutiamo per nome 😄",
        "Ancora una volta puntualissimi alle 5 del mattino. Non so come facciate",
        "Di nuovo lo sconto Club mi ha fatto risparmiare sulla corsa per Linate. Sempre promossi",
    ],
    "en": [
        "Third time this week the same lovely driver has picked me up, we're on first-name terms now",
        "Again bang on time at 4:45am for the airport run. Still don't know how you do it {b}",
        "Still the best thing I signed up to this year, the Club discount has paid for itself twice over",
    ],
    "de": ["Schon wieder der nette Fahrer mit dem Dackelfoto am Armaturenbrett 😄 Immer noch top"],
    "fr": ["Encore une fois pile à l'heure à 5h du matin. Toujours impeccable"],
    "es": ["Tercera vez esta semana y otra vez puntualísimos. Sigo encantada"],
    "pt": ["Mais uma vez a horas às 5 da manhã. Continuo fã"],
}

GRIPE: T = {
    "it": [
        "Servizio ottimo, solo la ricevuta arriva in PDF e dal telefono non si apre. Per il resto tutto perfetto",
        "Contentissimo degli autisti, ma la mappa del punto di ritiro in stazione è un po' confusa. Comunque consigliato",
    ],
    "en": [
        "Really happy with it, only gripe is the receipt email takes a day to come through. Otherwise spot on",
        "Great drivers, slightly annoying that the tip screen pops up before I've even got out. Still 5 stars",
    ],
    "de": ["Alles bestens, nur die Quittung kommt erst am nächsten Tag. Ansonsten gerne wieder"],
    "fr": ["Très bien dans l'ensemble, juste le reçu qui arrive le lendemain. Sinon rien à dire"],
    "es": ["Muy contenta, solo que el recibo llega al día siguiente. Por lo demás genial"],
    "pt": ["Muito bom, só o recibo é que chega no dia seguinte. De resto impecável"],
}

REVIEW: T = {
    "it": [
        "Ottima app, prenoto in dieci secondi e gli autisti sono gentili",
        "Prezzi chiari e corse puntuali, cosa volere di più",
    ],
    "en": [
        "Does exactly what it says, drivers are great",
        "Easy to book, fair prices, never waited more than 5 minutes",
    ],
    "de": ["Einfach zu bedienen, faire Preise, nette Fahrer"],
    "fr": ["Appli simple, prix clairs, chauffeurs sympas"],
    "es": ["App sencilla, precios claros y conductores amables"],
    "pt": ["App simples, preços claros e motoristas simpáticos"],
}

QUESTIONS: QA = {
    "it": [
        (
            "Ciao, posso prenotare una corsa con seggiolino per un bimbo di 2 anni?",
            "Certo! Nella schermata della corsa scegli 'Seggiolino' e indica l'età: l'auto arriva con il seggiolino giusto già montato.",
        ),
        (
            "Buongiorno, la tariffa fissa per Fiumicino vale anche di notte?",
            "Buongiorno! Sì, la tariffa fissa vale a qualsiasi ora, anche di notte e nei festivi.",
        ),
        (
            "come faccio ad aggiungere una fermata intermedia",
            "Dopo aver inserito la destinazione tocca '+ fermata': puoi aggiungerne fino a due.",
        ),
        (
            "Lo sconto Club vale anche sulle corse programmate?",
            "Sì, lo sconto Club vale su tutte le corse, anche quelle programmate.",
        ),
    ],
    "en": [
        (
            "Hi, can I book for my mum who doesn't have the app? She's 82",
            "Hi! Yes: under 'Who's riding' add her name and mobile, and the driver will ring her when he's outside.",
        ),
        (
            "Do you take dogs? small terrier, very well behaved lol",
            "Small dogs are welcome: tick 'Pet' when booking and bring a blanket or carrier if you can.",
        ),
        (
            "How far ahead can I schedule a ride for an early flight?",
            "Up to 30 days ahead; we assign a driver the evening before and you'll see their name in the app.",
        ),
        (
            "Is the Club fee monthly or can i pay yearly",
            "Both: monthly or yearly, you can switch any time under Account > Club.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich auch bar zahlen?",
            "Hallo! Bar geht leider nicht, aber Karte, PayPal und Apple Pay.",
        ),
        (
            "Gibt es Kindersitze?",
            "Ja, beim Buchen einfach 'Kindersitz' wählen und das Alter angeben.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux réserver pour ma fille de 15 ans seule ?",
            "Bonjour ! Oui, avec le profil 'Ado' lié à votre compte, vous suivez la course en direct.",
        ),
        ("Le prix fixe aéroport vaut aussi le dimanche ?", "Oui, tous les jours et à toute heure."),
    ],
    "es": [
        (
            "Hola, ¿cabe una maleta grande y un carrito de bebé?",
            "¡Hola! Sí, elige 'Coche grande' al reservar y cabe todo sin problema.",
        ),
        (
            "¿El descuento Club vale también para el aeropuerto?",
            "Sí, también en la tarifa fija al aeropuerto.",
        ),
    ],
    "pt": [
        (
            "Olá, posso agendar uma viagem para amanhã às 5h?",
            "Olá! Sim, em 'Agendar' escolhe a hora; o motorista é atribuído na véspera.",
        ),
        ("Aceitam animais?", "Animais pequenos sim, basta marcar 'Animal' na reserva."),
    ],
}

THANKS: T = {
    "it": ["Perfetto grazie mille!", "grz 👍", "ok gentilissimi", "Grazie, chiarissimo"],
    "en": ["Brilliant thanks!", "cheers 👍", "perfect, ta", "Great, thank you"],
    "de": ["Super, danke!", "Danke 👍"],
    "fr": ["Parfait merci !", "Top merci"],
    "es": ["¡Genial, gracias!", "Perfecto, gracias 👍"],
    "pt": ["Ótimo, obrigado!", "obg 👍"],
}

PHONE_Q: T = {
    "it": [
        "buongiorno volevo sapere se la tariffa fissa per Malpensa vale anche se parto da Monza grazie",
        "si salve chiamo per capire come si aggiunge mia moglie all'abbonamento Club perché lei non ha l'app",
    ],
    "en": [
        "hi yeah just wondering if the airport fixed fare works from outside the ring road thanks",
        "hello i'm calling about adding my daughter to my account she's seventeen is that allowed",
    ],
    "de": ["ja hallo ich wollte fragen ob der Festpreis zum Flughafen auch am Sonntag gilt danke"],
    "fr": [
        "oui bonjour je voulais savoir si je peux réserver un taxi pour ma mère qui n'a pas de smartphone"
    ],
    "es": [
        "hola buenas quería saber si puedo programar un viaje para el domingo a las cinco de la mañana"
    ],
    "pt": ["olá boa tarde queria saber se posso levar a minha cadela pequena no carro"],
}

PHONE_FOLLOWUP: T = {
    "it": [
        "Buongiorno {first}, grazie per la telefonata di oggi. Come promesso, qui trova tutti i dettagli: sfrecca.example/aiuto. Buona giornata!"
    ],
    "en": [
        "Hello {first}, thanks for your call today. As promised, all the details are here: sfrecca.example/help. Have a good day!"
    ],
    "de": [
        "Hallo {first}, danke für Ihren Anruf. Wie besprochen finden Sie alle Details hier: sfrecca.example/hilfe."
    ],
    "fr": [
        "Bonjour {first}, merci pour votre appel. Comme promis, tous les détails sont ici : sfrecca.example/aide."
    ],
    "es": [
        "Hola {first}, gracias por tu llamada. Como te dije, aquí tienes todos los detalles: sfrecca.example/ayuda."
    ],
    "pt": [
        "Olá {first}, obrigado pela chamada. Como prometido, os detalhes estão aqui: sfrecca.example/ajuda."
    ],
}

SURVEY_WORDS: T = {
    "it": ["tutto ok", "bravi", "👍", "", "", "puntuali"],
    "en": ["great", "spot on", "🙂", "", "", "easy"],
    "de": ["top", "👍", ""],
    "fr": ["super", "👍", ""],
    "es": ["genial", "👍", ""],
    "pt": ["ótimo", "👍", ""],
}

LOW_CSAT_WORDS: T = {
    "it": ["pessimo", "", "lasciamo stare"],
    "en": ["useless", "", "not impressed"],
    "de": ["schlecht", ""],
    "fr": ["nul", ""],
    "es": ["fatal", ""],
    "pt": ["péssimo", ""],
}

LOW_NPS_WORDS: T = {
    "it": ["deluso", "", "mai più così"],
    "en": ["disappointed", "", "sort it out"],
    "de": ["enttäuscht", ""],
    "fr": ["déçue", ""],
    "es": ["decepcionada", ""],
    "pt": ["desiludido", ""],
}

NIGHT_POST: T = {
    "it": [
        "Turno di notte finito alle 3, a casa in dieci minuti con un autista che non ha detto una parola. Esattamente quello che serviva 😴",
        "ore 2 e mezza fuori dal pub, pioggia a secchiate, macchina arrivata in 4 minuti. {b} vi voglio bene",
    ],
    "en": [
        "3am after a 12h shift in A&E and the driver had the heating on and the radio low. bless you {b}",
        "can't sleep so I've scheduled the 5am airport run for Friday already. love that it just works",
    ],
    "de": ["Nachtschicht vorbei, um 3 Uhr in 8 Minuten zuhause. Danke {b}"],
    "fr": ["Sortie du service de nuit à 3h, chauffeur arrivé en 5 minutes. Merci {b}"],
    "es": ["Salgo de trabajar a las 3 y en cinco minutos tenía coche. Gracias {b}"],
    "pt": ["Saí do turno às 3 da manhã e em 5 minutos tinha carro. Obrigada {b}"],
}

NIGHT_Q: QA = {
    "it": [
        (
            "c'è qualcuno? da che ora parte il sovrapprezzo notturno?",
            "Ciao! Il sovrapprezzo notturno vale dalle 22 alle 6 e lo vedi già nella stima del prezzo.",
        ),
        (
            "posso cambiare il punto di ritiro di una corsa programmata per le 5? è un altro ingresso",
            "Sì, apri la corsa programmata e tocca 'Modifica ritiro': il prezzo resta quello.",
        ),
    ],
    "en": [
        (
            "anyone there? when does the night surcharge kick in",
            "Hi! The night surcharge runs 22:00-06:00 and it's already in the price estimate.",
        ),
        (
            "can I change the pickup of a ride I scheduled for 5am? it's the other entrance",
            "Yes, open the scheduled ride and tap 'Edit pickup', the price stays the same.",
        ),
    ],
    "de": [("Gilt nachts ein Aufschlag?", "Ja, von 22 bis 6 Uhr, er steht schon im Preis.")],
    "fr": [
        ("Il y a une majoration la nuit ?", "Oui, de 22h à 6h, elle est déjà dans l'estimation.")
    ],
    "es": [("¿Hay recargo nocturno?", "Sí, de 22 a 6 h y ya va incluido en la estimación.")],
    "pt": [("Há sobretaxa à noite?", "Sim, das 22h às 6h, e já está incluída na estimativa.")],
}

# ------------------------------------------------------------------ problems

PROBLEMS = ("no_show", "double_charge", "detour", "lost_item", "airport_fare", "cancel_fee")

#: (main amount, second amount) in euros; pounds and francs are derived and rounded.
PROBLEM_EUR: dict[str, tuple[float, float]] = {
    "no_show": (23.40, 0.0),
    "double_charge": (31.80, 0.0),
    "detour": (38.00, 19.00),
    "lost_item": (0.0, 0.0),
    "airport_fare": (71.00, 45.00),
    "cancel_fee": (5.00, 0.0),
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "corsa addebitata ma auto mai arrivata",
        "en": "charged for a ride that never came",
        "de": "Fahrt berechnet, Auto nie gekommen",
        "fr": "course facturée, voiture jamais venue",
        "es": "viaje cobrado y el coche nunca vino",
        "pt": "viagem cobrada, carro nunca veio",
    },
    "double_charge": {
        "it": "corsa addebitata due volte",
        "en": "ride charged twice",
        "de": "Fahrt doppelt abgebucht",
        "fr": "course débitée deux fois",
        "es": "viaje cobrado dos veces",
        "pt": "viagem cobrada duas vezes",
    },
    "detour": {
        "it": "giro lungo, prezzo raddoppiato",
        "en": "long detour, fare doubled",
        "de": "Umweg, Preis verdoppelt",
        "fr": "détour, prix doublé",
        "es": "rodeo, precio doblado",
        "pt": "desvio, preço a dobrar",
    },
    "lost_item": {
        "it": "borsa dimenticata in auto, nessuna risposta",
        "en": "bag left in the car, no reply",
        "de": "Tasche im Auto vergessen, keine Antwort",
        "fr": "sac oublié dans la voiture, pas de réponse",
        "es": "bolso olvidado en el coche, sin respuesta",
        "pt": "mala esquecida no carro, sem resposta",
    },
    "airport_fare": {
        "it": "tariffa fissa aeroporto non applicata",
        "en": "airport fixed fare not applied",
        "de": "Flughafen-Festpreis nicht angewendet",
        "fr": "prix fixe aéroport non appliqué",
        "es": "tarifa fija al aeropuerto no aplicada",
        "pt": "preço fixo do aeroporto não aplicado",
    },
    "cancel_fee": {
        "it": "penale di cancellazione ma ha cancellato l'autista",
        "en": "cancellation fee when the driver cancelled",
        "de": "Stornogebühr, obwohl der Fahrer storniert hat",
        "fr": "frais d'annulation alors que le chauffeur a annulé",
        "es": "penalización por cancelar cuando canceló el conductor",
        "pt": "taxa de cancelamento quando foi o motorista a cancelar",
    },
}

#: the problem restated, as a later contact says it
DESC: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "mi avete addebitato {amt} per una corsa che non è mai arrivata",
        "en": "you charged me {amt} for a car that never turned up",
        "de": "Sie haben {amt} für ein Auto abgebucht, das nie kam",
        "fr": "vous m'avez débité {amt} pour une voiture jamais venue",
        "es": "me cobrasteis {amt} por un coche que nunca llegó",
        "pt": "cobraram-me {amt} por um carro que nunca apareceu",
    },
    "double_charge": {
        "it": "la stessa corsa da {amt} è ancora addebitata due volte",
        "en": "the same {amt} ride is still on my card twice",
        "de": "dieselbe Fahrt über {amt} ist immer noch zweimal abgebucht",
        "fr": "la même course de {amt} est toujours débitée deux fois",
        "es": "el mismo viaje de {amt} sigue cobrado dos veces",
        "pt": "a mesma viagem de {amt} continua cobrada duas vezes",
    },
    "detour": {
        "it": "ho pagato {amt} invece dei {amt2} stimati per un giro assurdo dell'autista",
        "en": "I paid {amt} instead of the {amt2} estimate because of the driver's detour",
        "de": "ich habe {amt} statt {amt2} bezahlt wegen des Umwegs",
        "fr": "j'ai payé {amt} au lieu de {amt2} à cause du détour",
        "es": "pagué {amt} en vez de {amt2} por el rodeo del conductor",
        "pt": "paguei {amt} em vez de {amt2} por causa do desvio",
    },
    "lost_item": {
        "it": "la mia borsa con le chiavi di casa è ancora in quella macchina e nessuno mi risponde",
        "en": "my bag with my house keys is still in that car and nobody answers",
        "de": "meine Tasche mit dem Hausschlüssel ist immer noch in dem Auto und niemand antwortet",
        "fr": "mon sac avec mes clés est toujours dans cette voiture et personne ne répond",
        "es": "mi bolso con las llaves sigue en ese coche y nadie contesta",
        "pt": "a minha mala com as chaves continua naquele carro e ninguém responde",
    },
    "airport_fare": {
        "it": "mi avete fatto pagare {amt} a tassametro invece della tariffa fissa di {amt2}",
        "en": "I was charged {amt} on the meter instead of the {amt2} fixed fare",
        "de": "mir wurden {amt} nach Taxameter statt {amt2} Festpreis berechnet",
        "fr": "on m'a facturé {amt} au compteur au lieu du prix fixe de {amt2}",
        "es": "me cobrasteis {amt} con taxímetro en vez de la tarifa fija de {amt2}",
        "pt": "cobraram-me {amt} ao taxímetro em vez do preço fixo de {amt2}",
    },
    "cancel_fee": {
        "it": "mi avete addebitato {amt} di penale quando è stato l'autista a cancellare",
        "en": "you charged me a {amt} cancellation fee when it was the driver who cancelled",
        "de": "Sie haben mir {amt} Stornogebühr berechnet, obwohl der Fahrer storniert hat",
        "fr": "vous m'avez facturé {amt} de frais alors que c'est le chauffeur qui a annulé",
        "es": "me cobrasteis {amt} de penalización cuando canceló el conductor",
        "pt": "cobraram-me {amt} de taxa quando foi o motorista que cancelou",
    },
}

FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "rimborsato l'intera corsa",
        "en": "refunded the whole fare",
        "de": "den vollen Fahrpreis erstattet",
        "fr": "remboursé toute la course",
        "es": "devuelto el viaje entero",
        "pt": "reembolsado a viagem toda",
    },
    "double_charge": {
        "it": "stornato il secondo addebito",
        "en": "refunded the second charge",
        "de": "die zweite Abbuchung erstattet",
        "fr": "remboursé le second débit",
        "es": "devuelto el segundo cargo",
        "pt": "devolvido o segundo débito",
    },
    "detour": {
        "it": "rimborsato la differenza con la stima",
        "en": "refunded the difference to the estimate",
        "de": "die Differenz zur Schätzung erstattet",
        "fr": "remboursé la différence avec l'estimation",
        "es": "devuelto la diferencia con la estimación",
        "pt": "devolvido a diferença para a estimativa",
    },
    "lost_item": {
        "it": "ritrovato la borsa: l'autista gliela porta domani mattina",
        "en": "found your bag: the driver will drop it round tomorrow morning",
        "de": "Ihre Tasche gefunden: der Fahrer bringt sie morgen früh vorbei",
        "fr": "retrouvé votre sac : le chauffeur le dépose demain matin",
        "es": "encontrado tu bolso: el conductor te lo lleva mañana por la mañana",
        "pt": "encontrado a sua mala: o motorista entrega-a amanhã de manhã",
    },
    "airport_fare": {
        "it": "rimborsato la differenza con la tariffa fissa",
        "en": "refunded the difference to the fixed fare",
        "de": "die Differenz zum Festpreis erstattet",
        "fr": "remboursé la différence avec le prix fixe",
        "es": "devuelto la diferencia con la tarifa fija",
        "pt": "devolvido a diferença para o preço fixo",
    },
    "cancel_fee": {
        "it": "annullato la penale",
        "en": "refunded the fee",
        "de": "die Gebühr erstattet",
        "fr": "remboursé les frais",
        "es": "devuelto la penalización",
        "pt": "devolvido a taxa",
    },
}

#: first complaints (e-mail, chat, web form, social), by problem and language
COMPLAINT: dict[str, T] = {
    "no_show": {
        "it": [
            "Ieri sera alle 21:15 l'app mi dice 'l'autista è arrivato', esco, non c'è NESSUNO. Dopo 10 minuti la corsa risulta 'completata' e mi trovo {amt} addebitati. Ma scherziamo?",
            "corsa segnata come completata ma la macchina non l'ho mai vista, addebito di {amt}. rivoglio i miei soldi",
        ],
        "en": [
            "App said 'your driver has arrived' at 7:40, I was standing RIGHT THERE and there was no car. Ten minutes later the ride's 'completed' and I've been charged {amt}. Seriously?",
            "charged {amt} for a ride that never came. driver marked it done from wherever he was. want it back pls",
        ],
        "de": [
            "Die App sagt 'Fahrer ist da', ich stehe draußen, KEIN Auto. Zehn Minuten später 'Fahrt beendet' und {amt} abgebucht. Geht's noch?"
        ],
        "fr": [
            "L'appli dit 'votre chauffeur est arrivé', je sors, personne. Dix minutes après la course est 'terminée' et on me prélève {amt}. Sérieusement ?"
        ],
        "es": [
            "La app dice que el conductor ha llegado, salgo y NO HAY NADIE. Diez minutos después el viaje sale 'completado' y me cobran {amt}. ¿En serio?"
        ],
        "pt": [
            "A app diz 'o motorista chegou', saio e não está ninguém. Dez minutos depois a viagem aparece 'concluída' e cobram-me {amt}. A sério?"
        ],
    },
    "double_charge": {
        "it": [
            "Buongiorno, la corsa di venerdì da {amt} mi è stata addebitata DUE volte sulla carta. Mi serve il rimborso del secondo addebito, grazie",
            "doppio addebito di {amt} per la stessa corsa, controllate per favore",
        ],
        "en": [
            "Hi, Friday's {amt} ride has gone out of my account TWICE. Please refund the second one, it's the end of the month and I need that money",
            "double charged {amt} for one ride. same time same ride same amount. fix pls",
        ],
        "de": [
            "Die Fahrt von Freitag über {amt} wurde ZWEIMAL abgebucht. Bitte die zweite Buchung erstatten."
        ],
        "fr": [
            "La course de vendredi ({amt}) a été débitée DEUX fois. Merci de rembourser le second débit."
        ],
        "es": [
            "El viaje del viernes de {amt} me lo habéis cobrado DOS veces. Devolvedme el segundo cargo, por favor."
        ],
        "pt": [
            "A viagem de sexta de {amt} foi cobrada DUAS vezes. Devolvam o segundo débito, por favor."
        ],
    },
    "detour": {
        "it": [
            "Stima {amt2}, pagato {amt}. L'autista ha preso la tangenziale per fare il giro di mezza città 'per il traffico' che non c'era. Voglio la differenza indietro",
            "ma che giro ha fatto il vostro autista?? da {amt2} a {amt} per 6 km",
        ],
        "en": [
            "Estimate said {amt2}, I paid {amt}. Driver took the ring road 'to avoid traffic' that wasn't there and went round half the city. I want the difference back",
            "how is a 6km ride {amt}?? estimate was {amt2}. the detour was ridiculous",
        ],
        "de": [
            "Schätzung {amt2}, bezahlt {amt}. Der Fahrer ist über die Umgehung durch die halbe Stadt gefahren. Ich will die Differenz zurück."
        ],
        "fr": [
            "Estimation {amt2}, payé {amt}. Le chauffeur a fait le tour par le périph pour rien. Je veux la différence."
        ],
        "es": [
            "Estimación {amt2}, pagado {amt}. El conductor dio un rodeo por la circunvalación sin motivo. Quiero la diferencia."
        ],
        "pt": [
            "Estimativa {amt2}, paguei {amt}. O motorista deu a volta pela circular sem razão nenhuma. Quero a diferença."
        ],
    },
    "lost_item": {
        "it": [
            "Ho lasciato la borsa con le chiavi di casa nell'auto di sabato sera. Ho compilato il modulo oggetti smarriti tre giorni fa e nessuno mi ha risposto. Dormo da mia sorella da allora",
            "borsa dimenticata in macchina, modulo inviato, zero risposte. come si fa a parlare con l'autista??",
        ],
        "en": [
            "Left my bag with my house keys in the car on Saturday night. Filled in the lost property form three days ago and heard NOTHING. Staying at my sister's since",
            "bag left in the car, form sent, no reply for 3 days. how do I actually reach the driver",
        ],
        "de": [
            "Ich habe am Samstag meine Tasche mit dem Hausschlüssel im Auto vergessen. Fundsachenformular vor drei Tagen ausgefüllt, keine Antwort."
        ],
        "fr": [
            "J'ai oublié mon sac avec mes clés dans la voiture samedi soir. Formulaire envoyé il y a trois jours, aucune réponse."
        ],
        "es": [
            "Me dejé el bolso con las llaves de casa en el coche el sábado. Rellené el formulario hace tres días y nadie contesta."
        ],
        "pt": [
            "Esqueci a mala com as chaves de casa no carro no sábado. Preenchi o formulário há três dias e nada."
        ],
    },
    "airport_fare": {
        "it": [
            "Ho prenotato con TARIFFA FISSA per l'aeroporto, {amt2}, scritto chiaro nell'app. Addebitati {amt} a tassametro. Rivoglio la differenza",
            "tariffa fissa aeroporto non applicata, pagato {amt} invece di {amt2}. spiegatemi",
        ],
        "en": [
            "Booked the airport FIXED FARE, {amt2}, right there in the app. Charged {amt} on the meter. I want the difference back",
            "fixed fare to the airport wasn't applied, {amt} instead of {amt2}. explain pls",
        ],
        "de": [
            "Flughafen-FESTPREIS gebucht, {amt2}. Abgebucht wurden {amt} nach Taxameter. Ich will die Differenz."
        ],
        "fr": [
            "Réservé au PRIX FIXE aéroport, {amt2}. Prélevé {amt} au compteur. Je veux la différence."
        ],
        "es": [
            "Reservé con TARIFA FIJA al aeropuerto, {amt2}. Me cobrasteis {amt} con taxímetro. Quiero la diferencia."
        ],
        "pt": [
            "Reservei com PREÇO FIXO para o aeroporto, {amt2}. Cobraram {amt} ao taxímetro. Quero a diferença."
        ],
    },
    "cancel_fee": {
        "it": [
            "L'autista ha cancellato la corsa dopo 12 minuti di attesa e a me arriva una penale di {amt}?? Ho perso pure il treno",
            "penale di cancellazione di {amt} ma ha cancellato LUI. toglietela",
        ],
        "en": [
            "Driver cancelled on me after I'd waited 12 minutes and I get a {amt} cancellation fee?? Missed my train as well",
            "{amt} cancellation fee. i didn't cancel, HE did. take it off",
        ],
        "de": [
            "Der Fahrer storniert nach 12 Minuten und ICH bekomme {amt} Stornogebühr? Zug auch verpasst."
        ],
        "fr": [
            "Le chauffeur annule après 12 minutes d'attente et c'est moi qui paie {amt} de frais ? J'ai raté mon train."
        ],
        "es": [
            "El conductor cancela después de 12 minutos esperando y me cobráis a mí {amt} de penalización? He perdido el tren."
        ],
        "pt": [
            "O motorista cancela ao fim de 12 minutos e sou eu que pago {amt} de taxa? Perdi o comboio."
        ],
    },
}

PHONE_COMPLAINT: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "si buongiorno chiamo perché ieri sera la macchina non è mai arrivata e mi avete addebitato {amt} la corsa risulta completata ma io ero sotto casa",
        "en": "yeah hi i'm ringing because the car never came last night and you've charged me {amt} it says completed but i was stood outside the whole time",
        "de": "ja hallo das Auto ist gestern nie gekommen und Sie haben {amt} abgebucht die Fahrt steht als beendet drin",
        "fr": "oui bonjour la voiture n'est jamais venue hier soir et vous m'avez prélevé {amt} la course est marquée terminée",
        "es": "hola mire anoche el coche no vino y me han cobrado {amt} la app dice que el viaje está completado",
        "pt": "olá ontem à noite o carro nunca veio e cobraram-me {amt} a viagem diz concluída",
    },
    "double_charge": {
        "it": "buongiorno ho due addebiti uguali da {amt} per la stessa corsa di venerdì vorrei il rimborso di uno dei due",
        "en": "hello i've got two charges of {amt} for the same ride on friday i need one of them back please",
        "de": "guten Tag ich habe zwei gleiche Abbuchungen über {amt} für dieselbe Fahrt",
        "fr": "bonjour j'ai deux débits de {amt} pour la même course de vendredi",
        "es": "buenas tengo dos cargos iguales de {amt} por el mismo viaje del viernes",
        "pt": "boa tarde tenho dois débitos de {amt} pela mesma viagem de sexta",
    },
    "detour": {
        "it": "salve la stima era {amt2} e ho pagato {amt} perché l'autista ha fatto un giro assurdo voglio la differenza",
        "en": "hi the estimate was {amt2} and i paid {amt} because the driver went the long way round i want the difference back",
        "de": "hallo Schätzung {amt2} bezahlt {amt} weil der Fahrer einen Riesenumweg gefahren ist",
        "fr": "bonjour estimation {amt2} payé {amt} le chauffeur a fait un détour énorme",
        "es": "hola la estimación era {amt2} y pagué {amt} por un rodeo del conductor",
        "pt": "olá a estimativa era {amt2} e paguei {amt} por causa de um desvio",
    },
    "lost_item": {
        "it": "buonasera ho lasciato la borsa con le chiavi nella macchina sabato ho mandato il modulo e nessuno mi risponde",
        "en": "hi i left my bag with my keys in the car on saturday sent the form and no one's got back to me",
        "de": "guten Abend ich habe meine Tasche mit Schlüssel im Auto vergessen und niemand meldet sich",
        "fr": "bonsoir j'ai oublié mon sac avec mes clés dans la voiture samedi personne ne me répond",
        "es": "buenas tardes me dejé el bolso con las llaves en el coche el sábado y nadie me contesta",
        "pt": "boa noite esqueci a mala com as chaves no carro no sábado e ninguém responde",
    },
    "airport_fare": {
        "it": "buongiorno avevo la tariffa fissa per l'aeroporto {amt2} e mi avete addebitato {amt} a tassametro",
        "en": "morning i booked the airport fixed fare {amt2} and got charged {amt} on the meter",
        "de": "guten Morgen ich hatte den Festpreis {amt2} zum Flughafen und es wurden {amt} abgebucht",
        "fr": "bonjour j'avais le prix fixe aéroport {amt2} et on m'a prélevé {amt}",
        "es": "buenos días tenía la tarifa fija de {amt2} al aeropuerto y me cobraron {amt}",
        "pt": "bom dia tinha o preço fixo de {amt2} para o aeroporto e cobraram {amt}",
    },
    "cancel_fee": {
        "it": "salve l'autista mi ha cancellato la corsa e a me è arrivata una penale di {amt} non è giusto",
        "en": "hi the driver cancelled on me and i've been charged a {amt} cancellation fee that's not right",
        "de": "hallo der Fahrer hat storniert und ich soll {amt} Stornogebühr zahlen",
        "fr": "bonjour le chauffeur a annulé et on me facture {amt} de frais",
        "es": "hola canceló el conductor y me cobran a mí {amt} de penalización",
        "pt": "olá foi o motorista que cancelou e cobram-me {amt} de taxa",
    },
}

#: long e-mails: the complaint inside a letter (language, problem) -> text
LONG_EMAIL: dict[tuple[str, str], str] = {
    ("it", "no_show"): (
        "Gentile assistenza {b},\n\nvi scrivo dalla sala d'attesa della fisioterapia di mio padre, che da quando è caduto a marzo accompagno due volte a settimana. "
        "Di solito prendo il vostro servizio proprio per questo, perché lui con la stampella non riesce a fare le scale della metro, e devo dire che fino ad oggi non mi avete mai deluso.\n\n"
        "Ieri però alle 17:50 l'app mi ha scritto che l'autista era arrivato. Siamo scesi, io e mio padre con la stampella, e davanti al portone non c'era nessuna macchina. "
        "Abbiamo aspettato dieci minuti al freddo, poi la corsa è risultata 'completata' e mi sono trovata addebitati {amt}. Alla fine abbiamo preso un taxi qualsiasi e siamo arrivati in ritardo.\n\n"
        "Vi chiedo il rimborso dei {amt} e, se possibile, che qualcuno verifichi cosa è successo con quell'autista.\n\nCordiali saluti,\n{full}"
    ),
    ("it", "detour"): (
        "Buonasera,\n\nsono un vostro cliente Club da più di un anno e di solito vi consiglio a tutti in ufficio, quindi vi scrivo con un certo dispiacere. "
        "Sto scrivendo dalla macchina fuori dalla palestra dove mia figlia fa pallavolo, perché a casa tra i lavori in cucina e il cane non riesco a concentrarmi.\n\n"
        "Martedì ho preso una corsa dalla stazione a casa: la stima era {amt2}, ho pagato {amt}. L'autista ha detto che c'era traffico e ha preso la tangenziale, "
        "facendo il giro di mezza città, ma sull'app il percorso diretto era tutto verde. Sono 6 km, li faccio a piedi quando c'è bel tempo.\n\n"
        "Non voglio fare polemica, chiedo solo la differenza. Grazie per l'attenzione,\n{full}"
    ),
    ("en", "double_charge"): (
        "Hello,\n\nI'm writing this on my lunch break from the bench outside the school where I do cover teaching, so forgive the typos. "
        "I've used {b} every week since we moved here and my partner and I honestly rely on it for the late finishes, so this isn't a moan for the sake of it.\n\n"
        "Friday's ride home ({amt}) has come out of our joint account twice, same time, same amount. That meant a direct debit for the nursery bounced on Monday and we've been charged by the bank for it. "
        "I've attached nothing because there's nothing to attach: it's there twice on the statement.\n\n"
        "Please refund the second charge as soon as you can, and if there's any way to cover the bank's fee I'd appreciate it.\n\nKind regards,\n{full}"
    ),
    ("en", "airport_fare"): (
        "Dear {b} team,\n\nI'm typing this at the gate in a very delayed connection, so I have time for once. "
        "Over the last year I've booked the airport fixed fare maybe a dozen times for work and it's always been exactly what the app said, which is why I keep recommending you.\n\n"
        "On Sunday I booked the fixed fare again ({amt2}, shown clearly at booking) and the receipt says {amt}, charged on the meter. "
        "The driver was perfectly nice and said nothing about it, so I only saw it at the airport.\n\n"
        "Could you please refund the difference? I'd rather not have to dispute it with the card company.\n\nBest wishes,\n{full}"
    ),
    ("it", "lost_item"): (
        "Buongiorno,\n\nvi scrivo in italiano perché mi viene più facile quando sono arrabbiata, scusate. Sono in treno tra Bologna e Firenze per lavoro e ho un po' di tempo.\n\n"
        "Sabato sera ho lasciato nella vostra macchina una borsa nera con le chiavi di casa e i documenti di mio figlio. Ho compilato il modulo degli oggetti smarriti la domenica mattina "
        "e da allora non ho ricevuto nulla, né una mail né una telefonata. Non so come contattare l'autista e nessuno mi risponde.\n\n"
        "Vi prego di aiutarmi a recuperarla, è davvero importante.\n\nGrazie,\n{full}"
    ),
}

LATER: dict[str, dict[str, str]] = {
    "second": {
        "it": "Pratica {ref}: ancora niente. {desc} e nessuno si è fatto sentire.",
        "en": "Case {ref}: still nothing. {desc} and nobody has got back to me.",
        "de": "Fall {ref}: immer noch nichts. {desc} und niemand meldet sich.",
        "fr": "Dossier {ref} : toujours rien. {desc} et personne ne m'a recontacté.",
        "es": "Caso {ref}: sigo igual. {desc} y nadie me ha dicho nada.",
        "pt": "Processo {ref}: continua tudo igual. {desc} e ninguém me disse nada.",
    },
    "third": {
        "it": "Terza volta che scrivo per la pratica {ref}. {desc}. Una collega usa {comp} e lì queste cose le sistemano in giornata.",
        "en": "Third time writing about case {ref}. {desc}. A colleague uses {comp} and they sort this stuff out the same day.",
        "de": "Zum dritten Mal wegen Fall {ref}. {desc}. Ein Kollege fährt mit {comp}, da wird sowas am selben Tag geklärt.",
        "fr": "Troisième message pour le dossier {ref}. {desc}. J'ai regardé les prix de {comp}, eux au moins répondent.",
        "es": "Tercera vez que escribo por el caso {ref}. {desc}. He mirado lo que cobra {comp}, y ellos al menos contestan.",
        "pt": "Terceira vez que escrevo sobre o processo {ref}. {desc}. Já fui ver quanto cobra a {comp}.",
    },
    "fourth": {
        "it": "QUARTA volta. Pratica {ref}. {desc}. Davvero non so più cosa dire.",
        "en": "FOURTH time. Case {ref}. {desc}. Honestly don't know what else to say.",
        "de": "Zum VIERTEN Mal. Fall {ref}. {desc}. Ich weiß nicht mehr, was ich noch sagen soll.",
        "fr": "QUATRIÈME fois. Dossier {ref}. {desc}. Je ne sais plus quoi dire.",
        "es": "CUARTA vez. Caso {ref}. {desc}. Ya no sé qué más decir.",
        "pt": "QUARTA vez. Processo {ref}. {desc}. Já não sei o que dizer.",
    },
}

LATER_PHONE: dict[str, str] = {
    "it": "si salve chiamo per la pratica {ref} è ancora aperta {desc} ho già scritto",
    "en": "hi calling about case {ref} it's still open {desc} i've already written in",
    "de": "ja hallo wegen Fall {ref} das ist immer noch offen {desc} ich habe schon geschrieben",
    "fr": "bonjour j'appelle pour le dossier {ref} c'est toujours ouvert {desc}",
    "es": "hola llamo por el caso {ref} sigue abierto {desc} ya escribí",
    "pt": "olá ligo por causa do processo {ref} continua aberto {desc}",
}

CONFIRM: T = {
    "it": [
        "Confermo, tutto a posto per la pratica {ref}. Grazie!",
        "ok visto, pratica {ref} risolta. grazie mille",
    ],
    "en": [
        "Confirmed, all sorted on case {ref}. Thanks!",
        "yep can see it, case {ref} done. cheers",
    ],
    "de": ["Bestätigt, Fall {ref} ist erledigt. Danke!"],
    "fr": ["Confirmé, dossier {ref} réglé. Merci !"],
    "es": ["Confirmado, caso {ref} resuelto. ¡Gracias!"],
    "pt": ["Confirmado, processo {ref} resolvido. Obrigado!"],
}

APOLOGY: T = {
    "it": [
        "Scusate per il tono di ieri, era una giornata storta. Grazie per aver sistemato la pratica {ref}",
        "scusa per ieri, ero nervosa. tutto ok con la {ref} grazie",
    ],
    "en": [
        "Sorry for my tone yesterday, it had been a long day. Thanks for sorting case {ref}",
        "apologies for the rant yesterday. all good with {ref} now, thank you",
    ],
    "de": ["Entschuldigung für meinen Ton gestern. Danke, dass Fall {ref} erledigt ist"],
    "fr": ["Désolée pour mon ton hier. Merci d'avoir réglé le dossier {ref}"],
    "es": ["Perdón por el tono de ayer, no era mi día. Gracias por resolver el caso {ref}"],
    "pt": ["Desculpem o tom de ontem. Obrigada por resolverem o processo {ref}"],
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJECT_CASE: dict[str, str] = {
    "it": "R: Pratica {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Fall {ref}",
    "fr": "RE : Dossier {ref}",
    "es": "RE: Caso {ref}",
    "pt": "RE: Processo {ref}",
}
SUBJECT_QUESTION: dict[str, str] = {
    "it": "Domanda",
    "en": "Quick question",
    "de": "Frage",
    "fr": "Question",
    "es": "Consulta",
    "pt": "Pergunta",
}

AGENT_CASE_MAIL: dict[str, str] = {
    "it": "Buongiorno {first}, grazie per averci scritto e ci scusi per il disagio. Abbiamo aperto la pratica {ref} ({topic}) e la esaminiamo entro 48 ore.",
    "en": "Hello {first}, thanks for writing and sorry about this. We've opened case {ref} ({topic}) and will look into it within 48 hours.",
    "de": "Hallo {first}, danke für Ihre Nachricht, das tut uns leid. Wir haben den Fall {ref} ({topic}) eröffnet und prüfen ihn innerhalb von 48 Stunden.",
    "fr": "Bonjour {first}, merci pour votre message et désolés. Nous avons ouvert le dossier {ref} ({topic}) et le traitons sous 48 heures.",
    "es": "Hola {first}, gracias por escribirnos y perdona las molestias. Hemos abierto el caso {ref} ({topic}) y lo revisamos en 48 horas.",
    "pt": "Olá {first}, obrigado pela mensagem e pedimos desculpa. Abrimos o processo {ref} ({topic}) e vamos analisá-lo em 48 horas.",
}
AGENT_CASE_CHAT: dict[str, str] = {
    "it": "Mi dispiace molto. Ho aperto la pratica {ref} e l'ho passata al team, riceverai una mail.",
    "en": "I'm really sorry about that. I've opened case {ref} and passed it on, you'll get an email.",
    "de": "Das tut mir leid. Ich habe Fall {ref} eröffnet und weitergegeben, Sie bekommen eine Mail.",
    "fr": "Je suis désolé. J'ai ouvert le dossier {ref} et l'ai transmis, vous recevrez un e-mail.",
    "es": "Lo siento mucho. He abierto el caso {ref} y lo he pasado al equipo, te llegará un correo.",
    "pt": "Lamento muito. Abri o processo {ref} e passei à equipa, vai receber um e-mail.",
}
AGENT_URGENT_CHAT: dict[str, str] = {
    "it": "Ho aggiunto il messaggio alla pratica {ref} e l'ho segnata come urgente.",
    "en": "I've added this to case {ref} and marked it urgent.",
    "de": "Ich habe das zu Fall {ref} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté ceci au dossier {ref} et l'ai marqué urgent.",
    "es": "Lo he añadido al caso {ref} y lo he marcado como urgente.",
    "pt": "Juntei isto ao processo {ref} e marquei como urgente.",
}
AGENT_QUALITY: dict[str, str] = {
    "it": "Buongiorno {first}, la sua pratica {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "en": "Hello {first}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Hallo {first}, Ihr Fall {ref} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Freitagmittag anruft.",
    "fr": "Bonjour {first}, votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "es": "Hola {first}, tu caso {ref} lo lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "pt": "Olá {first}, o seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.",
}
AGENT_GOOD_NEWS: dict[str, str] = {
    "it": "Buone notizie sulla pratica {ref}: abbiamo {fix}. Può confermarci che per lei è tutto a posto?",
    "en": "Good news on case {ref}: we've {fix}. Could you confirm it's all sorted on your side?",
    "de": "Gute Nachrichten zu Fall {ref}: wir haben {fix}. Können Sie bestätigen, dass alles passt?",
    "fr": "Bonne nouvelle pour le dossier {ref} : nous avons {fix}. Pouvez-vous confirmer que tout est réglé ?",
    "es": "Buenas noticias sobre el caso {ref}: hemos {fix}. ¿Nos confirmas que está todo bien?",
    "pt": "Boas notícias sobre o processo {ref}: já foi {fix}. Pode confirmar que está tudo bem?",
}
AGENT_SORRY_GO: dict[str, str] = {
    "it": "Buongiorno {first}, ci dispiace vederla andare via. Può disdire il Club e chiudere l'account da sola nell'app o sul sito, in Account > Club.",
    "en": "Hello {first}, sorry to see you go. You can cancel the Club and close your account yourself in the app or on the website, under Account > Club.",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen, unter Konto > Club.",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site, Compte > Club.",
    "es": "Hola {first}, sentimos que te vayas. Puedes dar de baja el Club tú mismo en la app o en la web, en Cuenta > Club.",
    "pt": "Olá {first}, lamentamos vê-lo partir. Pode cancelar o Club na app ou no site, em Conta > Club.",
}

# ------------------------------------------------------------- slow churners

SLIDE: T = {
    "it": [
        "Autista arrivato con 15 minuti di ritardo stamattina, nessuna chiamata. Capita, ma non era mai successo",
        "Macchina che puzzava di fumo e sedili pieni di briciole. Un po' in calo ultimamente eh",
        "La stima diceva 14 € e ho pagato 21. Nessun traffico. Comincio a controllare ogni ricevuta",
        "Tariffa maggiorata un martedì qualunque perché 'piove', e lo sconto Club non copre la maggiorazione. Ma a cosa serve il Club allora",
        "BASTA. 25 € di 'pulizia straordinaria' per una macchina che ho lasciato pulitissima, ho pure le foto. Siete diventati un'altra cosa",
        "Mia sorella usa {comp} da mesi, sabato per l'aeroporto ho prenotato lì",
    ],
    "en": [
        "Driver 15 minutes late this morning, no call, no message. It happens, but it never used to",
        "Car stank of smoke and the seats were covered in crumbs. Bit of a dip lately tbh",
        "Estimate said £12, paid £19. No traffic at all. I've started checking every receipt now",
        "Surge pricing on a random Tuesday because it's 'raining', and the Club discount doesn't cover surge. So what's the Club for exactly",
        "THAT'S IT. A £20 'extra cleaning' fee for a car I left spotless, I've even got photos. You've turned into something else",
        "My sister's been on {comp} for months, I've booked Saturday's airport run with them",
    ],
    "de": [
        "Fahrer heute 15 Minuten zu spät, kein Anruf. Kann passieren, war aber früher nie so",
        "Auto roch nach Rauch, Sitze voller Krümel. Lässt nach in letzter Zeit",
        "Schätzung 14 €, bezahlt 21 €. Kein Verkehr. Ich prüfe jetzt jede Quittung",
        "Aufschlag an einem normalen Dienstag wegen 'Regen', und der Club-Rabatt gilt nicht. Wozu dann der Club",
        "ES REICHT. 25 € 'Sonderreinigung' für ein Auto, das ich sauber verlassen habe, mit Fotos. Ihr seid nicht mehr dieselben",
        "Meine Schwester fährt seit Monaten mit {comp}, den Flughafen am Samstag habe ich dort gebucht",
    ],
    "fr": [
        "Chauffeur 15 minutes en retard ce matin, sans appeler. Ça arrive, mais jamais avant",
        "Voiture qui sentait la cigarette, sièges pleins de miettes. Ça baisse ces temps-ci",
        "Estimation 14 €, payé 21 €. Aucun bouchon. Je vérifie chaque reçu maintenant",
        "Majoration un mardi normal parce qu'il 'pleut', et la remise Club ne s'applique pas. À quoi sert le Club alors",
        "ÇA SUFFIT. 25 € de 'nettoyage' pour une voiture laissée impeccable, photos à l'appui. Vous n'êtes plus les mêmes",
        "Ma sœur est chez {comp} depuis des mois, j'ai réservé l'aéroport de samedi chez eux",
    ],
    "es": [
        "Conductor 15 minutos tarde esta mañana, sin llamar. Pasa, pero antes nunca pasaba",
        "Coche oliendo a tabaco y asientos llenos de migas. Vais a menos últimamente",
        "Estimación 14 €, pagado 21 €. Sin tráfico. Ahora reviso cada recibo",
        "Recargo un martes cualquiera porque 'llueve', y el descuento Club no lo cubre. ¿Para qué sirve el Club entonces?",
        "SE ACABÓ. 25 € de 'limpieza extra' por un coche que dejé impecable, con fotos. Ya no sois los mismos",
        "Mi hermana usa {comp} desde hace meses, el aeropuerto del sábado lo he reservado con ellos",
    ],
    "pt": [
        "Motorista 15 minutos atrasado hoje, sem ligar. Acontece, mas antes nunca acontecia",
        "Carro a cheirar a tabaco e bancos cheios de migalhas. Estão a piorar",
        "Estimativa 14 €, paguei 21 €. Sem trânsito. Agora verifico cada recibo",
        "Sobretaxa numa terça qualquer porque 'chove', e o desconto Club não cobre. Então para que serve o Club",
        "CHEGA. 25 € de 'limpeza extra' por um carro que deixei impecável, com fotos. Já não são os mesmos",
        "A minha irmã usa a {comp} há meses, reservei lá o aeroporto de sábado",
    ],
}

LEAVE: T = {
    "it": [
        "Buongiorno, vi scrivo per disdire il Club e chiudere l'account. Ho finalmente comprato una macchina usata con il premio di produzione e non mi serve più. Grazie di tutto",
        "Salve, ci trasferiamo in un paesino in collina dove non arrivate. Vorrei disdire il Club e chiudere l'account. Grazie per questi anni",
    ],
    "en": [
        "Hi, please cancel my Club membership and close my account. New job comes with a company car so I won't need you any more. Thanks for everything",
        "Hello, we're moving out to a village you don't cover, so I'd like to cancel the Club and close the account. Thanks for the last two years",
    ],
    "de": [
        "Hallo, bitte Club kündigen und Konto schließen. Ich habe jetzt einen Dienstwagen. Danke für alles"
    ],
    "fr": [
        "Bonjour, merci de résilier mon Club et de fermer mon compte. Nous déménageons à la campagne. Merci pour tout"
    ],
    "es": [
        "Hola, quiero dar de baja el Club y cerrar la cuenta. Me he comprado un coche. Gracias por todo"
    ],
    "pt": [
        "Olá, quero cancelar o Club e fechar a conta. Vamos mudar para uma aldeia. Obrigada por tudo"
    ],
}
SUBJECT_LEAVE: dict[str, str] = {
    "it": "Disdetta Club",
    "en": "Cancel Club and close account",
    "de": "Kündigung Club",
    "fr": "Résiliation Club",
    "es": "Baja del Club",
    "pt": "Cancelamento Club",
}

GRUMBLE: T = {
    "it": [
        "L'app mi scollega ogni volta che la apro, devo rifare il login con il codice SMS. Ogni. Volta.",
        "Perché il punto di ritiro in stazione è sempre dall'altra parte rispetto a dove escono i treni?",
        "autisti con la radio a palla alle 7 del mattino. ma basta",
        "La ricevuta arriva il giorno dopo, per le note spese è un incubo",
        "Maggiorazione 'alta richiesta' anche alle 15 di un mercoledì. Ma quale richiesta",
        "L'auto 'grande' prenotata per le valigie era una utilitaria. Di nuovo",
        "La stima del prezzo non include mai i pedaggi. Lo sapete, no?",
    ],
    "en": [
        "The app logs me out every single time I open it and wants the SMS code again. Every. Time.",
        "Why is the station pickup point always on the opposite side from where the trains come out?",
        "drivers with the radio blasting at 7am. please stop",
        "Receipt arrives the next day, a nightmare for expenses",
        "'High demand' pricing at 3pm on a Wednesday. What demand",
        "Booked a 'large' car for the suitcases and got a hatchback. Again",
        "Price estimate never includes the tolls. You do know that, right?",
    ],
    "de": [
        "Die App loggt mich bei jedem Öffnen aus. Jedes. Mal.",
        "Warum ist der Abholpunkt am Bahnhof immer auf der falschen Seite?",
        "Quittung kommt erst am nächsten Tag, fürs Spesenformular ein Albtraum",
        "'Hohe Nachfrage' um 15 Uhr an einem Mittwoch. Welche Nachfrage",
        "Großes Auto gebucht, Kleinwagen bekommen. Schon wieder",
    ],
    "fr": [
        "L'appli me déconnecte à chaque ouverture. À chaque. Fois.",
        "Pourquoi le point de prise en charge à la gare est toujours du mauvais côté ?",
        "Le reçu arrive le lendemain, pour les notes de frais c'est l'enfer",
        "Tarif 'forte demande' à 15h un mercredi. Quelle demande",
        "Grande voiture réservée, petite citadine reçue. Encore",
    ],
    "es": [
        "La app me cierra la sesión cada vez que la abro. Cada. Vez.",
        "¿Por qué el punto de recogida en la estación está siempre en el lado contrario?",
        "El recibo llega al día siguiente, para las dietas es un horror",
        "Tarifa de 'alta demanda' a las 15h de un miércoles. ¿Qué demanda?",
        "Reservé coche grande y me mandan un utilitario. Otra vez",
    ],
    "pt": [
        "A app faz logout sempre que a abro. Sempre.",
        "Porque é que o ponto de recolha na estação fica sempre do lado errado?",
        "O recibo chega no dia seguinte, para as despesas é um pesadelo",
        "Tarifa de 'procura elevada' às 15h de uma quarta. Qual procura",
        "Reservei carro grande e veio um utilitário. Outra vez",
    ],
}

SARCASM: T = {
    "it": [
        "Prenotato 'auto silenziosa', l'autista mi ha raccontato tutto il campionato dal 1998 a oggi. Silenziosissima 👏",
        "Arrivo previsto 3 minuti. Per 25 minuti. Che precisione svizzera 🙃",
    ],
    "en": [
        "Ticked 'quiet ride', got a 40-minute review of every Premier League season since 1998. Lovely and quiet 👏",
        "'Arriving in 3 minutes' for 25 minutes straight. Swiss precision 🙃",
    ],
    "de": ["'Ankunft in 3 Minuten', und das 25 Minuten lang. Schweizer Präzision 🙃"],
    "fr": ["'Arrivée dans 3 minutes' pendant 25 minutes. Précision suisse 🙃"],
    "es": ["'Llega en 3 minutos' durante 25 minutos. Precisión suiza 🙃"],
    "pt": ["'Chega em 3 minutos' durante 25 minutos. Precisão suíça 🙃"],
}

MILD: QA = {
    "it": [
        (
            "la mappa nell'app ci mette un'eternità a caricare stasera",
            "Grazie della segnalazione! Stiamo alleggerendo la mappa, nel frattempo il prezzo e la prenotazione funzionano normalmente.",
        ),
        (
            "la stima non include i pedaggi autostradali, si può aggiungere?",
            "Ottima idea, la giro al team prodotto. Per ora i pedaggi compaiono nella ricevuta finale.",
        ),
    ],
    "en": [
        (
            "map's taking forever to load in the app tonight",
            "Thanks for flagging! We're slimming the map down; booking and prices work normally in the meantime.",
        ),
        (
            "could the estimate include motorway tolls?",
            "Good idea, passing it to the product team. For now tolls show on the final receipt.",
        ),
    ],
    "de": [
        (
            "Die Karte lädt heute ewig",
            "Danke für den Hinweis! Buchen und Preise funktionieren normal.",
        )
    ],
    "fr": [
        (
            "La carte met une éternité à charger",
            "Merci ! La réservation fonctionne normalement en attendant.",
        )
    ],
    "es": [
        (
            "El mapa tarda muchísimo en cargar",
            "¡Gracias! Reservar y los precios funcionan con normalidad.",
        )
    ],
    "pt": [
        ("O mapa demora imenso a carregar", "Obrigado! Reservar e os preços funcionam normalmente.")
    ],
}

# ---------------------------------------------------------------------- spike

SPIKE_REPORT: T = {
    "it": [
        "Avevo programmato la corsa per le 7:40, stamattina nessuna macchina. Nell'app la corsa risulta fatta IERI SERA alle 22:10, cioè quando l'ho prenotata. Se la apro: errore {code}. Perdo il treno",
        "ma che succede? corsa programmata per stamattina, l'autista è venuto ieri sera appena ho prenotato e ora non c'è nessuno. errore {code}",
        "{b} la mia corsa delle 8 per l'aeroporto è stata mandata ieri sera alle 21:30!! stamattina niente, errore {code}. volo alle 10",
        "Corsa programmata sparita, l'app dice errore {code} e 'corsa non trovata'. Ieri sera mi ha chiamato un autista dicendo che era sotto casa, pensavo fosse uno sbaglio",
        "buongiorno, stessa cosa di tutti: corsa programmata partita ieri sera, errore {code}, stamattina a piedi",
        "Ieri sera alle 23 è arrivato un autista per la corsa che avevo programmato per le 8 di oggi. Stamattina niente. Codice {code}",
    ],
    "en": [
        "Scheduled my ride for 7:30 this morning, no car. The app says the ride happened LAST NIGHT at 21:50, which is when I booked it. Open it and it's error {code}. Going to miss my flight",
        "what is going on {b}?? my scheduled ride got sent last night the second I booked it and now there's nothing. error {code}",
        "driver rang me at 10pm last night saying he was outside for my 7am ride. today: no car, error {code}",
        "My scheduled airport ride's vanished, app just says error {code} 'ride not found'. Standing outside with two kids and three suitcases",
        "Same as everyone it seems: scheduled ride dispatched last night, error {code}, no car this morning",
        "Hello, my 7:15 scheduled ride was sent yesterday at booking time. Now nothing, code {code}. Please help asap",
    ],
    "de": [
        "Fahrt für heute 8 Uhr vorgebucht, kein Auto. In der App steht, die Fahrt war GESTERN um 22 Uhr, als ich gebucht habe. Fehler {code}",
        "Gestern Abend stand plötzlich ein Fahrer vor der Tür für meine Fahrt heute früh. Heute nichts, Fehler {code}",
    ],
    "fr": [
        "Course programmée pour 8h, aucune voiture. L'appli dit que la course a eu lieu HIER SOIR à la réservation. Erreur {code}",
        "Un chauffeur est venu hier soir pour ma course de ce matin. Ce matin rien, erreur {code}",
    ],
    "es": [
        "Viaje programado para las 8, ningún coche. La app dice que el viaje fue AYER por la noche, cuando lo reservé. Error {code}",
        "Anoche vino un conductor para mi viaje de esta mañana. Hoy nada, error {code}",
    ],
    "pt": [
        "Viagem agendada para as 7h30, nenhum carro. A app diz que a viagem foi ONTEM à noite, quando reservei. Erro {code}",
        "Ontem à noite apareceu um motorista para a minha viagem de hoje. Hoje nada, erro {code}",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "it": "Corsa programmata non arrivata - errore {code}",
    "en": "Scheduled ride never came - error {code}",
    "de": "Vorgebuchte Fahrt nicht gekommen - Fehler {code}",
    "fr": "Course programmée jamais venue - erreur {code}",
    "es": "Viaje programado no llegó - error {code}",
    "pt": "Viagem agendada não chegou - erro {code}",
}

SPIKE_REPEAT: T = {
    "it": [
        "Ancora {code}. Ho riprenotato una corsa programmata tra 20 minuti e l'app l'ha mandata SUBITO di nuovo",
        "Sempre {code}, anche dal telefono di mio marito. Qualcuno risponde?",
    ],
    "en": [
        "Still {code}. I rebooked a scheduled ride for 20 minutes' time and it got sent straight away AGAIN",
        "Still {code}, tried on my husband's phone too. Anyone there?",
    ],
    "de": ["Immer noch {code}, auch auf dem Handy meiner Frau"],
    "fr": ["Toujours {code}, même sur le téléphone de mon mari"],
    "es": ["Sigue el {code}, también en el móvil de mi mujer"],
    "pt": ["Continua {code}, também no telemóvel do meu marido"],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, da ieri sera le corse programmate partono al momento della prenotazione invece che all'ora scelta ({code}). I tecnici ci stanno lavorando; per ora prenoti una corsa immediata, gliela rimborsiamo.",
    "en": "Yes, since last night scheduled rides are being dispatched at booking time instead of the chosen time ({code}). Engineers are on it; for now please book an immediate ride, we'll refund it.",
    "de": "Ja, seit gestern Abend werden vorgebuchte Fahrten sofort statt zur gewählten Zeit vermittelt ({code}). Wir arbeiten daran; buchen Sie bitte eine Sofortfahrt, wir erstatten sie.",
    "fr": "Oui, depuis hier soir les courses programmées partent à la réservation au lieu de l'heure choisie ({code}). Nos équipes y travaillent ; réservez une course immédiate, nous la remboursons.",
    "es": "Sí, desde anoche los viajes programados se envían al reservar y no a la hora elegida ({code}). Lo estamos arreglando; reserva un viaje inmediato y te lo devolvemos.",
    "pt": "Sim, desde ontem à noite as viagens agendadas são enviadas na hora da reserva ({code}). Estamos a resolver; reserve uma viagem imediata e nós reembolsamos.",
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Buongiorno {first}, le corse programmate partono di nuovo all'ora scelta dalle {time}. La corsa di oggi è a carico nostro e le abbiamo aggiunto {amt} di credito. Ci scusi.",
    "en": "Hello {first}, scheduled rides are dispatched at the chosen time again since {time}. Today's ride is on us and we've added {amt} credit. Sorry.",
    "de": "Hallo {first}, vorgebuchte Fahrten werden seit {time} wieder zur gewählten Zeit vermittelt. Die heutige Fahrt übernehmen wir, {amt} Guthaben ist gutgeschrieben.",
    "fr": "Bonjour {first}, les courses programmées partent à nouveau à l'heure choisie depuis {time}. La course d'aujourd'hui est offerte et {amt} de crédit ajoutés.",
    "es": "Hola {first}, los viajes programados vuelven a salir a la hora elegida desde las {time}. El viaje de hoy corre de nuestra cuenta y te hemos añadido {amt} de crédito.",
    "pt": "Olá {first}, as viagens agendadas voltam a sair à hora escolhida desde as {time}. A viagem de hoje é por nossa conta e juntámos {amt} de crédito.",
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "it": "Corse programmate: risolto",
    "en": "Scheduled rides: fixed",
    "de": "Vorgebuchte Fahrten: behoben",
    "fr": "Courses programmées : résolu",
    "es": "Viajes programados: resuelto",
    "pt": "Viagens agendadas: resolvido",
}

LONE_Q: QA = {
    "it": [
        (
            "Ho programmato una corsa per domenica alle 5, nell'app è grigia con scritto 'in attesa'. Arriverà davvero qualcuno?",
            "Sì! Le corse programmate restano 'in attesa' finché non assegniamo l'autista, la sera prima. Vedrà il nome e la targa.",
        )
    ],
    "en": [
        (
            "I've scheduled a ride for Sunday 5am and it's grey in the app saying 'pending'. Will someone actually come?",
            "Yes! Scheduled rides stay 'pending' until we assign the driver the evening before; you'll see their name and plate then.",
        )
    ],
}
