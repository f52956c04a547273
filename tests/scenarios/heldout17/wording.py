# ruff: noqa: E501
"""What Kinetra's members and corporate clients write (heldout17), written by hand.

Kinetra is a chain of fitness clubs with an app: memberships paid by monthly direct
debit, class bookings, personal training (PT), a partner-gym travel pass, and Kinetra
Corporate for companies (employee memberships, monthly invoices, an HR portal).
Competitors (invented): Ondra Fitness and Basalto Gym.

Spanish and English first, then Portuguese, French, Italian and German. Placeholders:
{ref} a support case, {club} a club, {name} a first name, {amount} a fee, {comp} a
competitor, {issue} a problem in a few words, {company} a company, {n} a number.
"""

from __future__ import annotations

LANGS = ("es", "en", "pt", "fr", "it", "de")
COUNTRY = {"es": "ES", "en": "GB", "pt": "PT", "fr": "FR", "it": "IT", "de": "DE"}
PHONE_PREFIX = {"es": "+34", "en": "+44", "pt": "+351", "fr": "+33", "it": "+39", "de": "+49"}
FEE = {
    "es": "39,90 €",
    "en": "£34.99",
    "pt": "34,90 €",
    "fr": "42,90 €",
    "it": "44,90 €",
    "de": "39,90 €",
}
COMPETITORS = ("Ondra Fitness", "Basalto Gym")

CLUBS = {
    "es": [
        "Madrid Chamberi",
        "Madrid Las Tablas",
        "Barcelona Poblenou",
        "Valencia Ruzafa",
        "Sevilla Nervion",
        "Malaga Centro",
        "Bilbao Abando",
    ],
    "en": [
        "London Shoreditch",
        "London Clapham",
        "Manchester Ancoats",
        "Leeds Wellington St",
        "Bristol Harbourside",
        "Glasgow Merchant City",
    ],
    "pt": ["Lisboa Saldanha", "Lisboa Parque das Nacoes", "Porto Boavista", "Braga Centro"],
    "fr": [
        "Paris Bastille",
        "Paris Batignolles",
        "Lyon Part-Dieu",
        "Bordeaux Chartrons",
        "Lille Europe",
    ],
    "it": ["Milano Isola", "Milano Navigli", "Roma Prati", "Torino Crocetta", "Bologna Fiera"],
    "de": [
        "Berlin Mitte",
        "Berlin Friedrichshain",
        "München Schwabing",
        "Hamburg Altona",
        "Köln Ehrenfeld",
    ],
}

FIRST_NAMES = {
    "es": [
        "Lucia",
        "Javier",
        "Marta",
        "Sergio",
        "Carmen",
        "Alvaro",
        "Paula",
        "Diego",
        "Irene",
        "Raul",
        "Nuria",
        "Pablo",
        "Elena",
        "Ruben",
        "Laura",
        "Adrian",
        "Cristina",
        "Ivan",
        "Beatriz",
        "Hugo",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Sophie",
        "Jack",
        "Chloe",
        "Harry",
        "Megan",
        "Tom",
        "Hannah",
        "Callum",
        "Grace",
        "Liam",
        "Amy",
        "Ryan",
        "Zoe",
        "Dan",
        "Priya",
        "Sam",
        "Ellie",
        "Josh",
    ],
    "pt": [
        "Ines",
        "Joao",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Andre",
        "Rita",
        "Pedro",
    ],
    "fr": [
        "Camille",
        "Lucas",
        "Manon",
        "Hugo",
        "Chloe",
        "Theo",
        "Sarah",
        "Antoine",
        "Julie",
        "Maxime",
        "Lea",
        "Nicolas",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Andrea",
        "Elisa",
        "Davide",
        "Martina",
        "Simone",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Lena",
        "Felix",
        "Laura",
        "Tobias",
        "Julia",
        "Lukas",
        "Katrin",
        "Max",
        "Sabine",
        "Jan",
    ],
}
SURNAMES = {
    "es": [
        "garcia",
        "lopez",
        "martin",
        "sanchez",
        "romero",
        "navarro",
        "torres",
        "ruiz",
        "vidal",
        "moreno",
        "ortega",
        "serrano",
    ],
    "en": [
        "smith",
        "jones",
        "taylor",
        "brown",
        "wilson",
        "evans",
        "walker",
        "patel",
        "hughes",
        "clarke",
        "wright",
        "khan",
    ],
    "pt": ["silva", "santos", "ferreira", "pereira", "costa", "oliveira", "rodrigues", "almeida"],
    "fr": ["martin", "bernard", "dubois", "moreau", "laurent", "girard", "roux", "fournier"],
    "it": ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci"],
    "de": ["mueller", "schmidt", "schneider", "fischer", "weber", "wagner", "becker", "hoffmann"],
}
MAIL_DOMAINS = {
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
    "it": ["gmail.com", "libero.it", "alice.it"],
    "de": ["gmail.com", "web.de", "gmx.de", "t-online.de"],
}

# ---------------------------------------------------------------- happy acts

PRAISE = {
    "es": [
        "Clase de body pump en {club} brutal hoy, la monitora es un 10 💪",
        "llevo 3 meses en Kinetra y por fin noto resultados, muy contenta con el gym",
        "Que gusto entrenar a las 7 de la mañana en {club}, vacio y limpisimo",
        "Mi entrenador personal en {club} es un crack, me ha cambiado la rutina entera y ni una lesion",
        "Reservar clases con la app de Kinetra es facilisimo, ojala todo funcionara asi",
        "Use el pase viajero en Sevilla este finde y perfecto, entre sin problema en el gimnasio asociado",
        "Gracias al equipo de {club} por el trato, siempre con una sonrisa",
    ],
    "en": [
        "Cracking HIIT class at Kinetra {club} tonight, absolutely wrecked but buzzing",
        "6 months with Kinetra and honestly best gym I've been a member of. Clean, friendly, never rammed",
        "Shout out to my PT at {club}, finally deadlifting without my back moaning at me",
        "The Kinetra app is so easy for booking classes, took me 20 seconds",
        "Used the travel pass in Edinburgh on my work trip, walked straight in. Love it",
        "New rowers at {club} are lovely 👌",
        "Kinetra staff at {club} always say hi by name, small thing but it matters",
    ],
    "pt": [
        "Aula de cycling no Kinetra {club} hoje foi top, o professor e fantastico",
        "adoro o ginasio, sempre limpo e o pessoal super simpatico",
        "O meu PT no {club} e excelente, ja perdi 4 kg 🙌",
        "A app da Kinetra para marcar aulas funciona lindamente",
        "Usei o passe de viagem em Madrid e correu tudo bem, obg Kinetra",
    ],
    "fr": [
        "Super cours de pilates chez Kinetra {club} ce matin, la coach est adorable",
        "Franchement la salle Kinetra {club} est nickel, jamais bondee le midi",
        "Mon coach perso à {club} est top, programme adapté à mon genou 👍",
        "L'appli Kinetra pour réserver les cours est vraiment pratique",
        "Pass voyage utilisé à Lisbonne, aucun souci pour entrer dans la salle partenaire. Merci !",
    ],
    "it": [
        "Lezione di spinning al Kinetra {club} stasera fantastica, istruttore carichissimo",
        "Palestra sempre pulita e personale gentilissimo, Kinetra {club} promossa",
        "Il mio personal trainer a {club} è bravissimo, finalmente vedo risultati",
        "App Kinetra comodissima per prenotare i corsi",
        "Usato il pass viaggio a Berlino, tutto liscio. Bravi!",
    ],
    "de": [
        "Super Yogakurs heute bei Kinetra {club}, Trainerin echt klasse",
        "Studio {club} immer sauber und nie überfüllt, bin sehr zufrieden",
        "Mein Personal Trainer bei Kinetra {club} ist top, Rücken macht endlich keine Probleme mehr",
        "Kurse buchen in der Kinetra App geht super schnell",
        "Reisepass in Wien benutzt, Partnerstudio hat alles problemlos gemacht 👍",
    ],
}

