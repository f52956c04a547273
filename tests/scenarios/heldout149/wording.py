# ruff: noqa: E501
"""Consumer and spike wording of heldout149 (Nevado, mountain-gear hire). Written from the stories."""

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Iker",
        "Nerea",
        "Álvaro",
        "Carmen",
        "Sergio",
        "Ainhoa",
        "Pablo",
        "Irene",
        "Raúl",
        "Begoña",
        "Diego",
        "Elena",
        "Andrés",
    ],
    "de": [
        "Lena",
        "Matthias",
        "Katrin",
        "Jonas",
        "Sabine",
        "Florian",
        "Miriam",
        "Tobias",
        "Anja",
        "Lukas",
        "Verena",
        "Stefan",
        "Julia",
        "Markus",
        "Theresa",
        "Jürgen",
    ],
    "en": ["Emma", "Oliver", "Siobhan", "Tom", "Hannah", "Ciarán", "Lucy", "James"],
    "fr": ["Camille", "Julien", "Élodie", "Thomas", "Manon", "Nicolas", "Aurélie", "Hugo"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Sara", "Matteo"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Pedro"],
}
LAST: dict[str, list[str]] = {
    "es": [
        "Etxeberria",
        "Gómez",
        "Navarro",
        "Ruiz",
        "Sanz",
        "Ibáñez",
        "Moreno",
        "Castro",
        "Ortega",
        "Gil",
        "Prieto",
        "Lozano",
    ],
    "de": [
        "Huber",
        "Brandl",
        "Zimmermann",
        "Gruber",
        "Steiner",
        "Köhler",
        "Wagner",
        "Hofer",
        "Maier",
        "Lechner",
        "Schütz",
        "Wimmer",
    ],
    "en": ["Murphy", "Clarke", "Walsh", "Bennett", "Hughes", "Kelly"],
    "fr": ["Girard", "Morel", "Fournier", "Lambert", "Rousseau", "Perrin"],
    "it": ["Rossi", "Ferrari", "Colombo", "Bianchi", "Gallo", "Conti"],
    "pt": ["Silva", "Costa", "Pereira", "Ferreira", "Sousa", "Rodrigues"],
}
JOBS: dict[str, list[str]] = {
    "es": [
        "enfermera",
        "profesor",
        "fontanero",
        "administrativa",
        "fisioterapeuta",
        "guía de montaña",
    ],
    "de": [
        "Krankenpfleger",
        "Lehrerin",
        "Elektriker",
        "Steuerberaterin",
        "Bergführer",
        "Physiotherapeutin",
    ],
    "en": ["nurse", "teacher", "accountant", "electrician"],
    "fr": ["infirmière", "professeur", "comptable", "menuisier"],
    "it": ["infermiera", "insegnante", "geometra", "cuoco"],
    "pt": ["enfermeira", "professor", "engenheira", "carpinteiro"],
}
TOWNS: dict[str, list[str]] = {
    "ES": ["Jaca", "Vielha", "Granada", "Pamplona", "Madrid", "Huesca"],
    "DE": ["Garmisch", "Oberstdorf", "München", "Rosenheim", "Kempten"],
    "AT": ["Innsbruck", "Sölden", "Schladming", "Salzburg"],
    "CH": ["Davos", "Chur", "Sion", "Lugano"],
    "UK": ["Manchester", "Leeds", "Bristol"],
    "IE": ["Dublin", "Galway"],
    "FR": ["Chambéry", "Grenoble", "Annecy"],
    "BE": ["Liège", "Namur"],
    "IT": ["Bormio", "Aosta", "Trento"],
    "PT": ["Porto", "Covilhã", "Braga"],
}
AGENTS = ["Nerea", "Jonas", "Marta", "Felix", "Chloé", "Giulia", "Rui", "Hannah"]

#: (label per language, euros, season)
PRODUCTS: list[tuple[dict[str, str], int, str]] = [
    (
        {
            "en": "all-mountain ski set",
            "es": "set de esquí all-mountain",
            "de": "Ski-Set All-Mountain",
            "fr": "pack ski all-mountain",
            "it": "set sci all-mountain",
            "pt": "kit de esqui all-mountain",
        },
        39,
        "winter",
    ),
    (
        {
            "en": "snowboard and boots",
            "es": "snowboard con botas",
            "de": "Snowboard mit Boots",
            "fr": "snowboard et boots",
            "it": "snowboard con scarponi",
            "pt": "snowboard com botas",
        },
        35,
        "winter",
    ),
    (
        {
            "en": "touring set with beacon, shovel and probe",
            "es": "equipo de travesía con ARVA, pala y sonda",
            "de": "Tourenset mit LVS, Schaufel und Sonde",
            "fr": "pack rando avec DVA, pelle et sonde",
            "it": "kit scialpinismo con ARTVA, pala e sonda",
            "pt": "kit de travessia com ARVA, pá e sonda",
        },
        49,
        "winter",
    ),
    (
        {
            "en": "kids' ski set, season",
            "es": "set de esquí infantil, temporada",
            "de": "Kinder-Ski-Set, Saison",
            "fr": "pack ski enfant, saison",
            "it": "set sci bambino, stagione",
            "pt": "kit de esqui criança, época",
        },
        89,
        "winter",
    ),
    (
        {
            "en": "via ferrata set and helmet",
            "es": "set de vía ferrata y casco",
            "de": "Klettersteigset mit Helm",
            "fr": "kit via ferrata et casque",
            "it": "kit da ferrata e casco",
            "pt": "kit de via ferrata e capacete",
        },
        22,
        "summer",
    ),
    (
        {
            "en": "child carrier backpack",
            "es": "mochila portabebés",
            "de": "Kindertrage",
            "fr": "porte-bébé de randonnée",
            "it": "zaino portabimbi",
            "pt": "mochila porta-bebé",
        },
        18,
        "summer",
    ),
    (
        {
            "en": "climbing shoes and harness",
            "es": "pies de gato y arnés",
            "de": "Kletterschuhe und Gurt",
            "fr": "chaussons et baudrier",
            "it": "scarpette e imbrago",
            "pt": "sapatilhas e arnês",
        },
        16,
        "summer",
    ),
    (
        {
            "en": "ski service: edges and wax",
            "es": "puesta a punto: cantos y cera",
            "de": "Skiservice: Kanten und Wachs",
            "fr": "entretien: carres et fart",
            "it": "servizio sci: lamine e sciolina",
            "pt": "afinação: cantos e cera",
        },
        29,
        "any",
    ),
]
PAGES = ["/app/hire", "/shop/season", "/workshop", "/stores", "/help/sizes", "/account/hires"]

