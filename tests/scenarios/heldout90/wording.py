# ruff: noqa: E501
"""Consumer wording of heldout90 (Pendivo, mountain-sports gear hire), written from the stories.

Italian and French first (most variants), then English, German, Portuguese and Spanish.
Placeholders: {shop}, {item}, {case}, {amount}, {agent}, {competitor}, {detail}, {day}.
"""

from __future__ import annotations

LANGS = ("it", "fr", "en", "de", "pt", "es")

COMPETITORS = ("Slalomix", "Neigeroc")

# The gear a customer speaks of, by season (written so no adjective has to agree with it).
ITEM = {
    "winter": {
        "it": "gli sci",
        "fr": "les skis",
        "en": "the skis",
        "de": "die Ski",
        "pt": "os esquis",
        "es": "los esquís",
    },
    "summer": {
        "it": "la e-bike",
        "fr": "le VTT électrique",
        "en": "the e-bike",
        "de": "das E-MTB",
        "pt": "a e-bike",
        "es": "la e-bike",
    },
}

# Shops at the foot of the lifts, by market (where a customer of that market usually goes).
SHOPS = {
    "IT": ["Cervinia", "Livigno", "Bormio", "Madonna di Campiglio", "Val Senales"],
    "CH": ["Zermatt", "Verbier", "Saas-Fee", "Crans-Montana"],
    "FR": ["Tignes", "Val Thorens", "Chamonix", "Val d'Isère"],
    "BE": ["Tignes", "La Plagne", "Val d'Isère"],
    "LU": ["Tignes", "Val Thorens", "Verbier"],
    "UK": ["Chamonix", "Val Thorens", "Verbier", "Tignes"],
    "IE": ["Chamonix", "La Plagne", "Livigno"],
    "AT": ["Sölden", "Hintertux", "Kaprun"],
    "DE": ["Hintertux", "Sölden", "Livigno", "Kaprun"],
    "PT": ["Val Thorens", "Livigno", "Baqueira"],
    "ES": ["Baqueira", "Formigal", "Sierra Nevada", "Tignes"],
    "AD": ["Grandvalira", "Baqueira"],
}

# Glacier shops open on the spike's Saturday.
GLACIER_SHOPS = {
    "it": ["Cervinia", "Val Senales", "Cervinia"],
    "fr": ["Tignes", "Saas-Fee", "Tignes"],
    "en": ["Tignes", "Hintertux"],
    "de": ["Hintertux", "Sölden"],
    "pt": ["Tignes", "Saas-Fee"],
    "es": ["Tignes", "Sölden"],
}

AGENTS = {
    "it": ["Giulia", "Marco", "Chiara", "Davide"],
    "fr": ["Camille", "Julien", "Léa", "Thomas"],
    "en": ["Sophie", "Tom"],
    "de": ["Lena", "Jonas"],
    "pt": ["Inês", "Rui"],
    "es": ["Lucía", "Pablo"],
}

PRODUCTS = {
    "winter": [
        ("Skis + boots, 3 days / Sci + scarponi, 3 giorni", 96.0, "/rent/skis"),
        ("Premium skis, 6 days / Sci premium, 6 giorni", 214.0, "/rent/skis/premium"),
        ("Snowboard + boots, weekend / Snowboard + scarponi, weekend", 74.0, "/rent/snowboard"),
        ("Kids' ski kit, season / Kit sci bambino, stagione", 149.0, "/season-rental"),
        ("Ski touring kit, 2 days / Kit scialpinismo, 2 giorni", 118.0, "/rent/touring"),
        ("Helmet + goggles, 6 days / Casco + maschera, 6 giorni", 39.0, "/rent/helmets"),
        ("Cross-country skis, day / Sci di fondo, giornata", 24.0, "/rent/nordic"),
        ("Snowshoes + poles, weekend / Ciaspole + bastoncini, weekend", 28.0, "/rent/snowshoes"),
    ],
    "summer": [
        ("E-MTB, day / E-MTB, giornata", 59.0, "/rent/e-mtb"),
        ("E-MTB, 3 days / E-MTB, 3 giorni", 159.0, "/rent/e-mtb"),
        ("Via ferrata kit, day / Kit ferrata, giornata", 22.0, "/rent/via-ferrata"),
        (
            "Trekking poles + child carrier, week / Bastoncini + zaino portabimbo, settimana",
            45.0,
            "/rent/hiking",
        ),
        ("Kids' MTB, weekend / MTB bambino, weekend", 38.0, "/rent/kids-bike"),
        ("Climbing shoes + harness, day / Scarpette + imbrago, giornata", 19.0, "/rent/climbing"),
    ],
}

PAGES = [
    "/shops",
    "/app/queue",
    "/protect",
    "/season-rental",
    "/faq/sizes",
    "/account/bookings",
    "/conditions/weather-guarantee",
    "/hotel-delivery",
]

WEEKDAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

# --------------------------------------------------------------------------- happy acts

PRAISE = {
    "it": [
        "Noleggio da Pendivo a {shop}: {item} pronti col mio nome sopra, 6 minuti e via in pista. Così si fa!",
        "ragazzi del negozio di {shop} sempre gentilissimi, mi hanno regolato tutto senza che chiedessi niente. grz Pendivo",
        "Prima volta con la prenotazione da app e devo dire comodissimo, niente coda e il ragazzo al banco super preparato 👍",
        "Pendivo consigliatissimo, mio figlio di 7 anni aveva paura del casco nuovo e la ragazza di {shop} gli ha fatto scegliere il colore. Ha sciato tutto il giorno felice",
        "Portato in hotel la sera prima, alle 8 eravamo già sulla seggiovia. Servizio top, bravi Pendivo",
    ],
    "fr": [
        "Location Pendivo à {shop} au top : matériel prêt à mon nom, réglé, 5 min montre en main. Merci l'équipe !",
        "franchement rien à redire, le gars du magasin de {shop} a pris le temps de refaire le réglage de mes chaussures deux fois. Merci Pendivo",
        "Livraison au chalet la veille au soir, tout était là et à la bonne taille pour les 4 enfants. Pendivo vous êtes des chefs 👌",
        "Première fois que je réserve par l'appli, zéro attente au comptoir, on a gagné une heure de glisse. Je recommande Pendivo",
        "Super accueil chez Pendivo {shop}, conseils nickel pour ma fille qui débute. On reviendra",
    ],
    "en": [
        "Hired from Pendivo in {shop} this week, kit ready with our names on it and the lad at the counter sorted my boots in 2 minutes. Brilliant",
        "Can't fault Pendivo, delivered to the chalet the night before and collected from the hotel at the end. Easiest ski holiday we've had",
    ],
    "de": [
        "Pendivo in {shop}: alles reserviert, alles passt, nach 5 Minuten auf der Piste. So muss das sein!",
        "Super Beratung bei Pendivo, die Schuhe haben den ganzen Tag nicht gedrückt. Danke an das Team in {shop}",
    ],
    "pt": [
        "Aluguei na Pendivo em {shop} e correu tudo bem, material pronto e o rapaz do balcão falava português 😄 Recomendo",
        "Pendivo 5 estrelas, entregaram no hotel na véspera e as crianças ficaram com tudo à medida. Obg!",
    ],
    "es": [
        "Alquilé con Pendivo en {shop} y genial: todo listo a mi nombre, cinco minutos y a la pista. Recomendable 100%",
        "El chico de la tienda de Pendivo en {shop} majísimo, me ajustó las botas dos veces sin poner mala cara. Gracias!!",
    ],
}

AGAIN = {
    "it": [
        "Terza stagione con Pendivo e ancora nessun intoppo. Materiale sempre tenuto benissimo, chapeau",
        "Di nuovo il ragazzo simpatico di {shop} che si ricorda le misure dei miei bimbi dall'anno scorso. Ancora una volta grazie",
        "ancora una volta tutto liscio con Pendivo, ormai prenoto a occhi chiusi",
    ],
    "fr": [
        "Troisième fois chez Pendivo cette saison et toujours aussi nickel. L'équipe de {shop} se souvient même de ma pointure",
        "Encore une fois livré au chalet pile à l'heure. Toujours ravie de Pendivo",
        "toujours le même accueil au top chez Pendivo {shop}, ça fait plaisir",
    ],
    "en": [
        "Third time with Pendivo and still the smoothest hire in the resort. Same friendly guy at {shop} too",
        "Pendivo again this year, still no queue, still spot on",
    ],
    "de": [
        "Schon wieder alles perfekt bei Pendivo, dritte Saison ohne ein einziges Problem",
        "Immer noch begeistert von der Abholung per App, wieder keine Minute gewartet",
    ],
    "pt": [
        "Terceira vez com a Pendivo e continua tudo impecável. Obrigada outra vez à equipa de {shop}"
    ],
    "es": [
        "Tercera temporada con Pendivo y otra vez todo perfecto, da gusto",
        "Otra vez el mismo chico de {shop} que se acordaba de nuestras tallas jaja, un crack",
    ],
}

GRIPE = {
    "it": [
        "Tutto ottimo con Pendivo, unica cosa il parcheggio davanti al negozio di {shop} è sempre pieno. Per il resto 10 e lode",
        "Materiale perfetto e personale gentile, solo l'app ogni tanto mi chiede di nuovo il login. Ma ci torno di sicuro",
        "Servizio bellissimo, però il lucchetto potreste darlo senza farlo pagare a parte dai. Comunque bravi",
    ],
    "fr": [
        "Très contente de Pendivo, juste dommage que le magasin de {shop} ferme à 17h pile, on a dû courir. Sinon parfait",
        "Matériel impeccable, seul bémol l'appli qui met du temps à charger le matin. Je recommande quand même",
        "Top comme toujours, par contre les casques enfants sentent un peu le renfermé 😅 mais rien de grave",
    ],
    "en": [
        "Really happy with Pendivo, only thing is the kit bags are a bit flimsy. Otherwise spot on"
    ],
    "de": [
        "Sehr zufrieden, nur die Öffnungszeiten in {shop} könnten am Sonntag länger sein. Sonst alles top"
    ],
    "pt": ["Tudo ótimo, só a app às vezes demora a abrir de manhã. De resto recomendo"],
    "es": [
        "Muy contenta con Pendivo, solo que el parking de la tienda de {shop} es un caos. Por lo demás 10"
    ],
}