# (question, agent answer)
QUESTIONS = {
    "es": [
        (
            "hola! puedo llevar a un amigo a probar una clase?",
            "Hola {name}! Si, cada mes tienes 2 pases de invitado, los generas en la app en Perfil > Invitados. Un saludo!",
        ),
        (
            "Buenas, a que hora cierra {club} el sabado?",
            "Hola {name}, los sabados {club} abre de 8:00 a 21:00. Buen entreno!",
        ),
        (
            "Se puede congelar la cuota si me voy un mes fuera?",
            "Hola {name}, claro, puedes congelar de 1 a 3 meses desde la app (Membresia > Congelar), con 5 dias de antelacion.",
        ),
        (
            "el pase viajero vale para Portugal tambien?",
            "Hola {name}! Si, el pase viajero incluye todos nuestros clubes y los gimnasios asociados en los 6 paises.",
        ),
        (
            "como cambio la cuenta bancaria de la domiciliacion?",
            "Hola {name}, desde la app en Membresia > Pago puedes poner el nuevo IBAN, se aplica desde el proximo recibo.",
        ),
    ],
    "en": [
        (
            "hi, can I bring a friend for a free session?",
            "Hi {name}! Yes, you get 2 guest passes a month, you can send them from the app under Profile > Guests. Enjoy!",
        ),
        (
            "What time does {club} open on bank holidays?",
            "Hi {name}, on bank holidays {club} is open 8am to 6pm. Have a good session!",
        ),
        (
            "Can I freeze my membership for a month? going travelling",
            "Hi {name}, yes, you can freeze for 1-3 months in the app (Membership > Freeze), at least 5 days before your next payment.",
        ),
        (
            "does the travel pass work in Spain?",
            "Hi {name}! It does, the travel pass covers all Kinetra clubs and partner gyms in all six countries.",
        ),
        (
            "how do I change the card / bank details for my direct debit",
            "Hi {name}, go to Membership > Payment in the app and add the new account, it applies from the next collection.",
        ),
    ],
    "pt": [
        (
            "ola, posso levar um amigo para experimentar?",
            "Ola {name}! Sim, tens 2 convites por mes, geras na app em Perfil > Convidados.",
        ),
        (
            "a que horas fecha o {club} ao domingo?",
            "Ola {name}, ao domingo o {club} esta aberto das 9h as 20h. Bom treino!",
        ),
        (
            "Posso congelar a mensalidade em agosto?",
            "Ola {name}, sim, podes congelar 1 a 3 meses na app (Adesao > Congelar), com 5 dias de antecedencia.",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux venir avec une amie pour tester ?",
            "Bonjour {name} ! Oui, vous avez 2 invitations par mois, à créer dans l'appli (Profil > Invités).",
        ),
        (
            "Le club {club} est ouvert le 14 juillet ?",
            "Bonjour {name}, oui, de 9h à 18h ce jour-là. Bonne séance !",
        ),
        (
            "Est-ce qu'on peut suspendre l'abonnement un mois ?",
            "Bonjour {name}, oui, de 1 à 3 mois depuis l'appli (Abonnement > Suspendre), 5 jours avant le prochain prélèvement.",
        ),
    ],
    "it": [
        (
            "Ciao, posso portare un'amica a provare?",
            "Ciao {name}! Sì, hai 2 ingressi ospite al mese, li crei dall'app in Profilo > Ospiti.",
        ),
        (
            "a che ora chiude {club} la domenica?",
            "Ciao {name}, la domenica {club} è aperto dalle 9 alle 20. Buon allenamento!",
        ),
        (
            "si può sospendere l'abbonamento per un mese?",
            "Ciao {name}, certo, da 1 a 3 mesi dall'app (Abbonamento > Sospendi), con 5 giorni di anticipo.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich eine Freundin zum Probetraining mitbringen?",
            "Hallo {name}! Ja, du hast 2 Gästepässe im Monat, die erstellst du in der App unter Profil > Gäste.",
        ),
        (
            "Wann hat {club} an Feiertagen offen?",
            "Hallo {name}, an Feiertagen hat {club} von 9 bis 18 Uhr geöffnet. Viel Spaß!",
        ),
        (
            "Kann ich meine Mitgliedschaft einen Monat pausieren?",
            "Hallo {name}, ja, 1 bis 3 Monate über die App (Mitgliedschaft > Pausieren), spätestens 5 Tage vor der nächsten Abbuchung.",
        ),
    ],
}

THANKS = {
    "es": [
        "perfecto, gracias!",
        "Genial, muchas gracias 🙂",
        "ok gracias!!",
        "mil gracias, rapidisimos",
    ],
    "en": ["perfect, thanks!", "Brilliant, cheers", "ah great thank you 🙂", "legend, thanks"],
    "pt": ["perfeito, obrigada!", "obg!", "otimo, muito obrigado"],
    "fr": ["Parfait, merci !", "super merci beaucoup", "top, merci 🙂"],
    "it": ["perfetto, grazie!", "gentilissimi, grazie", "ok grazie mille"],
    "de": ["Super, danke!", "perfekt, vielen Dank", "danke euch 🙂"],
}

# (product, price in the market's money)
PURCHASES = {
    "es": [
        ("Bono 5 sesiones entrenamiento personal", "175.00"),
        ("Pase viajero anual", "59.00"),
        ("Botella Kinetra 750 ml", "12.90"),
        ("Pack 10 clases reformer", "120.00"),
        ("Toalla microfibra", "9.90"),
    ],
    "en": [
        ("Personal training 5-session pack", "165.00"),
        ("Annual travel pass", "49.00"),
        ("Kinetra shaker bottle", "10.00"),
        ("Reformer pilates 10 class pack", "110.00"),
        ("Day pass for a friend", "12.00"),
    ],
    "pt": [
        ("Pack 5 sessoes de PT", "150.00"),
        ("Passe de viagem anual", "55.00"),
        ("Garrafa Kinetra", "11.90"),
    ],
    "fr": [
        ("Pack 5 séances coaching perso", "190.00"),
        ("Pass voyage annuel", "59.00"),
        ("Gourde Kinetra", "12.90"),
    ],
    "it": [
        ("Pacchetto 5 sedute personal training", "180.00"),
        ("Pass viaggio annuale", "59.00"),
        ("Borraccia Kinetra", "12.90"),
    ],
    "de": [
        ("Personal Training 5er-Paket", "175.00"),
        ("Reisepass Jahresoption", "59.00"),
        ("Kinetra Trinkflasche", "12.90"),
    ],
}

PAGES = [
    "/clubs/{slug}/horario",
    "/app/clases",
    "/membresia/pase-viajero",
    "/entrenamiento-personal",
    "/tienda",
    "/clubs/{slug}",
    "/app/reservas/mis-clases",
    "/ayuda/congelar-cuota",
]

REVIEWS = {
    "es": [
        "5 estrellas. Buen ambiente, maquinas nuevas y precio razonable",
        "Muy buen gimnasio, las clases dirigidas son lo mejor. Repetire seguro",
        "Instalaciones de 10 en {club}, vestuarios siempre limpios",
    ],
    "en": [
        "5 stars. Great kit, friendly team, fair price for London",
        "Really good gym, classes are the highlight. Would recommend",
        "{club} is spotless and the staff actually care",
    ],
    "pt": [
        "5 estrelas, ginasio impecavel e aulas muito boas",
        "Recomendo o {club}, equipa super atenciosa",
    ],
    "fr": [
        "5 étoiles, salle propre et coachs au top",
        "Je recommande {club}, ambiance sympa et matériel neuf",
    ],
    "it": [
        "5 stelle, palestra pulita e corsi ottimi",
        "Consiglio {club}, staff preparato e cordiale",
    ],
    "de": [
        "5 Sterne, sauberes Studio und gute Kurse",
        "Kann {club} nur empfehlen, nettes Team und neue Geräte",
    ],
}

SURVEY_HAPPY = {
    "es": [
        "Todo genial",
        "muy contenta con el club",
        "",
        "Perfecto",
        "ninguna queja, seguid asi",
        "Top",
    ],
    "en": [
        "All good",
        "love it",
        "",
        "Great",
        "no complaints, keep it up",
        "10/10 would squat again",
    ],
    "pt": ["Tudo otimo", "", "adoro", "Excelente"],
    "fr": ["Très bien", "", "rien à redire", "Top"],
    "it": ["Tutto ottimo", "", "benissimo", "Perfetto"],
    "de": ["Alles super", "", "sehr zufrieden", "Top"],
}

GRIPE = {
    "es": [
        "Me encanta {club}, solo una cosa: el agua de las duchas podria estar un pelin mas caliente jaja",
        "Muy contenta con las clases, aunque la app tarda un poco en cargar a veces",
        "Todo genial en Kinetra, pero poned mas perchas en el vestuario porfa 🙏",
    ],
    "en": [
        "Love {club}, only thing is the music in the weights area could be a notch quieter lol",
        "Classes are great, app is a bit slow to load some mornings but no biggie",
        "Brilliant gym, just wish there were more hair dryers in the changing room",
    ],
    "pt": [
        "Adoro o {club}, so falta mais um secador no balneario",
        "Aulas otimas, a app as vezes e lenta mas nada de grave",
    ],
    "fr": [
        "J'adore {club}, juste la musique un peu forte en muscu",
        "Cours top, l'appli rame un peu le matin mais bon",
    ],
    "it": [
        "Adoro {club}, solo la musica un po' alta in sala pesi",
        "Corsi ottimi, l'app a volte è lenta ma niente di grave",
    ],
    "de": [
        "Finde {club} super, nur die Musik im Freihantelbereich ist etwas laut",
        "Kurse top, App lädt morgens manchmal langsam, aber egal",
    ],
}