PRAISE: dict[str, list[str]] = {
    "es": [
        "Alquilé el {prod} en {brand} y de diez, todo revisado y la talla clavada 👌",
        "Qué gusto llegar a la tienda de {brand} y tenerlo todo preparado con mi nombre, cero colas",
        "el chico del taller de {brand} me lo dejó todo listo en cinco minutos, un crack",
    ],
    "de": [
        "{prod} bei {brand} geliehen, alles geprüft und passt wie angegossen. Top!",
        "Super Service bei {brand}, alles lag mit meinem Namen bereit, keine Warterei",
        "die Jungs in der {brand} Werkstatt haben das in 5 min erledigt, danke!",
    ],
    "en": [
        "Hired the {prod} from {brand}, spotless and fitted properly. Brilliant",
        "{brand} had everything ready with my name on it, in and out in ten minutes",
    ],
    "fr": ["Location du {prod} chez {brand}, nickel et bien réglé. Merci !"],
    "it": ["Noleggiato {prod} da {brand}, tutto perfetto e controllato. Bravissimi"],
    "pt": ["Aluguei o {prod} na {brand} e estava tudo impecável. Recomendo"],
}
AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez que alquilo en {brand} este año y otra vez todo perfecto",
        "Otra vez el mismo chico majo en la tienda de {brand}, da gusto",
    ],
    "de": [
        "Schon wieder alles perfekt bei {brand}, das dritte Mal dieses Jahr",
        "Immer noch begeistert von {brand}, wieder das nette Team am Schalter",
    ],
    "en": ["Third time with {brand} this year and still spot on"],
    "fr": ["Encore une fois impeccable chez {brand}, troisième location"],
    "it": ["Ancora una volta tutto perfetto da {brand}, terzo noleggio"],
    "pt": ["Outra vez tudo perfeito na {brand}, já é a terceira vez"],
}
GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contenta con el {prod}, solo que la bolsa para llevarlo es un desastre. Por lo demás repetiré",
        "Todo genial, pero la app tarda un siglo en cargar la reserva. Aun así, recomendable",
    ],
    "de": [
        "Sehr gut, nur die Tasche für das {prod} ist echt billig. Sonst gerne wieder",
        "Alles top, nur die App braucht ewig zum Laden. Trotzdem empfehlenswert",
    ],
    "en": ["Really good, only the bag for the {prod} is flimsy. Otherwise happy"],
    "fr": ["Très bien, juste le sac du {prod} est fragile. Sinon parfait"],
    "it": ["Molto bene, solo la sacca del {prod} è scadente. Per il resto ottimo"],
    "pt": ["Muito bom, só o saco do {prod} é fraquinho. De resto ótimo"],
}
REVIEW: dict[str, list[str]] = {
    "es": [
        "Material nuevo, personal que sabe de montaña. 5 estrellas",
        "rápido y sin líos, repetiremos",
    ],
    "de": [
        "Neues Material, Personal mit Ahnung. Volle Punktzahl",
        "schnell, freundlich, unkompliziert",
    ],
    "en": ["Good kit, staff who know the mountains. Five stars"],
    "fr": ["Matériel neuf, équipe compétente. Je recommande"],
    "it": ["Materiale nuovo e personale competente. Consigliato"],
    "pt": ["Material novo e equipa que percebe de montanha"],
}
#: (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, puedo recoger el {prod} el viernes por la tarde en vez del sabado?",
            "¡Hola! Sí, claro, te lo dejamos preparado el viernes desde las 17:00.",
        ),
        (
            "porfa, hasta que hora abre la tienda el domingo?",
            "¡Buenas! El domingo abrimos de 8:00 a 18:00.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich das {prod} schon Freitagabend abholen statt Samstag?",
            "Hallo! Ja, es liegt ab Freitag 17 Uhr für Sie bereit.",
        ),
        (
            "bis wann kann ich am Sonntag zurückgeben?",
            "Hallo! Sonntags bis 18 Uhr, danach in der Rückgabebox.",
        ),
    ],
    "en": [
        (
            "Hi, can I collect the {prod} on Friday evening instead?",
            "Hi! Yes, it will be ready for you from 5pm on Friday.",
        )
    ],
    "fr": [
        (
            "Bonjour, je peux récupérer le {prod} vendredi soir ?",
            "Bonjour ! Oui, il sera prêt dès 17h vendredi.",
        )
    ],
    "it": [
        (
            "Ciao, posso ritirare il {prod} venerdì sera?",
            "Ciao! Sì, lo trovi pronto da venerdì alle 17.",
        )
    ],
    "pt": [
        (
            "Olá, posso levantar o {prod} na sexta à tarde?",
            "Olá! Sim, fica pronto a partir das 17h de sexta.",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "es": ["genial gracias!!", "perfecto, mil gracias"],
    "de": ["super, danke!", "Perfekt, vielen Dank"],
    "en": ["brilliant, thanks"],
    "fr": ["super merci"],
    "it": ["perfetto grazie"],
    "pt": ["ótimo, obrigada"],
}
#: (subject, question, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Duda talla botas",
            "Hola, mi hijo ha crecido y no sé si cambiar la talla de las botas de temporada a mitad de invierno. ¿Se puede? Gracias",
            "Hola, sí: pásate por cualquier tienda y se las cambiamos sin coste dentro de la temporada. Un saludo, {agent}",
        ),
        (
            "Factura",
            "Buenas, ¿me podéis mandar la factura del último alquiler a nombre de mi empresa? Gracias",
            "Hola, te la hemos enviado a este correo. Un saludo, {agent}",
        ),
    ],
    "de": [
        (
            "Frage Schuhgröße",
            "Hallo, kann ich die Saison-Skischuhe meiner Tochter mitten im Winter umtauschen, sie ist gewachsen? Danke",
            "Hallo, ja, in jeder Filiale kostenlos während der Saison. Viele Grüße, {agent}",
        ),
        (
            "Rechnung",
            "Guten Tag, können Sie mir die Rechnung der letzten Miete schicken? Danke",
            "Guten Tag, die Rechnung ist unterwegs an diese Adresse. Viele Grüße, {agent}",
        ),
    ],
    "en": [
        (
            "Boot size question",
            "Hi, can I swap my son's season boots mid-winter if he grows? Thanks",
            "Hi, yes, free of charge in any shop during the season. Best, {agent}",
        )
    ],
    "fr": [
        (
            "Question pointure",
            "Bonjour, peut-on changer la pointure des chaussures de saison en cours d'hiver ? Merci",
            "Bonjour, oui, gratuitement dans toutes nos boutiques. Cordialement, {agent}",
        )
    ],
    "it": [
        (
            "Domanda misura",
            "Buongiorno, posso cambiare la misura degli scarponi stagionali a metà inverno? Grazie",
            "Buongiorno, sì, gratis in ogni negozio. Cordiali saluti, {agent}",
        )
    ],
    "pt": [
        (
            "Dúvida tamanho",
            "Olá, posso trocar o tamanho das botas de época a meio do inverno? Obrigado",
            "Olá, sim, sem custos em qualquer loja. Cumprimentos, {agent}",
        )
    ],
}
#: (call transcript, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola quería saber si el {prod} se puede devolver en otra tienda distinta porque bajamos por el otro valle",
            "Hola, como hablamos: puede devolverlo en cualquier tienda {brand}. Un saludo, {agent}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ich das {prod} auch in einer anderen Filiale zurückgeben kann wir fahren ins andere Tal",
            "Hallo, wie besprochen: Rückgabe in jeder {brand} Filiale möglich. Viele Grüße, {agent}",
        )
    ],
    "en": [
        (
            "hi yeah just wondering if i can return the {prod} at a different shop",
            "Hi, as discussed: any {brand} shop takes returns. Best, {agent}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si je peux rendre le {prod} dans une autre boutique",
            "Bonjour, comme convenu: retour possible dans toute boutique {brand}. Cordialement, {agent}",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se posso restituire il {prod} in un altro negozio",
            "Buongiorno, come detto: reso possibile in ogni negozio {brand}. Saluti, {agent}",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se posso devolver o {prod} noutra loja",
            "Bom dia, como falámos: pode devolver em qualquer loja {brand}. Cumprimentos, {agent}",
        )
    ],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["todo perfecto", "👍", "genial"],
    "de": ["alles bestens", "👍", "top"],
    "en": ["great"],
    "fr": ["parfait"],
    "it": ["ottimo"],
    "pt": ["excelente"],
}
NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Las 2 de la mañana y yo preparando la mochila para la vía ferrata de mañana con el material de {brand} jaja",
        "turno de noche en urgencias y ya tengo reservados los esquís de {brand} para el finde 😴",
    ],
    "de": [
        "2 Uhr nachts, Rucksack gepackt, Klettersteigset von {brand} liegt bereit. Kann nicht schlafen vor Vorfreude",
        "Nachtschicht an der Tanke und schon das Wochenend-Set bei {brand} gebucht",
    ],
    "en": ["3am and can't sleep, kit from {brand} all packed for tomorrow"],
    "fr": ["2h du mat, sac prêt avec le matos {brand} pour demain"],
    "it": ["Le 2 di notte e zaino pronto con il kit di {brand} per domani"],
    "pt": ["2 da manhã e a mochila pronta com o material da {brand}"],
}
NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "se puede dejar el material mojado en el buzon de devolucion?",
            "Sí, déjalo en la bolsa que hay dentro del buzón y lo secamos nosotros.",
        ),
        (
            "a que hora empieza la tarifa de fin de semana?",
            "El fin de semana cuenta desde el viernes a las 16:00.",
        ),
    ],
    "de": [
        (
            "kann ich nasses Material in die Rückgabebox legen?",
            "Ja, in den Beutel in der Box, wir trocknen es.",
        ),
        ("ab wann gilt der Wochenendtarif?", "Ab Freitag 16 Uhr."),
    ],
    "en": [
        (
            "can i put wet kit in the return box?",
            "Yes, use the bag inside the box and we'll dry it.",
        )
    ],
    "fr": [
        (
            "on peut déposer du matériel mouillé dans la boîte de retour ?",
            "Oui, dans le sac prévu, on s'occupe du séchage.",
        )
    ],
    "it": [
        (
            "posso lasciare il materiale bagnato nel box di reso?",
            "Sì, nella sacca dentro il box, lo asciughiamo noi.",
        )
    ],
    "pt": [
        (
            "posso deixar o material molhado na caixa de devolução?",
            "Sim, no saco dentro da caixa, nós secamos.",
        )
    ],
}

