# ruff: noqa: E501
"""Customer and agent sentences for the heldout18 scenarios (Librea), written by hand.

Librea: e-book and audiobook subscription (phone, tablet and e-reader apps; monthly
plan, family plan, gift cards, offline downloads, reading position synced across
devices, a store for buying titles). Librea Campus: seat licences for schools and
companies, monthly invoice, admin console, single sign-on. Competitors (invented):
Papyra and Audiora. Placeholders: {ref} case reference, {short} the problem in a few
words, {comp} a competitor, {title} a book, {code} a gift card code.
"""

from __future__ import annotations

LANGS = ("de", "fr", "it", "es", "pt", "en")
COUNTRY = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "pt": "PT", "en": "UK"}
COMPETITORS = ("Papyra", "Audiora")

FIRST_NAMES = {
    "de": [
        "Jonas",
        "Lena",
        "Matthias",
        "Sabine",
        "Felix",
        "Anja",
        "Tobias",
        "Katrin",
        "Uwe",
        "Miriam",
        "Jörg",
        "Franziska",
        "Dirk",
        "Nele",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sophie",
        "Nicolas",
        "Aurélie",
        "Thomas",
        "Hélène",
        "Quentin",
        "Manon",
        "Bastien",
        "Inès",
        "Loïc",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Federica",
        "Andrea",
        "Sara",
        "Davide",
        "Elisa",
        "Matteo",
        "Silvia",
        "Paolo",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Elena",
        "Pablo",
        "Irene",
        "Raúl",
        "Carmen",
        "Diego",
    ],
    "pt": [
        "Joana",
        "Tiago",
        "Inês",
        "Rui",
        "Mariana",
        "Pedro",
        "Beatriz",
        "Nuno",
        "Catarina",
        "João",
        "Sofia",
        "Miguel",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Hannah",
        "James",
        "Chloe",
        "Tom",
        "Priya",
        "Callum",
        "Megan",
        "Dan",
        "Sian",
        "Harry",
    ],
}
LAST_NAMES = {
    "de": [
        "Becker",
        "Wolf",
        "Schäfer",
        "Krüger",
        "Hoffmann",
        "Lehmann",
        "Brandt",
        "Vogel",
        "Kühn",
        "Seidel",
        "Hartmann",
        "Zimmer",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Bonnet",
        "Rousseau",
        "Faure",
        "Mercier",
        "Blanc",
        "Guérin",
        "Chevalier",
        "Roux",
        "Perrin",
    ],
    "it": [
        "Ferrari",
        "Esposito",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Fontana",
        "Moretti",
    ],
    "es": [
        "García",
        "Martín",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
        "Ramos",
        "Serrano",
        "Molina",
        "Ortega",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Lopes",
        "Marques",
    ],
    "en": [
        "Hughes",
        "Clarke",
        "Patel",
        "Walsh",
        "Evans",
        "Turner",
        "Price",
        "Murphy",
        "Khan",
        "Bennett",
        "Lloyd",
        "Foster",
    ],
}
MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es"],
    "pt": ["sapo.pt", "gmail.com", "outlook.pt"],
    "en": ["gmail.com", "btinternet.com", "outlook.com"],
}

TITLES = {
    "de": ["Die Salzgärten", "Nachtzug nach Triest", "Das Haus am Deich", "Kaltes Land"],
    "fr": ["Le Phare d'Ouessant", "Les Heures bleues", "Un hiver à Lyon", "La Maison Verlaine"],
    "it": ["La casa dei limoni", "Il silenzio di Trieste", "Ultima estate a Ostuni"],
    "es": ["El último verano en Cádiz", "La biblioteca del faro", "Niebla en Vigo"],
    "pt": ["O rio das sombras", "Cartas de Sintra", "A casa do Douro"],
    "en": ["The Glass Orchard", "A Winter in Whitby", "The Lantern Keeper"],
}
PRODUCTS = ["title", "title", "title", "gift card 25", "gift card 50", "audiobook"]
PAGES = [
    "/store/new",
    "/store/audiobooks",
    "/plans/family",
    "/help/offline",
    "/account/devices",
    "/store/bestsellers",
    "/narrators",
    "/gift-cards",
]
CAMPUS_PAGES = [
    "/campus/console/seats",
    "/campus/console/invoices",
    "/campus/console/reports",
    "/campus/help/sso",
    "/campus/pricing",
]

PRAISE = {
    "de": [
        "Librea ist echt mein Lieblingsabo, jeden Abend 20 Minuten Hörbuch vorm Einschlafen 😍",
        "Die Sprecherin von {title} ist der Wahnsinn, hab das ganze Wochenende durchgehört",
        "Offline-Downloads haben im Zug nach Hamburg perfekt funktioniert, danke @Librea",
        "Familienabo war die beste Entscheidung, die Kids lesen jetzt freiwillig!!",
        "ich les auf dem Kindle weiter wo ich am Handy aufgehört hab, genial einfach",
        "Großartige Auswahl an Krimis diesen Monat. Weiter so Librea!",
    ],
    "fr": [
        "Franchement Librea c'est mon meilleur abonnement, je lis enfin dans le métro",
        "Le narrateur de {title} est incroyable, j'ai tout écouté en deux soirs",
        "La synchro entre ma liseuse et mon tel marche nickel, merci @Librea",
        "Abonnement famille au top, mes deux ados se battent pour la tablette 😂",
        "super selection de polars ce mois ci, bravo l'equipe",
        "Téléchargé 6 livres avant les vacances, tout marche hors ligne. Parfait.",
    ],
    "it": [
        "Librea è l'abbonamento che uso di più, audiolibri in macchina tutti i giorni",
        "La voce narrante di {title} è bellissima, consigliato!",
        "sincronizzazione tra ebook reader e telefono perfetta, grazie @Librea",
        "Piano famiglia fantastico, anche mia madre ora ascolta audiolibri",
    ],
    "es": [
        "Librea es lo mejor que me he suscrito en años, leo en el bus cada dia",
        "El narrador de {title} es buenisimo, lo terminé en dos tardes",
        "Me encanta poder seguir en el ebook donde lo dejé en el movil, gracias @Librea",
        "El plan familiar merece mucho la pena, mis hijos leen más que nunca",
    ],
    "pt": [
        "A Librea é a melhor assinatura que tenho, ouço audiolivros no comboio todos os dias",
        "O narrador de {title} é fantastico, recomendo muito",
        "A sincronizacao entre o tablet e o telemovel funciona na perfeicao, obg @Librea",
        "Plano familia vale cada euro, os miudos adoram",
    ],
    "en": [
        "Honestly Librea is the best sub I pay for, audiobooks on the commute every day",
        "The narrator on {title} is brilliant, finished it in a weekend",
        "Love that my Kobo picks up exactly where I left off on my phone. cheers @Librea",
        "Family plan is great value, the kids are reading loads more",
    ],
}

GRIPE = {
    "de": [
        "Liebe die App, nur der Sleep-Timer könnte ein paar Minuten-Stufen mehr haben",
        "Super Auswahl, aber warum gibt's {title} nur als E-Book und nicht als Hörbuch? Sonst top",
        "Alles prima, bloß die Suche findet Autoren mit Umlaut manchmal nicht. Trotzdem 5 Sterne",
    ],
    "fr": [
        "J'adore l'appli, juste dommage que le mode nuit soit un peu trop gris. Sinon parfait",
        "Très bon catalogue, mais pourquoi {title} n'existe pas en audio ? Sinon rien à dire",
        "Tout va bien sauf la recherche qui ne trouve pas les titres sans accents, mais bon je reste fan",
    ],
    "it": [
        "Adoro l'app, solo il timer di spegnimento potrebbe avere più opzioni",
        "Ottimo catalogo, peccato che {title} non ci sia in audio. Per il resto tutto bene",
    ],
    "es": [
        "Me encanta la app, solo que el modo noche podria ser mas oscuro. Por lo demás genial",
        "Buen catálogo, pero {title} no está en audiolibro, una pena. Aun asi 5 estrellas",
    ],
    "pt": [
        "Adoro a app, so o temporizador de sono podia ter mais opcoes. De resto excelente",
        "Bom catalogo, pena que {title} nao tenha audiolivro. Mesmo assim 5 estrelas",
    ],
    "en": [
        "Love the app, only wish the sleep timer had a 10 minute option. Otherwise spot on",
        "Great catalogue, shame {title} isn't on audio yet. Still 5 stars from me",
    ],
}

