"""Hand-written wording for heldout43: consumers of a tool and garden-machine hire service.

Spanish and German first (the most variants), then English, French, Italian and
Portuguese. Placeholders: {brand}, {ref}, {amount}, {comp}, {agent}, {first}.
Phone transcripts are speech-to-text: no punctuation, lower case but for codes,
numbers, names (German keeps its capital nouns).
"""

from __future__ import annotations

# ruff: noqa: E501

LANGS = ("es", "de", "en", "fr", "it", "pt")

AGENTS: dict[str, list[str]] = {
    "es": ["Nerea", "Iñaki", "Rocío"],
    "de": ["Jannik", "Svenja", "Ömer"],
    "en": ["Callum", "Niamh"],
    "fr": ["Maëlle", "Bastien"],
    "it": ["Ilaria", "Samuele"],
    "pt": ["Inês", "Rui"],
}

PRODUCTS: list[tuple[str, float, str]] = [
    ("Hammer drill SDS, 1 day / Martillo perforador SDS, 1 día", 29.90, "/hire/drills"),
    (
        "Tile cutter 90 cm, weekend / Cortadora de azulejos 90 cm, fin de semana",
        54.00,
        "/hire/tiling",
    ),
    ("Carpet cleaner + 2 L shampoo / Limpiadora de moquetas + 2 L champú", 39.50, "/hire/cleaning"),
    ("Pressure washer 150 bar, 1 day / Hidrolimpiadora 150 bar, 1 día", 34.00, "/hire/cleaning"),
    ("Lawn scarifier, 1 day / Escarificador de césped, 1 día", 42.00, "/hire/garden"),
    ("Hedge trimmer, weekend / Cortasetos, fin de semana", 36.00, "/hire/garden"),
    ("Scaffold tower 5 m, 1 week / Andamio móvil 5 m, 1 semana", 119.00, "/hire/access"),
    ("Wallpaper steamer, 2 days / Decapadora de papel pintado, 2 días", 27.00, "/hire/decorating"),
    ("Log splitter, 1 day / Rajadora de leña, 1 día", 58.00, "/hire/garden"),
    ("Floor sander + 20 sheets / Lijadora de suelos + 20 lijas", 79.00, "/hire/flooring"),
    ("Werkaro Plus, monthly / Werkaro Plus, mensual", 9.90, "/plus"),
    ("Dehumidifier, 1 week / Deshumidificador, 1 semana", 48.00, "/hire/drying"),
]

PAGES: list[str] = [
    "/hire/drills",
    "/hire/garden",
    "/hire/tiling",
    "/plus",
    "/account/hires",
    "/help/deposit",
    "/depots",
    "/how-it-works/delivery",
    "/hire/access",
    "/guides/sanding-a-floor",
]

# Praise posts (social or community).
PRAISE: dict[str, list[str]] = {
    "es": [
        "Alquilé la escarificadora en {brand} el sábado y el césped parece otro. Me explicaron en el mostrador cómo regular la altura en dos minutos. Muy recomendable!!",
        "Pues nada, suelo del salón lijado en un día con la lijadora de {brand}. Venía limpia, con las lijas contadas y un video corto por QR. 10/10",
        "Qué gusto alquilar sin papeleo. Reservé la hidrolimpiadora a las 8, a las 10 estaba en la taquilla 24h. Terraza como nueva, gracias {brand}",
        "Mi padre no se fiaba de alquilar herramientas por app y ahora es el primero que pide el andamio en {brand} jajaja. Todo perfecto",
        "Repartidor de {brand} majísimo, me subió la rajadora hasta el patio trasero y me enseñó a usarla sin prisas",
    ],
    "de": [
        "Heute den Vertikutierer bei {brand} geholt, Rasen sieht aus wie neu. Die Einweisung an der Theke hat keine fünf Minuten gedauert. Top!",
        "Parkett im Wohnzimmer an einem Tag abgeschliffen, Schleifmaschine von {brand} war sauber, Schleifpapier vollständig, sogar ein kurzes Video per QR-Code. Klare Empfehlung",
        "Gerüst bestellt, Lieferung pünktlich im Zeitfenster, Fahrer hat beim Aufbauen geholfen. So muss das sein, danke {brand}",
        "Endlich kein Nachbar mehr, der mir seinen alten Hochdruckreiniger leiht lol. {brand} Schließfach um 7 Uhr morgens, alles lief",
        "Holzspalter übers Wochenende gemietet, läuft wie ne eins, und die Rückgabe am Automaten war in zwei Minuten erledigt. Sehr gut gemacht {brand}",
    ],
    "en": [
        "Hired a carpet cleaner from {brand} before the in-laws arrived and the lounge looks brand new. Booking took two minutes on the app",
        "Scaffold tower from {brand} turned up in the slot, the driver even helped put it up. Gutters finally done",
    ],
    "fr": [
        "Ponceuse à parquet louée chez {brand} ce week-end, parfait. Livrée propre avec les abrasifs et une petite vidéo explicative. Je recommande",
        "Le casier 24h de {brand} c'est génial, récupéré le nettoyeur haute pression à 7h avant le boulot",
    ],
    "it": [
        "Noleggiato l'arieggiatore da {brand} sabato, prato rinato. Al banco mi hanno spiegato tutto in due minuti",
        "Ponteggio mobile consegnato puntuale, il ragazzo di {brand} mi ha pure aiutato a montarlo. Bravissimi",
    ],
    "pt": [
        "Aluguei a lixadora de soalho na {brand} e o chão da sala ficou impecável. Veio limpa e com as lixas todas",
        "Cacifo 24h da {brand} é uma maravilha, levantei a máquina de pressão às 7h antes do trabalho",
    ],
}

# "Again / third time / still" said of good things.
AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez este año que alquilo en {brand} y otra vez todo impecable. Ya ni miro otras webs",
        "Otra vez el mismo chico del mostrador de Vallecas, siempre con una sonrisa y sabiendo de todo. Así da gusto volver",
        "Segundo finde seguido con la cortasetos de {brand}, sigue igual de bien afilada que la primera vez",
    ],
    "de": [
        "Zum dritten Mal dieses Jahr bei {brand} gemietet und wieder lief alles glatt. Ich schau gar nicht mehr woanders",
        "Schon wieder der nette Fahrer von letzter Woche, wieder auf die Minute pünktlich. Danke!",
        "Immer noch begeistert vom Tapetenablöser, zweites Zimmer fertig und das Gerät wieder wie neu zurück",
    ],
    "en": [
        "Third hire from {brand} this spring and again not a single problem. Still the easiest rental I know",
    ],
    "fr": [
        "Troisième location chez {brand} cette année et encore une fois rien à redire",
    ],
    "it": [
        "Terza volta quest'anno con {brand} e di nuovo tutto perfetto, sempre lo stesso ragazzo gentile al banco",
    ],
    "pt": [
        "Terceira vez este ano na {brand} e outra vez tudo impecável",
    ],
}

# Praise with a small gripe.
GRIPE_PRAISE: dict[str, list[str]] = {
    "es": [
        "Contentísima con {brand}, la lijadora una maravilla. Solo que el maletín cierra fatal, se me abrió en el ascensor jaja",
        "Muy bien todo, eso sí, el cable alargador que dan es cortísimo, tuve que comprar otro. Por lo demás genial",
    ],
    "de": [
        "Alles super mit {brand}, nur die Bedienungsanleitung gibts bloß als PDF und im Keller hab ich kein Netz. Sonst top",
        "Sehr zufrieden, nur das Verlängerungskabel ist echt kurz. Ansonsten gerne wieder",
    ],
    "en": [
        "Great hire as always, only gripe is the case latch that never closes properly. Otherwise spot on"
    ],
    "fr": ["Très bien comme d'hab, juste la rallonge fournie est trop courte. Sinon parfait"],
    "it": ["Tutto ottimo, solo la valigetta che non si chiude mai bene. Per il resto top"],
    "pt": ["Tudo ótimo, só a extensão que vem é curtíssima. De resto impecável"],
}

