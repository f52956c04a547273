"""Hand-written wording for heldout30: people, places and the happy side of Aparvia.

Aparvia is an app and web service to pay street parking and book car-park spaces
(number-plate entry), with a monthly plan (Aparvia Plus) and a fleet service for
firms (Aparvia Empresas). Spanish and French first, then de, en, it, pt.

Placeholders: {brand} {plus} {reason} {place} {city} {amt} {agent} {sal} {name}
{ref} {err}; [[fem|masc]] agrees with the writer.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "fr", "de", "en", "it", "pt")

# One string a list, names split on spaces: female first names, then male ones.
FIRST_F: dict[str, str] = {
    "es": "Lucía Carmen Marta Nuria Inés Pilar Rocío Alba Elena Begoña Maite Sara Irene Lorena Amaia Noelia Montse Raquel",
    "fr": "Camille Sophie Nathalie Claire Aurélie Manon Julie Élodie Isabelle Margaux Chloé Sandrine Léa Hélène Céline Océane Agnès Pauline",
    "de": "Anna Katrin Julia Sabine Lena Miriam Petra Jana Ulrike Nina",
    "en": "Emma Siobhan Rachel Chloe Aoife Hannah Gemma Niamh Laura Kerry",
    "it": "Giulia Chiara Francesca Elisa Silvia Martina Valentina Paola Federica Roberta",
    "pt": "Ana Inês Mariana Joana Rita Catarina Sofia Beatriz Filipa Teresa",
}
FIRST_M: dict[str, str] = {
    "es": "Javier Sergio Álvaro Jorge Iñaki Pablo Raúl Miguel Dani Óscar Rubén Xavi Andrés Jaume Luis Hugo Adrián Fermín",
    "fr": "Julien Thomas Nicolas Mathieu Olivier Sébastien Maxime Antoine Romain Hugo Kevin Yannick Damien Baptiste Étienne Loïc Grégoire Cédric",
    "de": "Jonas Markus Tobias Stefan Florian Lukas Matthias Andreas Felix Daniel",
    "en": "James Conor Tom Callum Ciaran Ben Gareth Liam Rob Declan",
    "it": "Marco Luca Davide Matteo Alessandro Simone Andrea Stefano Paolo Fabio",
    "pt": "João Tiago Rui Miguel Pedro Nuno Duarte Hugo Ricardo Bruno",
}
LAST: dict[str, str] = {
    "es": "García Fernández Martínez López Sánchez Romero Navarro Torres Gil Ruiz Ortega Serrano Castro Iglesias Etxeberria Vidal Morales Prieto Calvo Pascual Rubio Molina Soler Herrero",
    "fr": "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fontaine Mercier Chevalier Lambert Faure Rousseau Blanc Guérin Muller Perrin Morel Gauthier Leclerc Barbier Renard Vasseur",
    "de": "Müller Schneider Weber Becker Hoffmann Wagner Schulz Koch Bauer Richter Wolf Neumann Huber Gruber",
    "en": "Smith Walsh Murphy Taylor Byrne Evans Kelly Hughes O'Brien Clarke Doyle Harris Ryan Price",
    "it": "Rossi Bianchi Colombo Ricci Marino Greco Bruno Gallo Conti Esposito Romano Fontana Ferrari Moretti",
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gomes Lopes Marques Carvalho Almeida",
}
AGENTS: dict[str, list[str]] = {
    "es": [
        "Laura (Atención al cliente Aparvia)",
        "Álex, equipo Aparvia",
        "Marisa | Aparvia",
        "Jon - Soporte Aparvia",
    ],
    "fr": [
        "Amandine, service client Aparvia",
        "Karim – Aparvia",
        "Mélanie | équipe Aparvia",
        "Bastien, support Aparvia",
    ],
    "de": ["Svenja vom Aparvia-Kundenservice", "Timo | Aparvia"],
    "en": ["Holly, Aparvia Customer Care", "Sean | Aparvia"],
    "it": ["Giorgia, assistenza Aparvia", "Luca | Aparvia"],
    "pt": ["Carla, apoio ao cliente Aparvia", "Rui | Aparvia"],
}
# Parallel lists: entry i means the same in every language (bilinguals keep i).
REASONS: dict[str, list[str]] = {
    "es": [
        "para llevar a mi madre a diálisis los martes y jueves",
        "por los turnos en el hospital",
        "para dejar a los peques en el cole",
        "para ir a ver a mi padre a la residencia",
        "para el mercado de los sábados",
        "para la fisio después de la operación de rodilla",
        "para ir a la oficina los días que toca presencial",
        "para llevar a mi hija a natación",
    ],
    "fr": [
        "pour emmener ma mère à la dialyse le mardi et le jeudi",
        "pour mes gardes à l'hôpital",
        "pour déposer les petits à l'école",
        "pour aller voir mon père à l'Ehpad",
        "pour le marché du samedi",
        "pour le kiné après mon opération du genou",
        "pour les jours de bureau en présentiel",
        "pour emmener ma fille à la piscine",
    ],
    "de": [
        "um meine Mutter dienstags und donnerstags zur Dialyse zu fahren",
        "für meine Schichten im Krankenhaus",
        "um die Kleinen in die Schule zu bringen",
        "um meinen Vater im Pflegeheim zu besuchen",
        "für den Samstagsmarkt",
        "für die Physio nach der Knie-OP",
        "für die Bürotage",
        "um meine Tochter zum Schwimmen zu bringen",
    ],
    "en": [
        "to take my mum to dialysis on Tuesdays and Thursdays",
        "for my shifts at the hospital",
        "for the school run",
        "to visit my dad at the care home",
        "for the Saturday market",
        "for physio after my knee op",
        "for my office days",
        "to take my daughter to swimming",
    ],
    "it": [
        "per portare mia madre in dialisi il martedì e il giovedì",
        "per i turni in ospedale",
        "per accompagnare i bimbi a scuola",
        "per andare a trovare mio padre in RSA",
        "per il mercato del sabato",
        "per la fisioterapia dopo l'operazione al ginocchio",
        "per i giorni in ufficio",
        "per portare mia figlia in piscina",
    ],
    "pt": [
        "para levar a minha mãe à hemodiálise às terças e quintas",
        "por causa dos turnos no hospital",
        "para deixar os miúdos na escola",
        "para visitar o meu pai no lar",
        "para o mercado de sábado",
        "para a fisioterapia depois da operação ao joelho",
        "para os dias de escritório",
        "para levar a minha filha à natação",
    ],
}
PLACES: dict[str, list[str]] = {
    "es": [
        "el parking de la estación",
        "el parking del hospital",
        "el parking del casco antiguo",
        "el parking del centro comercial",
        "el parking del aeropuerto",
        "el parking del mercado",
    ],
    "fr": [
        "le parking de la gare",
        "le parking de l'hôpital",
        "le parking du centre historique",
        "le parking du centre commercial",
        "le parking de l'aéroport",
        "le parking du marché",
    ],
    "de": [
        "das Parkhaus am Bahnhof",
        "das Parkhaus am Klinikum",
        "die Tiefgarage in der Altstadt",
        "das Parkhaus am Einkaufszentrum",
        "das Parkhaus am Flughafen",
        "die Tiefgarage am Markt",
    ],
    "en": [
        "the station car park",
        "the hospital car park",
        "the old town car park",
        "the shopping centre car park",
        "the airport car park",
        "the market car park",
    ],
    "it": [
        "il parcheggio della stazione",
        "il parcheggio dell'ospedale",
        "il parcheggio del centro storico",
        "il parcheggio del centro commerciale",
        "il parcheggio dell'aeroporto",
        "il parcheggio del mercato",
    ],
    "pt": [
        "o parque da estação",
        "o parque do hospital",
        "o parque da baixa",
        "o parque do centro comercial",
        "o parque do aeroporto",
        "o parque do mercado",
    ],
}
CITIES: dict[str, list[str]] = {
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
    "FR": ["Lyon", "Bordeaux", "Lille", "Nantes", "Toulouse", "Montpellier"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "CH": ["Genève", "Lausanne", "Zürich", "Basel"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "DE": ["München", "Köln", "Hamburg"],
    "AT": ["Wien", "Graz"],
    "UK": ["Manchester", "Bristol", "Leeds"],
    "IE": ["Dublin", "Cork"],
    "IT": ["Milano", "Torino", "Bologna"],
    "PT": ["Lisboa", "Porto", "Braga"],
}
SALUTE: dict[str, tuple[str, str]] = {
    "es": ("Hola, {name}:", "Hola, {name}:"),
    "fr": ("Bonjour Madame {last},", "Bonjour Monsieur {last},"),
    "de": ("Hallo Frau {last},", "Hallo Herr {last},"),
    "en": ("Hi {name},", "Hi {name},"),
    "it": ("Gentile Sig.ra {last},", "Gentile Sig. {last},"),
    "pt": ("Olá, Sra. {last},", "Olá, Sr. {last},"),
}

HAPPY: dict[str, dict[str, list[str]]] = {
    "es": {
        "praise": [
            "Dos años usando {brand} {reason} y ni un problema. Aparcas, le das al botón y te olvidas 👌",
            "Lo mejor de {brand}: paras la sesión desde la app y pagas los minutos justos. Antes me comía la multa seguro",
            "Reservé plaza en {place} y la barrera se abrió sola con la matrícula. Magia 😍",
            "Recomendadísima la app de {brand}, la uso {reason} y me ahorra un montón de vueltas",
            "Qué gusto no tener que buscar monedas para el parquímetro. Gracias {brand}!!",
            "Con {plus} ya no pago comisiones y encima me avisa cuando se me va a acabar el tiempo. Un 10",
            "Hoy llovía a mares y alargué el tiempo desde la cafetería sin salir. Bendita app",
        ],
        "again": [
            "Otra vez la barrera de {place} se abre sola nada más llegar. Cada semana igual de bien",
            "Tercer año con {plus} y sigo encantad[[a|o]], ni un fallo",
            "Y una vez más el aviso de los 10 minutos me salva de la multa 🙌",
            "Sigo pensando que es la mejor app que tengo en el móvil, y mira que la uso {reason}",
        ],
        "gripe": [
            "Muy contenta con la app en general, aunque a veces tarda en cargar el mapa. Por lo demás genial",
            "Todo bien con {brand}, solo echo de menos poder guardar dos matrículas sin cambiar cada vez",
            "Me encanta, pero el modo oscuro no estaría mal para los turnos de noche jaja",
            "La reserva en {place} perfecta, aunque el correo de confirmación llega un poco tarde",
        ],
        "question": [
            "Hola, una pregunta: ¿puedo tener dos matrículas en la misma cuenta? Es que a veces cojo el coche de mi pareja||Hola {name}, sí: en Perfil > Vehículos puedes añadir hasta cinco y elegir cuál usas al empezar la sesión. Un saludo, {agent}",
            "buenas, si reservo en {place} y llego media hora antes me deja entrar?||Hola {name}, sí, la barrera te deja entrar hasta 30 minutos antes de la hora reservada sin coste extra. {agent}",
            "Hola! La factura de {plus} se puede pedir a nombre de autónomo con NIF?||Hola {name}, claro: en Cuenta > Datos de facturación pones el NIF y las facturas siguientes salen a tu nombre. Saludos, {agent}",
            "Una duda, ¿el aviso de fin de tiempo se puede poner a 15 minutos en vez de 10?||Hola {name}, sí, en Ajustes > Avisos eliges 5, 10, 15 o 30 minutos. {agent}",
            "Hola, me voy una semana fuera, ¿hay tarifa semanal en {place}?||Hola {name}, sí, en {place} hay bono de 7 días; lo verás al reservar eligiendo fechas. Buen viaje, {agent}",
        ],
        "thanks": [
            "Perfecto, muchas gracias!",
            "genial gracias 🙏",
            "Mil gracias, ya lo tengo",
            "Gracias {agent}, muy amable",
            "ok gracias!!",
        ],
        "phone_q": [
            "sí hola buenas mire quería saber si con el plus el aparcamiento del aeropuerto sale más barato o es el mismo precio vale gracias",
            "hola buenos días es para preguntar cómo cambio la tarjeta de pago en la aplicación que me han mandado una nueva del banco",
            "oiga hola mire que mi madre tiene tarjeta de movilidad reducida y quería saber si se puede poner en la app",
        ],
        "review": [
            "Funciona de maravilla. La uso {reason} y nunca me ha fallado",
            "Muy buena app, sencilla y rápida. Le quito una estrella porque el mapa a veces va lento",
            "Imprescindible en {city}. Pagas lo justo y te avisa antes de que acabe el tiempo",
        ],
        "survey_word": [
            "Muy satisfecha",
            "Genial",
            "todo perfecto",
            "👍",
            "Rápido y fácil",
            "Muy bien",
        ],
        "night_post": [
            "Salgo del turno de noche a las 3 y lo único que funciona a esta hora es la app de {brand} 😅 🌙",
            "3 de la mañana, aeropuerto, y la barrera se abre sola. Gracias {brand} por no hacerme buscar un cajero",
            "De guardia toda la noche y ni me acordaba del coche... menos mal que alargué desde la app. 🌙",
        ],
        "night_q": [
            "hola a estas horas hay alguien? si reservo ahora para mañana a las 7 en {place} vale?||Hola {name}, sí, puedes reservar hasta 15 minutos antes; a las 7 tendrás la plaza. Buenas noches, {agent}",
            "perdona la hora, como descargo la factura de ayer? no la encuentro||Hola {name}, en Historial > la sesión de ayer > Descargar factura. Que descanses, {agent}",
        ],
        "sarcasm": [
            "Me encanta que la app decida actualizarse justo cuando estoy delante de la barrera con cola detrás 🙃",
            "Qué detalle que el aviso de los 10 minutos llegue cuando ya han pasado los 10 minutos 🙃",
            "Nada como pagar el parking en el aeropuerto con 2% de batería y la app pidiendo iniciar sesión otra vez 😑",
        ],
        "grumble": [
            "hoy la app tardaba un montón en cargar el mapa por la mañana, ¿os pasa algo?||Hola {name}, esta mañana hubo lentitud un rato en la carga del mapa; ya va normal. Disculpa, {agent}",
            "La foto de la plaza en la reserva sale borrosa en la tablet, no se ve el número||Hola {name}, gracias por avisar, lo pasamos al equipo de la app. {agent}",
        ],
        "grumpy": [
            "Otra vez me ha cerrado la sesión después de la actualización. Cada semana lo mismo",
            "Subir {plus} para esto... el mapa sigue igual de lento",
            "El chat es un bot que no entiende nada, para hablar con alguien tienes que insistir 20 veces",
            "Cobrar comisión los domingos me parece de chiste",
            "Cada vez que cambio de coche tengo que volver a meter la matrícula, qué pesadez",
        ],
    },
    "fr": {
        "praise": [
            "Deux ans que j'utilise {brand} {reason} et zéro souci. On se gare, on appuie, c'est fini 👌",
            "Le top avec {brand} : on arrête le stationnement depuis l'appli et on paie à la minute. Fini les PV",
            "Réservé une place dans {place}, la barrière s'est levée toute seule avec la plaque. Bluffant 😍",
            "Franchement je recommande {brand}, je m'en sers {reason} et ça me simplifie la vie",
            "Plus besoin de chercher de la monnaie pour l'horodateur, merci {brand} !!",
            "Avec {plus} plus de frais de service et l'alerte avant la fin du temps. Parfait",
            "Il pleuvait des cordes et j'ai prolongé depuis le café sans sortir. Vive l'appli",
        ],
        "again": [
            "Encore une fois la barrière de {place} s'ouvre dès que j'arrive. Toutes les semaines pareil, nickel",
            "Troisième année avec {plus} et toujours aussi ravi[[e|]]",
            "Et une fois de plus l'alerte des 10 minutes m'évite le PV 🙌",
            "Toujours la meilleure appli de mon téléphone, et pourtant je m'en sers {reason}",
        ],
        "gripe": [
            "Très content[[e|]] de l'appli, même si la carte met parfois du temps à charger le matin",
            "Tout va bien avec {brand}, j'aimerais juste pouvoir enregistrer deux plaques sans tout refaire",
            "Super appli mais un mode sombre serait pas de refus pour les gardes de nuit",
            "Réservation parfaite dans {place}, le mail de confirmation arrive juste un peu tard",
        ],
        "question": [
            "Bonjour, est-ce que je peux avoir deux plaques sur le même compte ? Je prends parfois la voiture de mon conjoint||Bonjour {name}, oui : dans Profil > Véhicules vous pouvez en ajouter jusqu'à cinq et choisir au démarrage. Bonne journée, {agent}",
            "bonjour si je réserve dans {place} et que j'arrive 30 min en avance ça passe ?||Bonjour {name}, oui, la barrière vous laisse entrer jusqu'à 30 minutes avant l'heure réservée, sans supplément. {agent}",
            "Bonjour, la facture {plus} peut-elle être au nom de ma micro-entreprise avec le SIRET ?||Bonjour {name}, bien sûr : Compte > Facturation, vous ajoutez le SIRET et les prochaines factures seront à ce nom. {agent}",
            "Petite question : on peut régler l'alerte de fin à 15 minutes au lieu de 10 ?||Bonjour {name}, oui, dans Réglages > Alertes : 5, 10, 15 ou 30 minutes. {agent}",
            "Bonjour, je pars une semaine, il y a un forfait semaine dans {place} ?||Bonjour {name}, oui, un forfait 7 jours apparaît quand vous choisissez les dates à la réservation. Bon voyage, {agent}",
        ],
        "thanks": [
            "Parfait, merci beaucoup !",
            "super merci 🙏",
            "Merci {agent}, c'est réglé",
            "Top, merci pour la réponse rapide",
            "ok merci !!",
        ],
        "phone_q": [
            "oui bonjour euh je voulais savoir si avec le plus le parking de l'aéroport est moins cher ou c'est le même tarif voilà merci",
            "allô bonjour c'est pour changer la carte bancaire dans l'application la banque m'en a envoyé une nouvelle",
            "bonjour euh ma mère a une carte mobilité inclusion et je voulais savoir si on peut la mettre dans l'appli",
        ],
        "review": [
            "Marche super bien. Je l'utilise {reason}, jamais eu de problème",
            "Très bonne appli, simple et rapide. Une étoile en moins parce que la carte rame parfois",
            "Indispensable à {city}. On paie le juste prix et on est prévenu avant la fin",
        ],
        "survey_word": [
            "Très satisfait",
            "Nickel",
            "rien à redire",
            "👍",
            "Simple et rapide",
            "Top",
        ],
        "night_post": [
            "Je sors de garde à 3h et la seule chose qui marche à cette heure c'est l'appli {brand} 😅 🌙",
            "3h du mat à l'aéroport, la barrière s'ouvre toute seule. Merci {brand} de m'éviter la borne",
            "Nuit de garde, j'avais oublié la voiture... heureusement j'ai prolongé depuis l'appli 🌙",
        ],
        "night_q": [
            "bonsoir il y a quelqu'un ? si je réserve maintenant pour demain 7h dans {place} c'est bon ?||Bonsoir {name}, oui, on peut réserver jusqu'à 15 minutes avant ; la place sera à vous à 7h. Bonne nuit, {agent}",
            "désolé pour l'heure, comment je télécharge la facture d'hier ? je la trouve pas||Bonsoir {name}, Historique > la session d'hier > Télécharger la facture. Bonne nuit, {agent}",
        ],
        "sarcasm": [
            "J'adore quand l'appli veut se mettre à jour pile devant la barrière avec la file derrière 🙃",
            "Merci pour l'alerte des 10 minutes qui arrive une fois les 10 minutes passées 🙃",
            "Rien de tel que payer le parking de l'aéroport avec 2% de batterie et l'appli qui redemande le mot de passe 😑",
        ],
        "grumble": [
            "ce matin l'appli mettait une éternité à charger la carte, il y a un souci ?||Bonjour {name}, il y a eu un ralentissement ce matin sur la carte, c'est revenu à la normale. Désolée, {agent}",
            "La photo de la place dans la réservation est floue sur la tablette, on voit pas le numéro||Bonjour {name}, merci du signalement, je transmets à l'équipe de l'appli. {agent}",
        ],
        "grumpy": [
            "Encore déconnecté après la mise à jour. Toutes les semaines la même chose",
            "Augmenter {plus} pour ça... la carte est toujours aussi lente",
            "Le chat c'est un robot qui comprend rien, faut insister 20 fois pour avoir un humain",
            "Des frais de service le dimanche, sérieusement",
            "À chaque changement de voiture faut retaper la plaque, c'est pénible",
        ],
    },
    "de": {
        "praise": [
            "Seit zwei Jahren nutze ich {brand} {reason}, null Probleme. Parken, tippen, fertig 👌",
            "Das Beste an {brand}: man beendet das Parken in der App und zahlt nur die Minuten",
            "Platz im {place} reserviert, Schranke ging mit dem Kennzeichen einfach auf 😍",
            "Mit {plus} keine Servicegebühr und die Erinnerung vor Ablauf. Top",
        ],
        "again": [
            "Und wieder: Schranke im {place} geht sofort auf. Jede Woche gleich gut",
            "Drittes Jahr mit {plus}, immer noch zufrieden",
        ],
        "gripe": [
            "Eigentlich super, nur die Karte lädt morgens manchmal ewig",
            "Alles gut, ich hätte nur gern zwei Kennzeichen gespeichert",
        ],
        "question": [
            "Hallo, kann ich zwei Kennzeichen im selben Konto haben?||Hallo {name}, ja: unter Profil > Fahrzeuge bis zu fünf, beim Start wählen Sie eins aus. Viele Grüße, {agent}",
            "Hi, gibt es im {place} einen Wochentarif?||Hallo {name}, ja, bei der Buchung mit Datum sehen Sie den 7-Tage-Tarif. Gute Reise, {agent}",
        ],
        "thanks": ["Super, danke!", "danke für die schnelle Antwort 🙏", "Alles klar, vielen Dank"],
        "phone_q": [
            "ja hallo guten tag ich wollte fragen ob das parkhaus am flughafen mit plus günstiger ist danke",
            "äh hallo ich muss die kreditkarte in der app ändern wie geht das",
        ],
        "review": [
            "Funktioniert einwandfrei, nutze sie {reason}",
            "Gute App, einfach und schnell. Ein Stern Abzug weil die Karte manchmal hängt",
        ],
        "survey_word": ["Sehr gut", "passt", "👍", "Schnell und einfach"],
        "night_post": [
            "Nachtschicht vorbei, 3 Uhr, und das Einzige was läuft ist die {brand} App 😅 🌙",
            "3 Uhr früh am Flughafen, Schranke geht einfach auf. Danke {brand}",
        ],
        "night_q": [
            "hallo ist noch jemand da? kann ich jetzt für morgen 7 uhr im {place} buchen?||Hallo {name}, ja, bis 15 Minuten vorher geht das. Gute Nacht, {agent}"
        ],
        "sarcasm": [
            "Ich liebe es, wenn die App genau an der Schranke ein Update will 🙃",
            "Danke für die 10-Minuten-Warnung, die nach den 10 Minuten kommt 🙃",
        ],
        "grumble": [
            "heute morgen hat die karte ewig geladen, gibts ein problem?||Hallo {name}, heute früh war die Karte eine Weile langsam, jetzt läuft es wieder. Sorry, {agent}"
        ],
        "grumpy": [
            "Schon wieder nach dem Update ausgeloggt. Jede Woche",
            "Der Chat ist ein Bot der nichts versteht",
            "Sonntagsgebühr, echt jetzt?",
        ],
    },
    "en": {
        "praise": [
            "Two years using {brand} {reason} and not one problem. Park, tap, done 👌",
            "Best thing about {brand}: you stop the session in the app and pay for the minutes you used",
            "Booked a space at {place} and the barrier just lifted with my plate. Magic 😍",
            "With {plus} no service fee and a reminder before time runs out. Spot on",
        ],
        "again": [
            "Once again the barrier at {place} opens the second I pull up. Same every week, brilliant",
            "Third year on {plus} and still dead happy with it",
        ],
        "gripe": [
            "Love it, just the map is slow to load first thing in the morning",
            "All good, would be nice to save two number plates without switching every time",
        ],
        "question": [
            "Hi, can I have two number plates on the one account? I sometimes take my partner's car||Hi {name}, yes: Profile > Vehicles takes up to five and you pick one when you start. Cheers, {agent}",
            "hiya is there a weekly rate at {place}?||Hi {name}, yes, pick your dates when booking and the 7-day rate shows up. Safe travels, {agent}",
        ],
        "thanks": ["Perfect, thanks a million!", "cheers 🙏", "Sorted, thank you"],
        "phone_q": [
            "yeah hi just wondering if the airport car park is cheaper with plus or the same price thanks",
            "hiya how do I change the bank card in the app I got a new one",
        ],
        "review": [
            "Works a treat, I use it {reason}",
            "Great app, quick and simple. One star off as the map lags sometimes",
        ],
        "survey_word": ["Very happy", "grand", "👍", "Quick and easy"],
        "night_post": [
            "Off a night shift at 3am and the only thing working is the {brand} app 😅 🌙",
            "3am at the airport and the barrier just opens. Cheers {brand}",
        ],
        "night_q": [
            "hi anyone there? can I book now for 7 tomorrow at {place}?||Hi {name}, yes, you can book up to 15 minutes before. Night, {agent}"
        ],
        "sarcasm": [
            "Love it when the app wants an update right at the barrier with a queue behind me 🙃",
            "Thanks for the 10 minute warning that arrives after the 10 minutes 🙃",
        ],
        "grumble": [
            "map took ages to load this morning, something up?||Hi {name}, the map was slow for a while this morning, it's back to normal now. Sorry, {agent}"
        ],
        "grumpy": [
            "Logged out AGAIN after the update. Every week",
            "The chat is a bot that understands nothing",
            "A Sunday fee, really?",
        ],
    },
    "it": {
        "praise": [
            "Due anni che uso {brand} {reason} e zero problemi. Parcheggi, tocchi, fatto 👌",
            "Il bello di {brand}: fermi la sosta dall'app e paghi solo i minuti",
            "Prenotato un posto nel {place}, la sbarra si è alzata da sola con la targa 😍",
            "Con {plus} niente commissioni e l'avviso prima della scadenza. Ottimo",
        ],
        "again": [
            "Ancora una volta la sbarra del {place} si apre appena arrivo. Ogni settimana uguale",
            "Terzo anno con {plus} e sempre content[[a|o]]",
        ],
        "gripe": [
            "Ottima, solo la mappa la mattina ci mette un po' a caricare",
            "Tutto bene, vorrei solo salvare due targhe senza cambiarle ogni volta",
        ],
        "question": [
            "Buongiorno, posso avere due targhe sullo stesso account?||Buongiorno {name}, sì: in Profilo > Veicoli fino a cinque, e scegli all'avvio. Saluti, {agent}",
            "ciao c'è una tariffa settimanale nel {place}?||Ciao {name}, sì, scegliendo le date nella prenotazione compare la tariffa 7 giorni. Buon viaggio, {agent}",
        ],
        "thanks": ["Perfetto, grazie mille!", "grazie 🙏", "Ok, gentilissimi"],
        "phone_q": [
            "pronto buongiorno volevo sapere se col plus il parcheggio dell'aeroporto costa meno grazie",
            "sì salve devo cambiare la carta nell'app come si fa",
        ],
        "review": [
            "Funziona benissimo, la uso {reason}",
            "Bella app, semplice e veloce. Una stella in meno perché la mappa a volte è lenta",
        ],
        "survey_word": ["Molto soddisfatto", "ottimo", "👍", "Facile e veloce"],
        "night_post": [
            "Finito il turno di notte alle 3 e l'unica cosa che funziona è l'app {brand} 😅 🌙",
            "Le 3 di notte in aeroporto e la sbarra si apre da sola. Grazie {brand}",
        ],
        "night_q": [
            "c'è qualcuno? posso prenotare adesso per domani alle 7 nel {place}?||Ciao {name}, sì, fino a 15 minuti prima. Buonanotte, {agent}"
        ],
        "sarcasm": [
            "Adoro quando l'app vuole aggiornarsi proprio davanti alla sbarra con la coda dietro 🙃",
            "Grazie per l'avviso dei 10 minuti che arriva dopo i 10 minuti 🙃",
        ],
        "grumble": [
            "stamattina la mappa non caricava mai, c'è un problema?||Ciao {name}, stamattina la mappa è stata lenta per un po', ora è tutto normale. Scusa, {agent}"
        ],
        "grumpy": [
            "Di nuovo disconnesso dopo l'aggiornamento. Ogni settimana",
            "La chat è un bot che non capisce niente",
            "La commissione la domenica, davvero?",
        ],
    },
    "pt": {
        "praise": [
            "Dois anos a usar a {brand} {reason} e nem um problema. Estacionar, carregar, já está 👌",
            "O melhor da {brand}: paras o estacionamento na app e pagas só os minutos",
            "Reservei lugar n{place} e a cancela abriu sozinha com a matrícula 😍",
            "Com o {plus} não pago taxas e ainda me avisa antes de acabar o tempo. Fixe",
        ],
        "again": [
            "Mais uma vez a cancela d{place} abre mal chego. Todas as semanas igual",
            "Terceiro ano com o {plus} e continuo super content[[e|e]]",
        ],
        "gripe": [
            "Gosto muito, só o mapa de manhã demora a carregar",
            "Tudo bem, só queria guardar duas matrículas sem mudar sempre",
        ],
        "question": [
            "Olá, posso ter duas matrículas na mesma conta?||Olá {name}, sim: em Perfil > Veículos até cinco, e escolhe ao iniciar. Cumprimentos, {agent}",
            "boa tarde há tarifa semanal n{place}?||Olá {name}, sim, ao escolher as datas na reserva aparece a tarifa de 7 dias. Boa viagem, {agent}",
        ],
        "thanks": [
            "Perfeito, muito obrigad[[a|o]]!",
            "obrigad[[a|o]] 🙏",
            "Já está, obrigad[[a|o]]",
        ],
        "phone_q": [
            "está sim boa tarde queria saber se com o plus o parque do aeroporto fica mais barato obrigad[[a|o]]",
            "bom dia como é que mudo o cartão na aplicação recebi um novo do banco",
        ],
        "review": [
            "Funciona lindamente, uso {reason}",
            "Boa app, simples e rápida. Menos uma estrela porque o mapa às vezes é lento",
        ],
        "survey_word": ["Muito satisfeit[[a|o]]", "top", "👍", "Rápido e fácil"],
        "night_post": [
            "Saio do turno às 3 e a única coisa que funciona é a app da {brand} 😅 🌙",
            "3 da manhã no aeroporto e a cancela abre sozinha. Obrigad[[a|o]] {brand}",
        ],
        "night_q": [
            "está alguém? posso reservar agora para amanhã às 7 n{place}?||Olá {name}, sim, até 15 minutos antes. Boa noite, {agent}"
        ],
        "sarcasm": [
            "Adoro quando a app quer atualizar mesmo em frente à cancela com fila atrás 🙃",
            "Obrigad[[a|o]] pelo aviso dos 10 minutos que chega depois dos 10 minutos 🙃",
        ],
        "grumble": [
            "hoje de manhã o mapa nunca mais carregava, há algum problema?||Olá {name}, hoje de manhã o mapa esteve lento um bocado, já está normal. Desculpe, {agent}"
        ],
        "grumpy": [
            "Outra vez desligad[[a|o]] da conta depois da atualização. Todas as semanas",
            "O chat é um bot que não percebe nada",
            "Taxa ao domingo, a sério?",
        ],
    },
}
