# ruff: noqa: E501  (whole customer sentences read better unbroken)
"""Hand-written wording of Viaggo's customers and agents (heldout12, blind set).

Written from the stories: what a traveller booking trains and coaches with
Viaggo, or a travel manager on Viaggo Business, would write. Placeholders:
``{ref}`` a booking code, ``{amt}`` an amount in euros or pounds, ``{name}`` the
customer's first name, ``{other}`` one of the two invented competitors.
"""

from __future__ import annotations

LANGS = ("it", "fr", "en", "de", "es", "pt")
COUNTRY = {"it": "IT", "fr": "FR", "en": "GB", "de": "DE", "es": "ES", "pt": "PT"}
PHONE_PREFIX = {
    "it": "+39 3",
    "fr": "+33 6",
    "en": "+44 7",
    "de": "+49 15",
    "es": "+34 6",
    "pt": "+351 9",
}
COMPETITORS = ("Trenova", "Railzo")

FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elena",
        "Paolo",
        "Sara",
        "Matteo",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Chloe",
        "Nicolas",
        "Ines",
        "Hugo",
        "Lea",
        "Antoine",
    ],
    "en": [
        "Olivia",
        "Jack",
        "Amelia",
        "Harry",
        "Sophie",
        "Oliver",
        "Grace",
        "George",
        "Ella",
        "Tom",
    ],
    "de": ["Lena", "Jonas", "Anna", "Felix", "Marie", "Lukas", "Laura", "Paul", "Hannah", "Tim"],
    "es": [
        "Lucia",
        "Pablo",
        "Marta",
        "Javier",
        "Carmen",
        "Diego",
        "Sofia",
        "Alvaro",
        "Irene",
        "Sergio",
    ],
    "pt": [
        "Beatriz",
        "Joao",
        "Ines",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Ana",
        "Miguel",
    ],
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Greco",
        "Conti",
        "Galli",
        "Fontana",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fournier",
        "Blanc",
        "Faure",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Evans",
        "Walker",
        "Wright",
        "Hughes",
        "Green",
        "Hall",
    ],
    "de": [
        "Muller",
        "Schmidt",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Koch",
        "Richter",
        "Wolf",
        "Klein",
    ],
    "es": [
        "Garcia",
        "Lopez",
        "Martinez",
        "Sanchez",
        "Perez",
        "Gomez",
        "Ruiz",
        "Diaz",
        "Moreno",
        "Navarro",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Lopes",
    ],
}

# Praise, some with a small gripe.
PRAISE = {
    "it": [
        "Prenotato Milano-Roma in 2 minuti, app comodissima. Grazie!",
        "Il cambio posto dall'app funziona benissimo, brava Viaggo",
        "Con il Viaggo Pass risparmio un sacco sui viaggi per lavoro, top",
        "Treno puntuale e biglietto scansionato al volo. Unico neo: le notifiche arrivano un po tardi",
        "ottimo servizio come sempre :)",
        "Finalmente un'app dove trovo treno e pullman insieme, complimenti",
    ],
    "fr": [
        "Reservation Lyon-Paris faite en 2 min, appli au top merci !",
        "Super pratique de choisir sa place dans le car, bravo",
        "Le Viaggo Pass est vraiment rentable pour mes allers-retours, merci",
        "Tout s'est bien passe, billet scanne sans souci. Seul bemol : l'appli est un peu lente le matin",
        "nickel comme d'hab 👍",
        "Merci pour le rappel de correspondance, tres utile",
    ],
    "en": [
        "Booked London to Edinburgh in two minutes, love the app",
        "Seat map is brilliant, got my window seat. cheers Viaggo",
        "The Viaggo Pass has paid for itself already tbh",
        "Smooth trip, ticket scanned first go. Only gripe: the app logs me out every week",
        "great service as always",
        "Really handy having coach and train in one place, ta",
    ],
    "de": [
        "Buchung München-Wien in zwei Minuten erledigt, super App",
        "Sitzplatzwahl im Fernbus klappt prima, danke!",
        "Mit dem Viaggo Pass spare ich echt viel, top",
        "Alles gut gelaufen, Ticket sofort gescannt. Kleiner Kritikpunkt: die Suche ist etwas langsam",
        "passt alles, danke",
        "Praktisch, Zug und Bus in einer App zu haben 👍",
    ],
    "es": [
        "Reserve Madrid-Valencia en dos minutos, la app genial",
        "Elegir asiento en el autobus es comodisimo, gracias!",
        "Con el Viaggo Pass ahorro un monton en mis viajes, top",
        "Todo bien, el billete se escaneo a la primera. Solo una pega: la app tarda en abrir",
        "perfecto como siempre",
        "Muy util tener tren y bus en la misma app, gracias",
    ],
    "pt": [
        "Reservei Lisboa-Porto em dois minutos, app otima obg",
        "Escolher lugar no autocarro e mesmo pratico, parabens",
        "O Viaggo Pass ja se pagou, recomendo",
        "Correu tudo bem, bilhete lido a primeira. So um reparo: a app demora a abrir",
        "tudo otimo como sempre",
        "Muito jeito ter comboio e autocarro na mesma app, obrigado",
    ],
}