# (question, agent's answer)
CHAT_Q = {
    "it": [
        (
            "Ciao, posso cambiare la taglia degli scarponi di mio figlio direttamente in negozio o devo farlo da app?",
            "Ciao! Puoi farlo tranquillamente al banco, i ragazzi cambiano la taglia senza costi. Buona sciata!",
        ),
        (
            "buongiorno, la copertura Protect vale anche se il furto avviene fuori dalla pista? tipo al bar",
            "Buongiorno, sì: Protect copre il furto anche fuori pista se il materiale era chiuso con il lucchetto che ti diamo al ritiro.",
        ),
        (
            "Se nevica troppo e chiudono gli impianti mi rimborsate il giorno?",
            "Sì, con la garanzia meteo ti rimborsiamo ogni giorno in cui gli impianti principali restano chiusi, in automatico entro 5 giorni.",
        ),
        (
            "ciao posso ritirare la sera prima? arriviamo tardi venerdì",
            "Ciao! Sì, il ritiro serale è possibile dalle 17 alle 19 nei negozi di stazione, basta sceglierlo in app.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux échanger les chaussures de ma fille en cours de séjour si elles lui font mal ?",
            "Bonjour ! Bien sûr, l'échange est gratuit à tout moment au magasin. Bon séjour !",
        ),
        (
            "bjr la livraison au chalet c'est jusqu'à quelle heure le soir ? on arrive vers 20h",
            "Bonjour, nous livrons jusqu'à 21h, vous pouvez choisir le créneau 20h-21h dans l'appli.",
        ),
        (
            "Salut, la garantie Protect couvre la casse d'un bâton ?",
            "Bonjour, oui, Protect couvre la casse des bâtons, skis et fixations, sans franchise.",
        ),
        (
            "Est-ce que je peux prolonger d'un jour depuis l'appli ou il faut passer au magasin ?",
            "Bonjour, vous pouvez prolonger directement dans l'appli, onglet Mes locations, jusqu'à la veille 22h.",
        ),
    ],
    "en": [
        (
            "Hi, can we pick up the evening before? arriving Friday around 6pm",
            "Hi! Yes, evening pick-up runs 17:00-19:00 at the resort shops, just choose it in the app.",
        ),
        (
            "does the weather guarantee pay out if only the top lifts are shut",
            "Hi, it pays out when the main lifts of the resort stay closed for the day; partial closures are not covered, sorry.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich die Skischuhe vor Ort tauschen, falls sie drücken?",
            "Hallo! Ja, der Tausch ist jederzeit kostenlos im Shop. Viel Spaß!",
        ),
        (
            "Gilt Protect auch für Diebstahl an der Hütte?",
            "Hallo, ja, wenn das Material mit unserem Schloss gesichert war. Einfach die Anzeige in der App hochladen.",
        ),
    ],
    "pt": [
        (
            "Olá, posso levantar o material na véspera? chegamos sexta à noite",
            "Olá! Sim, o levantamento ao fim do dia é das 17h às 19h nas lojas da estância, basta escolher na app.",
        ),
    ],
    "es": [
        (
            "Hola, puedo cambiar las botas en la tienda si me hacen daño?",
            "¡Hola! Sí, el cambio es gratis en cualquier momento. ¡Buena nieve!",
        ),
        (
            "holaa la garantía de tiempo cubre si cierran por viento?",
            "Hola, sí, si los remontes principales no abren en todo el día te devolvemos ese día automáticamente.",
        ),
    ],
}

THANKS = {
    "it": ["Perfetto grazie mille!", "ok grz", "Gentilissimi, grazie 🙏"],
    "fr": ["Super merci !", "parfait merci bcp", "Merci beaucoup, bonne journée"],
    "en": ["Brilliant, thanks!", "great thx"],
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "pt": ["Obrigada!", "ok obg 👍"],
    "es": ["Genial, gracias!", "vale gracias!!"],
}

# (subject, question, agent's answer)
EMAIL_Q = {
    "it": [
        (
            "Noleggio stagionale bambino",
            "Buongiorno,\nvorrei capire come funziona il cambio taglia a metà stagione per il noleggio stagionale di mia figlia: devo prenotare o posso passare in negozio quando voglio?\nGrazie\n{name}",
            "Buongiorno {name},\nil cambio taglia è incluso una volta a stagione: può passare in qualsiasi negozio Pendivo, senza prenotazione, con l'attrezzatura da cambiare.\nBuona stagione!\n{agent}, Pendivo",
        ),
        (
            "Domanda consegna in hotel",
            "Salve, la consegna in hotel è disponibile anche a Bormio? Arriviamo in 5 con due bambini e preferiremmo non passare in negozio.\nCordiali saluti, {name}",
            "Salve {name},\nsì, a Bormio consegniamo in hotel dalle 17 alle 21 il giorno prima dell'inizio del noleggio. Può sceglierlo in app al momento della prenotazione.\nA presto,\n{agent}, Pendivo",
        ),
    ],
    "fr": [
        (
            "Question location saison enfant",
            "Bonjour,\nMon fils grandit vite, est-ce que la location saison permet de changer de taille de chaussures en février ? Et faut-il réserver ?\nMerci d'avance,\n{name}",
            "Bonjour {name},\nOui, un changement de taille est inclus par saison, sans rendez-vous, dans n'importe quel magasin Pendivo.\nBonne saison !\n{agent}, Pendivo",
        ),
        (
            "Facture pour mon CE",
            "Bonjour, mon comité d'entreprise rembourse une partie de la location, pouvez-vous m'envoyer une facture à mon nom pour la semaine à {shop} ? Cordialement, {name}",
            "Bonjour {name},\nVotre facture est disponible dans l'appli (Mes locations > Facture) et nous venons de vous l'envoyer aussi par mail.\nBelle journée,\n{agent}, Pendivo",
        ),
    ],
    "en": [
        (
            "Question about Protect",
            "Hi there,\nif I add Protect after booking, does it still cover the whole week? We booked in September and forgot.\nThanks, {name}",
            "Hi {name},\nyes, you can add Protect up to the day before pick-up and it covers the whole hire. You'll find it under My hires in the app.\nBest,\n{agent}, Pendivo",
        ),
    ],
    "de": [
        (
            "Frage Saisonmiete",
            "Hallo,\nkann ich bei der Saisonmiete für meinen Sohn die Schuhgröße im Januar tauschen? Muss ich dafür einen Termin machen?\nViele Grüße\n{name}",
            "Hallo {name},\nein Größentausch pro Saison ist inklusive, ohne Termin in jedem Pendivo-Shop.\nSchöne Saison!\n{agent}, Pendivo",
        ),
    ],
    "pt": [
        (
            "Pergunta entrega no hotel",
            "Bom dia,\na entrega no hotel também funciona em {shop}? Vamos com três crianças.\nObrigado, {name}",
            "Bom dia {name},\nsim, entregamos no hotel entre as 17h e as 21h da véspera. Pode escolher na app ao reservar.\nBoas férias,\n{agent}, Pendivo",
        ),
    ],
    "es": [
        (
            "Duda alquiler de temporada",
            "Hola,\nel alquiler de temporada de mi hija permite cambiar la talla de botas a mitad de invierno? Hay que pedir cita?\nGracias, {name}",
            "Hola {name},\nsí, un cambio de talla por temporada está incluido, sin cita, en cualquier tienda Pendivo.\n¡Buena temporada!\n{agent}, Pendivo",
        ),
    ],
}

# (call transcript, agent's follow-up e-mail): transcripts without punctuation.
PHONE_Q = {
    "it": [
        (
            "sì buongiorno volevo sapere se posso aggiungere un casco alla prenotazione di sabato a nome mio senza rifare tutto grazie",
            "Buongiorno {name}, come da telefonata abbiamo aggiunto il casco alla prenotazione di sabato, lo trova in app. Buona giornata, {agent}, Pendivo",
        ),
        (
            "salve chiamo per la garanzia meteo se domenica chiudono per vento cosa devo fare niente in automatico ok perfetto",
            "Gentile {name}, le confermo che il rimborso meteo è automatico entro 5 giorni, non deve fare nulla. Cordiali saluti, {agent}, Pendivo",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut passer de trois à cinq jours sur ma réservation à {shop} sans payer de frais voilà merci",
            "Bonjour {name}, suite à votre appel votre location est prolongée à 5 jours, sans frais. Le détail est dans l'appli. Bonne glisse, {agent}, Pendivo",
        ),
        (
            "allô bonjour c'est pour la livraison au chalet le code du chalet c'est le 4 4 1 2 est-ce que vous pouvez le noter merci",
            "Bonjour {name}, le code d'accès est bien noté pour la livraison de samedi soir. Bonne soirée, {agent}, Pendivo",
        ),
    ],
    "en": [
        (
            "hi yeah just calling to check if the kids helmets are included in the family pack or extra cheers",
            "Hi {name}, as discussed, helmets are included in the family pack, nothing extra to pay. Enjoy the trip, {agent}, Pendivo",
        ),
    ],
    "de": [
        (
            "ja grüß Gott ich wollte fragen ob ich die Abholung von Samstag auf Freitagabend vorziehen kann danke",
            "Hallo {name}, wie besprochen ist die Abholung jetzt am Freitag 17-19 Uhr. Viele Grüße, {agent}, Pendivo",
        ),
    ],
    "pt": [
        (
            "olá bom dia queria saber se dá para juntar as reservas das duas crianças numa só obrigada",
            "Olá {name}, conforme falámos juntámos as duas reservas numa só. Boas férias, {agent}, Pendivo",
        ),
    ],
    "es": [
        (
            "hola buenas llamaba para ver si puedo recoger el material el viernes por la tarde en vez del sábado vale gracias",
            "Hola {name}, como hablamos, la recogida queda el viernes de 17 a 19 h. Un saludo, {agent}, Pendivo",
        ),
    ],
}

# (rating, review text)
REVIEW = {
    "it": [
        ("5", "Tutto perfetto, materiale nuovo e personale competente. Torneremo"),
        ("5", "Prenotazione facilissima e ritiro in 5 minuti a {shop}. Consigliato"),
        ("4", "Molto bene, solo un po' di attesa per la regolazione degli attacchi"),
    ],
    "fr": [
        ("5", "Parfait du début à la fin, matériel récent et équipe aux petits soins"),
        ("5", "Réservation simple, retrait express à {shop}, rien à redire"),
        ("4", "Très bien, juste un peu d'attente au retour le dernier jour"),
    ],
    "en": [
        ("5", "Quick, friendly and the kit was in great nick. Will use again"),
        ("4", "Very good, bit of a wait to hand back on the last day"),
    ],
    "de": [
        ("5", "Schnell, freundlich, Material top gepflegt. Gerne wieder"),
        ("4", "Sehr gut, nur die Rückgabe am letzten Tag dauerte etwas"),
    ],
    "pt": [
        ("5", "Rápido e simpático, material impecável"),
        ("4", "Muito bom, só demorou um pouco na devolução"),
    ],
    "es": [
        ("5", "Rápido, amables y material nuevo. Repetiremos"),
        ("4", "Muy bien, algo de espera al devolver el último día"),
    ],
}