# Chat questions and the agent's answer.
QA_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, si alquilo la lijadora el viernes a las 18h cuenta como fin de semana o como 3 dias?",
            "¡Hola! Si la recoges a partir de las 17:00 del viernes y la devuelves antes del lunes a las 9:00, es tarifa de fin de semana. {agent}",
        ),
        (
            "Buenas, la fianza de la hidrolimpiadora cuanto tarda en liberarse despues de devolverla?",
            "Hola, se libera en cuanto el depósito revisa la máquina, normalmente el mismo día; luego depende del banco (1-3 días). Saludos, {agent}",
        ),
        (
            "puedo pedir que me traigan el andamio a casa de mi madre en otra direccion?",
            "Claro, en el paso de entrega puedes poner cualquier dirección dentro de la zona. Un saludo, {agent}",
        ),
        (
            "Hola! Con Werkaro Plus tengo descuento tambien en las lijas o solo en el alquiler?",
            "¡Hola! El 15 % se aplica también a consumibles como lijas y champú. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich den Vertikutierer auch am Sonntag zurückgeben? Die Filiale hat ja zu",
            "Hallo! Ja, am Rückgabeautomaten vor jeder Filiale rund um die Uhr. Viele Grüße, {agent}",
        ),
        (
            "Guten Tag, ist beim Fliesenschneider das Wasser schon drin oder muss ich das selbst auffüllen",
            "Guten Tag, den Wassertank füllen Sie bitte selbst, eine Markierung zeigt die Höhe. Gruß {agent}",
        ),
        (
            "hi, wie lange dauert es bis die Kaution wieder frei ist",
            "Hallo, sobald die Filiale das Gerät geprüft hat, meist am selben Tag, danach je nach Bank 1-3 Tage. {agent}",
        ),
        (
            "Kann ich das Gerüst eine Woche verlängern ohne es zurückzubringen?",
            "Ja, in der App unter Meine Mieten > Verlängern, solange niemand anderes es reserviert hat. Schöne Grüße, {agent}",
        ),
    ],
    "en": [
        (
            "hi does the scaffold tower come with the outriggers or do i need to add them",
            "Hi! The outriggers come with it, no need to add anything. {agent}",
        ),
        (
            "Can I collect from the Leeds depot and return to the Bradford one?",
            "Yes, any depot in the same region is fine. Thanks, {agent}",
        ),
    ],
    "fr": [
        (
            "bjr, la ponceuse est livrée avec les abrasifs ou je dois les acheter à part ?",
            "Bonjour ! 20 abrasifs sont inclus, vous ne payez que ceux utilisés en plus. {agent}",
        ),
        (
            "Je peux rendre le nettoyeur au casier un dimanche ?",
            "Oui, les casiers sont ouverts 24h/24, 7j/7. Bonne journée, {agent}",
        ),
    ],
    "it": [
        (
            "ciao, il ponteggio si può prolungare di una settimana dall'app?",
            "Ciao! Sì, da I miei noleggi > Prolunga, se non è già prenotato da altri. {agent}",
        ),
        (
            "Buongiorno, la cauzione quanto ci mette a sbloccarsi?",
            "Buongiorno, di solito il giorno stesso del rientro, poi dipende dalla banca. {agent}",
        ),
    ],
    "pt": [
        (
            "ola, posso devolver a lixadora noutra loja?",
            "Olá! Sim, em qualquer loja da mesma região. {agent}",
        ),
        (
            "A caução é cobrada logo ou só na entrega?",
            "Olá, fica cativa no cartão ao levantar e é libertada na devolução. {agent}",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["Genial, gracias!!", "perfecto mil gracias", "Vale, gracias {agent} 👍", "ok gracias"],
    "de": ["Super, danke!", "alles klar danke", "Danke {agent} 👍", "perfekt, vielen Dank"],
    "en": ["brilliant thanks", "Perfect, cheers {agent}!"],
    "fr": ["Super merci !", "ok merci bcp"],
    "it": ["Perfetto grazie!", "ok grz"],
    "pt": ["Ótimo, obrigada!", "ok obg"],
}

# E-mail questions: (subject, text, agent answer).
QA_MAIL: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Factura alquiler",
            "Hola, necesitaría la factura del alquiler de la cortadora del sábado a nombre de mi pareja, que es autónoma. Se puede cambiar el nombre? Gracias, {first}",
            "Hola {first}, sin problema: te la hemos reenviado con el nuevo nombre y NIF. Un saludo, {agent} - {brand}",
        ),
        (
            "Duda sobre el andamio",
            "Buenas tardes, el andamio de 5 m llega montado o lo tengo que montar yo? Es para pintar la fachada de la casa del pueblo. Saludos",
            "Buenas tardes, llega plegado; el repartidor te ayuda a montarlo si lo pides al reservar (sin coste). Un saludo, {agent}",
        ),
    ],
    "de": [
        (
            "Frage zur Rechnung",
            "Hallo, ich bräuchte die Rechnung für die Bodenschleifmaschine auf meine Firma statt auf mich privat. Geht das nachträglich? Danke und Gruß, {first}",
            "Hallo {first}, kein Problem, die korrigierte Rechnung ist unterwegs. Viele Grüße, {agent} - {brand}",
        ),
        (
            "Gerüst Aufbau",
            "Guten Tag, wird das Rollgerüst aufgebaut geliefert oder muss ich das selbst machen? Es geht um die Fassade vom Gartenhaus. Freundliche Grüße",
            "Guten Tag, es kommt zusammengeklappt; auf Wunsch hilft der Fahrer kostenlos beim Aufbau. Viele Grüße, {agent}",
        ),
    ],
    "en": [
        (
            "Receipt for the floor sander",
            "Hi, could I get a VAT receipt for last weekend's floor sander hire? Thanks, {first}",
            "Hi {first}, it's attached and also in the app under My hires. Best, {agent} - {brand}",
        ),
    ],
    "fr": [
        (
            "Facture location",
            "Bonjour, pourriez-vous m'envoyer la facture de la location du week-end dernier ? Merci, {first}",
            "Bonjour {first}, elle est en pièce jointe et dans l'appli. Bonne journée, {agent} - {brand}",
        ),
    ],
    "it": [
        (
            "Fattura noleggio",
            "Buongiorno, mi servirebbe la fattura del noleggio della levigatrice intestata alla mia ditta. Grazie, {first}",
            "Buongiorno {first}, gliel'abbiamo appena inviata con i nuovi dati. Cordiali saluti, {agent} - {brand}",
        ),
    ],
    "pt": [
        (
            "Fatura aluguer",
            "Bom dia, podem enviar-me a fatura do aluguer do fim de semana com o meu NIF? Obrigado, {first}",
            "Bom dia {first}, já seguiu em anexo com o NIF. Cumprimentos, {agent} - {brand}",
        ),
    ],
}

# Phone questions (speech-to-text) and the agent's follow-up e-mail.
QA_PHONE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenos dias queria saber si la rajadora de leña cabe en un coche normal o hace falta furgoneta es que tengo un ibiza",
            "Hola {first}, como hablamos por teléfono: la rajadora no cabe en un turismo, te la llevamos a casa por 12 €. Un saludo, {agent}",
        ),
        (
            "si hola mire es que quiero alquilar la lijadora pero no se que grano de lija necesito para un parquet antiguo me puede orientar",
            "Hola {first}, tal como te comentaba: empieza con grano 40, luego 80 y termina con 120. Te dejo la guía en el enlace de la app. {agent}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Holzspalter in einen Kombi passt ich hab einen Passat",
            "Hallo {first}, wie besprochen: der Holzspalter passt in einen Kombi mit umgeklappter Rückbank, Rampe bekommen Sie an der Theke. Gruß {agent}",
        ),
        (
            "guten tag ich hab ne frage welche Körnung brauch ich für alte Dielen zum abschleifen",
            "Hallo {first}, wie am Telefon besprochen: mit 40er anfangen, dann 80 und 120. Die Anleitung finden Sie in der App. Viele Grüße, {agent}",
        ),
    ],
    "en": [
        (
            "hi yeah i was wondering if the log splitter fits in an estate car or do i need the delivery",
            "Hi {first}, as we said on the phone: it fits in an estate with the seats down, we'll have the ramp ready. {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir quel grain il faut pour poncer un vieux parquet",
            "Bonjour {first}, comme convenu : grain 40, puis 80, puis 120. Le guide est dans l'appli. {agent}",
        ),
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se lo spaccalegna entra in una station wagon",
            "Buongiorno {first}, come detto al telefono: entra con i sedili abbassati, la rampa gliela diamo al banco. {agent}",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber que lixa preciso para um soalho antigo",
            "Bom dia {first}, como falámos: comece com grão 40, depois 80 e 120. O guia está na app. {agent}",
        ),
    ],
}

