# ruff: noqa: E501
"""Hand-written happy wording of heldout39 (Sonriva dental clinics): people, praise, questions.

Placeholders: {brand}, {agent}, {product}, {town}, {money_*}; ``[[fem|masc]]`` agrees with
the writer. Spanish and English carry most variants; German, French, Italian and
Portuguese one to three.
"""

from __future__ import annotations

LANGS = ("es", "en", "de", "fr", "it", "pt")

MARKETS: dict[str, tuple[str, ...]] = {
    "es": ("ES",),
    "en": ("UK", "UK", "UK", "IE"),
    "de": ("DE", "DE", "AT", "CH"),
    "fr": ("FR", "FR", "BE", "CH"),
    "it": ("IT", "IT", "IT", "CH"),
    "pt": ("PT",),
}

FIRST_F: dict[str, tuple[str, ...]] = {
    "es": (
        "Lucía",
        "Marta",
        "Carmen",
        "Nerea",
        "Paula",
        "Rocío",
        "Ainhoa",
        "Begoña",
        "Inmaculada",
        "Alba",
        "Montse",
        "Sonia",
        "Irene",
        "Noelia",
        "Amparo",
        "Yolanda",
        "Cristina",
        "Elena",
        "Itziar",
        "Pilar",
        "Raquel",
        "Vanesa",
    ),
    "en": (
        "Siobhan",
        "Emma",
        "Charlotte",
        "Aisling",
        "Megan",
        "Hannah",
        "Niamh",
        "Gemma",
        "Priya",
        "Lauren",
        "Beth",
        "Claire",
        "Orla",
        "Zoe",
        "Amira",
        "Fiona",
        "Rachel",
        "Jade",
        "Kirsty",
        "Helen",
        "Louise",
        "Ciara",
    ),
    "de": (
        "Katrin",
        "Jana",
        "Sabine",
        "Lea",
        "Miriam",
        "Anja",
        "Franziska",
        "Heike",
        "Selin",
        "Verena",
        "Ute",
        "Nadine",
    ),
    "fr": (
        "Camille",
        "Élodie",
        "Nathalie",
        "Inès",
        "Sandrine",
        "Manon",
        "Aurélie",
        "Chloé",
        "Véronique",
        "Léa",
    ),
    "it": (
        "Giulia",
        "Chiara",
        "Francesca",
        "Valentina",
        "Serena",
        "Elisa",
        "Roberta",
        "Martina",
        "Alessia",
        "Debora",
    ),
    "pt": (
        "Inês",
        "Joana",
        "Beatriz",
        "Catarina",
        "Filipa",
        "Marta",
        "Sofia",
        "Teresa",
        "Raquel",
        "Helena",
    ),
}

