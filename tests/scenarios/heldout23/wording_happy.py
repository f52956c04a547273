# ruff: noqa: E501
"""Happy wording for heldout23 (Rodavia, car rental), written by hand.

Placeholders: {st} the customer's usual station, {car} the car they had, {agent} an
agent's first name, {first} the customer's first name. ``[[fem|masc]]`` agrees with the
writer (or, in agents' replies, with the customer addressed).
"""

PRAISE: dict[str, list[str]] = {
    "de": [
        "Auto in {st} abgeholt, keine 5 Minuten am Schalter. So muss das sein 👍",
        "Mit der Rodavia-App einfach zum {car} gelaufen, Handy dran, offen. Ich bin begeistert",
        "Großes Lob an das Team in {st}, super freundlich und der Wagen war blitzsauber",
        "Endlich mal ein Mietwagen ohne Diskussion bei der Rückgabe. Danke Rodavia!",
        "Der {car} war quasi neu, 800 km gefahren, kein einziges Problem. Top 🚗",
        "Upgrade bekommen ohne Aufpreis, die Kinder haben sich gefreut wie Bolle 😄",
        "Kindersitz war schon eingebaut als wir ankamen. Kleine Sache, riesige Erleichterung",
        "Rückgabe um 6 Uhr früh per App, Foto gemacht, fertig. Flug erwischt. Danke!",
        "Rodavia Plus lohnt sich echt, kein Anstehen mehr in {st}",
        "wir hatten den {car} für die Hochzeit meiner Schwester, alles perfekt gelaufen 💐",
        "Kaution war zwei Tage nach Rückgabe wieder auf dem Konto. Vorbildlich",
        "Sehr fairer Preis für eine Woche, keine versteckten Kosten. Gerne wieder",
        "Die Dame am Schalter in {st} hat uns sogar noch Tipps für die Strecke gegeben ❤️",
    ],
    "pt": [
        "Levantei o carro em {st} em 10 minutos, tudo impecável 👌",
        "O {car} vinha limpinho e com o depósito cheio. Assim dá gosto!",
        "Adorei a chave digital da Rodavia, abri o carro com o telemóvel e siga",
        "A equipa de {st} foi de uma simpatia enorme, obrigad[[a|o]] a todos",
        "Primeira vez que alugo carro sem stress nenhum. Recomendo a Rodavia 🙌",
        "Devolução em 2 minutos, a caução foi libertada no dia seguinte. Top",
        "Deram-nos um upgrade para um {car} sem pagar mais nada, os miúdos adoraram 😍",
        "Cadeirinha do bebé já instalada quando chegámos. Pequenos detalhes que fazem a diferença",
        "Fizemos a costa vicentina toda no {car}, zero problemas. Obrigad[[a|o]] Rodavia!",
        "preço justo, carro novo, atendimento rápido. Que mais se pode pedir?",
        "O Rodavia Plus já se pagou só com o condutor adicional grátis",
        "fui buscar o carro às 7 da manhã e estava tudo pronto. impecável",
        "O senhor do balcão em {st} explicou tudo com calma, até as portagens. 5 estrelas ⭐",
    ],
    "it": [
        "Ritirata la macchina a {st} in cinque minuti, personale gentilissimo 👍",
        "La {car} era praticamente nuova e pulitissima. Promossi!",
        "Chiave digitale della app Rodavia fantastica, niente code al banco",
        "Riconsegna velocissima e cauzione sbloccata il giorno dopo. Bravi",
        "Upgrade gratuito e tanta cortesia a {st}. Torneremo sicuramente 😊",
        "Seggiolino già montato quando siamo arrivati, grazie mille!",
        "una settimana in Puglia con la {car} senza un problema. consigliatissimi",
    ],
    "fr": [
        "Voiture récupérée à {st} en 5 minutes chrono, rien à redire 👍",
        "La {car} était nickel, réservoir plein, merci Rodavia !",
        "La clé digitale dans l'appli, c'est génial, plus de file au comptoir",
        "Restitution en deux minutes et caution débloquée le lendemain. Bravo",
        "Surclassement offert à {st}, les enfants étaient ravis 😄",
        "Siège enfant déjà installé à notre arrivée, ça change tout",
        "Une semaine en Bretagne avec la {car}, zéro souci. Je recommande",
    ],
    "en": [
        "Picked up the car at {st} in five minutes flat, lovely staff 👍",
        "The {car} was spotless and had a full tank. Cheers Rodavia!",
        "The digital key in the app is brilliant, walked straight past the queue",
        "Drop-off took two minutes and the deposit was back the next day. Impressed",
        "Free upgrade at {st}, kids were over the moon 😄",
        "Child seat already fitted when we arrived, what a relief",
        "A week round the Highlands in the {car} and not a single issue. Recommend",
    ],
    "es": [
        "Recogí el coche en {st} en cinco minutos, todo perfecto 👍",
        "El {car} estaba impecable y con el depósito lleno. Gracias Rodavia!",
        "La llave digital de la app es una maravilla, ni una cola",
        "Devolución rapidísima y la fianza liberada al día siguiente. Así da gusto",
        "Nos dieron un upgrade en {st} sin pagar nada, los niños encantados 😄",
        "La sillita del bebé ya estaba puesta cuando llegamos, mil gracias",
        "Una semana por Andalucía con el {car} sin ningún problema. Recomendadísimo",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Zum dritten Mal dieses Jahr in {st} gemietet und wieder alles tadellos",
        "Schon wieder ein super Erlebnis mit Rodavia, langsam werde ich Stammkunde 😅",
        "Immer noch der beste Vermieter, den ich kenne. Wieder pünktlich, wieder sauber",
        "Wieder mal die App-Rückgabe benutzt, immer noch genial",
    ],
    "pt": [
        "Mais uma vez tudo perfeito em {st}. Já perdi a conta às vezes que aluguei 😅",
        "Terceira vez este ano com a Rodavia e continua tudo impecável",
        "Outra vez o {car}, outra vez sem problemas. Fiel cliente!",
        "continua a ser o aluguer mais fácil que conheço, de novo 5 estrelas",
    ],
    "it": [
        "Ancora una volta tutto perfetto a {st}, ormai sono di casa",
        "Terza volta quest'anno con Rodavia e sempre impeccabili",
    ],
    "fr": [
        "Encore une fois impeccable à {st}, je deviens un[[e|]] habitué[[e|]]",
        "Troisième location cette année et toujours aucun souci",
    ],
    "en": [
        "Third rental this year from {st} and still faultless",
        "Once again a brilliant experience with Rodavia, never lets me down",
    ],
    "es": [
        "Otra vez todo perfecto en {st}, ya soy cliente fij[[a|o]]",
        "Tercera vez este año con Rodavia y siguen siendo los mejores",
    ],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Alles top mit dem {car}, nur die Warteschleife am Telefon war etwas lang. Trotzdem gerne wieder",
        "Super Service in {st}. Einziger Minuspunkt: die App loggt mich ständig aus 🙄",
        "Auto klasse, Preis fair, nur der Parkplatz in {st} ist etwas schwer zu finden",
    ],
    "pt": [
        "Tudo ótimo com o {car}, só a fila em {st} estava um bocadinho grande. De resto 5 estrelas",
        "Adoro a Rodavia, só gostava que a app não me pedisse a password todas as vezes 😅",
        "Carro impecável, só a sinalização do parque em {st} é que deixa a desejar",
    ],
    "it": ["Tutto ottimo, solo l'attesa al telefono un po' lunga. Per il resto bravissimi"],
    "fr": ["Tout était top, juste l'appli qui me déconnecte sans arrêt 🙄 sinon parfait"],
    "en": ["All great, only the hold music on the phone is driving me mad 😅 otherwise spot on"],
    "es": [
        "Todo genial, solo que la app me cierra la sesión cada dos por tres. Por lo demás perfecto"
    ],
}

