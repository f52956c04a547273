# ruff: noqa: E501
"""Consumer wording of heldout91 (Pellanto: pellets, firewood and briquettes delivered)."""

from __future__ import annotations

BRAND = "Pellanto"
COMPETITORS = ("Ceppora", "Holzfuchs")
SPIKE_CODE = "RZ/884"

# (English / Spanish label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Wood pellets ENplus A1, 66 bags x 15 kg / Pellets de madera ENplus A1, 66 sacos de 15 kg",
        329.0,
        "/pellets",
    ),
    ("Wood pellets ENplus A1, 33 bags / Pellets ENplus A1, 33 sacos", 172.0, "/pellets"),
    ("Beech firewood 1 m3, kiln-dried / Leña de haya 1 m3, secada en horno", 165.0, "/firewood"),
    ("Oak firewood 2 m3, stacked / Leña de roble 2 m3, apilada", 318.0, "/firewood"),
    ("Wood briquettes 480 kg / Briquetas de madera 480 kg", 214.0, "/briquettes"),
    ("Kindling box 10 kg / Caja de astillas 10 kg", 18.5, "/kindling"),
    ("Stove service visit / Revisión de estufa", 89.0, "/stove-service"),
    ("Log rack with cover / Leñero con funda", 119.0, "/accessories"),
]
PAGES = [
    "/pellets",
    "/firewood",
    "/briquettes",
    "/reserva",
    "/delivery-slots",
    "/stove-service",
    "/account/orders",
    "/help/pallet-return",
]

PRAISE: dict[str, list[str]] = {
    "en": [
        "Pellanto driver stacked 2 m3 of oak in the shed in the rain and swept up after himself. Proper service",
        "Pellets arrived on the day they said, bags dry, not a speck of dust. Stove is purring. Cheers Pellanto",
        "Third winter with Pellanto and still not one wet bag. Reserva top-up turned up before I even noticed the silo was low",
        "honestly the kiln dried beech from Pellanto lights with one firelighter. no more hissing logs",
        "Ordered at 9pm, slot next morning, driver rang 20 min before. Can't ask for more from Pellanto",
    ],
    "es": [
        "El repartidor de Pellanto me subió los 33 sacos al desván sin rechistar. Un crack",
        "Tercera temporada con Pellanto y ni un saco mojado. La reposición automática llegó antes de quedarme sin pellets",
        "La leña de haya de Pellanto prende a la primera, ni humo ni chisporroteo. Encantada",
        "pedi anoche y a las 10 ya tenia la leña apilada en el porche. Pellanto nunca falla",
        "Otra vez el mismo conductor tan majo de Pellanto, hasta me barrió la entrada. Gracias!!",
    ],
    "fr": [
        "Livraison Pellanto pile dans le créneau, sacs secs, chauffeur adorable. Rien à redire",
        "Troisième hiver avec Pellanto, toujours aussi pro. Le bois de hêtre brûle super bien",
    ],
    "de": [
        "Pellanto hat die Pellets pünktlich geliefert, Säcke trocken, Fahrer hat sogar die Palette mitgenommen. Top",
        "Schon wieder eine reibungslose Lieferung von Pellanto. Das Buchenholz brennt wie eine Eins",
    ],
    "it": [
        "Pellanto consegna puntuale, sacchi asciutti e l'autista gentilissimo. Stufa accesa in 5 minuti",
        "Terzo inverno con Pellanto e ancora nessun problema. La legna di faggio è perfetta",
    ],
    "pt": [
        "Entrega da Pellanto dentro do horário, sacos secos e o motorista simpatiquíssimo. Recomendo",
        "Mais uma vez a Pellanto a cumprir. A lenha de faia pega logo à primeira",
    ],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "en": [
        "Great pellets as always from Pellanto, only gripe is the delivery text comes at 6:45am. Otherwise spot on",
        "Love the briquettes, just wish the pallet didn't sit in my drive for 3 weeks before collection",
    ],
    "es": [
        "Todo perfecto con Pellanto, solo que el SMS de entrega llega a las 7 de la mañana jaja. Por lo demás 10",
        "Leña buenísima, lo único que la funda del leñero es un poco corta. Repetiré",
    ],
    "fr": ["Très bon bois, juste la facture qui arrive seulement en PDF. Sinon top"],
    "de": ["Super Pellets, nur die Abholung der Palette dauert ewig. Ansonsten gerne wieder"],
    "it": ["Pellet ottimo, solo il sacco di astelle era mezzo vuoto. Per il resto bene"],
    "pt": ["Tudo ótimo, só a fatura que demora uns dias a chegar. De resto impecável"],
}