QA = {
    "de": [
        (
            "Hallo, kann ich Hörbücher auch auf dem Tolino hören oder nur am Handy?",
            "Hallo! Hörbücher laufen in der Librea-App auf Handy und Tablet, auf dem Tolino gibt es nur E-Books. Viele Grüße, Ihr Librea-Team",
        ),
        (
            "Wie viele Geräte darf ich im Familienabo anmelden?",
            "Im Familienabo sind bis zu 4 Profile mit je 3 Geräten möglich. Unter Konto > Geräte sehen Sie alle.",
        ),
        (
            "Kann ich einen Gutschein auch für das Monatsabo verwenden?",
            "Ja, der Gutscheinwert wird mit den nächsten Monatsbeiträgen verrechnet.",
        ),
        (
            "Wo stelle ich die Vorlesegeschwindigkeit ein?",
            "Im Player unten links auf 1.0x tippen, dann können Sie 0,75x bis 2x wählen.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce qu'on peut écouter les livres audio sur une liseuse Kobo ?",
            "Bonjour ! Les livres audio se lisent dans l'appli sur téléphone et tablette, la Kobo n'affiche que les ebooks. Bonne lecture, l'équipe Librea",
        ),
        (
            "Combien de personnes dans l'abonnement famille ?",
            "Jusqu'à 4 profils, chacun avec 3 appareils. Tout se gère dans Compte > Famille.",
        ),
        (
            "Est-ce que je peux offrir une carte cadeau par mail ?",
            "Oui, dans Cartes cadeaux choisissez l'envoi par e-mail, vous pouvez même programmer la date.",
        ),
        (
            "comment on change la vitesse de lecture svp",
            "Dans le lecteur, touchez 1.0x en bas à gauche et choisissez entre 0,75x et 2x.",
        ),
    ],
    "it": [
        (
            "Ciao, posso ascoltare gli audiolibri sul Kobo?",
            "Ciao! Gli audiolibri funzionano nell'app su telefono e tablet, sul Kobo solo gli ebook. Buona lettura!",
        ),
        (
            "Quanti profili ci sono nel piano famiglia?",
            "Fino a 4 profili con 3 dispositivi ciascuno, li trovi in Account > Famiglia.",
        ),
        (
            "Come cambio la velocità di lettura?",
            "Nel player tocca 1.0x in basso a sinistra e scegli da 0,75x a 2x.",
        ),
    ],
    "es": [
        (
            "Hola, se pueden escuchar audiolibros en el Kindle?",
            "¡Hola! Los audiolibros van en la app del móvil y la tablet; en el lector solo los ebooks. Un saludo, equipo Librea",
        ),
        (
            "Cuantos perfiles tiene el plan familiar?",
            "Hasta 4 perfiles con 3 dispositivos cada uno, en Cuenta > Familia.",
        ),
        (
            "Cómo cambio la velocidad del narrador?",
            "En el reproductor pulsa 1.0x abajo a la izquierda y elige entre 0,75x y 2x.",
        ),
    ],
    "pt": [
        (
            "Ola, da para ouvir audiolivros no Kobo?",
            "Olá! Os audiolivros funcionam na app do telemóvel e do tablet; no Kobo só os ebooks. Boas leituras!",
        ),
        (
            "Quantos perfis tem o plano familia?",
            "Até 4 perfis com 3 dispositivos cada, em Conta > Família.",
        ),
        (
            "Como mudo a velocidade da narração?",
            "No leitor toque em 1.0x em baixo à esquerda e escolha entre 0,75x e 2x.",
        ),
    ],
    "en": [
        (
            "Hi, can I listen to audiobooks on my Kindle or is it phone only?",
            "Hi! Audiobooks play in the app on phone and tablet; e-readers show e-books only. Happy reading, Librea Support",
        ),
        (
            "How many people can be on the family plan?",
            "Up to 4 profiles with 3 devices each, under Account > Family.",
        ),
        (
            "where do i change the narration speed",
            "In the player tap 1.0x bottom left and pick anything from 0.75x to 2x.",
        ),
    ],
}

THANKS = {
    "de": [
        "Super, danke!",
        "Ah ok, perfekt. Danke für die schnelle Antwort",
        "Top, hat geklappt 👍",
        "danke euch",
    ],
    "fr": [
        "Super merci !",
        "Ah d'accord, parfait merci beaucoup",
        "Top ça marche 👍",
        "merci pour la réponse rapide",
    ],
    "it": ["Perfetto, grazie!", "Ok grazie mille", "Fatto, funziona 👍"],
    "es": ["Genial, gracias!", "Perfecto, muchas gracias", "Listo, ya funciona 👍"],
    "pt": ["Otimo, obrigada!", "Perfeito, obg", "Ja esta, funciona 👍"],
    "en": ["Brilliant, thanks!", "Ah perfect, cheers", "Sorted, thank you 👍"],
}

REVIEW = {
    "de": [
        "Beste Lese-App, die ich kenne. Sync klappt immer.",
        "Riesige Auswahl, faire Preise, gute Sprecher.",
        "Nutze es täglich, absolut empfehlenswert",
    ],
    "fr": [
        "Meilleure appli de lecture, la synchro est parfaite.",
        "Énorme catalogue, bons narrateurs, prix correct.",
        "Je l'utilise tous les jours, je recommande",
    ],
    "it": [
        "La migliore app di lettura, sincronizzazione perfetta.",
        "Catalogo enorme e buoni narratori.",
    ],
    "es": [
        "La mejor app de lectura, la sincronización va perfecta.",
        "Catálogo enorme y buenos narradores.",
    ],
    "pt": ["A melhor app de leitura, sincroniza sempre.", "Catalogo enorme e bons narradores."],
    "en": [
        "Best reading app I've used, sync just works.",
        "Huge catalogue, good narrators, fair price.",
    ],
}

SURVEY_WORDS = {
    "de": ["", "", "Top", "super", "Alles gut", "Gerne wieder"],
    "fr": ["", "", "Top", "parfait", "RAS", "Très bien"],
    "it": ["", "", "Ottimo", "perfetto", "Tutto bene"],
    "es": ["", "", "Genial", "perfecto", "Todo bien"],
    "pt": ["", "", "Otimo", "perfeito", "Tudo bem"],
    "en": ["", "", "Great", "spot on", "All good"],
}

NIGHT = {
    "de": [
        "Kann nicht schlafen, also noch ein Kapitel {title} 📚",
        "3 Uhr nachts und ich hör immer noch. Schuld ist Librea 😅",
        "Nachtschicht vorbei, Hörbuch auf, Welt in Ordnung",
    ],
    "fr": [
        "Insomnie, du coup encore un chapitre de {title} 📚",
        "3h du mat et je suis toujours dans mon livre audio, merci Librea 😅",
        "fin de garde, un livre audio et au lit",
    ],
    "it": [
        "Non riesco a dormire, ancora un capitolo di {title} 📚",
        "Sono le 3 e sto ancora ascoltando, colpa di Librea 😅",
    ],
    "es": [
        "Insomnio, así que otro capítulo de {title} 📚",
        "Las 3 de la mañana y sigo escuchando, culpa de Librea 😅",
    ],
    "pt": [
        "Sem sono, mais um capitulo de {title} 📚",
        "3 da manha e ainda a ouvir, culpa da Librea 😅",
    ],
    "en": [
        "Can't sleep so one more chapter of {title} 📚",
        "3am and still listening. Blaming Librea 😅",
        "Night shift done, audiobook on, all good",
    ],
}