NIGHT = {
    "es": [
        "no puedo dormir, mañana clase a las 7 en {club} 😅",
        "Alguien sabe si el {club} abre 24h? me apetece entrenar ya jaja",
        "Turno de noche terminado y primera sesion en Kinetra, que gusto tener el gym abierto de madrugada",
    ],
    "en": [
        "can't sleep, booked the 6:30 spin at {club} anyway 😅",
        "night shift done, straight to {club}, love that it's 24h",
        "insomnia gang, anyone else planning tomorrow's leg day at 2am",
    ],
    "pt": [
        "sem sono, amanha aula as 7h no {club} 😅",
        "sai do turno da noite e fui treinar, adoro o ginasio aberto 24h",
    ],
    "fr": [
        "pas sommeil, cours de 7h demain à {club} 😅",
        "fin de garde de nuit, direction {club}, trop bien que ce soit ouvert 24h/24",
    ],
    "it": [
        "non riesco a dormire, domani spinning alle 7 a {club} 😅",
        "finito il turno di notte, dritto in palestra, comodo che sia aperta 24h",
    ],
    "de": [
        "kann nicht schlafen, morgen 7 Uhr Spinning in {club} 😅",
        "Nachtschicht vorbei, ab ins Studio, 24h offen ist Gold wert",
    ],
}

NIGHT_QUESTIONS = {
    "es": [
        (
            "hola, se puede entrar al {club} a las 3 de la mañana con la app?",
            "Hola {name}, si, {club} es 24h y entras con el QR de la app. Buen entreno!",
        )
    ],
    "en": [
        (
            "hi, is {club} staffed at night or is it app entry only?",
            "Hi {name}, between 11pm and 6am it's app entry only, with security on site. Enjoy your session!",
        )
    ],
    "pt": [
        (
            "ola, o {club} tem balneario aberto de madrugada?",
            "Ola {name}, sim, os balnearios estao abertos 24h. Bom treino!",
        )
    ],
    "fr": [
        (
            "bonjour, les vestiaires de {club} sont ouverts la nuit ?",
            "Bonjour {name}, oui, ouverts 24h/24. Bonne séance !",
        )
    ],
    "it": [
        (
            "ciao, di notte a {club} si entra solo con l'app?",
            "Ciao {name}, sì, dalle 23 alle 6 si entra con il QR dell'app. Buon allenamento!",
        )
    ],
    "de": [
        (
            "Hallo, kommt man nachts in {club} nur per App rein?",
            "Hallo {name}, ja, von 23 bis 6 Uhr nur mit dem QR-Code aus der App. Viel Spaß!",
        )
    ],
}

# ---------------------------------------------------------------- problems (members)

PROBLEM_ISSUE = {
    "double_debit": {
        "es": "el doble cobro de la cuota",
        "en": "the double direct debit",
        "pt": "a mensalidade cobrada duas vezes",
        "fr": "le double prélèvement",
        "it": "il doppio addebito della quota",
        "de": "die doppelte Abbuchung",
    },
    "frozen_charged": {
        "es": "el cobro con la cuota congelada",
        "en": "being charged while my membership is frozen",
        "pt": "a cobranca com a adesao congelada",
        "fr": "le prélèvement pendant la suspension",
        "it": "l'addebito con l'abbonamento sospeso",
        "de": "die Abbuchung trotz pausierter Mitgliedschaft",
    },
    "class_full": {
        "es": "las clases que salen completas y estan vacias",
        "en": "classes showing full when they're half empty",
        "pt": "as aulas que aparecem cheias e estao vazias",
        "fr": "les cours affichés complets alors qu'ils sont vides",
        "it": "i corsi che risultano pieni ma sono vuoti",
        "de": "Kurse, die als voll angezeigt werden, aber leer sind",
    },
    "access_card": {
        "es": "mi tarjeta de acceso que no funciona en el torno",
        "en": "my access card not working at the turnstile",
        "pt": "o cartao de acesso que nao funciona na entrada",
        "fr": "ma carte d'accès qui ne passe pas au tourniquet",
        "it": "la tessera che non funziona al tornello",
        "de": "meine Zugangskarte, die am Drehkreuz nicht geht",
    },
    "pt_not_credited": {
        "es": "las sesiones de entrenador personal sin cargar",
        "en": "my PT sessions not credited",
        "pt": "as sessoes de PT que nao foram creditadas",
        "fr": "mes séances de coaching non créditées",
        "it": "le sedute di personal training non accreditate",
        "de": "die nicht gutgeschriebenen PT-Stunden",
    },
    "travel_pass": {
        "es": "el pase viajero que no aceptan",
        "en": "the travel pass being refused",
        "pt": "o passe de viagem recusado",
        "fr": "le pass voyage refusé",
        "it": "il pass viaggio rifiutato",
        "de": "das Problem mit dem Reisepass",
    },
}

PROBLEM_FIRST = {
    "double_debit": {
        "es": [
            "Me habeis cobrado la cuota DOS veces este mes, dos recibos de {amount} el mismo dia. Quiero que me devolvais uno ya",
            "hola, mirando el banco veo 2 domiciliaciones de Kinetra de {amount}. Solo tengo una membresia!! Me lo devolveis o que",
            "Cobro duplicado de la cuota. Me ha dejado la cuenta en numeros rojos y el banco me cobra comision. Indignada",
        ],
        "en": [
            "You've taken my membership TWICE this month, two debits of {amount} on the same day. I want one back now",
            "hi, just checked my bank and there are 2 Kinetra direct debits of {amount}. I have ONE membership. Please refund",
            "Double charged for my membership and now I'm overdrawn with bank fees on top. Not happy at all",
        ],
        "pt": [
            "Cobraram a mensalidade DUAS vezes este mes, {amount} cada. Quero a devolucao",
            "ola, vi no banco dois debitos da Kinetra de {amount}. so tenho uma adesao!",
        ],
        "fr": [
            "Vous m'avez prélevé l'abonnement DEUX fois ce mois-ci, {amount} x2. Je veux être remboursée",
            "Bonjour, double prélèvement de {amount} sur mon compte. Je n'ai qu'un abonnement, c'est inadmissible",
        ],
        "it": [
            "Mi avete addebitato la quota DUE volte questo mese, {amount} due volte. Rivoglio i soldi",
            "buongiorno, in banca vedo due addebiti Kinetra da {amount}. Ho un solo abbonamento!",
        ],
        "de": [
            "Ihr habt den Beitrag diesen Monat ZWEIMAL abgebucht, zweimal {amount}. Ich will das Geld zurück",
            "Hallo, auf meinem Konto sind zwei Lastschriften von Kinetra über {amount}. Ich habe nur EINE Mitgliedschaft!",
        ],
    },
    "frozen_charged": {
        "es": [
            "Congele la cuota por lesion y me habeis cobrado igual {amount}. Tengo el justificante de la app!!",
            "tengo la membresia congelada desde hace un mes y me sigue llegando el recibo. Que broma es esta",
        ],
        "en": [
            "I froze my membership (broken wrist) and you've still charged me {amount}. I have the confirmation from the app!",
            "membership frozen since last month and the direct debit still went out. How is that possible",
        ],
        "pt": [
            "Congelei a adesao por lesao e cobraram-me na mesma {amount}",
            "tenho a mensalidade congelada e continuam a cobrar. Nao percebo",
        ],
        "fr": [
            "J'ai suspendu mon abonnement (blessure) et vous avez quand même prélevé {amount}",
            "abonnement suspendu depuis un mois et prélèvement quand même. C'est quoi ce bazar",
        ],
        "it": [
            "Ho sospeso l'abbonamento per infortunio e mi avete addebitato lo stesso {amount}",
            "abbonamento sospeso da un mese e l'addebito arriva comunque. Assurdo",
        ],
        "de": [
            "Ich habe meine Mitgliedschaft wegen Verletzung pausiert und ihr bucht trotzdem {amount} ab",
            "Mitgliedschaft ist pausiert und die Lastschrift kommt trotzdem. Wie kann das sein",
        ],
    },
    "class_full": {
        "es": [
            "La app me dice que la clase de spinning de las 19h esta COMPLETA y llego y hay 6 bicis libres. Tercera semana sin poder reservar",
            "Imposible reservar body pump, sale completo siempre y luego la sala medio vacia. Para que pago la cuota?",
        ],
        "en": [
            "App says the 7pm spin is FULL, I turn up anyway and there are 8 empty bikes. Can't book anything this way",
            "Every class shows full in the app and then the studio is half empty. What's the point of booking",
        ],
        "pt": [
            "A app diz que a aula das 19h esta CHEIA e chego la e metade das bicicletas vazias",
            "impossivel marcar pilates, aparece sempre cheio e depois a sala esta vazia",
        ],
        "fr": [
            "L'appli affiche COMPLET pour le RPM de 19h et la salle est à moitié vide",
            "Impossible de réserver le pilates, toujours complet dans l'appli et vide en vrai",
        ],
        "it": [
            "L'app dice che lo spinning delle 19 è PIENO e arrivo e ci sono 7 bici libere",
            "impossibile prenotare pilates, sempre pieno sull'app e poi la sala è vuota",
        ],
        "de": [
            "Die App zeigt den Spinningkurs um 19 Uhr als VOLL an und dann sind 8 Räder frei",
            "Kann keinen Kurs buchen, alles voll in der App, aber im Raum ist kaum jemand",
        ],
    },
    "access_card": {
        "es": [
            "Mi tarjeta de acceso no funciona en el torno de {club}, cada dia tengo que esperar a que me abra recepcion. Ya me he quedado fuera 2 veces",
            "la tarjeta no pasa en el torno, luz roja. Recepcion dice que es cosa de sistemas. Me podeis dar una que funcione?",
        ],
        "en": [
            "My access card doesn't work at the turnstile at {club}, every day I queue at reception to be let in. Twice I've been stuck outside at 6am",
            "card just beeps red at the turnstile. Reception says it's an IT thing. Can someone sort me a card that works?",
        ],
        "pt": [
            "O meu cartao nao funciona na entrada do {club}, tenho sempre de pedir a rececao",
            "cartao de acesso da luz vermelha no torniquete, ja fiquei a porta duas vezes",
        ],
        "fr": [
            "Ma carte d'accès ne passe pas au tourniquet de {club}, je dois attendre l'accueil à chaque fois",
            "carte refusée au tourniquet, voyant rouge. L'accueil dit que c'est informatique",
        ],
        "it": [
            "La mia tessera non funziona al tornello di {club}, ogni volta devo aspettare la reception",
            "tessera rifiutata al tornello, luce rossa. Alla reception dicono che è un problema del sistema",
        ],
        "de": [
            "Meine Zugangskarte geht am Drehkreuz in {club} nicht, jedes Mal muss ich an der Rezeption warten",
            "Karte am Drehkreuz rot, Rezeption sagt das ist ein IT-Problem. Brauche eine Karte die funktioniert",
        ],
    },
    "pt_not_credited": {
        "es": [
            "Compre un bono de 5 sesiones de entrenador personal y en la app me salen 0. Ya he pagado 175 €",
            "Hice 2 sesiones de PT esta semana y me las habeis descontado pero el bono no aparece. No entiendo nada",
        ],
        "en": [
            "Bought a 5-session PT pack, paid £165, and the app shows 0 sessions. My trainer can't book me in",
            "my PT sessions aren't showing, pack bought last week, nothing credited. Trainer says he can't see them",
        ],
        "pt": [
            "Comprei um pack de 5 sessoes de PT e a app mostra 0",
            "as sessoes de PT nao aparecem na app e ja paguei",
        ],
        "fr": [
            "J'ai acheté 5 séances de coaching et l'appli affiche 0",
            "séances de coaching payées mais non créditées, mon coach ne peut pas me réserver",
        ],
        "it": [
            "Ho comprato 5 sedute di personal training e l'app ne mostra 0",
            "sedute pagate ma non accreditate, il trainer non riesce a prenotarmi",
        ],
        "de": [
            "Habe ein 5er-Paket Personal Training gekauft und die App zeigt 0 Stunden",
            "PT-Stunden bezahlt aber nicht gutgeschrieben, mein Trainer kann mich nicht eintragen",
        ],
    },
    "travel_pass": {
        "es": [
            "Pague el pase viajero y en el gimnasio asociado de Lisboa no me han dejado entrar, dicen que no les consta. Vaya viaje",
            "el pase viajero no funciona, me rechazaron en Paris. 59 € para nada",
        ],
        "en": [
            "Paid for the travel pass and the partner gym in Lisbon wouldn't let me in, said I'm not on their system",
            "travel pass refused at the partner gym in Milan, wasted trip. £49 for what",
        ],
        "pt": [
            "Paguei o passe de viagem e o ginasio parceiro em Madrid nao me deixou entrar",
            "passe de viagem recusado em Paris, nao consta no sistema deles",
        ],
        "fr": [
            "J'ai payé le pass voyage et la salle partenaire à Madrid m'a refusé l'entrée",
            "pass voyage refusé à Rome, ils ne me trouvent pas dans leur système",
        ],
        "it": [
            "Ho pagato il pass viaggio e la palestra partner a Madrid non mi ha fatto entrare",
            "pass viaggio rifiutato a Parigi, non risulto nel loro sistema",
        ],
        "de": [
            "Reisepass bezahlt und das Partnerstudio in Barcelona hat mich nicht reingelassen",
            "Reisepass in Mailand abgelehnt, ich stehe angeblich nicht im System",
        ],
    },
}