FIRST_M: dict[str, tuple[str, ...]] = {
    "es": (
        "Javier",
        "Álvaro",
        "Iñaki",
        "Sergio",
        "Rubén",
        "Manolo",
        "Andrés",
        "Jorge",
        "Dani",
        "Pablo",
        "Héctor",
        "Raúl",
        "Óscar",
        "Toni",
        "Xabier",
        "Fernando",
        "Luis",
        "Guillermo",
        "Ignacio",
        "Marcos",
        "Quique",
        "Adrián",
    ),
    "en": (
        "Callum",
        "Liam",
        "Tom",
        "Declan",
        "Rhys",
        "Harry",
        "Owen",
        "Ciarán",
        "Jamie",
        "Ravi",
        "Connor",
        "Stuart",
        "Darragh",
        "Ben",
        "Kwame",
        "Gareth",
        "Niall",
        "Mark",
        "Ewan",
        "Sam",
        "Paddy",
        "Dylan",
    ),
    "de": (
        "Lukas",
        "Jens",
        "Markus",
        "Tobias",
        "Florian",
        "Dirk",
        "Emre",
        "Stefan",
        "Matthias",
        "Bernd",
        "Jonas",
        "Ralf",
    ),
    "fr": (
        "Julien",
        "Mathieu",
        "Karim",
        "Thomas",
        "Olivier",
        "Benoît",
        "Hugo",
        "Romain",
        "Yannick",
        "Loïc",
    ),
    "it": (
        "Marco",
        "Davide",
        "Lorenzo",
        "Matteo",
        "Stefano",
        "Giorgio",
        "Alessandro",
        "Fabio",
        "Nicola",
        "Simone",
    ),
    "pt": (
        "Tiago",
        "Rui",
        "Nuno",
        "Diogo",
        "Miguel",
        "Pedro",
        "Gonçalo",
        "Ricardo",
        "Hugo",
        "Vasco",
    ),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "es": (
        "García",
        "Fernández",
        "Moreno",
        "Ruiz",
        "Etxeberria",
        "Navarro",
        "Gil",
        "Serrano",
        "Cabrera",
        "Ortega",
        "Vidal",
        "Castillo",
        "Rubio",
        "Herrero",
        "Pascual",
        "Arrieta",
        "Iglesias",
        "Medina",
        "Garrido",
        "Lozano",
        "Soler",
        "Vázquez",
        "Campos",
        "Prieto",
        "Bermúdez",
        "Aranda",
        "Crespo",
        "Ferrer",
        "Mora",
        "Sanz",
    ),
    "en": (
        "Walsh",
        "Patel",
        "Hughes",
        "O'Brien",
        "Evans",
        "Murphy",
        "Clarke",
        "Kelly",
        "Thompson",
        "Byrne",
        "Edwards",
        "Doyle",
        "Mensah",
        "Lynch",
        "Robertson",
        "Fitzgerald",
        "Shah",
        "McCarthy",
        "Jenkins",
        "Nolan",
        "Price",
        "Harrington",
        "Begum",
        "Gallagher",
        "Ward",
        "Sheridan",
        "Osei",
        "Morgan",
        "Quinn",
        "Barker",
    ),
    "de": (
        "Brandt",
        "Hofmann",
        "Krüger",
        "Lehmann",
        "Yilmaz",
        "Wagner",
        "Huber",
        "Schuster",
        "Vogt",
        "Böhm",
        "Gasser",
        "Lindner",
        "Pichler",
        "Frei",
        "Albrecht",
    ),
    "fr": (
        "Lefèvre",
        "Moreau",
        "Benali",
        "Girard",
        "Dubois",
        "Mercier",
        "Fontaine",
        "Peeters",
        "Roux",
        "Chevalier",
        "Morel",
        "Gauthier",
    ),
    "it": (
        "Rossi",
        "Esposito",
        "Bianchi",
        "Ferraro",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Mancini",
    ),
    "pt": (
        "Silva",
        "Ferreira",
        "Costa",
        "Pereira",
        "Oliveira",
        "Martins",
        "Sousa",
        "Lopes",
        "Carvalho",
        "Rocha",
        "Fonseca",
        "Teixeira",
    ),
}

TOWNS: dict[str, tuple[str, ...]] = {
    "ES": (
        "Madrid",
        "Sevilla",
        "Valencia",
        "Bilbao",
        "Zaragoza",
        "Málaga",
        "Murcia",
        "Valladolid",
        "Alicante",
        "Getafe",
        "Córdoba",
        "Vigo",
        "Pamplona",
        "Granada",
        "Salamanca",
    ),
    "UK": (
        "Leeds",
        "Bristol",
        "Manchester",
        "Cardiff",
        "Leicester",
        "Glasgow",
        "Brighton",
        "Nottingham",
        "Sheffield",
        "Croydon",
        "Reading",
        "Swansea",
    ),
    "IE": ("Dublin", "Cork", "Galway", "Limerick", "Drogheda", "Naas"),
    "DE": ("Köln", "Leipzig", "Hannover", "Nürnberg", "Bremen", "Dortmund", "Mainz"),
    "AT": ("Wien", "Graz", "Linz", "Salzburg"),
    "CH-de": ("Zürich", "Bern", "Basel", "Winterthur"),
    "CH-fr": ("Genève", "Lausanne", "Fribourg"),
    "CH-it": ("Lugano", "Bellinzona", "Locarno"),
    "FR": ("Lyon", "Nantes", "Lille", "Toulouse", "Rennes", "Montpellier"),
    "BE": ("Liège", "Namur", "Charleroi", "Bruxelles"),
    "IT": ("Torino", "Bologna", "Bari", "Verona", "Napoli", "Padova"),
    "PT": ("Porto", "Braga", "Setúbal", "Coimbra", "Almada", "Aveiro"),
}