# Consumer problems: subject, short description, first contact (calm but clear), angry bad-day message.
PROBLEMS = {
    "trial_charge": {
        "de": {
            "subject": "Abbuchung nach Kündigung der Probezeit",
            "short": "die Abbuchung nach der gekündigten Probezeit",
            "first": "Hallo, ich habe mein Probeabo am 3. Tag gekündigt und die Bestätigung bekommen, trotzdem wurden heute 11,99 € abgebucht. Bitte um Erstattung.",
            "angry": "Ich habe die Probezeit GEKÜNDIGT und ihr bucht trotzdem 11,99 ab?! Das ist unverschämt, ich will mein Geld zurück",
        },
        "fr": {
            "subject": "Prélèvement après résiliation de l'essai",
            "short": "le prélèvement après la résiliation de l'essai",
            "first": "Bonjour, j'ai résilié mon essai gratuit au bout de 3 jours, j'ai le mail de confirmation, et on m'a quand même prélevé 11,99 €. Merci de me rembourser.",
            "angry": "J'ai RÉSILIÉ l'essai et vous me prélevez quand même 11,99 € ?? C'est du vol, remboursez moi",
        },
        "it": {
            "subject": "Addebito dopo disdetta della prova",
            "short": "l'addebito dopo la disdetta della prova",
            "first": "Buongiorno, ho disdetto la prova gratuita dopo 3 giorni, ho la mail di conferma, ma mi avete addebitato 11,99 €. Chiedo il rimborso.",
            "angry": "Ho DISDETTO la prova e mi addebitate lo stesso 11,99?! Vergognoso, rivoglio i miei soldi",
        },
        "es": {
            "subject": "Cobro tras cancelar la prueba",
            "short": "el cobro despues de cancelar la prueba",
            "first": "Hola, cancelé la prueba gratuita al tercer dia, tengo el correo de confirmación, y aun así me habeis cobrado 11,99 €. Quiero el reembolso.",
            "angry": "CANCELÉ la prueba y me cobrais 11,99 igual?? Es una vergüenza, devolvedme el dinero",
        },
        "pt": {
            "subject": "Cobranca depois de cancelar o teste",
            "short": "a cobranca depois de cancelar o periodo de teste",
            "first": "Ola, cancelei o periodo de teste ao 3o dia, tenho o email de confirmacao, e mesmo assim cobraram 11,99 €. Peço o reembolso.",
            "angry": "CANCELEI o teste e cobraram na mesma 11,99?! Isto é uma vergonha, quero o dinheiro de volta",
        },
        "en": {
            "subject": "Charged after cancelling trial",
            "short": "the charge after I cancelled the trial",
            "first": "Hi, I cancelled my free trial on day 3 and got the confirmation email, but I've still been charged £9.99 today. Please refund it.",
            "angry": "I CANCELLED the trial and you still took £9.99?! Absolute joke, I want my money back",
        },
    },
    "offline_vanish": {
        "de": {
            "subject": "Heruntergeladene Bücher offline weg",
            "short": "die verschwundenen Offline-Downloads",
            "first": "Guten Tag, ich hatte 5 Bücher für den Urlaub heruntergeladen, im Flugmodus zeigt die App jetzt gar nichts mehr an, alle Downloads weg.",
            "angry": "Sitze im Flieger, ALLE heruntergeladenen Bücher sind weg. Wofür gibt es bitte einen Offline-Modus?? Super ärgerlich",
        },
        "fr": {
            "subject": "Livres téléchargés disparus hors ligne",
            "short": "les téléchargements disparus hors ligne",
            "first": "Bonjour, j'avais téléchargé 5 livres pour les vacances et en mode avion l'appli n'affiche plus rien, tous les téléchargements ont disparu.",
            "angry": "Dans le train sans réseau et TOUS mes livres téléchargés ont disparu. A quoi sert le mode hors ligne franchement ?? Ras le bol",
        },
        "it": {
            "subject": "Libri scaricati spariti offline",
            "short": "i download spariti offline",
            "first": "Buongiorno, avevo scaricato 5 libri per le vacanze e offline l'app non mostra più niente, spariti tutti.",
            "angry": "In aereo e TUTTI i libri scaricati sono spariti. A cosa serve la modalità offline?? Che rabbia",
        },
        "es": {
            "subject": "Libros descargados desaparecen sin conexion",
            "short": "las descargas que desaparecen sin conexion",
            "first": "Hola, descargue 5 libros para el viaje y sin conexión la app no muestra nada, han desaparecido todas las descargas.",
            "angry": "En el avión y TODOS los libros descargados han desaparecido. Para que sirve el modo offline?? Que rabia",
        },
        "pt": {
            "subject": "Livros descarregados desaparecem offline",
            "short": "os downloads que desaparecem offline",
            "first": "Ola, descarreguei 5 livros para as ferias e offline a app nao mostra nada, desapareceram todos.",
            "angry": "No aviao e TODOS os livros descarregados desapareceram. Para que serve o modo offline?? Que raiva",
        },
        "en": {
            "subject": "Downloaded books gone offline",
            "short": "the downloads that vanish offline",
            "first": "Hi, I downloaded 5 books for my holiday and in airplane mode the app shows nothing, all the downloads are gone.",
            "angry": "On a plane and EVERY downloaded book has vanished. What is the point of offline mode?? Seriously annoyed",
        },
    },
    "position_lost": {
        "de": {
            "subject": "Hörposition zwischen Geräten verloren",
            "short": "die verlorene Hörposition",
            "first": "Hallo, mein Hörbuch springt auf dem Tablet immer wieder an den Anfang, obwohl ich am Handy bei Kapitel 14 war. Die Synchronisierung klappt nicht.",
            "angry": "Schon wieder fängt mein Hörbuch bei Kapitel 1 an. 11 Stunden Hörbuch, viel Spaß beim Suchen. Nervt gewaltig",
        },
        "fr": {
            "subject": "Position du livre audio perdue entre appareils",
            "short": "la position perdue du livre audio",
            "first": "Bonjour, mon livre audio revient au début sur la tablette alors que j'étais au chapitre 14 sur le téléphone. La synchro ne marche pas.",
            "angry": "Encore une fois mon livre audio repart du chapitre 1. 11h d'écoute, bonne chance pour retrouver où j'étais. C'est insupportable",
        },
        "it": {
            "subject": "Posizione audiolibro persa tra dispositivi",
            "short": "la posizione persa dell'audiolibro",
            "first": "Buongiorno, l'audiolibro sul tablet riparte dall'inizio anche se sul telefono ero al capitolo 14. La sincronizzazione non funziona.",
            "angry": "Di nuovo l'audiolibro riparte dal capitolo 1. 11 ore, buona fortuna a ritrovare il punto. Insopportabile",
        },
        "es": {
            "subject": "Se pierde la posición del audiolibro",
            "short": "la posición perdida del audiolibro",
            "first": "Hola, en la tablet el audiolibro vuelve al principio aunque en el movil iba por el capítulo 14. No sincroniza.",
            "angry": "OTRA VEZ el audiolibro empieza en el capítulo 1. 11 horas de audio, a buscar donde iba. Estoy harta",
        },
        "pt": {
            "subject": "Posicao do audiolivro perdida",
            "short": "a posicao perdida do audiolivro",
            "first": "Ola, no tablet o audiolivro volta ao inicio mas no telemovel ia no capitulo 14. Nao sincroniza.",
            "angry": "OUTRA VEZ o audiolivro volta ao capitulo 1. 11 horas de audio, boa sorte a encontrar onde ia. Farta",
        },
        "en": {
            "subject": "Audiobook position lost between devices",
            "short": "the lost audiobook position",
            "first": "Hi, my audiobook keeps jumping back to the start on my tablet even though I was on chapter 14 on my phone. Sync isn't working.",
            "angry": "AGAIN my audiobook starts from chapter 1. It's 11 hours long, good luck finding my place. Properly fed up",
        },
    },
    "gift_redeemed": {
        "de": {
            "subject": "Gutscheincode angeblich schon eingelöst",
            "short": "den angeblich schon eingelösten Gutschein",
            "first": "Hallo, ich habe einen Librea-Gutschein geschenkt bekommen, Code {code}, aber die App sagt „bereits eingelöst“. Ich habe ihn nie benutzt.",
            "angry": "Geschenkgutschein über 50 € und eure App sagt „bereits eingelöst“. NEIN, hab ich nicht! Peinlich gegenüber meiner Tante, danke Librea",
        },
        "fr": {
            "subject": "Code carte cadeau « déjà utilisé »",
            "short": "le code cadeau soi-disant déjà utilisé",
            "first": "Bonjour, on m'a offert une carte cadeau Librea, code {code}, mais l'appli dit « déjà utilisé ». Je ne l'ai jamais utilisé.",
            "angry": "Carte cadeau de 50 € et votre appli me dit DÉJÀ UTILISÉ. Non je ne l'ai pas utilisée ! Merci pour ce super cadeau...",
        },
        "it": {
            "subject": "Codice regalo già riscattato",
            "short": "il codice regalo risultato già usato",
            "first": "Buongiorno, mi hanno regalato una gift card Librea, codice {code}, ma l'app dice “già riscattato”. Non l'ho mai usato.",
            "angry": "Gift card da 50 € e l'app dice GIÀ RISCATTATO. Non l'ho mai usata! Bel regalo davvero",
        },
        "es": {
            "subject": "Tarjeta regalo ya canjeada",
            "short": "la tarjeta regalo que sale como ya canjeada",
            "first": "Hola, me regalaron una tarjeta Librea, código {code}, y la app dice que ya está canjeada. Nunca la he usado.",
            "angry": "Tarjeta regalo de 50 € y la app dice YA CANJEADA. Yo no la he usado!! Vaya regalo",
        },
        "pt": {
            "subject": "Cartao oferta ja resgatado",
            "short": "o cartao oferta que aparece como ja usado",
            "first": "Ola, ofereceram-me um cartao Librea, codigo {code}, e a app diz que ja foi resgatado. Nunca o usei.",
            "angry": "Cartao oferta de 50 € e a app diz JA RESGATADO. Eu nunca o usei!! Belo presente",
        },
        "en": {
            "subject": "Gift card code says already redeemed",
            "short": "the gift card that says already redeemed",
            "first": "Hi, I was given a Librea gift card, code {code}, but the app says it's already been redeemed. I've never used it.",
            "angry": "£40 gift card and the app says ALREADY REDEEMED. No it hasn't been! Brilliant present, thanks Librea",
        },
    },
    "family_locked": {
        "de": {
            "subject": "Familienmitglied ausgesperrt",
            "short": "das ausgesperrte Familienprofil",
            "first": "Hallo, meine Tochter kommt seit gestern nicht mehr in ihr Profil im Familienabo, „Profil nicht verfügbar“. Ich bin der Hauptaccount und zahle ganz normal.",
            "angry": "Ich zahle das Familienabo und meine Tochter ist AUSGESPERRT, mitten in ihrer Schullektüre. Ganz toll gemacht",
        },
        "fr": {
            "subject": "Membre de la famille bloqué",
            "short": "le profil famille bloqué",
            "first": "Bonjour, depuis hier mon fils ne peut plus accéder à son profil dans l'abonnement famille, « profil indisponible ». Je suis le compte principal et je paie normalement.",
            "angry": "Je paie l'abonnement famille et mon fils est BLOQUÉ la veille de son contrôle de lecture. Bravo vraiment",
        },
        "it": {
            "subject": "Membro della famiglia bloccato",
            "short": "il profilo famiglia bloccato",
            "first": "Buongiorno, da ieri mia figlia non riesce più ad entrare nel suo profilo del piano famiglia, “profilo non disponibile”.",
            "angry": "Pago il piano famiglia e mia figlia è BLOCCATA proprio adesso. Complimenti",
        },
        "es": {
            "subject": "Miembro del plan familiar bloqueado",
            "short": "el perfil familiar bloqueado",
            "first": "Hola, desde ayer mi hijo no puede entrar en su perfil del plan familiar, pone perfil no disponible.",
            "angry": "Pago el plan familiar y mi hijo está BLOQUEADO justo con la lectura del cole. Muy bien hecho",
        },
        "pt": {
            "subject": "Membro do plano familia bloqueado",
            "short": "o perfil familiar bloqueado",
            "first": "Ola, desde ontem a minha filha nao consegue entrar no perfil do plano familia, diz perfil indisponivel.",
            "angry": "Pago o plano familia e a minha filha está BLOQUEADA. Muito bem",
        },
        "en": {
            "subject": "Family plan member locked out",
            "short": "my daughter's locked family profile",
            "first": "Hi, since yesterday my daughter can't get into her profile on our family plan, it just says profile unavailable. I'm the main account and paying as normal.",
            "angry": "I pay for the family plan and my daughter is LOCKED OUT the night before her book report. Great job",
        },
    },
    "double_buy": {
        "de": {
            "subject": "Titel doppelt gekauft – Erstattung",
            "short": "die Erstattung für den doppelt gekauften Titel",
            "first": "Hallo, ich habe {title} versehentlich zweimal gekauft (Doppelklick im Shop), beide Male 14,99 € abgebucht. Bitte einmal erstatten.",
            "angry": "Zweimal {title} gekauft weil euer Shop hängt, zweimal 14,99 weg. Und jetzt gibt's keinen Erstatten-Button?! Frechheit",
        },
        "fr": {
            "subject": "Titre acheté deux fois – remboursement",
            "short": "le remboursement du titre acheté deux fois",
            "first": "Bonjour, j'ai acheté {title} deux fois par erreur (la boutique a buggé), 14,99 € débités deux fois. Merci de rembourser un achat.",
            "angry": "Acheté {title} DEUX FOIS parce que votre boutique rame, 30 € partis. Et aucun bouton pour se faire rembourser ?!",
        },
        "it": {
            "subject": "Titolo acquistato due volte – rimborso",
            "short": "il rimborso del titolo comprato due volte",
            "first": "Buongiorno, ho comprato {title} due volte per errore, addebitati 14,99 € due volte. Chiedo il rimborso di uno.",
            "angry": "Comprato {title} DUE VOLTE perché lo store si blocca, e nessun modo di avere un rimborso?!",
        },
        "es": {
            "subject": "Titulo comprado dos veces – reembolso",
            "short": "el reembolso del titulo comprado dos veces",
            "first": "Hola, compré {title} dos veces sin querer, me cobraron 14,99 € dos veces. Por favor devolved uno.",
            "angry": "Comprado {title} DOS VECES porque la tienda se cuelga y no hay forma de pedir reembolso?!",
        },
        "pt": {
            "subject": "Titulo comprado duas vezes – reembolso",
            "short": "o reembolso do titulo comprado duas vezes",
            "first": "Ola, comprei {title} duas vezes sem querer, cobraram 14,99 € duas vezes. Peço o reembolso de uma.",
            "angry": "Comprei {title} DUAS VEZES porque a loja bloqueia e nao ha forma de pedir reembolso?!",
        },
        "en": {
            "subject": "Bought a title twice – refund",
            "short": "the refund for the book I bought twice",
            "first": "Hi, I accidentally bought {title} twice (the store froze and I tapped again), charged £12.99 both times. Please refund one.",
            "angry": "Bought {title} TWICE because your store froze, and there's no refund button anywhere?! Ridiculous",
        },
    },
}