REVIEW: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("5", "Todo perfecto, máquina limpia y revisada. Volveré"),
        ("5", "Rápido, fácil y buen precio. La taquilla 24h es lo mejor"),
        ("4", "Muy bien, solo falta que la app avise cuando se acaba el alquiler"),
    ],
    "de": [
        ("5", "Gerät sauber, gut gewartet, Rückgabe ohne Stress. Gerne wieder"),
        ("5", "Schnell, einfach, fairer Preis. Das Schließfach ist genial"),
        ("4", "Sehr gut, nur die Abholung am Samstag dauert etwas"),
    ],
    "en": [("5", "Clean kit, fair price, easy return. Will hire again")],
    "fr": [("5", "Matériel propre, prix correct, retour facile")],
    "it": [("5", "Attrezzo pulito, prezzo giusto, riconsegna facilissima")],
    "pt": [("5", "Máquina limpa, preço justo, devolução fácil")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Genial", "muy bien todo", "👍", "Rapidísimo", ""],
    "de": ["Top", "alles bestens", "👍", "Sehr gut", ""],
    "en": ["great", "spot on", ""],
    "fr": ["Parfait", "top", ""],
    "it": ["Ottimo", "tutto bene", ""],
    "pt": ["Ótimo", "impecável", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Las 2 de la mañana y acabo de quitar el último trozo de papel pintado. La decapadora de {brand} vuelve mañana a las 9 a la taquilla, qué invento lo de devolver a cualquier hora",
        "Guardia de noche en el hospital, planificando el finde: andamio de {brand} reservado para pintar la fachada. Que no llueva porfa",
        "Insomnio + tutoriales de lijar parquet = mañana alquilo la lijadora en {brand} jajaja",
    ],
    "de": [
        "Halb drei und die letzte Tapetenbahn ist runter. Der Dampfablöser von {brand} geht morgen früh ans Schließfach zurück, rund um die Uhr zurückgeben ist Gold wert",
        "Nachtschicht an der Tankstelle, nebenbei Gerüst für Samstag bei {brand} gebucht. Hoffentlich regnets nicht",
        "Kann nicht schlafen, schau Videos übers Parkettschleifen. Morgen wird die Maschine bei {brand} geholt",
    ],
    "en": [
        "2am and the last strip of wallpaper is off. Steamer goes back to the {brand} locker before work, love that it's 24h"
    ],
    "fr": [
        "3h du mat et le dernier lé de papier peint est parti. La décolleuse {brand} retourne au casier demain matin"
    ],
    "it": [
        "Le 2 di notte e ho finito di staccare la carta da parati. La vaporella di {brand} torna all'armadietto domattina"
    ],
    "pt": [
        "Duas da manhã e o último papel de parede saiu. A máquina da {brand} volta ao cacifo amanhã cedo"
    ],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, puedo devolver la hidrolimpiadora mojada en la taquilla o hay que secarla?",
            "Hola, puedes devolverla tal cual, nosotros la secamos. Buenas noches, {agent}",
        ),
        (
            "perdon la hora, el alquiler de fin de semana empieza a contar desde el viernes a las 17h verdad?",
            "Sí, desde las 17:00 del viernes hasta el lunes a las 9:00. ¡Buenas noches! {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, darf ich den Hochdruckreiniger nass ins Schließfach legen oder muss der trocken sein",
            "Hallo, einfach so zurückgeben, wir trocknen ihn. Gute Nacht, {agent}",
        ),
        (
            "sorry für die Uhrzeit, zählt das Wochenende ab Freitag 17 Uhr?",
            "Ja, Freitag 17 Uhr bis Montag 9 Uhr. Gute Nacht! {agent}",
        ),
    ],
    "en": [
        (
            "hi, can I drop the pressure washer at the locker still wet?",
            "Hi, yes, drop it as it is, we'll dry it. Night! {agent}",
        )
    ],
    "fr": [
        (
            "bonsoir, je peux rendre le nettoyeur mouillé au casier ?",
            "Bonsoir, oui, tel quel, on s'occupe du séchage. {agent}",
        )
    ],
    "it": [
        (
            "scusate l'ora, l'idropulitrice si può riconsegnare bagnata?",
            "Sì, così com'è, la asciughiamo noi. Buonanotte, {agent}",
        )
    ],
    "pt": [
        (
            "boa noite, posso devolver a máquina de pressão molhada?",
            "Boa noite, sim, tal como está. {agent}",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

# Amount in euros each problem is about.
PROBLEM_EUR: dict[str, float] = {
    "no_show": 54.0,
    "double_charge": 150.0,
    "damage": 79.0,
    "refund": 200.0,
    "wrong_price": 14.0,
    "cancel_fee": 25.0,
}

# What the problem is, short, for subjects and later contacts.
TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "cortadora marcada como entregada que nunca llegó",
        "double_charge": "fianza de {amount} cobrada dos veces",
        "damage": "lijadora que llegó rota y me marcó el parquet",
        "refund": "fianza de {amount} sin devolver desde hace 3 semanas",
        "wrong_price": "me cobran tarifa de no socio siendo de Plus",
        "cancel_fee": "penalización de {amount} por cancelar con 4 días",
    },
    "de": {
        "no_show": "Fliesenschneider als geliefert markiert, nie gekommen",
        "double_charge": "Kaution von {amount} doppelt abgebucht",
        "damage": "Schleifmaschine kaputt geliefert, Parkett verkratzt",
        "refund": "Kaution von {amount} seit 3 Wochen nicht zurück",
        "wrong_price": "Nichtmitgliedspreis trotz Plus-Mitgliedschaft",
        "cancel_fee": "Stornogebühr von {amount} trotz Storno 4 Tage vorher",
    },
    "en": {
        "no_show": "tile cutter marked delivered, never came",
        "double_charge": "{amount} deposit taken twice",
        "damage": "floor sander arrived broken and gouged my floor",
        "refund": "{amount} deposit still not back after 3 weeks",
        "wrong_price": "charged the non-member rate though I'm on Plus",
        "cancel_fee": "{amount} late-cancellation fee for cancelling 4 days ahead",
    },
    "fr": {
        "no_show": "carrelette marquée livrée, jamais arrivée",
        "double_charge": "caution de {amount} prélevée deux fois",
        "damage": "ponceuse livrée cassée, parquet rayé",
        "refund": "caution de {amount} toujours pas rendue",
        "wrong_price": "tarif non-membre alors que je suis Plus",
        "cancel_fee": "frais d'annulation de {amount} pour une annulation 4 jours avant",
    },
    "it": {
        "no_show": "tagliapiastrelle segnata consegnata, mai arrivata",
        "double_charge": "cauzione di {amount} addebitata due volte",
        "damage": "levigatrice arrivata rotta, parquet rigato",
        "refund": "cauzione di {amount} non restituita da 3 settimane",
        "wrong_price": "tariffa non socio anche se sono Plus",
        "cancel_fee": "penale di {amount} per una disdetta 4 giorni prima",
    },
    "pt": {
        "no_show": "cortadora marcada como entregue, nunca chegou",
        "double_charge": "caução de {amount} cobrada duas vezes",
        "damage": "lixadora chegou avariada e riscou o soalho",
        "refund": "caução de {amount} por devolver há 3 semanas",
        "wrong_price": "preço de não sócio sendo do Plus",
        "cancel_fee": "taxa de {amount} por cancelar 4 dias antes",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}

# The angry message, for e-mail, chat and web form.
BAD: dict[str, dict[str, list[str]]] = {
    "es": {
        "no_show": [
            "La cortadora de azulejos aparece como ENTREGADA el sábado a las 8:14 y aquí no ha llamado nadie. Tenía al alicatador esperando toda la mañana y le he tenido que pagar el día igual. {amount} de alquiler por nada. Quiero el dinero y una explicación",
            "hola, me pone entregado y NO ha llegado nada. he estado en casa desde las 7. el alicatador se ha ido. esto es una broma??",
        ],
        "double_charge": [
            "Me habéis retenido la fianza de {amount} DOS veces por el mismo alquiler y ahora me han devuelto el recibo del alquiler del piso por falta de saldo. Lo quiero liberado hoy",
            "Buenas, en el banco veo dos retenciones de {amount} por la misma hidrolimpiadora. Una sobra, y me está dejando la cuenta a cero",
        ],
        "damage": [
            "La lijadora de suelos llegó con el rodillo descentrado y la bolsa del polvo rota. En la primera pasada me ha hecho surcos en el parquet de roble. Ni se os ocurra cobrarme los {amount}, y el suelo ya veremos",
            "Lijadora rota desde el primer minuto, vibra como una lavadora y me ha marcado el suelo. Fotos adjuntas. Estoy que no me lo creo",
        ],
        "refund": [
            "Devolví el andamio hace TRES semanas en el depósito de Getafe, con albarán firmado, y la fianza de {amount} sigue retenida. Cada vez que llamo me dicen que 'ya está en proceso'",
            "Hola, 3 semanas esperando la fianza de {amount}. El andamio lo devolví perfecto. Cuánto más?",
        ],
        "wrong_price": [
            "Soy de Werkaro Plus desde hace un año y el alquiler del finde me lo habéis cobrado a precio de no socio, {amount} de más. Para qué pago la cuota entonces?",
            "me cobrais tarifa normal y soy socia Plus, son {amount} de diferencia. corregidlo por favor",
        ],
        "cancel_fee": [
            "Cancelé la reserva de la escarificadora el martes para el sábado, CUATRO días antes, y me habéis cobrado {amount} de penalización por 'cancelación tardía'. Eso no es tardío ni aquí ni en ningún sitio",
            "Penalización de {amount} por cancelar con 4 días de antelación?? Tengo el correo de confirmación de la cancelación",
        ],
    },
    "de": {
        "no_show": [
            "Der Fliesenschneider steht seit Samstag 8:14 als GELIEFERT in der App, hier hat niemand geklingelt. Der Fliesenleger hat den ganzen Vormittag gewartet und ich musste ihn trotzdem bezahlen. {amount} Miete für nichts. Ich will mein Geld zurück",
            "hallo, laut app geliefert, angekommen ist NICHTS. ich war ab 7 zuhause. der fliesenleger ist wieder weg. ernsthaft??",
        ],
        "double_charge": [
            "Sie haben die Kaution von {amount} ZWEIMAL für dieselbe Miete blockiert, und jetzt ist meine Mietzahlung fürs Wohnung geplatzt. Bitte heute noch freigeben",
            "Guten Tag, auf meinem Konto sehe ich zwei Reservierungen über {amount} für denselben Hochdruckreiniger. Eine ist zu viel und mein Konto ist leer",
        ],
        "damage": [
            "Die Bodenschleifmaschine kam mit einer unrunden Walze und gerissenem Staubsack. Schon beim ersten Durchgang hat sie Rillen ins Eichenparkett gefräst. Die {amount} zahle ich sicher nicht, und über den Boden reden wir noch",
            "Maschine von Anfang an kaputt, vibriert wie verrückt und hat den Boden zerkratzt. Fotos im Anhang. Ich fass es nicht",
        ],
        "refund": [
            "Das Rollgerüst habe ich vor DREI Wochen in der Filiale abgegeben, mit unterschriebenem Rückgabeschein, und die Kaution von {amount} ist immer noch blockiert. Jedes Mal heißt es 'ist in Bearbeitung'",
            "Hallo, seit 3 Wochen warte ich auf die Kaution von {amount}. Das Gerüst kam einwandfrei zurück. Wie lange noch?",
        ],
        "wrong_price": [
            "Ich bin seit einem Jahr Plus-Mitglied und die Wochenendmiete wurde mir zum Nichtmitgliedspreis berechnet, {amount} zu viel. Wofür zahle ich dann den Beitrag?",
            "ihr habt mir den normalen preis berechnet obwohl ich plus habe, {amount} unterschied. bitte korrigieren",
        ],
        "cancel_fee": [
            "Ich habe den Vertikutierer am Dienstag für Samstag storniert, also VIER Tage vorher, und Sie berechnen mir {amount} 'Spätstornogebühr'. Das ist nirgendwo spät",
            "{amount} Stornogebühr bei Storno 4 Tage vorher?? Ich habe die Stornobestätigung per Mail",
        ],
    },
    "en": {
        "no_show": [
            "The tile cutter shows as DELIVERED at 8:14 on Saturday and nobody came. The tiler waited all morning and I still had to pay him. {amount} for nothing, I want it back"
        ],
        "double_charge": [
            "You've held the {amount} deposit TWICE for the same hire and now my rent payment has bounced. Release it today please"
        ],
        "damage": [
            "The floor sander came with a warped drum and a ripped dust bag and it gouged my oak floor on the first pass. I'm not paying the {amount} and we need to talk about the floor"
        ],
        "refund": [
            "I returned the scaffold tower THREE weeks ago with a signed return note and the {amount} deposit is still held. Every call it's 'being processed'"
        ],
        "wrong_price": [
            "I've been on Werkaro Plus for a year and the weekend hire was charged at the non-member rate, {amount} too much. What am I paying the fee for?"
        ],
        "cancel_fee": [
            "Cancelled the scarifier on Tuesday for Saturday, FOUR days ahead, and got a {amount} 'late cancellation' fee. That isn't late anywhere"
        ],
    },
    "fr": {
        "no_show": [
            "La carrelette est marquée LIVRÉE samedi à 8h14 et personne n'est venu. Le carreleur a attendu toute la matinée et je l'ai payé quand même. {amount} pour rien, je veux être remboursée"
        ],
        "double_charge": [
            "Vous avez bloqué la caution de {amount} DEUX fois pour la même location et mon loyer a été rejeté. Débloquez-la aujourd'hui svp"
        ],
        "damage": [
            "La ponceuse est arrivée avec le rouleau voilé et le sac à poussière déchiré, elle a creusé mon parquet dès le premier passage. Je ne paierai pas les {amount}"
        ],
        "refund": [
            "J'ai rendu l'échafaudage il y a TROIS semaines avec un bon de retour signé et la caution de {amount} est toujours bloquée. Ras le bol"
        ],
        "wrong_price": [
            "Je suis membre Plus depuis un an et on m'a facturé le tarif non-membre, {amount} de trop. À quoi sert l'abonnement ?"
        ],
        "cancel_fee": [
            "J'ai annulé mardi pour samedi, QUATRE jours avant, et vous me facturez {amount} de frais d'annulation tardive. N'importe quoi"
        ],
    },
    "it": {
        "no_show": [
            "La tagliapiastrelle risulta CONSEGNATA sabato alle 8:14 e non è venuto nessuno. Il piastrellista ha aspettato tutta la mattina e l'ho pagato lo stesso. {amount} buttati, li rivoglio"
        ],
        "double_charge": [
            "Mi avete bloccato la cauzione di {amount} DUE volte per lo stesso noleggio e mi è tornato indietro l'affitto. Sbloccatela oggi per favore"
        ],
        "damage": [
            "La levigatrice è arrivata col rullo storto e il sacco della polvere strappato, al primo passaggio mi ha rigato il parquet di rovere. I {amount} non li pago"
        ],
        "refund": [
            "Ho riconsegnato il ponteggio TRE settimane fa con la bolla firmata e la cauzione di {amount} è ancora bloccata. Ogni volta 'è in lavorazione'"
        ],
        "wrong_price": [
            "Sono socio Plus da un anno e mi avete fatto pagare la tariffa da non socio, {amount} in più. Allora a cosa serve la quota?"
        ],
        "cancel_fee": [
            "Ho disdetto martedì per sabato, QUATTRO giorni prima, e mi addebitate {amount} di penale per disdetta tardiva. Ma dai"
        ],
    },
    "pt": {
        "no_show": [
            "A cortadora aparece como ENTREGUE no sábado às 8:14 e não veio ninguém. O ladrilhador esperou a manhã toda e tive de lhe pagar na mesma. {amount} deitados fora, quero o dinheiro de volta"
        ],
        "double_charge": [
            "Cativaram a caução de {amount} DUAS vezes pelo mesmo aluguer e a renda da casa foi devolvida. Libertem isso hoje por favor"
        ],
        "damage": [
            "A lixadora chegou com o rolo empenado e o saco do pó rasgado e riscou-me o soalho de carvalho logo à primeira. Os {amount} não pago"
        ],
        "refund": [
            "Devolvi o andaime há TRÊS semanas com a guia assinada e a caução de {amount} continua cativa. Sempre 'está em processamento'"
        ],
        "wrong_price": [
            "Sou sócia do Plus há um ano e cobraram-me o preço de não sócio, {amount} a mais. Então pago a quota para quê?"
        ],
        "cancel_fee": [
            "Cancelei na terça para sábado, QUATRO dias antes, e cobraram-me {amount} de cancelamento tardio. Isso não é tardio em lado nenhum"
        ],
    },
}

# Angry social mentions.
BAD_SOCIAL: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "Genial {brand}, cortadora 'entregada' a las 8:14 y aquí no ha aparecido nadie. Alicatador pagado para nada. Vergüenza",
        "double_charge": "{brand} me ha retenido la fianza DOS veces y me han devuelto el alquiler del piso. Alguien me explica??",
        "damage": "Lijadora de {brand} rota de fábrica, parquet de roble con surcos. Estoy que echo humo",
        "refund": "3 semanas esperando {amount} de fianza de {brand}. 3 SEMANAS",
        "wrong_price": "Pago Plus en {brand} para que me cobren precio normal. De risa",
        "cancel_fee": "Cancelo con 4 días y {brand} me clava {amount} de penalización. Cuidado con esta gente",
    },
    "de": {
        "no_show": "Danke {brand}, Fliesenschneider 'geliefert' um 8:14, hier ist nix. Fliesenleger umsonst bezahlt. Unfassbar",
        "double_charge": "{brand} blockiert meine Kaution ZWEIMAL und meine Miete platzt. Hallo??",
        "damage": "Schleifmaschine von {brand} kaputt geliefert, Eichenparkett voller Rillen. Ich koche",
        "refund": "Seit 3 Wochen warte ich auf {amount} Kaution von {brand}. DREI WOCHEN",
        "wrong_price": "Plus bei {brand} bezahlen und dann Normalpreis berechnet bekommen. Lachnummer",
        "cancel_fee": "4 Tage vorher storniert und {brand} zieht {amount} Stornogebühr ab. Finger weg",
    },
    "en": {
        "no_show": "Cheers {brand}, tile cutter 'delivered' at 8:14 and nothing here. Paid the tiler for nothing",
        "double_charge": "{brand} took my deposit TWICE and my rent bounced. Anyone?",
        "damage": "{brand} floor sander broken out of the box, oak floor gouged. Fuming",
        "refund": "3 weeks waiting for my {amount} deposit from {brand}. THREE WEEKS",
        "wrong_price": "Paying for {brand} Plus to get charged the normal rate. Joke",
        "cancel_fee": "Cancelled 4 days ahead and {brand} charge me {amount}. Avoid",
    },
    "fr": {
        "no_show": "Merci {brand}, carrelette 'livrée' à 8h14 et rien ici. Carreleur payé pour rien",
        "double_charge": "{brand} m'a bloqué la caution DEUX fois, loyer rejeté. Sérieux ?",
        "damage": "Ponceuse {brand} cassée dès la sortie, parquet rayé. Je suis furieuse",
        "refund": "3 semaines que j'attends {amount} de caution chez {brand}",
        "wrong_price": "Payer Plus chez {brand} pour avoir le tarif normal. Bravo",
        "cancel_fee": "Annulé 4 jours avant et {brand} me prend {amount}. Fuyez",
    },
    "it": {
        "no_show": "Grazie {brand}, tagliapiastrelle 'consegnata' alle 8:14 e qui niente. Piastrellista pagato a vuoto",
        "double_charge": "{brand} mi blocca la cauzione DUE volte e mi salta l'affitto. Complimenti",
        "damage": "Levigatrice {brand} rotta appena aperta, parquet rigato. Sono furiosa",
        "refund": "3 settimane che aspetto {amount} di cauzione da {brand}",
        "wrong_price": "Pago Plus a {brand} per farmi fare il prezzo pieno. Ridicolo",
        "cancel_fee": "Disdetto 4 giorni prima e {brand} mi prende {amount}. Alla larga",
    },
    "pt": {
        "no_show": "Obrigadinho {brand}, cortadora 'entregue' às 8:14 e aqui nada. Ladrilhador pago para nada",
        "double_charge": "A {brand} cativou a caução DUAS vezes e a renda voltou para trás. A sério?",
        "damage": "Lixadora da {brand} avariada logo ao abrir, soalho riscado. Estou FARTA",
        "refund": "3 semanas à espera de {amount} de caução da {brand}",
        "wrong_price": "Pago o Plus da {brand} para me cobrarem o preço normal. Que piada",
        "cancel_fee": "Cancelo com 4 dias e a {brand} cobra {amount}. Fujam",
    },
}