# (customer question, agent answer, customer thanks)
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi can the driver put the bags in the garage, its round the back",
            "Hi! Yes, add 'garage, round the back' in the delivery notes and the driver will carry them in.",
            "brilliant thanks",
        ),
        (
            "Do you do half pallets of pellets? I've only room for about 30 bags",
            "We do: 33 bags of 15 kg, it's on the pellets page under 'half pallet'.",
            "perfect, ordering now",
        ),
        (
            "how dry is the beech? stove manual says under 20% moisture",
            "Our kiln-dried beech is below 18 %, measured at the yard before every load.",
            "great, thank you",
        ),
        (
            "Can I move my Reserva top-up a week later, away on holiday",
            "Done, your next top-up is now on the 24th. Enjoy the holiday!",
            "cheers!",
        ),
    ],
    "es": [
        (
            "hola, el conductor puede dejar los sacos en el garaje? está abierto",
            "¡Hola! Sí, ponlo en las notas de entrega y los dejará dentro.",
            "genial gracias",
        ),
        (
            "teneis medio palet de pellets? no me caben 66 sacos",
            "Sí, 33 sacos de 15 kg, en la página de pellets como 'medio palet'.",
            "perfecto, lo pido ya",
        ),
        (
            "q humedad tiene la leña de haya? porfa",
            "La de haya secada en horno está por debajo del 18 %, se mide en el almacén.",
            "mil gracias",
        ),
        (
            "Puedo retrasar la reposición de Reserva una semana? me voy fuera",
            "Hecho, la próxima reposición queda para el día 24. ¡Buen viaje!",
            "gracias majos",
        ),
    ],
    "fr": [
        (
            "bjr, le chauffeur peut mettre les sacs dans le garage ?",
            "Bonjour ! Oui, indiquez-le dans les notes de livraison.",
            "super merci",
        ),
        (
            "Vous faites des demi-palettes de granulés ?",
            "Oui, 33 sacs de 15 kg, page granulés, 'demi-palette'.",
            "parfait merci",
        ),
    ],
    "de": [
        (
            "Hallo, kann der Fahrer die Säcke in die Garage stellen?",
            "Hallo! Ja, einfach in den Lieferhinweisen vermerken.",
            "super danke",
        ),
        (
            "gibt es auch halbe Paletten Pellets?",
            "Ja, 33 Säcke à 15 kg, auf der Pellets-Seite unter 'halbe Palette'.",
            "perfekt, danke",
        ),
    ],
    "it": [
        (
            "ciao, l'autista può lasciare i sacchi in garage?",
            "Ciao! Sì, basta scriverlo nelle note di consegna.",
            "grz mille",
        ),
        (
            "Fate mezzi bancali di pellet?",
            "Sì, 33 sacchi da 15 kg, nella pagina pellet.",
            "perfetto grazie",
        ),
    ],
    "pt": [
        (
            "olá, o motorista pode deixar os sacos na garagem?",
            "Olá! Sim, indique nas notas de entrega.",
            "obg!",
        ),
        (
            "Têm meia palete de pellets?",
            "Temos, 33 sacos de 15 kg, na página dos pellets.",
            "ótimo, obrigado",
        ),
    ],
}

# speech-to-text phone questions (no punctuation) and the agent's follow-up e-mail
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "yeah hi I was wondering if you deliver on saturdays to the village because the lane is quite narrow and I dont know if the lorry fits",
            "Thanks for your call: Saturday slots are open for your area and we'll send the small van for your lane.",
        ),
        (
            "hello its about my reserva can I change it from pellets to briquettes for the winter",
            "As discussed, your Reserva now tops up with briquettes from next month.",
        ),
    ],
    "es": [
        (
            "hola buenas queria saber si repartis los sabados en mi pueblo porque la calle es muy estrecha",
            "Gracias por su llamada: hay huecos los sábados en su zona y irá la furgoneta pequeña.",
        ),
        (
            "si mire es por lo de reserva que si puedo cambiar de pellets a briquetas este invierno",
            "Como hablamos, su Reserva pasa a briquetas desde el mes que viene.",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous livrez le samedi dans mon village la rue est étroite",
            "Merci pour votre appel : des créneaux le samedi sont ouverts chez vous, avec la petite camionnette.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob Sie samstags auch liefern die Straße ist ziemlich eng",
            "Danke für Ihren Anruf: Samstags liefern wir zu Ihnen, mit dem kleinen Transporter.",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se consegnate il sabato la strada è stretta",
            "Grazie della chiamata: il sabato consegniamo da lei con il furgone piccolo.",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se entregam ao sábado a rua é estreita",
            "Obrigado pela chamada: entregamos ao sábado na sua zona, com a carrinha pequena.",
        )
    ],
}

REVIEWS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Dry, clean pellets and a driver who actually rings ahead. 5 stars", "5"),
        ("Good logs, a few a bit long for my stove but fine", "4"),
    ],
    "es": [
        ("Pellets limpios y secos, entrega puntual. Muy recomendable", "5"),
        ("Buena leña, algún tronco largo pero bien", "4"),
    ],
    "fr": [("Granulés propres, livraison ponctuelle. Je recommande", "5")],
    "de": [("Saubere Pellets, pünktliche Lieferung. Klare Empfehlung", "5")],
    "it": [("Pellet puliti, consegna puntuale. Consigliato", "5")],
    "pt": [("Pellets limpos, entrega a horas. Recomendo", "5")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "spot on", "👍", ""],
    "es": ["genial", "todo perfecto", "👍", ""],
    "fr": ["parfait", "👍", ""],
    "de": ["super", "👍", ""],
    "it": ["ottimo", "👍", ""],
    "pt": ["ótimo", "👍", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "en": [
        "3am, night shift at the hospital done, stove still warm from the Pellanto beech I loaded at 6pm. bliss",
        "cant sleep so I'm watching the fire. whoever picks the wood at Pellanto, thank you",
    ],
    "es": [
        "Las 2 de la mañana, salgo del turno de noche y la casa calentita con los pellets de Pellanto. Gloria",
        "insomnio y chimenea encendida con la leña de Pellanto, no se está mal",
    ],
    "fr": ["2h du matin, le poêle tourne encore avec les granulés Pellanto. Le bonheur"],
    "de": ["3 Uhr nachts, Nachtschicht vorbei, Ofen noch warm vom Pellanto-Buchenholz. Herrlich"],
    "it": ["Le 2 di notte e la stufa ancora calda col pellet Pellanto. Che pace"],
    "pt": ["3 da manhã, saída do turno e a casa quentinha com os pellets da Pellanto"],
}

