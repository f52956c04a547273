# ruff: noqa: E501
"""Hand-written wording of heldout31's happy customers (Vistella: lenses, glasses, eye tests).

Placeholders: {first} the customer's first name, {agent} the agent's name, {reason} why
the customer needs lenses or glasses, {store} their usual optician, {city} their city,
{amount} a sum in the market's money, {product} a product label. ``[[fem|masc]]`` agrees
with the writer's (or, in agents' lines, the addressee's) gender.
"""

from __future__ import annotations

LANGS = ("en", "it", "de", "es", "fr", "pt")

FIRST: dict[str, list[tuple[str, bool]]] = {
    "en": [
        ("Siobhan", True),
        ("Aoife", True),
        ("Megan", True),
        ("Charlotte", True),
        ("Priya", True),
        ("Hannah", True),
        ("Zoe", True),
        ("Niamh", True),
        ("Gemma", True),
        ("Ruth", True),
        ("Ciaran", False),
        ("Tom", False),
        ("Declan", False),
        ("Oliver", False),
        ("Rhys", False),
        ("Callum", False),
        ("Sanjay", False),
        ("Liam", False),
        ("Gareth", False),
        ("Patrick", False),
    ],
    "it": [
        ("Giulia", True),
        ("Chiara", True),
        ("Francesca", True),
        ("Martina", True),
        ("Elisa", True),
        ("Sara", True),
        ("Federica", True),
        ("Ilaria", True),
        ("Valentina", True),
        ("Rosaria", True),
        ("Luca", False),
        ("Matteo", False),
        ("Davide", False),
        ("Alessandro", False),
        ("Gianni", False),
        ("Riccardo", False),
        ("Salvatore", False),
        ("Stefano", False),
        ("Paolo", False),
        ("Nicolò", False),
    ],
    "de": [
        ("Katrin", True),
        ("Lena", True),
        ("Sabine", True),
        ("Miriam", True),
        ("Jana", True),
        ("Ute", True),
        ("Jonas", False),
        ("Tobias", False),
        ("Uwe", False),
        ("Florian", False),
        ("Matthias", False),
        ("Dirk", False),
    ],
    "es": [
        ("Lucía", True),
        ("Marta", True),
        ("Nerea", True),
        ("Pilar", True),
        ("Ainhoa", True),
        ("Rocío", True),
        ("Javier", False),
        ("Iker", False),
        ("Sergio", False),
        ("Álvaro", False),
        ("Rubén", False),
        ("Manolo", False),
    ],
    "fr": [
        ("Camille", True),
        ("Océane", True),
        ("Nathalie", True),
        ("Mélanie", True),
        ("Inès", True),
        ("Sylvie", True),
        ("Julien", False),
        ("Thibault", False),
        ("Mehdi", False),
        ("Benoît", False),
        ("Yannick", False),
        ("Loïc", False),
    ],
    "pt": [
        ("Inês", True),
        ("Beatriz", True),
        ("Joana", True),
        ("Mariana", True),
        ("Rita", True),
        ("Filipa", True),
        ("Tiago", False),
        ("Duarte", False),
        ("Rui", False),
        ("Gonçalo", False),
        ("Nuno", False),
        ("Vasco", False),
    ],
}

LAST: dict[str, list[str]] = {
    "en": [
        "Murphy",
        "Walsh",
        "Patel",
        "Hughes",
        "Kelly",
        "Morgan",
        "Byrne",
        "Clarke",
        "Evans",
        "Doyle",
        "Shah",
        "Fletcher",
        "Nolan",
        "Price",
    ],
    "it": [
        "Rossi",
        "Esposito",
        "Ferrari",
        "Bianchi",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Lombardi",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martín",
        "Ruiz",
        "Sánchez",
        "Iglesias",
        "Ortega",
        "Castro",
        "Navarro",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Lambert",
        "Renaud",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Gomes",
        "Lopes",
    ],
}