# A long e-mail with the complaint in the middle: {complaint} is one of PROBLEM_FIRST.
LONG_EMAIL = {
    "es": "Hola,\n\nSoy socia de Kinetra desde hace casi dos años y normalmente no escribo quejas, el club {club} me gusta mucho y las clases de la tarde son lo mejor de mi semana. Pero esta vez no puedo dejarlo pasar.\n\n{complaint}\n\nHe intentado hablarlo en recepcion y me dicen que escriba aqui. Os agradeceria que me contestarais pronto porque no es la primera cosa rara que veo con los cobros ultimamente.\n\nUn saludo,\n{name}",
    "en": "Hi there,\n\nI've been a member at {club} for nearly two years and I don't usually complain, the team are lovely and the classes are the best part of my week. However I'm afraid I have to raise something.\n\n{complaint}\n\nI mentioned it at reception and they told me to email in. I'd appreciate a reply soon as this has been quite stressful, and I'd rather not have to take it further.\n\nKind regards,\n{name}",
    "pt": "Ola,\n\nSou socia do {club} ha mais de um ano e gosto muito do ginasio, raramente tenho razao de queixa.\n\n{complaint}\n\nFalei na rececao e disseram para escrever por email. Agradeco uma resposta rapida.\n\nCumprimentos,\n{name}",
    "fr": "Bonjour,\n\nAbonnée à {club} depuis deux ans, je suis globalement très contente du club et des coachs, et je n'écris jamais au service client.\n\n{complaint}\n\nL'accueil m'a dit de vous écrire directement. Merci de me répondre rapidement, je n'ai pas envie que ça traîne.\n\nCordialement,\n{name}",
    "it": "Buongiorno,\n\nsono iscritta a {club} da quasi due anni e di solito mi trovo benissimo, i corsi serali sono il momento migliore della settimana.\n\n{complaint}\n\nIn reception mi hanno detto di scrivere qui. Vi chiedo una risposta in tempi brevi.\n\nCordiali saluti,\n{name}",
    "de": "Hallo,\n\nich bin seit fast zwei Jahren Mitglied in {club} und eigentlich sehr zufrieden, das Team ist nett und die Kurse sind super.\n\n{complaint}\n\nAn der Rezeption hat man mir gesagt, ich soll eine E-Mail schreiben. Ich bitte um eine zeitnahe Antwort.\n\nViele Grüße\n{name}",
}

SUBJECT = {
    "double_debit": {
        "es": "Cobro duplicado",
        "en": "Charged twice",
        "pt": "Cobranca duplicada",
        "fr": "Double prélèvement",
        "it": "Doppio addebito",
        "de": "Doppelte Abbuchung",
    },
    "frozen_charged": {
        "es": "Cuota congelada cobrada",
        "en": "Charged while frozen",
        "pt": "Cobranca com adesao congelada",
        "fr": "Prélèvement pendant suspension",
        "it": "Addebito con abbonamento sospeso",
        "de": "Abbuchung trotz Pause",
    },
    "class_full": {
        "es": "Reservas de clases",
        "en": "Class bookings",
        "pt": "Marcacao de aulas",
        "fr": "Réservation des cours",
        "it": "Prenotazione corsi",
        "de": "Kursbuchung",
    },
    "access_card": {
        "es": "Tarjeta de acceso",
        "en": "Access card",
        "pt": "Cartao de acesso",
        "fr": "Carte d'accès",
        "it": "Tessera di accesso",
        "de": "Zugangskarte",
    },
    "pt_not_credited": {
        "es": "Bono entrenador personal",
        "en": "PT sessions",
        "pt": "Sessoes de PT",
        "fr": "Séances de coaching",
        "it": "Sedute personal training",
        "de": "Personal Training",
    },
    "travel_pass": {
        "es": "Pase viajero",
        "en": "Travel pass",
        "pt": "Passe de viagem",
        "fr": "Pass voyage",
        "it": "Pass viaggio",
        "de": "Reisepass",
    },
}

REPLY_PREFIX = {"es": "RE: ", "en": "RE: ", "pt": "RES: ", "fr": "RE : ", "it": "R: ", "de": "AW: "}