# A question, the agent's answer in chat, the customer's thanks.
QUESTION = {
    "it": [
        (
            "Posso portare la bici sul pullman per Firenze?",
            "Si, sulle linee con il simbolo bici: la aggiunge dal riepilogo per 9 EUR.",
        ),
        (
            "Come cambio il nome sul biglietto?",
            "Dal dettaglio della prenotazione, 'Modifica passeggero', gratis fino a 24 h prima.",
        ),
    ],
    "fr": [
        (
            "Est-ce que je peux prendre mon velo dans le car pour Nantes ?",
            "Oui, sur les lignes avec le pictogramme velo, a ajouter au panier pour 9 EUR.",
        ),
        (
            "Comment je change le nom sur le billet svp",
            "Dans le detail de la reservation, 'Modifier le passager', gratuit jusqu'a 24 h avant.",
        ),
    ],
    "en": [
        (
            "Can I bring a bike on the coach to Bristol?",
            "Yes, on routes with the bike icon: add it at checkout for 9 GBP.",
        ),
        (
            "how do I change the name on a ticket",
            "Open the booking, 'Edit passenger', free up to 24 h before departure.",
        ),
    ],
    "de": [
        (
            "Kann ich mein Fahrrad im Fernbus nach Hamburg mitnehmen?",
            "Ja, auf Linien mit dem Fahrradsymbol, im Warenkorb für 9 EUR hinzufügen.",
        ),
        (
            "Wie ändere ich den Namen auf dem Ticket?",
            "In der Buchung unter 'Reisende ändern', bis 24 h vorher kostenlos.",
        ),
    ],
    "es": [
        (
            "Puedo llevar la bici en el bus a Sevilla?",
            "Si, en las lineas con el icono de bici, se anade en el carrito por 9 EUR.",
        ),
        (
            "como cambio el nombre del billete?",
            "En el detalle de la reserva, 'Editar pasajero', gratis hasta 24 h antes.",
        ),
    ],
    "pt": [
        (
            "Posso levar a bicicleta no autocarro para Coimbra?",
            "Sim, nas linhas com o icone de bicicleta, adiciona no carrinho por 9 EUR.",
        ),
        (
            "como mudo o nome no bilhete?",
            "No detalhe da reserva, 'Editar passageiro', gratis ate 24 h antes.",
        ),
    ],
}
THANKS = {
    "it": ["perfetto grazie mille", "ok chiarissimo, grazie!", "grazie, gentilissimi"],
    "fr": ["parfait merci", "super merci bcp", "ok merci c'est clair"],
    "en": ["perfect thanks", "brill, ta", "great thank you!"],
    "de": ["super, danke!", "alles klar, vielen Dank", "perfekt danke"],
    "es": ["perfecto gracias", "genial, mil gracias", "vale gracias!"],
    "pt": ["perfeito obg", "otimo, obrigada!", "ok obrigado"],
}
SURVEY_WORD = {
    "it": ["ok", "tutto bene", "-", "👍", ""],
    "fr": ["RAS", "top", "-", "", "👍"],
    "en": ["grand", "all good", "10/10", "", "-"],
    "de": ["passt", "gut", "", "-", "👍"],
    "es": ["nada", "bien", "", "-", "todo ok"],
    "pt": ["otimo", "", "-", "tudo bem", "👍"],
}
PAGE = ["/search", "/pass", "/seats", "/timetable", "/account/bookings", "/offers"]
PURCHASE = [
    ("Viaggo Pass month", "39.00"),
    ("seat reservation", "4.50"),
    ("coach ticket", "23.90"),
    ("train ticket", "67.40"),
    ("bike add-on", "9.00"),
    ("train ticket return", "112.80"),
]