AGENTS: dict[str, list[str]] = {
    "en": ["Ellie", "Aidan", "Shona", "Marcus"],
    "it": ["Serena", "Fabio", "Debora", "Andrea"],
    "de": ["Anja", "Kai", "Petra"],
    "es": ["Noelia", "Dani", "Irene"],
    "fr": ["Elodie", "Karim", "Manon"],
    "pt": ["Sofia", "André", "Carla"],
}

CITIES: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Cardiff", "Manchester", "Glasgow", "Norwich"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "IT": ["Bologna", "Torino", "Bari", "Verona", "Napoli", "Padova", "Palermo", "Milano"],
    "CH": ["Lugano", "Bellinzona", "Zürich", "Basel", "Genève", "Lausanne"],
    "DE": ["Köln", "Leipzig", "Freiburg", "Hamburg"],
    "AT": ["Graz", "Linz", "Wien"],
    "ES": ["Zaragoza", "Valencia", "Bilbao", "Málaga"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
}

# Why the customer needs lenses or glasses: the same index means the same story in every language.
REASONS: dict[str, list[str]] = {
    "en": [
        "for five-a-side on Thursdays",
        "since I drive the night bus",
        "for my lad who's just started wearing glasses",
        "because I'm on screens nine hours a day",
        "for swimming without squinting at the clock",
        "for reading music at choir",
    ],
    "it": [
        "per il calcetto del giovedì",
        "da quando guido l'autobus di notte",
        "per mio figlio che ha appena iniziato a portare gli occhiali",
        "perché sto nove ore al pc",
        "per nuotare senza strizzare gli occhi per vedere l'orologio",
        "per leggere gli spartiti al coro",
    ],
    "de": [
        "fürs Fußballtraining am Donnerstag",
        "seit ich Nachtbus fahre",
        "für meinen Sohn, der gerade eine Brille bekommen hat",
        "weil ich neun Stunden am Bildschirm sitze",
        "zum Schwimmen",
        "für die Noten im Chor",
    ],
    "es": [
        "para el fútbol sala de los jueves",
        "desde que conduzco el búho nocturno",
        "para mi hijo que acaba de empezar con gafas",
        "porque paso nueve horas delante del ordenador",
        "para nadar sin ir a ciegas",
        "para leer las partituras en el coro",
    ],
    "fr": [
        "pour le foot en salle du jeudi",
        "depuis que je conduis le bus de nuit",
        "pour mon fils qui vient d'avoir ses premières lunettes",
        "parce que je passe neuf heures devant l'écran",
        "pour nager sans plisser les yeux",
        "pour lire les partitions à la chorale",
    ],
    "pt": [
        "para o futsal de quinta",
        "desde que conduzo o autocarro da noite",
        "para o meu filho que começou agora a usar óculos",
        "porque passo nove horas ao computador",
        "para nadar sem ver tudo desfocado",
        "para ler as pautas no coro",
    ],
}

# The customer's usual partner optician; same index, same kind of place.
STORES: dict[str, list[str]] = {
    "en": [
        "the Vistella corner in the shopping centre",
        "the optician by the station",
        "the little optician on the high street",
        "the optician next to the big Tesco",
    ],
    "it": [
        "al corner Vistella del centro commerciale",
        "all'ottica vicino alla stazione",
        "all'ottica di via Garibaldi",
        "all'ottica accanto all'Esselunga",
    ],
    "de": [
        "dem Vistella-Corner im Einkaufszentrum",
        "dem Optiker am Bahnhof",
        "dem kleinen Optiker in der Hauptstraße",
        "dem Optiker neben dem Rewe",
    ],
    "es": [
        "el córner de Vistella del centro comercial",
        "la óptica de la estación",
        "la óptica de la calle Mayor",
        "la óptica de al lado del Mercadona",
    ],
    "fr": [
        "l'opticien du centre commercial",
        "l'opticien de la gare",
        "le petit opticien de la grand-rue",
        "l'opticien à côté du Carrefour",
    ],
    "pt": [
        "o corner Vistella do centro comercial",
        "a ótica da estação",
        "a ótica da rua principal",
        "a ótica ao lado do Continente",
    ],
}