NIGHT_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "still up - can I book a delivery slot for saturday morning this late?",
            "Yes, Saturday slots stay open until midnight on Friday.",
            "thanks, night!",
        )
    ],
    "es": [
        (
            "a estas horas se puede reservar entrega para el sábado por la mañana?",
            "Sí, los huecos del sábado se pueden reservar hasta el viernes a medianoche.",
            "gracias, buenas noches",
        )
    ],
    "fr": [
        (
            "on peut encore réserver un créneau samedi matin à cette heure ?",
            "Oui, jusqu'à vendredi minuit.",
            "merci bonne nuit",
        )
    ],
    "de": [
        (
            "kann man so spät noch einen Liefertermin für Samstag buchen?",
            "Ja, bis Freitag Mitternacht.",
            "danke, gute Nacht",
        )
    ],
    "it": [
        (
            "si può ancora prenotare la consegna di sabato a quest'ora?",
            "Sì, fino a venerdì a mezzanotte.",
            "grazie buonanotte",
        )
    ],
    "pt": [
        (
            "ainda dá para marcar entrega para sábado de manhã?",
            "Sim, até sexta à meia-noite.",
            "obrigada, boa noite",
        )
    ],
}

PROBLEMS = ("no_show", "wet_bags", "short_delivery", "pallet_refund", "wrong_price", "not_stacked")

TOPIC: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "delivery marked delivered, never came",
        "wet_bags": "soaked pellet bags",
        "short_delivery": "bags missing from my delivery",
        "pallet_refund": "pallet deposit not refunded",
        "wrong_price": "Reserva price not applied",
        "not_stacked": "firewood dumped, not stacked",
    },
    "es": {
        "no_show": "pedido entregado que nunca llegó",
        "wet_bags": "sacos de pellets empapados",
        "short_delivery": "faltan sacos",
        "pallet_refund": "fianza del palet sin devolver",
        "wrong_price": "precio Reserva no aplicado",
        "not_stacked": "leña tirada sin apilar",
    },
    "fr": {
        "no_show": "livraison jamais reçue",
        "wet_bags": "sacs de granulés trempés",
        "short_delivery": "sacs manquants",
        "pallet_refund": "consigne de palette non remboursée",
        "wrong_price": "prix Reserva non appliqué",
        "not_stacked": "bois déversé, pas rangé",
    },
    "de": {
        "no_show": "Lieferung nie angekommen",
        "wet_bags": "durchnässte Pelletsäcke",
        "short_delivery": "fehlende Säcke",
        "pallet_refund": "Palettenpfand nicht erstattet",
        "wrong_price": "Reserva-Preis nicht berechnet",
        "not_stacked": "Holz abgekippt statt gestapelt",
    },
    "it": {
        "no_show": "consegna mai arrivata",
        "wet_bags": "sacchi di pellet bagnati",
        "short_delivery": "sacchi mancanti",
        "pallet_refund": "cauzione del bancale non rimborsata",
        "wrong_price": "prezzo Reserva non applicato",
        "not_stacked": "legna scaricata, non accatastata",
    },
    "pt": {
        "no_show": "entrega nunca chegou",
        "wet_bags": "sacos de pellets encharcados",
        "short_delivery": "sacos em falta",
        "pallet_refund": "caução da palete não devolvida",
        "wrong_price": "preço Reserva não aplicado",
        "not_stacked": "lenha despejada, não empilhada",
    },
}

COMPLAINT_SUBJECT = {
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}