NIGHT: dict[str, list[str]] = {
    "de": [
        "2 Uhr nachts, Flug gelandet, Auto per App geöffnet und los. Danke Rodavia 🦉",
        "Kann nicht schlafen also schon mal den Mietwagen für Ostern gebucht. Ging super schnell",
        "Mitternachtsrückgabe in {st} ohne Personal, hat perfekt geklappt",
    ],
    "pt": [
        "São 2 da manhã e acabei de reservar o carro para as férias, foi num instante 🦉",
        "aterrei à meia-noite e o {car} estava à minha espera, abri com a app. fantástico",
        "Devolvi o carro às 3 da manhã em {st} sem ninguém lá, correu lindamente",
    ],
    "it": ["Sono le due di notte e ho appena prenotato per agosto, facilissimo 🦉"],
    "fr": ["Minuit passé, atterri[[e|]] à l'instant, voiture ouverte avec l'appli. Magique 🦉"],
    "en": ["Landed at 1am, opened the car with the app and off we went. Magic 🦉"],
    "es": ["Las dos de la mañana y ya tengo el coche reservado para Semana Santa, facilísimo 🦉"],
}

#: (subject, question, agent's answer, customer's thanks)
QUESTIONS: dict[str, list[tuple[str, str, str, str]]] = {
    "de": [
        (
            "Zusatzfahrer",
            "Hallo, kann ich meinen Mann noch als Zusatzfahrer eintragen? Die Buchung ist schon bezahlt.",
            "Hallo {first}, ja, das geht in der App unter Buchung > Fahrer. Mit Rodavia Plus ist es kostenlos. Gute Fahrt! {agent}",
            "Super, hat geklappt, danke!",
        ),
        (
            "Abholung früher",
            "Kann ich das Auto in {st} auch schon um 7 statt um 9 abholen?",
            "Hallo {first}, ja, die Station öffnet um 6:30. Ich habe die Zeit in Ihrer Buchung angepasst. Viele Grüße, {agent}",
            "Perfekt, vielen Dank 🙏",
        ),
        (
            "Winterreifen",
            "Hat der {car} Winterreifen drauf? Wir fahren nach Österreich.",
            "Hallo {first}, ja, von Oktober bis April haben alle unsere Autos Winterreifen. Gute Reise! {agent}",
            "Danke für die schnelle Antwort",
        ),
        (
            "Fahrt ins Ausland",
            "Darf ich mit dem Mietwagen nach Tschechien fahren?",
            "Hallo {first}, ja, Tschechien ist ohne Aufpreis erlaubt. Die Vignette gibt es an der Grenze. {agent}",
            "Alles klar, danke!",
        ),
        (
            "Rechnung",
            "Wo finde ich die Rechnung für meine letzte Miete?",
            "Hallo {first}, in der App unter Profil > Rechnungen, als PDF. Viele Grüße, {agent}",
            "Gefunden, danke 👍",
        ),
    ],
    "pt": [
        (
            "Condutor adicional",
            "Olá, posso acrescentar a minha mulher como condutora? Já paguei a reserva.",
            "Olá {first}, pode sim, na app em Reserva > Condutores. Com o Rodavia Plus é grátis. Boa viagem! {agent}",
            "Já está, muito obrigad[[a|o]]!",
        ),
        (
            "Portagens",
            "O {car} tem Via Verde? Vamos fazer muita autoestrada",
            "Olá {first}, sim, todos os carros em Portugal têm identificador; as portagens vêm no recibo final. {agent}",
            "Ótimo, obrigad[[a|o]] 😊",
        ),
        (
            "Levantamento mais cedo",
            "Dá para levantar o carro em {st} às 7h em vez das 9h?",
            "Olá {first}, dá sim, a loja abre às 6h30. Já alterei a hora na sua reserva. Cumprimentos, {agent}",
            "Perfeito, obg!",
        ),
        (
            "Ida a Espanha",
            "Posso ir com o carro até Sevilha?",
            "Olá {first}, pode, Espanha está incluída sem custo extra. Boa viagem! {agent}",
            "Obrigad[[a|o]] pela rapidez",
        ),
        (
            "Fatura com NIF",
            "Como peço a fatura com o meu NIF?",
            "Olá {first}, basta pôr o NIF no perfil da app antes da devolução; a fatura vai por email. {agent}",
            "Feito, obrigad[[a|o]]!",
        ),
    ],
    "it": [
        (
            "Secondo guidatore",
            "Ciao, posso aggiungere mio marito come secondo guidatore?",
            "Ciao {first}, certo, dalla app in Prenotazione > Guidatori. Con Rodavia Plus è gratis. {agent}",
            "Fatto, grazie mille!",
        ),
        (
            "Ritiro anticipato",
            "Posso ritirare l'auto a {st} alle 7 invece che alle 9?",
            "Buongiorno {first}, sì, la stazione apre alle 6:30. Ho già aggiornato la prenotazione. {agent}",
            "Perfetto grazie 🙏",
        ),
        (
            "Ztl",
            "La {car} ha problemi con le ZTL in centro?",
            "Ciao {first}, le ZTL valgono anche per le auto a noleggio: meglio parcheggiare fuori. {agent}",
            "Ok grazie del consiglio",
        ),
    ],
    "fr": [
        (
            "Conducteur additionnel",
            "Bonjour, je peux ajouter ma femme comme conductrice ?",
            "Bonjour {first}, oui, dans l'appli sous Réservation > Conducteurs. Gratuit avec Rodavia Plus. {agent}",
            "C'est fait, merci !",
        ),
        (
            "Retrait plus tôt",
            "Est-ce que je peux prendre la voiture à {st} à 7h au lieu de 9h ?",
            "Bonjour {first}, oui, l'agence ouvre à 6h30. J'ai modifié votre réservation. {agent}",
            "Parfait merci beaucoup",
        ),
        (
            "Péages",
            "La {car} a un badge télépéage ?",
            "Bonjour {first}, oui, les péages sont ajoutés sur la facture finale. {agent}",
            "Super, merci 😊",
        ),
    ],
    "en": [
        (
            "Additional driver",
            "Hi, can I add my partner as a second driver? Already paid for the booking.",
            "Hi {first}, yes, in the app under Booking > Drivers. Free with Rodavia Plus. Safe travels, {agent}",
            "Done, thanks a lot!",
        ),
        (
            "Earlier pick-up",
            "Could I collect the car at {st} at 7 instead of 9?",
            "Hi {first}, yes, the branch opens at 6:30. I've changed the time on your booking. {agent}",
            "Brilliant, cheers",
        ),
        (
            "Congestion charge",
            "Does the {car} cover the London congestion charge?",
            "Hi {first}, no, that's paid by the driver, but the car is ULEZ compliant. {agent}",
            "Good to know, thanks",
        ),
    ],
    "es": [
        (
            "Conductor adicional",
            "Hola, ¿puedo añadir a mi pareja como segundo conductor?",
            "Hola {first}, sí, en la app en Reserva > Conductores. Con Rodavia Plus es gratis. {agent}",
            "Hecho, gracias!",
        ),
        (
            "Recogida antes",
            "¿Puedo recoger el coche en {st} a las 7 en vez de a las 9?",
            "Hola {first}, sí, la oficina abre a las 6:30. Ya he cambiado la hora de su reserva. {agent}",
            "Perfecto, mil gracias",
        ),
        (
            "Portugal",
            "¿Se puede cruzar a Portugal con el {car}?",
            "Hola {first}, sí, Portugal está incluido; los peajes se cargan al final. {agent}",
            "Genial, gracias 😊",
        ),
    ],
}