JOBS: dict[str, tuple[str, ...]] = {
    "es": (
        "[[enfermera|enfermero]] de urgencias en el Gregorio Marañón",
        "[[profesora|profesor]] de primaria",
        "[[camarera|camarero]] en un bar de tapas",
        "[[conductora|conductor]] de autobús de la EMT",
        "[[autónoma|autónomo]], tiene una ferretería",
        "[[jubilada|jubilado]], antes en Correos",
        "[[estudiante|estudiante]] de Derecho",
        "[[administrativa|administrativo]] en una gestoría",
        "[[reponedora|reponedor]] en un súper, turno de noche",
        "[[fisioterapeuta|fisioterapeuta]]",
        "[[teleoperadora|teleoperador]]",
        "[[peluquera|peluquero]]",
        "[[cocinera|cocinero]] en un hotel",
        "[[arquitecta|arquitecto]] en paro",
    ),
    "en": (
        "a nurse on nights at the Royal Infirmary",
        "a primary school teacher",
        "a bus driver",
        "a self-employed plumber",
        "retired, used to work for the council",
        "a uni student",
        "a care worker",
        "a barista",
        "a warehouse picker on nights",
        "an accountant",
        "a hairdresser",
        "a postie",
        "a software tester",
        "a bar manager",
    ),
    "de": (
        "[[Krankenpflegerin|Krankenpfleger]] im Schichtdienst",
        "[[Lehrerin|Lehrer]] an einer Grundschule",
        "[[Busfahrerin|Busfahrer]]",
        "[[Rentnerin|Rentner]], früher bei der Post",
        "[[Studentin|Student]]",
        "[[Bäckerin|Bäcker]], Frühschicht",
    ),
    "fr": (
        "[[infirmière|infirmier]] de nuit",
        "[[professeure|professeur]] des écoles",
        "[[serveuse|serveur]] dans une brasserie",
        "[[retraitée|retraité]] de la SNCF",
        "[[étudiante|étudiant]]",
        "[[livreuse|livreur]] à vélo",
    ),
    "it": (
        "[[infermiera|infermiere]] in ospedale",
        "[[insegnante|insegnante]] alle medie",
        "[[barista|barista]]",
        "[[pensionata|pensionato]], ex ferroviere",
        "[[studentessa|studente]]",
        "[[impiegata|impiegato]] in banca",
    ),
    "pt": (
        "[[enfermeira|enfermeiro]] no São João",
        "[[professora|professor]] do básico",
        "[[motorista|motorista]] da Carris",
        "[[reformada|reformado]]",
        "[[estudante|estudante]]",
        "[[empregada|empregado]] de mesa",
    ),
}

# Purchases in the app shop: (label, price in EUR, page)
PRODUCTS: tuple[tuple[str, float, str], ...] = (
    ("Electric toothbrush / Cepillo eléctrico", 59.90, "/shop/electric-toothbrush"),
    ("Brush heads x4 / Cabezales x4", 14.90, "/shop/brush-heads"),
    ("Water flosser / Irrigador", 49.00, "/shop/water-flosser"),
    ("Whitening pen / Lápiz blanqueador", 19.90, "/shop/whitening-pen"),
    ("Aligner case / Estuche férulas", 9.90, "/shop/aligner-case"),
    ("Kids brushing kit / Kit infantil", 24.90, "/shop/kids-kit"),
    ("Night guard / Férula de descarga", 129.00, "/shop/night-guard"),
    ("Interdental brushes / Cepillos interdentales", 6.50, "/shop/interdental"),
    ("Whitening session / Sesión blanqueamiento", 190.00, "/treatments/whitening"),
    ("Gift card / Tarjeta regalo", 50.00, "/shop/gift-card"),
)

PAGES: tuple[str, ...] = (
    "/clinics",
    "/plan/sonriva-plus",
    "/treatments/aligners",
    "/treatments/implants",
    "/treatments/kids",
    "/appointments",
    "/help/insurance",
    "/help/emergencies",
    "/shop",
    "/account/invoices",
)