# Consumer problems: subject and first complaint per language.
PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "refund_cancelled": {
        "it": (
            "Rimborso treno cancellato {ref}",
            "Il mio treno del 14 e stato cancellato e il rimborso di {amt} EUR non e mai arrivato. Sono passate 3 settimane.",
        ),
        "fr": (
            "Remboursement train annule {ref}",
            "Mon train a ete annule et je n'ai toujours pas recu le remboursement de {amt} EUR. Ca fait trois semaines.",
        ),
        "en": (
            "Refund for cancelled train {ref}",
            "My train was cancelled and the {amt} GBP refund has never been paid. Three weeks now.",
        ),
        "de": (
            "Erstattung ausgefallener Zug {ref}",
            "Mein Zug ist ausgefallen und die Erstattung von {amt} EUR ist nie gekommen. Seit drei Wochen.",
        ),
        "es": (
            "Reembolso tren cancelado {ref}",
            "Me cancelaron el tren y el reembolso de {amt} EUR no ha llegado. Ya van tres semanas.",
        ),
        "pt": (
            "Reembolso comboio cancelado {ref}",
            "O meu comboio foi cancelado e o reembolso de {amt} EUR nunca chegou. Ja la vao tres semanas.",
        ),
    },
    "double_seat": {
        "it": (
            "Posto assegnato due volte {ref}",
            "Sul treno c'era un altro signore con lo stesso posto, stessa carrozza. Ho viaggiato in piedi per 2 ore.",
        ),
        "fr": (
            "Place vendue deux fois {ref}",
            "Quelqu'un avait exactement la meme place que moi dans le car. J'ai fait 3h debout ou presque.",
        ),
        "en": (
            "Seat sold twice {ref}",
            "Someone else had the exact same seat reservation as me, same coach. I stood most of the way to Manchester.",
        ),
        "de": (
            "Sitzplatz doppelt vergeben {ref}",
            "Jemand anderes hatte genau meinen reservierten Platz. Ich musste zwei Stunden stehen.",
        ),
        "es": (
            "Asiento vendido dos veces {ref}",
            "Otra persona tenia exactamente mi mismo asiento. Fui de pie casi todo el viaje.",
        ),
        "pt": (
            "Lugar vendido duas vezes {ref}",
            "Outra pessoa tinha exatamente o mesmo lugar que eu. Fiz a viagem quase toda de pe.",
        ),
    },
    "qr_gate": {
        "it": (
            "QR non letto ai tornelli {ref}",
            "Il QR del biglietto non viene letto ai tornelli, ho dovuto ricomprare il biglietto in biglietteria per {amt} EUR.",
        ),
        "fr": (
            "QR code refuse au portique {ref}",
            "Le QR code de mon e-billet ne passe pas au portique, j'ai du racheter un billet au guichet {amt} EUR.",
        ),
        "en": (
            "QR code won't scan at the gate {ref}",
            "The QR code on my e-ticket would not scan at the barrier, had to buy another ticket at the office for {amt} GBP.",
        ),
        "de": (
            "QR-Code geht nicht an der Sperre {ref}",
            "Der QR-Code vom E-Ticket wird an der Sperre nicht gelesen, musste am Schalter nochmal {amt} EUR zahlen.",
        ),
        "es": (
            "QR no se lee en el torno {ref}",
            "El QR del billete no lo lee el torno, tuve que comprar otro en taquilla por {amt} EUR.",
        ),
        "pt": (
            "QR nao le na entrada {ref}",
            "O QR do bilhete nao e lido na cancela, tive de comprar outro na bilheteira por {amt} EUR.",
        ),
    },
    "pass_renewed": {
        "it": (
            "Viaggo Pass rinnovato dopo la disdetta",
            "Ho disdetto il Viaggo Pass il mese scorso e mi avete addebitato di nuovo {amt} EUR. Ho ancora la mail di conferma della disdetta.",
        ),
        "fr": (
            "Viaggo Pass renouvele apres resiliation",
            "J'ai resilie mon Viaggo Pass le mois dernier et vous m'avez preleve {amt} EUR quand meme. J'ai le mail de confirmation.",
        ),
        "en": (
            "Viaggo Pass renewed after I cancelled",
            "I cancelled my Viaggo Pass last month and you've charged me {amt} GBP again. I have the cancellation email.",
        ),
        "de": (
            "Viaggo Pass nach Kündigung verlängert",
            "Ich habe den Viaggo Pass letzten Monat gekündigt und trotzdem wurden {amt} EUR abgebucht. Die Bestätigung habe ich.",
        ),
        "es": (
            "Viaggo Pass renovado tras cancelarlo",
            "Cancele el Viaggo Pass el mes pasado y me habeis cobrado otra vez {amt} EUR. Tengo el correo de confirmacion.",
        ),
        "pt": (
            "Viaggo Pass renovado depois de cancelar",
            "Cancelei o Viaggo Pass no mes passado e voltaram a cobrar {amt} EUR. Tenho o email de confirmacao.",
        ),
    },
    "compensation_rejected": {
        "it": (
            "Modulo indennizzo ritardo respinto {ref}",
            "Il treno e arrivato con 95 minuti di ritardo e il modulo di indennizzo viene respinto con 'dati non validi'. Quali dati??",
        ),
        "fr": (
            "Formulaire d'indemnisation refuse {ref}",
            "Train arrive avec 1h40 de retard et le formulaire d'indemnisation est rejete 'donnees invalides'. Lesquelles ??",
        ),
        "en": (
            "Delay compensation form rejected {ref}",
            "Train was 95 minutes late and the delay compensation form keeps getting rejected as 'invalid details'. What details??",
        ),
        "de": (
            "Entschädigungsformular abgelehnt {ref}",
            "Der Zug hatte 95 Minuten Verspätung und das Formular für die Entschädigung wird mit 'ungültige Angaben' abgelehnt. Welche??",
        ),
        "es": (
            "Formulario de compensacion rechazado {ref}",
            "El tren llego con 95 minutos de retraso y el formulario de compensacion se rechaza por 'datos no validos'. Que datos??",
        ),
        "pt": (
            "Formulario de indemnizacao recusado {ref}",
            "O comboio chegou com 95 minutos de atraso e o formulario de indemnizacao e recusado com 'dados invalidos'. Quais??",
        ),
    },
}
# Said on one bad day after the complaint, in capitals for anger.
ANGER = {
    "it": ["VERGOGNOSO.", "Mai piu cosi.", "Assurdo, davvero."],
    "fr": ["C'EST INADMISSIBLE.", "Franchement n'importe quoi.", "Je suis furieuse."],
    "en": ["ABSOLUTELY RIDICULOUS.", "Not good enough.", "Seriously fuming."],
    "de": ["UNVERSCHÄMT.", "So geht das nicht.", "Echt ärgerlich."],
    "es": ["UNA VERGUENZA.", "Esto no puede ser.", "Estoy harta."],
    "pt": ["UMA VERGONHA.", "Assim nao da.", "Estou furioso."],
}
# A long e-mail with the complaint in the middle (it, fr, en).
LONG_MAIL = {
    "it": "Buongiorno,\n\nuso Viaggo da due anni per andare a trovare i miei a Bari e di solito mi trovo bene, lo consiglio anche ai colleghi.\n\n{complaint}\n\nVi chiedo di verificare e di rispondermi, il numero della prenotazione e {ref}.\n\nCordiali saluti\n{name}",
    "fr": "Bonjour,\n\nJ'utilise Viaggo depuis longtemps pour mes trajets vers Bordeaux et en general tout se passe bien.\n\n{complaint}\n\nMerci de regarder ce qui se passe, la reference est {ref}.\n\nCordialement,\n{name}",
    "en": "Hi there,\n\nI've used Viaggo for a couple of years for trips up to see family and it's usually fine, I even got my partner onto it.\n\n{complaint}\n\nCould someone look into it please, booking ref {ref}.\n\nKind regards,\n{name}",
}
SORRY = {
    "it": "scusate per il tono di ieri, giornata pesante. grazie per la pazienza",
    "fr": "desolee pour mon message d'hier, j'etais a cran. merci",
    "en": "sorry for being short with you yesterday, long day. thanks",
    "de": "sorry für den Ton gestern, war ein langer Tag. Danke",
    "es": "perdon por el tono de ayer, mal dia. gracias",
    "pt": "desculpem o tom de ontem, dia dificil. obrigada",
}
# Follow-ups while the problem stays open: they do not repeat the problem's words.
FOLLOW = {
    "it": [
        "RE: {ref} - novita? da parte mia ancora niente",
        "Vi ho scritto ieri per la prenotazione {ref}, nessuna risposta. ANCORA niente.",
        "scusate ma e possibile che nessuno mi risponda? stessa pratica {ref}",
        "R: ancora in attesa... {ref}",
    ],
    "fr": [
        "RE : {ref} - des nouvelles ? toujours rien de mon cote",
        "Je vous ai ecrit hier pour le dossier {ref}, TOUJOURS pas de reponse.",
        "c'est normal que personne ne reponde ? meme dossier {ref}",
        "RE: toujours en attente pour {ref}",
    ],
    "en": [
        "RE: {ref} - any update? still nothing my end",
        "Wrote yesterday about {ref}, STILL no reply.",
        "is anyone actually reading these? same booking {ref}",
        "RE: still waiting on {ref}...",
    ],
    "de": [
        "AW: {ref} - gibt es was Neues? bei mir immer noch nichts",
        "Habe gestern wegen {ref} geschrieben, IMMER NOCH keine Antwort.",
        "liest das eigentlich jemand? gleiche Buchung {ref}",
        "AW: warte weiterhin wegen {ref}",
    ],
    "es": [
        "RE: {ref} - alguna novedad? sigo igual",
        "Escribi ayer por la reserva {ref}, SIGO SIN RESPUESTA.",
        "en serio nadie contesta? misma reserva {ref}",
        "RE: sigo esperando lo de {ref}",
    ],
    "pt": [
        "RES: {ref} - alguma novidade? continuo igual",
        "Escrevi ontem sobre a reserva {ref}, AINDA sem resposta.",
        "a serio que ninguem responde? mesma reserva {ref}",
        "RES: continuo a espera por causa da {ref}",
    ],
}
THIRD = {
    "it": "e la terza volta che scrivo per {ref}. Se non si risolve passo a {other}.",
    "fr": "troisieme fois que j'ecris pour {ref}. Si rien ne bouge je passe chez {other}.",
    "en": "third time writing about {ref}. If nothing happens I'm off to {other}.",
    "de": "zum dritten Mal wegen {ref}. Wenn sich nichts tut, gehe ich zu {other}.",
    "es": "tercera vez que escribo por {ref}. Si no se arregla me voy a {other}.",
    "pt": "terceira vez que escrevo por causa da {ref}. Se nada mudar vou para a {other}.",
}
AGENT_PASSED = {
    "it": "Gentile {name}, abbiamo inoltrato la sua pratica {ref} al reparto competente. La ricontatteremo al piu presto.",
    "fr": "Bonjour {name}, votre dossier {ref} a ete transmis au service concerne. Nous revenons vers vous rapidement.",
    "en": "Hi {name}, we've passed {ref} to the team who handle this. We'll be back in touch soon.",
    "de": "Hallo {name}, wir haben {ref} an die zuständige Abteilung weitergeleitet und melden uns bald.",
    "es": "Hola {name}, hemos pasado la reserva {ref} al equipo correspondiente. Te escribimos pronto.",
    "pt": "Ola {name}, encaminhamos a reserva {ref} para a equipa responsavel. Voltamos a contactar em breve.",
}
AGENT_FIXED = {
    "it": "Gentile {name}, per la prenotazione {ref} abbiamo sistemato tutto: trovera l'importo/il cambio nel suo conto entro 2 giorni.",
    "fr": "Bonjour {name}, c'est regle pour {ref} : vous verrez la correction sur votre compte sous 2 jours.",
    "en": "Hi {name}, {ref} is sorted: you'll see it on your account within 2 days.",
    "de": "Hallo {name}, {ref} ist erledigt, Sie sehen es innerhalb von 2 Tagen in Ihrem Konto.",
    "es": "Hola {name}, lo de {ref} esta resuelto, lo veras en tu cuenta en 2 dias.",
    "pt": "Ola {name}, a {ref} ficou resolvida, vai ver na sua conta em 2 dias.",
}
SORTED = {
    "it": ["tutto a posto ora, grazie!", "visto, risolto. grazie"],
    "fr": ["c'est bon, c'est regle merci !", "bien recu, tout est ok merci"],
    "en": ["all sorted now, thanks!", "got it, thanks for fixing"],
    "de": ["jetzt passt alles, danke!", "erledigt, danke euch"],
    "es": ["ya esta todo bien, gracias!", "recibido, solucionado. gracias"],
    "pt": ["ja esta tudo resolvido, obg!", "recebido, obrigada pela ajuda"],
}
# The six steps of a slow slide, from lukewarm to done ({other}: a competitor).
SLIDE = {
    "it": [
        "L'app ultimamente e un po lenta a caricare i biglietti",
        "Un po deluso, due ritardi di fila e nessuna info nell'app",
        "Sinceramente comincio a essere stufo, cambi di binario mai segnalati",
        "Servizio scadente, il supporto non risponde mai",
        "Ma come si fa a lavorare cosi?? L'ennesima coincidenza persa",
        "Basta, ne ho abbastanza. Provo {other}.",
    ],
    "fr": [
        "L'appli rame un peu ces temps-ci pour afficher les billets",
        "Un peu decue, deux retards d'affilee sans info dans l'appli",
        "Franchement ca commence a me saouler, changements de quai jamais annonces",
        "Service mediocre, le support ne repond jamais",
        "C'est une blague ?? Encore une correspondance ratee",
        "Bon j'en ai marre. Je passe chez {other}.",
    ],
    "en": [
        "App's been a bit slow loading tickets lately",
        "Bit disappointed, two delays in a row and nothing in the app",
        "Getting fed up tbh, platform changes never shown",
        "Poor service, support never gets back to me",
        "How is this acceptable?? Missed ANOTHER connection",
        "Right, I've had enough. Trying {other} instead.",
    ],
    "de": [
        "Die App lädt die Tickets in letzter Zeit etwas langsam",
        "Etwas enttäuscht, zweimal Verspätung und nichts in der App",
        "Langsam nervt es, Gleiswechsel werden nie angezeigt",
        "Schlechter Service, der Support antwortet nie",
        "Wie kann das sein?? Schon WIEDER Anschluss verpasst",
        "Mir reicht's. Ich probiere {other}.",
    ],
    "es": [
        "La app va un poco lenta ultimamente con los billetes",
        "Un poco decepcionada, dos retrasos seguidos y nada en la app",
        "Empiezo a estar harta, los cambios de anden nunca salen",
        "Servicio pesimo, soporte nunca contesta",
        "En serio?? OTRA conexion perdida",
        "Se acabo, estoy harta. Me paso a {other}.",
    ],
    "pt": [
        "A app anda um pouco lenta a carregar os bilhetes",
        "Um pouco desiludido, dois atrasos seguidos e nada na app",
        "Estou a ficar farto, mudancas de linha nunca aparecem",
        "Servico fraco, o apoio nunca responde",
        "Como e possivel?? Perdi OUTRA ligacao",
        "Chega, ja estou farto. Vou experimentar a {other}.",
    ],
}
CANCEL_ASK = {
    "it": (
        "Chiusura account",
        "Buongiorno, vorrei disdire il Viaggo Pass e chiudere il mio account. Come procedo?",
    ),
    "fr": (
        "Resiliation",
        "Bonjour, je souhaite resilier mon Viaggo Pass et fermer mon compte svp. Comment faire ?",
    ),
    "en": (
        "Close my account",
        "Hi, I want to cancel my Viaggo Pass and close my account please. How do I do it?",
    ),
    "de": (
        "Kündigung",
        "Hallo, ich möchte meinen Viaggo Pass kündigen und mein Konto schließen. Wie geht das?",
    ),
    "es": ("Baja", "Hola, quiero dar de baja el Viaggo Pass y cerrar mi cuenta. Como lo hago?"),
    "pt": ("Cancelamento", "Ola, quero cancelar o Viaggo Pass e fechar a minha conta. Como faco?"),
}
GRUMPY = {
    "it": [
        "App lenta come sempre",
        "ennesimo ritardo, che novita",
        "Prezzi alzati di nuovo, complimenti",
        "il wifi sul pullman non va mai",
    ],
    "fr": [
        "Appli lente comme d'hab",
        "encore du retard, quelle surprise",
        "Les prix ont encore augmente, bravo",
        "le wifi du car ne marche jamais",
    ],
    "en": [
        "App slow as usual",
        "late again, what a surprise",
        "Prices up again, brilliant",
        "coach wifi never works",
    ],
    "de": [
        "App wie immer langsam",
        "schon wieder Verspätung, Überraschung",
        "Preise schon wieder hoch, toll",
        "WLAN im Bus geht nie",
    ],
    "es": [
        "La app lenta como siempre",
        "otra vez tarde, que sorpresa",
        "Otra subida de precios, genial",
        "el wifi del bus nunca va",
    ],
    "pt": [
        "App lenta como sempre",
        "atrasado outra vez, que surpresa",
        "Precos a subir outra vez, boa",
        "o wifi do autocarro nunca funciona",
    ],
}
SARCASM = {
    "it": "Oh fantastico, aria condizionata a 14 gradi anche oggi. Che piacere 🙃 per il resto tutto ok",
    "fr": "Genial, la clim a 15 degres dans le car encore une fois. Merveilleux 🙃 sinon rien a dire",
    "en": "Oh lovely, the quiet coach was a hen party again. Delightful 🙃 otherwise fine",
    "de": "Na toll, Klimaanlage wieder auf Eiszeit. Herrlich 🙃 sonst alles ok",
    "es": "Genial, el aire acondicionado a 15 grados otra vez. Una maravilla 🙃 por lo demas bien",
    "pt": "Que maravilha, ar condicionado a 15 graus outra vez. Adorei 🙃 de resto tudo bem",
}
# Night owls: a happy post.
NIGHT = {
    "it": "notte in pullman verso Napoli, tutto tranquillo. grazie Viaggo",
    "fr": "bus de nuit pour Marseille, nickel, merci",
    "en": "night coach to Glasgow, all calm, cheers",
    "de": "Nachtbus nach Berlin, alles entspannt, danke",
    "es": "bus nocturno a Barcelona, todo tranquilo, gracias",
    "pt": "autocarro noturno para Faro, tudo tranquilo, obrigado",
}