STILL = {
    "es": [
        "Caso {ref}: sigo igual. {issue_cap} SIGUE sin resolverse y nadie me dice nada",
        "Vuelvo a escribir por {issue} (ref {ref}). Me dijeron que lo miraban y nada de nada",
        "segunda vez que escribo por lo mismo, ref {ref}. alguien lo esta mirando??",
        "Llamo otra vez por el caso {ref}, {issue}, sigue todo igual",
    ],
    "en": [
        "Case {ref}: still nothing. {issue_cap} is STILL not sorted and no one's got back to me",
        "Writing again about {issue} (ref {ref}). Was told someone would look into it. Nothing",
        "2nd time contacting you about the same thing, ref {ref}. Is anyone actually on this??",
        "Calling again about case {ref}, {issue}, still the same",
    ],
    "pt": [
        "Caso {ref}: continua igual. {issue_cap} AINDA nao esta resolvido",
        "Volto a escrever sobre {issue} (ref {ref}). Disseram que iam ver e nada",
        "segunda vez que contacto pelo mesmo, ref {ref}",
    ],
    "fr": [
        "Dossier {ref} : toujours rien. {issue_cap}, TOUJOURS pas réglé",
        "Je reviens vers vous pour {issue} (réf {ref}). On m'a dit que c'était en cours, rien ne bouge",
        "2e fois que je vous contacte pour la même chose, réf {ref}",
    ],
    "it": [
        "Pratica {ref}: ancora niente. {issue_cap} ANCORA da risolvere",
        "Riscrivo per {issue} (rif {ref}). Mi avevano detto che se ne occupavano, niente",
        "seconda volta che vi contatto per la stessa cosa, rif {ref}",
    ],
    "de": [
        "Fall {ref}: immer noch nichts. {issue_cap} ist IMMER NOCH nicht gelöst",
        "Ich melde mich nochmal, Ref {ref}: {issue_cap}. Angeblich kümmert sich jemand, passiert ist nichts",
        "zweites Mal wegen derselben Sache, Ref {ref}",
    ],
}

THIRD = {
    "es": "Tercera vez que contacto por el caso {ref}. {issue_cap}, sin arreglar. Mi hermana esta en {comp} y no tiene estos lios, me lo estoy pensando en serio",
    "en": "Third time now, case {ref}. {issue_cap}, still not fixed. My mate's at {comp} and never has this nonsense, seriously thinking about it",
    "pt": "Terceira vez, caso {ref}. {issue_cap}, por resolver. O {comp} ao lado de casa comeca a parecer boa ideia",
    "fr": "Troisième fois pour le dossier {ref}. {issue_cap}, toujours pas réglé. {comp} à côté de chez moi commence à me tenter",
    "it": "Terza volta per la pratica {ref}. {issue_cap}, ancora irrisolto. {comp} sotto casa comincia a tentarmi",
    "de": "Zum dritten Mal wegen Fall {ref}. {issue_cap}, nicht gelöst. {comp} bei mir um die Ecke wird langsam interessant",
}

FOURTH = {
    "es": "CUARTA vez por el caso {ref}. {issue_cap}. ESTO ES DE RISA. Quiero hablar con un responsable",
    "en": "FOURTH time about case {ref}. {issue_cap}. THIS IS A JOKE. I want to speak to a manager",
    "pt": "QUARTA vez pelo caso {ref}. {issue_cap}. ISTO E UMA PIADA",
    "fr": "QUATRIÈME fois pour le dossier {ref}. {issue_cap}. C'EST UNE BLAGUE",
    "it": "QUARTA volta per la pratica {ref}. {issue_cap}. È UNA PRESA IN GIRO",
    "de": "VIERTES Mal wegen Fall {ref}. {issue_cap}. DAS IST EIN WITZ",
}

AGENT_PASSED = {
    "es": "Hola {name}, gracias por escribirnos y perdona las molestias. Hemos abierto el caso {ref} y lo hemos pasado al equipo correspondiente; te contestaremos en 48 h. Un saludo, Equipo Kinetra",
    "en": "Hi {name}, thanks for getting in touch and sorry for the trouble. We've opened case {ref} and passed it to the right team; we'll come back to you within 48 hours. Kind regards, Kinetra Member Services",
    "pt": "Ola {name}, obrigado pelo contacto e desculpa o incomodo. Abrimos o caso {ref} e passamos a equipa responsavel; respondemos em 48 h. Equipa Kinetra",
    "fr": "Bonjour {name}, merci pour votre message et désolés pour ce souci. Nous avons ouvert le dossier {ref} et l'avons transmis au service concerné ; réponse sous 48 h. L'équipe Kinetra",
    "it": "Ciao {name}, grazie per averci scritto e scusa il disagio. Abbiamo aperto la pratica {ref} e l'abbiamo passata al reparto competente; ti rispondiamo entro 48 ore. Il team Kinetra",
    "de": "Hallo {name}, danke für deine Nachricht und sorry für den Ärger. Wir haben Fall {ref} eröffnet und an das zuständige Team gegeben; du hörst innerhalb von 48 Stunden von uns. Dein Kinetra Team",
}

AGENT_FIXED = {
    "es": "Hola {name}, te confirmamos que el problema del caso {ref} ({topic}) esta solucionado. Si hubo cobro indebido veras la devolucion en 3-5 dias. Disculpa las molestias. Equipo Kinetra",
    "en": "Hi {name}, just to confirm the issue on case {ref} ({topic}) is now fixed. Any money owed will be back in your account in 3-5 working days. Sorry again. Kinetra Member Services",
    "pt": "Ola {name}, confirmamos que o problema do caso {ref} ({topic}) esta resolvido. Desculpa o incomodo. Equipa Kinetra",
    "fr": "Bonjour {name}, nous confirmons que le problème du dossier {ref} ({topic}) est réglé. Toutes nos excuses. L'équipe Kinetra",
    "it": "Ciao {name}, ti confermiamo che il problema della pratica {ref} ({topic}) è risolto. Ci scusiamo per il disagio. Il team Kinetra",
    "de": "Hallo {name}, das Problem aus Fall {ref} ({topic}) ist behoben. Entschuldige die Umstände. Dein Kinetra Team",
}

SORTED = {
    "es": [
        "Ya esta, todo arreglado. Gracias por la rapidez!",
        "confirmo que ya funciona, gracias equipo",
        "Perfecto, ya me ha llegado. Gracias!",
    ],
    "en": [
        "All sorted now, thanks for the quick fix!",
        "can confirm it's working now, cheers team",
        "Refund's come through, thank you!",
    ],
    "pt": ["Ja esta resolvido, obrigada!", "confirmo que ja funciona, obg"],
    "fr": ["C'est réglé, merci pour la rapidité !", "je confirme que ça marche, merci"],
    "it": ["Tutto risolto, grazie della rapidità!", "confermo che ora funziona, grazie"],
    "de": ["Alles erledigt, danke für die schnelle Hilfe!", "bestätige, funktioniert jetzt, danke"],
}

APOLOGY = {
    "es": [
        "Perdon por el mensaje de ayer, estaba muy enfadada. Sois majos en recepcion, no iba por ellos",
        "oye siento el tono de ayer, mal dia. Sigo contenta con el club eh",
    ],
    "en": [
        "Sorry about my message yesterday, was in a foul mood. The staff at the club are great",
        "apologies for the rant yesterday, bad day. Still love the gym",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava mesmo chateada",
        "peco desculpa pelo tom de ontem, continuo a gostar do ginasio",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais énervée",
        "pardon pour le ton d'hier, mauvaise journée, j'adore toujours le club",
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero nervosissima",
        "chiedo scusa per il tono di ieri, giornataccia. La palestra mi piace sempre",
    ],
    "de": [
        "Sorry für meine Nachricht gestern, war echt sauer",
        "Entschuldigung für den Ton gestern, schlechter Tag. Mag das Studio trotzdem",
    ],
}

DETRACTOR_COMMENT = {
    "es": ["Cobros mal hechos", "", "muy mal la atencion", "no", "decepcionada"],
    "en": ["Billing is a mess", "", "poor", "not impressed", "sort your systems out"],
    "pt": ["mau", "", "desiludida"],
    "fr": ["déçue", "", "bof"],
    "it": ["deluso", "", "pessimo servizio"],
    "de": ["enttäuscht", "", "schlecht"],
}

CSAT_LOW_COMMENT = {
    "es": ["", "no me han resuelto nada", "mal"],
    "en": ["", "didn't fix anything", "meh"],
    "pt": ["", "nada resolvido"],
    "fr": ["", "rien de réglé"],
    "it": ["", "niente risolto"],
    "de": ["", "nichts gelöst"],
}

# ---------------------------------------------------------------- slow churn

