# ruff: noqa: E501
"""Wording of heldout65's households and of its spike (Piscelia, pool and hot-tub care).

Written from the people's stories, in their words. Placeholders: {case} a case
reference, {amt} an amount in the customer's money, {comp} a competitor, {first}
a first name, {time} a local time, {credit} a credit in the customer's money.
"""

from __future__ import annotations

BRAND = "Piscelia"
COMPETITORS = ("Azurgo", "Nagevo")
LANGS = ("es", "fr", "de", "en")

#: (label, price in euros): English / Spanish labels whatever the market.
PRODUCTS: list[tuple[str, int]] = [
    ("Season opening visit / Apertura de temporada", 149),
    ("Winterising visit / Invernaje de piscina", 139),
    ("Serenity plan, monthly / Plan Serenity, mensual", 59),
    ("Chlorine tablets 5 kg / Pastillas de cloro 5 kg", 42),
    ("Water test kit / Kit de análisis de agua", 24),
    ("Robot cleaner Ondo R2 / Robot limpiafondos Ondo R2", 689),
    ("Pump service / Revisión de bomba", 95),
    ("Filter sand change / Cambio de arena del filtro", 120),
    ("Hot tub service / Mantenimiento de spa", 89),
    ("Pool cover 8x4 / Cubierta de piscina 8x4", 329),
    ("Pool salt 4 x 25 kg / Sal para piscina 4 x 25 kg", 36),
    ("pH minus 6 kg / Reductor de pH 6 kg", 19),
    ("Dosa smart doser / Dosificador inteligente Dosa", 399),
]

PAGES = [
    "/app/visits",
    "/shop/chemicals",
    "/plans/serenity",
    "/help/water-balance",
    "/shop/robots",
    "/help/winterising",
    "/book/opening",
    "/dosa/readings",
    "/help/green-water",
    "/shop/covers",
]

PRAISE: dict[str, list[str]] = {
    "es": [
        "La piscina está como un espejo, el técnico de Piscelia vino a las 9 en punto y en 40 minutos todo listo. Los críos ya están dentro 🏊",
        "Primer baño del año y el agua perfecta. Gracias Piscelia, este año no me toca pelearme con el cloro yo solo",
        "Que gusto da llegar del curro y ver la piscina limpia sin haber movido un dedo. Piscelia 10/10",
        "Mi suegra, que no le gusta nada, ha dicho que el agua está 'muy clarita'. Eso es un milagro. Gracias Piscelia!!",
        "El chico de Piscelia me explicó lo del pH con paciencia de santo. Por fin lo entiendo jaja",
    ],
    "fr": [
        "Eau nickel ce matin, le technicien Piscelia est passé à l'heure et a même remis la bâche correctement. Merci !",
        "Première baignade de la saison, 26 degrés et une eau cristalline. Piscelia vous êtes au top",
        "Bon ben j'avoue, déléguer l'entretien de la piscine à Piscelia c'est la meilleure décision de l'année 😎",
        "Le robot commandé lundi est arrivé mercredi, installé en 5 min, il fait tout le boulot. Bravo Piscelia",
        "Ma fille m'a demandé pourquoi l'eau n'était plus verte comme l'an dernier... merci Piscelia 😂",
    ],
    "de": [
        "Pool ist glasklar, der Techniker von Piscelia war pünktlich und super freundlich. Die Kinder sind schon drin!",
        "Whirlpool nach dem Service wie frisch befüllt. Danke Piscelia, so macht der Feierabend Spaß",
        "Endlich kein Rätselraten mehr mit Chlor und pH. Piscelia macht das und ich sitze auf der Terrasse 👍",
    ],
    "en": [
        "Hot tub back to crystal clear after the Piscelia visit, engineer was lovely and tidied up after himself",
        "First proper swim of the year and the water was perfect. Cheers Piscelia",
        "Honestly didn't think I'd be the person praising a pool company online but here we are. Piscelia sorted our green mess in one visit",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera temporada con Piscelia y otra vez cero problemas. El técnico ya conoce hasta al perro",
        "Otra vez el mismo técnico majísimo de Piscelia, se nota cuando alguien sabe lo que hace",
    ],
    "fr": [
        "Troisième été avec Piscelia et toujours aussi contente. Même technicien, même sourire",
        "Encore une fois l'eau parfaite pour l'anniversaire des enfants, merci Piscelia",
    ],
    "de": [
        "Schon die dritte Saison mit Piscelia und immer noch begeistert. Wieder derselbe nette Techniker",
    ],
    "en": [
        "Third summer with Piscelia and they still turn up when they say. Same chap every time",
    ],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Todo genial con la visita de Piscelia, solo que el aviso de llegada llegó cuando el técnico ya estaba en la puerta. Por lo demás encantada",
        "El agua impecable, eso sí, las pastillas de cloro vienen en un cubo que no hay quien abra. Pero contenta",
    ],
    "fr": [
        "Entretien impeccable, juste dommage que la facture n'arrive qu'en PDF illisible sur téléphone. Sinon rien à redire",
        "Très bien, le technicien a été efficace. Le créneau '8h-12h' c'est un peu large quand on travaille mais bon",
    ],
    "de": [
        "Sehr gut gemacht, nur die Anleitung vom Roboter gibts nur als PDF auf Englisch. Sonst top",
    ],
    "en": [
        "Great service as always, only gripe is the app still can't remember my gate code. Otherwise spot on",
    ],
}