PRAISE: dict[str, list[str]] = {
    "en": [
        "Lenses turned up a day early again. Honestly can't remember the last time I had to think about ordering them 👌",
        "Did the eye test at {store} through the @Vistella app, in and out in 25 mins, glasses ready Saturday. Dead easy.",
        "Shout out to Vistella, new glasses {reason} and they're brilliant. Fit perfect first time.",
        "the home try-on box is genius, had all 4 frames on the kitchen table and my kids voted lol. went with the green ones",
        "Third year on the lens plan and still not one late box. {city} post must love you",
        "Virtual try-on actually works?? Ordered the frames I tried on my phone and they look exactly like that on my face",
    ],
    "it": [
        "Le lenti sono arrivate di nuovo un giorno prima. Non mi ricordo più cosa vuol dire restare senza 👌",
        "Visita della vista {store} prenotata con l'app Vistella, mezz'ora e via, occhiali pronti sabato. Comodissimo",
        "Grazie @Vistella, occhiali nuovi {reason} e sono perfetti. Nessun aggiustamento da fare",
        "la prova a casa con le 4 montature è una genialata, le abbiamo provate tutti a tavola e ha vinto quella verde 😂",
        "Terzo anno con il piano lenti e ancora nessun ritardo. A {city} funziona tutto, incredibile ma vero",
        "La prova virtuale funziona davvero! Ho ordinato la montatura vista sul telefono ed è proprio così anche dal vivo",
        "Ancora una volta consegna puntuale, lenti giuste, zero pensieri. Brava Vistella",
    ],
    "de": [
        "Linsen wieder einen Tag früher da. Ich muss echt nie mehr dran denken 👌",
        "Sehtest bei {store} über die Vistella-App gebucht, 25 Minuten, Brille am Samstag fertig. Top.",
        "Neue Brille {reason} von Vistella, passt perfekt, kein Nachjustieren nötig.",
    ],
    "es": [
        "Otra vez las lentillas un día antes de lo previsto. Ya ni me acuerdo de pedirlas 👌",
        "Revisión de la vista en {store} reservada desde la app de Vistella, media hora y listo. Un 10",
        "Gafas nuevas {reason} y perfectas, ni las he tenido que ajustar. Gracias Vistella",
    ],
    "fr": [
        "Encore une fois les lentilles arrivées un jour en avance. J'y pense même plus 👌",
        "Examen de vue chez {store} réservé via l'appli Vistella, 25 min et c'est plié. Nickel",
        "Nouvelles lunettes {reason}, parfaites du premier coup. Merci Vistella",
    ],
    "pt": [
        "Outra vez as lentes chegaram um dia antes. Já nem penso nisso 👌",
        "Exame à vista n{store} marcado pela app da Vistella, meia hora e pronto. Muito fixe",
        "Óculos novos {reason} e estão perfeitos, nem foi preciso ajustar. Obrigad[[a|o]] Vistella",
    ],
}

# Praise with a small gripe.
GRIPE: dict[str, list[str]] = {
    "en": [
        "Love the lens plan, only wish the app let me add my partner's prescription to the same account. Minor thing",
        "Glasses are great. The confirmation email took about 3 hours to arrive which had me worried for a bit but all good",
        "Brilliant service, just the app is a bit slow first thing in the morning. Otherwise 10/10",
    ],
    "it": [
        "Il piano lenti è ottimo, solo vorrei poter mettere anche la prescrizione di mio marito sullo stesso account. Piccolezza",
        "Occhiali perfetti. La mail di conferma è arrivata dopo 3 ore e un po' mi ero preoccupat[[a|o]], ma tutto ok",
        "Servizio top, solo l'app la mattina presto è un po' lenta. Per il resto 10 e lode",
    ],
    "de": ["Linsen-Abo super, nur die App ist morgens ein bisschen langsam. Sonst alles bestens"],
    "es": [
        "El plan de lentillas genial, solo que la app va algo lenta por la mañana. Por lo demás todo bien"
    ],
    "fr": ["Abo lentilles top, juste l'appli un peu lente le matin. Sinon rien à dire"],
    "pt": ["O plano de lentes é ótimo, só a app de manhã é um bocadinho lenta. De resto tudo bem"],
}