# the angry message of one bad day / a first contact; {amt} in the market's money
COMPLAINTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "no_show": [
            "App says my pellets were DELIVERED at 8:12 this morning. Nothing on the drive, nothing in the garage, neighbours saw no lorry. House is freezing",
            "marked delivered, no pellets anywhere, paid {amt} for thin air. where are they",
        ],
        "wet_bags": [
            "Half the bags on the pallet are SOAKED, pellets swollen to sawdust. Left uncovered in the rain by your driver. {amt} of mush",
            "bags wet through and the pellets are crumbling, my stove auger jammed twice already",
        ],
        "short_delivery": [
            "Paid {amt} for 66 bags, counted 52. Fourteen bags short and the driver had already gone",
            "short again?? 33 ordered, 27 on the pallet",
        ],
        "pallet_refund": [
            "Your driver took the empty pallet back THREE weeks ago and the deposit still isn't refunded. {amt}",
            "where is my pallet deposit, collected ages ago",
        ],
        "wrong_price": [
            "I'm a Reserva member and got charged the full price, {amt} more than it should be. Again the app ignores my membership",
            "reserva price not applied on my last order, overcharged {amt}",
        ],
        "not_stacked": [
            "Paid {amt} extra for stacking and the driver TIPPED 2 m3 of oak on the pavement and drove off. I'm 71 and can't shift that",
            "logs dumped in the road, not stacked like I paid for",
        ],
    },
    "es": {
        "no_show": [
            "La app dice ENTREGADO a las 8:12 y aquí no hay ni un saco. Ni en la puerta ni en el garaje. Con la casa helada",
            "marcado como entregado y no ha venido nadie, {amt} pagados por nada",
        ],
        "wet_bags": [
            "La mitad de los sacos EMPAPADOS, los pellets hechos serrín. El conductor los dejó a la lluvia sin cubrir. {amt} tirados",
            "sacos mojados y pellets deshechos, se me ha atascado la estufa dos veces",
        ],
        "short_delivery": [
            "He pagado {amt} por 66 sacos y he contado 52. Faltan CATORCE y el conductor ya se había ido",
            "otra vez faltan sacos, pedí 33 y hay 27",
        ],
        "pallet_refund": [
            "Se llevaron el palet hace TRES semanas y la fianza sigue sin devolverse. {amt}",
            "donde esta la fianza del palet?? se lo llevaron hace siglos",
        ],
        "wrong_price": [
            "Soy socia de Reserva y me han cobrado precio normal, {amt} de más. La app pasa de mi suscripción",
            "no me habeis aplicado el precio Reserva, {amt} de mas",
        ],
        "not_stacked": [
            "Pagué {amt} por el apilado y el conductor VOLCÓ 2 m3 de roble en la acera y se fue. Tengo 71 años, no puedo con eso",
            "me han dejado la leña tirada en la calle sin apilar y lo pagué",
        ],
    },
    "fr": {
        "no_show": ["L'appli dit LIVRÉ à 8h12 et il n'y a rien devant chez moi. Maison glacée"],
        "wet_bags": ["La moitié des sacs TREMPÉS, les granulés en bouillie. {amt} pour rien"],
        "short_delivery": ["Payé {amt} pour 66 sacs, j'en compte 52"],
        "pallet_refund": [
            "Palette reprise il y a trois semaines, consigne toujours pas remboursée ({amt})"
        ],
        "wrong_price": ["Abonnée Reserva et facturée plein tarif, {amt} de trop"],
        "not_stacked": ["Payé {amt} pour le rangement et le bois a été déversé sur le trottoir"],
    },
    "de": {
        "no_show": ["Laut App GELIEFERT um 8:12, hier ist kein einziger Sack. Haus eiskalt"],
        "wet_bags": ["Die Hälfte der Säcke DURCHNÄSST, Pellets zu Mehl zerfallen. {amt} im Eimer"],
        "short_delivery": ["{amt} für 66 Säcke bezahlt, 52 gezählt. Fahrer schon weg"],
        "pallet_refund": [
            "Palette vor drei Wochen abgeholt, Pfand ({amt}) immer noch nicht erstattet"
        ],
        "wrong_price": ["Bin Reserva-Mitglied und zahle den vollen Preis, {amt} zu viel"],
        "not_stacked": ["{amt} fürs Stapeln bezahlt und das Holz liegt auf dem Gehweg"],
    },
    "it": {
        "no_show": ["L'app dice CONSEGNATO alle 8:12 e qui non c'è niente. Casa gelata"],
        "wet_bags": ["Metà dei sacchi FRADICI, pellet sbriciolato. {amt} buttati"],
        "short_delivery": ["Pagato {amt} per 66 sacchi, ne conto 52"],
        "pallet_refund": ["Bancale ritirato tre settimane fa e cauzione ({amt}) mai rimborsata"],
        "wrong_price": ["Sono socia Reserva e mi avete fatto il prezzo pieno, {amt} in più"],
        "not_stacked": [
            "Pagato {amt} per accatastare e la legna è stata scaricata sul marciapiede"
        ],
    },
    "pt": {
        "no_show": ["A app diz ENTREGUE às 8:12 e aqui não há nada. Casa gelada"],
        "wet_bags": ["Metade dos sacos ENCHARCADOS, pellets desfeitos. {amt} deitados fora"],
        "short_delivery": ["Paguei {amt} por 66 sacos e contei 52"],
        "pallet_refund": [
            "Levaram a palete há três semanas e a caução ({amt}) nunca foi devolvida"
        ],
        "wrong_price": ["Sou sócia Reserva e cobraram o preço normal, {amt} a mais"],
        "not_stacked": ["Paguei {amt} pelo empilhamento e a lenha ficou despejada no passeio"],
    },
}