#: The six consumer problems: (topic words for the subject, the complaint's core)
PROBLEMS = ("no_show", "damage", "refund", "wrong_size", "wrong_price", "service_late")
PROBLEM: dict[str, dict[str, tuple[str, str]]] = {
    "no_show": {
        "es": (
            "material no entregado",
            "la app dice que el material se entregó en el hotel a las 8:10 y allí no hay NADA, los niños en la recepción con el forfait y sin esquís",
        ),
        "de": (
            "Material nicht geliefert",
            "laut App wurde das Material um 8:10 im Hotel übergeben, da ist aber NICHTS, die Kinder stehen mit dem Skipass an der Rezeption ohne Ski",
        ),
        "en": (
            "kit not delivered",
            "the app says the kit was handed over at the hotel at 8:10 and there is NOTHING there, the kids are waiting in reception with lift passes and no skis",
        ),
        "fr": (
            "matériel non livré",
            "l'appli dit que le matériel a été livré à l'hôtel à 8h10 et il n'y a RIEN, les enfants attendent à la réception sans skis",
        ),
        "it": (
            "materiale non consegnato",
            "l'app dice che il materiale è stato consegnato in hotel alle 8:10 e non c'è NIENTE, i bambini aspettano alla reception senza sci",
        ),
        "pt": (
            "material não entregue",
            "a app diz que o material foi entregue no hotel às 8:10 e não há NADA, os miúdos à espera na receção sem esquis",
        ),
    },
    "damage": {
        "es": (
            "esquís en mal estado",
            "los esquís venían con el canto arrancado y la fijación floja, me he caído en la primera bajada y me duele la rodilla",
        ),
        "de": (
            "Ski beschädigt",
            "die Ski hatten eine ausgerissene Kante und die Bindung war locker, ich bin in der ersten Abfahrt gestürzt und das Knie tut weh",
        ),
        "en": (
            "damaged skis",
            "the skis had a ripped edge and a loose binding, I fell on the first run and my knee hurts",
        ),
        "fr": (
            "skis abîmés",
            "les skis avaient une carre arrachée et la fixation desserrée, je suis tombé dès la première descente",
        ),
        "it": (
            "sci danneggiati",
            "gli sci avevano una lamina strappata e l'attacco allentato, sono caduto alla prima discesa",
        ),
        "pt": (
            "esquis danificados",
            "os esquis tinham um canto arrancado e a fixação solta, caí logo na primeira descida",
        ),
    },
    "refund": {
        "es": (
            "fianza no devuelta",
            "devolví todo hace TRES semanas y la fianza de {amt} sigue retenida en mi tarjeta",
        ),
        "de": (
            "Kaution nicht zurück",
            "ich habe vor DREI Wochen alles zurückgegeben und die Kaution von {amt} ist immer noch auf meiner Karte blockiert",
        ),
        "en": (
            "deposit not released",
            "I returned everything THREE weeks ago and the {amt} deposit is still held on my card",
        ),
        "fr": (
            "caution non rendue",
            "j'ai tout rendu il y a TROIS semaines et la caution de {amt} est toujours bloquée",
        ),
        "it": (
            "cauzione non restituita",
            "ho restituito tutto TRE settimane fa e la cauzione di {amt} è ancora bloccata",
        ),
        "pt": (
            "caução não devolvida",
            "devolvi tudo há TRÊS semanas e a caução de {amt} continua retida no cartão",
        ),
    },
    "wrong_size": {
        "es": (
            "botas de otra talla",
            "pedí botas del 42 y me dieron un 39, lo vi ya en la pista, medio día perdido con los pies destrozados",
        ),
        "de": (
            "falsche Schuhgröße",
            "bestellt waren Skischuhe in 42, bekommen habe ich 39, gemerkt erst an der Piste, halber Tag verloren",
        ),
        "en": (
            "wrong boot size",
            "I booked size 8 boots and got a 6, only noticed on the slope, half a day lost",
        ),
        "fr": (
            "mauvaise pointure",
            "j'avais réservé du 42 et on m'a donné du 39, demi-journée perdue",
        ),
        "it": (
            "misura sbagliata",
            "avevo prenotato il 42 e mi hanno dato il 39, mezza giornata persa",
        ),
        "pt": ("tamanho errado", "reservei botas 42 e deram-me 39, meio dia perdido"),
    },
    "wrong_price": {
        "es": (
            "tarifa incorrecta",
            "soy socia Season y me han cobrado la tarifa de día, {amt} de más",
        ),
        "de": (
            "falscher Tarif",
            "ich bin Season-Mitglied und mir wurde der Tagestarif berechnet, {amt} zu viel",
        ),
        "en": ("wrong rate", "I'm a Season member and was charged the day rate, {amt} too much"),
        "fr": (
            "mauvais tarif",
            "je suis membre Season et on m'a facturé le tarif journée, {amt} de trop",
        ),
        "it": (
            "tariffa sbagliata",
            "sono socio Season e mi hanno addebitato la tariffa giornaliera, {amt} in più",
        ),
        "pt": ("tarifa errada", "sou sócia Season e cobraram-me a tarifa diária, {amt} a mais"),
    },
    "service_late": {
        "es": (
            "puesta a punto sin hacer",
            "dejé mis esquís para la puesta a punto con entrega el viernes y el sábado seguían sin tocar, finde sin esquiar",
        ),
        "de": (
            "Skiservice nicht fertig",
            "Ski zum Service abgegeben, fertig versprochen für Freitag, am Samstag unberührt, Wochenende gelaufen",
        ),
        "en": (
            "ski service not done",
            "left my skis for a service promised for Friday and on Saturday they hadn't been touched",
        ),
        "fr": (
            "entretien pas fait",
            "skis déposés pour l'entretien promis vendredi, samedi toujours pas touchés",
        ),
        "it": (
            "servizio non fatto",
            "sci lasciati per il servizio promesso per venerdì, sabato ancora intatti",
        ),
        "pt": (
            "afinação por fazer",
            "deixei os esquis para afinação prometida para sexta e no sábado estavam por fazer",
        ),
    },
}
SUBJECT_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJECT_CASE = {
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
SHORT: dict[str, list[str]] = {
    "es": ["Hola, {core}. Esto no puede ser. Espero respuesta hoy.", "{core}!! YA ESTÁ BIEN"],
    "de": [
        "Hallo, {core}. So geht das nicht. Ich erwarte heute eine Antwort.",
        "{core}. JETZT REICHTS",
    ],
    "en": ["Hello, {core}. Not acceptable, please sort it today."],
    "fr": ["Bonjour, {core}. Inadmissible, merci de régler ça aujourd'hui."],
    "it": ["Buongiorno, {core}. Inaccettabile, aspetto una risposta oggi."],
    "pt": ["Olá, {core}. Inaceitável, aguardo resposta hoje."],
}
SOCIAL_ANGRY: dict[str, list[str]] = {
    "es": ["{brand} {core}. Gracias por nada 😡", "en serio {brand}?? {core}"],
    "de": ["{brand} {core}. Danke für nix 😡", "Echt jetzt {brand}? {core}"],
    "en": ["{brand} {core}. Thanks for nothing"],
    "fr": ["{brand} {core}. Merci pour rien"],
    "it": ["{brand} {core}. Grazie di niente"],
    "pt": ["{brand} {core}. Obrigado por nada"],
}
LONG: dict[str, list[str]] = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde el coche, mientras espero a que mi hija salga de su clase de natación, porque en casa no tengo un minuto desde que mi madre se operó de la cadera. Llevo años alquilando con ustedes, siempre sin problemas, y por eso me cuesta creerlo: {core}. Nadie me ha llamado ni me ha explicado nada.\n\nLes pido que lo resuelvan esta semana y que alguien me conteste por escrito.\n\nAtentamente,\n{name}",
        "Hola:\n\nPerdonen el rollo, escribo desde el banco de la estación esperando el tren. Este invierno quería que fuera tranquilo y resulta que {core}. Somos clientes de hace tiempo y esto no es lo que esperábamos.\n\nQuedo a la espera,\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst keine ruhige Minute habe, seit wir das Haus meiner Schwiegereltern ausräumen. Ich miete seit Jahren bei Ihnen und hatte nie Grund zur Klage, umso ärgerlicher ist Folgendes: {core}. Niemand hat sich gemeldet.\n\nIch bitte um eine schriftliche Antwort und eine Lösung in dieser Woche.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nentschuldigen Sie die lange Mail, ich sitze im Zug nach der Arbeit. Eigentlich wollten wir einen entspannten Winter, aber {core}. Wir sind langjährige Kunden und so etwas erwarten wir nicht.\n\nGrüße\n{name}",
    ],
}
CASE_OPENED = {
    "es": "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y te contestamos en cuanto lo revisemos. Un saludo, {agent}",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns, sobald wir es geprüft haben. Viele Grüße, {agent}",
    "en": "Hi {first}, sorry about this. We've opened case {case} and will come back to you once we've checked. Best, {agent}",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et revenons vers vous rapidement. Cordialement, {agent}",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e ti rispondiamo presto. Saluti, {agent}",
    "pt": "Olá {first}, lamentamos. Abrimos o pedido {case} e respondemos assim que possível. Cumprimentos, {agent}",
}
CHAT_CASE = {
    "es": "Lo siento mucho. Te abro la incidencia {case} ahora mismo y lo revisamos hoy.",
    "de": "Das tut mir leid. Ich lege sofort den Vorgang {case} an, wir prüfen das heute.",
    "en": "I'm sorry. I've opened case {case} and we'll look at it today.",
    "fr": "Désolé. J'ouvre la demande {case}, on regarde aujourd'hui.",
    "it": "Mi dispiace. Apro la segnalazione {case}, verifichiamo oggi.",
    "pt": "Lamento. Abro o pedido {case} e vemos isso hoje.",
}
GOOD_NEWS = {
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está solucionado por nuestra parte. ¿Nos confirmas que te ha llegado todo bien? Un saludo, {agent}",
    "de": "Hallo {first}, gute Nachrichten zum Vorgang {case}: von unserer Seite ist alles erledigt. Können Sie uns bestätigen, dass alles passt? Viele Grüße, {agent}",
    "en": "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm all is well? Best, {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ? Cordialement, {agent}",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: è risolto. Ci confermi? Saluti, {agent}",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? Cumprimentos, {agent}",
}
QUALITY = {
    "es": "Hola {first}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Un saludo, {agent}",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie vor Freitagmittag anruft. Viele Grüße, {agent}",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Best, {agent}",
    "fr": "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi. Cordialement, {agent}",
    "it": "Ciao {first}, la segnalazione {case} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno. Saluti, {agent}",
    "pt": "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga antes de sexta ao meio-dia. Cumprimentos, {agent}",
}
URGENT = {
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "de": "Ich habe es zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "en": "I've added this to case {case} and marked it urgent.",
    "fr": "Ajouté à la demande {case}, marquée urgente.",
    "it": "Aggiunto alla segnalazione {case}, segnata come urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Hola, perdón por el tono de ayer, estaba desbordada. Gracias por solucionarlo tan rápido",
        "perdonad lo de ayer, se me fue la olla. gracias",
    ],
    "de": [
        "Hallo, sorry für meinen Ton gestern, war völlig durch. Danke für die schnelle Lösung",
        "Entschuldigung wegen gestern, war nicht so gemeint. Danke",
    ],
    "en": ["Sorry for my tone yesterday, long day. Thanks for sorting it so fast"],
    "fr": ["Désolée pour mon ton d'hier. Merci d'avoir réglé ça si vite"],
    "it": ["Scusate per il tono di ieri. Grazie per la rapidità"],
    "pt": ["Desculpem o tom de ontem. Obrigada pela rapidez"],
}
CONFIRM = {
    "es": "Confirmado, la incidencia {case} está resuelta. Gracias!",
    "de": "Bestätigt, Vorgang {case} ist erledigt. Danke!",
    "en": "Confirmed, case {case} is sorted. Thanks!",
    "fr": "Confirmé, la demande {case} est réglée. Merci !",
    "it": "Confermo, la segnalazione {case} è risolta. Grazie!",
    "pt": "Confirmado, o pedido {case} está resolvido. Obrigada!",
}
STILL: dict[str, list[str]] = {
    "es": [
        "Incidencia {case}: sigue igual, {core}. Nadie me ha dicho nada",
        "otra vez yo con la {case}. sigue sin resolver: {core}",
    ],
    "de": [
        "Vorgang {case}: immer noch nicht gelöst, {core}. Keiner meldet sich",
        "schon wieder ich wegen {case}, weiterhin offen: {core}",
    ],
    "en": ["Case {case}: still not sorted, {core}. Nobody has been in touch"],
    "fr": ["Demande {case} : toujours rien, {core}"],
    "it": ["Segnalazione {case}: ancora niente, {core}"],
    "pt": ["Pedido {case}: continua igual, {core}"],
}
THIRD = {
    "es": "Tercera vez que escribo por la {case}, sigue abierta. Un compañero alquila en {comp} y allí esto lo arreglan el mismo día",
    "de": "Dritte Nachricht zu {case}, immer noch offen. Ein Kollege leiht bei {comp}, die lösen so was am selben Tag",
    "en": "Third time writing about {case}, still open. I've looked at what {comp} charges",
    "fr": "Troisième message pour {case}, toujours ouvert. J'ai regardé les prix de {comp}",
    "it": "Terza volta per {case}, ancora aperta. Ho guardato i prezzi di {comp}",
    "pt": "Terceira vez pelo {case}, continua aberto. Já vi os preços da {comp}",
}
FOURTH = {
    "es": "CUARTA vez con la {case}. Sigue igual. ¿Alguien lee esto?",
    "de": "VIERTES Mal wegen {case}. Nichts passiert. Liest das jemand?",
    "en": "FOURTH time about {case}. Nothing has changed",
    "fr": "QUATRIÈME fois pour {case}. Rien ne bouge",
    "it": "QUARTA volta per {case}. Niente",
    "pt": "QUARTA vez pelo {case}. Nada",
}
SLIDE: dict[str, list[str]] = {
    "es": [
        "El reparto al hotel llegó tres horas tarde y sin avisar. Primera vez que me pasa con {brand}",
        "Los bastones con la punta gastada y el ARVA con media batería. Un poco dejados ya",
        "Ahora hay que hacer foto de cada pieza al devolver? qué pereza",
        "Fianza doble y una semana para liberarla. Cada vez peor",
        "Me cobran 30 € de 'limpieza' por unos esquís que devolví impecables, con las fotos de SU app. Vergüenza",
        "Mi cuñado alquila en {comp} y ya he reservado allí lo del sábado",
    ],
    "de": [
        "Lieferung ins Hotel drei Stunden zu spät, ohne Anruf. Das erste Mal bei {brand}",
        "Stöcke abgenutzt, LVS halb leer. Lässt nach",
        "Jetzt soll man bei der Rückgabe jedes Teil fotografieren? Nervig",
        "Doppelte Kaution und eine Woche bis zur Freigabe. Wird immer schlechter",
        "30 € 'Reinigungsgebühr' für Ski, die ich tadellos zurückgegeben habe, mit den Fotos IHRER App. Frechheit",
        "Mein Schwager leiht bei {comp}, ich habe das Wochenende dort gebucht",
    ],
    "en": [
        "Hotel delivery three hours late, no call. First time with {brand}",
        "Worn poles and a half-charged beacon. Slipping",
        "Now we have to photograph every piece at return?",
        "Deposit held twice and a week to release it. Getting worse",
        "£25 'cleaning fee' for skis I returned spotless, with photos from YOUR app. Shameful",
        "My brother-in-law hires from {comp}, Saturday is booked there",
    ],
    "fr": [
        "Livraison à l'hôtel trois heures en retard, sans appel. Une première avec {brand}",
        "Bâtons usés, DVA à moitié chargé",
        "Il faut photographier chaque pièce au retour maintenant ?",
        "Caution doublée et une semaine pour la libérer",
        "30 € de 'nettoyage' pour des skis rendus impeccables, photos de VOTRE appli à l'appui",
        "Mon beau-frère loue chez {comp}, samedi c'est réservé là-bas",
    ],
    "it": [
        "Consegna in hotel con tre ore di ritardo, senza chiamare. Prima volta con {brand}",
        "Bastoncini consumati e ARTVA mezzo scarico",
        "Adesso bisogna fotografare ogni pezzo alla restituzione?",
        "Cauzione doppia e una settimana per sbloccarla",
        "30 € di 'pulizia' per sci restituiti perfetti, con le foto della VOSTRA app. Vergogna",
        "Mio cognato noleggia da {comp}, sabato ho prenotato lì",
    ],
    "pt": [
        "Entrega no hotel com três horas de atraso, sem aviso. Primeira vez com a {brand}",
        "Bastões gastos e ARVA com meia bateria",
        "Agora é preciso fotografar cada peça na devolução?",
        "Caução a dobrar e uma semana para libertar",
        "30 € de 'limpeza' por esquis devolvidos impecáveis, com fotos da VOSSA app. Vergonha",
        "O meu cunhado aluga na {comp}, sábado já reservei lá",
    ],
}
LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja Season",
            "Hola, con la paga extra me he comprado mi propio equipo y ya no lo necesito. Quiero darme de baja de {brand} Season y cerrar la cuenta. Gracias por todo",
        ),
        (
            "Cancelar cuenta",
            "Buenas, nos mudamos a la costa y se acabó la montaña. Quiero cancelar Season y cerrar mi cuenta, gracias",
        ),
    ],
    "de": [
        (
            "Kündigung Season",
            "Hallo, ich habe mir mit dem Bonus eigene Ausrüstung gekauft. Bitte kündigen Sie mein {brand} Season und schließen Sie das Konto",
        ),
        (
            "Konto schließen",
            "Guten Tag, wir ziehen ans Meer, Schluss mit Bergen. Ich möchte Season kündigen und mein Konto schließen",
        ),
    ],
    "en": [
        (
            "Cancel Season",
            "Hi, I've bought my own kit with my bonus. Please cancel my {brand} Season and close my account",
        )
    ],
    "fr": [
        (
            "Résiliation Season",
            "Bonjour, j'ai acheté mon propre matériel. Je souhaite résilier {brand} Season et fermer mon compte",
        )
    ],
    "it": [
        (
            "Disdetta Season",
            "Buongiorno, ho comprato l'attrezzatura. Vorrei disdire {brand} Season e chiudere l'account",
        )
    ],
    "pt": [
        (
            "Cancelar Season",
            "Olá, comprei o meu próprio material. Quero cancelar o {brand} Season e fechar a conta",
        )
    ],
}
SORRY_GO = {
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web, en Mi cuenta. Un saludo, {agent}",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. Viele Grüße, {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website. Best, {agent}",
    "fr": "Bonjour {first}, dommage. Vous pouvez résilier dans l'appli ou sur le site. Cordialement, {agent}",
    "it": "Ciao {first}, ci dispiace. Puoi disdire dall'app o dal sito. Saluti, {agent}",
    "pt": "Olá {first}, lamentamos. Pode cancelar na app ou no site. Cumprimentos, {agent}",
}
GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez",
        "El SMS de 'tu alquiler acaba en 2 horas' a las 6 de la mañana, en serio",
        "40 minutos de cola el sábado en la tienda",
        "el cierre de la funda de esquís roto otra vez",
        "el parking de la tienda siempre lleno",
    ],
    "de": [
        "App meldet mich jedes Mal ab, nervt",
        "SMS 'Miete endet in 2 Stunden' um 6 Uhr früh, echt jetzt",
        "40 Minuten Schlange am Samstag",
        "Reißverschluss der Skitasche schon wieder kaputt",
        "Parkplatz am Laden immer voll",
    ],
    "en": ["The app logs me out every time", "40 minute queue on Saturday again"],
    "fr": ["L'appli me déconnecte à chaque fois", "40 minutes de queue samedi"],
    "it": ["L'app mi disconnette ogni volta", "40 minuti di coda sabato"],
    "pt": ["A app desliga-me a sessão sempre", "40 minutos de fila no sábado"],
}
SARCASM: dict[str, list[str]] = {
    "es": [
        "Entrega 'exprés' a las 19:40, justo a tiempo para esquiar de noche 👏",
        "Casco 'desinfectado' con pelos del anterior cliente, qué detalle 😂",
    ],
    "de": [
        "'Express'-Lieferung um 19:40, perfekt zum Nachtskifahren 👏",
        "Helm 'desinfiziert', mit Haaren vom Vormieter 😂",
    ],
    "en": ["'Express' delivery at 7:40pm, just in time for night skiing 👏"],
    "fr": ["Livraison 'express' à 19h40, pile pour skier de nuit 👏"],
    "it": ["Consegna 'express' alle 19:40, giusto per sciare di notte 👏"],
    "pt": ["Entrega 'expresso' às 19:40, mesmo a tempo de esquiar à noite 👏"],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "el buscador de tiendas me sale otra ciudad, es normal?",
            "Gracias por avisar, lo pasamos al equipo de la app.",
        ),
        ("la app me llega en inglés aunque la tengo en español", "Gracias, lo revisamos."),
    ],
    "de": [
        (
            "die Filialsuche zeigt mir eine andere Stadt an?",
            "Danke für den Hinweis, geben wir ans App-Team weiter.",
        ),
        (
            "Benachrichtigungen kommen auf Englisch obwohl Deutsch eingestellt",
            "Danke, wir schauen uns das an.",
        ),
    ],
    "en": [("the shop finder shows the wrong town", "Thanks, passed to the app team.")],
    "fr": [("la recherche de boutique affiche une autre ville", "Merci, transmis à l'équipe.")],
    "it": [("la ricerca negozi mostra un'altra città", "Grazie, lo segnaliamo.")],
    "pt": [("a pesquisa de lojas mostra outra cidade", "Obrigado, passamos à equipa.")],
}