# Angry phone calls (speech-to-text).
BAD_PHONE: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "si mire llamo porque la cortadora de azulejos me sale como entregada a las 8 y 14 y aquí no ha venido nadie tenía al alicatador esperando y le he pagado igual son {amount} tirados",
        "double_charge": "hola llamo porque me han retenido la fianza dos veces {amount} y {amount} por el mismo alquiler y me han devuelto el recibo del piso",
        "damage": "buenas la lijadora que me trajeron ayer vino rota el rodillo va torcido y me ha hecho surcos en el parquet no puede ser",
        "refund": "hola mire devolví el andamio hace tres semanas y la fianza de {amount} sigue sin aparecer ya he llamado dos veces",
        "wrong_price": "hola soy socia de Plus y me han cobrado precio normal {amount} de más quería que me lo corrigieran",
        "cancel_fee": "si buenas me han cobrado {amount} de penalización y cancelé con cuatro días de antelación tengo el correo",
    },
    "de": {
        "no_show": "ja hallo ich ruf an weil der Fliesenschneider als geliefert drinsteht um 8 Uhr 14 und hier war keiner der Fliesenleger hat gewartet und ich hab ihn trotzdem bezahlt {amount} einfach weg",
        "double_charge": "guten tag die Kaution ist zweimal abgebucht {amount} und nochmal {amount} für dieselbe Miete und jetzt ist meine Miete zurückgegangen",
        "damage": "hallo die Schleifmaschine von gestern ist kaputt die Walze eiert und hat Rillen ins Parkett gemacht das geht so nicht",
        "refund": "ja hallo ich hab das Gerüst vor drei Wochen zurückgegeben und die Kaution von {amount} ist immer noch nicht da ich ruf jetzt zum zweiten mal an",
        "wrong_price": "hallo ich bin Plus Mitglied und mir wurde der normale Preis berechnet {amount} zu viel das hätte ich gern korrigiert",
        "cancel_fee": "guten tag mir wurden {amount} Stornogebühr berechnet obwohl ich vier Tage vorher storniert hab die Bestätigung hab ich",
    },
    "en": {
        "no_show": "yeah hi i'm ringing because the tile cutter says delivered at 8 14 and nobody came the tiler waited all morning that's {amount} gone",
        "double_charge": "hi you've taken the deposit twice {amount} and {amount} for the same hire and my rent bounced",
        "damage": "hi the floor sander from yesterday is broken the drum wobbles and it's gouged my floor",
        "refund": "hiya i returned the scaffold tower three weeks ago and the {amount} deposit still isn't back",
        "wrong_price": "hi i'm on Plus and i've been charged the normal rate {amount} extra can you fix it",
        "cancel_fee": "hi i've been charged {amount} for cancelling and i cancelled four days before i've got the email",
    },
    "fr": {
        "no_show": "oui bonjour la carrelette est marquée livrée à 8 heures 14 et personne n'est venu le carreleur a attendu {amount} pour rien",
        "double_charge": "bonjour vous avez bloqué la caution deux fois {amount} et {amount} et mon loyer a été rejeté",
        "damage": "bonjour la ponceuse d'hier est cassée le rouleau est voilé et elle a rayé mon parquet",
        "refund": "bonjour j'ai rendu l'échafaudage il y a trois semaines et la caution de {amount} n'est toujours pas revenue",
        "wrong_price": "bonjour je suis membre Plus et on m'a facturé le tarif normal {amount} de trop",
        "cancel_fee": "bonjour on m'a facturé {amount} de frais alors que j'ai annulé quatre jours avant",
    },
    "it": {
        "no_show": "sì buongiorno la tagliapiastrelle risulta consegnata alle 8 e 14 e non è venuto nessuno il piastrellista ha aspettato {amount} buttati",
        "double_charge": "buongiorno mi avete bloccato la cauzione due volte {amount} e {amount} e mi è tornato indietro l'affitto",
        "damage": "buongiorno la levigatrice di ieri è rotta il rullo è storto e mi ha rigato il parquet",
        "refund": "buongiorno ho riconsegnato il ponteggio tre settimane fa e la cauzione di {amount} non è ancora tornata",
        "wrong_price": "buongiorno sono socio Plus e mi avete fatto pagare il prezzo pieno {amount} in più",
        "cancel_fee": "buongiorno mi avete addebitato {amount} di penale e ho disdetto quattro giorni prima",
    },
    "pt": {
        "no_show": "sim bom dia a cortadora diz entregue às 8 e 14 e não veio ninguém o ladrilhador esperou {amount} deitados fora",
        "double_charge": "bom dia cativaram a caução duas vezes {amount} e {amount} e a renda foi devolvida",
        "damage": "bom dia a lixadora de ontem veio avariada o rolo está empenado e riscou o soalho",
        "refund": "bom dia devolvi o andaime há três semanas e a caução de {amount} ainda não voltou",
        "wrong_price": "bom dia sou sócia do Plus e cobraram-me o preço normal {amount} a mais",
        "cancel_fee": "bom dia cobraram-me {amount} de taxa e cancelei quatro dias antes",
    },
}