# Social or community praise
PRAISE: dict[str, tuple[str, ...]] = {
    "es": (
        "Hoy limpieza en {brand} de {town} y la higienista un amor, me explicó todo sin hacerme sentir culpable por no usar hilo 😅",
        "Llevaba 6 años sin ir al dentista por puro miedo y en {brand} me han tratado con una paciencia que no me esperaba. Gracias de verdad",
        "Mi hijo de 7 años ha salido de {brand} diciendo que quiere volver. Eso no me había pasado NUNCA",
        "Empaste hecho en 20 min, sin dolor y a las 10 ya estaba en el curro. Un crack el dentista de {brand}",
        "Reservé cita desde la app a las 11 de la noche y al día siguiente a las 9 me estaban viendo. Así sí 👏",
        "@{brand} gracias a la recepcionista de {town} que me hizo hueco con una muela que me estaba matando",
        "Con la férula nueva ya no me despierto con dolor de mandíbula. Mano de santo, {brand}",
        "Lo que me gusta de {brand}: te dan el presupuesto por escrito antes de tocar nada y se cumple",
    ),
    "en": (
        "Had my check-up at {brand} {town} this morning, in and out in 25 mins and the dentist actually explained what she was looking at. Class",
        "Terrified of dentists my whole life and the team at {brand} were so patient with me today. Thank you, genuinely",
        "My daughter came out of {brand} with a sticker and asked when she can go back?? who is this child",
        "Booked an emergency slot on the app at 7am, seen by 9:30, tooth sorted. Fair play @{brand}",
        "Hygienist at {brand} {town} is brilliant, gentle and doesn't lecture you. Teeth feel amazing",
        "Love that {brand} send you the quote in the app before they do anything. No surprises. More of this please",
        "Finished my aligners with {brand} today. 11 months and honestly I can't stop smiling at myself in shop windows 😁",
        "Shout out to the receptionist at {brand} who rang me back when I left a voicemail in a panic. Lovely woman",
    ),
    "de": (
        "Heute Kontrolle bei {brand} in {town}, alles super erklärt und nach 20 Minuten draußen. So muss das",
        "Hatte echt Angst vor der Wurzelbehandlung, aber die Zahnärztin bei {brand} war total ruhig und geduldig. Danke!",
        "Termin per App um 22 Uhr gebucht, am nächsten Morgen dran gewesen. Top, @{brand}",
    ),
    "fr": (
        "Détartrage chez {brand} à {town} ce matin, équipe adorable et zéro jugement. Nickel",
        "Ma fille avait peur, la dentiste de {brand} a pris le temps de tout lui montrer. Merci !",
    ),
    "it": (
        "Pulizia dei denti da {brand} a {town}, igienista gentilissima e puntuale. Spettacolo",
        "Avevo il terrore del dentista, da {brand} mi hanno trattat[[a|o]] con una pazienza incredibile. Grazie davvero",
    ),
    "pt": (
        "Consulta de rotina na {brand} em {town}, pontuais e muito simpáticos. Impecável",
        "O meu miúdo saiu da {brand} todo contente, nem acredito. Obrigad[[a|o]]!",
    ),
}

# "again / third time" said of good things
AGAIN: dict[str, tuple[str, ...]] = {
    "es": (
        "Tercera vez que voy a la higiene de {brand} y tercera vez que me atienden a la hora exacta. No sé cómo lo hacen",
        "Otra vez la misma higienista y otra vez de 10. Ya pido cita con ella expresamente",
    ),
    "en": (
        "Third time this year I've needed an emergency slot at {brand} and third time they've fitted me in the same day. Legends",
        "Again the reminder came the day before, again I was seen on time. Boring in the best way, {brand}",
    ),
    "de": (
        "Zum dritten Mal bei {brand} und zum dritten Mal pünktlich drangekommen. Kenn ich so von keiner Praxis",
    ),
    "fr": (
        "Troisième fois chez {brand} et troisième fois reçu[[e|]] à l'heure pile. Je n'y croyais plus",
    ),
    "it": (
        "Terza volta da {brand} e terza volta che mi chiamano all'orario preciso. Ci si abitua bene",
    ),
    "pt": ("Terceira vez na {brand} e terceira vez atendid[[a|o]] à hora certa. Assim dá gosto",),
}