SURVEY_WORDS = {
    "it": ["", "", "Ottimo", "tutto perfetto", "👍", "Bravi!"],
    "fr": ["", "", "Parfait", "rien à redire", "😊", "Top"],
    "en": ["", "Great", "spot on", "👍"],
    "de": ["", "Super", "alles bestens"],
    "pt": ["", "Ótimo", "👍"],
    "es": ["", "Genial", "todo perfecto"],
}

NIGHT_POST = {
    "it": [
        "Finito il turno di notte in pronto soccorso e ho appena prenotato {item} per sabato con Pendivo, in due minuti dal divano. Adesso posso dormire",
        "le 2 e non dormo, sto guardando i video delle piste di {shop} e contando i giorni. Prenotato tutto con Pendivo, non vedo l'ora",
        "Notte insonne col piccolo che ha la febbre, almeno ho sistemato il noleggio per le vacanze con Pendivo. App fatta bene, complimenti",
    ],
    "fr": [
        "3h du mat, impossible de dormir, du coup j'ai réservé {item} pour le week-end avec Pendivo. Appli super simple même à moitié endormie",
        "De garde cette nuit à la boulangerie, réservation Pendivo faite entre deux fournées. Hâte d'être à {shop}",
        "insomnie + vidéos de ski = réservation Pendivo à 2h du matin 😂 aucun regret",
    ],
    "en": [
        "Night shift done, kit for Saturday booked with Pendivo in two minutes flat. Bed now",
        "2am and can't sleep so I booked the whole family's gear for {shop} with Pendivo. Easy",
    ],
    "de": [
        "Nachtschicht vorbei, und in zwei Minuten {item} für Samstag bei Pendivo reserviert. Jetzt ins Bett"
    ],
    "pt": ["Turno da noite acabado e já reservei tudo na Pendivo para sábado. Agora dormir 😴"],
    "es": ["Las 2 y sin dormir, así que he reservado con Pendivo para el finde. La app va fina"],
}

NIGHT_CHAT = {
    "it": [
        (
            "ciao scusate l'ora, se restituisco tutto domani alle 8 invece che stasera pago un giorno in più?",
            "Ciao! No, la riconsegna entro le 9 del mattino dopo è inclusa. Buonanotte!",
        ),
        (
            "Buonasera, il negozio di {shop} domani apre alle 8 o alle 8:30?",
            "Buonasera, domani apre alle 7:45. Buona sciata!",
        ),
    ],
    "fr": [
        (
            "bonsoir dsl de l'heure, si je rends le matériel demain 8h au lieu de ce soir c'est facturé ?",
            "Bonsoir ! Non, le retour jusqu'à 9h le lendemain est inclus. Bonne nuit !",
        ),
        (
            "Le magasin de {shop} ouvre à quelle heure demain ?",
            "Bonsoir, il ouvre à 7h45 demain. Bonne glisse !",
        ),
    ],
    "en": [
        (
            "sorry for the hour, if I return the kit at 8 tomorrow instead of tonight is that an extra day?",
            "Hi! No, returns until 9 the next morning are included. Good night!",
        )
    ],
    "de": [
        (
            "Hallo, kostet es extra, wenn ich morgen um 8 statt heute Abend zurückgebe?",
            "Hallo! Nein, Rückgabe bis 9 Uhr am Folgetag ist inklusive. Gute Nacht!",
        )
    ],
    "pt": [
        (
            "boa noite, se devolver amanhã às 8h pago mais um dia?",
            "Olá! Não, a devolução até às 9h do dia seguinte está incluída. Boa noite!",
        )
    ],
    "es": [
        (
            "hola perdón por la hora, si devuelvo mañana a las 8 me cobráis otro día?",
            "¡Hola! No, devolver hasta las 9 del día siguiente está incluido. ¡Buenas noches!",
        )
    ],
}

PRAISE_SUMMER = {
    "it": [
        "E-bike di Pendivo a {shop} perfetta, batteria carica e il ragazzo ci ha pure segnato il giro più bello sulla mappa. Consigliato!",
        "giro in e-mtb con i bambini e zaino portabimbo noleggiato da Pendivo, tutto pulito e regolato. grz ragazzi",
        "Kit ferrata noleggiato da Pendivo a {shop}: spiegazione chiara, imbrago controllato davanti a me. Così mi sento tranquilla",
        "Ritiro in 5 minuti a {shop} e bici nuovissime. Pendivo non sbaglia un colpo",
    ],
    "fr": [
        "VTT électrique Pendivo à {shop} au top, batterie pleine et le vendeur nous a même conseillé la plus belle boucle. Merci !",
        "sortie en VTT avec les enfants, porte-bébé loué chez Pendivo, tout propre et bien réglé. merci l'équipe",
        "Kit via ferrata loué chez Pendivo à {shop} : explications claires, baudrier vérifié devant moi. Rassurant",
        "Retrait en 5 min à {shop} et vélos quasi neufs. Pendivo assure",
    ],
    "en": [
        "E-bikes from Pendivo in {shop} were spot on, full batteries and the lad marked the best loop on the map for us. Brilliant"
    ],
    "de": [
        "E-MTB von Pendivo in {shop}: Akku voll, Rad top eingestellt und eine tolle Tourenempfehlung dazu. Danke!"
    ],
    "pt": [
        "E-bikes da Pendivo em {shop} impecáveis, bateria cheia e ainda nos indicaram o melhor percurso. Recomendo"
    ],
    "es": [
        "E-bikes de Pendivo en {shop} perfectas, batería llena y encima nos recomendaron la mejor ruta. Gracias!!"
    ],
}

CHAT_Q_SUMMER = {
    "it": [
        (
            "Ciao, la e-bike ha la batteria per fare 1.500 m di dislivello o serve la seconda batteria?",
            "Ciao! Per 1.500 m consigliamo la seconda batteria, la aggiungi in app a 12 € al giorno.",
        ),
        (
            "buongiorno lo zaino portabimbo va bene per una bimba di 18 mesi?",
            "Buongiorno, sì, è omologato da 9 mesi a 18 kg. Buona gita!",
        ),
        (
            "Se piove tutto il giorno mi rimborsate la e-bike?",
            "Sì, con la garanzia meteo rimborsiamo il giorno se l'allerta meteo è arancione o rossa, in automatico.",
        ),
    ],
    "fr": [
        (
            "Bonjour, la batterie du VTT tient 1 500 m de dénivelé ou il faut la deuxième batterie ?",
            "Bonjour ! Pour 1 500 m on conseille la deuxième batterie, ajoutable dans l'appli à 12 € par jour.",
        ),
        (
            "bjr le porte-bébé convient pour une petite de 18 mois ?",
            "Bonjour, oui, il est homologué de 9 mois à 18 kg. Bonne balade !",
        ),
        (
            "Si la via ferrata est fermée pour orage, le kit est remboursé ?",
            "Bonjour, oui, la garantie météo rembourse la journée en cas d'alerte orange ou rouge.",
        ),
    ],
    "en": [
        (
            "Hi, will the e-bike battery do 1,500 m of climbing or do I need the spare?",
            "Hi! For 1,500 m we'd recommend the spare battery, you can add it in the app for €12 a day.",
        )
    ],
    "de": [
        (
            "Hallo, reicht der Akku für 1.500 Höhenmeter oder brauche ich einen zweiten?",
            "Hallo! Für 1.500 Hm empfehlen wir den Zweitakku, in der App für 12 € pro Tag.",
        )
    ],
    "pt": [
        (
            "Olá, a bateria da e-bike aguenta 1.500 m de subida?",
            "Olá! Para 1.500 m recomendamos a segunda bateria, adiciona-se na app por 12 € por dia.",
        )
    ],
    "es": [
        (
            "Hola, la batería de la e-bike aguanta 1.500 m de desnivel o hace falta la segunda?",
            "¡Hola! Para 1.500 m recomendamos la segunda batería, se añade en la app por 12 € al día.",
        )
    ],
}

REVIEW_SUMMER = {
    "it": [
        ("5", "E-bike nuove e ben tenute, personale gentilissimo. Torneremo"),
        ("4", "Molto bene, solo un po' di attesa al ritiro la domenica mattina"),
    ],
    "fr": [
        ("5", "VTT récents et bien entretenus, équipe adorable"),
        ("4", "Très bien, un peu d'attente au retrait le dimanche matin"),
    ],
    "en": [("5", "Bikes in great nick and really friendly staff")],
    "de": [("5", "Räder top gepflegt, sehr freundliches Team")],
    "pt": [("5", "Bicicletas impecáveis e equipa simpática")],
    "es": [("5", "Bicis nuevas y bien cuidadas, personal muy amable")],
}

# --------------------------------------------------------------------------- trouble

PROBLEMS = ("not_ready", "overcharged", "faulty", "refund", "damage_fee", "wrong_size")

TOPIC = {
    "not_ready": {
        "it": "materiale non pronto al ritiro",
        "fr": "matériel pas prêt au retrait",
        "en": "kit not ready at pick-up",
        "de": "Material bei Abholung nicht bereit",
        "pt": "material não estava pronto",
        "es": "material no preparado",
    },
    "overcharged": {
        "it": "addebito di giorni in più",
        "fr": "jours facturés en trop",
        "en": "charged for extra days",
        "de": "zu viele Tage abgebucht",
        "pt": "dias cobrados a mais",
        "es": "días cobrados de más",
    },
    "faulty": {
        "it": "materiale difettoso",
        "fr": "matériel défectueux",
        "en": "faulty kit",
        "de": "defektes Material",
        "pt": "material com defeito",
        "es": "material defectuoso",
    },
    "refund": {
        "it": "rimborso garanzia meteo",
        "fr": "remboursement garantie météo",
        "en": "weather guarantee refund",
        "de": "Erstattung Wettergarantie",
        "pt": "reembolso garantia meteorológica",
        "es": "reembolso garantía meteo",
    },
    "damage_fee": {
        "it": "addebito danni ingiusto",
        "fr": "frais de dégâts injustes",
        "en": "unfair damage charge",
        "de": "ungerechte Schadensgebühr",
        "pt": "cobrança de danos injusta",
        "es": "cargo por daños injusto",
    },
    "wrong_size": {
        "it": "taglie sbagliate consegnate in hotel",
        "fr": "mauvaises tailles livrées au chalet",
        "en": "wrong sizes delivered",
        "de": "falsche Größen geliefert",
        "pt": "tamanhos errados entregues",
        "es": "tallas equivocadas entregadas",
    },
}