# Six steps down from a happy baseline; the last names a competitor.
SLIDE = {
    "es": [
        [
            "Ultimamente las clases en {club} van un poco con prisas, la monitora corta antes. Bueno",
            "La app va algo lenta estos dias, tarda en cargar las reservas",
        ],
        [
            "Un poco decepcionada con Kinetra este mes, el spinning de las 19h siempre lleno y las maquinas de siempre rotas",
            "Decepcionado, la sala de peso cada vez mas descuidada",
        ],
        [
            "La verdad es que empiezo a estar harta. Tercera semana con las duchas de {club} frias y nadie hace nada",
            "Hartito ya de que cancelen clases sin avisar",
        ],
        [
            "El servicio ha ido a peor y bastante. Pregunte dos veces por la cinta rota, nada. Eso si, la cuota la misma",
            "Kinetra ha empeorado mucho, ni limpieza ni monitores",
        ],
        [
            "ESTOY QUEMADISIMA. Me cancelan la clase reservada 10 min antes OTRA VEZ. Para que pago??",
            "Furioso con {club}, una vergüenza como esta el vestuario",
        ],
        [
            "Se acabo, me tiene hasta las narices. Mirando {comp}, esta al lado de casa y seguro que no es peor",
            "Ya no puedo mas con Kinetra. {comp} tiene oferta y me lo estoy mirando",
        ],
    ],
    "en": [
        [
            "Classes at {club} feel a bit rushed lately, instructor keeps cutting them short. Still ok I guess",
            "App's been a bit slow this week loading bookings",
        ],
        [
            "Bit disappointed with Kinetra this month. 7pm spin always full and the same machines still broken",
            "Disappointed, the free weights area is getting scruffier every week",
        ],
        [
            "Honestly getting fed up. Third week the showers at {club} are cold and nobody cares",
            "Fed up of classes being cancelled with no warning",
        ],
        [
            "Service has really gone downhill. Asked twice about the broken treadmill, nothing. Same fee though",
            "Kinetra has gone massively downhill, dirty and no staff around",
        ],
        [
            "Absolutely FURIOUS. Booked class cancelled 10 min before AGAIN, no notice. What am I paying for??",
            "Livid with {club}, changing rooms are a disgrace",
        ],
        [
            "Had enough. Looking at {comp}, 5 min from mine and can't be worse than this",
            "Done with Kinetra tbh. {comp} has a deal on, having a look",
        ],
    ],
    "pt": [
        [
            "As aulas no {club} andam um bocado apressadas ultimamente",
            "A app esta lenta esta semana",
        ],
        [
            "Um pouco desiludida com a Kinetra este mes, maquinas avariadas ha semanas",
            "Desiludido, a sala de pesos esta cada vez pior",
        ],
        [
            "Ja estou farta. Terceira semana com agua fria nos balnearios do {club}",
            "farto de aulas canceladas sem aviso",
        ],
        [
            "O servico piorou muito. Perguntei duas vezes pela passadeira avariada, nada",
            "A Kinetra esta muito pior, sujo e sem staff",
        ],
        [
            "ESTOU FURIOSA. Cancelaram a aula 10 min antes OUTRA VEZ",
            "furioso com o {club}, balnearios uma vergonha",
        ],
        [
            "Chega. Estou a ver o {comp}, perto de casa e nao pode ser pior",
            "Ja nao aguento a Kinetra. O {comp} tem promocao, vou ver",
        ],
    ],
    "fr": [
        [
            "Les cours à {club} sont un peu bâclés ces temps-ci, la coach écourte",
            "L'appli rame un peu cette semaine",
        ],
        [
            "Un peu déçue par Kinetra ce mois-ci, machines en panne depuis des semaines",
            "Déçu, la salle de muscu est de moins en moins entretenue",
        ],
        [
            "Franchement j'en ai marre. 3e semaine d'eau froide aux douches de {club}",
            "marre des cours annulés sans prévenir",
        ],
        [
            "Le service s'est bien dégradé. Demandé deux fois pour le tapis cassé, rien",
            "Kinetra c'est de pire en pire, sale et personne à l'accueil",
        ],
        [
            "JE SUIS FURIEUSE. Cours annulé 10 min avant ENCORE une fois",
            "furax contre {club}, vestiaires dégoûtants",
        ],
        [
            "J'en ai assez. Je regarde {comp}, à côté de chez moi, ça ne peut pas être pire",
            "Fini Kinetra pour moi. {comp} a une offre, je vais voir",
        ],
    ],
    "it": [
        [
            "I corsi a {club} ultimamente un po' frettolosi, l'istruttrice taglia corto",
            "L'app è un po' lenta questa settimana",
        ],
        [
            "Un po' delusa da Kinetra questo mese, macchine rotte da settimane",
            "Deluso, la sala pesi sempre più trascurata",
        ],
        [
            "Sinceramente comincio a essere stufa. Terza settimana con le docce fredde a {club}",
            "stufo dei corsi cancellati senza avviso",
        ],
        [
            "Il servizio è peggiorato parecchio. Chiesto due volte del tapis rotto, niente",
            "Kinetra è peggiorata tantissimo, sporco e nessuno in sala",
        ],
        [
            "SONO FURIOSA. Corso cancellato 10 minuti prima DI NUOVO",
            "furioso con {club}, spogliatoi una vergogna",
        ],
        [
            "Basta. Sto guardando {comp}, vicino casa, peggio di così non può essere",
            "Non ne posso più di Kinetra. {comp} ha un'offerta, ci faccio un pensiero",
        ],
    ],
    "de": [
        [
            "Die Kurse in {club} sind in letzter Zeit etwas gehetzt, Trainerin macht früher Schluss",
            "App ist diese Woche etwas langsam",
        ],
        [
            "Bin etwas enttäuscht von Kinetra diesen Monat, Geräte seit Wochen kaputt",
            "Enttäuscht, der Freihantelbereich wird immer ungepflegter",
        ],
        [
            "Ehrlich gesagt reicht es mir langsam. Dritte Woche kaltes Wasser in den Duschen in {club}",
            "hab die Nase voll von Kursen, die ohne Info ausfallen",
        ],
        [
            "Der Service ist deutlich schlechter geworden. Zweimal nach dem kaputten Laufband gefragt, nichts",
            "Kinetra ist viel schlechter geworden, dreckig und kein Personal",
        ],
        [
            "BIN STINKSAUER. Gebuchter Kurs 10 Minuten vorher abgesagt, SCHON WIEDER",
            "wütend auf {club}, die Umkleiden sind eine Zumutung",
        ],
        [
            "Mir reicht's. Schaue mir {comp} an, direkt bei mir um die Ecke, schlechter kann's nicht sein",
            "Hab genug von Kinetra. {comp} hat ein Angebot, ich schau mal",
        ],
    ],
}

CANCEL_REQUEST = {
    "es": [
        "Hola, quiero darme de baja de Kinetra y cerrar mi cuenta. En la app solo me dice que vaya al club y no tengo tiempo. Por favor tramitad la baja este mes, no quiero mas recibos",
        "Asunto: BAJA. Solicito la cancelacion de mi membresia y que no me paseis ni un recibo mas. Me mudo y no pienso seguir pagando",
    ],
    "en": [
        "Hi, I want to cancel my Kinetra membership and close my account. The app just says 'visit your club', which I can't do this week. Please process the cancellation, no more direct debits",
        "Please cancel my membership from this month and close the account. I'm moving and don't want to be charged again",
    ],
    "pt": [
        "Ola, quero cancelar a minha adesao e fechar a conta. A app so diz para ir ao clube. Por favor tratem do cancelamento",
        "Pedido de cancelamento: nao quero mais debitos, mudo de cidade",
    ],
    "fr": [
        "Bonjour, je souhaite résilier mon abonnement Kinetra et fermer mon compte. L'appli me renvoie vers le club, je n'ai pas le temps. Merci de faire la résiliation",
        "Résiliation demandée : plus aucun prélèvement s'il vous plaît, je déménage",
    ],
    "it": [
        "Buongiorno, voglio disdire l'abbonamento Kinetra e chiudere l'account. L'app dice solo di andare al club. Vi prego di procedere con la disdetta",
        "Richiesta di disdetta: non voglio altri addebiti, mi trasferisco",
    ],
    "de": [
        "Hallo, ich möchte meine Kinetra-Mitgliedschaft kündigen und mein Konto schließen. Die App sagt nur 'im Club melden'. Bitte die Kündigung bearbeiten, keine weiteren Abbuchungen",
        "Kündigung: Bitte keine Lastschriften mehr, ich ziehe um",
    ],
}

CANCEL_WEB = {
    "es": "Baja de membresia. Motivo: traslado / precio",
    "en": "Membership cancellation. Reason: moving / price",
    "pt": "Cancelamento da adesao. Motivo: mudanca",
    "fr": "Résiliation de l'abonnement. Motif : déménagement",
    "it": "Disdetta abbonamento. Motivo: trasferimento",
    "de": "Kündigung der Mitgliedschaft. Grund: Umzug",
}

SARCASM = {
    "es": [
        "Genial, el aire acondicionado de la sala de ciclo en modo polo norte. Gracias Kinetra por el entreno de supervivencia 🙃",
        "Me encanta pagar la cuota para hacer cola 20 min en la prensa de piernas, experiencia premium 👏",
    ],
    "en": [
        "Love paying full price to queue 20 minutes for a squat rack, truly premium experience 👏",
        "Oh great, the air con in the spin studio is on arctic again. Thanks Kinetra 🙃",
    ],
    "pt": ["Adoro pagar para esperar 20 min pela maquina, experiencia premium 👏"],
    "fr": ["Génial de payer plein pot pour faire la queue 20 min au rack, expérience premium 👏"],
    "it": ["Che bello pagare per fare la fila 20 minuti allo squat rack, esperienza premium 👏"],
    "de": [
        "Toll, 20 Minuten am Squat Rack anstehen für den vollen Beitrag, echtes Premium-Erlebnis 👏"
    ],
}