# praise with a small gripe
GRIPE: dict[str, tuple[str, ...]] = {
    "es": (
        "Muy [[contenta|contento]] con {brand} en general, pero la musiquita de la sala de espera es para dormirse 😂 el resto perfecto",
        "La dentista genial, eso sí, la app te pide el DNI cada vez que abres una factura y es un rollo",
        "Todo bien en {brand}, solo que aparcar cerca de la clínica de {town} es misión imposible",
    ),
    "en": (
        "Really happy with {brand}, only thing is the app logs me out every time I want to see an invoice. Small thing",
        "Great check-up as always, but who decided the waiting room TV should only play property shows lol",
        "Lovely staff at {brand} {town}, parking is a nightmare though, give yourself 15 mins",
    ),
    "de": (
        "Alles gut bei {brand}, nur die App will bei jeder Rechnung ein neues Passwort. Sonst top",
    ),
    "fr": ("Très bien suivi[[e|]] chez {brand}, juste la salle d'attente un peu petite le samedi",),
    "it": (
        "Tutto ok da {brand}, solo che l'app a volte non ricorda il mio login. Per il resto bravi",
    ),
    "pt": ("Gosto muito da {brand}, só o estacionamento em {town} é que é um drama",),
}

SARCASM: dict[str, tuple[str, ...]] = {
    "es": (
        "Me encanta que la app de {brand} me recuerde lavarme los dientes... a las 7 de la mañana de un domingo 🙃",
        "Gracias @{brand} por felicitarme por mi 'racha de 200 días de cepillado' cuando el cepillo llevaba un mes sin pila 🙄",
    ),
    "en": (
        "Love how the {brand} app congratulates me on 'perfect brushing' while my toothbrush has been charging on the windowsill for a week 🙃",
        "Nothing says good morning like a 6am push notification from @{brand} telling me to floss 🙂",
    ),
    "de": ("Danke @{brand}, dass mich die App sonntags um 7 ans Zähneputzen erinnert 🙃",),
    "fr": ("Merci @{brand} de me rappeler de me brosser les dents un dimanche à 7h du mat 🙃",),
    "it": ("Grazie @{brand} per il promemoria di lavarmi i denti alle 7 di domenica mattina 🙃",),
    "pt": (
        "Obrigad[[a|o]] @{brand} por me lembrar de lavar os dentes às 7 da manhã de domingo 🙃",
    ),
}