# A season's detail for the faulty kit.
FAULTY_DETAIL = {
    "winter": {
        "it": "l'attacco dello sci destro non era regolato e alla prima curva si è sganciato, sono finita per terra",
        "fr": "la fixation du ski droit n'était pas réglée, elle a déchaussé au premier virage et je suis tombée",
        "en": "the right binding wasn't set and released on the first turn, I went flying",
        "de": "die rechte Bindung war nicht eingestellt und ist in der ersten Kurve aufgegangen, ich lag im Schnee",
        "pt": "a fixação do esqui direito não estava regulada e soltou-se na primeira curva, caí",
        "es": "la fijación del esquí derecho no estaba ajustada y saltó en la primera curva, me caí",
    },
    "summer": {
        "it": "la batteria della e-bike si è scaricata dopo 8 km in salita, segnava 100% al ritiro",
        "fr": "la batterie du VTT électrique a lâché au bout de 8 km de montée alors qu'elle affichait 100 % au retrait",
        "en": "the e-bike battery died after 8 km uphill, it showed 100% when I picked it up",
        "de": "der Akku vom E-MTB war nach 8 km bergauf leer, bei der Abholung stand 100 %",
        "pt": "a bateria da e-bike morreu ao fim de 8 km a subir, marcava 100% no levantamento",
        "es": "la batería de la e-bike murió a los 8 km de subida, marcaba 100% al recogerla",
    },
}

# The complaint's core, first person (placeholders {shop}, {amount}, {detail}).
CORE = {
    "not_ready": {
        "it": [
            "Avevo prenotato e pagato da app, arrivo al negozio di {shop} alle 8:30 e non c'era NIENTE pronto a mio nome. Un'ora e dieci in piedi con due bambini e alla fine ci date un modello inferiore.",
            "prenotazione confermata ieri sera e stamattina a {shop} nessuno sapeva niente, abbiamo aspettato più di un'ora mentre gli altri partivano per le piste.",
        ],
        "fr": [
            "J'avais réservé et payé dans l'appli, j'arrive au magasin de {shop} à 8h30 et RIEN n'était prêt à mon nom. 1h10 debout avec deux enfants et au final un modèle de gamme inférieure.",
            "réservation confirmée hier soir et ce matin à {shop} personne n'était au courant, plus d'une heure d'attente pendant que tout le monde montait aux pistes.",
        ],
        "en": [
            "Booked and paid in the app, turned up at the {shop} shop at 8:30 and NOTHING was ready in my name. Over an hour standing there with two kids and then we got a cheaper model."
        ],
        "de": [
            "Per App gebucht und bezahlt, um 8:30 im Shop in {shop} und NICHTS lag auf meinen Namen bereit. Über eine Stunde gewartet mit zwei Kindern und dann ein schlechteres Modell bekommen."
        ],
        "pt": [
            "Reservei e paguei na app, cheguei à loja de {shop} às 8h30 e não havia NADA pronto em meu nome. Mais de uma hora à espera com dois miúdos e no fim deram-nos um modelo pior."
        ],
        "es": [
            "Reservé y pagué en la app, llego a la tienda de {shop} a las 8:30 y NO había NADA preparado a mi nombre. Más de una hora de pie con dos niños y al final un modelo peor."
        ],
    },
    "overcharged": {
        "it": [
            "Ho noleggiato per 3 giorni e mi avete addebitato 7 giorni, {amount} in più sulla carta. Nella ricevuta c'è scritto 3 giorni!",
            "addebito di {amount} in più sulla carta, noleggio di tre giorni fatturato come settimana intera. Voglio la differenza.",
        ],
        "fr": [
            "J'ai loué 3 jours et vous m'avez débité 7 jours, {amount} de trop sur ma carte. Sur le reçu c'est bien écrit 3 jours !",
            "{amount} prélevés en trop, ma location de trois jours facturée comme une semaine complète. Je veux la différence.",
        ],
        "en": [
            "I hired for 3 days and you've charged my card for 7, {amount} too much. The receipt says 3 days!"
        ],
        "de": [
            "Ich habe 3 Tage gemietet und Sie haben 7 Tage abgebucht, {amount} zu viel. Auf der Quittung stehen 3 Tage!"
        ],
        "pt": ["Aluguei 3 dias e cobraram-me 7, {amount} a mais no cartão. No recibo diz 3 dias!"],
        "es": [
            "Alquilé 3 días y me habéis cobrado 7, {amount} de más en la tarjeta. ¡En el recibo pone 3 días!"
        ],
    },
    "faulty": {
        "it": [
            "Il materiale noleggiato da voi a {shop} era difettoso: {detail}. Poteva finire molto peggio.",
            "materiale difettoso a {shop}, {detail}. giornata rovinata e nessuno al negozio si è scusato",
        ],
        "fr": [
            "Le matériel loué chez vous à {shop} était défectueux : {detail}. Ça aurait pu très mal finir.",
            "matériel défectueux à {shop}, {detail}. journée gâchée et personne au magasin ne s'est excusé",
        ],
        "en": [
            "The kit I hired from you in {shop} was faulty: {detail}. Could have ended much worse."
        ],
        "de": [
            "Das in {shop} gemietete Material war defekt: {detail}. Das hätte viel schlimmer ausgehen können."
        ],
        "pt": [
            "O material alugado em {shop} estava com defeito: {detail}. Podia ter acabado muito pior."
        ],
        "es": [
            "El material que alquilé en {shop} estaba defectuoso: {detail}. Podía haber acabado mucho peor."
        ],
    },
    "refund": {
        "it": [
            "Sabato gli impianti di {shop} sono rimasti chiusi tutto il giorno per vento e la vostra garanzia meteo dice rimborso automatico in 5 giorni. Sono passate due settimane e dei miei {amount} nemmeno l'ombra.",
            "rimborso garanzia meteo di {amount} mai arrivato, impianti chiusi tutto il giorno, sono passate DUE settimane.",
        ],
        "fr": [
            "Samedi les remontées de {shop} sont restées fermées toute la journée à cause du vent, votre garantie météo promet un remboursement automatique sous 5 jours. Ça fait deux semaines et toujours pas mes {amount}.",
            "remboursement garantie météo de {amount} jamais reçu, remontées fermées toute la journée, ça fait DEUX semaines.",
        ],
        "en": [
            "The lifts at {shop} were shut all day Saturday for wind and your weather guarantee says automatic refund within 5 days. Two weeks on and still no sign of my {amount}."
        ],
        "de": [
            "Am Samstag waren die Lifte in {shop} wegen Sturm den ganzen Tag zu, laut Wettergarantie gibt es die Erstattung automatisch in 5 Tagen. Nach zwei Wochen sind meine {amount} immer noch nicht da."
        ],
        "pt": [
            "No sábado os teleféricos de {shop} estiveram fechados o dia todo por causa do vento e a garantia diz reembolso automático em 5 dias. Já passaram duas semanas e nada dos meus {amount}."
        ],
        "es": [
            "El sábado los remontes de {shop} estuvieron cerrados todo el día por viento y vuestra garantía dice reembolso automático en 5 días. Dos semanas después ni rastro de mis {amount}."
        ],
    },
    "damage_fee": {
        "it": [
            "Mi avete addebitato {amount} di danni per un graffio che c'era GIÀ al ritiro, l'ho pure fatto notare al ragazzo di {shop}. Avevo anche pagato Protect!",
            "{amount} di 'danni' addebitati per un segno che c'era già quando ho ritirato, e avevo Protect.",
        ],
        "fr": [
            "Vous m'avez facturé {amount} de dégâts pour une rayure qui était DÉJÀ là au retrait, je l'avais même montrée au vendeur de {shop}. Et j'avais payé Protect !",
            "{amount} de 'dégâts' prélevés pour une marque déjà présente au retrait, alors que j'avais Protect.",
        ],
        "en": [
            "You've charged me {amount} in damage for a scratch that was ALREADY there at pick-up, I even showed the guy at {shop}. And I paid for Protect!"
        ],
        "de": [
            "Sie haben mir {amount} Schaden berechnet für einen Kratzer, der bei der Abholung SCHON da war, ich habe ihn in {shop} sogar gezeigt. Und Protect hatte ich auch!"
        ],
        "pt": [
            "Cobraram-me {amount} de danos por um risco que JÁ lá estava no levantamento, até mostrei ao rapaz de {shop}. E paguei o Protect!"
        ],
        "es": [
            "Me habéis cobrado {amount} de daños por un arañazo que YA estaba al recogerlo, se lo enseñé al chico de {shop}. ¡Y pagué Protect!"
        ],
    },
    "wrong_size": {
        "it": [
            "Consegna in hotel a {shop}: {detail}, e avevo inserito le misure giuste in app. Stamattina abbiamo perso due ore al negozio per cambiare tutto.",
            "ci avete consegnato in hotel le taglie sbagliate per tutti e due i bambini ({detail}), le misure in app erano giuste. due ore perse.",
        ],
        "fr": [
            "Livraison au chalet à {shop} : {detail}, alors que j'avais mis les bonnes mesures dans l'appli. Ce matin deux heures perdues au magasin pour tout échanger.",
            "livré au chalet les mauvaises tailles pour les deux enfants ({detail}), les mesures dans l'appli étaient bonnes. deux heures de perdues.",
        ],
        "en": [
            "Chalet delivery in {shop}: {detail}, and I'd put the right sizes in the app. Lost two hours at the shop this morning swapping everything."
        ],
        "de": [
            "Hotellieferung in {shop}: {detail}, obwohl die richtigen Größen in der App standen. Heute früh zwei Stunden im Shop zum Umtauschen verloren."
        ],
        "pt": [
            "Entrega no hotel em {shop}: {detail}, e as medidas na app estavam certas. Perdemos duas horas na loja esta manhã."
        ],
        "es": [
            "Entrega en el hotel de {shop}: {detail}, y las tallas de la app estaban bien. Dos horas perdidas esta mañana en la tienda."
        ],
    },
}