REPLY_PREFIX = {"de": "AW:", "fr": "RE :", "it": "R:", "es": "RE:", "pt": "RES:", "en": "RE:"}

FOLLOW2 = {
    "de": [
        "Nochmal wegen {ref}: {short} ist immer noch nicht gelöst. Können Sie bitte nachsehen?",
        "hallo, fall {ref} – hat sich nichts getan, {short} besteht weiterhin",
    ],
    "fr": [
        "Je reviens vers vous pour {ref} : {short}, toujours pas réglé. Vous pouvez regarder svp ?",
        "dossier {ref}, toujours rien, {short} n'est pas resolu",
    ],
    "it": ["Vi riscrivo per {ref}: {short}, ancora non risolto. Potete controllare?"],
    "es": ["Vuelvo a escribir por {ref}: {short} sigue sin resolverse. Podeis mirarlo?"],
    "pt": ["Volto a escrever sobre {ref}: {short} continua por resolver. Podem ver?"],
    "en": [
        "Following up on {ref}: {short} still isn't sorted. Can someone look please?",
        "ref {ref} - nothing has changed, still waiting on {short}",
    ],
}
FOLLOW3 = {
    "de": [
        "Das ist jetzt das dritte Mal wegen {ref}. {short} – IMMER NOCH nichts. Bei {comp} hätte ich das nicht. Ich überlege ernsthaft."
    ],
    "fr": [
        "Troisième fois que j'écris pour {ref}. {short}, TOUJOURS rien. Chez {comp} on ne m'aurait pas fait ça. J'y réfléchis sérieusement."
    ],
    "it": [
        "Terza volta che scrivo per {ref}. {short}, ANCORA niente. Con {comp} non succedeva. Ci sto pensando."
    ],
    "es": [
        "Tercera vez que escribo por {ref}. {short}, SIGUE sin arreglar. En {comp} esto no pasa. Me lo estoy pensando."
    ],
    "pt": [
        "Terceira vez que escrevo sobre {ref}. {short}, AINDA nada. Na {comp} isto nao acontece. Estou a pensar nisso."
    ],
    "en": [
        "Third time writing about {ref}. {short}, STILL nothing. {comp} never did this to me. Seriously thinking about it."
    ],
}
FOLLOW4 = {
    "de": [
        "Viertes Mal, {ref}. Niemand meldet sich. Ich will einfach nur, dass {short} erledigt wird!!"
    ],
    "fr": ["Quatrième fois, {ref}. Personne ne répond. Je veux juste qu'on règle {short} !!"],
    "it": ["Quarta volta, {ref}. Nessuno risponde. Voglio solo che sistemiate {short}!!"],
    "es": ["Cuarta vez, {ref}. Nadie contesta. Solo quiero que arregleis {short}!!"],
    "pt": ["Quarta vez, {ref}. Ninguem responde. So quero que resolvam {short}!!"],
    "en": ["Fourth time, {ref}. Nobody replies. I just want {short} dealt with!!"],
}