# questions (chat or e-mail) and the agent's answer
QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        (
            "hola, ¿el plan Sonriva Plus cubre también a mi hija de 4 años o hay que hacerle uno aparte?",
            "¡Hola! Los menores de 12 entran gratis en tu plan, solo tienes que añadirla en Perfil > Familia. Un saludo, {agent}",
        ),
        (
            "Buenas, me voy a vivir a {town} en julio, ¿puedo pasar mi historial a la clínica de allí?",
            "Claro que sí, tu historial es el mismo en todas las clínicas {brand}. Solo elige la nueva clínica al reservar. Saludos, {agent}",
        ),
        (
            "¿Se puede pagar el tratamiento de ortodoncia a plazos sin intereses?",
            "Sí, hasta 24 meses sin intereses. En el presupuesto de la app verás el botón 'Pagar a plazos'. {agent}",
        ),
        (
            "Una pregunta tonta: después de la limpieza ¿cuánto tengo que esperar para tomar café?",
            "¡Nada de tonta! Mejor espera una hora. Saludos, {agent}",
        ),
        (
            "Hola, necesito una factura con mi NIF para la declaración de la renta, ¿dónde la saco?",
            "Hola, en Cuenta > Facturas puedes añadir tu NIF y descargarlas de nuevo. Un saludo, {agent}",
        ),
        (
            "¿La clínica de {town} abre los sábados por la mañana?",
            "Sí, de 9 a 14 h. Puedes reservar ya desde la app. {agent}",
        ),
    ),
    "en": (
        (
            "hi does Sonriva Plus cover my partner too or is it one per person",
            "Hi! It's one plan per adult, but you can add a second adult for half price under Profile > Family. Thanks, {agent}",
        ),
        (
            "Quick one - can I move my check-up from the {town} clinic to the one near work?",
            "Of course, just open the appointment and tap 'Change clinic'. Your records follow you. {agent}",
        ),
        (
            "Is whitening safe if I have a crown at the front?",
            "Good question! Whitening won't change the colour of the crown, so the dentist will check the shade with you first. Best, {agent}",
        ),
        (
            "Do you take private health insurance or is it just the plan?",
            "We work with most UK and Irish insurers; add your policy under Profile > Insurance and we bill them directly. {agent}",
        ),
        (
            "how long do I have to wait to eat after a filling",
            "About two hours for the numbness to wear off, and avoid very hot drinks until then. {agent}",
        ),
        (
            "Can I get a receipt with my full address for my employer's health scheme?",
            "Yes, under Account > Invoices you can edit the address and download it again. Cheers, {agent}",
        ),
    ),
    "de": (
        (
            "Hallo, ist die professionelle Zahnreinigung im Sonriva Plus schon drin?",
            "Hallo! Ja, zwei Reinigungen pro Jahr sind im Plan enthalten. Viele Grüße, {agent}",
        ),
        (
            "Kann ich meinen Termin in {town} auf eine andere Praxis verlegen?",
            "Klar, einfach in der App auf 'Praxis wechseln' tippen. {agent}",
        ),
    ),
    "fr": (
        (
            "Bonjour, est-ce que le plan Sonriva Plus couvre aussi les enfants ?",
            "Bonjour ! Les moins de 12 ans sont inclus, ajoutez-les dans Profil > Famille. {agent}",
        ),
        (
            "On peut payer l'orthodontie en plusieurs fois ?",
            "Oui, jusqu'à 24 mois sans frais, depuis le devis dans l'appli. Bonne journée, {agent}",
        ),
    ),
    "it": (
        (
            "Buongiorno, il piano Sonriva Plus copre anche le radiografie?",
            "Buongiorno! Sì, le radiografie di controllo sono incluse. Saluti, {agent}",
        ),
        (
            "Posso spostare l'appuntamento nella clinica vicino al lavoro?",
            "Certo, dall'app tocchi 'Cambia clinica'. {agent}",
        ),
    ),
    "pt": (
        (
            "Olá, o plano Sonriva Plus inclui a limpeza ou paga-se à parte?",
            "Olá! Inclui duas limpezas por ano. Cumprimentos, {agent}",
        ),
        (
            "Posso mudar a consulta para a clínica de {town}?",
            "Claro, na app basta tocar em 'Mudar clínica'. {agent}",
        ),
    ),
}

THANKS: dict[str, tuple[str, ...]] = {
    "es": (
        "Genial, gracias {agent}!",
        "mil gracias, {agent}, muy amable",
        "Perfecto, ya está hecho. Gracias!",
        "ok gracias 🙏",
    ),
    "en": (
        "Brilliant, thanks {agent}!",
        "cheers {agent}, sorted",
        "Perfect, thank you so much",
        "thanks! 👍",
    ),
    "de": ("Super, danke {agent}!", "Danke für die schnelle Antwort"),
    "fr": ("Parfait, merci {agent} !", "Super, merci beaucoup"),
    "it": ("Perfetto, grazie {agent}!", "Gentilissim[[a|o]], grazie"),
    "pt": ("Ótimo, obrigad[[a|o]] {agent}!", "Perfeito, obg"),
}