#: (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, puedo cambiar la visita del jueves al viernes? tengo gente en casa",
            "¡Hola! Sí, te la he pasado al viernes entre 9 y 13 h. Te llegará la confirmación por la app.",
        ),
        (
            "buenas, el robot se puede dejar dentro del agua toda la noche?",
            "Hola, mejor sacarlo después de cada ciclo: el cable y las escobillas duran mucho más.",
        ),
        (
            "que pH es el bueno? la tira me marca 7.8",
            "Lo ideal es entre 7,2 y 7,6. Con 7,8 añade un poco de reductor de pH y vuelve a medir a las 6 horas.",
        ),
        (
            "hola! con el plan Serenity entra el cambio de arena del filtro?",
            "¡Hola! Sí, una vez al año va incluido. Puedes pedirlo desde la app en 'Mis visitas'.",
        ),
    ],
    "fr": [
        (
            "bjr, est-ce que je peux décaler la visite de mardi à mercredi ?",
            "Bonjour ! C'est fait, mercredi entre 8h et 12h. Vous recevrez la confirmation dans l'appli.",
        ),
        (
            "Bonjour, le robot peut rester dans l'eau la nuit ?",
            "Bonjour, mieux vaut le sortir après chaque cycle, le câble et les brosses durent beaucoup plus longtemps.",
        ),
        (
            "c'est normal que l'eau soit un peu laiteuse après le traitement choc ?",
            "Oui, c'est normal pendant 24 à 48 h. Laissez la filtration tourner en continu, ça va s'éclaircir.",
        ),
        (
            "salut, le forfait Serenity comprend l'hivernage ?",
            "Bonjour ! Oui, l'hivernage est inclus une fois par an, à réserver dans l'appli à partir de septembre.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich den Termin am Donnerstag auf Freitag schieben?",
            "Hallo! Ja, ich habe ihn auf Freitag 9-13 Uhr gelegt. Die Bestätigung kommt in der App.",
        ),
        (
            "hi, welcher pH-Wert ist richtig? Teststreifen zeigt 7,8",
            "Ideal sind 7,2 bis 7,6. Bei 7,8 etwas pH-Minus dazugeben und nach 6 Stunden nochmal messen.",
        ),
    ],
    "en": [
        (
            "hi can I move Thursday's visit to Friday? we've got people over",
            "Hi! Done, Friday between 9 and 1. You'll see the confirmation in the app.",
        ),
        (
            "Is it OK to leave the hot tub cover off overnight?",
            "Best to keep it on: you lose heat and leaves get in. Ten minutes off after a soak is fine.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["genial gracias!!", "perfecto, gracias 🙏", "vale mil gracias", "ok gracias"],
    "fr": ["super merci !", "parfait merci beaucoup", "top merci 🙏", "ok merci"],
    "de": ["super danke!", "perfekt, vielen Dank", "ok danke"],
    "en": ["brilliant thanks!", "perfect, cheers", "great thank you"],
}

#: (subject, question, agent's answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Duda invernaje",
            "Hola,\n\nEste año queremos dejar la piscina con agua en invierno. ¿El invernaje incluye la cubierta o se compra aparte?\n\nGracias,\n{first}",
            "Hola {first}:\n\nEl invernaje incluye el tratamiento y la bajada de nivel; la cubierta se compra aparte (tenemos la 8x4 en la tienda). Si quieres, el técnico te la toma medidas en la visita.\n\nUn saludo,\nEquipo Piscelia",
        ),
        (
            "Factura para la comunidad",
            "Buenas, necesitaría la factura de la apertura a nombre de mi marido, ¿se puede cambiar?\n\n{first}",
            "Hola {first}:\n\nClaro, ya está: la tienes en la app en 'Mis facturas' con el nuevo nombre.\n\nUn saludo,\nEquipo Piscelia",
        ),
    ],
    "fr": [
        (
            "Question hivernage",
            "Bonjour,\n\nNous voudrions hiverner la piscine en mode actif cette année. Est-ce que la bâche est comprise ou à acheter à part ?\n\nMerci,\n{first}",
            "Bonjour {first},\n\nL'hivernage comprend le traitement et la baisse du niveau ; la bâche est en option (la 8x4 est dans la boutique). Le technicien peut prendre les mesures lors de la visite.\n\nBien cordialement,\nL'équipe Piscelia",
        ),
        (
            "Facture",
            "Bonjour, pourriez-vous mettre la facture de l'ouverture au nom de ma femme ? Merci d'avance.\n{first}",
            "Bonjour {first},\n\nC'est fait, la facture corrigée est dans l'appli, rubrique 'Mes factures'.\n\nBien cordialement,\nL'équipe Piscelia",
        ),
    ],
    "de": [
        (
            "Frage Einwinterung",
            "Hallo,\n\nist bei der Einwinterung die Abdeckplane dabei oder muss ich die extra kaufen?\n\nGruß\n{first}",
            "Hallo {first},\n\ndie Einwinterung umfasst Behandlung und Absenken des Wasserstands, die Plane gibt es extra im Shop. Der Techniker kann beim Termin gern ausmessen.\n\nViele Grüße\nIhr Piscelia-Team",
        ),
    ],
    "en": [
        (
            "Hot tub service question",
            "Hi,\n\nDoes the hot tub service include changing the filter cartridge or is that extra?\n\nThanks\n{first}",
            "Hi {first},\n\nThe cartridge rinse is included; a new cartridge is extra and the engineer carries them in the van.\n\nKind regards\nThe Piscelia team",
        ),
    ],
}

#: (speech-to-text call, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola mira llamaba porque tenemos la apertura el martes y quería saber si hace falta que esté yo en casa o le dejo la llave al vecino vale vale gracias",
            "Hola {first}:\n\nComo hablamos por teléfono: no hace falta que estés, basta con que el técnico pueda entrar al jardín. Apunta el código de la puerta en la app.\n\nUn saludo,\nEquipo Piscelia",
        ),
        (
            "buenos días quería preguntar cuánta sal hay que echar después de las lluvias que se me ha bajado mucho la lectura",
            "Hola {first}:\n\nComo te comentamos: mide primero con el kit y añade un saco de 25 kg por cada 0,5 g/l que falte. Si quieres, lo revisa el técnico en la próxima visita.\n\nUn saludo,\nEquipo Piscelia",
        ),
    ],
    "fr": [
        (
            "oui bonjour je vous appelle pour l'ouverture de la piscine mardi est-ce que je dois être là ou je peux laisser le portail ouvert d'accord merci beaucoup",
            "Bonjour {first},\n\nComme convenu au téléphone : votre présence n'est pas nécessaire, il suffit que le technicien puisse accéder au jardin. Indiquez le code du portail dans l'appli.\n\nBien cordialement,\nL'équipe Piscelia",
        ),
        (
            "bonjour c'est pour savoir combien de sel je dois rajouter le taux a baissé après l'orage",
            "Bonjour {first},\n\nComme évoqué : mesurez d'abord avec le kit, puis ajoutez un sac de 25 kg par 0,5 g/l manquant. Le technicien vérifiera à la prochaine visite.\n\nBien cordialement,\nL'équipe Piscelia",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ich beim Termin am Dienstag zu Hause sein muss oder ob der Techniker einfach durchs Gartentor kann okay danke",
            "Hallo {first},\n\nwie besprochen: Sie müssen nicht da sein, der Techniker braucht nur Zugang zum Garten. Den Torcode können Sie in der App hinterlegen.\n\nViele Grüße\nIhr Piscelia-Team",
        ),
    ],
    "en": [
        (
            "hiya just ringing to check if I need to be in for the hot tub service on Tuesday or can I leave the side gate open lovely thanks",
            "Hi {first},\n\nAs discussed on the phone, no need to be in: the engineer just needs access to the garden. You can add the gate code in the app.\n\nKind regards\nThe Piscelia team",
        ),
    ],
}