PHONE_Q: dict[str, list[str]] = {
    "de": [
        "ja hallo guten tag ich wollte nur fragen ob ich den {car} auch in einer anderen station zurückgeben kann nicht in {st} sondern woanders ah okay das geht prima danke ihnen",
        "äh hallo ich hab morgen früh die abholung und wollte fragen ob ich den führerschein im original brauche ja okay alles klar dann bis morgen danke",
        "grüß gott ich hab eine frage zum kindersitz kann man den für ein kind mit drei jahren buchen ja sehr gut danke schön",
    ],
    "pt": [
        "sim bom dia olhe queria só saber se posso devolver o carro noutra loja em {st} ah pode ótimo muito obrigad[[a|o]]",
        "pois olhe boa tarde tenho o levantamento amanhã e queria saber se preciso da carta física sim está bem obrigad[[a|o]] bom resto de dia",
        "olá boa tarde era para perguntar se a cadeirinha serve para uma criança de três anos serve perfeito obrigad[[a|o]]",
    ],
    "it": [
        "pronto buongiorno volevo solo sapere se posso riconsegnare la macchina a {st} ah sì perfetto grazie mille"
    ],
    "fr": [
        "oui bonjour euh je voulais savoir si je peux rendre la voiture à {st} ah d'accord super merci beaucoup"
    ],
    "en": [
        "hiya hello just wanted to check if I can drop the car off at {st} instead oh brilliant thanks so much"
    ],
    "es": [
        "sí hola mire quería saber si puedo devolver el coche en {st} ah vale perfecto muchas gracias"
    ],
}