# (question, agent's answer) pairs: the answer answers the question asked.
QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, can I move my next lens delivery back a week? Still have a few pairs left",
            "Hi {first}, of course, I've moved your next box back 7 days, you'll get an email with the new date. {agent}",
        ),
        (
            "hello is it possible to get my prescription emailed to me from the eye test last month",
            "Hi {first}, done: your prescription from the test at {store} is on its way to your inbox now. {agent}",
        ),
        (
            "Quick one, does the home try-on box cost anything if I send all 4 back?",
            "Hi {first}, no, the 5.00 deposit comes back in full once the box is back with us. {agent}",
        ),
        (
            "Can I book the eye test for my son on my account or does he need his own?",
            "Hi {first}, you can add him as a family member under Account > Family and book from there. {agent}",
        ),
        (
            "Do you do varifocals in the home try-on?",
            "Hi {first}, yes, pick any frame marked 'varifocal ready' and choose varifocals at checkout. {agent}",
        ),
    ],
    "it": [
        (
            "Ciao, posso spostare la prossima consegna delle lenti di una settimana? Ne ho ancora qualche paio",
            "Ciao {first}, certo, ho spostato la prossima scatola di 7 giorni, ti arriva una mail con la nuova data. {agent}",
        ),
        (
            "buongiorno è possibile avere via mail la prescrizione della visita del mese scorso",
            "Buongiorno {first}, fatto: la prescrizione della visita {store} è in arrivo nella tua casella. {agent}",
        ),
        (
            "Domanda veloce: la prova a casa costa qualcosa se rimando indietro tutte e 4 le montature?",
            "Ciao {first}, no, la cauzione di 5,00 € ti viene restituita tutta quando ci torna la scatola. {agent}",
        ),
        (
            "Posso prenotare la visita per mia figlia dal mio account o serve un account suo?",
            "Ciao {first}, puoi aggiungerla come familiare in Account > Famiglia e prenotare da lì. {agent}",
        ),
        (
            "Fate anche le progressive con la prova a casa?",
            "Ciao {first}, sì, scegli una montatura con scritto 'adatta a progressive' e seleziona le progressive al pagamento. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich die nächste Linsenlieferung um eine Woche verschieben?",
            "Hallo {first}, erledigt, die nächste Box kommt 7 Tage später, Sie bekommen eine Mail mit dem neuen Datum. {agent}",
        ),
        (
            "Kann ich mir das Rezept vom letzten Sehtest per Mail schicken lassen?",
            "Hallo {first}, ist unterwegs: das Rezept vom Sehtest bei {store} liegt gleich in Ihrem Postfach. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo retrasar una semana el próximo envío de lentillas?",
            "Hola {first}, hecho, te he retrasado la próxima caja 7 días, te llega un correo con la nueva fecha. {agent}",
        ),
        (
            "¿me podéis mandar por correo la graduación de la revisión del mes pasado?",
            "Hola {first}, enviada: la graduación de la revisión en {store} ya va camino de tu correo. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux décaler ma prochaine livraison de lentilles d'une semaine ?",
            "Bonjour {first}, c'est fait, votre prochaine boîte part 7 jours plus tard, un mail confirme la date. {agent}",
        ),
        (
            "est-ce que je peux recevoir par mail l'ordonnance de l'examen du mois dernier",
            "Bonjour {first}, c'est envoyé : l'ordonnance de l'examen chez {store} arrive dans votre boîte mail. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, posso adiar uma semana a próxima entrega de lentes?",
            "Olá {first}, feito, a próxima caixa vai 7 dias mais tarde, recebe um email com a nova data. {agent}",
        ),
        (
            "dá para me enviarem por email a receita do exame do mês passado",
            "Olá {first}, enviada: a receita do exame n{store} já vai a caminho do seu email. {agent}",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "en": [
        "Brilliant, thanks {agent}!",
        "perfect cheers",
        "Thanks {agent}, sorted 👍",
        "Legend, thank you",
    ],
    "it": [
        "Perfetto, grazie {agent}!",
        "grazie mille 🙏",
        "Gentilissimi, grazie!",
        "ok grazie, tutto chiaro",
    ],
    "de": ["Super, danke {agent}!", "danke, passt"],
    "es": ["Genial, gracias {agent}!", "perfecto, mil gracias"],
    "fr": ["Parfait, merci {agent} !", "super merci"],
    "pt": ["Ótimo, obrigad[[a|o]] {agent}!", "perfeito, obrigad[[a|o]]"],
}

# Phone questions, as speech-to-text writes them.
PHONE_Q: dict[str, list[str]] = {
    "en": [
        "yeah hi just calling to check if my lens box goes out this week because i'm away from the fifteenth",
        "hiya um i wanted to ask can i change the frames on an order i placed this morning the black ones to the tortoiseshell",
        "hi there quick question is the eye test at {store} free with the plan or is it extra",
    ],
    "it": [
        "pronto buongiorno volevo sapere se la scatola delle lenti parte questa settimana perché dal quindici sono via",
        "sì salve volevo chiedere se posso cambiare la montatura dell'ordine di stamattina da quella nera a quella tartarugata",
        "salve una domanda la visita {store} è compresa nel piano o si paga a parte",
    ],
    "de": [
        "ja hallo guten tag ich wollte fragen ob meine linsenbox diese woche rausgeht ich bin ab dem fünfzehnten weg"
    ],
    "es": [
        "sí hola buenas quería saber si la caja de lentillas sale esta semana que a partir del quince no estoy"
    ],
    "fr": [
        "oui bonjour euh je voulais savoir si ma boîte de lentilles part cette semaine parce que je suis absent[[e|]] à partir du quinze"
    ],
    "pt": [
        "está sim boa tarde queria saber se a caixa das lentes sai esta semana porque a partir de dia quinze não estou"
    ],
}

REVIEWS: dict[str, list[str]] = {
    "en": [
        "Fast, cheap, and the lenses are the exact ones my optician gave me. 5 stars",
        "Good frames, good price, try-on box is a lifesaver with kids",
        "Easy to order and the glasses came well packed. Only 4 because the case is a bit flimsy",
    ],
    "it": [
        "Veloci, economici e le lenti sono identiche a quelle dell'ottico. 5 stelle",
        "Belle montature, prezzo giusto, la prova a casa con i bimbi è una salvezza",
        "Ordine facile, occhiali ben imballati. 4 stelle solo perché l'astuccio è un po' fragile",
    ],
    "de": ["Schnell, günstig, genau die Linsen vom Optiker. 5 Sterne"],
    "es": ["Rápidos, baratos y las lentillas son justo las de mi óptico. 5 estrellas"],
    "fr": ["Rapide, pas cher, exactement les lentilles de mon opticien. 5 étoiles"],
    "pt": ["Rápidos, baratos e as lentes são mesmo as do meu oculista. 5 estrelas"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "spot on", "no complaints", "very happy", "👍", "easy peasy", ""],
    "it": ["ottimo", "tutto perfetto", "bravi", "molto content[[a|o]]", "👍", "velocissimi", ""],
    "de": ["super", "alles bestens", "👍", ""],
    "es": ["genial", "todo perfecto", "👍", ""],
    "fr": ["top", "rien à redire", "👍", ""],
    "pt": ["ótimo", "tudo certo", "👍", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "en": [
        "2am after a night shift and the app reminded me my lenses are running low. Ordered in 30 seconds half asleep 😅🌙",
        "can't sleep so I've been doing the virtual try-on for an hour. send help. also the round ones look class",
        "Finished the night route, eyes wrecked, and the dailies box is on the doorstep. Vistella never misses",
    ],
    "it": [
        "Le 2 di notte dopo il turno e l'app mi ricorda che le lenti stanno finendo. Ordinate in 30 secondi mezz[[a|o]] addormentat[[a|o]] 😅🌙",
        "non riesco a dormire e sto facendo la prova virtuale da un'ora. aiuto. comunque quelle tonde stanno benissimo",
        "Finito il turno di notte, occhi distrutti, e la scatola delle giornaliere è già sul pianerottolo. Vistella non sbaglia mai",
    ],
    "de": [
        "2 Uhr nachts nach der Schicht und die App erinnert mich an die Linsen. Im Halbschlaf in 30 Sekunden bestellt 😅🌙"
    ],
    "es": [
        "Las 2 de la mañana saliendo del turno y la app me avisa de que me quedan pocas lentillas. Pedidas en 30 segundos medio dormid[[a|o]] 😅🌙"
    ],
    "fr": [
        "2h du mat après ma garde et l'appli me rappelle que j'ai bientôt plus de lentilles. Commandé en 30 secondes à moitié endormi[[e|]] 😅🌙"
    ],
    "pt": [
        "2 da manhã a sair do turno e a app avisa que as lentes estão a acabar. Encomendadas em 30 segundos meio a dormir 😅🌙"
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "anyone there? can I still change the delivery address on tonight's order",
            "Hi {first}, yes, it hasn't been packed yet, I've changed it to the new address. {agent}",
        ),
        (
            "is the chat open at night? need to know if the blue light coating comes on the kids frames",
            "Hi {first}, we're here! Yes, the blue-light coating can be added to all kids' frames for 29.00. {agent}",
        ),
    ],
    "it": [
        (
            "c'è qualcuno? posso ancora cambiare l'indirizzo di consegna dell'ordine di stasera",
            "Ciao {first}, sì, non è ancora stato preparato, ho messo il nuovo indirizzo. {agent}",
        ),
        (
            "la chat è aperta di notte? volevo sapere se il trattamento luce blu si può fare sulle montature per bambini",
            "Ciao {first}, ci siamo! Sì, il trattamento luce blu si aggiunge a tutte le montature bimbo per 29,00 €. {agent}",
        ),
    ],
    "de": [
        (
            "noch jemand da? kann ich die Lieferadresse der Bestellung von heute Abend ändern",
            "Hallo {first}, ja, noch nicht verpackt, die neue Adresse ist eingetragen. {agent}",
        )
    ],
    "es": [
        (
            "¿hay alguien? ¿puedo cambiar todavía la dirección del pedido de esta noche?",
            "Hola {first}, sí, aún no se ha preparado, ya he puesto la nueva dirección. {agent}",
        )
    ],
    "fr": [
        (
            "il y a quelqu'un ? je peux encore changer l'adresse de la commande de ce soir",
            "Bonjour {first}, oui, elle n'est pas encore préparée, j'ai mis la nouvelle adresse. {agent}",
        )
    ],
    "pt": [
        (
            "está alguém? ainda posso mudar a morada da encomenda de hoje à noite",
            "Olá {first}, sim, ainda não foi preparada, já pus a nova morada. {agent}",
        )
    ],
}

SARCASM: dict[str, list[str]] = {
    "en": [
        "Love how the app logs me out every single time I'm stood at the till trying to show my prescription 🙃",
        "Great that the 'your lenses are shipping' text arrives the day after the lenses do 🙃",
    ],
    "it": [
        "Adoro come l'app mi faccia rifare il login ogni volta che sono alla cassa a mostrare la prescrizione 🙃",
        "Bellissimo l'sms 'le tue lenti sono in spedizione' che arriva il giorno dopo le lenti 🙃",
    ],
    "de": [
        "Toll, dass mich die App immer genau an der Kasse ausloggt, wenn ich das Rezept zeigen will 🙃"
    ],
    "es": [
        "Me encanta que la app me cierre la sesión justo cuando estoy en caja enseñando la graduación 🙃"
    ],
    "fr": [
        "J'adore que l'appli me déconnecte pile quand je suis en caisse pour montrer mon ordonnance 🙃"
    ],
    "pt": ["Adoro que a app me faça logout mesmo quando estou na caixa a mostrar a receita 🙃"],
}

# Mild grumbles (grumbles once, quiet hours; the agent's reply follows in chat).
MILD: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the app takes ages to load the frames in the morning, is it just me?",
            "Hi {first}, sorry about that, there's a bit more traffic first thing; we're working on it. {agent}",
        ),
        (
            "the photos of the frames look a bit blurry on my tablet",
            "Hi {first}, thanks for telling us, I've passed it to the app team. {agent}",
        ),
    ],
    "it": [
        (
            "l'app la mattina ci mette una vita a caricare le montature, capita solo a me?",
            "Ciao {first}, scusa, la mattina presto c'è più traffico; ci stiamo lavorando. {agent}",
        ),
        (
            "le foto delle montature sul tablet sono un po' sgranate",
            "Ciao {first}, grazie della segnalazione, l'ho girata al team dell'app. {agent}",
        ),
    ],
    "de": [
        (
            "die App lädt morgens ewig die Brillenfotos",
            "Hallo {first}, sorry, morgens ist mehr los; wir sind dran. {agent}",
        )
    ],
    "es": [
        (
            "la app por la mañana tarda un montón en cargar las monturas",
            "Hola {first}, perdona, a primera hora hay más tráfico; lo estamos mirando. {agent}",
        )
    ],
    "fr": [
        (
            "l'appli met un temps fou à charger les montures le matin",
            "Bonjour {first}, désolé, il y a plus de monde tôt le matin ; on s'en occupe. {agent}",
        )
    ],
    "pt": [
        (
            "a app de manhã demora imenso a carregar as armações",
            "Olá {first}, desculpe, de manhã cedo há mais tráfego; estamos a tratar disso. {agent}",
        )
    ],
}