REVIEW: dict[str, list[str]] = {
    "es": [
        "Servicio serio y puntual. El robot funciona de maravilla",
        "Muy contentos con el plan Serenity, cero preocupaciones este verano",
    ],
    "fr": [
        "Service sérieux, ponctuel, eau parfaite tout l'été",
        "Robot Ondo R2 au top, livré vite",
    ],
    "de": ["Zuverlässig und freundlich, gerne wieder", "Guter Service, fairer Preis"],
    "en": ["Reliable, friendly and the water's never been better", "Good kit, quick delivery"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Todo perfecto", "Muy bien", "👍", "Encantada", ""],
    "fr": ["Très bien", "Parfait", "Rien à dire", "😊", ""],
    "de": ["Alles bestens", "Top", ""],
    "en": ["Spot on", "All good", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Baño a la 1 de la mañana con la piscina iluminada y el agua perfecta. Piscelia gracias por este verano",
        "Turno de noche terminado y reservada la visita del sábado desde el móvil en 30 segundos. Así sí Piscelia",
    ],
    "fr": [
        "Insomnie, je regarde le robot Piscelia faire ses longueurs dans la piscine éclairée. Étrangement apaisant",
        "Baignade de minuit dans une eau parfaite, merci Piscelia",
    ],
    "de": ["Nachtschicht vorbei, noch kurz in den Whirlpool. Wasser perfekt dank Piscelia"],
    "en": ["2am and the hot tub is perfect after a night shift. Thanks Piscelia"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "perdona la hora, puedo poner la depuradora de noche? es más barata la luz",
            "¡Hola! Sí, sin problema: lo importante son unas 8 horas al día en verano, da igual la hora.",
        )
    ],
    "fr": [
        (
            "désolée de l'heure, je peux faire tourner la filtration la nuit ? c'est en heures creuses",
            "Bonsoir ! Oui, aucun souci : l'important c'est environ 8 h par jour en été, peu importe l'heure.",
        )
    ],
    "de": [
        (
            "kann ich die Pumpe nachts laufen lassen? Strom ist da günstiger",
            "Hallo! Ja, kein Problem, wichtig sind etwa 8 Stunden am Tag im Sommer.",
        )
    ],
    "en": [
        (
            "sorry late one, can I run the hot tub filter overnight on the cheap rate?",
            "Hi! Yes, no problem at all, the filter cycle can run whenever suits.",
        )
    ],
}

# ---------------------------------------------------------------- trouble

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
#: Amounts named in complaints, in euros (converted to the customer's money).
AMOUNT = {
    "no_show": 0,
    "double_charge": 59,
    "damage": 0,
    "refund": 149,
    "wrong_price": 85,
    "cancel_fee": 35,
}

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "visita marcada como hecha sin venir nadie",
        "double_charge": "cargo doble del plan Serenity",
        "damage": "tapa del prefiltro rota por el técnico",
        "refund": "reembolso de la apertura",
        "wrong_price": "precio de no socio siendo Serenity",
        "cancel_fee": "cargo por cancelación",
    },
    "fr": {
        "no_show": "visite marquée faite sans passage",
        "double_charge": "forfait Serenity prélevé deux fois",
        "damage": "couvercle de préfiltre cassé",
        "refund": "remboursement de l'ouverture",
        "wrong_price": "tarif non abonné facturé",
        "cancel_fee": "frais d'annulation",
    },
    "de": {
        "no_show": "Termin als erledigt markiert, niemand da",
        "double_charge": "Serenity doppelt abgebucht",
        "damage": "Vorfilterdeckel beschädigt",
        "refund": "Erstattung Saisonstart",
        "wrong_price": "Nicht-Mitgliedspreis berechnet",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "visit marked done, nobody came",
        "double_charge": "Serenity plan charged twice",
        "damage": "pump lid cracked on the visit",
        "refund": "opening visit refund",
        "wrong_price": "charged non-member rate",
        "cancel_fee": "cancellation fee",
    },
}

#: The complaint, written properly (e-mails, web forms, inside long letters).
CORE: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "En la app la visita del martes aparece como 'realizada' a las 9:12, pero aquí no vino nadie. Tengo la cámara del jardín y no entró ni un alma. La piscina está verde y el sábado es la comunión de mi hija.",
        "double_charge": "Este mes me habéis cobrado el plan Serenity DOS veces, {amt} y otros {amt} el mismo día. Me ha dejado la cuenta en números rojos.",
        "damage": "El técnico que vino ayer me rompió la tapa del prefiltro de la bomba al cerrarla y ahora la bomba chupa aire y pierde agua. Antes de la visita funcionaba perfectamente.",
        "refund": "Cancelé la apertura de temporada hace TRES semanas y me dijeron que el reembolso de {amt} llegaba en 5 días. Sigo sin ver un euro.",
        "wrong_price": "Soy socia del plan Serenity desde hace dos años y en la salida por la avería de la bomba me habéis cobrado {amt}, el precio de no socio.",
        "cancel_fee": "Cancelé la visita con CINCO días de antelación desde la app y aun así me habéis cobrado {amt} de 'cancelación tardía'.",
    },
    "fr": {
        "no_show": "Dans l'appli, la visite de mardi est marquée 'effectuée' à 9h12, mais personne n'est venu. J'ai la caméra du jardin, personne n'est entré. La piscine vire au vert et on a la communion de ma fille samedi.",
        "double_charge": "Vous avez prélevé le forfait Serenity DEUX fois ce mois-ci, {amt} et encore {amt} le même jour. Mon compte est à découvert.",
        "damage": "Le technicien venu hier a cassé le couvercle du préfiltre de la pompe en le refermant, maintenant la pompe prend l'air et fuit. Avant son passage tout marchait parfaitement.",
        "refund": "J'ai annulé l'ouverture de la piscine il y a TROIS semaines, on m'a promis le remboursement de {amt} sous 5 jours. Toujours rien.",
        "wrong_price": "Je suis abonnée Serenity depuis deux ans et pour le dépannage de la pompe vous m'avez facturé {amt}, le tarif non abonné.",
        "cancel_fee": "J'ai annulé la visite CINQ jours à l'avance dans l'appli et vous m'avez quand même facturé {amt} de 'frais d'annulation tardive'.",
    },
    "de": {
        "no_show": "In der App steht der Termin vom Dienstag als 'erledigt' um 9:12, aber hier war niemand. Ich habe eine Gartenkamera, da ist keiner reingekommen. Der Pool wird grün und am Samstag ist der Geburtstag meines Sohnes.",
        "double_charge": "Sie haben den Serenity-Plan diesen Monat ZWEIMAL abgebucht, {amt} und nochmal {amt} am selben Tag.",
        "damage": "Der Techniker gestern hat beim Zumachen den Deckel vom Vorfilter gebrochen, jetzt zieht die Pumpe Luft und verliert Wasser. Vorher lief alles einwandfrei.",
        "refund": "Ich habe den Saisonstart vor DREI Wochen storniert, die Erstattung von {amt} sollte in 5 Tagen kommen. Bis heute nichts.",
        "wrong_price": "Ich bin seit zwei Jahren Serenity-Mitglied und für den Pumpeneinsatz wurden mir {amt} berechnet, der Preis für Nicht-Mitglieder.",
        "cancel_fee": "Ich habe den Termin FÜNF Tage vorher in der App storniert und trotzdem {amt} 'Spätstornogebühr' bezahlt.",
    },
    "en": {
        "no_show": "The app says Tuesday's visit was 'completed' at 9:12 but nobody came. I've got the garden camera, not a soul came through the gate. The pool's going green and we've got my daughter's party on Saturday.",
        "double_charge": "You've taken the Serenity plan TWICE this month, {amt} and another {amt} on the same day.",
        "damage": "The engineer yesterday cracked the pump's strainer lid putting it back on and now the pump's sucking air and leaking. It was working perfectly before he came.",
        "refund": "I cancelled the opening visit THREE weeks ago and was told the {amt} refund would take 5 days. Still nothing.",
        "wrong_price": "I've been on the Serenity plan for two years and you charged me {amt} for the pump call-out, the non-member price.",
        "cancel_fee": "I cancelled the visit FIVE days ahead in the app and still got charged a {amt} 'late cancellation' fee.",
    },
}