# phone questions (speech-to-text) and the agent's follow-up e-mail
PHONE_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        (
            "{opener} mire le llamo porque mi madre tiene 81 años y lleva dentadura y quería saber si en la clínica de {town} hacen ajustes de prótesis y si tengo que ir yo con ella",
            "Gracias por su llamada. Como hablamos, la clínica de {town} ajusta prótesis los martes y jueves; puede acompañarla sin problema. Le he dejado la cita reservada en la app. Un saludo, {agent}",
        ),
        (
            "{opener} quería preguntar si el plan cubre una urgencia un domingo porque el mes que viene nos vamos de viaje",
            "Gracias por llamar. Como le comenté, la línea de urgencias del plan funciona 24 h también en festivos y domingos. Buen viaje, {agent}",
        ),
        (
            "{opener} es para preguntar por la ortodoncia invisible para mi hijo que tiene 15 años cuánto dura más o menos",
            "Gracias por su llamada. Como hablamos, le envío el enlace para la primera visita gratuita con escáner. Un saludo, {agent}",
        ),
    ),
    "en": (
        (
            "{opener} yeah I'm just ringing because my dad's 84 and he's got dentures and I wanted to know if the {town} clinic can do home visits or if I need to bring him in",
            "Thanks for your call. As discussed, we don't do home visits but the {town} clinic is step-free and has a 30-minute slot for denture checks; I've held one for Thursday. Best wishes, {agent}",
        ),
        (
            "{opener} just wondering does the plan cover emergencies if I'm abroad we're off to Spain in August",
            "Thanks for calling. As discussed, the plan covers emergency visits at any Sonriva clinic, including our clinics in Spain. Enjoy the trip, {agent}",
        ),
        (
            "{opener} I wanted to ask about the aligners for my son he's sixteen how long does it usually take",
            "Thanks for your call. As promised, here's the link to book the free scan; the dentist will give you a timeline then. {agent}",
        ),
    ),
    "de": (
        (
            "{opener} ich wollte fragen ob die Praxis in {town} auch Kinder behandelt meine Tochter ist fünf",
            "Vielen Dank für Ihren Anruf. Wie besprochen behandelt die Praxis in {town} Kinder ab drei Jahren; der Termin ist in der App eingetragen. {agent}",
        ),
    ),
    "fr": (
        (
            "{opener} je voulais savoir si le plan couvre les urgences le week-end",
            "Merci pour votre appel. Comme convenu, la ligne d'urgence du plan fonctionne 24 h/24, week-end compris. {agent}",
        ),
    ),
    "it": (
        (
            "{opener} volevo chiedere se il piano copre anche mia madre che ha settantanove anni",
            "Grazie per la chiamata. Come detto, può aggiungerla al piano con lo sconto famiglia; le ho inviato il link. {agent}",
        ),
    ),
    "pt": (
        (
            "{opener} queria saber se a clínica de {town} faz consultas ao sábado",
            "Obrigado pela chamada. Como falámos, a clínica de {town} abre ao sábado das 9h às 13h. {agent}",
        ),
    ),
}

PHONE_OPENERS: dict[str, tuple[str, ...]] = {
    "es": (
        "sí hola buenos días",
        "hola buenas tardes mire",
        "sí oiga buenas",
        "hola qué tal buenos días",
    ),
    "en": ("hiya yeah", "hi there good morning", "oh hello yeah hi", "hi yeah good afternoon"),
    "de": ("ja hallo guten Tag", "ja grüß Gott", "hallo ja guten Morgen"),
    "fr": ("oui bonjour", "allô oui bonjour madame"),
    "it": ("pronto buongiorno", "sì salve buongiorno"),
    "pt": ("sim bom dia", "está sim boa tarde"),
}

PHONE_SUBJECT: dict[str, str] = {
    "es": "Su llamada de hoy",
    "en": "Your call today",
    "de": "Ihr Anruf heute",
    "fr": "Votre appel",
    "it": "La sua chiamata",
    "pt": "A sua chamada",
}

REVIEWS: dict[str, tuple[tuple[str, int], ...]] = {
    "es": (
        ("Clínica limpia, puntuales y te explican el presupuesto. Repetiré.", 5),
        ("Muy buena atención, la espera un poco larga pero bien.", 4),
        ("El irrigador llegó en dos días y funciona genial", 5),
    ),
    "en": (
        ("Friendly, on time, no upselling. What more do you want from a dentist", 5),
        ("Good check-up, bit of a wait in reception but fine", 4),
        ("Water flosser arrived next day, works a treat", 5),
    ),
    "de": (("Freundlich, pünktlich, gut erklärt. Gerne wieder.", 5),),
    "fr": (("Équipe au top, cabinet très propre.", 5),),
    "it": (("Personale gentile e puntuale, consigliato.", 5),),
    "pt": (("Muito profissionais e simpáticos.", 5),),
}