LONG_OPEN = {
    "de": "Sehr geehrte Damen und Herren,\n\nich bin seit fast drei Jahren Kundin bei Librea und habe Ihr Angebot bisher wirklich gern genutzt, vor allem die Hörbücher auf dem Weg zur Arbeit und die Krimireihen am Wochenende. Ich habe Librea auch schon mehreren Kolleginnen empfohlen.\n\n",
    "fr": "Bonjour,\n\nje suis abonné à Librea depuis bientôt trois ans et j'en suis plutôt content en général, surtout des livres audio dans les transports et du catalogue de romans policiers. Je vous ai même recommandés à plusieurs collègues.\n\n",
    "it": "Gentile servizio clienti,\n\nsono abbonata a Librea da quasi tre anni e finora mi sono trovata bene, soprattutto con gli audiolibri in macchina. Vi ho anche consigliato ad amici.\n\n",
    "es": "Buenos días,\n\nllevo casi tres años suscrito a Librea y en general estoy contento, sobre todo con los audiolibros en el metro. Incluso os he recomendado a varios compañeros.\n\n",
    "pt": "Bom dia,\n\nsou assinante da Librea ha quase tres anos e em geral estou satisfeita, sobretudo com os audiolivros no comboio. Ja vos recomendei a varias amigas.\n\n",
    "en": "Hello,\n\nI've been a Librea subscriber for nearly three years and on the whole I've been happy, especially with the audiobooks on my commute and the crime series at weekends. I've recommended you to friends more than once.\n\n",
}
LONG_CLOSE = {
    "de": "\n\nIch hoffe sehr, dass sich das schnell klären lässt. Ansonsten bin ich, wie gesagt, mit der App und der Auswahl zufrieden.\n\nMit freundlichen Grüßen",
    "fr": "\n\nJ'espère que cela pourra se régler rapidement. Pour le reste, comme je le disais, l'appli et le catalogue me conviennent.\n\nCordialement",
    "it": "\n\nSpero si possa risolvere in fretta. Per il resto l'app e il catalogo mi piacciono.\n\nCordiali saluti",
    "es": "\n\nEspero que se pueda solucionar pronto. Por lo demás la app y el catálogo me gustan.\n\nUn saludo",
    "pt": "\n\nEspero que se resolva depressa. De resto gosto da app e do catalogo.\n\nCumprimentos",
    "en": "\n\nI hope this can be sorted quickly. Otherwise, as I said, I'm happy with the app and the catalogue.\n\nKind regards",
}

APOLOGY = {
    "de": [
        "Sorry wegen meiner Nachricht gestern, war echt genervt. Ist inzwischen geklärt, alles gut 🙂",
        "Entschuldigung für den Ton gestern. Passiert halt, Librea bleibt trotzdem mein Lieblingsabo",
    ],
    "fr": [
        "Désolé pour mon message d'hier, j'étais à cran. C'est réglé, tout va bien 🙂",
        "Pardon pour le ton hier, ça arrive. Je reste fan de Librea",
    ],
    "it": ["Scusate per il messaggio di ieri, ero nervosa. Tutto risolto 🙂"],
    "es": ["Perdón por el mensaje de ayer, estaba de mal humor. Ya está resuelto, todo bien 🙂"],
    "pt": ["Desculpem a mensagem de ontem, estava irritada. Ja esta resolvido 🙂"],
    "en": [
        "Sorry about my message yesterday, was having a rough day. All sorted now 🙂",
        "Apologies for the rant yesterday. Still love Librea",
    ],
}
CSAT_LOW = {
    "de": ["Hat mir nicht geholfen", "", "schlecht"],
    "fr": ["Pas aidé du tout", "", "nul"],
    "it": ["Non mi ha aiutato", ""],
    "es": ["No me ayudó", ""],
    "pt": ["Nao ajudou", ""],
    "en": ["Didn't help", ""],
}
NPS_LOW = {
    "de": ["So nicht.", "Erst Geld zurück, dann reden wir", ""],
    "fr": ["Pas comme ça.", "Remboursez d'abord", ""],
    "it": ["Così no.", ""],
    "es": ["Así no.", ""],
    "pt": ["Assim nao.", ""],
    "en": ["Not like this.", ""],
}

AGENT_PASSED = {
    "de": "Hallo, danke für Ihre Nachricht. Wir haben Ihr Anliegen unter {ref} aufgenommen und an das zuständige Team weitergegeben. Wir melden uns. Ihr Librea-Kundenservice",
    "fr": "Bonjour, merci pour votre message. Votre demande est enregistrée sous {ref} et transmise à l'équipe concernée. Nous revenons vers vous. Le service client Librea",
    "it": "Buongiorno, grazie del messaggio. La richiesta è registrata come {ref} e passata al team competente. Vi ricontatteremo. Assistenza Librea",
    "es": "Hola, gracias por escribirnos. Hemos registrado tu caso como {ref} y lo hemos pasado al equipo responsable. Te escribimos pronto. Atención al cliente Librea",
    "pt": "Olá, obrigado pela mensagem. O seu pedido ficou registado como {ref} e foi passado à equipa responsável. Voltamos a contactar. Apoio Librea",
    "en": "Hi, thanks for getting in touch. We've logged this as {ref} and passed it to the right team. We'll be in touch. Librea Support",
}
AGENT_FIXED = {
    "de": "Hallo, gute Nachrichten zu {ref}: das ist behoben bzw. erstattet. Bitte App einmal neu starten. Entschuldigen Sie die Umstände! Ihr Librea-Kundenservice",
    "fr": "Bonjour, bonne nouvelle pour {ref} : c'est corrigé / remboursé. Redémarrez l'appli une fois. Toutes nos excuses ! Le service client Librea",
    "it": "Buongiorno, buone notizie per {ref}: è risolto / rimborsato. Riavviate l'app una volta. Ci scusiamo! Assistenza Librea",
    "es": "Hola, buenas noticias sobre {ref}: ya está solucionado / reembolsado. Reinicia la app una vez. ¡Perdona las molestias! Atención al cliente Librea",
    "pt": "Olá, boas notícias sobre {ref}: está resolvido / reembolsado. Reinicie a app uma vez. Pedimos desculpa! Apoio Librea",
    "en": "Hi, good news on {ref}: it's fixed / refunded. Please restart the app once. Sorry for the hassle! Librea Support",
}
ALL_SORTED = {
    "de": [
        "Hat funktioniert, alles wieder da. Danke!",
        "Erstattung ist angekommen, vielen Dank 👍",
    ],
    "fr": ["Ça marche, tout est revenu. Merci !", "Remboursement bien reçu, merci 👍"],
    "it": ["Funziona, tutto a posto. Grazie!"],
    "es": ["Funciona, todo arreglado. Gracias!"],
    "pt": ["Funciona, tudo resolvido. Obrigada!"],
    "en": ["That worked, all back. Thanks!", "Refund's come through, cheers 👍"],
}

# Six steps from happy to gone, one list per language (two wordings for the most common languages).
SLIDE = {
    "de": [
        [
            "Die App ist in letzter Zeit etwas langsam beim Öffnen, hoffe das wird wieder",
            "Neues Update, Bibliothek lädt ewig. Naja.",
        ],
        [
            "Ehrlich gesagt etwas enttäuscht, die neuen Hörbücher haben fast alle denselben Sprecher",
            "Schade, dass so viele Titel aus dem Abo in den Kaufshop gewandert sind",
        ],
        [
            "Langsam reicht es mir mit den ständigen Sync-Problemen",
            "Schon wieder Werbung für den Shop statt Bücher im Abo. Nervt.",
        ],
        [
            "Der Service ist echt schlechter geworden, auf meine Mail kam nie eine Antwort",
            "Früher war Librea mal gut. Jetzt nur noch Baustellen.",
        ],
        [
            "Ich bin echt sauer. Preis erhöht, Auswahl kleiner, App buggy. Was soll das??",
            "UNFASSBAR wie schlecht das alles geworden ist",
        ],
        [
            "Mir reicht's. Ich schau mir gerade {comp} an.",
            "Hab genug. {comp} hat die Titel, die ihr rausgeworfen habt.",
        ],
    ],
    "fr": [
        [
            "L'appli est un peu lente à s'ouvrir ces temps ci, j'espère que ça va s'arranger",
            "Nouvelle mise à jour, la bibliothèque met des plombes à charger. Bon.",
        ],
        [
            "Un peu déçue, les nouveaux livres audio ont presque tous le même narrateur",
            "Dommage que tant de titres soient passés de l'abonnement à la boutique",
        ],
        [
            "Je commence à en avoir marre des soucis de synchro",
            "Encore de la pub pour la boutique au lieu de livres dans l'abonnement. Pénible.",
        ],
        [
            "Le service s'est vraiment dégradé, jamais eu de réponse à mon mail",
            "Librea c'était bien avant. Maintenant c'est n'importe quoi.",
        ],
        [
            "Je suis furieuse. Prix en hausse, catalogue en baisse, appli buggée. C'est quoi ce délire ??",
            "INCROYABLE à quel point tout est devenu nul",
        ],
        [
            "J'en ai assez. Je regarde {comp} en ce moment.",
            "Ras le bol. {comp} a les titres que vous avez retirés.",
        ],
    ],
    "it": [
        ["L'app è un po' lenta ad aprirsi ultimamente, speriamo migliori"],
        ["Un po' delusa, i nuovi audiolibri hanno quasi tutti lo stesso narratore"],
        ["Comincio a essere stufa dei problemi di sincronizzazione"],
        ["Il servizio è peggiorato parecchio, nessuna risposta alla mia mail"],
        ["Sono furiosa. Prezzo aumentato, catalogo più piccolo, app piena di bug."],
        ["Basta. Sto guardando {comp}."],
    ],
    "es": [
        ["La app va un poco lenta al abrir últimamente, espero que mejore"],
        ["Algo decepcionado, los audiolibros nuevos tienen casi todos el mismo narrador"],
        ["Empiezo a estar harto de los fallos de sincronización"],
        ["El servicio ha empeorado mucho, nunca contestaron mi correo"],
        ["Estoy furioso. Suben el precio, baja el catálogo, la app llena de fallos."],
        ["Se acabó. Estoy mirando {comp}."],
    ],
    "pt": [
        ["A app anda um bocado lenta a abrir, espero que melhore"],
        ["Um pouco desiludida, os audiolivros novos tem quase todos o mesmo narrador"],
        ["Comeco a estar farta dos problemas de sincronizacao"],
        ["O servico piorou muito, nunca responderam ao meu email"],
        ["Estou furiosa. Preco sobe, catalogo desce, app cheia de erros."],
        ["Chega. Estou a ver a {comp}."],
    ],
    "en": [
        [
            "App's been a bit slow to open lately, hopefully just a blip",
            "New update, library takes ages to load. Hmm.",
        ],
        [
            "Bit disappointed, the new audiobooks nearly all have the same narrator",
            "Shame so many titles moved out of the subscription into the store",
        ],
        [
            "Getting fed up with the sync problems now",
            "More store adverts instead of books in the plan. Tedious.",
        ],
        [
            "Service has really gone downhill, never got a reply to my email",
            "Librea used to be good. Now it's one problem after another.",
        ],
        [
            "Honestly furious. Price up, catalogue down, app full of bugs. What is going on??",
            "UNBELIEVABLE how bad it's all got",
        ],
        ["I've had enough. Looking at {comp} now.", "Done. {comp} has the books you took away."],
    ],
}