# Long e-mails (Spanish and German): the complaint inside a letter.
LONG_WRAP: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, os escribo desde el puesto del mercado, entre cliente y cliente, que es el único rato que tengo. Este mes estamos reformando la cocina de casa de mi suegra, que se ha venido a vivir con nosotros después de la operación de cadera, y todo va contrarreloj porque el fisio quiere que tenga la casa despejada cuanto antes.",
            "No os escribo para montar un drama, llevo dos años alquilando con vosotros y siempre bien, pero esta vez de verdad que no. Espero respuesta hoy, que mañana vuelvo a estar en el mercado desde las 6. Gracias, {first}",
        ),
        (
            "Buenas tardes. Perdonad el rollo, lo escribo desde el coche en el aparcamiento del colegio esperando a que salgan los mellizos de natación. Estamos arreglando el piso que heredamos de mi tía para alquilarlo antes de septiembre, y yo me encargo de todo porque mi marido trabaja a turnos en el aeropuerto.",
            "Siempre os he recomendado a los compañeros del trabajo, por eso me duele más. Quedo a la espera. Un saludo, {first}",
        ),
    ],
    "de": [
        (
            "Hallo zusammen, ich schreibe das in der Mittagspause auf der Bank vor der Berufsschule, wo ich unterrichte, weil ich sonst nicht dazu komme. Wir renovieren gerade das Haus meiner verstorbenen Oma, damit meine Schwester mit den Kindern im Herbst einziehen kann, und jedes Wochenende ist durchgeplant.",
            "Ich miete seit Jahren bei Ihnen und war immer zufrieden, aber so etwas geht nicht. Ich erwarte heute noch eine Antwort. Viele Grüße, {first}",
        ),
        (
            "Guten Abend, entschuldigen Sie den langen Text, ich sitze im Wartezimmer vom Tierarzt, unser Hund hat sich die Pfote aufgeschnitten. Nebenbei baue ich mit meinem Schwager die Einliegerwohnung im Keller aus, weil meine Mutter nächsten Monat zu uns zieht.",
            "Ich habe Sie bisher jedem empfohlen, umso mehr ärgert mich das. Ich warte auf Ihre Rückmeldung. Mit freundlichen Grüßen, {first}",
        ),
    ],
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {ref} abierta",
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y la revisará el equipo de tu depósito; te escribimos en cuanto sepamos algo. Un saludo, {agent} - Atención al cliente {brand}",
    ),
    "de": (
        "Vorgang {ref} eröffnet",
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt, die Filiale prüft ihn, wir melden uns sobald wir mehr wissen. Viele Grüße, {agent} - Kundenservice {brand}",
    ),
    "en": (
        "Case {ref} opened",
        "Hi {first}, we're really sorry. We've opened case {ref} and your depot will look into it; we'll be back in touch as soon as we know more. {agent} - {brand} Customer Care",
    ),
    "fr": (
        "Demande {ref} ouverte",
        "Bonjour {first}, nous sommes désolés. Nous avons ouvert la demande {ref}, le dépôt s'en occupe et nous revenons vers vous rapidement. {agent} - Service client {brand}",
    ),
    "it": (
        "Segnalazione {ref} aperta",
        "Buongiorno {first}, ci dispiace molto. Abbiamo aperto la segnalazione {ref}, il deposito la sta verificando e la ricontattiamo appena possibile. {agent} - Assistenza {brand}",
    ),
    "pt": (
        "Pedido {ref} aberto",
        "Olá {first}, lamentamos muito. Abrimos o pedido {ref}, a loja vai analisar e voltamos a contactar assim que possível. {agent} - Apoio ao cliente {brand}",
    ),
}

CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {first}. Te he abierto la incidencia {ref} y la paso ahora mismo al depósito. Te escribimos por correo. {agent}",
    "de": "Das tut mir sehr leid, {first}. Ich habe den Vorgang {ref} angelegt und gebe ihn sofort an die Filiale weiter. Wir melden uns per Mail. {agent}",
    "en": "I'm really sorry, {first}. I've opened case {ref} and passed it to the depot now. We'll email you. {agent}",
    "fr": "Je suis vraiment désolée, {first}. J'ai ouvert la demande {ref} et je la transmets au dépôt. On vous écrit par mail. {agent}",
    "it": "Mi dispiace molto, {first}. Ho aperto la segnalazione {ref} e la passo subito al deposito. Le scriviamo per e-mail. {agent}",
    "pt": "Lamento muito, {first}. Abri o pedido {ref} e passei-o já à loja. Enviamos e-mail. {agent}",
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first}, buenas noticias sobre la incidencia {ref}: lo hemos corregido y verás el importe en tu cuenta en 1-3 días. ¿Nos confirmas que te aparece todo bien? Un saludo, {agent}",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first}, gute Nachrichten zu Vorgang {ref}: wir haben es korrigiert, der Betrag ist in 1-3 Tagen auf Ihrem Konto. Können Sie uns bestätigen, dass alles passt? Viele Grüße, {agent}",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first}, good news on case {ref}: it's been put right and the money will show in 1-3 days. Could you confirm it all looks fine? {agent}",
    ),
    "fr": (
        "RE : Demande {ref}",
        "Bonjour {first}, bonne nouvelle pour la demande {ref} : c'est corrigé, le montant arrive sous 1 à 3 jours. Pouvez-vous nous confirmer que tout est en ordre ? {agent}",
    ),
    "it": (
        "R: Segnalazione {ref}",
        "Buongiorno {first}, buone notizie sulla segnalazione {ref}: abbiamo corretto, l'importo arriva in 1-3 giorni. Ci conferma che è tutto a posto? {agent}",
    ),
    "pt": (
        "RE: Pedido {ref}",
        "Olá {first}, boas notícias sobre o pedido {ref}: está corrigido e o valor chega em 1-3 dias. Pode confirmar-nos que está tudo bem? {agent}",
    ),
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Hola, perdonad el tono de ayer, estaba desbordada con la obra. Ya está todo bien, gracias por arreglarlo tan rápido",
        "Buenas, siento lo borde que fui ayer. Gracias por solucionarlo, de verdad",
    ],
    "de": [
        "Hallo, sorry für meinen Ton gestern, die Baustelle hat mich fertig gemacht. Jetzt passt alles, danke fürs schnelle Kümmern",
        "Entschuldigung für gestern, war nicht nett von mir. Danke, dass es so schnell geklärt wurde",
    ],
    "en": [
        "Hi, sorry for my tone yesterday, the house is chaos right now. All sorted, thanks for fixing it so fast"
    ],
    "fr": [
        "Bonjour, désolée pour mon ton hier, j'étais à bout. Tout est réglé, merci d'avoir fait vite"
    ],
    "it": ["Buongiorno, scusate i toni di ieri, ero esaurita col cantiere. Tutto a posto, grazie"],
    "pt": [
        "Olá, desculpem o tom de ontem, estava no limite com as obras. Está tudo resolvido, obrigada"
    ],
}

CSAT_LOW: dict[str, list[str]] = {
    "es": ["mal", "", "sin palabras"],
    "de": ["schlecht", "", "enttäuschend"],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}