#: (rating, text)
REVIEWS: dict[str, list[tuple[int, str]]] = {
    "de": [
        (5, "Unkompliziert, pünktlich, sauberes Auto. Fünf Sterne."),
        (5, "Beste Mietwagenerfahrung seit Jahren, die App ist wirklich durchdacht"),
        (4, "Sehr gut. Ein Stern Abzug nur weil der Shuttle in {st} etwas gedauert hat"),
        (5, "Freundlich, schnell, fair. Was will man mehr"),
    ],
    "pt": [
        (5, "Rápido, simpático e sem surpresas na fatura. Cinco estrelas"),
        (5, "Melhor rent-a-car que já experimentei, a app funciona mesmo bem"),
        (4, "Muito bom, só tirei uma estrela porque o shuttle em {st} demorou um pouco"),
        (5, "Carro novinho e equipa 5 estrelas. Voltarei"),
    ],
    "it": [
        (5, "Veloci, gentili e nessuna sorpresa. Cinque stelle"),
        (4, "Molto bene, solo la navetta un po' lenta"),
    ],
    "fr": [
        (5, "Rapide, aimable, aucune mauvaise surprise. Cinq étoiles"),
        (4, "Très bien, juste la navette un peu lente"),
    ],
    "en": [
        (5, "Quick, friendly, no nasty surprises. Five stars"),
        (4, "Very good, shuttle bus was a bit slow"),
    ],
    "es": [
        (5, "Rápidos, amables y sin sorpresas. Cinco estrellas"),
        (4, "Muy bien, solo el shuttle tardó un poco"),
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": [
        "Top!",
        "alles bestens",
        "👍",
        "Gerne wieder",
        "sehr zufrieden",
        "schnell und freundlich",
        "😊",
    ],
    "pt": [
        "Excelente!",
        "tudo 5 estrelas",
        "👍",
        "Recomendo",
        "muito satisfeit[[a|o]]",
        "rápido e simpático",
        "😍",
    ],
    "it": ["Ottimo!", "tutto perfetto", "👍", "consigliato"],
    "fr": ["Parfait !", "top", "👍", "rien à redire"],
    "en": ["Great!", "spot on", "👍", "no complaints"],
    "es": ["Genial!", "todo perfecto", "👍", "muy content[[a|o]]"],
}