CANCEL = {
    "de": [
        (
            "Kündigung Abo",
            "Hallo, bitte kündigen Sie mein Librea-Abo zum Monatsende und löschen Sie anschließend mein Konto. Ich möchte keine weiteren Abbuchungen. Danke",
        ),
        (
            "Kündigung und Kontolöschung",
            "Guten Tag, hiermit kündige ich mein Abonnement und bitte um Löschung meines Kontos. Bitte bestätigen.",
        ),
    ],
    "fr": [
        (
            "Résiliation abonnement",
            "Bonjour, merci de résilier mon abonnement Librea à la fin du mois et de supprimer mon compte ensuite. Je ne veux plus de prélèvement. Merci",
        ),
        (
            "Résiliation et suppression du compte",
            "Bonjour, je souhaite résilier mon abonnement et fermer mon compte. Merci de me confirmer.",
        ),
    ],
    "it": [
        (
            "Disdetta abbonamento",
            "Buongiorno, vi chiedo di disdire il mio abbonamento Librea a fine mese e chiudere il mio account. Grazie",
        )
    ],
    "es": [
        (
            "Baja de la suscripcion",
            "Hola, quiero darme de baja de Librea a final de mes y cerrar mi cuenta. No quiero más cargos. Gracias",
        )
    ],
    "pt": [
        (
            "Cancelar assinatura",
            "Ola, quero cancelar a minha assinatura Librea no fim do mes e fechar a conta. Obrigado",
        )
    ],
    "en": [
        (
            "Cancel subscription",
            "Hi, please cancel my Librea subscription at the end of the month and close my account. I don't want any further payments. Thanks",
        )
    ],
}
CANCEL_WEB = {
    "de": "Grund: zu teuer / nutze es nicht mehr",
    "fr": "Raison : trop cher / je ne l'utilise plus",
    "it": "Motivo: troppo caro",
    "es": "Motivo: demasiado caro",
    "pt": "Motivo: demasiado caro",
    "en": "Reason: too expensive / not using it",
}

GRUMBLES = {
    "de": [
        "Der Sprecher bei {title} nuschelt total, kaum auszuhalten",
        "Warum ist die Suche so schlecht? Tippfehler = null Treffer",
        "Schon wieder 1 € teurer. Naja.",
        "Die Kapitelmarken in Hörbüchern sind oft falsch gesetzt",
        "Die Tablet-App stürzt beim Drehen ab, wie seit Monaten",
    ],
    "fr": [
        "Le narrateur de {title} marmonne, c'est pénible",
        "Pourquoi la recherche est aussi nulle ? Une faute de frappe = zéro résultat",
        "Encore 1 € de plus. Bon.",
        "Les chapitres des livres audio sont souvent mal découpés",
        "L'appli tablette plante quand on la tourne, depuis des mois",
    ],
    "it": [
        "Il narratore di {title} biascica, insopportabile",
        "La ricerca è pessima, un errore di battitura e zero risultati",
        "Di nuovo 1 € in più. Vabbè.",
    ],
    "es": [
        "El narrador de {title} se come las palabras, insoportable",
        "La búsqueda es malisima, una errata y cero resultados",
        "Otra vez 1 € más caro. En fin.",
    ],
    "pt": [
        "O narrador de {title} engole as palavras, insuportavel",
        "A pesquisa e pessima, um erro e zero resultados",
        "Mais 1 € outra vez. Enfim.",
    ],
    "en": [
        "The narrator on {title} mumbles, can't stand it",
        "Why is search so bad? One typo and zero results",
        "Another £1 price rise. Great.",
        "Chapter markers in audiobooks are all over the place",
    ],
}
SARCASM = {
    "de": [
        "Toll, das Update hat meine Schriftgröße zurückgesetzt. Genau das wollte ich heute 🙃",
        "Danke Librea, dass ich das Ende von {title} jetzt zweimal hören durfte 🙃",
    ],
    "fr": [
        "Génial, la mise à jour a remis ma taille de police par défaut. Exactement ce que je voulais 🙃",
        "Merci Librea de m'avoir fait écouter la fin de {title} deux fois 🙃",
    ],
    "it": [
        "Fantastico, l'aggiornamento ha resettato la dimensione del testo. Proprio quello che volevo 🙃"
    ],
    "es": ["Genial, la actualización me ha cambiado el tamaño de letra. Justo lo que quería 🙃"],
    "pt": ["Otimo, a atualizacao mudou o tamanho da letra. Era mesmo o que eu queria 🙃"],
    "en": [
        "Great, the update reset my font size. Just what I wanted today 🙃",
        "Thanks Librea for making me hear the ending of {title} twice 🙃",
    ],
}