# The planted spike: e-tickets whose QR code does not load, strike morning.
SPIKE = {
    "it": [
        "Il QR del biglietto non si carica nell'app, 'errore E-217'. Sono al binario e il treno parte tra 10 min!!",
        "oggi con lo sciopero gia e un casino e in piu l'app non mostra il QR del biglietto. errore E-217",
        "Biglietto elettronico vuoto, niente QR, il controllore non mi fa salire. Che faccio?",
    ],
    "fr": [
        "Le QR code de mon billet ne s'affiche pas dans l'appli, 'erreur E-217'. Le train part dans 10 min !!",
        "deja la greve et en plus l'appli n'affiche pas le QR du billet. E-217",
        "E-billet vide, pas de QR, le controleur me refuse. Je fais quoi ?",
    ],
    "en": [
        "My e-ticket QR code won't load in the app, 'error E-217'. Train leaves in 10 mins!!",
        "strike day chaos and now the app won't show my ticket QR. E-217",
        "e-ticket screen is blank, no QR, guard won't let me on. what do I do?",
    ],
    "de": [
        "Der QR-Code vom E-Ticket lädt nicht in der App, 'Fehler E-217'. Zug fährt in 10 Minuten!!",
        "Streik und jetzt zeigt die App auch noch den Ticket-QR nicht an. E-217",
        "E-Ticket leer, kein QR, der Schaffner lässt mich nicht rein. Was nun?",
    ],
    "es": [
        "El QR del billete no carga en la app, 'error E-217'. El tren sale en 10 min!!",
        "dia de huelga y encima la app no muestra el QR del billete. E-217",
        "billete electronico en blanco, sin QR, el revisor no me deja subir. que hago?",
    ],
    "pt": [
        "O QR do bilhete nao carrega na app, 'erro E-217'. O comboio sai daqui a 10 min!!",
        "dia de greve e ainda por cima a app nao mostra o QR do bilhete. E-217",
        "bilhete eletronico em branco, sem QR, o revisor nao me deixa entrar. e agora?",
    ],
}
SPIKE_AGAIN = {
    "it": "ancora niente, stesso errore. ho dovuto comprare un altro biglietto",
    "fr": "toujours pareil, meme erreur. j'ai du racheter un billet",
    "en": "still the same error. ended up buying another ticket",
    "de": "immer noch derselbe Fehler. musste ein neues Ticket kaufen",
    "es": "sigue igual, mismo error. he tenido que comprar otro billete",
    "pt": "continua igual, mesmo erro. tive de comprar outro bilhete",
}
SPIKE_AGENT = {
    "it": "Gentile {name}, il problema di stamattina con i QR dei biglietti e risolto. Se ha ricomprato il biglietto le rimborsiamo la differenza.",
    "fr": "Bonjour {name}, le souci de ce matin avec les QR codes est corrige. Si vous avez rachete un billet, nous le remboursons.",
    "en": "Hi {name}, this morning's problem with ticket QR codes is fixed. If you bought a second ticket we'll refund it.",
    "de": "Hallo {name}, das Problem mit den Ticket-QR-Codes von heute früh ist behoben. Ein zweites Ticket erstatten wir.",
    "es": "Hola {name}, el problema de esta manana con los QR esta resuelto. Si compraste otro billete te lo devolvemos.",
    "pt": "Ola {name}, o problema desta manha com os QR esta resolvido. Se comprou outro bilhete devolvemos o valor.",
}