#: Short and angry (chat, social).
SHOUT: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "visita 'REALIZADA' a las 9:12 y aquí no ha venido NADIE. piscina verde. en serio??",
        "double_charge": "me habeis cobrado el Serenity DOS veces este mes. devolvedme el dinero YA",
        "damage": "vuestro técnico me ha roto la tapa de la bomba y ahora pierde agua. quién paga esto??",
        "refund": "TRES semanas esperando el reembolso de la apertura. 'cinco días' decían. ya está bien",
        "wrong_price": "soy socia Serenity y me cobráis la salida a precio de no socio. tela",
        "cancel_fee": "cancelo con CINCO días y me cobráis {amt} de cancelación tardía?? de qué vais",
    },
    "fr": {
        "no_show": "visite 'EFFECTUÉE' à 9h12 et PERSONNE n'est venu. piscine verte. sérieux ??",
        "double_charge": "Serenity prélevé DEUX fois ce mois-ci. remboursez-moi MAINTENANT",
        "damage": "votre technicien a cassé le couvercle de la pompe et maintenant ça fuit. qui paie ??",
        "refund": "TROIS semaines que j'attends le remboursement de l'ouverture. 'sous 5 jours' qu'ils disaient",
        "wrong_price": "abonnée Serenity et facturée au tarif non abonné pour le dépannage. bravo",
        "cancel_fee": "annulé CINQ jours avant et {amt} de frais d'annulation tardive ?? vous vous moquez de qui",
    },
    "de": {
        "no_show": "Termin 'ERLEDIGT' um 9:12 und hier war NIEMAND. Pool grün. Ernsthaft??",
        "double_charge": "Serenity ZWEIMAL abgebucht diesen Monat. Geld zurück, SOFORT",
        "damage": "euer Techniker hat den Pumpendeckel kaputt gemacht, jetzt leckt alles. Wer zahlt das??",
        "refund": "DREI Wochen warte ich auf die Erstattung. 'fünf Tage' hieß es. JETZT REICHTS",
        "wrong_price": "Serenity-Mitglied und trotzdem Nicht-Mitgliedspreis für den Einsatz. Toll",
        "cancel_fee": "FÜNF Tage vorher storniert und {amt} Spätstornogebühr?? Geht's noch",
    },
    "en": {
        "no_show": "visit marked COMPLETED at 9:12 and NOBODY came. pool's green. seriously??",
        "double_charge": "charged for Serenity TWICE this month. want my money back NOW",
        "damage": "your engineer cracked my pump lid and now it's leaking everywhere. who's paying for this??",
        "refund": "THREE weeks waiting for the opening refund. '5 days' they said",
        "wrong_price": "Serenity member and charged the non-member call-out. brilliant",
        "cancel_fee": "cancelled FIVE days ahead and still charged {amt} late cancellation?? having a laugh",
    },
}

#: Speech-to-text calls, no punctuation.
SPOKEN: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "hola mire le llamo porque en la aplicación pone que la visita del martes está hecha a las 9 y 12 y aquí no ha venido nadie lo tengo grabado en la cámara y la piscina está verde y el sábado tengo la comunión de mi hija necesito que venga alguien ya",
        "double_charge": "buenos días llamo porque me han cobrado el plan Serenity dos veces este mes {amt} dos veces y me he quedado en números rojos quiero que me lo devuelvan",
        "damage": "hola sí mire ayer vino su técnico y al cerrar me rompió la tapa del prefiltro y ahora la bomba pierde agua y hace un ruido horrible antes funcionaba perfectamente",
        "refund": "buenas tardes llamo por el reembolso de la apertura que cancelé hace tres semanas {amt} me dijeron cinco días y no ha llegado nada",
        "wrong_price": "hola llamo porque soy socia del Serenity y me han cobrado la salida de la bomba a precio de no socio {amt} y eso no puede ser",
        "cancel_fee": "hola mire cancelé la visita con cinco días de antelación por la aplicación y me han cobrado {amt} de cancelación tardía no lo entiendo",
    },
    "fr": {
        "no_show": "oui bonjour je vous appelle parce que dans l'application la visite de mardi est marquée effectuée à 9h12 et personne n'est venu j'ai la caméra et la piscine est verte on a la communion samedi il faut que quelqu'un vienne",
        "double_charge": "bonjour j'appelle parce que vous avez prélevé le forfait Serenity deux fois ce mois-ci {amt} deux fois je suis à découvert je veux être remboursée",
        "damage": "bonjour oui alors votre technicien est passé hier et il a cassé le couvercle du préfiltre et maintenant la pompe fuit et fait un bruit pas possible avant ça marchait très bien",
        "refund": "bonjour c'est pour le remboursement de l'ouverture que j'ai annulée il y a trois semaines {amt} on m'avait dit cinq jours et je n'ai toujours rien",
        "wrong_price": "bonjour j'appelle parce que je suis abonnée Serenity et on m'a facturé le dépannage au tarif non abonné {amt} ce n'est pas normal",
        "cancel_fee": "oui bonjour j'ai annulé la visite cinq jours avant dans l'appli et on m'a prélevé {amt} de frais d'annulation tardive je ne comprends pas",
    },
    "de": {
        "no_show": "ja guten Tag ich rufe an weil in der App steht der Termin am Dienstag ist erledigt um 9 Uhr 12 aber hier war niemand ich hab das auf der Kamera und der Pool wird grün",
        "double_charge": "hallo ich rufe an weil der Serenity Plan zweimal abgebucht wurde diesen Monat {amt} zweimal ich will das Geld zurück",
        "damage": "ja hallo Ihr Techniker war gestern da und hat den Deckel vom Vorfilter kaputt gemacht jetzt zieht die Pumpe Luft und es tropft überall",
        "refund": "guten Tag es geht um die Erstattung vom Saisonstart den ich vor drei Wochen storniert habe {amt} es hieß fünf Tage und es ist nichts gekommen",
        "wrong_price": "hallo ich bin Serenity Mitglied und mir wurden {amt} für den Pumpeneinsatz berechnet das ist der Preis für Nicht-Mitglieder",
        "cancel_fee": "ja hallo ich habe fünf Tage vorher storniert und trotzdem {amt} Stornogebühr bezahlt das verstehe ich nicht",
    },
    "en": {
        "no_show": "hi yeah I'm ringing because the app says Tuesday's visit was done at 9 12 but nobody came I've got it on the camera and the pool's going green and we've got a party Saturday",
        "double_charge": "hello I'm calling because you've taken the Serenity plan twice this month {amt} twice and I want it back",
        "damage": "hi your engineer came yesterday and cracked the lid on the pump strainer and now it's leaking and sucking air it was fine before",
        "refund": "hiya it's about the refund for the opening visit I cancelled three weeks ago {amt} I was told five days and nothing's come through",
        "wrong_price": "hello I'm on the Serenity plan and you've charged me {amt} for the pump call-out which is the non-member price",
        "cancel_fee": "hi I cancelled five days before in the app and still got charged {amt} for late cancellation I don't get it",
    },
}