# Librea Campus (business): per problem a subject, a first e-mail and a second contact's e-mail.
B2B_PROBLEMS = {
    "seats": {
        "de": {
            "subject": "Lizenzen ausgeschiedener Mitarbeiter nicht freigegeben",
            "first": "Guten Tag, wir haben in der Admin-Konsole 6 ausgeschiedene Kolleginnen deaktiviert, die Lizenzen werden aber nicht freigegeben und auf der Rechnung weiter berechnet.",
            "second": "Hallo, auch bei uns im Team: Lizenzen von Leuten, die gegangen sind, hängen fest. Wir können keine neuen Kollegen anlegen.",
        },
        "fr": {
            "subject": "Licences des départs non libérées",
            "first": "Bonjour, nous avons désactivé 6 personnes parties dans la console d'administration, mais les licences ne se libèrent pas et restent facturées.",
            "second": "Bonjour, même souci de notre côté : les licences des collègues partis sont bloquées, impossible d'ajouter les nouveaux.",
        },
        "it": {
            "subject": "Licenze dei dipendenti usciti non liberate",
            "first": "Buongiorno, abbiamo disattivato 6 persone uscite nella console, ma le licenze non si liberano e restano in fattura.",
            "second": "Buongiorno, stesso problema: le licenze di chi è andato via restano bloccate.",
        },
        "es": {
            "subject": "Licencias de bajas no liberadas",
            "first": "Hola, hemos desactivado a 6 personas que se fueron en la consola, pero las licencias no se liberan y siguen en la factura.",
            "second": "Hola, lo mismo aquí: las licencias de quien se fue siguen ocupadas.",
        },
        "pt": {
            "subject": "Licencas de saidas nao libertadas",
            "first": "Ola, desativamos 6 pessoas que sairam na consola, mas as licencas nao sao libertadas e continuam na fatura.",
            "second": "Ola, o mesmo aqui: as licencas de quem saiu continuam ocupadas.",
        },
        "en": {
            "subject": "Seats not released for leavers",
            "first": "Hello, we deactivated 6 leavers in the admin console but their seats aren't released and are still on the invoice.",
            "second": "Hi, same here: seats of staff who've left are stuck, we can't add the new starters.",
        },
    },
    "vat": {
        "de": {
            "subject": "Rechnung mit falscher USt-IdNr.",
            "first": "Guten Tag, auf unserer Monatsrechnung steht eine falsche USt-IdNr., unsere Buchhaltung kann sie so nicht verbuchen. Bitte korrigierte Rechnung senden.",
            "second": "Hallo, die Rechnung hat immer noch die falsche USt-IdNr., die Buchhaltung blockiert die Zahlung.",
        },
        "fr": {
            "subject": "Facture avec mauvais numéro de TVA",
            "first": "Bonjour, notre facture mensuelle porte un mauvais numéro de TVA intracommunautaire, la compta ne peut pas la passer. Merci d'envoyer une facture corrigée.",
            "second": "Bonjour, la facture a toujours le mauvais numéro de TVA, notre comptabilité bloque le paiement.",
        },
        "it": {
            "subject": "Fattura con partita IVA errata",
            "first": "Buongiorno, la fattura mensile riporta una partita IVA sbagliata, l'amministrazione non può registrarla.",
            "second": "Buongiorno, la fattura ha ancora la partita IVA sbagliata, il pagamento è bloccato.",
        },
        "es": {
            "subject": "Factura con NIF-IVA incorrecto",
            "first": "Hola, la factura mensual lleva un número de IVA incorrecto y contabilidad no la puede registrar.",
            "second": "Hola, la factura sigue con el número de IVA mal, contabilidad bloquea el pago.",
        },
        "pt": {
            "subject": "Fatura com NIF errado",
            "first": "Ola, a fatura mensal tem o numero de IVA errado e a contabilidade nao a aceita.",
            "second": "Ola, a fatura continua com o numero de IVA errado, o pagamento está bloqueado.",
        },
        "en": {
            "subject": "Invoice with wrong VAT number",
            "first": "Hello, our monthly invoice shows the wrong VAT number and finance can't process it. Please send a corrected invoice.",
            "second": "Hi, the invoice still has the wrong VAT number, finance won't pay it like this.",
        },
    },
    "sso": {
        "de": {
            "subject": "SSO-Anmeldung in Endlosschleife",
            "first": "Hallo, seit heute früh landen unsere Mitarbeitenden beim Login über SSO in einer Schleife: Microsoft-Anmeldung, zurück zu Librea, wieder Microsoft-Anmeldung.",
            "second": "Guten Tag, bei uns kommt auch niemand per Single Sign-on rein, die Seite lädt immer wieder neu.",
        },
        "fr": {
            "subject": "Boucle de connexion SSO",
            "first": "Bonjour, depuis ce matin nos élèves tournent en boucle à la connexion SSO : page Microsoft, retour Librea, page Microsoft...",
            "second": "Bonjour, chez nous non plus personne n'arrive à se connecter par SSO, la page se recharge sans fin.",
        },
        "it": {
            "subject": "Loop di accesso SSO",
            "first": "Buongiorno, da stamattina il login SSO va in loop: pagina Microsoft, Librea, di nuovo Microsoft.",
            "second": "Buongiorno, anche da noi nessuno entra con il single sign-on.",
        },
        "es": {
            "subject": "Bucle en el inicio de sesion SSO",
            "first": "Hola, desde esta mañana el acceso por SSO entra en bucle: Microsoft, Librea, otra vez Microsoft.",
            "second": "Hola, aquí tampoco entra nadie por SSO, la página se recarga sin parar.",
        },
        "pt": {
            "subject": "Loop no login SSO",
            "first": "Ola, desde esta manha o login SSO entra em loop: Microsoft, Librea, Microsoft outra vez.",
            "second": "Ola, aqui tambem ninguem entra por SSO.",
        },
        "en": {
            "subject": "SSO login loop",
            "first": "Hello, since this morning staff logging in via SSO get stuck in a loop: Microsoft sign-in, back to Librea, Microsoft sign-in again.",
            "second": "Hi, nobody here can get in through single sign-on either, the page just keeps reloading.",
        },
    },
    "export": {
        "de": {
            "subject": "Export in der Admin-Konsole leer",
            "first": "Hallo, der Nutzungsexport in der Admin-Konsole liefert nur eine leere CSV-Datei, nur die Kopfzeile. Wir brauchen ihn für den Quartalsbericht.",
            "second": "Guten Tag, bei mir ist der Export ebenfalls leer, egal welcher Zeitraum.",
        },
        "fr": {
            "subject": "Export de la console vide",
            "first": "Bonjour, l'export d'utilisation de la console d'admin ne sort qu'un CSV vide, juste l'en-tête. On en a besoin pour le bilan trimestriel.",
            "second": "Bonjour, mon export est vide aussi, quelle que soit la période.",
        },
        "it": {
            "subject": "Export della console vuoto",
            "first": "Buongiorno, l'export di utilizzo nella console dà un CSV vuoto, solo l'intestazione.",
            "second": "Buongiorno, anche il mio export è vuoto.",
        },
        "es": {
            "subject": "Exportacion de la consola vacia",
            "first": "Hola, la exportación de uso de la consola da un CSV vacío, solo la cabecera.",
            "second": "Hola, mi exportación también sale vacía.",
        },
        "pt": {
            "subject": "Exportacao da consola vazia",
            "first": "Ola, a exportacao de utilizacao da consola da um CSV vazio, so o cabecalho.",
            "second": "Ola, a minha exportacao tambem sai vazia.",
        },
        "en": {
            "subject": "Admin console export empty",
            "first": "Hello, the usage export in the admin console gives an empty CSV, just the header row. We need it for the quarterly report.",
            "second": "Hi, my export is empty too, whatever date range I pick.",
        },
    },
}
B2B_THIRD = {
    "de": "Ich schreibe jetzt zum zweiten Mal zu {ref}, meine Kollegen haben es auch schon gemeldet, und es ist NICHTS passiert. Wir holen inzwischen Angebote von {comp} ein.",
    "fr": "Je vous écris pour la deuxième fois au sujet de {ref}, mes collègues l'ont signalé aussi, et RIEN n'a bougé. Nous demandons des devis à {comp}.",
    "it": "Vi scrivo per la seconda volta per {ref}, anche i colleghi l'hanno segnalato, e non è cambiato NIENTE. Stiamo chiedendo preventivi a {comp}.",
    "es": "Os escribo por segunda vez por {ref}, mis compañeros también lo han avisado, y NO ha cambiado nada. Estamos pidiendo presupuesto a {comp}.",
    "pt": "Escrevo pela segunda vez sobre {ref}, os colegas tambem ja avisaram, e NADA mudou. Estamos a pedir propostas a {comp}.",
    "en": "Writing for the second time about {ref}, my colleagues have reported it too, and NOTHING has changed. We're getting quotes from {comp}.",
}
B2B_ACK = {
    "de": "Guten Tag, danke für Ihre Meldung. Wir haben das unter {ref} aufgenommen und an unser Campus-Technikteam gegeben. Librea Campus",
    "fr": "Bonjour, merci pour votre signalement, enregistré sous {ref} et transmis à l'équipe technique Campus. Librea Campus",
    "it": "Buongiorno, grazie della segnalazione, registrata come {ref} e passata al team tecnico. Librea Campus",
    "es": "Hola, gracias por el aviso, registrado como {ref} y pasado al equipo técnico. Librea Campus",
    "pt": "Olá, obrigado pelo aviso, registado como {ref} e passado à equipa técnica. Librea Campus",
    "en": "Hello, thanks for letting us know, logged as {ref} and passed to the Campus tech team. Librea Campus",
}
B2B_ROUTINE = {
    "de": [
        (
            "Wie füge ich neue Lehrkräfte in der Konsole hinzu?",
            "Unter Konsole > Nutzer > Einladen, per CSV auch mehrere auf einmal. Viele Grüße, Librea Campus",
        ),
        (
            "Können wir die Rechnung auch quartalsweise bekommen?",
            "Ja, ab 50 Lizenzen ist Quartalsrechnung möglich; wir stellen das gern um.",
        ),
    ],
    "fr": [
        (
            "Comment ajouter de nouveaux enseignants dans la console ?",
            "Console > Utilisateurs > Inviter, ou par CSV pour plusieurs. Cordialement, Librea Campus",
        ),
        (
            "Peut-on recevoir la facture par trimestre ?",
            "Oui, à partir de 50 licences c'est possible, nous pouvons le changer.",
        ),
    ],
    "it": [
        (
            "Come aggiungo nuovi docenti nella console?",
            "Console > Utenti > Invita, anche con un CSV. Saluti, Librea Campus",
        )
    ],
    "es": [
        (
            "Cómo añado profesores nuevos en la consola?",
            "Consola > Usuarios > Invitar, o con un CSV. Saludos, Librea Campus",
        )
    ],
    "pt": [
        (
            "Como adiciono novos professores na consola?",
            "Consola > Utilizadores > Convidar, ou com um CSV. Cumprimentos, Librea Campus",
        )
    ],
    "en": [
        (
            "How do I add new staff in the console?",
            "Console > Users > Invite, or upload a CSV for several at once. Best, Librea Campus",
        ),
        (
            "Can we get the invoice quarterly?",
            "Yes, from 50 seats quarterly invoicing is possible, happy to switch it.",
        ),
    ],
}
B2B_THANKS = {
    "de": "Danke, erledigt.",
    "fr": "Merci, c'est fait.",
    "it": "Grazie, fatto.",
    "es": "Gracias, hecho.",
    "pt": "Obrigado, feito.",
    "en": "Thanks, done.",
}
B2B_PRAISE = {
    "de": [
        "Unsere Schüler nutzen Librea Campus super gern, die Lesezeit ist deutlich gestiegen.",
        "Onboarding per SSO lief reibungslos, danke an das Campus-Team.",
    ],
    "fr": [
        "Nos élèves adorent Librea Campus, le temps de lecture a vraiment augmenté.",
        "Déploiement SSO sans souci, merci à l'équipe Campus.",
    ],
    "it": ["I nostri studenti usano volentieri Librea Campus."],
    "es": ["A nuestros alumnos les encanta Librea Campus."],
    "pt": ["Os nossos alunos gostam muito da Librea Campus."],
    "en": [
        "Staff love Librea Campus, great for the commute learning budget.",
        "SSO rollout went smoothly, thanks to the Campus team.",
    ],
}
B2B_MILD = {
    "de": [
        "Kleinigkeit: auf der Rechnungs-PDF wird unser Firmenname abgeschnitten.",
        "Könnten Sie künftig unsere Bestellnummer auf die Rechnung setzen? Fehlt leider.",
    ],
    "fr": [
        "Petit détail : le nom de notre établissement est coupé sur la facture PDF.",
        "Pourriez-vous ajouter notre numéro de bon de commande sur la facture ? Il manque.",
    ],
    "it": [
        "Piccola cosa: nel PDF della fattura il nome dell'azienda è tagliato.",
        "Potreste aggiungere il nostro numero d'ordine in fattura?",
    ],
    "es": [
        "Un detalle: en el PDF de la factura el nombre de la empresa sale cortado.",
        "Podeis poner nuestro número de pedido en la factura?",
    ],
    "pt": [
        "Pormenor: no PDF da fatura o nome da empresa aparece cortado.",
        "Podem colocar o nosso numero de encomenda na fatura?",
    ],
    "en": [
        "Small thing: our company name is cut off on the invoice PDF.",
        "Could you add our PO number to the invoice? It's missing.",
    ],
}
B2B_MILD_SUBJECT = {
    "de": "Rechnung",
    "fr": "Facture",
    "it": "Fattura",
    "es": "Factura",
    "pt": "Fatura",
    "en": "Invoice",
}
B2B_NPS_LOW = {
    "de": "Erst das Problem lösen.",
    "fr": "Réglez d'abord le problème.",
    "it": "Prima risolvete.",
    "es": "Primero arreglad el problema.",
    "pt": "Primeiro resolvam.",
    "en": "Fix the problem first.",
}
COMPANIES = {
    "de": [
        "Gymnasium Am Stadtpark",
        "Brenner Logistik GmbH",
        "Realschule Neuenfeld",
        "Kessler & Partner",
        "Hanse Versicherungen",
        "Gesamtschule Rheinblick",
        "Vogt Maschinenbau",
    ],
    "fr": [
        "Lycée Jean-Moulin",
        "Collège des Tilleuls",
        "Groupe Delmas",
        "Atelier Berthier SA",
        "Lycée Saint-Exupéry",
        "Cabinet Marchand",
    ],
    "it": ["Liceo Galilei", "Ferretti Costruzioni", "Istituto Manzoni", "Studio Rinaldi"],
    "es": ["Colegio Santa Ana", "Grupo Alcor", "IES Miguel Hernández"],
    "pt": ["Escola Secundaria de Almada", "Grupo Tavares", "Colegio Moderno", "Lusofarma SA"],
    "en": ["Hillcrest Academy", "Pembroke Consulting", "St Aidan's School"],
}
ROLES = {
    "de": ["Schulleitung", "IT-Admin", "Buchhaltung", "Personal"],
    "fr": ["Direction", "Admin IT", "Comptabilité", "RH"],
    "it": ["Direzione", "IT", "Amministrazione"],
    "es": ["Dirección", "IT", "Contabilidad"],
    "pt": ["Direcao", "IT", "Contabilidade"],
    "en": ["Head", "IT admin", "Finance", "HR"],
}