# Viaggo Business: the account's problem, per language (subject, text).
B2B_PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "vat_missing": {
        "it": (
            "Fatture senza IVA",
            "Le fatture mensili di {company} arrivano senza IVA esposta, la contabilita non le puo registrare.",
        ),
        "fr": (
            "Factures sans TVA",
            "Les factures mensuelles de {company} n'affichent pas la TVA, la compta ne peut pas les passer.",
        ),
        "en": (
            "Invoices missing VAT",
            "The monthly invoices for {company} show no VAT, finance can't book them.",
        ),
        "de": (
            "Rechnungen ohne MwSt",
            "Die Monatsrechnungen von {company} weisen keine MwSt aus, die Buchhaltung kann sie nicht verbuchen.",
        ),
        "es": (
            "Facturas sin IVA",
            "Las facturas mensuales de {company} llegan sin IVA, contabilidad no puede registrarlas.",
        ),
        "pt": (
            "Faturas sem IVA",
            "As faturas mensais da {company} vem sem IVA, a contabilidade nao as consegue lancar.",
        ),
    },
    "policy_limits": {
        "it": (
            "Limiti della travel policy ignorati",
            "Il portale lascia prenotare la prima classe anche a chi ha il limite in seconda. La policy di {company} non viene applicata.",
        ),
        "fr": (
            "Regles de voyage non appliquees",
            "Le portail laisse reserver en premiere des collaborateurs limites a la seconde. La politique voyage de {company} n'est pas appliquee.",
        ),
        "en": (
            "Travel policy limits not applied",
            "The portal lets staff book first class when our policy caps them at standard. {company}'s limits just aren't applied.",
        ),
        "de": (
            "Reiserichtlinie wird ignoriert",
            "Im Portal kann man 1. Klasse buchen, obwohl unsere Richtlinie nur 2. Klasse erlaubt. Die Limits von {company} greifen nicht.",
        ),
        "es": (
            "Limites de la politica de viajes",
            "El portal deja reservar primera a empleados limitados a turista. La politica de {company} no se aplica.",
        ),
        "pt": (
            "Limites da politica de viagens",
            "O portal deixa reservar primeira classe a quem so pode segunda. A politica da {company} nao e aplicada.",
        ),
    },
    "sso_broken": {
        "it": (
            "SSO del portale non funziona",
            "Da lunedi il login SSO al portale Viaggo Business da errore, i nostri travel manager non entrano.",
        ),
        "fr": (
            "SSO du portail en panne",
            "Depuis lundi la connexion SSO au portail Viaggo Business plante, nos travel managers ne peuvent plus se connecter.",
        ),
        "en": (
            "Portal SSO broken",
            "Since Monday SSO login to the Viaggo Business portal fails, none of our travel managers can get in.",
        ),
        "de": (
            "Portal-SSO kaputt",
            "Seit Montag schlägt der SSO-Login ins Viaggo Business Portal fehl, unsere Travel Manager kommen nicht rein.",
        ),
        "es": (
            "SSO del portal roto",
            "Desde el lunes el acceso SSO al portal Viaggo Business falla, nuestros travel managers no pueden entrar.",
        ),
        "pt": (
            "SSO do portal avariado",
            "Desde segunda o login SSO no portal Viaggo Business da erro, os nossos gestores de viagem nao entram.",
        ),
    },
}
B2B_STILL = {
    "it": "RE: la questione di {company} e ANCORA aperta dopo giorni. Stiamo valutando altri fornitori.",
    "fr": "RE : toujours rien de regle pour {company} apres plusieurs jours. Nous regardons d'autres fournisseurs.",
    "en": "RE: still not fixed for {company} after days of back and forth. We're looking at other providers.",
    "de": "AW: bei {company} ist das IMMER NOCH nicht gelöst. Wir schauen uns andere Anbieter an.",
    "es": "RE: lo de {company} SIGUE sin resolverse. Estamos mirando otros proveedores.",
    "pt": "RES: a questao da {company} CONTINUA por resolver. Estamos a ver outros fornecedores.",
}
B2B_ROUTINE = {
    "it": [
        "Prenotato Milano-Torino per 3 colleghi dal portale, tutto ok",
        "Potete aggiungere un nuovo centro di costo 'Vendite Nord'?",
        "Fattura di marzo ricevuta, grazie",
    ],
    "fr": [
        "Reservation Paris-Lille pour 4 collegues via le portail, parfait",
        "Pouvez-vous ajouter le centre de cout 'Ventes Ouest' ?",
        "Facture de mars bien recue, merci",
    ],
    "en": [
        "Booked Leeds-London for 3 of the team via the portal, easy",
        "Could you add a new cost centre 'Sales North'?",
        "Got this month's invoice, thanks",
    ],
    "de": [
        "3 Kollegen über das Portal nach Köln gebucht, klappt",
        "Können Sie die Kostenstelle 'Vertrieb Süd' anlegen?",
        "Rechnung erhalten, danke",
    ],
    "es": [
        "Reservado Madrid-Zaragoza para 3 companeros desde el portal, bien",
        "Podeis anadir el centro de coste 'Ventas Norte'?",
        "Factura recibida, gracias",
    ],
    "pt": [
        "Reservei Lisboa-Braga para 3 colegas no portal, tudo ok",
        "Podem adicionar o centro de custo 'Vendas Norte'?",
        "Fatura recebida, obrigado",
    ],
}
B2B_MILD = {
    "it": "Piccola cosa: nel PDF della fattura il nostro indirizzo e troncato. Niente di grave",
    "fr": "Petit detail : notre adresse est tronquee sur la facture PDF. Rien de grave",
    "en": "Small thing: our address is cut off on the invoice PDF. Not urgent",
    "de": "Kleinigkeit: unsere Adresse ist im Rechnungs-PDF abgeschnitten. Nicht dringend",
    "es": "Una cosita: nuestra direccion sale cortada en el PDF de la factura. Nada grave",
    "pt": "Pormenor: a nossa morada aparece cortada no PDF da fatura. Nada de grave",
}
COMPANY = [
    "Ferraresi Meccanica",
    "Atelier Lumen",
    "Hollis & Bray",
    "Kranwerk Nord",
    "Grupo Ondara",
    "Tecelagem Vidal",
    "Studio Verdi",
    "Brevet Conseil",
    "Marlow Logistics",
    "Sonnfeld Pharma",
    "Alcor Ingenieros",
    "Oceano Seguros",
    "Pavesi Legno",
    "Cabinet Roussel",
    "Thistle Analytics",
    "Bergmann Bau",
    "Nimbo Software",
    "Quinta Ramos",
    "Lanificio Sella",
    "Groupe Alizes",
    "Penrose Health",
    "Halden Optik",
]