NIGHT_POSTS: dict[str, tuple[str, ...]] = {
    "es": (
        "Las 2 de la mañana, salgo del turno del hospital y lo único que quiero es llegar a casa... y mañana limpieza en {brand}, menos mal que es a las 12 😴",
        "No puedo dormir y acabo de reservar la revisión de los niños en la app de {brand} en 30 segundos. Algo productivo hoy",
        "Madrugada de estudio y me acuerdo de que tengo que dar las gracias a {brand} por arreglarme la muela antes de los exámenes 🙏",
    ),
    "en": (
        "1am, just finished a double at the bar and booked my cleaning on the {brand} app from the night bus. Easiest thing I've done all day",
        "Can't sleep so I've been reading my {brand} treatment plan again. Still can't believe the aligners are nearly done",
        "Night shift break, eating a biscuit with my shiny new filling. Cheers {brand} 😄",
    ),
    "de": (
        "Halb drei, Nachtschicht vorbei, und in der App schnell den Kontrolltermin gebucht. Danke {brand}",
    ),
    "fr": (
        "2h du mat, insomnie, du coup j'ai réservé mon détartrage sur l'appli {brand}. Fait en 20 secondes",
    ),
    "it": (
        "L'una e mezza, appena tornat[[a|o]] da un concerto, e ho prenotato la pulizia dall'app {brand} in un attimo",
    ),
    "pt": (
        "Quase três da manhã, a estudar para o exame de condução, e lembrei-me de marcar a limpeza na app da {brand}. Feito em 20 segundos",
    ),
}

NIGHT_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        (
            "hola, ¿a estas horas hay alguien? se me ha caído un trozo de empaste pero no duele, ¿espero a mañana?",
            "Hola, sí, estamos 24 h. Si no duele puedes esperar: te he reservado un hueco mañana a las 10 en tu clínica. {agent}",
        ),
        (
            "perdón por la hora, ¿la férula de descarga se puede lavar con agua caliente?",
            "¡Sin problema! Mejor agua tibia y jabón neutro, la caliente la deforma. {agent}",
        ),
    ),
    "en": (
        (
            "hi sorry it's late, bit of a crown came loose while eating, no pain, can it wait till morning?",
            "Hi, no problem, we're here 24/7. If there's no pain it can wait; I've booked you in for 9:20 tomorrow. {agent}",
        ),
        (
            "is it normal for the new aligners to feel really tight the first night",
            "Yes, completely normal for the first two or three days. Keep them in! {agent}",
        ),
    ),
    "de": (
        (
            "Sorry für die Uhrzeit, ist es normal dass die neue Schiene so drückt?",
            "Ja, das ist in den ersten Tagen normal. Gute Nacht! {agent}",
        ),
    ),
    "fr": (
        (
            "Désolé[[e|]] pour l'heure, c'est normal que les nouvelles gouttières serrent autant ?",
            "Oui, c'est normal les premiers jours. Bonne nuit, {agent}",
        ),
    ),
    "it": (
        (
            "Scusate l'ora, è normale che il nuovo allineatore stringa così tanto?",
            "Sì, è normale i primi giorni. Buonanotte, {agent}",
        ),
    ),
    "pt": (
        (
            "Desculpem a hora, é normal o alinhador novo apertar tanto?",
            "Sim, é normal nos primeiros dias. Boa noite, {agent}",
        ),
    ),
}

NIGHT_THANKS: dict[str, tuple[str, ...]] = {
    "es": ("gracias!! a dormir", "vale, mil gracias"),
    "en": ("ah great thanks, night!", "legend, thanks"),
    "de": ("Danke, gute Nacht!",),
    "fr": ("Merci, bonne nuit !",),
    "it": ("Grazie, buonanotte!",),
    "pt": ("Obrigad[[a|o]], boa noite!",),
}

SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "es": ("Todo perfecto", "muy bien", "👍", "Genial la higienista", ""),
    "en": ("Great", "all good", "😊", "lovely staff", ""),
    "de": ("Sehr gut", "👍", ""),
    "fr": ("Parfait", "👍", ""),
    "it": ("Ottimo", "👍", ""),
    "pt": ("Muito bom", "👍", ""),
}

AGENTS: dict[str, tuple[str, ...]] = {
    "es": ("Laura", "Miguel", "Cristina", "Asier"),
    "en": ("Sophie", "Aidan", "Nadia", "Rob"),
    "de": ("Petra", "Jan"),
    "fr": ("Margaux", "Yves"),
    "it": ("Sara", "Luca"),
    "pt": ("Ana", "João"),
}