EMAIL_END: dict[str, list[str]] = {
    "es": [
        "Quiero una solución esta semana.\n\n{first}",
        "Espero respuesta hoy mismo, por favor.\n\n{first}",
    ],
    "fr": [
        "J'attends une solution rapidement.\n\n{first}",
        "Merci de me répondre aujourd'hui.\n\nCordialement,\n{first}",
    ],
    "de": ["Ich erwarte eine schnelle Lösung.\n\n{first}"],
    "en": ["I want this sorted this week.\n\n{first}"],
}

COMPLAINT_SUBJECT = {
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
}
CASE_SUBJECT = {
    "es": "RE: Incidencia ",
    "fr": "RE : Dossier ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
}

#: Long letters with the complaint inside ({core}); Spanish and French.
LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Hola,\n\nOs escribo desde el hospital, mientras mi padre duerme después de la operación de cadera, así que perdonad si me enrollo. Llevamos semanas de locos: mi hermana se ha ido a vivir con él para cuidarle, yo voy y vengo del trabajo al hospital y la casa está manga por hombro. Lo único que pensaba que tenía controlado era la piscina, que para eso os pagamos.\n\nPues no. {core}\n\nNo sé si os hacéis una idea de lo que es tener que llamar, escribir y explicar lo mismo cuando no tienes ni cinco minutos. Soy clienta desde 2023 y os he recomendado a medio barrio.\n\nQuiero que alguien me lo arregle esta semana, sin que tenga que volver a perseguiros.\n\nGracias,\n{first}",
        "Buenas tardes:\n\nAprovecho que estoy esperando a que salgan los niños del entrenamiento de fútbol para escribiros con calma. Este verano estamos reformando el baño de abajo y tenemos obreros en casa cada día, así que os podéis imaginar que la paciencia la tengo justa.\n\nEl caso es este: {core}\n\nHasta ahora siempre he estado contento con vosotros y no quiero cambiar, pero así no se puede.\n\nEspero vuestra respuesta,\n{first}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthodontiste de mon fils, donc pardon si c'est un peu décousu. Nous sommes en plein déménagement de ma belle-mère qui vient vivre chez nous, les cartons s'entassent dans le garage et je jongle entre le boulot et les allers-retours. La piscine, c'était censé être la seule chose dont je n'avais pas à m'occuper.\n\nEt voilà : {core}\n\nJe suis cliente depuis trois saisons, j'ai parrainé deux voisins, et j'ai vraiment l'impression de devoir tout vérifier moi-même.\n\nMerci de régler cela cette semaine.\n\n{first}",
        "Bonsoir,\n\nJe profite d'une pause au marché (je tiens un stand de fromages le samedi) pour vous écrire, entre deux clients. Mon mari est en déplacement tout le mois et je gère seule la maison, les enfants et le reste.\n\nVoici le problème : {core}\n\nJe n'ai pas le temps de courir après vous. J'attends une réponse claire et une solution.\n\nCordialement,\n{first}",
    ],
}