# The spike (topic_spike only).
SPIKE: dict[str, list[str]] = {
    "es": [
        "{brand} la comprobación de ARVA de la app me ha dejado el aparato alquilado en modo BÚSQUEDA y no vuelve a emisión, error BCN:SRCH-7. Estamos en el parking a punto de salir y nadie del grupo emite!!",
        "Hola, hago el test de ARVA en la app antes de la travesía y el ARVA se pone en búsqueda y no hay manera de volver a emitir. Error BCN:SRCH-7. Así no salimos al monte",
        "no me lo puedo creer, los tres ARVA alquilados en busqueda desde el chequeo de la app, BCN:SRCH-7 y el botón de emitir no hace nada",
    ],
    "de": [
        "{brand} nach dem LVS-Check in der App steht mein geliehenes Gerät auf SUCHEN und geht nicht mehr auf Senden zurück. Fehler BCN:SRCH-7. Wir stehen am Parkplatz, keiner aus der Gruppe sendet!",
        "Guten Morgen, der Gruppencheck in der App hat alle vier Leih-LVS auf Suchen gestellt, Senden geht nicht mehr, nur BCN:SRCH-7. So gehen wir nicht auf Tour.",
        "LVS hängt im Suchmodus seit dem App-Check, BCN:SRCH-7, Tour abgesagt. Was ist da los??",
    ],
    "en": [
        "The beacon check in the {brand} app put my hired transceiver into SEARCH and it won't go back to send, error BCN:SRCH-7. We're at the trailhead and none of us is transmitting"
    ],
    "fr": [
        "Le test DVA dans l'appli {brand} a mis mon DVA loué en recherche, impossible de repasser en émission, erreur BCN:SRCH-7. On est au parking, personne n'émet"
    ],
    "it": [
        "Il check ARTVA nell'app {brand} ha messo l'ARTVA noleggiato in ricerca e non torna in trasmissione, errore BCN:SRCH-7. Siamo al parcheggio, nessuno trasmette"
    ],
    "pt": [
        "O teste do ARVA na app {brand} pôs o aparelho alugado em pesquisa e não volta a emitir, erro BCN:SRCH-7. Estamos no parque, ninguém emite"
    ],
}
SPIKE_SUBJECT = {
    "es": "ARVA en búsqueda BCN:SRCH-7",
    "de": "LVS im Suchmodus BCN:SRCH-7",
    "en": "Beacon stuck in search BCN:SRCH-7",
    "fr": "DVA bloqué BCN:SRCH-7",
    "it": "ARTVA bloccato BCN:SRCH-7",
    "pt": "ARVA bloqueado BCN:SRCH-7",
}
SPIKE_AGAIN = {
    "es": "sigue igual, BCN:SRCH-7 también con el móvil de mi pareja, el ARVA no emite",
    "de": "immer noch BCN:SRCH-7, auch mit dem Handy meiner Frau, das LVS sendet nicht",
    "en": "still BCN:SRCH-7, tried my partner's phone too, the beacon won't transmit",
    "fr": "toujours BCN:SRCH-7, même avec le téléphone de ma femme",
    "it": "ancora BCN:SRCH-7, anche con il telefono di mia moglie",
    "pt": "continua BCN:SRCH-7, mesmo com o telemóvel da minha mulher",
}
SPIKE_CHAT_A = {
    "es": "Sí, el test de ARVA de la app está dejando los aparatos en búsqueda ahora mismo. No salgáis con ellos; nuestros técnicos están en ello.",
    "de": "Ja, der LVS-Check der App stellt die Geräte gerade auf Suchen. Bitte nicht damit losgehen, unsere Techniker sind dran.",
    "en": "Yes, the app's beacon check is leaving devices in search right now. Please don't set off with them; our engineers are on it.",
    "fr": "Oui, le test DVA de l'appli bloque les appareils en recherche. Ne partez pas avec, nos techniciens s'en occupent.",
    "it": "Sì, il check dell'app sta lasciando gli ARTVA in ricerca. Non partite, i tecnici ci stanno lavorando.",
    "pt": "Sim, o teste da app está a deixar os aparelhos em pesquisa. Não saiam com eles, os técnicos estão a tratar.",
}
SPIKE_FIXED = {
    "es": "Hola {first}, los ARVA vuelven a emitir con normalidad desde las {t} (hora local): basta con apagar y encender el aparato. El alquiler de hoy corre de nuestra cuenta y te hemos abonado {amt}. Un saludo, {agent}",
    "de": "Hallo {first}, die LVS senden seit {t} Uhr (Ortszeit) wieder normal: einfach aus- und einschalten. Die heutige Miete übernehmen wir, {amt} sind gutgeschrieben. Viele Grüße, {agent}",
    "en": "Hi {first}, beacons transmit normally again since {t} (local time): switch off and on. Today's hire is on us, {amt} credited. Best, {agent}",
    "fr": "Bonjour {first}, les DVA émettent de nouveau depuis {t} (heure locale). La location du jour est offerte, {amt} crédités. Cordialement, {agent}",
    "it": "Ciao {first}, gli ARTVA trasmettono di nuovo dalle {t} (ora locale). Il noleggio di oggi è offerto, {amt} accreditati. Saluti, {agent}",
    "pt": "Olá {first}, os ARVA voltaram a emitir desde as {t} (hora local). O aluguer de hoje é por nossa conta, {amt} creditados. Cumprimentos, {agent}",
}
LONE = {
    "es": (
        "ayer en el test de ARVA de la app el aparato pitó dos veces antes de dar OK, es normal? mañana salimos de travesía",
        "Sí, es normal: el doble pitido confirma el paso a emisión. El test salió bien, ¡buena travesía!",
    ),
    "de": (
        "gestern beim LVS-Check in der App hat das Gerät zweimal gepiept bevor OK kam, ist das normal? Wir gehen morgen auf Tour",
        "Ja, das doppelte Piepen bestätigt den Sendemodus. Alles in Ordnung, schöne Tour!",
    ),
}