GRUMBLES = {
    "es": [
        "Las duchas de {club} otra vez sin agua caliente",
        "la musica de la sala esta altisima, no se oye ni al monitor",
        "otra maquina averiada en {club}, van tres",
        "el parking de {club} siempre lleno, un rollo",
        "las taquillas estan hechas polvo",
    ],
    "en": [
        "Showers at {club} lukewarm again",
        "music in the studio is way too loud, can't hear the instructor",
        "another machine out of order at {club}",
        "parking at {club} is always rammed",
        "lockers at {club} are falling apart",
    ],
    "pt": [
        "balnearios do {club} sem agua quente",
        "musica altissima na sala",
        "mais uma maquina avariada no {club}",
    ],
    "fr": [
        "douches de {club} encore tièdes",
        "musique beaucoup trop forte en cours",
        "encore une machine HS à {club}",
    ],
    "it": [
        "docce di {club} di nuovo tiepide",
        "musica troppo alta in sala corsi",
        "un'altra macchina rotta a {club}",
    ],
    "de": [
        "Duschen in {club} wieder lauwarm",
        "Musik im Kursraum viel zu laut",
        "schon wieder ein Gerät kaputt in {club}",
    ],
}

GRUMBLE_EMAIL_SUBJECT = {
    "es": "Queja",
    "en": "Complaint",
    "pt": "Reclamacao",
    "fr": "Réclamation",
    "it": "Reclamo",
    "de": "Beschwerde",
}

# ---------------------------------------------------------------- Kinetra Corporate

COMPANY_NAMES = [
    "Alvenor Logistica",
    "Brightmoor Insurance",
    "Caldera Software",
    "Dunmore & Pike",
    "Estrela Seguros",
    "Fiorenza Design",
    "Grauwerk Engineering",
    "Helix Pharma",
    "Iberlink Telecom",
    "Jardin Conseil",
    "Kestrel Analytics",
    "Lumen Energia",
    "Mareva Foods",
    "Nordhafen Shipping",
    "Orla Architects",
    "Pavia Consulting",
    "Quintela Bank",
    "Rosshaven Retail",
    "Solaria Renovables",
    "Tamsin Media",
    "Ubel Automotive",
    "Valmonte Hoteles",
    "Westbridge Legal",
    "Xenara Biotech",
    "Yardley Consulting",
    "Zafiro Capital",
    "Aurelia Moda",
    "Bosque Digital",
    "Corvo Studio",
    "Delfina Travel",
    "Eiger Bau",
    "Fenwick Health",
    "Galera Publicidad",
    "Hartwell Engineering",
    "Ilha Digital",
    "Jourdan Assurances",
    "Kappa Ingegneria",
    "Lindqvist Möbel",
    "Montalban Abogados",
    "Norwood Estates",
    "Oporto Textil",
    "Perrault Immobilier",
    "Quercia Vini",
    "Rheinblick Versicherung",
    "Sierra Norte Energia",
    "Thornbury Foods",
    "Urbano Arquitectos",
    "Vasconcelos & Filhos",
    "Whitlock Recruitment",
    "Xavier Conseil",
    "Ypsilon Software",
    "Zanetti Trasporti",
    "Arroyo Farma",
    "Bellamy Hotels",
    "Cintra Logistica",
    "Duval Ingénierie",
    "Elbtal Medien",
    "Fabbri Arredamenti",
    "Greystone Partners",
    "Hierro Construcciones",
    "Isola Studio",
    "Kessler Bank",
    "Lagoa Turismo",
    "Marlow Digital",
]

B2B_ROLES = [
    "HR manager",
    "People partner",
    "Office manager",
    "Benefits coordinator",
    "Finance",
    "Employee",
]

B2B_ROUTINE = {
    "es": [
        (
            "Hola, tenemos 3 incorporaciones el lunes, como las damos de alta en el portal?",
            "Hola {name}, en el portal RR. HH. > Empleados > Añadir, y las tarjetas se activan en 24 h. Un saludo, Kinetra Corporate",
        ),
        (
            "Podeis mandarnos la factura de este mes tambien en PDF a contabilidad?",
            "Hola {name}, claro, la hemos enviado a contabilidad. Kinetra Corporate",
        ),
    ],
    "en": [
        (
            "Hi, we've got 3 new starters Monday, how do I add them in the HR portal?",
            "Hi {name}, HR portal > Employees > Add; cards activate within 24 hours. Best, Kinetra Corporate",
        ),
        (
            "Could you send this month's invoice to accounts payable as well please?",
            "Hi {name}, done, it's gone to your AP address. Kinetra Corporate",
        ),
    ],
    "pt": [
        (
            "Ola, temos 2 novos colaboradores, como os adiciono no portal?",
            "Ola {name}, Portal RH > Colaboradores > Adicionar; cartoes ativos em 24 h. Kinetra Corporate",
        )
    ],
    "fr": [
        (
            "Bonjour, deux arrivées lundi, comment les ajouter dans le portail RH ?",
            "Bonjour {name}, Portail RH > Salariés > Ajouter ; cartes actives sous 24 h. Kinetra Corporate",
        )
    ],
    "it": [
        (
            "Buongiorno, due nuovi assunti lunedì, come li aggiungo nel portale HR?",
            "Buongiorno {name}, Portale HR > Dipendenti > Aggiungi; tessere attive entro 24 ore. Kinetra Corporate",
        )
    ],
    "de": [
        (
            "Hallo, wir haben Montag zwei Neue, wie trage ich sie im HR-Portal ein?",
            "Hallo {name}, HR-Portal > Mitarbeitende > Hinzufügen; Karten sind in 24 Stunden aktiv. Kinetra Corporate",
        )
    ],
}

B2B_PRAISE = {
    "es": [
        "El equipo esta encantado con Kinetra Corporate, la mitad de la oficina va a mediodia",
        "Muy buena la charla de bienestar que hicisteis en la oficina, gracias!",
    ],
    "en": [
        "Team are loving the Kinetra Corporate memberships, half the office goes at lunch now",
        "Thanks for the wellbeing session at our office, went down really well",
    ],
    "pt": ["A equipa adora o Kinetra Corporate, obrigado"],
    "fr": ["Les équipes adorent Kinetra Corporate, merci !"],
    "it": ["Il team è entusiasta di Kinetra Corporate, grazie"],
    "de": ["Das Team ist begeistert von Kinetra Corporate, danke!"],
}

B2B_PROBLEM_ISSUE = {
    "wrong_headcount": {
        "es": "la factura con el numero de empleados mal",
        "en": "the invoice billing the wrong headcount",
        "pt": "a fatura com o numero errado de colaboradores",
        "fr": "la facture avec le mauvais nombre de salariés",
        "it": "la fattura con il numero sbagliato di dipendenti",
        "de": "die Rechnung mit falscher Mitarbeiterzahl",
    },
    "cards_inactive": {
        "es": "las tarjetas de los empleados sin activar",
        "en": "our employees' access cards not activated",
        "pt": "os cartoes dos colaboradores por ativar",
        "fr": "les cartes des salariés non activées",
        "it": "le tessere dei dipendenti non attivate",
        "de": "die nicht aktivierten Karten unserer Mitarbeitenden",
    },
    "export_broken": {
        "es": "la exportacion del portal de RR. HH. que no funciona",
        "en": "the HR portal export being broken",
        "pt": "a exportacao do portal RH que nao funciona",
        "fr": "l'export du portail RH qui ne marche pas",
        "it": "l'export del portale HR che non funziona",
        "de": "das Problem mit dem Export im HR-Portal",
    },
    "leavers_billed": {
        "es": "que nos sigais cobrando a empleados que ya se fueron",
        "en": "being billed for people who left months ago",
        "pt": "continuarem a cobrar colaboradores que ja sairam",
        "fr": "la facturation de salariés partis depuis des mois",
        "it": "l'addebito per dipendenti usciti da mesi",
        "de": "die Abrechnung für längst ausgeschiedene Mitarbeitende",
    },
}