#: Agents. "case opened" e-mail: (subject tail, text); chat answer with the case.
CASE_OPENED: dict[str, str] = {
    "es": "Hola {first}:\n\nSentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y un compañero la revisa hoy mismo. Te escribimos en cuanto tengamos novedades.\n\nUn saludo,\nEquipo Piscelia",
    "fr": "Bonjour {first},\n\nNous sommes désolés. Nous avons ouvert le dossier {case}, un collègue s'en occupe aujourd'hui. Nous revenons vers vous dès que possible.\n\nBien cordialement,\nL'équipe Piscelia",
    "de": "Hallo {first},\n\ndas tut uns leid. Wir haben den Vorgang {case} angelegt, ein Kollege kümmert sich heute darum. Wir melden uns so bald wie möglich.\n\nViele Grüße\nIhr Piscelia-Team",
    "en": "Hi {first},\n\nSorry about this. We've opened case {case} and a colleague is looking at it today. We'll be back in touch as soon as we can.\n\nKind regards\nThe Piscelia team",
}
CHAT_CASE: dict[str, str] = {
    "es": "Lo siento muchísimo. He abierto la incidencia {case} y la he pasado a mis compañeros, hoy te dicen algo.",
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {case} et transmis à l'équipe, vous aurez un retour aujourd'hui.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt und weitergegeben, Sie hören heute von uns.",
    "en": "I'm really sorry. I've opened case {case} and passed it on, you'll hear from us today.",
}
QUALITY_LEAD: dict[str, str] = {
    "es": "Hola {first}:\n\nTu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\nUn saludo,\nEquipo Piscelia",
    "fr": "Bonjour {first},\n\nVotre dossier {case} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n\nBien cordialement,\nL'équipe Piscelia",
    "de": "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\nViele Grüße\nIhr Piscelia-Team",
    "en": "Hi {first},\n\nYour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\nKind regards\nThe Piscelia team",
}
GOOD_NEWS: dict[str, str] = {
    "es": "Hola {first}:\n\nBuenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte. ¿Nos confirmas que todo está bien?\n\nUn saludo,\nEquipo Piscelia",
    "fr": "Bonjour {first},\n\nBonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?\n\nBien cordialement,\nL'équipe Piscelia",
    "de": "Hallo {first},\n\ngute Nachrichten zu Vorgang {case}: Das ist auf unserer Seite erledigt. Können Sie bestätigen, dass alles passt?\n\nViele Grüße\nIhr Piscelia-Team",
    "en": "Hi {first},\n\nGood news on case {case}: it's sorted on our side. Could you confirm everything's OK?\n\nKind regards\nThe Piscelia team",
}
URGENT: dict[str, str] = {
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente. Disculpa de verdad.",
    "fr": "Je l'ai ajouté au dossier {case} et marqué comme urgent. Toutes nos excuses.",
    "de": "Ich habe es zum Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigung.",
    "en": "I've added this to case {case} and marked it urgent. Really sorry.",
}
CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, incidencia {case} resuelta. Gracias por la rapidez",
        "Sí, ya está todo bien con lo de {case}. Gracias!",
    ],
    "fr": [
        "Confirmé, dossier {case} réglé. Merci pour la réactivité",
        "Oui c'est bon pour le dossier {case}, merci !",
    ],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "en": ["Confirmed, case {case} is sorted. Thanks for the quick turnaround"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba desbordada. Gracias por solucionarlo tan rápido",
        "oye siento lo de ayer, se me fue la olla. ya está todo bien, gracias",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite",
        "pardon pour hier, journée horrible. merci pour la solution",
    ],
    "de": ["Sorry für gestern, war ein schlechter Tag. Danke für die schnelle Lösung"],
    "en": ["Sorry about yesterday, bit of a day. Thanks for sorting it so fast"],
}
LOW_CSAT: dict[str, list[str]] = {
    "es": ["Fatal", "Muy mal", ""],
    "fr": ["Nul", "Très déçue", ""],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
}
LOW_NPS: dict[str, list[str]] = {
    "es": ["No os recomendaría ahora mismo", "Decepcionada", ""],
    "fr": ["Pas pour l'instant", "Très déçu", ""],
    "de": ["Im Moment nicht", ""],
    "en": ["Not right now", ""],
}

#: A repeat contact's later contacts: second, third (names a competitor), fourth.
LATER: dict[str, tuple[str, str, str]] = {
    "es": (
        "Sigo igual con la incidencia {case} ({topic}). Nadie me ha dicho nada y sigue sin resolverse.",
        "TERCERA vez que escribo por {case}: {topic}, sigue sin arreglarse. Una compañera del trabajo tiene {comp} y se lo solucionan en el día.",
        "CUARTA vez. Incidencia {case}, {topic}. Sigue igual. No sé qué más tengo que hacer.",
    ),
    "fr": (
        "Toujours rien pour le dossier {case} ({topic}). Personne ne m'a rappelée et ce n'est toujours pas réglé.",
        "TROISIÈME fois que j'écris pour le dossier {case} : {topic}, toujours pas réglé. J'ai regardé les tarifs de {comp} hier soir.",
        "QUATRIÈME fois. Dossier {case}, {topic}. Toujours pareil. Je ne sais plus quoi faire.",
    ),
    "de": (
        "Immer noch nichts zu Vorgang {case} ({topic}). Keiner hat sich gemeldet, es ist weiter offen.",
        "Zum DRITTEN Mal wegen {case}: {topic}, immer noch nicht gelöst. Mein Nachbar hat {comp}, da geht sowas am selben Tag.",
        "VIERTES Mal. Vorgang {case}, {topic}. Unverändert. Was soll ich noch tun?",
    ),
    "en": (
        "Still nothing on case {case} ({topic}). Nobody's been in touch and it's still not sorted.",
        "THIRD time writing about {case}: {topic}, still not fixed. A mate at work uses {comp} and they sort this the same day.",
        "FOURTH time. Case {case}, {topic}. Same as before. What else do I have to do?",
    ),
}
LATER_SPOKEN: dict[str, tuple[str, str, str]] = {
    "es": (
        "hola llamo otra vez por la incidencia {case} {topic} que sigue sin resolver y nadie me ha llamado",
        "hola es la tercera vez que contacto por la incidencia {case} {topic} sigue igual y mire una compañera tiene {comp} y se lo arreglan en el día",
        "es la cuarta vez que llamo incidencia {case} {topic} sigue todo igual",
    ),
    "fr": (
        "bonjour je rappelle pour le dossier {case} {topic} c'est toujours pas réglé et personne ne m'a rappelée",
        "bonjour c'est la troisième fois pour le dossier {case} {topic} c'est toujours pareil j'ai regardé les prix chez {comp}",
        "c'est la quatrième fois que j'appelle dossier {case} {topic} rien n'a changé",
    ),
    "de": (
        "ja hallo ich rufe nochmal an wegen Vorgang {case} {topic} das ist immer noch offen",
        "hallo zum dritten Mal wegen Vorgang {case} {topic} immer noch nicht gelöst mein Nachbar hat {comp} da geht das am selben Tag",
        "das ist jetzt das vierte Mal Vorgang {case} {topic} alles unverändert",
    ),
    "en": (
        "hi I'm calling again about case {case} {topic} it's still not sorted and nobody's rung me",
        "hi third time now about case {case} {topic} still not fixed a mate uses {comp} and they sort it same day",
        "this is the fourth time I'm calling case {case} {topic} nothing's changed",
    ),
}