# A season's detail for the wrong sizes.
SIZE_DETAIL = {
    "winter": {
        "it": "scarponi 38 per mio figlio che porta il 32 e un casco da adulto per la bambina",
        "fr": "des chaussures en 38 pour mon fils qui fait du 32 et un casque adulte pour la petite",
        "en": "size 38 boots for my son who's a 32 and an adult helmet for our little girl",
        "de": "Schuhe Größe 38 für meinen Sohn mit 32 und ein Erwachsenenhelm für die Kleine",
        "pt": "botas 38 para o meu filho que calça 32 e capacete de adulto para a pequena",
        "es": "botas de la 38 para mi hijo que usa la 32 y casco de adulto para la peque",
    },
    "summer": {
        "it": "una bici taglia L per mio figlio di 10 anni e caschi da adulto per tutti e due",
        "fr": "un vélo taille L pour mon fils de 10 ans et des casques adultes pour les deux",
        "en": "a size L bike for my 10-year-old and adult helmets for both kids",
        "de": "ein Rad in L für meinen zehnjährigen Sohn und Erwachsenenhelme für beide Kinder",
        "pt": "uma bicicleta L para o meu filho de 10 anos e capacetes de adulto para os dois",
        "es": "una bici talla L para mi hijo de 10 años y cascos de adulto para los dos",
    },
}

# Amounts by problem, in euros (pounds and francs derived by the generator).
AMOUNT = {
    "not_ready": 0,
    "overcharged": 128,
    "faulty": 0,
    "refund": 46,
    "damage_fee": 85,
    "wrong_size": 0,
}

GREET = {
    "it": ["Buongiorno,", "Salve,", "Buongiorno Pendivo,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour Pendivo,"],
    "en": ["Hello,", "Hi,"],
    "de": ["Guten Tag,", "Hallo,"],
    "pt": ["Bom dia,"],
    "es": ["Hola,", "Buenos días,"],
}

DEMAND = {
    "it": [
        "Voglio una risposta OGGI.",
        "Chiedo il rimborso e una spiegazione.",
        "Come pensate di rimediare?",
    ],
    "fr": [
        "J'attends une réponse AUJOURD'HUI.",
        "Je demande un remboursement et des explications.",
        "Comment comptez-vous réparer ça ?",
    ],
    "en": ["I want an answer today.", "I expect a refund and an explanation."],
    "de": ["Ich erwarte heute noch eine Antwort.", "Ich will eine Erstattung und eine Erklärung."],
    "pt": ["Quero uma resposta hoje.", "Exijo reembolso e uma explicação."],
    "es": ["Quiero una respuesta HOY.", "Exijo el reembolso y una explicación."],
}

SIGN = {
    "it": "Saluti, {name}",
    "fr": "{name}",
    "en": "{name}",
    "de": "Gruß {name}",
    "pt": "{name}",
    "es": "Un saludo, {name}",
}

SUBJECT_COMPLAINT = {
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}

SOCIAL_TAIL = {
    "it": ["MAI PIÙ.", "Complimenti davvero 👏👏", "VERGOGNA", "e nessuno risponde"],
    "fr": ["PLUS JAMAIS.", "Bravo vraiment 👏", "INADMISSIBLE", "et personne ne répond"],
    "en": ["NEVER AGAIN.", "Well done 👏"],
    "de": ["NIE WIEDER.", "Ganz toll gemacht 👏"],
    "pt": ["NUNCA MAIS.", "Parabéns 👏"],
    "es": ["NUNCA MÁS.", "Enhorabuena 👏"],
}

FORM_TAIL = {
    "it": "Dati della prenotazione nell'app.",
    "fr": "Détails de la réservation dans l'appli.",
    "en": "Booking details in the app.",
    "de": "Buchungsdaten in der App.",
    "pt": "Dados da reserva na app.",
    "es": "Datos de la reserva en la app.",
}

PHONE_OPEN = {
    "it": ["sì buongiorno chiamo perché", "pronto buongiorno allora"],
    "fr": ["oui bonjour j'appelle parce que", "allô oui bonjour alors voilà"],
    "en": ["hi yeah I'm calling because"],
    "de": ["ja guten Tag ich rufe an weil"],
    "pt": ["olá bom dia estou a ligar porque"],
    "es": ["hola buenas llamo porque"],
}

PHONE_CLOSE = {
    "it": ["voglio parlare con un responsabile", "mi richiamate per favore"],
    "fr": ["je veux parler à un responsable", "rappelez-moi s'il vous plaît"],
    "en": ["I want someone to call me back"],
    "de": ["ich will dass mich jemand zurückruft"],
    "pt": ["quero que me liguem de volta"],
    "es": ["quiero que me llame un responsable"],
}

CHAT_TAIL = {
    "it": ["???", "ma stiamo scherzando?"],
    "fr": ["???", "sérieux ?"],
    "en": ["??"],
    "de": ["??"],
    "pt": ["??"],
    "es": ["???"],
}

# Long e-mails: (opening, closing) around the core; the complaint sits inside a letter.
LETTER = {
    "it": [
        (
            "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mia madre, che si sta riprendendo da un'operazione al ginocchio, quindi perdonate se vado un po' a pezzi. Quest'anno avevamo deciso di regalarci comunque tre giorni in montagna con i ragazzi, una cosa piccola, organizzata da mesi, e avevo scelto voi perché una collega me ne aveva parlato benissimo.",
            "Capirete che con tutto quello che abbiamo in casa in questo periodo, quei giorni erano l'unica cosa che aspettavamo. Non chiedo la luna, chiedo che qualcuno se ne occupi e mi risponda.\n\nDistinti saluti,\n{name}",
        ),
        (
            "Buongiorno,\n\nscrivo dal furgone, tra una consegna e l'altra (faccio il corriere, quindi i tempi sono quelli che sono). Da cliente vostro da tre stagioni non avrei mai pensato di dovervi scrivere un reclamo, ma stavolta proprio non ci siamo.",
            "Fino a oggi vi avevo consigliato a mezzo ufficio. Aspetto un vostro riscontro.\n\nGrazie,\n{name}",
        ),
    ],
    "fr": [
        (
            "Madame, Monsieur,\n\nJe vous écris depuis le parking de l'école de musique où ma fille a son cours de violoncelle, entre deux coups de fil pour le chantier de la maison de ma grand-mère que nous retapons depuis l'été. Autant dire que ces quelques jours à la montagne étaient notre seule vraie pause de l'année, et je vous avais choisis sur les conseils de mon beau-frère.",
            "Je ne demande rien d'extraordinaire, seulement que quelqu'un prenne le dossier en main et me réponde.\n\nCordialement,\n{name}",
        ),
        (
            "Bonjour,\n\nJe profite de la pause de midi (je suis aide-soignante de nuit cette semaine, donc mes horaires sont à l'envers) pour vous écrire, car je n'arrive plus à joindre personne. Cliente depuis trois ans, je n'ai jamais eu à me plaindre, c'est même moi qui ai fait venir toute la famille chez vous.",
            "J'espère sincèrement une réponse rapide, et pas un message automatique.\n\nBien à vous,\n{name}",
        ),
        (
            "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthodontiste de mon fils, seul moment calme de la semaine entre le déménagement de ma mère et le travail. Ça fait longtemps que je loue chez vous et je vous ai toujours fait confiance.",
            "Merci de traiter ça rapidement, je n'ai vraiment pas l'énergie de relancer dix fois.\n\nCordialement,\n{name}",
        ),
    ],
}

CASE_SUBJECT = {
    "it": "Segnalazione {case}",
    "fr": "Votre demande {case}",
    "en": "Your case {case}",
    "de": "Ihr Vorgang {case}",
    "pt": "O seu pedido {case}",
    "es": "Tu incidencia {case}",
}

AGENT_CASE = {
    "it": "Buongiorno {name},\nci dispiace molto per quanto successo. Abbiamo aperto la segnalazione {case} e un collega la ricontatterà entro 48 ore.\n{agent}, Pendivo",
    "fr": "Bonjour {name},\nnous sommes vraiment désolés. Nous avons ouvert la demande {case}, un collègue revient vers vous sous 48 heures.\n{agent}, Pendivo",
    "en": "Hi {name},\nwe're really sorry about this. We've opened case {case} and a colleague will get back to you within 48 hours.\n{agent}, Pendivo",
    "de": "Hallo {name},\ndas tut uns sehr leid. Wir haben den Vorgang {case} angelegt, ein Kollege meldet sich innerhalb von 48 Stunden.\n{agent}, Pendivo",
    "pt": "Olá {name},\nlamentamos muito. Abrimos o pedido {case} e um colega vai contactá-lo em 48 horas.\n{agent}, Pendivo",
    "es": "Hola {name},\nlo sentimos mucho. Hemos abierto la incidencia {case} y un compañero te contactará en 48 horas.\n{agent}, Pendivo",
}

AGENT_CHAT_CASE = {
    "it": "Mi dispiace tantissimo. Ho aperto la segnalazione {case}, la trova anche in app: un collega la ricontatta entro 48 ore.",
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {case}, visible dans l'appli : un collègue vous recontacte sous 48 h.",
    "en": "I'm so sorry. I've opened case {case}, you'll see it in the app: a colleague will contact you within 48 hours.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt, ein Kollege meldet sich innerhalb von 48 Stunden.",
    "pt": "Lamento imenso. Abri o pedido {case}, um colega contacta-o em 48 horas.",
    "es": "Lo siento muchísimo. He abierto la incidencia {case}, un compañero te contacta en 48 horas.",
}

AGENT_GOOD_NEWS = {
    "it": "Buongiorno {name},\nbuone notizie sulla segnalazione {case}: abbiamo sistemato tutto e la correzione è già visibile in app. Ci può confermare che ora è tutto a posto?\n{agent}, Pendivo",
    "fr": "Bonjour {name},\nbonne nouvelle pour la demande {case} : c'est réglé et la correction apparaît déjà dans l'appli. Pouvez-vous nous confirmer que tout est en ordre ?\n{agent}, Pendivo",
    "en": "Hi {name},\ngood news on case {case}: it's sorted and you'll see the correction in the app. Could you confirm all is fine now?\n{agent}, Pendivo",
    "de": "Hallo {name},\ngute Nachrichten zu Vorgang {case}: alles erledigt, die Korrektur sehen Sie in der App. Können Sie bestätigen, dass jetzt alles passt?\n{agent}, Pendivo",
    "pt": "Olá {name},\nboas notícias sobre o pedido {case}: está resolvido e a correção já aparece na app. Pode confirmar que está tudo bem?\n{agent}, Pendivo",
    "es": "Hola {name},\nbuenas noticias sobre la incidencia {case}: está resuelta y ya ves la corrección en la app. ¿Nos confirmas que todo está bien?\n{agent}, Pendivo",
}

