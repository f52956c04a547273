# ruff: noqa: E501
"""Consumer and spike wording for heldout97 (Glanzaro car washes), written from the stories.

Placeholders: {first} (the customer's first name), {brand}, {case}, {comp}, {amt},
{station}, {agent}, {time}, {code}. Every table is keyed by language.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

BRAND = "Glanzaro"
COMPETITORS = ("Schaumrad", "Espumia")
SPIKE_CODE = "A0-714/W"

PRODUCTS = [
    ("Premium tunnel wash / Premium-Waschstraße", 14.90, "/washes/tunnel-premium"),
    ("Basic tunnel wash / Basis-Waschstraße", 8.90, "/washes/tunnel-basic"),
    ("Interior valet at home / Innenreinigung zuhause", 49.00, "/valet/interior"),
    ("Self-service bay, 20 min / SB-Waschplatz, 20 Min", 6.00, "/bays/token"),
    ("Hand wash and wax / Handwäsche mit Wachs", 34.00, "/washes/hand-wax"),
    ("Headlight restoration / Scheinwerfer-Aufbereitung", 39.00, "/extras/headlights"),
    ("Leather seat care / Lederpflege", 29.00, "/extras/leather"),
]
PAGES = [
    "/pass",
    "/stations",
    "/washes/tunnel-premium",
    "/valet/interior",
    "/app/history",
    "/extras",
]

PRAISE: Table = {
    "en": [
        "Car came out of the {brand} tunnel spotless, even the wheel arches. Lovely job",
        "third time this month at {brand} and the dryer still leaves no streaks, well impressed",
        "Shoutout to the lad at the {station} bays who showed my son how to use the foam brush properly 👍",
        "{brand} valet did the kids' car seats too. Whole car smells of nothing for once. Cheers",
        "Again a perfect wash. Pass paid for itself by the second week tbh",
    ],
    "de": [
        "Auto kommt aus der {brand}-Waschstraße wie frisch vom Händler. Top!",
        "Schon wieder super gewaschen, die Felgen glänzen endlich mal",
        "Der Mitarbeiter in {station} hat mir ungefragt die Hundehaare aus dem Kofferraum gesaugt. Danke {brand}",
        "Immer noch begeistert vom Pass: rein, 4 Minuten, raus, sauber",
        "Innenreinigung bei uns vor der Tür, während ich im Homeoffice war. Genial",
    ],
    "fr": [
        "Voiture impeccable après le tunnel {brand}, même les jantes",
        "Troisième fois ce mois-ci chez {brand}, toujours nickel et l'équipe de {station} est adorable",
    ],
    "es": [
        "El coche salió del túnel de {brand} brillando, hasta las llantas",
        "Otra vez genial la limpieza interior en casa, el chico de {brand} muy majo",
    ],
    "it": [
        "Macchina lucidissima dopo il tunnel {brand}, anche i cerchi",
        "Terza volta questo mese da {brand} a {station}, sempre perfetto",
    ],
    "pt": [
        "Carro saiu do túnel da {brand} a brilhar, até as jantes",
        "Mais uma vez impecável a limpeza interior, o rapaz da {brand} foi cinco estrelas",
    ],
}

PRAISE_GRIPE: Table = {
    "en": [
        "Great wash as always, only the hoover at bay 3 in {station} barely sucks. Otherwise happy",
        "Valet was brilliant, just wish the app told me when he's ten minutes away",
    ],
    "de": [
        "Wäsche top, nur der Sauger an Platz 2 in {station} zieht kaum. Sonst gerne wieder",
        "Innenreinigung super, nur die Terminbestätigung kam erst am Abend davor",
        "Pass lohnt sich total. Einziger Wunsch: Quittung bitte als PDF und nicht nur in der App",
    ],
    "fr": ["Lavage parfait, juste l'aspirateur de la piste 2 qui est faible"],
    "es": ["Lavado de diez, solo que la aspiradora del box 2 no chupa nada"],
    "it": ["Lavaggio ottimo, solo l'aspirapolvere della piazzola 2 è debole"],
    "pt": ["Lavagem top, só o aspirador da box 2 é fraquinho"],
}

QUESTIONS: Pairs = {
    "en": [
        (
            "hi, does the Pass cover the self-service bays or only the tunnel?",
            "Hi {first}, the Pass covers tunnel washes; at the self-service bays you get 20% off with it. Anything else?",
        ),
        (
            "Can I take a roof box through the tunnel?",
            "Hi {first}, roof boxes up to 45 cm high are fine, just fold the aerial. Have a good wash!",
        ),
        (
            "do you do 7 seaters for the home valet, same price?",
            "Hi {first}, yes, seven-seaters are a small surcharge, the app shows it before you book.",
        ),
        (
            "If I skip a month on the Pass do the washes carry over?",
            "Hi {first}, up to 4 unused washes carry over into the next month.",
        ),
    ],
    "de": [
        (
            "Hallo, gilt der Pass auch für die SB-Plätze oder nur für die Waschstraße?",
            "Hallo {first}, der Pass gilt für die Waschstraße; an den SB-Plätzen gibt es damit 20 % Rabatt. Noch etwas?",
        ),
        (
            "kann ich mit Dachbox durch die Waschstraße?",
            "Hallo {first}, Dachboxen bis 45 cm Höhe sind kein Problem, nur die Antenne einklappen.",
        ),
        (
            "Kommt die Innenreinigung auch zum Firmenparkplatz oder nur nach Hause?",
            "Hallo {first}, auch zum Arbeitsplatz, Sie geben die Adresse einfach bei der Buchung an.",
        ),
        (
            "Verfallen nicht genutzte Wäschen am Monatsende?",
            "Hallo {first}, bis zu 4 Wäschen werden in den nächsten Monat übernommen.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le Pass marche aussi pour les pistes libre-service ?",
            "Bonjour {first}, le Pass couvre le tunnel ; en libre-service vous avez 20 % de remise.",
        ),
        (
            "on peut passer avec un coffre de toit ?",
            "Bonjour {first}, oui jusqu'à 45 cm de haut, pensez juste à replier l'antenne.",
        ),
    ],
    "es": [
        (
            "hola, el Pass vale para los boxes de autoservicio?",
            "Hola {first}, el Pass cubre el túnel; en autoservicio tienes un 20 % de descuento.",
        ),
        (
            "Se puede pasar por el túnel con cofre de techo?",
            "Hola {first}, sí, hasta 45 cm de alto, solo pliega la antena.",
        ),
    ],
    "it": [
        (
            "Ciao, il Pass vale anche per le piazzole self-service?",
            "Ciao {first}, il Pass copre il tunnel; al self-service hai il 20 % di sconto.",
        ),
        (
            "posso passare nel tunnel col box sul tetto?",
            "Ciao {first}, sì fino a 45 cm di altezza, basta abbassare l'antenna.",
        ),
    ],
    "pt": [
        (
            "Olá, o Pass dá para as boxes self-service?",
            "Olá {first}, o Pass cobre o túnel; no self-service tem 20 % de desconto.",
        ),
        (
            "posso passar no túnel com a mala de tejadilho?",
            "Olá {first}, sim, até 45 cm de altura, só tem de baixar a antena.",
        ),
    ],
}

THANKS: Table = {
    "en": ["thanks!", "perfect, cheers", "great, thank you 🙂", "ta"],
    "de": ["Danke!", "super, danke dir", "alles klar, danke", "perfekt 👍"],
    "fr": ["merci !", "parfait merci"],
    "es": ["gracias!", "genial, gracias"],
    "it": ["grazie!", "perfetto grazie"],
    "pt": ["obrigado!", "obg 🙂"],
}

PHONE_Q: Pairs = {
    "en": [
        (
            "hi yeah I wanted to ask if the Pass carries over if I dont use all the washes this month",
            "Hello {first},\n\nthanks for your call. As promised: up to 4 unused washes carry over into the next month, you can see them in the app under Pass.\n\n{agent}, {brand} Customer Care",
        ),
        (
            "hello its about the interior valet can your guy come to my work car park instead of home",
            "Hello {first},\n\nfollowing your call: yes, the valet can come to your work car park, just put that address in when you book.\n\n{agent}, {brand} Customer Care",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ich den Pass auch für das Auto von meiner Frau nehmen kann",
            "Hallo {first},\n\ndanke für Ihren Anruf. Wie besprochen: Sie können im Pass ein zweites Kennzeichen hinterlegen, das kostet 5 € im Monat mehr.\n\n{agent}, {brand} Kundenservice",
        ),
        (
            "guten Tag ähm ich hab ne Frage zur Innenreinigung macht ihr auch Hundehaare raus",
            "Hallo {first},\n\nwie am Telefon besprochen: ja, Tierhaare sind in der Innenreinigung dabei, bei sehr vielen Haaren buchen Sie am besten das Extra Tierhaar.\n\n{agent}, {brand} Kundenservice",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si les lavages non utilisés du Pass sont reportés",
            "Bonjour {first},\n\nsuite à votre appel : jusqu'à 4 lavages non utilisés sont reportés sur le mois suivant.\n\n{agent}, Service client {brand}",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el de la limpieza interior puede venir al parking del trabajo",
            "Hola {first},\n\ntras tu llamada: sí, puede ir al parking del trabajo, pon esa dirección al reservar.\n\n{agent}, Atención al cliente {brand}",
        )
    ],
    "it": [
        (
            "pronto salve volevo sapere se i lavaggi non usati del Pass passano al mese dopo",
            "Ciao {first},\n\ncome detto al telefono: fino a 4 lavaggi non usati passano al mese successivo.\n\n{agent}, Servizio clienti {brand}",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se as lavagens que não uso passam para o mês seguinte",
            "Olá {first},\n\nna sequência da sua chamada: até 4 lavagens não usadas passam para o mês seguinte.\n\n{agent}, Apoio ao cliente {brand}",
        )
    ],
}

REVIEWS: Table = {
    "en": [
        "Quick, friendly, car spotless. 5 stars",
        "Good wash, dryer could be stronger on the roof but fine",
    ],
    "de": [
        "Schnell, freundlich, Auto blitzsauber",
        "Gute Wäsche, am Heck bleiben ein paar Tropfen, aber passt",
    ],
    "fr": ["Rapide et impeccable"],
    "es": ["Rápido y el coche perfecto"],
    "it": ["Veloce e macchina perfetta"],
    "pt": ["Rápido e carro impecável"],
}

SURVEY_WORDS: Table = {
    "en": ["great", "👍", "easy as", "quick and clean", ""],
    "de": ["top", "👍", "alles bestens", "schnell und sauber", ""],
    "fr": ["nickel", "👍", ""],
    "es": ["genial", "👍", ""],
    "it": ["ottimo", "👍", ""],
    "pt": ["top", "👍", ""],
}

NIGHT_POSTS: Table = {
    "en": [
        "2am and I've just booked tomorrow's valet because the dog was sick in the back again. love that I can do this at night",
        "Night shift done, 4am and the 24h {brand} tunnel in {station} is all mine. Best wash of my life",
        "cant sleep so I'm watching the {brand} foam video on loop. this is who I am now",
    ],
    "de": [
        "Nachtschicht vorbei, 3 Uhr, und die 24h-Waschstraße von {brand} in {station} gehört mir allein. Herrlich",
        "Kann nicht schlafen, hab um halb zwei die Innenreinigung für Samstag gebucht. Läuft bei {brand}",
        "1 Uhr nachts, Auto nach dem Umzug voller Sand, {brand} rettet mich morgen früh",
    ],
    "fr": ["Sortie du service de nuit, 3h, tunnel {brand} de {station} rien que pour moi"],
    "es": [
        "Salgo del turno de noche, las 3 y el túnel de {brand} en {station} para mí sola. Gloria"
    ],
    "it": ["Fine turno di notte, le 3, tunnel {brand} di {station} tutto per me"],
    "pt": ["Fim do turno da noite, 3 da manhã e o túnel da {brand} em {station} só para mim"],
}

NIGHT_QUESTIONS: Pairs = {
    "en": [
        (
            "is the {station} tunnel really open all night? heading there after my shift",
            "Hi {first}, yes, it's open 24/7 and takes the app and cards all night. Drive safe!",
        )
    ],
    "de": [
        (
            "Hat die Waschstraße in {station} wirklich die ganze Nacht offen? Komm grad von der Schicht",
            "Hallo {first}, ja, rund um die Uhr, die App und Karten gehen die ganze Nacht.",
        )
    ],
    "fr": [
        (
            "le tunnel de {station} est vraiment ouvert la nuit ?",
            "Bonjour {first}, oui, 24h/24, l'appli et la carte marchent toute la nuit.",
        )
    ],
    "es": [
        (
            "el túnel de {station} abre de verdad toda la noche?",
            "Hola {first}, sí, 24 horas, con la app o tarjeta.",
        )
    ],
    "it": [
        (
            "il tunnel di {station} è aperto davvero tutta la notte?",
            "Ciao {first}, sì, 24 ore su 24, con app o carta.",
        )
    ],
    "pt": [
        (
            "o túnel de {station} está mesmo aberto a noite toda?",
            "Olá {first}, sim, 24 horas, com a app ou cartão.",
        )
    ],
}

# The six consumer problems: what happened, in the customer's words (no closing punctuation).
PROBLEM_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "valet never came",
        "de": "Innenreinigung nicht gekommen",
        "fr": "nettoyage jamais venu",
        "es": "limpieza que nunca vino",
        "it": "pulizia mai arrivata",
        "pt": "limpeza que nunca veio",
    },
    "double_charge": {
        "en": "Pass charged twice",
        "de": "Pass doppelt abgebucht",
        "fr": "Pass débité deux fois",
        "es": "Pass cobrado dos veces",
        "it": "Pass addebitato due volte",
        "pt": "Pass cobrado duas vezes",
    },
    "damage": {
        "en": "mirror broken in the tunnel",
        "de": "Spiegel in der Waschstraße abgerissen",
        "fr": "rétroviseur cassé dans le tunnel",
        "es": "retrovisor roto en el túnel",
        "it": "specchietto rotto nel tunnel",
        "pt": "espelho partido no túnel",
    },
    "refund": {
        "en": "refund never arrived",
        "de": "Erstattung nie angekommen",
        "fr": "remboursement jamais reçu",
        "es": "reembolso que no llega",
        "it": "rimborso mai arrivato",
        "pt": "reembolso que nunca chegou",
    },
    "wrong_price": {
        "en": "Pass holder charged full price",
        "de": "trotz Pass voller Preis",
        "fr": "plein tarif malgré le Pass",
        "es": "precio completo teniendo Pass",
        "it": "prezzo pieno con il Pass",
        "pt": "preço cheio com Pass",
    },
    "cancel_fee": {
        "en": "late-cancellation fee",
        "de": "Stornogebühr",
        "fr": "frais d'annulation",
        "es": "penalización por cancelar",
        "it": "penale di cancellazione",
        "pt": "taxa de cancelamento",
    },
}
PROBLEM_EUR = {
    "no_show": 49.0,
    "double_charge": 24.9,
    "damage": 0.0,
    "refund": 14.9,
    "wrong_price": 14.9,
    "cancel_fee": 15.0,
}

PROBLEM_CORE: dict[str, Table] = {
    "no_show": {
        "en": [
            "The home valet I booked for Saturday 9am never turned up, yet the app says COMPLETED and I've been charged {amt}",
            "I waited in all morning for the interior valet. Nobody came, nobody called, and now it's marked done and {amt} is gone",
        ],
        "de": [
            "Die Innenreinigung für Samstag 9 Uhr ist nie gekommen, in der App steht ERLEDIGT und {amt} sind abgebucht",
            "Ich hab den ganzen Vormittag auf die Innenreinigung gewartet. Keiner kam, keiner rief an, jetzt steht da erledigt und {amt} sind weg",
        ],
        "fr": [
            "Le nettoyage intérieur prévu samedi 9h n'est jamais venu, l'appli dit TERMINÉ et j'ai payé {amt}"
        ],
        "es": [
            "La limpieza interior del sábado a las 9 nunca vino, la app pone COMPLETADA y me habéis cobrado {amt}"
        ],
        "it": [
            "La pulizia interna di sabato alle 9 non è mai arrivata, l'app dice COMPLETATA e mi avete addebitato {amt}"
        ],
        "pt": [
            "A limpeza interior de sábado às 9h nunca apareceu, a app diz CONCLUÍDA e cobraram-me {amt}"
        ],
    },
    "double_charge": {
        "en": [
            "My {brand} Pass has been charged TWICE this month, {amt} two times on my card",
            "You've taken the Pass fee twice, {amt} on the 1st and again on the 2nd, and my account is now overdrawn",
        ],
        "de": [
            "Mein {brand} Pass wurde diesen Monat ZWEIMAL abgebucht, zweimal {amt}",
            "Ihr habt den Pass doppelt eingezogen, {amt} am 1. und nochmal am 2., jetzt ist mein Konto im Minus",
        ],
        "fr": ["Mon Pass {brand} a été débité DEUX fois ce mois-ci, {amt} deux fois"],
        "es": ["Me habéis cobrado el Pass DOS veces este mes, {amt} dos veces"],
        "it": ["Mi avete addebitato il Pass DUE volte questo mese, {amt} due volte"],
        "pt": ["Cobraram-me o Pass DUAS vezes este mês, {amt} duas vezes"],
    },
    "damage": {
        "en": [
            "Your tunnel at {station} ripped my wing mirror off and scratched the whole passenger door",
            "Came out of the {station} tunnel with the rear wiper snapped and a scratch along the bonnet, staff just shrugged",
        ],
        "de": [
            "Eure Waschstraße in {station} hat mir den Außenspiegel abgerissen und die ganze Beifahrertür zerkratzt",
            "Aus der Waschstraße in {station} mit abgebrochenem Heckwischer rausgekommen, Kratzer auf der Motorhaube, Personal zuckt nur mit den Schultern",
        ],
        "fr": [
            "Le tunnel de {station} a arraché mon rétroviseur et rayé toute la portière passager"
        ],
        "es": [
            "El túnel de {station} me ha arrancado el retrovisor y rayado toda la puerta del copiloto"
        ],
        "it": ["Il tunnel di {station} mi ha strappato lo specchietto e rigato tutta la portiera"],
        "pt": ["O túnel de {station} arrancou-me o espelho e riscou a porta toda do pendura"],
    },
    "refund": {
        "en": [
            "The wash stopped halfway three weeks ago, your staff promised a refund of {amt} and it NEVER came",
            "Still no refund of {amt} for the wash that broke down with my car inside, that was three weeks ago",
        ],
        "de": [
            "Die Wäsche ist vor drei Wochen mittendrin stehen geblieben, mir wurden {amt} Erstattung versprochen und es kam NICHTS",
            "Immer noch keine Erstattung von {amt} für die Wäsche, die mit meinem Auto drin ausgefallen ist, drei Wochen her",
        ],
        "fr": [
            "Le lavage s'est arrêté à moitié il y a trois semaines, on m'a promis {amt} de remboursement et RIEN"
        ],
        "es": [
            "El lavado se paró a la mitad hace tres semanas, me prometieron devolver {amt} y NADA"
        ],
        "it": [
            "Il lavaggio si è fermato a metà tre settimane fa, mi avevano promesso {amt} di rimborso e NIENTE"
        ],
        "pt": ["A lavagem parou a meio há três semanas, prometeram-me {amt} de reembolso e NADA"],
    },
    "wrong_price": {
        "en": [
            "I have the Pass but the gate charged me the full single price, {amt}, for a normal tunnel wash",
            "Pass holder since March and the app billed me {amt} for today's wash like I'm a stranger",
        ],
        "de": [
            "Ich hab den Pass und trotzdem hat mir die Schranke den vollen Einzelpreis abgezogen, {amt}",
            "Seit März Pass-Kunde und die App bucht mir heute {amt} für eine ganz normale Wäsche ab",
        ],
        "fr": [
            "J'ai le Pass et la barrière m'a débité le prix plein, {amt}, pour un lavage normal"
        ],
        "es": [
            "Tengo el Pass y la barrera me ha cobrado el precio completo, {amt}, por un lavado normal"
        ],
        "it": [
            "Ho il Pass e la sbarra mi ha addebitato il prezzo pieno, {amt}, per un lavaggio normale"
        ],
        "pt": ["Tenho o Pass e a cancela cobrou-me o preço cheio, {amt}, por uma lavagem normal"],
    },
    "cancel_fee": {
        "en": [
            "I cancelled my valet THREE days ahead and you've charged me a {amt} late-cancellation fee",
            "Moved my valet four days before and still got hit with a {amt} cancellation fee",
        ],
        "de": [
            "Ich hab die Innenreinigung DREI Tage vorher storniert und ihr berechnet mir {amt} Stornogebühr",
            "Termin vier Tage vorher verschoben und trotzdem {amt} Stornogebühr",
        ],
        "fr": [
            "J'ai annulé le nettoyage TROIS jours avant et vous me facturez {amt} de frais d'annulation"
        ],
        "es": ["Cancelé la limpieza TRES días antes y me cobráis {amt} de penalización"],
        "it": ["Ho cancellato la pulizia TRE giorni prima e mi addebitate {amt} di penale"],
        "pt": ["Cancelei a limpeza TRÊS dias antes e cobram-me {amt} de taxa de cancelamento"],
    },
}

EMAIL_SUBJECT: Table = {
    "en": ["Complaint: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "fr": ["Réclamation : {topic}"],
    "es": ["Reclamación: {topic}"],
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
}
EMAIL_WRAP: Table = {
    "en": [
        "Hello,\n\n{core}. Please sort this out today.\n\n{first}",
        "Hi,\n\n{core}. This is not acceptable. I want it fixed and my money back.\n\n{first} {last}",
    ],
    "de": [
        "Hallo,\n\n{core}. Bitte klären Sie das heute noch.\n\n{first}",
        "Guten Tag,\n\n{core}. Das geht so nicht. Ich erwarte eine Lösung und mein Geld zurück.\n\n{first} {last}",
        "Hallo {brand},\n\n{core}. JETZT REICHTS wirklich.\n\n{first}",
    ],
    "fr": ["Bonjour,\n\n{core}. Merci de régler ça rapidement.\n\n{first}"],
    "es": ["Hola,\n\n{core}. Quiero una solución ya.\n\n{first}"],
    "it": ["Buongiorno,\n\n{core}. Vorrei una soluzione oggi stesso.\n\n{first}"],
    "pt": ["Olá,\n\n{core}. Quero isto resolvido hoje.\n\n{first}"],
}
CHAT_WRAP: Table = {
    "en": ["{core}. what are you going to do about it", "hi. {core}. seriously??"],
    "de": ["{core}. Was macht ihr jetzt?", "hallo, {core}. echt jetzt??"],
    "fr": ["{core}. vous faites quoi ?"],
    "es": ["{core}. qué vais a hacer?"],
    "it": ["{core}. che fate adesso?"],
    "pt": ["{core}. o que vão fazer?"],
}
SOCIAL_WRAP: Table = {
    "en": ["{core}. Not impressed {brand}", "Thanks {brand}. {core}. 😡"],
    "de": ["{core}. Danke für nichts, {brand}", "{brand}, {core}. 😡"],
    "fr": ["{core}. Merci {brand} 😡"],
    "es": ["{core}. Gracias por nada {brand}"],
    "it": ["{core}. Grazie di niente {brand}"],
    "pt": ["{core}. Obrigado por nada {brand}"],
}
FORM_WRAP: Table = {
    "en": ["{core}. I'd like a reply by email please."],
    "de": ["{core}. Bitte um Rückmeldung per E-Mail."],
    "fr": ["{core}. Merci de me répondre par mail."],
    "es": ["{core}. Espero respuesta por email."],
    "it": ["{core}. Attendo risposta via mail."],
    "pt": ["{core}. Aguardo resposta por email."],
}
PHONE_OPEN: Table = {
    "en": ["yeah hi Im calling because", "hello yes right so"],
    "de": ["ja hallo also", "guten Tag ich ruf an wegen folgendem"],
    "fr": ["oui bonjour alors voilà"],
    "es": ["hola buenas mire"],
    "it": ["pronto buongiorno allora"],
    "pt": ["olá bom dia olhe"],
}
LONG_EMAIL: Table = {
    "en": [
        "Dear {brand} team,\n\nI'm writing this on my phone in the hospital car park while my dad has his check-up, so forgive the typos. I've had the Pass since spring and told half my street about you. But {core}. I've got two kids, a job and a dad to drive around, and I really don't have time to chase this. I'd appreciate a proper answer and the matter sorted this week.\n\nKind regards,\n{first} {last}",
        "Hello,\n\nso, a bit of background first: we've just moved house, the car is our only way to the new school, and I use your valet because I simply have no evenings left. Last week was chaos with the boxes. And now {core}. I'm not one to complain, honestly, but this one got to me. Please look into it.\n\nThanks,\n{first}",
    ],
    "de": [
        "Sehr geehrtes {brand}-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst keine ruhige Minute finde. Wir renovieren gerade das Haus meiner Schwiegereltern und das Auto ist ständig voller Staub, deshalb habe ich den Pass. Bisher war alles gut. Aber {core}. Ich bitte Sie, das umgehend zu klären, ich habe wirklich keine Nerven mehr für so etwas.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Hallo zusammen,\n\nkurz vorweg: ich bin Pflegerin im Schichtdienst und nutze {brand}, weil ich nur nachts oder ganz früh Zeit habe. Das hat bisher super geklappt, ehrlich. Diese Woche aber: {core}. Ich hab das jetzt zwei Kolleginnen erzählt, die auch überlegen, den Pass zu nehmen, und ich weiß gerade nicht, was ich ihnen sagen soll.\n\nViele Grüße\n{first}",
    ],
}

CASE_OPENED: Table = {
    "en": [
        "Hello {first},\n\nthank you for telling us, and I'm sorry. We've opened case {case} and will get back to you within 24 hours.\n\n{agent}, {brand} Customer Care"
    ],
    "de": [
        "Hallo {first},\n\ndanke für Ihre Nachricht, und es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden.\n\n{agent}, {brand} Kundenservice"
    ],
    "fr": [
        "Bonjour {first},\n\nmerci de nous avoir prévenus, et désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 24 heures.\n\n{agent}, Service client {brand}"
    ],
    "es": [
        "Hola {first},\n\ngracias por avisarnos y perdona. Hemos abierto la incidencia {case} y te respondemos en 24 horas.\n\n{agent}, Atención al cliente {brand}"
    ],
    "it": [
        "Ciao {first},\n\ngrazie della segnalazione e scusaci. Abbiamo aperto la pratica {case} e ti rispondiamo entro 24 ore.\n\n{agent}, Servizio clienti {brand}"
    ],
    "pt": [
        "Olá {first},\n\nobrigado por nos avisar e desculpe. Abrimos o processo {case} e respondemos em 24 horas.\n\n{agent}, Apoio ao cliente {brand}"
    ],
}
CASE_SUBJECT: Table = {
    "en": ["Your case {case}"],
    "de": ["Ihr Vorgang {case}"],
    "fr": ["Votre dossier {case}"],
    "es": ["Tu incidencia {case}"],
    "it": ["La tua pratica {case}"],
    "pt": ["O seu processo {case}"],
}
RE_SUBJECT: Table = {
    "en": ["Re: Your case {case}"],
    "de": ["AW: Ihr Vorgang {case}"],
    "fr": ["RE : Votre dossier {case}"],
    "es": ["RE: Incidencia {case}"],
    "it": ["R: Pratica {case}"],
    "pt": ["RE: Processo {case}"],
}
CHAT_CASE: Table = {
    "en": [
        "I'm really sorry, {first}. I've opened case {case} for you and a colleague will come back to you today."
    ],
    "de": [
        "Das tut mir leid, {first}. Ich habe den Vorgang {case} angelegt, eine Kollegin meldet sich heute noch."
    ],
    "fr": [
        "Désolé {first}, j'ai ouvert le dossier {case}, un collègue revient vers vous aujourd'hui."
    ],
    "es": [
        "Lo siento mucho, {first}. He abierto la incidencia {case} y hoy te contacta un compañero."
    ],
    "it": ["Mi dispiace {first}, ho aperto la pratica {case}, un collega ti ricontatta oggi."],
    "pt": ["Lamento muito, {first}. Abri o processo {case} e um colega contacta-o hoje."],
}
GOOD_NEWS: Table = {
    "en": [
        "Hello {first},\n\ngood news on case {case}: we've put it right and corrected your account. Could you confirm everything looks fine on your side?\n\n{agent}, {brand} Customer Care"
    ],
    "de": [
        "Hallo {first},\n\ngute Nachrichten zu Vorgang {case}: wir haben das korrigiert und Ihr Konto berichtigt. Können Sie bestätigen, dass bei Ihnen alles passt?\n\n{agent}, {brand} Kundenservice"
    ],
    "fr": [
        "Bonjour {first},\n\nbonne nouvelle pour le dossier {case} : c'est corrigé. Pouvez-vous confirmer que tout est en ordre ?\n\n{agent}, Service client {brand}"
    ],
    "es": [
        "Hola {first},\n\nbuenas noticias sobre la incidencia {case}: ya está corregido. ¿Nos confirmas que todo está bien?\n\n{agent}, Atención al cliente {brand}"
    ],
    "it": [
        "Ciao {first},\n\nbuone notizie sulla pratica {case}: abbiamo sistemato. Ci confermi che ora è tutto a posto?\n\n{agent}, Servizio clienti {brand}"
    ],
    "pt": [
        "Olá {first},\n\nboas notícias sobre o processo {case}: está corrigido. Pode confirmar que está tudo bem?\n\n{agent}, Apoio ao cliente {brand}"
    ],
}
QUALITY_LEAD: Table = {
    "en": [
        "Hello {first},\n\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}, {brand} Customer Care"
    ],
    "de": [
        "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\n{agent}, {brand} Kundenservice"
    ],
    "fr": [
        "Bonjour {first},\n\nvotre dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}, Service client {brand}"
    ],
    "es": [
        "Hola {first},\n\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}, Atención al cliente {brand}"
    ],
    "it": [
        "Ciao {first},\n\nla tua pratica {case} è ora in mano alla responsabile qualità, che ti chiamerà entro venerdì a pranzo.\n\n{agent}, Servizio clienti {brand}"
    ],
    "pt": [
        "Olá {first},\n\no seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.\n\n{agent}, Apoio ao cliente {brand}"
    ],
}
URGENT: Table = {
    "en": ["Added to your case {case} and marked urgent, {first}. Sorry it's taking this long."],
    "de": ["Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert, {first}."],
    "fr": ["Ajouté au dossier {case} et marqué urgent, {first}."],
    "es": ["Añadido a tu incidencia {case} y marcado como urgente, {first}."],
    "it": ["Aggiunto alla pratica {case} e segnato urgente, {first}."],
    "pt": ["Adicionado ao processo {case} e marcado como urgente, {first}."],
}
APOLOGY: Table = {
    "en": [
        "Sorry for my tone yesterday, it had been a long day. Thanks for sorting case {case} so fast",
        "hi, just wanted to say sorry for shouting yesterday. case {case} is fine now, thank you",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke, dass Vorgang {case} so schnell erledigt ist",
        "Entschuldigung für gestern, war nicht gegen Sie persönlich. {case} passt jetzt, danke",
    ],
    "fr": ["Désolée pour mon ton hier. Merci pour le dossier {case}"],
    "es": ["Perdón por el tono de ayer, mal día. Gracias por arreglar la {case}"],
    "it": ["Scusate per il tono di ieri. Grazie per la pratica {case}"],
    "pt": ["Desculpem o tom de ontem. Obrigada por resolverem o {case}"],
}
CONFIRM: Table = {
    "en": [
        "Confirmed, case {case} is sorted, I can see it in the app. Thanks",
        "Yes all fine now on {case}, thank you",
    ],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt, ich sehe es in der App. Danke",
        "Ja, {case} passt jetzt alles, danke euch",
    ],
    "fr": ["Confirmé, le dossier {case} est réglé. Merci"],
    "es": ["Confirmado, la {case} está resuelta. Gracias"],
    "it": ["Confermo, la pratica {case} è risolta. Grazie"],
    "pt": ["Confirmo, o processo {case} está resolvido. Obrigado"],
}
REPEAT_AGAIN: Table = {
    "en": [
        "Case {case}: STILL not sorted. {core}",
        "Writing again about {case}. Nothing has happened. {core}",
    ],
    "de": [
        "Vorgang {case}: IMMER NOCH nicht erledigt. {core}",
        "Ich schreibe nochmal wegen {case}. Es ist nichts passiert. {core}",
    ],
    "fr": ["Dossier {case} : TOUJOURS pas réglé. {core}"],
    "es": ["Incidencia {case}: SIGUE sin resolver. {core}"],
    "it": ["Pratica {case}: ANCORA niente. {core}"],
    "pt": ["Processo {case}: CONTINUA por resolver. {core}"],
}
REPEAT_THIRD: Table = {
    "en": [
        "Third time about case {case}. A mate washes at {comp} and they sort this kind of thing the same day",
        "This is the third time I'm chasing {case}. I've looked at what {comp} charges, just so you know",
    ],
    "de": [
        "Dritte Nachricht zu Vorgang {case}. Ein Kollege wäscht bei {comp}, da wird sowas am selben Tag geklärt",
        "Zum dritten Mal {case}. Ich hab mir schon angeschaut, was {comp} verlangt",
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Chez {comp} ils règlent ça le jour même, paraît-il"
    ],
    "es": ["Tercera vez con la {case}. Un compañero lava en {comp} y allí lo arreglan en el día"],
    "it": ["Terza volta per la pratica {case}. Un collega va da {comp} e lì risolvono in giornata"],
    "pt": [
        "Terceira vez com o processo {case}. Um colega lava na {comp} e lá resolvem no mesmo dia"
    ],
}
REPEAT_FOURTH: Table = {
    "en": ["FOURTH time. Case {case}. Still nothing. Unbelievable"],
    "de": ["Zum VIERTEN Mal. Vorgang {case}. Immer noch nichts"],
    "fr": ["QUATRIÈME fois. Dossier {case}. Toujours rien"],
    "es": ["CUARTA vez. Incidencia {case}. Nada"],
    "it": ["QUARTA volta. Pratica {case}. Niente"],
    "pt": ["QUARTA vez. Processo {case}. Nada"],
}

SLIDE: Table = {
    "en": [
        "Queue at {brand} {station} was 40 minutes on a Tuesday evening, one lane open",
        "Dryer broken again, drove home wet with water marks all over the bonnet",
        "App now wants a photo of the number plate before every wash. why",
        "Interior valet left crumbs under the seats and still charged full price",
        "A {amt} 'mud surcharge' from {brand} for a car that was barely dusty. FURIOUS",
        "My neighbour washes at {comp}. Booked myself in there for Saturday. Done",
    ],
    "de": [
        "40 Minuten Schlange bei {brand} in {station}, Dienstagabend, eine Spur offen",
        "Trockner schon wieder kaputt, nass heimgefahren, Wasserflecken überall",
        "Jetzt will die App vor jeder Wäsche ein Foto vom Kennzeichen. Wozu?",
        "Innenreinigung hat Krümel unter den Sitzen gelassen, voller Preis natürlich",
        "{amt} 'Schmutzzuschlag' von {brand} für ein Auto, das kaum staubig war. Ich bin RICHTIG sauer",
        "Mein Nachbar wäscht bei {comp}. Hab mich da für Samstag eingebucht. Reicht",
    ],
    "fr": [
        "40 minutes de queue chez {brand} {station}, une seule piste",
        "Séchoir encore en panne, rentrée trempée",
        "L'appli veut une photo de la plaque avant chaque lavage ?",
        "Miettes sous les sièges après le nettoyage, plein tarif",
        "{amt} de 'supplément boue' chez {brand} pour une voiture à peine poussiéreuse. FURIEUSE",
        "Mon voisin va chez {comp}. J'y ai réservé samedi",
    ],
    "es": [
        "40 minutos de cola en {brand} {station}, un solo carril",
        "Secador roto otra vez, a casa mojada",
        "Ahora la app pide foto de la matrícula antes de cada lavado",
        "Migas debajo de los asientos tras la limpieza, precio completo",
        "{amt} de 'recargo por barro' de {brand} por un coche casi limpio. QUE HARTA",
        "Mi vecino lava en {comp}. Ya tengo cita allí el sábado",
    ],
    "it": [
        "40 minuti di coda da {brand} {station}, una sola corsia",
        "Asciugatore di nuovo rotto, a casa bagnata",
        "Adesso l'app vuole la foto della targa prima di ogni lavaggio",
        "Briciole sotto i sedili dopo la pulizia, prezzo pieno",
        "{amt} di 'supplemento fango' da {brand} per un'auto appena polverosa. FURIOSA",
        "Il mio vicino va da {comp}. Prenotato lì per sabato",
    ],
    "pt": [
        "40 minutos de fila na {brand} {station}, só uma via",
        "Secador avariado outra vez, fui para casa molhada",
        "Agora a app pede foto da matrícula antes de cada lavagem",
        "Migalhas debaixo dos bancos depois da limpeza, preço cheio",
        "{amt} de 'suplemento lama' da {brand} para um carro quase limpo. FARTA",
        "O meu vizinho lava na {comp}. Marquei lá para sábado",
    ],
}
SLIDE_EUR = 12.0

LEAVE: Table = {
    "en": [
        "Hello,\n\nwe've sold the car and cycle everywhere now, so please end my {brand} Pass and close my account. Thanks for the clean years.\n\n{first}",
        "Hi,\n\nI'm moving to a city flat with no parking and no car. Please cancel my Pass and close the account.\n\n{first} {last}",
    ],
    "de": [
        "Hallo,\n\nwir haben das Auto verkauft und fahren nur noch Rad. Bitte kündigen Sie meinen {brand} Pass und schließen Sie mein Konto.\n\n{first}",
        "Guten Tag,\n\nich ziehe in eine Wohnung in der Innenstadt und gebe das Auto ab. Bitte Pass kündigen und Konto schließen.\n\n{first} {last}",
    ],
    "fr": [
        "Bonjour,\n\nnous avons vendu la voiture. Merci de résilier mon Pass et de fermer mon compte.\n\n{first}"
    ],
    "es": [
        "Hola,\n\nhemos vendido el coche. Por favor dad de baja mi Pass y cerrad mi cuenta.\n\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nabbiamo venduto l'auto. Vi chiedo di disdire il Pass e chiudere il mio account.\n\n{first}"
    ],
    "pt": ["Olá,\n\nvendemos o carro. Peço que cancelem o meu Pass e fechem a conta.\n\n{first}"],
}
LEAVE_SUBJECT: Table = {
    "en": ["Cancel my Pass"],
    "de": ["Kündigung Pass"],
    "fr": ["Résiliation Pass"],
    "es": ["Baja del Pass"],
    "it": ["Disdetta Pass"],
    "pt": ["Cancelar Pass"],
}
SORRY_GO: Table = {
    "en": [
        "Hello {first},\n\nsorry to see you go. You can end the Pass yourself in the app or on the website under Account > Pass; the account closes with it.\n\n{agent}, {brand} Customer Care"
    ],
    "de": [
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Pass selbst in der App oder auf der Website unter Konto > Pass kündigen; das Konto wird damit geschlossen.\n\n{agent}, {brand} Kundenservice"
    ],
    "fr": [
        "Bonjour {first},\n\ndommage de vous voir partir. Vous pouvez résilier le Pass dans l'appli ou sur le site, rubrique Compte > Pass.\n\n{agent}, Service client {brand}"
    ],
    "es": [
        "Hola {first},\n\nsentimos que te vayas. Puedes dar de baja el Pass en la app o en la web, en Cuenta > Pass.\n\n{agent}, Atención al cliente {brand}"
    ],
    "it": [
        "Ciao {first},\n\nci dispiace vederti andare. Puoi disdire il Pass dall'app o dal sito, in Account > Pass.\n\n{agent}, Servizio clienti {brand}"
    ],
    "pt": [
        "Olá {first},\n\nlamentamos vê-lo partir. Pode cancelar o Pass na app ou no site, em Conta > Pass.\n\n{agent}, Apoio ao cliente {brand}"
    ],
}

GRUMBLES: Table = {
    "en": [
        "App logged me out AGAIN. every single time",
        "Why does the 'wash done' text arrive 20 minutes after I've driven off",
        "Tunnel closed for 'maintenance' every Sunday morning, the one time I have",
        "No hooks for floor mats at the bays, mats on the wet floor it is",
        "Token machine ate my coins again",
        "The hoover hose doesn't reach the boot. 3 stars",
    ],
    "de": [
        "App hat mich SCHON WIEDER ausgeloggt",
        "Warum kommt die 'Wäsche fertig'-SMS erst 20 Minuten später",
        "Sonntagmorgens ist die Waschstraße immer 'in Wartung'. Genau dann, wenn ich Zeit hab",
        "Keine Haken für Fußmatten an den SB-Plätzen",
        "Der Münzautomat hat wieder mein Geld gefressen",
        "Saugerschlauch reicht nicht bis zum Kofferraum. 3 Sterne",
    ],
    "fr": [
        "L'appli m'a encore déconnectée",
        "Tunnel en 'maintenance' tous les dimanches matin",
        "Pas de crochets pour les tapis",
        "Le monnayeur a encore avalé mes pièces",
    ],
    "es": [
        "La app me ha vuelto a cerrar la sesión",
        "Túnel en 'mantenimiento' todos los domingos por la mañana",
        "No hay ganchos para las alfombrillas",
        "La máquina de fichas se ha tragado las monedas otra vez",
    ],
    "it": [
        "L'app mi ha di nuovo scollegato",
        "Tunnel in 'manutenzione' ogni domenica mattina",
        "Niente ganci per i tappetini",
        "La macchinetta gettoni mi ha mangiato le monete",
    ],
    "pt": [
        "A app voltou a fazer logout",
        "Túnel em 'manutenção' todos os domingos de manhã",
        "Não há ganchos para os tapetes",
        "A máquina das fichas comeu-me as moedas outra vez",
    ],
}

SARCASM: Table = {
    "en": [
        "Love paying for a 'premium' wash and getting to keep the bird poo on the roof as a souvenir 👏 cheers {brand}",
        "Brilliant, the dryer blew my parking ticket somewhere into the tunnel 😂 keep it up {brand}",
    ],
    "de": [
        "Premiumwäsche bezahlt, Vogelkacke auf dem Dach als Andenken behalten dürfen 👏 Danke {brand}",
        "Super, der Trockner hat meinen Parkschein in die Waschstraße geblasen 😂 weiter so {brand}",
    ],
    "fr": ["Lavage 'premium' et la fiente sur le toit en souvenir 👏 merci {brand}"],
    "es": [
        "Lavado 'premium' y me dejan la caca de paloma en el techo de recuerdo 👏 gracias {brand}"
    ],
    "it": ["Lavaggio 'premium' e la cacca di piccione sul tetto in ricordo 👏 grazie {brand}"],
    "pt": ["Lavagem 'premium' e a caca de pombo no tejadilho de lembrança 👏 obrigado {brand}"],
}

MILD: Pairs = {
    "en": [
        (
            "station finder shows {station} as open but it's been shut for refurb all week",
            "Thanks {first}, you're right, we've fixed the station's hours in the app.",
        ),
        (
            "my receipts come through in Dutch for some reason, not a big deal",
            "Hi {first}, sorry about that, we've set your receipts back to English.",
        ),
    ],
    "de": [
        (
            "Die Stationssuche zeigt {station} als geöffnet, ist aber seit einer Woche Umbau",
            "Danke {first}, stimmt, wir haben die Öffnungszeiten in der App korrigiert.",
        ),
        (
            "Meine Quittungen kommen auf Niederländisch, nicht schlimm, aber komisch",
            "Hallo {first}, sorry, Ihre Quittungen kommen jetzt wieder auf Deutsch.",
        ),
    ],
    "fr": [
        (
            "la carte dit que {station} est ouvert mais c'est en travaux",
            "Merci {first}, c'est corrigé dans l'appli.",
        )
    ],
    "es": [
        (
            "el buscador dice que {station} está abierto pero está en obras",
            "Gracias {first}, ya lo hemos corregido en la app.",
        )
    ],
    "it": [
        (
            "la mappa dice che {station} è aperto ma è in ristrutturazione",
            "Grazie {first}, corretto nell'app.",
        )
    ],
    "pt": [
        (
            "o mapa diz que {station} está aberto mas está em obras",
            "Obrigado {first}, já corrigimos na app.",
        )
    ],
}
MAP_SLOW: Pairs = {
    "en": [
        (
            "the station map takes ages to load today, bit annoying",
            "Hi {first}, thanks, we're looking at the map's speed; the list view is quicker meanwhile.",
        )
    ],
    "de": [
        (
            "Die Stationskarte lädt heute ewig, etwas nervig",
            "Hallo {first}, danke, wir schauen uns das an; die Listenansicht ist solange schneller.",
        )
    ],
    "fr": [
        (
            "la carte des stations met une éternité à charger",
            "Bonjour {first}, merci, on regarde ; la vue liste est plus rapide.",
        )
    ],
    "es": [
        (
            "el mapa de estaciones tarda muchísimo en cargar",
            "Hola {first}, gracias, lo estamos mirando; la vista de lista va más rápida.",
        )
    ],
    "it": [
        (
            "la mappa delle stazioni ci mette un'eternità",
            "Ciao {first}, grazie, ci stiamo lavorando; la vista elenco è più veloce.",
        )
    ],
    "pt": [
        (
            "o mapa das estações demora imenso a carregar",
            "Olá {first}, obrigado, estamos a ver; a lista é mais rápida.",
        )
    ],
}

# The spike: the app logs washes nobody made and empties the Pass (error A0-714/W).
SPIKE_REPORT: Table = {
    "en": [
        "{brand} app says my Pass has 0 washes left, error {code}. I haven't washed since Tuesday! History shows 7 washes this morning at a station I've never been to",
        "opened the app to book my saturday wash: '{code} no washes left'. wash history is full of washes at 05:4x in a town I've never heard of?? I was asleep",
        "Anyone else? {brand} Pass counter went from 9 to 0 overnight, {code}, and the history lists washes every 2 minutes",
    ],
    "de": [
        "{brand}-App sagt, mein Pass hat 0 Wäschen übrig, Fehler {code}. Ich war seit Dienstag nicht waschen! Im Verlauf stehen 8 Wäschen von heute früh an einer Station, wo ich nie war",
        "wollte grad meine Samstagswäsche buchen: '{code} keine Wäschen mehr'. Verlauf voller Wäschen um 6 Uhr morgens, da hab ich geschlafen??",
        "Noch jemand? Pass-Zähler von 10 auf 0 über Nacht, {code}, und der Verlauf zeigt alle 2 Minuten eine Wäsche",
    ],
    "fr": [
        "L'appli {brand} dit 0 lavage restant sur mon Pass, erreur {code}, et l'historique montre 6 lavages ce matin dans une station où je ne suis jamais allée"
    ],
    "es": [
        "La app de {brand} dice que me quedan 0 lavados, error {code}, y el historial tiene 7 lavados de esta mañana en una estación donde nunca he estado"
    ],
    "it": [
        "L'app {brand} dice 0 lavaggi rimasti sul Pass, errore {code}, e lo storico ha 6 lavaggi di stamattina in una stazione dove non sono mai stato"
    ],
    "pt": [
        "A app da {brand} diz que tenho 0 lavagens no Pass, erro {code}, e o histórico mostra 7 lavagens desta manhã numa estação onde nunca fui"
    ],
}
SPIKE_SUBJECT: Table = {
    "en": ["Pass shows 0 washes, error {code}"],
    "de": ["Pass zeigt 0 Wäschen, Fehler {code}"],
    "fr": ["Pass à 0 lavage, erreur {code}"],
    "es": ["Pass a 0 lavados, error {code}"],
    "it": ["Pass a 0 lavaggi, errore {code}"],
    "pt": ["Pass com 0 lavagens, erro {code}"],
}
SPIKE_REPEAT: Table = {
    "en": [
        "Still {code}, now my husband's phone shows the same and two MORE washes I didn't do appeared",
        "Still nothing, {code} again after reinstalling the app, counter still 0",
    ],
    "de": [
        "Immer noch {code}, jetzt auch auf dem Handy meiner Frau, und es sind nochmal zwei Wäschen dazugekommen",
        "Weiterhin {code}, App neu installiert, Zähler bleibt bei 0",
    ],
    "fr": ["Toujours {code}, même après réinstallation, compteur à 0"],
    "es": ["Sigue el {code}, reinstalada la app y el contador en 0"],
    "it": ["Ancora {code}, reinstallata l'app, contatore a 0"],
    "pt": ["Continua o {code}, reinstalei a app e o contador a 0"],
}
SPIKE_CHAT_ANSWER: Table = {
    "en": [
        "Yes {first}, the app is logging washes nobody made and showing Passes as used up ({code}) right now. Our engineers are on it and no wash of yours is lost."
    ],
    "de": [
        "Ja {first}, die App bucht gerade Wäschen, die niemand gemacht hat, und zeigt Pässe als aufgebraucht ({code}). Unsere Technik ist dran, Ihre Wäschen gehen nicht verloren."
    ],
    "fr": [
        "Oui {first}, l'appli enregistre en ce moment des lavages fantômes ({code}). Nos équipes sont dessus, vous ne perdez aucun lavage."
    ],
    "es": [
        "Sí {first}, ahora mismo la app está apuntando lavados fantasma ({code}). El equipo técnico está en ello, no pierdes ningún lavado."
    ],
    "it": [
        "Sì {first}, in questo momento l'app registra lavaggi fantasma ({code}). I tecnici ci stanno lavorando, non perdi nessun lavaggio."
    ],
    "pt": [
        "Sim {first}, neste momento a app está a registar lavagens fantasma ({code}). A equipa técnica está a tratar, não perde nenhuma lavagem."
    ],
}
SPIKE_FIXED: Table = {
    "en": [
        "Hello {first},\n\nthe app counts washes correctly again since {time} (your local time). The washes you never made are gone from your history, your Pass is back to where it was, and we've added 2 free washes for the trouble.\n\n{agent}, {brand} Customer Care"
    ],
    "de": [
        "Hallo {first},\n\nseit {time} Uhr (Ihre Ortszeit) zählt die App wieder richtig. Die Wäschen, die Sie nie gemacht haben, sind aus dem Verlauf verschwunden, Ihr Pass ist wieder auf dem alten Stand, und wir haben 2 Wäschen gratis dazugelegt.\n\n{agent}, {brand} Kundenservice"
    ],
    "fr": [
        "Bonjour {first},\n\ndepuis {time} (heure locale) l'appli compte de nouveau correctement, les lavages fantômes ont disparu et nous avons ajouté 2 lavages offerts.\n\n{agent}, Service client {brand}"
    ],
    "es": [
        "Hola {first},\n\ndesde las {time} (hora local) la app vuelve a contar bien, los lavados fantasma han desaparecido y te hemos regalado 2 lavados.\n\n{agent}, Atención al cliente {brand}"
    ],
    "it": [
        "Ciao {first},\n\ndalle {time} (ora locale) l'app conta di nuovo bene, i lavaggi fantasma sono spariti e ti abbiamo regalato 2 lavaggi.\n\n{agent}, Servizio clienti {brand}"
    ],
    "pt": [
        "Olá {first},\n\ndesde as {time} (hora local) a app volta a contar bem, as lavagens fantasma desapareceram e oferecemos 2 lavagens.\n\n{agent}, Apoio ao cliente {brand}"
    ],
}
LONE_Q: Pairs = {
    "en": [
        (
            "quick one: the Pass went from 8 to 7 after yesterday's wash, that's right isn't it? want to be sure I've got enough for the weekend",
            "Hi {first}, yes, one wash takes one off the counter; you have 7 left, plenty for the weekend.",
        )
    ],
    "de": [
        (
            "Kurze Frage: mein Pass ist nach der Wäsche gestern von 8 auf 7 gegangen, stimmt so, oder? Will sichergehen, dass es fürs Wochenende reicht",
            "Hallo {first}, ja, jede Wäsche zieht eine ab; Sie haben noch 7, reicht locker.",
        )
    ],
}