#: A slide of six steps; amounts fixed per language; the last names {comp}.
SLIDE: dict[str, list[str]] = {
    "es": [
        "El técnico de Piscelia llegó hoy tres horas tarde y sin avisar. Bueno, un mal día lo tiene cualquiera",
        "Visita de 10 minutos y se dejó el skimmer lleno de hojas. Esto antes no pasaba con Piscelia",
        "Agua turbia dos días después de la visita y he tenido que comprar yo el clarificante. Para qué pago el plan?",
        "Piscelia me cobra los productos químicos el doble que el mes pasado sin explicación y tardan una semana en contestar",
        "40 € de 'tratamiento antialgas' para una piscina que estaba CRISTALINA, con las fotos de la propia app de Piscelia. Estoy harta",
        "Mi vecino tiene {comp} y ya les he pedido que vengan el sábado. Piscelia, lo vuestro ya no es lo que era",
    ],
    "fr": [
        "Technicien Piscelia arrivé avec trois heures de retard aujourd'hui, sans prévenir. Bon, ça arrive",
        "Visite de 10 minutes chrono et le skimmer laissé plein de feuilles. Ça ne se passait pas comme ça avant chez Piscelia",
        "Eau trouble deux jours après la visite, j'ai dû acheter le clarifiant moi-même. Je paie le forfait pour quoi ?",
        "Piscelia me facture les produits le double du mois dernier sans explication, et une semaine pour avoir une réponse",
        "40 € de 'traitement anti-algues' pour une piscine qui était LIMPIDE, photos de l'appli Piscelia à l'appui. J'en ai marre",
        "Ma voisine a pris {comp}, je leur ai demandé de passer samedi. Piscelia, ce n'est plus ce que c'était",
    ],
    "de": [
        "Piscelia-Techniker kam heute drei Stunden zu spät, ohne Bescheid. Naja, kann passieren",
        "Besuch von 10 Minuten und der Skimmer voller Laub gelassen. Früher war das bei Piscelia anders",
        "Wasser trüb zwei Tage nach dem Service, Klärmittel musste ich selbst kaufen. Wofür zahle ich den Plan?",
        "Piscelia berechnet die Chemie doppelt so teuer wie letzten Monat, ohne Erklärung, und eine Woche bis zur Antwort",
        "40 € 'Algenbehandlung' für einen Pool, der GLASKLAR war, mit den Fotos aus der eigenen Piscelia-App. Mir reichts",
        "Mein Nachbar hat {comp}, die kommen jetzt am Samstag. Piscelia, das war mal besser",
    ],
    "en": [
        "Piscelia engineer turned up three hours late today, no call. Oh well, it happens",
        "10 minute visit and the skimmer left full of leaves. Piscelia never used to be like this",
        "Water cloudy two days after the service and I had to buy clarifier myself. What am I paying the plan for?",
        "Piscelia charging double for chemicals compared to last month with no explanation, and a week to get a reply",
        "£35 'algae treatment' for a pool that was CRYSTAL clear, with photos from Piscelia's own app. Fed up",
        "Neighbour uses {comp}, I've asked them to come Saturday. Piscelia, you're not what you were",
    ],
}

GRUMBLE: dict[str, list[str]] = {
    "es": [
        "La app de Piscelia me cierra sesión cada vez que la abro. Cada. Vez.",
        "El SMS de 'su técnico llega en 2 horas' a las 6 de la mañana. Gracias Piscelia, ya estaba despierta...",
        "El técnico aparca delante de la puerta del garaje y no puedo sacar el coche. Otra vez",
        "Los cubos de cloro pesan una barbaridad y los dejan en la acera, no en la puerta",
        "El chat de Piscelia los domingos tarda una hora en contestar",
    ],
    "fr": [
        "L'appli Piscelia me déconnecte à chaque ouverture. À CHAQUE fois.",
        "Le SMS 'votre technicien arrive dans 2h' à 6h du matin. Merci Piscelia",
        "Le technicien se gare devant le portail du garage, impossible de sortir la voiture. Encore",
        "Les seaux de chlore laissés sur le trottoir au lieu de devant la porte",
        "Le chat Piscelia le dimanche, une heure pour avoir une réponse",
    ],
    "de": [
        "Die Piscelia-App loggt mich jedes Mal aus. Jedes. Mal.",
        "SMS 'Ihr Techniker kommt in 2 Stunden' um 6 Uhr morgens. Danke Piscelia",
        "Chlor-Eimer werden auf dem Gehweg abgestellt statt an der Tür",
    ],
    "en": [
        "Piscelia app logs me out every single time I open it",
        "'Your engineer arrives in 2 hours' text at 6am. Thanks Piscelia",
        "Chlorine tubs left on the pavement again instead of by the door",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Gracias Piscelia por la visita a las 20:30, nada como limpiar la piscina con la linterna del móvil 👏",
        "Robot entregado 'con carga completa': 3% de batería. Gracias Piscelia, muy completo todo 😂",
    ],
    "fr": [
        "Merci Piscelia pour la visite à 20h30, rien de tel que l'entretien à la lampe frontale 👏",
        "Robot livré 'chargé à bloc' : 3 % de batterie. Merci Piscelia, vraiment à bloc 😂",
    ],
    "de": [
        "Danke Piscelia für den Termin um 20:30, Poolpflege mit Stirnlampe ist echt romantisch 👏"
    ],
    "en": [
        "Thanks Piscelia for the 8:30pm visit, nothing says service like skimming by torchlight 👏"
    ],
}

#: Leavers: (subject, request, agent's answer).
LEAVE: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Baja plan Serenity",
            "Hola,\n\nHemos vendido la casa y nos mudamos a un piso sin piscina. Quiero dar de baja el plan Serenity y cerrar la cuenta, por favor.\n\nGracias por estos años,\n{first}",
            "Hola {first}:\n\nSentimos que te vayas. Puedes dar de baja el plan tú mismo desde la app o la web, en 'Mi plan', y la cuenta se cierra con él.\n\nUn saludo,\nEquipo Piscelia",
        ),
        (
            "Cancelar cuenta",
            "Buenas, hemos decidido tapar la piscina y hacer huerto, los niños ya no la usan. Quiero cancelar el Serenity y cerrar la cuenta.\n\n{first}",
            "Hola {first}:\n\nSentimos que te vayas. Puedes cancelar el plan tú mismo en la app o en la web, en 'Mi plan'.\n\nUn saludo,\nEquipo Piscelia",
        ),
    ],
    "fr": [
        (
            "Résiliation Serenity",
            "Bonjour,\n\nNous avons vendu la maison et partons en appartement. Je souhaite résilier le forfait Serenity et fermer mon compte.\n\nMerci pour ces années,\n{first}",
            "Bonjour {first},\n\nNous sommes désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique 'Mon forfait'.\n\nBien cordialement,\nL'équipe Piscelia",
        ),
        (
            "Fermeture du compte",
            "Bonjour, on a décidé de combler la piscine, les enfants sont partis. Je veux résilier Serenity et fermer le compte.\n{first}",
            "Bonjour {first},\n\nNous sommes désolés de vous voir partir. La résiliation se fait dans l'appli ou sur le site, rubrique 'Mon forfait'.\n\nBien cordialement,\nL'équipe Piscelia",
        ),
    ],
    "de": [
        (
            "Kündigung Serenity",
            "Hallo,\n\nwir haben das Haus verkauft und ziehen in eine Wohnung. Ich möchte den Serenity-Plan kündigen und das Konto schließen.\n\nDanke für die Jahre\n{first}",
            "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Plan selbst in der App oder auf der Website unter 'Mein Plan' kündigen.\n\nViele Grüße\nIhr Piscelia-Team",
        )
    ],
    "en": [
        (
            "Cancel Serenity",
            "Hi,\n\nWe've sold the house and the new place has no hot tub. I'd like to cancel the Serenity plan and close the account please.\n\nThanks for everything\n{first}",
            "Hi {first},\n\nSorry to see you go. You can cancel the plan yourself in the app or on the website under 'My plan'.\n\nKind regards\nThe Piscelia team",
        )
    ],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "el calendario de visitas de la app empieza la semana en domingo, me lío cada vez",
            "Tienes razón, lo pasamos al equipo de la app. Gracias por decirlo.",
        )
    ],
    "fr": [
        (
            "les notifications de l'appli m'arrivent en anglais alors que tout est réglé en français",
            "Merci, c'est noté et transmis à l'équipe de l'appli.",
        )
    ],
    "de": [
        (
            "die Shop-Suche zeigt mir Produkte, die es in Österreich gar nicht gibt",
            "Danke für den Hinweis, ist an das App-Team weitergegeben.",
        )
    ],
    "en": [
        (
            "the shop search keeps showing me stuff that doesn't ship to the UK",
            "Thanks, fair point, passed to the app team.",
        )
    ],
}
MILD_ACK: dict[str, str] = {
    "es": "Hola {first}:\n\nGracias por tu comentario, lo hemos pasado al equipo de la app.\n\nUn saludo,\nEquipo Piscelia",
    "fr": "Bonjour {first},\n\nMerci pour votre remarque, elle est transmise à l'équipe de l'appli.\n\nBien cordialement,\nL'équipe Piscelia",
    "de": "Hallo {first},\n\ndanke für den Hinweis, er ist an das App-Team weitergegeben.\n\nViele Grüße\nIhr Piscelia-Team",
    "en": "Hi {first},\n\nThanks for the feedback, it's been passed to the app team.\n\nKind regards\nThe Piscelia team",
}