AGENT_QUALITY = {
    "it": "Buongiorno {name},\nla segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì all'ora di pranzo.\n{agent}, Pendivo",
    "fr": "Bonjour {name},\nvotre demande {case} est désormais suivie par notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}, Pendivo",
    "en": "Hi {name},\ncase {case} is now with our quality lead, who will call you before Friday lunchtime.\n{agent}, Pendivo",
    "de": "Hallo {name},\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n{agent}, Pendivo",
    "pt": "Olá {name},\no pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.\n{agent}, Pendivo",
    "es": "Hola {name},\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{agent}, Pendivo",
}

AGENT_URGENT = {
    "it": "Ho aggiunto il suo messaggio alla segnalazione {case} e l'ho segnata come urgente. Mi scuso per l'attesa.",
    "fr": "J'ai ajouté votre message à la demande {case} et je l'ai passée en urgent. Désolée pour l'attente.",
    "en": "I've added this to case {case} and marked it urgent. Sorry for the wait.",
    "de": "Ich habe das zum Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigung für die Wartezeit.",
    "pt": "Juntei ao pedido {case} e marquei como urgente. Desculpe a espera.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente. Perdona la espera.",
}

APOLOGY = {
    "it": [
        "Scusate per il tono di ieri, ero davvero arrabbiata ma il ragazzo in negozio non c'entrava niente. Grazie per la risposta veloce",
        "ieri ho esagerato, scusate. grazie per avermi risposto subito",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout, le vendeur n'y était pour rien. Merci d'avoir répondu vite",
        "je m'excuse pour le ton d'hier, merci pour votre réactivité",
    ],
    "en": [
        "Sorry for my message yesterday, I was fuming but it wasn't the shop staff's fault. Thanks for the quick reply"
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war sauer, aber der Mitarbeiter im Shop konnte nichts dafür. Danke für die schnelle Antwort"
    ],
    "pt": ["Desculpem a mensagem de ontem, estava furiosa. Obrigada pela resposta rápida"],
    "es": ["Perdón por el mensaje de ayer, estaba muy enfadada. Gracias por responder tan rápido"],
}

CONFIRM = {
    "it": [
        "Confermo, segnalazione {case} risolta. Grazie!",
        "tutto ok per la {case}, grazie mille",
    ],
    "fr": ["Je confirme, demande {case} réglée. Merci !", "c'est bon pour la {case}, merci bcp"],
    "en": ["Confirmed, case {case} is sorted. Thanks!"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "pt": ["Confirmo, pedido {case} resolvido. Obrigado!"],
    "es": ["Confirmo, incidencia {case} resuelta. ¡Gracias!"],
}

CONFIRM_SUBJECT = {
    "it": "R: Segnalazione {case}",
    "fr": "RE : Votre demande {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Ihr Vorgang {case}",
    "pt": "RE: O seu pedido {case}",
    "es": "RE: Tu incidencia {case}",
}

LOW_CSAT_WORDS = {
    "it": ["", "pessimo", "deluso"],
    "fr": ["", "nul", "déçue"],
    "en": ["", "poor"],
    "de": ["", "schlecht"],
    "pt": ["", "mau"],
    "es": ["", "fatal"],
}
LOW_NPS_WORDS = {
    "it": ["", "Non vi consiglio più", "una delusione"],
    "fr": ["", "Je ne vous recommande plus", "déçue"],
    "en": ["", "Not any more"],
    "de": ["", "Leider nicht mehr"],
    "pt": ["", "Já não recomendo"],
    "es": ["", "Ya no os recomiendo"],
}

# A repeat contact's later contacts: they name the case and say it is still open.
REPEAT_SECOND = {
    "it": [
        "Scrivo di nuovo per la segnalazione {case}: ancora niente, {topic} e nessuno mi ha richiamato.",
        "segnalazione {case} ANCORA aperta. {topic}, sono passati giorni",
    ],
    "fr": [
        "Je relance pour la demande {case} : toujours rien, {topic} et personne ne m'a rappelée.",
        "demande {case} TOUJOURS ouverte. {topic}, ça fait des jours",
    ],
    "en": ["Writing again about case {case}: still nothing, {topic} and nobody has called me."],
    "de": [
        "Ich melde mich erneut wegen Vorgang {case}: immer noch nichts, {topic}, niemand hat zurückgerufen."
    ],
    "pt": ["Volto a escrever pelo pedido {case}: ainda nada, {topic} e ninguém me ligou."],
    "es": [
        "Vuelvo a escribir por la incidencia {case}: sigue sin resolverse, {topic} y nadie me ha llamado."
    ],
}

REPEAT_THIRD = {
    "it": [
        "Terza volta che vi contatto per la {case}, {topic}, sempre tutto fermo. Un collega noleggia da {competitor} e lì queste cose le risolvono in giornata.",
        "È la terza volta per la segnalazione {case}. Ho guardato quanto costa {competitor}, giusto per sapere.",
    ],
    "fr": [
        "Troisième fois que je vous contacte pour la {case}, {topic}, toujours au point mort. Un collègue loue chez {competitor} et eux règlent ça dans la journée.",
        "C'est la troisième fois pour la demande {case}. J'ai regardé les tarifs de {competitor}, pour info.",
    ],
    "en": [
        "Third time I'm contacting you about case {case}, {topic}, still stuck. A colleague hires from {competitor} and they sort this kind of thing the same day."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case}, {topic}, immer noch nichts. Ein Kollege mietet bei {competitor}, da wird sowas am selben Tag gelöst."
    ],
    "pt": [
        "Terceira vez que contacto por causa do pedido {case}, {topic}, tudo parado. Um colega aluga na {competitor} e lá resolvem no mesmo dia."
    ],
    "es": [
        "Tercera vez que os contacto por la incidencia {case}, {topic}, todo parado. Un compañero alquila en {competitor} y allí lo solucionan en el día."
    ],
}

REPEAT_FOURTH = {
    "it": [
        "QUARTA volta per la segnalazione {case}. {topic}. Ancora aperta. Non so più come dirvelo."
    ],
    "fr": [
        "QUATRIÈME fois pour la demande {case}. {topic}. Toujours ouverte. Je ne sais plus comment vous le dire."
    ],
    "en": ["FOURTH time about case {case}. {topic}. Still open. I don't know how else to say it."],
    "de": ["Zum VIERTEN Mal wegen Vorgang {case}. {topic}. Immer noch offen."],
    "pt": ["QUARTA vez pelo pedido {case}. {topic}. Continua aberto."],
    "es": ["CUARTA vez por la incidencia {case}. {topic}. Sigue abierta."],
}

REPEAT_PHONE = {
    "it": "sì buongiorno chiamo ancora per la segnalazione {case} {topic} è ancora tutto aperto nessuno mi ha richiamato",
    "fr": "oui bonjour je rappelle pour la demande {case} {topic} c'est toujours pas réglé personne m'a rappelée",
    "en": "hi calling again about case {case} {topic} it's still open nobody called me back",
    "de": "ja hallo ich rufe nochmal an wegen Vorgang {case} {topic} immer noch offen keiner hat zurückgerufen",
    "pt": "olá ligo outra vez pelo pedido {case} {topic} continua em aberto ninguém me ligou",
    "es": "hola llamo otra vez por la incidencia {case} {topic} sigue abierta nadie me ha llamado",
}

# The slide: six steps from a happy customer, the last one naming a competitor.
SLIDE = {
    "it": [
        [
            "Ritiro a {shop} con 40 minuti di attesa nonostante la prenotazione. Pazienza, capita",
            "E-bike con i freni che fischiano per tutta la discesa. Non il massimo",
            "Al rientro mi chiedono le foto di ogni pezzo dall'app, 20 minuti in piedi. Da quando?",
            "Addebito della cauzione fatto due volte e per riaverla una settimana. Inizio a stancarmi",
            "Mi arriva una 'pulizia straordinaria' di 30 € per una bici riconsegnata pulita, con le foto della vostra app. Ridicolo",
            "Mio cognato noleggia da {competitor}, sabato prossimo prenoto lì. Peccato",
        ],
        [
            "coda lunghissima a {shop} anche con la prenotazione, vabbè",
            "batteria dell'e-bike al 70% al ritiro, me ne sono accorta solo in salita",
            "Ora tocca fare le foto a tutto alla riconsegna, ma perché",
            "Cauzione bloccata due volte sulla carta. Otto giorni per sbloccarla",
            "30 euro di 'pulizia' per una bici che era pulitissima. Ho le foto. BASTA",
            "Una collega va da {competitor}, ho già prenotato da loro per il weekend",
        ],
        [
            "Ritiro a {shop} ok ma il sellino della bici di mio marito non si bloccava, l'hanno sistemato dopo 20 minuti",
            "Seconda volta di fila che la batteria non è al 100%. Si può avere un po' di attenzione?",
            "Riconsegna: ora vogliono le foto di tutto, con due bimbi stanchi in braccio. Grazie eh",
            "Sulla carta mi trovo DUE cauzioni bloccate, una settimana di attesa. Sto perdendo la pazienza",
            "30 € di 'pulizia' per una bici riconsegnata perfetta, e le foto le avete voi. Assurdo",
            "Sabato si va da {competitor}, ce l'ha consigliato mio cognato. Peccato, eravate i miei preferiti",
        ],
    ],
    "fr": [
        [
            "40 minutes d'attente à {shop} malgré la réservation. Bon, ça arrive",
            "VTT électrique avec des freins qui sifflent toute la descente. Bof",
            "Au retour on me demande une photo de chaque pièce dans l'appli, 20 min debout. Depuis quand ?",
            "Caution prélevée deux fois et une semaine pour la récupérer. Je commence à saturer",
            "30 € de 'nettoyage' pour un vélo rendu propre, photos de VOTRE appli à l'appui. Ridicule",
            "Mon beau-frère loue chez {competitor}, je réserve chez eux samedi prochain. Dommage",
        ],
        [
            "grosse attente à {shop} même avec la résa, bon",
            "batterie à 70 % au retrait, vu qu'en pleine montée",
            "maintenant faut photographier tout au retour, pourquoi",
            "Caution bloquée deux fois sur ma carte. Huit jours pour la débloquer",
            "30 € de 'nettoyage' pour un vélo nickel. J'ai les photos. STOP",
            "Une collègue va chez {competitor}, j'ai déjà réservé chez eux pour le week-end",
        ],
        [
            "Retrait à {shop} ok mais la selle du vélo de mon mari ne se bloquait pas, 20 min pour la réparer",
            "Deuxième fois d'affilée que la batterie n'est pas à 100 %. Un peu d'attention svp ?",
            "Au retour il faut maintenant tout photographier, avec deux enfants fatigués dans les bras. Merci hein",
            "DEUX cautions bloquées sur ma carte, une semaine d'attente. Je perds patience",
            "30 € de 'nettoyage' pour un vélo rendu nickel, et les photos c'est vous qui les avez. Absurde",
            "Samedi on va chez {competitor}, conseillé par mon beau-frère. Dommage, vous étiez mes préférés",
        ],
    ],
    "en": [
        [
            "40 minute wait at {shop} despite booking. Oh well",
            "E-bike brakes squealing the whole way down. Not great",
            "Now they want a photo of every part in the app when you return it, 20 mins standing there",
            "Deposit taken twice and a week to get it back. Getting fed up",
            "£26 'cleaning fee' for a bike I brought back spotless, with your own app's photos. Ridiculous",
            "My brother-in-law hires from {competitor}, booked with them for Saturday. Shame",
        ]
    ],
    "de": [
        [
            "40 Minuten Wartezeit in {shop} trotz Reservierung. Kann passieren",
            "Die Bremsen vom E-MTB haben die ganze Abfahrt gequietscht. Naja",
            "Bei der Rückgabe jetzt Fotos von jedem Teil in der App, 20 Minuten rumstehen. Seit wann?",
            "Kaution doppelt abgebucht und eine Woche bis zur Freigabe. Langsam reicht es",
            "30 € 'Reinigung' für ein sauber zurückgegebenes Rad, mit Fotos aus EURER App. Lächerlich",
            "Mein Schwager mietet bei {competitor}, für Samstag habe ich dort gebucht. Schade",
        ]
    ],
    "pt": [
        [
            "40 minutos de espera em {shop} mesmo com reserva. Pronto, acontece",
            "Travões da e-bike a chiar a descida toda. Hmm",
            "Agora pedem foto de cada peça na app na devolução, 20 minutos de pé",
            "Caução cobrada duas vezes e uma semana para a devolverem. Estou a ficar farta",
            "30 € de 'limpeza' por uma bicicleta entregue limpa, com as fotos da VOSSA app. Ridículo",
            "O meu cunhado aluga na {competitor}, reservei lá para sábado. Pena",
        ]
    ],
    "es": [
        [
            "40 minutos de espera en {shop} con reserva. Bueno, pasa",
            "Frenos de la e-bike chirriando toda la bajada. Regular",
            "Ahora hay que hacer foto de cada pieza en la app al devolver, 20 minutos de pie",
            "Fianza cobrada dos veces y una semana para devolverla. Me estoy cansando",
            "30 € de 'limpieza' por una bici devuelta limpia, con las fotos de VUESTRA app. Ridículo",
            "Mi cuñado alquila en {competitor}, ya he reservado allí para el sábado. Una pena",
        ]
    ],
}