B2B_COMPLAINT = {
    "wrong_headcount": {
        "es": [
            "La factura de este mes de {company} viene con {n} empleados y somos 38. Contabilidad la ha tenido que revisar a mano. Necesitamos una rectificativa",
            "Hay diferencias en la factura: nos cobrais {n} altas y en el portal salen 38. Contabilidad no la puede pagar asi",
        ],
        "en": [
            "This month's invoice for {company} bills {n} employees, we have 38. Finance won't pay it like this, please reissue",
            "Invoice headcount doesn't match the portal ({n} billed, 38 active). Need a corrected invoice asap",
        ],
        "pt": [
            "A fatura deste mes da {company} tem {n} colaboradores e somos 38. Precisamos de nota de credito"
        ],
        "fr": [
            "La facture du mois pour {company} compte {n} salariés, nous sommes 38. Merci d'émettre un avoir"
        ],
        "it": [
            "La fattura del mese per {company} riporta {n} dipendenti, siamo 38. Serve una nota di credito"
        ],
        "de": [
            "Die Monatsrechnung für {company} berechnet {n} Mitarbeitende, wir sind 38. Bitte Gutschrift ausstellen"
        ],
    },
    "cards_inactive": {
        "es": [
            "Tenemos {n} empleados dados de alta hace una semana y sus tarjetas siguen sin funcionar en el torno. Se quedan en la puerta cada mañana",
            "Las tarjetas de los nuevos de {company} no estan activadas, y eso que el portal dice 'activa'. Los tengo preguntandome cada dia",
        ],
        "en": [
            "{n} of our staff were added over a week ago and their cards still don't open the turnstile. They're turned away every morning",
            "New starters at {company} still can't get in, portal says 'active', turnstile says no. I'm getting daily complaints",
        ],
        "pt": [
            "{n} colaboradores da {company} com cartoes por ativar ha uma semana, ficam a porta"
        ],
        "fr": [
            "{n} salariés de {company} inscrits il y a une semaine, cartes toujours refusées au tourniquet"
        ],
        "it": [
            "{n} dipendenti di {company} inseriti da una settimana, tessere ancora rifiutate al tornello"
        ],
        "de": [
            "{n} Mitarbeitende von {company} seit einer Woche angelegt, Karten gehen am Drehkreuz immer noch nicht"
        ],
    },
    "export_broken": {
        "es": [
            "La exportacion del portal de RR. HH. da error 500 desde hace dias y la necesito para nominas (beneficio en especie). Es urgente",
            "El excel del portal sale vacio, sin ningun empleado. Nominas cierra el viernes",
        ],
        "en": [
            "The HR portal export has been failing with an error for days and payroll needs it for the benefit-in-kind report. Urgent",
            "Portal export downloads an empty spreadsheet, no employees in it. Payroll closes Friday",
        ],
        "pt": [
            "A exportacao do portal RH da erro ha dias e preciso dela para processamento salarial"
        ],
        "fr": [
            "L'export du portail RH plante depuis des jours, la paie en a besoin (avantage en nature)"
        ],
        "it": [
            "L'export del portale HR dà errore da giorni e serve per le buste paga (fringe benefit)"
        ],
        "de": [
            "Der Export im HR-Portal bricht seit Tagen mit Fehler ab, die Lohnabrechnung braucht ihn (geldwerter Vorteil)"
        ],
    },
    "leavers_billed": {
        "es": [
            "Nos seguis facturando {n} personas que se fueron de {company} hace meses, y las dimos de baja en el portal",
            "En la factura aparecen ex empleados dados de baja en marzo. Queremos el abono",
        ],
        "en": [
            "You're still billing us for {n} people who left {company} months ago, they were removed in the portal",
            "Invoice still includes leavers we removed back in March. We want a credit",
        ],
        "pt": ["Continuam a faturar {n} pessoas que ja sairam da {company}"],
        "fr": ["Vous facturez encore {n} personnes parties de {company} depuis des mois"],
        "it": ["Continuate a fatturare {n} persone uscite da {company} da mesi"],
        "de": ["Ihr berechnet immer noch {n} Leute, die {company} vor Monaten verlassen haben"],
    },
}

B2B_NOTHING_FIXED = {
    "es": "Seguimos igual con {issue}. Nadie nos ha dado solucion en toda la semana. Estamos pidiendo presupuesto a {comp} para el año que viene",
    "en": "Still nothing on {issue}. No one has come back to us all week. We're getting quotes from {comp} for next year",
    "pt": "Continuamos sem solucao para {issue}. Estamos a pedir propostas a {comp}",
    "fr": "Toujours rien concernant {issue}. Nous demandons des devis à {comp} pour l'an prochain",
    "it": "Ancora niente per {issue}. Stiamo chiedendo preventivi a {comp} per l'anno prossimo",
    "de": "Immer noch keine Lösung für {issue}. Wir holen Angebote bei {comp} ein",
}

B2B_MILD = {
    "es": [
        "Un detalle: en la factura sale el nombre de la empresa cortado. No es urgente",
        "Pequeña cosa, el PDF de la factura no trae el numero de pedido. Cuando podais",
    ],
    "en": [
        "Minor thing: our company name is cut off on the invoice PDF. Not urgent",
        "Small one, the invoice PDF doesn't show our PO number. Whenever you get a chance",
    ],
    "pt": ["Pormenor: o nome da empresa aparece cortado na fatura. Nada urgente"],
    "fr": ["Petit détail : le nom de la société est tronqué sur la facture. Pas urgent"],
    "it": ["Dettaglio: il nome dell'azienda è tagliato nel PDF della fattura. Niente di urgente"],
    "de": ["Kleinigkeit: unser Firmenname ist auf der Rechnung abgeschnitten. Nicht dringend"],
}

B2B_SUBJECT = {
    "es": "Kinetra Corporate - {company}",
    "en": "Kinetra Corporate - {company}",
    "pt": "Kinetra Corporate - {company}",
    "fr": "Kinetra Corporate - {company}",
    "it": "Kinetra Corporate - {company}",
    "de": "Kinetra Corporate - {company}",
}

# ---------------------------------------------------------------- the spike

SPIKE = {
    "es": [
        "El QR de la app no abre el torno en {club}, pone ACCESO DENEGADO E52. Somos 15 en la puerta a las 7 y media",
        "torno de {club} rechaza el codigo QR, error E52. Llego tarde al trabajo por vuestra culpa",
        "@Kinetra el QR no funciona, 'codigo no valido', llevo 10 minutos en la entrada",
        "No se puede entrar en {club}, el torno rechaza todos los QR. Recepcion vacia. Que pasa??",
        "Acceso denegado E52 con el QR de la app, y eso que acabo de renovar",
    ],
    "en": [
        "App QR code won't open the turnstile at {club}, says ACCESS DENIED E52. Queue out the door at 6:40",
        "turnstile at {club} rejecting every QR code, error E52. Anyone else?",
        "@KinetraUK QR not working, 'invalid code', stood outside for 10 min",
        "Can't get into {club}, QR rejected, no one on reception. What's going on??",
    ],
    "pt": [
        "O QR da app nao abre o torniquete no {club}, diz ACESSO NEGADO E52",
        "QR rejeitado na entrada do {club}, erro E52. Estamos todos a porta",
    ],
    "fr": [
        "Le QR de l'appli n'ouvre pas le tourniquet à {club}, ACCÈS REFUSÉ E52",
        "tourniquet de {club} refuse tous les QR, erreur E52. Quelqu'un d'autre ?",
    ],
    "it": [
        "Il QR dell'app non apre il tornello a {club}, ACCESSO NEGATO E52",
        "tornello di {club} rifiuta tutti i QR, errore E52. Siamo in coda fuori",
    ],
    "de": [
        "QR-Code aus der App öffnet das Drehkreuz in {club} nicht, ZUTRITT VERWEIGERT E52",
        "Drehkreuz in {club} lehnt alle QR-Codes ab, Fehler E52. Schlange bis draußen",
    ],
}

SPIKE_STILL = {
    "es": [
        "Sigue sin funcionar el QR, E52 otra vez. 40 minutos y sin entrar",
        "SIGUE el torno bloqueado con E52, esto es un desastre",
    ],
    "en": [
        "STILL E52 at the turnstile, 40 minutes now and no one can get in",
        "QR still rejected, E52 again. Gave up and went to work",
    ],
    "pt": ["AINDA da E52 na entrada, 40 minutos a espera"],
    "fr": ["TOUJOURS E52 au tourniquet, 40 minutes que j'attends"],
    "it": ["ANCORA E52 al tornello, sono qui da 40 minuti"],
    "de": ["IMMER NOCH E52 am Drehkreuz, seit 40 Minuten"],
}

SPIKE_FIXED = {
    "es": "Hola {name}, esta mañana un fallo en la actualizacion del sistema de acceso bloqueo los codigos QR (error E52). Ya esta resuelto en todos los clubes; te hemos sumado un pase de invitado por las molestias. Equipo Kinetra",
    "en": "Hi {name}, this morning an update to our access system blocked app QR codes (error E52). It's fixed at every club now and we've added a guest pass to your account for the trouble. Kinetra Member Services",
    "pt": "Ola {name}, esta manha uma atualizacao do sistema de acesso bloqueou os QR (erro E52). Ja esta resolvido em todos os clubes. Equipa Kinetra",
    "fr": "Bonjour {name}, ce matin une mise à jour du système d'accès a bloqué les QR (erreur E52). C'est réglé dans tous les clubs. L'équipe Kinetra",
    "it": "Ciao {name}, stamattina un aggiornamento del sistema di accesso ha bloccato i QR (errore E52). Ora è risolto in tutti i club. Il team Kinetra",
    "de": "Hallo {name}, heute früh hat ein Update des Zugangssystems die QR-Codes blockiert (Fehler E52). In allen Clubs ist es behoben. Dein Kinetra Team",
}

LONE_SPIKE = {
    "es": "hola, esta tarde el torno de {club} no me leia el QR, he entrado con recepcion. Es normal?",
    "en": "hi, the turnstile at {club} wouldn't read my QR this evening, reception let me in. Is that a known thing?",
}