THANKS: dict[str, list[str]] = {
    "de": ["Vielen Dank!", "Danke, super Service", "Danke euch 🙏", "Top, danke"],
    "pt": [
        "Muito obrigad[[a|o]]!",
        "Obrigad[[a|o]], excelente atendimento",
        "Obg 🙏",
        "Top, obrigad[[a|o]]",
    ],
    "it": ["Grazie mille!", "Grazie, gentilissimi"],
    "fr": ["Merci beaucoup !", "Merci, super service"],
    "en": ["Thanks so much!", "Cheers, great service"],
    "es": ["¡Muchas gracias!", "Gracias, muy amables"],
}

CARS: dict[str, list[str]] = {
    "de": ["VW Golf", "Skoda Octavia Kombi", "Opel Corsa", "BMW 1er", "VW Tiguan", "Seat Ibiza"],
    "pt": ["Renault Clio", "Peugeot 208", "Fiat 500", "Seat Arona", "Citroën C3", "Dacia Sandero"],
    "it": ["Fiat Panda", "Fiat 500", "Jeep Renegade", "Lancia Ypsilon"],
    "fr": ["Renault Clio", "Peugeot 2008", "Citroën C3", "Dacia Duster"],
    "en": ["Ford Fiesta", "Vauxhall Corsa", "Nissan Qashqai", "Kia Sportage"],
    "es": ["Seat León", "Seat Ibiza", "Toyota Corolla", "Hyundai i20"],
}

STATIONS: dict[str, list[str]] = {
    "DE": [
        "München Hbf",
        "Berlin BER",
        "Hamburg Flughafen",
        "Frankfurt Hbf",
        "Köln/Bonn",
        "Stuttgart Flughafen",
        "Leipzig Hbf",
    ],
    "PT": [
        "Lisboa Aeroporto",
        "Porto Campanhã",
        "Faro Aeroporto",
        "Lisboa Oriente",
        "Coimbra-B",
        "Funchal Aeroporto",
    ],
    "IT": [
        "Milano Linate",
        "Roma Termini",
        "Bologna Centrale",
        "Bari Aeroporto",
        "Napoli Centrale",
    ],
    "FR": [
        "Paris Gare de Lyon",
        "Lyon Part-Dieu",
        "Nice Aéroport",
        "Bordeaux Saint-Jean",
        "Marseille Saint-Charles",
    ],
    "UK": ["Edinburgh Waverley", "Manchester Airport", "London Gatwick", "Bristol Temple Meads"],
    "ES": [
        "Madrid Atocha",
        "Málaga Aeropuerto",
        "Barcelona Sants",
        "Sevilla Santa Justa",
        "Valencia Joaquín Sorolla",
    ],
}

#: (product, price in euros)
PRODUCTS: list[tuple[str, float]] = [
    ("rental 3 days compact", 119.0),
    ("rental 7 days compact", 239.0),
    ("rental weekend economy", 79.0),
    ("rental 7 days SUV", 389.0),
    ("rental 2 weeks estate", 520.0),
    ("one-way rental", 159.0),
    ("zero excess cover", 54.0),
    ("child seat", 25.0),
    ("Rodavia Plus annual", 89.0),
    ("van 1 day", 69.0),
]

PAGES: list[str] = [
    "/stations",
    "/cars/compact",
    "/cars/suv",
    "/offers",
    "/plus",
    "/help/deposit",
    "/help/fuel-policy",
    "/booking/extras",
    "/one-way",
    "/vans",
]