# Leavers: (subject, text).
LEAVE = {
    "it": [
        (
            "Chiusura account Pendivo",
            "Buongiorno,\ncon il premio di produzione mi sono comprata e-bike e attrezzatura mia, quindi non mi serve più il noleggio. Vorrei disdire l'abbonamento stagionale e chiudere l'account.\nGrazie di tutto,\n{name}",
        ),
        (
            "Disdetta",
            "Salve, ci trasferiamo al mare per lavoro e in montagna non andremo più per un bel po'. Vorrei disdire e chiudere l'account Pendivo. Grazie, {name}",
        ),
    ],
    "fr": [
        (
            "Clôture de compte",
            "Bonjour,\nAvec ma prime de fin d'année je me suis acheté mon propre matériel, je n'ai donc plus besoin de louer. Je souhaite résilier la location saison et fermer mon compte.\nMerci pour tout,\n{name}",
        ),
        (
            "Résiliation",
            "Bonjour, nous déménageons à Bordeaux, loin des pistes. Merci de résilier mon abonnement et de clôturer le compte Pendivo. {name}",
        ),
    ],
    "en": [
        (
            "Closing my account",
            "Hi,\nwe've bought our own bikes and kit with my bonus so we won't be hiring any more. Please cancel the season plan and close my account.\nThanks for everything,\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Hallo,\nwir ziehen nach Hamburg, weit weg von den Bergen. Bitte kündigen Sie mein Saison-Abo und schließen Sie das Konto.\nDanke für alles,\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar conta",
            "Olá,\ncomprei o meu próprio material com o prémio, já não preciso de alugar. Quero cancelar a assinatura e fechar a conta.\nObrigada,\n{name}",
        )
    ],
    "es": [
        (
            "Baja de la cuenta",
            "Hola,\nnos mudamos a Sevilla por trabajo y ya no iremos a la montaña. Quiero dar de baja la suscripción y cerrar la cuenta.\nGracias por todo,\n{name}",
        )
    ],
}

AGENT_SORRY_GO = {
    "it": "Buongiorno {name},\nci dispiace vederla andare via! Può disdire in autonomia dall'app o dal sito, in Profilo > Abbonamento. Grazie per questi anni insieme.\n{agent}, Pendivo",
    "fr": "Bonjour {name},\nnous sommes tristes de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, Profil > Abonnement. Merci pour ces années.\n{agent}, Pendivo",
    "en": "Hi {name},\nsorry to see you go! You can cancel yourself in the app or on the website under Profile > Plan. Thanks for hiring with us.\n{agent}, Pendivo",
    "de": "Hallo {name},\nschade, dass Sie gehen! Sie können selbst in der App oder auf der Website kündigen, unter Profil > Abo. Danke für die gemeinsame Zeit.\n{agent}, Pendivo",
    "pt": "Olá {name},\nlamentamos vê-la partir! Pode cancelar na app ou no site, em Perfil > Assinatura. Obrigado por tudo.\n{agent}, Pendivo",
    "es": "Hola {name},\n¡sentimos que te vayas! Puedes darte de baja tú mismo en la app o en la web, en Perfil > Suscripción. Gracias por estos años.\n{agent}, Pendivo",
}

GRUMBLES = {
    "it": [
        "L'app di Pendivo mi fa rifare il login ogni santa volta. Ma perché",
        "sms 'il tuo noleggio scade tra 2 ore' alle 6 del mattino. Anche no",
        "Mezz'ora di coda al negozio di {shop} il sabato, come sempre",
        "Lucchetto della bici che si inceppa, di nuovo",
        "Il parcheggio del negozio è sempre occupato dai vostri furgoni",
        "Nessun avviso quando cambia l'orario della consegna in hotel, scopro tutto all'ultimo",
        "Caschi dei bambini che puzzano. Un po' di cura",
    ],
    "fr": [
        "L'appli Pendivo me redemande le mot de passe à chaque fois. Pourquoi",
        "sms 'votre location expire dans 2h' à 6h du matin. Merci bien",
        "Une demi-heure de queue à {shop} le samedi, comme d'hab",
        "Antivol du vélo qui coince, encore",
        "Le créneau de livraison change sans prévenir, on l'apprend au dernier moment",
        "Les casques enfants sentent le renfermé. Un peu de soin svp",
    ],
    "en": [
        "Pendivo app logs me out every single time",
        "Half an hour queueing at {shop} on a Saturday. As usual",
        "Text at 6am saying my hire ends in 2 hours. Really",
    ],
    "de": [
        "Die Pendivo-App loggt mich jedes Mal aus",
        "Eine halbe Stunde Schlange in {shop} am Samstag, wie immer",
        "SMS um 6 Uhr früh, dass die Miete in 2 Stunden endet. Danke auch",
    ],
    "pt": [
        "A app da Pendivo pede o login sempre",
        "Meia hora de fila em {shop} ao sábado, como sempre",
    ],
    "es": [
        "La app de Pendivo me pide el login cada vez",
        "Media hora de cola en {shop} el sábado, como siempre",
        "SMS a las 6 de la mañana de que el alquiler acaba en 2 horas. Gracias",
    ],
}

SARCASM = {
    "it": [
        "Consegna 'serale' della e-bike in hotel alle 22:40, giusto in tempo per un giretto al buio 👏",
        "Che bello trovare nello zaino portabimbo i biscotti del bambino di prima 😂 grazie Pendivo",
    ],
    "fr": [
        "Livraison 'en soirée' du VTT au chalet à 22h40, parfait pour rouler à la frontale 👏",
        "Merci Pendivo pour les miettes de goûter du client précédent dans le porte-bébé 😂",
    ],
    "en": ["'Evening' e-bike delivery at 22:40, just in time for a ride in the dark 👏"],
    "de": ["'Abendlieferung' vom E-MTB um 22:40, perfekt für eine Runde im Dunkeln 👏"],
    "pt": ["Entrega da e-bike 'ao fim do dia' às 22h40, mesmo a tempo de pedalar às escuras 👏"],
    "es": [
        "Entrega de la e-bike 'por la tarde' a las 22:40, justo a tiempo para rodar a oscuras 👏"
    ],
}

# Grumble once, mildly (quiet_hours): (text, answer).
GRUMBLE_ONCE = {
    "it": [
        (
            "la mappa dei negozi in app mi mette sempre Bormio anche se sono a Livigno, mi fate impazzire un po'",
            "Ciao, grazie della segnalazione! È un problema noto della posizione, lo sistemiamo nel prossimo aggiornamento.",
        ),
        (
            "Le notifiche dell'app mi arrivano in tedesco, ho il telefono in italiano. Non è grave ma",
            "Grazie, lo passiamo ai colleghi dell'app. Nel frattempo può scegliere la lingua in Profilo.",
        ),
    ],
    "fr": [
        (
            "la carte des magasins dans l'appli me met toujours Tignes alors que je suis aux Arcs, un peu agaçant",
            "Bonjour, merci du signalement ! Souci de localisation connu, corrigé à la prochaine mise à jour.",
        ),
        (
            "Les notifications de l'appli arrivent en anglais alors que mon tél est en français. Pas grave mais bon",
            "Merci, on transmet à l'équipe appli. En attendant, la langue se règle dans Profil.",
        ),
    ],
    "en": [
        (
            "shop map in the app keeps showing Chamonix when I'm in Verbier, bit annoying",
            "Hi, thanks for flagging! Known location bug, fixed in the next update.",
        )
    ],
    "de": [
        (
            "Die Shopkarte in der App zeigt immer Sölden, obwohl ich in Kaprun bin. Etwas nervig",
            "Hallo, danke für den Hinweis! Bekannter Fehler, wird im nächsten Update behoben.",
        )
    ],
    "pt": [
        (
            "as notificações chegam em inglês e o telemóvel está em português, não é grave mas",
            "Obrigado, passamos à equipa da app. Pode mudar a língua no Perfil.",
        )
    ],
    "es": [
        (
            "el mapa de tiendas de la app me pone Formigal estando en Baqueira, un poco rollo",
            "¡Hola, gracias por avisar! Es un fallo conocido, se corrige en la próxima actualización.",
        )
    ],
}