# a long letter with the complaint inside (Spanish and English)
LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde el coche, esperando a que salga mi hijo del conservatorio, porque en casa no hay manera. Esta semana estamos con la mudanza de mi madre a la planta baja y entre cajas, el fontanero y la farmacia no he tenido ni un minuto.\n\n{complaint}.\n\nLlevo varios inviernos pidiéndoles y siempre he quedado contenta, por eso me sorprende tanto. Les pido que me llamen o me escriban hoy mismo con una solución, porque la estufa es la única calefacción de la casa.\n\nUn saludo,\n{name}",
        "Hola, qué tal:\n\nPerdonen el rollo. Estoy en la sala de espera del traumatólogo con mi padre y aprovecho. Como saben, en el pueblo a estas alturas ya hiela por la noche.\n\n{complaint}.\n\nNo es la primera vez que les compro y hasta ahora todo bien, pero así no. Espero respuesta.\n\nAtentamente,\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this on my lunch break at the garden centre, so forgive the typos. We've got my father-in-law staying with us after his knee operation and the house needs to be warm for him, which is why we ordered in the first place.\n\n{complaint}.\n\nWe've ordered from you for three winters and never had a problem, so I'm genuinely surprised. Could someone call me today please? The stove is our only heating.\n\nKind regards,\n{name}",
        "Hi there,\n\nSorry, long one. I'm sat in the car outside my daughter's swimming lesson because it's the only quiet half hour I get. We're halfway through re-plastering the back room and everything is chaos.\n\n{complaint}.\n\nI've recommended you to half the street, so please sort this out.\n\nThanks,\n{name}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "en": "Hello {first}, thanks for letting us know and sorry. We've opened case {case} and the depot will come back to you today.",
    "es": "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y el almacén te contestará hoy.",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert la demande {case}, le dépôt revient vers vous aujourd'hui.",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet, das Lager meldet sich heute.",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case}, il deposito ti ricontatta oggi.",
    "pt": "Olá {first}, lamentamos. Abrimos o pedido {case} e o armazém responde-lhe hoje.",
}
CHAT_CASE: dict[str, str] = {
    "en": "So sorry about that. I've opened case {case} and passed it to the depot straight away.",
    "es": "Lo siento mucho. He abierto la incidencia {case} y la paso al almacén ahora mismo.",
    "fr": "Vraiment désolé. J'ai ouvert la demande {case} et je la transmets au dépôt.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} eröffnet und gebe ihn ans Lager.",
    "it": "Mi dispiace molto. Ho aperto la segnalazione {case} e la passo al deposito.",
    "pt": "Lamento imenso. Abri o pedido {case} e passei-o ao armazém.",
}
GOOD_NEWS: dict[str, str] = {
    "en": "Hello {first}, good news on case {case}: it's been put right on our side. Could you confirm it's all fine for you now?",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte. ¿Nos confirmas que todo está bien?",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?",
    "de": "Hallo {first}, gute Nachricht zu Vorgang {case}: es ist bei uns erledigt. Können Sie das bestätigen?",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: è risolta. Ci confermi che è tutto a posto?",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirmed, {case} is sorted, thanks for the quick fix",
        "yep all good now re {case}, thank you",
    ],
    "es": [
        "Confirmado, lo de {case} ya está, gracias por la rapidez",
        "todo ok con {case}, muchas gracias",
    ],
    "fr": ["Confirmé pour {case}, tout est en ordre, merci"],
    "de": ["Bestätigt, {case} ist erledigt, danke"],
    "it": ["Confermo, {case} risolto, grazie"],
    "pt": ["Confirmo, {case} resolvido, obrigada"],
}
APOLOGY: dict[str, list[str]] = {
    "en": [
        "Sorry for shouting yesterday, cold house and a bad day. Thanks for sorting it",
        "apologies for my tone yesterday, your team were very patient",
    ],
    "es": [
        "Perdón por las formas de ayer, estaba desbordada con la casa fría. Gracias por arreglarlo",
        "siento lo de ayer, no eran maneras. gracias",
    ],
    "fr": ["Désolée pour mon ton hier, merci d'avoir réglé ça"],
    "de": ["Entschuldigung für gestern, war echt gereizt. Danke fürs Lösen"],
    "it": ["Scusate per ieri, ero nervosa. Grazie"],
    "pt": ["Desculpem o tom de ontem. Obrigada por resolverem"],
}
LOW_CSAT_WORDS = {
    "en": ["poor", ""],
    "es": ["mal", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "it": ["male", ""],
    "pt": ["mau", ""],
}
LOW_NPS_WORDS = {
    "en": ["cold house, no pellets", ""],
    "es": ["casa helada y sin pellets", ""],
    "fr": ["déçue", ""],
    "de": ["enttäuscht", ""],
    "it": ["delusa", ""],
    "pt": ["desiludida", ""],
}

# later contacts of a repeat contact: still open
STILL_OPEN: dict[str, list[str]] = {
    "en": [
        "Case {case} still open. {topic}, nobody has called. What is going on",
        "still nothing on {case}. {topic}. again I have to chase you",
    ],
    "es": [
        "La incidencia {case} sigue abierta. {topic}, y nadie me ha llamado",
        "sigo sin noticias de {case}. {topic}. otra vez persiguiéndoos",
    ],
    "fr": ["La demande {case} est toujours ouverte. {topic}, personne n'a appelé"],
    "de": ["Vorgang {case} immer noch offen. {topic}, keiner ruft an"],
    "it": ["La segnalazione {case} è ancora aperta. {topic}, nessuno ha chiamato"],
    "pt": ["O pedido {case} continua aberto. {topic}, ninguém ligou"],
}
THIRD: dict[str, str] = {
    "en": " My neighbour gets hers from {comp} and they sort this kind of thing the same day.",
    "es": " Mi cuñado pide a {comp} y a él se lo arreglan en el día.",
    "fr": " Ma voisine commande chez {comp} et eux règlent ça le jour même.",
    "de": " Mein Nachbar bestellt bei {comp}, die regeln so was am selben Tag.",
    "it": " Mio cognato prende da {comp} e glielo sistemano in giornata.",
    "pt": " O meu vizinho compra à {comp} e resolvem no mesmo dia.",
}
FOURTH: dict[str, str] = {
    "en": " This is the FOURTH time I'm writing.",
    "es": " Es la CUARTA vez que escribo.",
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "de": " Ich schreibe zum VIERTEN Mal.",
    "it": " È la QUARTA volta che scrivo.",
    "pt": " É a QUARTA vez que escrevo.",
}
URGENT: dict[str, str] = {
    "en": "I've added this to case {case} and marked it urgent.",
    "es": "Lo añado a la incidencia {case} y la marco como urgente.",
    "fr": "J'ajoute ceci à la demande {case}, marquée urgente.",
    "de": "Ich ergänze Vorgang {case} und markiere ihn als dringend.",
    "it": "Aggiungo alla segnalazione {case} e la segno urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
QUALITY_LEAD: dict[str, str] = {
    "en": "Hello {first}, your case {case} is now with our quality lead, who will call you before Thursday lunchtime.",
    "es": "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del jueves a mediodía.",
    "fr": "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appellera avant jeudi midi.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Donnerstagmittag anruft.",
    "it": "Ciao {first}, la segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro giovedì a pranzo.",
    "pt": "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que lhe liga antes de quinta ao almoço.",
}
CASE_SUBJECT = {
    "en": "Re: Your case {case}",
    "es": "RE: Incidencia {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}

# a sliding churner's six steps; the last names a competitor
SLIDE: dict[str, list[str]] = {
    "en": [
        "Delivery slot 8-12, lorry came at 4pm without a call. Stood in the cold all morning",
        "Some of the firewood this time is damp, hisses in the stove. Not like before",
        "Reserva top-up came with 60 bags instead of 66 and the app shows 66",
        "Pallet still in my drive after four weeks, and now they want a photo of it to 'book' a collection",
        "Charged £25 'difficult access' fee for a driveway you've delivered to for three years. Furious",
        "Done. My sister gets her pellets from {comp}, ordered a pallet there for Saturday",
    ],
    "es": [
        "Franja de 8 a 12 y el camión vino a las 4 sin avisar. Toda la mañana esperando con frío",
        "Esta vez parte de la leña viene húmeda, chisporrotea en la estufa. Antes no pasaba",
        "La reposición de Reserva trajo 60 sacos en vez de 66 y la app dice 66",
        "El palet sigue en mi entrada tras cuatro semanas y ahora piden una foto para 'programar' la recogida",
        "Me cobran 30 € por 'acceso difícil' a una entrada donde llevan tres años repartiendo. Indignada",
        "Se acabó. Mi hermana pide los pellets a {comp} y ya he encargado un palet allí para el sábado",
    ],
    "fr": [
        "Créneau 8-12, camion arrivé à 16h sans prévenir",
        "Une partie du bois est humide cette fois. Ce n'était pas le cas avant",
        "Reserva livrée avec 60 sacs au lieu de 66",
        "Palette toujours dans l'allée après quatre semaines",
        "30 € de frais 'accès difficile' pour une allée livrée depuis trois ans. Furieuse",
        "Terminé. Ma soeur commande chez {comp}, j'ai pris une palette chez eux pour samedi",
    ],
    "de": [
        "Zeitfenster 8-12, Lkw kam um 16 Uhr ohne Anruf",
        "Diesmal ist ein Teil des Holzes feucht. Früher nie",
        "Reserva-Lieferung mit 60 statt 66 Säcken",
        "Palette steht nach vier Wochen immer noch in der Einfahrt",
        "30 € 'schwierige Zufahrt' für eine Einfahrt, die ihr seit drei Jahren beliefert. Stinksauer",
        "Reicht. Meine Schwester bestellt bei {comp}, hab dort eine Palette für Samstag bestellt",
    ],
    "it": [
        "Fascia 8-12, camion arrivato alle 16 senza avvisare",
        "Stavolta parte della legna è umida. Prima mai",
        "Reserva consegnata con 60 sacchi invece di 66",
        "Il bancale è ancora nel vialetto dopo quattro settimane",
        "30 € di 'accesso difficile' per un vialetto dove consegnate da tre anni. Furiosa",
        "Basta. Mia sorella prende il pellet da {comp}, ho ordinato lì un bancale per sabato",
    ],
    "pt": [
        "Janela das 8 às 12 e o camião chegou às 16h sem avisar",
        "Desta vez parte da lenha vem húmida. Antes nunca",
        "Reserva entregue com 60 sacos em vez de 66",
        "A palete continua na entrada há quatro semanas",
        "30 € de 'acesso difícil' numa entrada onde entregam há três anos. Furiosa",
        "Chega. A minha irmã compra à {comp}, encomendei lá uma palete para sábado",
    ],
}
SLIDE_RATINGS = ["3", "3", "2", "2", "1", "1"]

CANCEL_REQ: dict[str, list[str]] = {
    "en": [
        "Hello, we've had a heat pump fitted and the stove is going. Please cancel my Reserva and close the account. Thanks for the years of good service",
        "Hi, moving to a flat with no chimney next month, so please cancel Reserva and close my account.",
    ],
    "es": [
        "Hola, hemos puesto aerotermia y quitamos la estufa. Quiero cancelar Reserva y cerrar la cuenta. Gracias por todo",
        "Buenas, me mudo a un piso sin chimenea. Por favor cancelad mi Reserva y cerrad la cuenta",
    ],
    "fr": [
        "Bonjour, nous passons à la pompe à chaleur. Merci d'annuler Reserva et de fermer mon compte"
    ],
    "de": ["Hallo, wir haben jetzt eine Wärmepumpe. Bitte Reserva kündigen und Konto schließen"],
    "it": [
        "Buongiorno, abbiamo messo la pompa di calore. Vorrei disdire Reserva e chiudere l'account"
    ],
    "pt": ["Olá, instalámos bomba de calor. Quero cancelar a Reserva e fechar a conta"],
}
CANCEL_SUBJECT = {
    "en": "Cancel Reserva",
    "es": "Cancelar Reserva",
    "fr": "Résiliation Reserva",
    "de": "Kündigung Reserva",
    "it": "Disdetta Reserva",
    "pt": "Cancelar Reserva",
}
SORRY_GO: dict[str, str] = {
    "en": "Hello {first}, sorry to see you go. You can cancel Reserva and close the account yourself in the app or on the website, under Account.",
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar Reserva y cerrar la cuenta tú mismo en la app o en la web, en Cuenta.",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, rubrique Compte.",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto kündigen.",
    "it": "Ciao {first}, ci dispiace. Puoi disdire dall'app o dal sito, sezione Account.",
    "pt": "Olá {first}, lamentamos. Pode cancelar na app ou no site, em Conta.",
}

GRUMPY: dict[str, list[str]] = {
    "en": [
        "App logged me out AGAIN. Every single time",
        "Why does the delivery text arrive at 6:30am on a Sunday",
        "Kindling box half empty as usual",
        "drivers never ring the bell, just leave the pallet in the lane",
        "The delivery slot picker only shows next week, every week",
    ],
    "es": [
        "La app me vuelve a sacar de la sesión. Cada vez",
        "Por qué el SMS de entrega llega a las 6:30 un domingo",
        "La caja de astillas medio vacía como siempre",
        "el conductor nunca llama al timbre, deja el palet en la calle",
        "El calendario de entregas solo enseña la semana que viene, siempre",
    ],
    "fr": [
        "L'appli me déconnecte encore",
        "SMS de livraison à 6h30 un dimanche, sérieux",
        "Boîte d'allume-feu à moitié vide",
    ],
    "de": [
        "App loggt mich schon wieder aus",
        "Liefer-SMS um 6:30 am Sonntag, echt jetzt",
        "Anzündholzkiste halb leer wie immer",
    ],
    "it": [
        "L'app mi disconnette di nuovo",
        "SMS di consegna alle 6:30 di domenica",
        "Scatola di legnetti mezza vuota",
    ],
    "pt": [
        "A app volta a desligar-me a sessão",
        "SMS de entrega às 6:30 de domingo",
        "Caixa de acendalhas meio vazia",
    ],
}
SARCASTIC: dict[str, list[str]] = {
    "en": [
        "Love that the 'dry' logs came with their own puddle. Very authentic 👏",
        "Delivery 'between 8 and 12' means 3:55pm apparently. Great timekeeping 🙃",
    ],
    "es": [
        "Qué bonito que la leña 'seca' venga con su propio charco 👏",
        "Entrega 'de 8 a 12' = 15:55. Puntualidad británica 🙃",
    ],
    "fr": ["Le bois 'sec' livré avec sa flaque, quelle attention 👏"],
    "de": ["Toll, das 'trockene' Holz kam mit eigener Pfütze 👏"],
    "it": ["Bellissimo, la legna 'secca' arriva con la sua pozzanghera 👏"],
    "pt": ["Adoro a lenha 'seca' que vem com poça incluída 👏"],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the slot map shows my address in the next village, minor but confusing",
            "Thanks, we've fixed your pin, it only affected the map.",
        )
    ],
    "es": [
        (
            "el mapa de franjas me pone la casa en el pueblo de al lado, nada grave",
            "Gracias, hemos corregido el punto, solo afectaba al mapa.",
        )
    ],
    "fr": [("la carte des créneaux met ma maison au village voisin", "Merci, c'est corrigé.")],
    "de": [
        ("die Karte zeigt mein Haus im Nachbarort, nur so als Hinweis", "Danke, ist korrigiert.")
    ],
    "it": [("la mappa mi mette la casa nel paese vicino", "Grazie, corretto.")],
    "pt": [("o mapa põe a minha casa na aldeia ao lado", "Obrigado, já corrigimos.")],
}

# the planted spike: 'Order again' books a pallet collection instead of a delivery
SPIKE: dict[str, list[str]] = {
    "en": [
        "Pressed Order again for my usual 66 bags and Pellanto booked a COLLECTION of my empty pallet instead. No pellets coming. Trying to cancel it says RZ/884",
        "anyone else? order again button = pallet pickup booked, no delivery, cancel gives error RZ/884. saturday morning and the silo is empty",
        "@Pellanto your app just turned my reorder into a pallet return. Can't undo it, error RZ/884. House is cold",
    ],
    "es": [
        "Le doy a 'Repetir pedido' de mis 66 sacos y la app de Pellanto me programa una RECOGIDA del palet vacío. Ni un pellet. Al cancelar sale RZ/884",
        "a alguien mas le pasa? repetir pedido = recogida de palet, sin entrega, y al anular error RZ/884. sabado y sin pellets",
        "Pellanto vuestra app convierte el pedido en devolución de palet y no deja deshacerlo, error RZ/884",
    ],
    "fr": [
        "J'appuie sur 'Commander à nouveau' et l'appli Pellanto programme une reprise de palette au lieu d'une livraison. Annulation impossible : RZ/884"
    ],
    "de": [
        "'Erneut bestellen' gedrückt und die Pellanto-App bucht eine Palettenabholung statt Lieferung. Stornieren: Fehler RZ/884"
    ],
    "it": [
        "Premo 'Ordina di nuovo' e l'app Pellanto prenota il ritiro del bancale invece della consegna. Annullare dà errore RZ/884"
    ],
    "pt": [
        "Carrego em 'Encomendar de novo' e a app da Pellanto marca uma recolha da palete em vez de entrega. Cancelar dá erro RZ/884"
    ],
}
SPIKE_SUBJECT = {
    "en": "Order again books a pallet collection",
    "es": "Repetir pedido programa recogida de palet",
    "fr": "Commander à nouveau = reprise de palette",
    "de": "Erneut bestellen bucht Abholung",
    "it": "Ordina di nuovo prenota ritiro",
    "pt": "Encomendar de novo marca recolha",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "en": [
        "Still RZ/884. Tried on the website too, same thing: it books a pallet pickup",
        "tried my husbands phone, still RZ/884 and now TWO pallet collections booked",
    ],
    "es": [
        "Sigue el RZ/884. Lo he probado en la web y lo mismo, otra recogida de palet",
        "con el móvil de mi mujer igual, RZ/884 y ya van DOS recogidas",
    ],
    "fr": ["Toujours RZ/884, même sur le site"],
    "de": ["Immer noch RZ/884, auch auf der Website"],
    "it": ["Ancora RZ/884, anche dal sito"],
    "pt": ["Continua RZ/884, também no site"],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "en": "Yes, 'Order again' is booking pallet collections instead of deliveries right now, our engineers are on it. Please don't reorder yet.",
    "es": "Sí, ahora mismo 'Repetir pedido' programa recogidas de palet en lugar de entregas, el equipo técnico está en ello. No repitas el pedido todavía.",
    "fr": "Oui, 'Commander à nouveau' programme des reprises au lieu de livraisons en ce moment, nos techniciens s'en occupent.",
    "de": "Ja, 'Erneut bestellen' bucht gerade Abholungen statt Lieferungen, unsere Technik ist dran.",
    "it": "Sì, 'Ordina di nuovo' sta prenotando ritiri invece di consegne, i tecnici ci stanno lavorando.",
    "pt": "Sim, 'Encomendar de novo' está a marcar recolhas em vez de entregas, a equipa técnica está a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "en": "Hello {first}, 'Order again' works again since {local}. The pallet collection was cancelled, your order is booked for Monday and delivery is on us: {credit} credit added.",
    "es": "Hola {first}, 'Repetir pedido' vuelve a funcionar desde las {local}. Hemos anulado la recogida, tu pedido sale el lunes y el porte corre de nuestra cuenta: {credit} de saldo.",
    "fr": "Bonjour {first}, 'Commander à nouveau' fonctionne depuis {local}. Reprise annulée, livraison lundi offerte : {credit} crédités.",
    "de": "Hallo {first}, 'Erneut bestellen' geht wieder seit {local} Uhr. Abholung storniert, Lieferung am Montag geht auf uns: {credit} gutgeschrieben.",
    "it": "Ciao {first}, 'Ordina di nuovo' funziona di nuovo dalle {local}. Ritiro annullato, consegna lunedì offerta: {credit} di credito.",
    "pt": "Olá {first}, 'Encomendar de novo' funciona desde as {local}. Recolha cancelada, entrega na segunda por nossa conta: {credit} de crédito.",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "anoche al pedir salía un iconito de palet al lado de 'Repetir pedido', el pedido se hizo bien. es normal?",
        "Sí, el icono solo indica que podemos llevarnos el palet vacío con la entrega. Tu pedido está bien.",
    ),
    "en": (
        "last night there was a little pallet icon next to Order again, order went through fine though. is that normal?",
        "Yes, the icon just means we can take your empty pallet away with the delivery. Your order is fine.",
    ),
}
GRUMBLE_SPIKE_WEEK: dict[str, tuple[str, str]] = {
    "es": (
        "el seguimiento del camión tarda un montón en cargar hoy",
        "Gracias por avisar, el mapa de seguimiento va lento esta mañana, ya está mejorando.",
    ),
    "en": (
        "lorry tracking map takes ages to load today",
        "Thanks, the tracking map is slow this morning, it's improving already.",
    ),
}