NPS_LOW: dict[str, list[str]] = {
    "es": ["De momento no lo recomendaría", "hasta que no me devuelvan el dinero no", ""],
    "de": ["So nicht", "erst wenn das Geld da ist", ""],
    "en": ["not after this", ""],
    "fr": ["pas pour l'instant", ""],
    "it": ["per ora no", ""],
    "pt": ["para já não", ""],
}

# Later contacts of an open problem.
STILL_OPEN: dict[str, list[str]] = {
    "es": [
        "Sigo igual con la incidencia {ref}: {topic}. Nadie me ha dicho nada",
        "Vuelvo a escribir por lo de {ref} ({topic}). Sigue sin resolverse",
        "Incidencia {ref}, otra vez: {topic}. Cuándo me vais a contestar?",
    ],
    "de": [
        "Immer noch nichts zu Vorgang {ref}: {topic}. Keiner meldet sich",
        "Ich schreibe nochmal wegen {ref} ({topic}). Ist immer noch offen",
        "Vorgang {ref}, schon wieder: {topic}. Wann passiert da was?",
    ],
    "en": [
        "Still nothing on case {ref}: {topic}. Nobody has got back to me",
        "Writing again about {ref} ({topic}). Still not sorted",
    ],
    "fr": ["Toujours rien pour la demande {ref} : {topic}. Personne ne me répond"],
    "it": ["Ancora niente sulla segnalazione {ref}: {topic}. Nessuno mi risponde"],
    "pt": ["Continua tudo igual no pedido {ref}: {topic}. Ninguém me diz nada"],
}

STILL_OPEN_PHONE: dict[str, str] = {
    "es": "hola llamo otra vez por la incidencia {ref} lo de {topic} sigue sin arreglar y nadie me llama",
    "de": "ja hallo ich ruf nochmal an wegen Vorgang {ref} {topic} ist immer noch nicht erledigt und keiner ruft zurück",
    "en": "hi it's me again about case {ref} {topic} still isn't sorted and nobody's called",
    "fr": "bonjour je rappelle pour la demande {ref} {topic} toujours rien",
    "it": "buongiorno richiamo per la segnalazione {ref} {topic} ancora niente",
    "pt": "bom dia volto a ligar por causa do pedido {ref} {topic} continua sem solução",
}

THIRD: dict[str, list[str]] = {
    "es": [
        "Es la tercera vez que escribo. Un compañero alquila en {comp} y dice que allí esto se resuelve en el día",
        "Tercera vez ya. He mirado lo que cobra {comp} por lo mismo, para que lo sepáis",
    ],
    "de": [
        "Das ist jetzt das dritte Mal. Ein Kollege mietet bei {comp} und sagt, dort wird sowas am selben Tag geklärt",
        "Dritter Versuch. Ich hab mir schon angeschaut, was {comp} dafür nimmt",
    ],
    "en": [
        "Third time I've written. A mate hires from {comp} and says they sort this the same day"
    ],
    "fr": [
        "Troisième fois que j'écris. Un collègue loue chez {comp} et là-bas c'est réglé dans la journée"
    ],
    "it": [
        "È la terza volta che scrivo. Un collega noleggia da {comp} e dice che lì si risolve in giornata"
    ],
    "pt": [
        "É a terceira vez que escrevo. Um colega aluga na {comp} e diz que lá resolvem no próprio dia"
    ],
}

FOURTH: dict[str, str] = {
    "es": "CUARTA vez que os contacto por esto.",
    "de": "Das VIERTE Mal, dass ich mich deswegen melde.",
    "en": "This is the FOURTH time I'm contacting you about this.",
    "fr": "C'est la QUATRIÈME fois que je vous contacte.",
    "it": "È la QUARTA volta che vi contatto.",
    "pt": "É a QUARTA vez que vos contacto.",
}

ESCALATED: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {ref}: la lleva nuestra responsable de calidad",
        "Hola {first}, sentimos mucho lo ocurrido. Tu incidencia {ref} la lleva ya personalmente nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Un saludo, {agent}",
    ),
    "de": (
        "Vorgang {ref}: an unsere Qualitätsleitung übergeben",
        "Hallo {first}, es tut uns sehr leid. Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an. Viele Grüße, {agent}",
    ),
    "en": (
        "Case {ref}: passed to our quality lead",
        "Hi {first}, we're very sorry. Case {ref} is now with our quality lead personally, who will call you before Friday lunchtime. {agent}",
    ),
    "fr": (
        "Demande {ref} : transmise à notre responsable qualité",
        "Bonjour {first}, toutes nos excuses. Votre demande {ref} est suivie par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    ),
    "it": (
        "Segnalazione {ref}: passata alla responsabile qualità",
        "Buongiorno {first}, ci scusiamo molto. La segnalazione {ref} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. {agent}",
    ),
    "pt": (
        "Pedido {ref}: passado à nossa responsável de qualidade",
        "Olá {first}, pedimos muita desculpa. O pedido {ref} está agora com a nossa responsável de qualidade, que liga antes de sexta ao meio-dia. {agent}",
    ),
}

LATER_CHAT_REPLY: dict[str, str] = {
    "es": "Lo siento, {first}. He añadido tu mensaje a la incidencia {ref} y la he marcado como urgente. {agent}",
    "de": "Tut mir leid, {first}. Ich habe Ihre Nachricht zu Vorgang {ref} hinzugefügt und ihn dringend markiert. {agent}",
    "en": "Sorry, {first}. I've added this to case {ref} and marked it urgent. {agent}",
    "fr": "Désolée, {first}. J'ai ajouté votre message à la demande {ref} en urgent. {agent}",
    "it": "Mi dispiace, {first}. Ho aggiunto il messaggio alla segnalazione {ref} come urgente. {agent}",
    "pt": "Lamento, {first}. Juntei a mensagem ao pedido {ref} como urgente. {agent}",
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, incidencia {ref} resuelta, ya me aparece. Gracias!",
        "Hola, os confirmo lo de {ref}: todo correcto. Gracias por la rapidez",
    ],
    "de": [
        "Bestätigt, Vorgang {ref} ist erledigt, alles da. Danke!",
        "Hallo, zu {ref}: passt jetzt alles. Danke fürs schnelle Klären",
    ],
    "en": ["Confirmed, case {ref} is sorted, all there now. Thanks!"],
    "fr": ["Confirmé, demande {ref} réglée, tout est bon. Merci !"],
    "it": ["Confermo, segnalazione {ref} risolta, tutto a posto. Grazie!"],
    "pt": ["Confirmo, pedido {ref} resolvido, está tudo certo. Obrigada!"],
}