# ---------------------------------------------------------------- the spike week

MAP_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "el mapa para seguir al técnico tarda un montón en cargar, casi un minuto",
        "Gracias por avisar, lo estamos mirando con el equipo de la app.",
    ),
    "fr": (
        "la carte pour suivre le technicien met une éternité à charger",
        "Merci, c'est remonté à l'équipe de l'appli.",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "hola, anoche la luz del Dosa parpadeó en azul un rato y luego volvió a verde, en la app pone 'actualización programada esta noche'. tengo que hacer algo?",
        "¡Hola! No, el azul es solo la descarga de la actualización. Lo dejas enchufado y listo.",
    ),
    "fr": (
        "bonjour, hier soir le voyant du Dosa a clignoté en bleu puis est repassé au vert, l'appli dit 'mise à jour prévue cette nuit'. je dois faire quelque chose ?",
        "Bonjour ! Non, le bleu indique juste le téléchargement. Laissez-le branché, c'est tout.",
    ),
}
SPIKE_CODE = "E19/DS"
SPIKE: dict[str, list[str]] = {
    "es": [
        "El Dosa de Piscelia marca E19/DS desde esta mañana y ha dejado de dosificar. En la app sale 'actualización fallida'. Tengo la piscina turbia y 15 invitados a mediodía",
        "buenos dias, el dosificador Dosa pone E19/DS en la pantalla y no echa cloro. anoche estaba bien. que hago??",
        "Piscelia vuestro Dosa se ha quedado en E19/DS tras la actualización de anoche. Ni cloro ni pH. Sábado y con calor, lo que faltaba",
        "Error E19/DS en el Dosa, la app dice que la actualización falló y no deja hacer nada. Alguien más?",
    ],
    "fr": [
        "Le Dosa Piscelia affiche E19/DS depuis ce matin et ne dose plus rien. L'appli dit 'échec de la mise à jour'. Piscine trouble et barbecue à midi",
        "bonjour, mon doseur Dosa est bloqué sur E19/DS, plus de chlore. hier soir tout allait bien. on fait quoi ?",
        "Piscelia votre Dosa est planté sur E19/DS depuis la mise à jour de cette nuit. Samedi, 32 degrés, génial",
        "Code E19/DS sur le Dosa, mise à jour échouée d'après l'appli. D'autres personnes dans ce cas ?",
    ],
    "de": [
        "Der Piscelia Dosa zeigt seit heute früh E19/DS und dosiert nicht mehr. App sagt 'Update fehlgeschlagen'. Wasser wird trüb",
        "Fehler E19/DS am Dosa nach dem Update heute Nacht, kein Chlor mehr. Noch jemand?",
    ],
    "en": [
        "Piscelia Dosa showing E19/DS since this morning and it's stopped dosing. App says 'update failed'. Hot tub going cloudy",
        "anyone else's Dosa stuck on E19/DS after last night's update? nothing dosing at all",
    ],
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue en E19/DS. Lo he desenchufado y enchufado como decían en el foro y nada",
        "Sigo con el E19/DS, y en el móvil de mi marido la app dice lo mismo. Alguna noticia?",
    ],
    "fr": [
        "Toujours E19/DS. Débranché, rebranché, rien",
        "Toujours bloqué sur E19/DS, et l'appli sur le téléphone de mon mari dit pareil. Des nouvelles ?",
    ],
    "de": ["Immer noch E19/DS, auch nach Aus- und Einstecken"],
    "en": ["Still E19/DS here, unplugged it and back, nothing"],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, los Dosa están marcando E19/DS en todas partes tras la actualización de anoche. Nuestros técnicos están en ello, no hace falta desenchufarlo.",
    "fr": "Oui, les Dosa affichent E19/DS partout depuis la mise à jour de cette nuit. Nos équipes sont dessus, inutile de le débrancher.",
    "de": "Ja, die Dosa-Geräte zeigen nach dem Update von heute Nacht überall E19/DS. Unsere Technik ist dran, bitte nicht ausstecken.",
    "en": "Yes, Dosa units are showing E19/DS everywhere after last night's update. Our engineers are on it, no need to unplug it.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu Dosa vuelve a funcionar",
        "Hola {first}:\n\nLos Dosa vuelven a dosificar desde las {time}. Sentimos las molestias: te hemos abonado {credit} en tu cuenta.\n\nUn saludo,\nEquipo Piscelia",
    ),
    "fr": (
        "Votre Dosa fonctionne à nouveau",
        "Bonjour {first},\n\nLes Dosa dosent à nouveau depuis {time}. Désolés pour la gêne : {credit} ont été crédités sur votre compte.\n\nBien cordialement,\nL'équipe Piscelia",
    ),
    "de": (
        "Ihr Dosa läuft wieder",
        "Hallo {first},\n\ndie Dosa-Geräte dosieren seit {time} Uhr wieder. Entschuldigung: Wir haben Ihnen {credit} gutgeschrieben.\n\nViele Grüße\nIhr Piscelia-Team",
    ),
    "en": (
        "Your Dosa is working again",
        "Hi {first},\n\nDosa units are dosing again since {time}. Sorry for the trouble: we've added {credit} credit to your account.\n\nKind regards\nThe Piscelia team",
    ),
}