# The planted spike: audiobook playback fails with PB-403 after app update 7.4.
SPIKE = {
    "de": [
        "Nach dem Update auf 7.4 spielt KEIN Hörbuch mehr ab, nur „Wiedergabefehler PB-403“. Jemand anders auch?",
        "hörbuch startet nicht, fehler PB-403, app neu installiert, nix",
        "@Librea Wiedergabefehler PB-403 bei jedem Hörbuch seit dem Update heute Abend",
    ],
    "fr": [
        "Depuis la mise à jour 7.4 AUCUN livre audio ne se lance, « Erreur de lecture PB-403 ». D'autres ont ça ?",
        "livre audio bloqué erreur PB-403, appli réinstallée, rien a faire",
        "@Librea erreur PB-403 sur tous les livres audio depuis la maj de ce soir",
    ],
    "it": [
        "Dopo l'aggiornamento 7.4 nessun audiolibro parte, “Errore di riproduzione PB-403”",
        "@Librea errore PB-403 su ogni audiolibro da stasera",
    ],
    "es": [
        "Desde la actualización 7.4 no se reproduce NINGÚN audiolibro, sale error PB-403",
        "@Librea error de reproduccion PB-403 en todos los audiolibros desde esta noche",
    ],
    "pt": [
        "Depois da atualizacao 7.4 nenhum audiolivro toca, erro PB-403",
        "@Librea erro de reproducao PB-403 em todos os audiolivros desde hoje a noite",
    ],
    "en": [
        "Since the 7.4 update NO audiobook will play, just 'Playback error PB-403'. Anyone else?",
        "@Librea playback error PB-403 on every audiobook since tonight's update",
    ],
}
SPIKE_SUBJECT = {
    "de": "Fehler PB-403",
    "fr": "Erreur PB-403",
    "it": "Errore PB-403",
    "es": "Error PB-403",
    "pt": "Erro PB-403",
    "en": "Playback error PB-403",
}
SPIKE_AGAIN = {
    "de": [
        "Immer noch PB-403, auch nach Neustart. Kommt da noch was?",
        "PB-403 IMMER NOCH. Mein Einschlafhörbuch fällt heute wohl aus",
    ],
    "fr": [
        "Toujours PB-403 même après redémarrage. Une réponse ?",
        "TOUJOURS PB-403. Pas de livre audio ce soir du coup",
    ],
    "it": ["Ancora PB-403 anche dopo il riavvio."],
    "es": ["Sigue el PB-403 despues de reiniciar."],
    "pt": ["Continua o PB-403 depois de reiniciar."],
    "en": ["Still PB-403 after a restart. Any update?"],
}
SPIKE_FIXED = {
    "de": "Hallo, der Fehler PB-403 nach Update 7.4 ist behoben (Version 7.4.1). Als Entschuldigung haben wir Ihnen einen Monat gutgeschrieben. Ihr Librea-Team",
    "fr": "Bonjour, l'erreur PB-403 après la mise à jour 7.4 est corrigée (version 7.4.1). Pour nous excuser, un mois vous est offert. L'équipe Librea",
    "it": "Buongiorno, l'errore PB-403 è risolto (versione 7.4.1). Vi abbiamo accreditato un mese. Il team Librea",
    "es": "Hola, el error PB-403 está solucionado (versión 7.4.1). Te hemos regalado un mes. Equipo Librea",
    "pt": "Olá, o erro PB-403 está resolvido (versão 7.4.1). Oferecemos-lhe um mês. Equipa Librea",
    "en": "Hi, the PB-403 error after update 7.4 is fixed (version 7.4.1). We've added a free month to say sorry. Librea Support",
}
# Two lone playback complaints in the calm days before the update (no error code yet).
SPIKE_LONE = {
    "de": "Hörbuch bricht nach ein paar Sekunden ab, nur bei einem Titel. Bug?",
    "fr": "Mon livre audio s'arrête au bout de quelques secondes, juste sur un titre. Un bug ?",
}
TOWNS = {
    "de": ["Köln", "Leipzig", "Bremen", "Mainz", "Augsburg", "Kiel", "Bonn", "Erfurt"],
    "fr": ["Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Metz", "Tours"],
    "it": ["Bologna", "Torino", "Bari", "Verona"],
    "es": ["Sevilla", "Bilbao", "Zaragoza", "Málaga"],
    "pt": ["Porto", "Braga", "Coimbra", "Aveiro", "Faro"],
    "en": ["Leeds", "Bristol", "York", "Cardiff"],
}