FORM_ACK = {
    "it": "Buongiorno {name}, grazie per la segnalazione, l'abbiamo girata al team dell'app. {agent}, Pendivo",
    "fr": "Bonjour {name}, merci pour votre message, transmis à l'équipe appli. {agent}, Pendivo",
    "en": "Hi {name}, thanks for letting us know, passed to the app team. {agent}, Pendivo",
    "de": "Hallo {name}, danke für den Hinweis, ist an das App-Team weitergeleitet. {agent}, Pendivo",
    "pt": "Olá {name}, obrigado pelo aviso, já passámos à equipa da app. {agent}, Pendivo",
    "es": "Hola {name}, gracias por avisar, lo hemos pasado al equipo de la app. {agent}, Pendivo",
}

# --------------------------------------------------------------------------- the spike (Saturday 14 November 2026)

SPIKE_CODE = "Q7/31"

SPIKE_REPORT = {
    "it": [
        "La coda virtuale dell'app dà a tutti lo stesso numero A001!! Al negozio di {shop} lo schermo chiama A001 e ci alziamo in trenta. Se aggiorno esce errore Q7/31",
        "ma che succede con la coda virtuale? numero A001 io, mia moglie e il tizio accanto. e se provo a prendere un nuovo numero Q7/31",
        "Coda virtuale in tilt a {shop}: stesso biglietto A001 per tutti, il personale non sa più chi servire. Errore Q7/31 in app",
        "ERRORE Q7/31 sulla coda virtuale, tutti con il numero A001, in negozio è il caos. Siamo qui dalle 8",
        "Pendivo {shop} stamattina: lo schermo chiama A001, si presentano in venti al banco, tutti con A001 sul telefono 🤦 e l'app dice Q7/31 se chiedi un altro numero",
        "Buongiorno, la vostra app ci ha dato il numero A001 a me e a mio fratello e anche ad altri in coda a {shop}. Provo a rifare la prenotazione del turno e mi dà Q7/31. Come facciamo a ritirare gli sci?",
    ],
    "fr": [
        "La file d'attente virtuelle de l'appli donne le même numéro A001 à tout le monde !! À {shop} l'écran appelle A001 et trente personnes se lèvent. Si je rafraîchis : erreur Q7/31",
        "c'est quoi ce bug de file virtuelle ? A001 pour moi, mon mari et le monsieur à côté. et nouveau ticket impossible, Q7/31",
        "File virtuelle HS à {shop} : ticket A001 pour tous, les vendeurs ne savent plus qui servir. Erreur Q7/31 dans l'appli",
        "ERREUR Q7/31 sur la file virtuelle, tout le monde a le numéro A001, c'est le chaos au magasin. On est là depuis 8h",
        "Pendivo {shop} ce matin : l'écran appelle A001, vingt personnes au comptoir avec A001 sur le tel 🤦 et l'appli répond Q7/31 quand on redemande un numéro",
        "Bonjour, votre appli nous a donné le ticket A001, à moi, à ma sœur et à d'autres dans la file à {shop}. Quand je veux reprendre un ticket : Q7/31. Comment on récupère nos skis ?",
    ],
    "en": [
        "Pendivo virtual queue giving EVERYONE ticket A001, the screen at {shop} calls A001 and half the shop stands up. Refresh gives error Q7/31",
        "virtual queue broken, me and the whole room have number A001 and trying for a new one says Q7/31",
    ],
    "de": [
        "Die virtuelle Warteschlange in der App gibt allen die Nummer A001! Im Shop in {shop} ruft der Bildschirm A001 und alle stehen auf. Neu laden: Fehler Q7/31",
        "Warteschlange kaputt, alle haben A001, neue Nummer geht nicht, Fehler Q7/31. Chaos im Shop",
    ],
    "pt": [
        "A fila virtual da app dá o número A001 a toda a gente! Em {shop} o ecrã chama A001 e levantam-se todos. Se atualizo dá erro Q7/31",
        "fila virtual avariada, eu e a sala inteira com o A001, novo número dá Q7/31",
    ],
    "es": [
        "La cola virtual de la app da a todo el mundo el número A001!! En {shop} la pantalla llama A001 y nos levantamos todos. Si actualizo sale error Q7/31",
        "cola virtual rota, todos con el A001 y al pedir otro número sale Q7/31. Un caos",
    ],
}

SPIKE_SUBJECT = {
    "it": "Coda virtuale errore Q7/31",
    "fr": "File virtuelle erreur Q7/31",
    "en": "Virtual queue error Q7/31",
    "de": "Warteschlange Fehler Q7/31",
    "pt": "Fila virtual erro Q7/31",
    "es": "Cola virtual error Q7/31",
}

SPIKE_REPEAT = {
    "it": [
        "Ancora Q7/31, adesso anche dal telefono di mia moglie. Siamo fuori al freddo da un'ora col numero A001",
        "sempre A001 e sempre Q7/31, ancora bloccati in negozio",
        "Q7/31 ANCORA. in negozio adesso danno i numeri scritti a penna su un foglietto",
    ],
    "fr": [
        "Toujours Q7/31, même sur le téléphone de ma femme. On attend dehors dans le froid depuis une heure avec le A001",
        "encore A001 et encore Q7/31, toujours coincés au magasin",
        "TOUJOURS Q7/31. au magasin ils distribuent des numéros écrits au stylo sur des bouts de papier",
    ],
    "en": [
        "Still Q7/31, on my wife's phone too. Been standing outside in the cold for an hour with A001",
        "still getting Q7/31 and the shop has started writing numbers on bits of paper. sort it out",
    ],
    "de": [
        "Immer noch Q7/31, auch auf dem Handy meiner Frau. Seit einer Stunde draußen in der Kälte mit A001",
        "weiterhin Q7/31, jetzt verteilen sie im Shop Zettel mit Nummern. Unglaublich",
    ],
    "pt": [
        "Continua Q7/31, também no telemóvel da minha mulher. Uma hora cá fora ao frio com o A001",
        "ainda Q7/31, agora estão a dar números em papel na loja. Inacreditável",
    ],
    "es": [
        "Sigue Q7/31, también en el móvil de mi mujer. Una hora fuera con frío con el A001",
        "sigue dando Q7/31 y en la tienda ya reparten números en papelitos. Increíble",
    ],
}

SPIKE_CHAT_ANSWER = {
    "it": "Sì, la coda virtuale sta dando lo stesso numero a tutti in questo momento, in tutti i negozi. I tecnici ci stanno lavorando, nel frattempo il personale serve in ordine di arrivo.",
    "fr": "Oui, la file virtuelle donne le même numéro à tout le monde en ce moment, dans tous les magasins. Nos techniciens sont dessus, en attendant l'équipe sert par ordre d'arrivée.",
    "en": "Yes, the virtual queue is giving everyone the same number right now, in every shop. Our engineers are on it; meanwhile staff are serving in order of arrival.",
    "de": "Ja, die virtuelle Warteschlange vergibt gerade allen dieselbe Nummer, in allen Shops. Die Technik arbeitet daran, bis dahin bedienen wir der Reihe nach.",
    "pt": "Sim, a fila virtual está a dar o mesmo número a todos neste momento, em todas as lojas. Os técnicos estão a tratar, entretanto servimos por ordem de chegada.",
    "es": "Sí, la cola virtual está dando el mismo número a todos ahora mismo, en todas las tiendas. Los técnicos están en ello, mientras tanto atendemos por orden de llegada.",
}

SPIKE_FIXED_SUBJECT = {
    "it": "Coda virtuale di nuovo attiva",
    "fr": "File virtuelle rétablie",
    "en": "Virtual queue working again",
    "de": "Warteschlange funktioniert wieder",
    "pt": "Fila virtual a funcionar",
    "es": "Cola virtual funcionando",
}

SPIKE_FIXED = {
    "it": "Buongiorno {name},\nla coda virtuale funziona di nuovo dalle {local}. Ci scusiamo per l'attesa di stamattina: il noleggio di oggi ha uno sconto del 15% e le abbiamo aggiunto {credit} di credito.\n{agent}, Pendivo",
    "fr": "Bonjour {name},\nla file virtuelle fonctionne de nouveau depuis {local}. Toutes nos excuses pour l'attente de ce matin : -15 % sur la location du jour et {credit} de crédit ajoutés à votre compte.\n{agent}, Pendivo",
    "en": "Hi {name},\nthe virtual queue has been working again since {local}. Sorry for this morning's wait: today's hire is 15% off and we've added {credit} credit to your account.\n{agent}, Pendivo",
    "de": "Hallo {name},\ndie virtuelle Warteschlange funktioniert seit {local} wieder. Entschuldigung für das Warten heute früh: 15 % auf die heutige Miete und {credit} Guthaben.\n{agent}, Pendivo",
    "pt": "Olá {name},\na fila virtual voltou a funcionar às {local}. Pedimos desculpa pela espera: 15% de desconto no aluguer de hoje e {credit} de crédito.\n{agent}, Pendivo",
    "es": "Hola {name},\nla cola virtual vuelve a funcionar desde las {local}. Perdona la espera de esta mañana: 15% de descuento en el alquiler de hoy y {credit} de crédito.\n{agent}, Pendivo",
}

# Two lone questions on the Friday before: the queue ticket worked, only looked odd.
LONE_Q = {
    "it": (
        "ciao ieri in coda virtuale a Cervinia il mio numero compariva due volte sullo schermo del telefono (A014 A014), però mi hanno chiamato giusto. domani funziona normale?",
        "Ciao! Sì, è solo un difetto di visualizzazione sui telefoni piccoli, il numero è quello giusto. Buona sciata domani!",
    ),
    "fr": (
        "Bonjour, hier à Tignes mon ticket de file virtuelle s'affichait en double (A022 A022) mais on m'a appelé normalement. Ça marchera demain ?",
        "Bonjour ! Oui, c'est juste un souci d'affichage sur certains petits écrans, le numéro est bon. Bonne glisse demain !",
    ),
}

# Two mild grumbles on the calm Monday of the spike week: (text, answer).
TS_GRUMBLE = {
    "it": (
        "la pagina degli orari dei negozi in app ci mette un secolo a caricare",
        "Ciao, grazie, lo segnaliamo! Intanto gli orari sono anche sul sito.",
    ),
    "fr": (
        "la page des horaires des magasins met une plombe à charger dans l'appli",
        "Bonjour, merci, on remonte l'info ! Les horaires sont aussi sur le site.",
    ),
}