# Six steps of a slide; the last names a competitor.
SLIDE: dict[str, list[str]] = {
    "es": [
        "El reparto de {brand} llegó tres horas tarde y sin avisar. Me tuve que ir al trabajo y lo recogió la vecina. Hasta ahora siempre puntuales, raro",
        "El taladro vino con las brocas usadas y la batería a la mitad. Antes venía todo nuevo y revisado. Qué ha pasado, {brand}?",
        "Ahora la app de {brand} te obliga a hacer foto de cada pieza al devolver. 20 minutos en el mostrador con una cola detrás. Un rollo",
        "Fianza de 300 € por una lijadora y una semana para liberarla. Antes eran 150 y en el día. Cada vez me gusta menos {brand}",
        "YA ESTÁ BIEN. Me cobráis 35 € de 'limpieza' por devolver la limpiadora de moquetas sucia cuando la dejé IMPECABLE, con fotos que hizo vuestra propia app. Nadie las mira. {brand} de mal en peor",
        "Mi cuñado alquila en {comp} desde el verano y no ha tenido ni un problema. Ya tengo reservada allí la escarificadora para el sábado, a ver qué tal",
    ],
    "de": [
        "Die Lieferung von {brand} kam drei Stunden zu spät und ohne Anruf. Musste zur Arbeit, die Nachbarin hat angenommen. Bisher immer pünktlich, komisch",
        "Der Bohrhammer kam mit abgenutzten Bohrern und halbvollem Akku. Früher war alles neu und geprüft. Was ist los, {brand}?",
        "Jetzt muss man in der {brand} App bei der Rückgabe jedes Teil fotografieren. 20 Minuten an der Theke mit Schlange hinter mir. Nervig",
        "300 € Kaution für eine Schleifmaschine und eine Woche bis zur Freigabe. Früher 150 und am selben Tag. {brand} gefällt mir immer weniger",
        "JETZT REICHTS. 35 € 'Reinigungsgebühr' für den Teppichreiniger, den ich BLITZSAUBER zurückgegeben habe, mit Fotos aus eurer eigenen App. Die schaut keiner an. {brand} wird immer schlechter",
        "Mein Schwager mietet seit dem Sommer bei {comp} und hatte kein einziges Problem. Hab den Vertikutierer für Samstag schon dort reserviert, mal sehen",
    ],
    "en": [
        "{brand} delivery three hours late, no call. Had to leave for work, the neighbour took it in. Always on time before, odd",
        "Hammer drill came with worn bits and a half-charged battery. Used to be all new and checked. What's happened, {brand}?",
        "Now the {brand} app wants a photo of every part at return. 20 minutes at the counter with a queue behind me",
        "£260 deposit for a sander and a week to release it. Used to be half that, same day. Liking {brand} less and less",
        "THAT'S IT. £30 'cleaning fee' for the carpet cleaner I returned SPOTLESS, with photos from your own app. Nobody looks at them. {brand} going downhill",
        "My brother-in-law has hired from {comp} since the summer without a single problem. Booked the scarifier there for Saturday",
    ],
    "fr": [
        "Livraison {brand} trois heures en retard sans prévenir. La voisine a réceptionné. D'habitude toujours à l'heure, bizarre",
        "Le perforateur est arrivé avec des forets usés et la batterie à moitié. Avant tout était neuf et vérifié. Qu'est-ce qui se passe {brand} ?",
        "Maintenant l'appli {brand} demande une photo de chaque pièce au retour. 20 minutes au comptoir avec la queue derrière",
        "300 € de caution pour une ponceuse et une semaine pour la débloquer. Avant c'était 150 et le jour même. {brand} me plaît de moins en moins",
        "ÇA SUFFIT. 35 € de 'nettoyage' pour la shampouineuse rendue IMPECCABLE, avec les photos de votre propre appli. Personne ne les regarde",
        "Mon beau-frère loue chez {comp} depuis l'été sans un seul souci. J'ai réservé la scarificatrice chez eux pour samedi",
    ],
    "it": [
        "Consegna {brand} tre ore in ritardo senza avvisare. Ha ritirato la vicina. Di solito sempre puntuali, strano",
        "Il tassellatore è arrivato con punte consumate e batteria a metà. Prima era tutto nuovo e controllato. Che succede {brand}?",
        "Adesso l'app {brand} vuole la foto di ogni pezzo alla riconsegna. 20 minuti al banco con la fila dietro",
        "300 € di cauzione per una levigatrice e una settimana per sbloccarla. Prima 150 e in giornata. {brand} mi piace sempre meno",
        "BASTA. 35 € di 'pulizia' per la lavamoquette riconsegnata PERFETTA, con le foto della vostra app. Nessuno le guarda",
        "Mio cognato noleggia da {comp} da quest'estate senza un problema. Ho già prenotato lì l'arieggiatore per sabato",
    ],
    "pt": [
        "Entrega da {brand} três horas atrasada e sem aviso. A vizinha recebeu. Antes sempre a horas, estranho",
        "O berbequim veio com brocas gastas e bateria a meio. Antes vinha tudo novo e revisto. O que se passa {brand}?",
        "Agora a app da {brand} obriga a fotografar cada peça na devolução. 20 minutos ao balcão com fila atrás",
        "300 € de caução por uma lixadora e uma semana para libertar. Antes eram 150 e no próprio dia. Gosto cada vez menos da {brand}",
        "CHEGA. 35 € de 'limpeza' pela máquina de alcatifas devolvida IMPECÁVEL, com fotos da vossa própria app. Ninguém as vê",
        "O meu cunhado aluga na {comp} desde o verão sem um único problema. Já reservei lá o escarificador para sábado",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja de Werkaro Plus",
            "Hola, me he comprado mi propio kit de herramientas con la paga extra y la reforma ya está acabada, así que quiero darme de baja de Werkaro Plus y cerrar la cuenta. Gracias por todo, {first}",
        ),
        (
            "Cancelar cuenta",
            "Buenas, nos mudamos a un piso en el centro sin jardín ni trastero, ya no voy a necesitar alquilar nada. Quiero cancelar Plus y cerrar mi cuenta. Un saludo",
        ),
    ],
    "de": [
        (
            "Kündigung Werkaro Plus",
            "Hallo, ich habe mir vom Weihnachtsgeld eigenes Werkzeug gekauft und die Renovierung ist fertig. Ich möchte Werkaro Plus kündigen und mein Konto schließen. Danke für alles, {first}",
        ),
        (
            "Konto schließen",
            "Guten Tag, wir ziehen in eine Stadtwohnung ohne Garten und Keller, ich brauche nichts mehr zu mieten. Bitte Plus kündigen und mein Konto löschen. Gruß",
        ),
    ],
    "en": [
        (
            "Cancel Plus",
            "Hi, I've bought my own tool kit and the house is finished, so I'd like to cancel Werkaro Plus and close my account. Thanks for everything, {first}",
        )
    ],
    "fr": [
        (
            "Résiliation Plus",
            "Bonjour, nous déménageons dans un appartement sans jardin, je souhaite résilier Werkaro Plus et fermer mon compte. Merci, {first}",
        )
    ],
    "it": [
        (
            "Disdetta Plus",
            "Buongiorno, ci trasferiamo in un appartamento senza giardino, vorrei disdire Werkaro Plus e chiudere l'account. Grazie, {first}",
        )
    ],
    "pt": [
        (
            "Cancelar Plus",
            "Bom dia, comprei as minhas próprias ferramentas e a obra acabou, quero cancelar o Werkaro Plus e fechar a conta. Obrigado, {first}",
        )
    ],
}

SORRY_GO: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Baja",
        "Hola {first}, qué pena que te vayas. Puedes darte de baja tú mismo en la app o la web, en Mi cuenta > Plus > Cancelar. ¡Gracias por estos años! {agent}",
    ),
    "de": (
        "AW: Kündigung",
        "Hallo {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Mein Konto > Plus > Kündigen selbst kündigen. Danke für die Treue! {agent}",
    ),
    "en": (
        "Re: Cancel",
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under My account > Plus > Cancel. Thanks for hiring with us! {agent}",
    ),
    "fr": (
        "RE : Résiliation",
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Mon compte > Plus > Résilier. Merci ! {agent}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {first}, ci dispiace vederla andare via. Può disdire dall'app o dal sito, Il mio account > Plus > Disdici. Grazie! {agent}",
    ),
    "pt": (
        "RE: Cancelar",
        "Olá {first}, é pena ver-te partir. Podes cancelar na app ou no site, A minha conta > Plus > Cancelar. Obrigado! {agent}",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app de {brand} me cierra la sesión CADA vez que la abro. Otra vez la contraseña",
        "Qué necesidad hay de mandar 'tu alquiler acaba en 2 horas' a las 6 de la mañana, {brand}",
        "Sábado en el mostrador de {brand}: 40 minutos de cola para recoger una lijadora. Como siempre",
        "Los maletines de {brand} con el cierre roto, todos. Se me cayeron las brocas en el garaje",
        "El cable alargador de {brand} otra vez de 5 metros. Así no llego ni al enchufe del jardín",
        "El parking del depósito de {brand} siempre lleno y la carga por la puerta de atrás. Cada vez igual",
        "Ni un triste aviso cuando cambian la hora de entrega. {brand} y su comunicación",
    ],
    "de": [
        "Die {brand} App loggt mich JEDES Mal aus. Schon wieder Passwort",
        "Warum muss um 6 Uhr morgens 'Ihre Miete endet in 2 Stunden' kommen, {brand}",
        "Samstag an der {brand} Theke: 40 Minuten Schlange für eine Schleifmaschine. Wie immer",
        "Die Koffer von {brand} haben alle kaputte Verschlüsse. Bohrer lagen im ganzen Kofferraum",
        "Das Verlängerungskabel von {brand} wieder 5 Meter. Damit komm ich nicht mal bis zur Gartensteckdose",
        "Parkplatz bei {brand} immer voll und Laden nur durch die Hintertür. Jedes Mal",
        "Kein Hinweis wenn sich die Lieferzeit ändert. Kommunikation ist nicht {brand}s Stärke",
    ],
    "en": [
        "The {brand} app logs me out EVERY time. Password again",
        "Why send 'your hire ends in 2 hours' at 6am, {brand}",
        "Saturday at the {brand} counter: 40 minutes queuing for a sander. As usual",
        "Every {brand} case has a broken latch. Drill bits all over the boot",
        "The {brand} extension lead is 5 metres again. Doesn't reach the garden socket",
    ],
    "fr": [
        "L'appli {brand} me déconnecte À CHAQUE fois. Encore le mot de passe",
        "Pourquoi envoyer 'votre location se termine dans 2h' à 6h du matin, {brand}",
        "Samedi au comptoir {brand} : 40 minutes de queue pour une ponceuse",
        "Toutes les mallettes {brand} ont le fermoir cassé",
        "La rallonge {brand} fait encore 5 mètres. Ça n'arrive même pas au jardin",
    ],
    "it": [
        "L'app di {brand} mi slogga OGNI volta. Di nuovo la password",
        "Perché mandare 'il noleggio finisce tra 2 ore' alle 6 di mattina, {brand}",
        "Sabato al banco {brand}: 40 minuti di fila per una levigatrice",
        "Le valigette {brand} hanno tutte la chiusura rotta",
        "La prolunga {brand} è di nuovo di 5 metri, non arriva neanche alla presa del giardino",
    ],
    "pt": [
        "A app da {brand} faz logout TODAS as vezes. Outra vez a palavra-passe",
        "Para quê mandar 'o aluguer acaba em 2 horas' às 6 da manhã, {brand}",
        "Sábado no balcão da {brand}: 40 minutos de fila para uma lixadora",
        "As malas da {brand} têm todas o fecho partido",
        "A extensão da {brand} outra vez de 5 metros. Não chega à tomada do jardim",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Maravilloso, la entrega 'exprés' de {brand} llegó a las 19:40, justo a tiempo para lijar el suelo de noche. Los vecinos encantados 👏",
        "Qué detalle {brand}, la cortasetos venía con el depósito lleno... de la hierba del cliente anterior 😂",
    ],
    "de": [
        "Wunderbar, die 'Express'-Lieferung von {brand} kam um 19:40, perfekt um nachts Parkett zu schleifen. Die Nachbarn freuen sich 👏",
        "Aufmerksam von {brand}, die Heckenschere kam gut gefüllt... mit dem Gras vom Vormieter 😂",
    ],
    "en": [
        "Love it, {brand}'s 'express' delivery arrived at 19:40, just in time to sand the floor at night. Neighbours thrilled 👏"
    ],
    "fr": [
        "Génial, la livraison 'express' {brand} est arrivée à 19h40, pile pour poncer le parquet de nuit. Les voisins ravis 👏"
    ],
    "it": [
        "Fantastico, la consegna 'express' di {brand} è arrivata alle 19:40, giusto in tempo per levigare di notte. Vicini felicissimi 👏"
    ],
    "pt": [
        "Maravilha, a entrega 'expresso' da {brand} chegou às 19:40, mesmo a tempo de lixar o chão à noite. Os vizinhos adoraram 👏"
    ],
}