# Steadily grumpy: grumbles from the start.
GRUMPY: dict[str, list[str]] = {
    "en": [
        "Logged out AGAIN after the update. Every update.",
        "Paying for a lens plan and the app still can't remember my card",
        "Chat bot is useless, just give me a person",
        "Why do I have to type my prescription in again for every order",
        "Delivery fee on a Sunday order, really?",
    ],
    "it": [
        "Di NUOVO sloggat[[a|o]] dopo l'aggiornamento. Ogni volta.",
        "Pago il piano lenti e l'app non si ricorda neanche la carta",
        "Il bot della chat non serve a niente, voglio una persona",
        "Perché devo riscrivere la prescrizione a ogni ordine",
        "Spese di spedizione sull'ordine della domenica, sul serio?",
    ],
    "de": [
        "SCHON WIEDER ausgeloggt nach dem Update.",
        "Der Chatbot bringt nichts, ich will einen Menschen",
    ],
    "es": [
        "OTRA VEZ fuera de la sesión después de actualizar.",
        "El bot del chat no sirve para nada, quiero una persona",
    ],
    "fr": [
        "ENCORE déconnecté[[e|]] après la mise à jour.",
        "Le bot du chat sert à rien, je veux un humain",
    ],
    "pt": [
        "OUTRA VEZ sem sessão depois da atualização.",
        "O bot do chat não serve para nada, quero uma pessoa",
    ],
}

PRODUCTS: list[tuple[str, float, str]] = [
    ("Piano lenti mensile / Monthly lens plan", 14.90, "/plan/lenses"),
    ("Giornaliere 90 pz / Daily lenses 90-pack", 39.90, "/lenses/daily"),
    ("Soluzione unica 360 ml / All-in-one solution 360 ml", 8.90, "/lenses/care"),
    ("Occhiali da sole polarizzati / Polarised sunglasses", 79.00, "/sunglasses"),
    ("Prova a casa 4 montature / Home try-on, 4 frames", 5.00, "/glasses/try-on"),
    ("Trattamento luce blu / Blue-light coating", 29.00, "/glasses/coatings"),
    ("Visita della vista / Eye test", 25.00, "/eye-test/book"),
]

PAGES = [
    "/lenses/monthly",
    "/glasses/women",
    "/glasses/men",
    "/glasses/kids",
    "/eye-test/stores",
    "/account/plan",
    "/help/delivery",
]