# Quiet hours: one mild grumble (chat or web form) and the answer.
GRUMBLE_ONCE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, el buscador de la web me sigue enseñando depósitos de Madrid aunque he puesto Sevilla, es un poco lioso",
            "Hola, gracias por avisar, lo pasamos al equipo web. Mientras, puedes fijar tu depósito en Mi cuenta. {agent}",
        ),
        (
            "La app me manda las notificaciones en inglés aunque la tengo en español, nada grave pero raro",
            "Gracias por avisar, lo revisamos. Puedes cambiar el idioma de avisos en Ajustes. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, die Suche auf der Website zeigt mir immer Filialen in Berlin obwohl ich Leipzig eingestellt hab, etwas verwirrend",
            "Hallo, danke für den Hinweis, geht ans Web-Team. Bis dahin können Sie Ihre Filiale unter Mein Konto festlegen. {agent}",
        ),
        (
            "Die App schickt mir Hinweise auf Englisch obwohl sie auf Deutsch steht, nicht schlimm aber seltsam",
            "Danke, wir schauen uns das an. Die Sprache der Hinweise lässt sich unter Einstellungen ändern. {agent}",
        ),
    ],
    "en": [
        (
            "the depot search keeps showing me Manchester though I set Liverpool, bit confusing",
            "Thanks for flagging, we'll pass it on. You can pin your depot under My account meanwhile. {agent}",
        )
    ],
    "fr": [
        (
            "la recherche de dépôts m'affiche toujours Lyon alors que j'ai mis Grenoble",
            "Merci, on transmet. Vous pouvez fixer votre dépôt dans Mon compte. {agent}",
        )
    ],
    "it": [
        (
            "la ricerca depositi mi mostra sempre Milano anche se ho messo Bergamo",
            "Grazie, lo segnaliamo. Può fissare il deposito in Il mio account. {agent}",
        )
    ],
    "pt": [
        (
            "a pesquisa de lojas mostra-me sempre Lisboa apesar de ter posto Setúbal",
            "Obrigado, vamos passar à equipa. Pode fixar a loja em A minha conta. {agent}",
        )
    ],
}

FORM_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Gracias por tu mensaje",
        "Hola {first}, gracias por contárnoslo, lo hemos pasado al equipo correspondiente. Un saludo, {agent}",
    ),
    "de": (
        "Danke für Ihre Nachricht",
        "Hallo {first}, danke für den Hinweis, wir haben ihn ans zuständige Team gegeben. Viele Grüße, {agent}",
    ),
    "en": (
        "Thanks for your message",
        "Hi {first}, thanks for letting us know, we've passed it on. {agent}",
    ),
    "fr": (
        "Merci pour votre message",
        "Bonjour {first}, merci, nous avons transmis à l'équipe. {agent}",
    ),
    "it": ("Grazie del messaggio", "Buongiorno {first}, grazie, l'abbiamo girato al team. {agent}"),
    "pt": ("Obrigado pela mensagem", "Olá {first}, obrigado, passámos à equipa. {agent}"),
}

# Why a bilingual customer writes in their second language.
SECOND_LANGUAGE: dict[str, str] = {
    "es": "works in a Spanish-owned firm",
    "de": "partner's family is German-speaking",
    "en": "works in English all day",
    "fr": "grew up in Brussels",
    "it": "Italian mother",
    "pt": "Portuguese father",
}

# The planted spike: pick-up codes rejected at depot scanners and lockers.
SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "La app de {brand} me da un código de recogida que el escáner del mostrador rechaza: 'código no válido, error PKP-431'. Tengo la furgoneta en marcha y el andamio sin recoger",
        "No puedo recoger nada, la taquilla dice error PKP-431 con el QR de la app. Alguien más??",
        "hola, el QR de recogida no funciona en la taquilla, sale PKP-431. tengo al fontanero esperando la maquina",
    ],
    "de": [
        "Der Abholcode aus der {brand} App wird am Scanner in der Filiale abgelehnt: 'Code ungültig, Fehler PKP-431'. Stehe hier mit dem Anhänger und komm nicht an mein Gerüst",
        "Schließfach öffnet nicht, QR aus der App gibt Fehler PKP-431. Noch jemand?",
        "hallo der abholcode geht nicht, PKP-431 am schliessfach. samstagmorgen, super timing",
    ],
    "en": [
        "The pick-up code from the {brand} app gets rejected at the counter: 'invalid code, error PKP-431'. Can't collect anything"
    ],
    "fr": [
        "Le code de retrait de l'appli {brand} est refusé au scanner : 'code invalide, erreur PKP-431'. Impossible de récupérer ma location"
    ],
    "it": [
        "Il codice di ritiro dell'app {brand} viene rifiutato allo scanner: 'codice non valido, errore PKP-431'. Non riesco a ritirare niente"
    ],
    "pt": [
        "O código de levantamento da app da {brand} é recusado no leitor: 'código inválido, erro PKP-431'. Não consigo levantar nada"
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "es": "Código de recogida no funciona (PKP-431)",
    "de": "Abholcode funktioniert nicht (PKP-431)",
    "en": "Pick-up code not working (PKP-431)",
    "fr": "Code de retrait refusé (PKP-431)",
    "it": "Codice di ritiro non funziona (PKP-431)",
    "pt": "Código de levantamento não funciona (PKP-431)",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, ahora mismo los códigos de recogida fallan en todos los depósitos y taquillas, el equipo técnico ya está en ello. Perdona las molestias. {agent}",
    "de": "Ja, die Abholcodes funktionieren gerade in allen Filialen und Schließfächern nicht, die Technik arbeitet dran. Entschuldigung! {agent}",
    "en": "Yes, pick-up codes are failing at every depot and locker right now, our engineers are on it. Sorry! {agent}",
    "fr": "Oui, les codes de retrait échouent partout en ce moment, nos techniciens sont dessus. Désolée ! {agent}",
    "it": "Sì, i codici di ritiro non funzionano in nessun deposito al momento, i tecnici ci stanno lavorando. Scusi! {agent}",
    "pt": "Sim, os códigos de levantamento estão a falhar em todas as lojas neste momento, a equipa técnica já está a tratar. Desculpe! {agent}",
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Sigue el PKP-431, lo he probado también en la taquilla de fuera y nada",
        "Otra vez PKP-431, ahora con el móvil de mi mujer. Sigo sin poder recoger",
    ],
    "de": [
        "Immer noch PKP-431, auch am Schließfach draußen probiert, nix",
        "Wieder PKP-431, jetzt mit dem Handy meiner Frau. Komm immer noch nicht ran",
    ],
    "en": ["Still PKP-431, tried the outside locker as well, nothing"],
    "fr": ["Toujours PKP-431, essayé aussi au casier dehors, rien"],
    "it": ["Ancora PKP-431, provato anche all'armadietto fuori, niente"],
    "pt": ["Continua PKP-431, tentei também no cacifo de fora, nada"],
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu recogida de hoy",
        "Hola {first}, los códigos de recogida vuelven a funcionar desde las {since}. Sentimos el mal rato: el alquiler de hoy te sale gratis y te hemos dejado {credit} de saldo en la cuenta. {agent}",
    ),
    "de": (
        "Ihre Abholung heute",
        "Hallo {first}, die Abholcodes funktionieren seit {since} Uhr wieder. Entschuldigung für den Ärger: die heutige Miete ist gratis und wir haben Ihnen {credit} Guthaben gutgeschrieben. {agent}",
    ),
    "en": (
        "Your pick-up today",
        "Hi {first}, pick-up codes are working again since {since}. Sorry for the hassle: today's hire is on us and we've added {credit} credit to your account. {agent}",
    ),
    "fr": (
        "Votre retrait d'aujourd'hui",
        "Bonjour {first}, les codes de retrait fonctionnent de nouveau depuis {since}. Désolés : la location du jour est offerte et {credit} de crédit ont été ajoutés. {agent}",
    ),
    "it": (
        "Il ritiro di oggi",
        "Buongiorno {first}, i codici di ritiro funzionano di nuovo dalle {since}. Ci scusiamo: il noleggio di oggi è gratis e abbiamo aggiunto {credit} di credito. {agent}",
    ),
    "pt": (
        "O seu levantamento de hoje",
        "Olá {first}, os códigos de levantamento voltaram a funcionar desde as {since}. Pedimos desculpa: o aluguer de hoje é oferta e juntámos {credit} de crédito à conta. {agent}",
    ),
}

# Lone questions the day before the spike (a code that worked).
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Hola, anoche el QR de recogida me salió gris un momento hasta que subí el brillo, luego salió normal. Mañana funcionará en la taquilla o tengo que hacer algo?",
        "Hola, no hace falta nada: se ve gris con poco brillo, la taquilla lo leerá sin problema. {agent}",
    ),
    "de": (
        "Hallo, gestern Abend war mein Abholcode kurz ausgegraut bis ich die Helligkeit hochgedreht hab, dann normal. Geht der morgen am Schließfach oder muss ich was tun?",
        "Hallo, alles gut: bei wenig Helligkeit wirkt er grau, das Schließfach liest ihn problemlos. {agent}",
    ),
}

SPIKE_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, el mapa de depósitos de la app tarda muchísimo en cargar, un poco pesado la verdad",
            "Hola, gracias por avisar, lo miramos. Mientras, la lista de depósitos carga más rápido. {agent}",
        )
    ],
    "de": [
        (
            "Hallo, die Filialkarte in der App lädt ewig, etwas nervig",
            "Hallo, danke, schauen wir uns an. Die Filialliste lädt schneller. {agent}",
        )
    ],
    "en": [
        (
            "the depot map in the app takes ages to load, bit annoying",
            "Thanks, we'll look at it. The depot list loads faster meanwhile. {agent}",
        )
    ],
    "fr": [
        (
            "la carte des dépôts met une éternité à charger",
            "Merci, on regarde. La liste charge plus vite en attendant. {agent}",
        )
    ],
    "it": [
        (
            "la mappa dei depositi nell'app ci mette una vita",
            "Grazie, verifichiamo. L'elenco carica più in fretta. {agent}",
        )
    ],
    "pt": [
        (
            "o mapa das lojas na app demora imenso a carregar",
            "Obrigado, vamos ver. A lista carrega mais depressa. {agent}",
        )
    ],
}
