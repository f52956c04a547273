# ruff: noqa: E501
"""Consumer wording of heldout76 (Stufaro stairlifts): written from the stories.

Placeholders: {brand}, {plan}, {case}, {comp}, {amt}, {product}, {topic}, {time}.
"""

from __future__ import annotations

BRAND = "Stufaro"
PLAN = "Stufaro Care"
COMPETITORS = ("Treppix", "Escalmo")

# (English / Spanish label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Stairlift rental, first month / Alquiler salvaescaleras, primer mes", 89.0, "/rental"),
    ("Stufaro Care, annual / Stufaro Care, anual", 240.0, "/care-plan"),
    ("Spare remote control / Mando a distancia de repuesto", 39.0, "/accessories/remote"),
    ("Battery pack / Pack de baterías", 119.0, "/accessories/battery"),
    (
        "Memory-foam seat cushion / Cojín viscoelástico para el asiento",
        45.0,
        "/accessories/cushion",
    ),
    ("Grab rail, fitted / Asidero instalado", 65.0, "/accessories/grab-rail"),
    ("Folding footrest upgrade / Reposapiés plegable", 99.0, "/accessories/footrest"),
    ("Straight stairlift, new / Salvaescaleras recto nuevo", 2190.0, "/stairlifts/straight"),
    (
        "Curved stairlift, reconditioned / Salvaescaleras curvo reacondicionado",
        3490.0,
        "/stairlifts/curved",
    ),
    ("Priority service visit / Visita técnica prioritaria", 79.0, "/book-service"),
]

PAGES = [
    "/stairlifts/straight",
    "/stairlifts/curved",
    "/rental",
    "/care-plan",
    "/book-service",
    "/engineer-visits",
    "/help/battery",
    "/help/remote",
    "/account/rental",
    "/outdoor-lifts",
]

PRAISE: dict[str, list[str]] = {
    "es": [
        "Mi madre vuelve a subir sola a su habitación gracias al salvaescaleras de {brand}. Lleva un mes sonriendo, de verdad",
        "El técnico de {brand} se pasó una hora explicándole a mi padre cómo funciona, con una paciencia... Gracias Rubén!!",
        "Instalaron el salvaescaleras en una mañana y sin dejar ni una mota de polvo. Muy recomendable {brand}",
        "mi abuela de 91 años dice que es 'su ascensor privado' jajaja. gracias {brand}",
        "Por fin mi suegro puede bajar al jardín él solo. Servicio de 10, {brand}",
    ],
    "de": [
        "Seit der Treppenlift von {brand} drin ist, kann meine Mutter wieder allein ins Obergeschoss. Danke an das ganze Team!",
        "Monteur war pünktlich, freundlich und hat alles sauber hinterlassen. So muss das sein, {brand}",
        "Papa (88) fährt jetzt jeden Morgen selbst runter zum Frühstück. Hätten wir viel früher machen sollen. Top {brand}",
        "Kurve im Treppenhaus war angeblich 'schwierig', {brand} hats trotzdem in 2 Wochen hinbekommen. Respekt",
        "Die Dame an der Hotline hat sich richtig Zeit für meine Oma genommen. Sowas gibts selten",
    ],
    "en": [
        "Mum's back sleeping upstairs for the first time in a year thanks to the {brand} stairlift. Honestly can't thank them enough",
        "The {brand} fitter was brilliant with dad, explained everything twice and made him a cuppa lol",
    ],
    "fr": [
        "Ma mère peut de nouveau monter seule dans sa chambre grâce au monte-escalier {brand}. Merci !!",
        "Installation faite en une matinée, technicien adorable avec mon père. Je recommande {brand}",
    ],
    "it": [
        "Mia nonna è tornata a dormire al piano di sopra grazie al montascale di {brand}. Grazie davvero",
        "Tecnico puntualissimo e gentile, ha spiegato tutto a mio padre con calma. Bravi {brand}",
    ],
    "pt": [
        "A minha mãe voltou a subir sozinha para o quarto com a cadeira elevatória da {brand}. Obrigada!",
        "Instalação rápida e o técnico foi um amor com o meu avô. Recomendo a {brand}",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera revisión con {brand} y otra vez el mismo técnico majísimo. Así da gusto",
        "Otra vez {brand} al rescate: el mando nuevo llegó en 24h. Siempre cumplen",
    ],
    "de": [
        "Schon wieder so ein netter Techniker bei der Wartung. Dritte Wartung, dritter Volltreffer, {brand}",
        "Immer noch begeistert vom Lift, auch nach einem Jahr. Läuft und läuft",
    ],
    "en": ["Third service visit with {brand} and again bang on time. Never had to chase them once"],
    "fr": ["Encore une révision parfaite, la troisième. {brand} toujours au top"],
    "it": ["Ancora una volta puntuali, terza manutenzione senza un problema. {brand} sempre bravi"],
    "pt": ["Mais uma revisão impecável, já é a terceira. A {brand} nunca falha"],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Todo perfecto con el salvaescaleras, solo que el pitido de la batería es un poco estridente para mi madre. Por lo demás, encantados",
        "Instalación de 10, pero el manual solo viene en PDF y mi padre no tiene ordenador... aun así muy contentos",
    ],
    "de": [
        "Lift top, Einbau top. Nur die Fernbedienung ist echt winzig für Opas Finger. Sonst alles bestens",
        "Sehr gute Beratung, nur die Terminbestätigung kam erst am Vortag. Ansonsten gerne weiterempfehlen",
    ],
    "en": [
        "Love the lift, only gripe is the seat belt clip is stiff for mum's hands. Otherwise spot on"
    ],
    "fr": [
        "Très contents du monte-escalier, seul bémol: le bip de charge est un peu fort la nuit. Sinon parfait"
    ],
    "it": [
        "Tutto ottimo, solo il telecomando è un po' piccolo per mio padre. Per il resto perfetto"
    ],
    "pt": ["Tudo ótimo, só o cinto é um bocadinho duro de apertar. De resto, impecável"],
}

REVIEWS: dict[str, list[tuple[int, str]]] = {
    "es": [
        (5, "Rápidos, limpios y muy humanos. Mi madre encantada con su silla."),
        (4, "Muy buen servicio. El presupuesto tardó un poco pero la instalación fue rapidísima."),
    ],
    "de": [
        (5, "Kompetente Beratung, schneller Einbau, freundliche Monteure. Klare Empfehlung."),
        (
            4,
            "Lift läuft leise und zuverlässig. Wartungstermin hätte früher kommen können, aber alles gut.",
        ),
    ],
    "en": [(5, "Fitted in a morning, fitter was lovely with dad. Five stars.")],
    "fr": [(5, "Service impeccable du devis à la pose. Merci à l'équipe.")],
    "it": [(5, "Servizio eccellente, montascale silenzioso e comodo.")],
    "pt": [(5, "Serviço impecável do orçamento à instalação.")],
}

# (question, agent answer, thanks or "")
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola, el mando a distancia se puede cargar o lleva pilas?",
            "¡Hola! Lleva dos pilas AAA, duran aprox. un año. Si quieres te enviamos un mando de repuesto ya configurado.",
            "genial gracias!!",
        ),
        (
            "Buenas, si mi madre se va un mes al pueblo puedo pausar el alquiler?",
            "Sí, puedes pausar el alquiler hasta 60 días desde Mi cuenta > Alquiler > Pausar. El salvaescaleras se queda instalado.",
            "perfecto, muchas gracias",
        ),
        (
            "la revisión anual entra en el plan Care o se paga aparte?",
            "Entra en {plan}: una revisión al año y salidas por avería sin coste.",
            "",
        ),
    ],
    "de": [
        (
            "Hallo, muss der Lift immer am Ladepunkt oben oder unten stehen?",
            "Hallo! Ja, bitte immer an einer der beiden Ladestationen parken, sonst lädt der Akku nicht.",
            "Danke, gut zu wissen",
        ),
        (
            "kann man den Sitz nachträglich höher stellen lassen? Papa ist recht groß",
            "Ja, das macht der Techniker beim nächsten Termin in 10 Minuten, kostenlos. Soll ich es im Auftrag vermerken?",
            "ja bitte, danke!",
        ),
        (
            "Guten Tag, gilt die Wartung im {plan} auch für einen gebrauchten Lift?",
            "Ja, sobald der Lift bei uns registriert ist, gilt {plan} für ihn genauso.",
            "",
        ),
    ],
    "en": [
        (
            "hi does the footrest fold up on its own or do we need to do it by hand?",
            "Hi! On the newer models it folds automatically when the seat is swivelled; on older ones by hand. Happy to check yours if you send the serial.",
            "brill thanks",
        )
    ],
    "fr": [
        (
            "Bonjour, est-ce que le siège peut pivoter des deux côtés ?",
            "Bonjour ! Oui, le technicien peut régler le sens de pivot lors de la pose ou d'une visite.",
            "merci beaucoup",
        )
    ],
    "it": [
        (
            "ciao, il montascale funziona anche se va via la corrente?",
            "Ciao! Sì, va a batteria: con la carta piena fa circa 15-20 corse anche senza corrente.",
            "grazie mille",
        )
    ],
    "pt": [
        (
            "olá, posso pedir a revisão para um sábado?",
            "Olá! Sim, temos técnicos ao sábado de manhã. Pode marcar na app em Visitas.",
            "obg!",
        )
    ],
}

# (subject, question, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Pregunta sobre la escalera del sótano",
            "Hola, tenemos también una escalera de 6 peldaños que baja al sótano. ¿Se puede poner un segundo salvaescaleras con el mismo plan Care? Gracias, un saludo",
            "Hola, sí: el segundo equipo se añade a tu {plan} con un 30 % de descuento en la cuota. Si quieres te llamamos para fijar la visita de medición. Un saludo, equipo {brand}",
        ),
        (
            "Factura para Hacienda",
            "Buenos días, necesitaría la factura del salvaescaleras con el IVA reducido para la declaración de mi padre. Gracias",
            "Buenos días, te la hemos dejado en Mi cuenta > Facturas, con el IVA reducido del 4 %. Un saludo",
        ),
    ],
    "de": [
        (
            "Frage zur Pflegekasse",
            "Guten Tag, übernimmt die Pflegekasse einen Teil vom Treppenlift? Meine Mutter hat Pflegegrad 2. Mit freundlichen Grüßen",
            "Guten Tag, ja, als wohnumfeldverbessernde Maßnahme sind bis zu 4.180 € möglich. Wir schicken Ihnen gern das Formular und den Kostenvoranschlag. Viele Grüße, Ihr {brand}-Team",
        ),
        (
            "Außenlift",
            "Hallo, geht so ein Lift auch an der Außentreppe zum Garten? Danke und Gruß",
            "Hallo, ja, wir haben wetterfeste Modelle für außen. Ein Techniker kann das bei einem kostenlosen Termin ausmessen. Viele Grüße",
        ),
    ],
    "en": [
        (
            "Question about the rental",
            "Hi, if we rent now and buy later, does any of the rent come off the price? Thanks",
            "Hi, yes: up to six months' rent comes off if you buy the same lift. Best wishes, the {brand} team",
        )
    ],
    "fr": [
        (
            "Question location",
            "Bonjour, la location comprend-elle la dépose quand on n'en a plus besoin ? Cordialement",
            "Bonjour, oui, la dépose et la remise en état de l'escalier sont incluses. Bien cordialement, l'équipe {brand}",
        )
    ],
    "it": [
        (
            "Domanda sul condominio",
            "Buongiorno, serve il permesso del condominio per montare il montascale sulla scala comune? Grazie",
            "Buongiorno, per le scale comuni serve la comunicazione all'amministratore; le mandiamo un modulo già pronto. Cordiali saluti",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre o aluguer",
            "Boa tarde, o aluguer inclui as revisões? Obrigada",
            "Boa tarde, sim, o aluguer inclui revisão anual e assistência. Cumprimentos, equipa {brand}",
        )
    ],
}

# (call transcript, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenas llamo por lo del salvaescaleras de mi madre quería saber si el técnico puede venir por la tarde porque por la mañana tiene rehabilitación vale",
            "Hola, como hablamos por teléfono, te hemos dejado la revisión por la tarde (16-18 h). Un saludo, equipo {brand}",
        ),
        (
            "sí hola mire es que el asiento hace un pequeño clic al girar es normal o hay que mirarlo",
            "Hola, como te comentamos, ese clic es el seguro del giro y es normal. Si cambia de sonido, avísanos. Un saludo",
        ),
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob man die Wartung auch auf einen Samstag legen kann mein Mann arbeitet unter der Woche",
            "Guten Tag, wie am Telefon besprochen, haben wir die Wartung auf Samstagvormittag gelegt. Viele Grüße, Ihr {brand}-Team",
        ),
        (
            "hallo ich habe eine Frage der Akku piept zweimal wenn meine Mutter oben ankommt ist das schlimm",
            "Hallo, wie besprochen: zweimal Piepen heißt nur, dass der Lift nicht genau auf der Ladestation steht. Einfach ein Stück nachfahren. Viele Grüße",
        ),
    ],
    "en": [
        (
            "hi yeah just ringing to ask if the fitter can take the old lift away when he puts the new one in",
            "Hi, as discussed on the phone, the fitter will take the old lift away free of charge. Best wishes, {brand}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le technicien peut passer avant midi jeudi merci",
            "Bonjour, comme convenu au téléphone, le technicien passera jeudi avant midi. Cordialement, {brand}",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se il tecnico può venire il sabato mattina grazie",
            "Buongiorno, come detto al telefono, il tecnico passerà sabato mattina. Cordiali saluti, {brand}",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se a revisão pode ser de manhã por causa da fisioterapia da minha mãe",
            "Boa tarde, como combinado, a revisão fica de manhã. Cumprimentos, {brand}",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["", "", "Todo genial", "👍", "muy amables", "rápidos"],
    "de": ["", "", "Alles super", "👍", "sehr freundlich", "schnell und sauber"],
    "en": ["", "Great", "👍", "lovely fitter"],
    "fr": ["", "Parfait", "👍"],
    "it": ["", "Ottimo", "👍"],
    "pt": ["", "Ótimo", "👍"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "3 de la mañana en urgencias con mi padre y lo único que me tranquiliza es que mañana podrá subir a casa con el salvaescaleras de {brand}",
        "turno de noche en el hospital y pensando que mi madre ya no tiene que dormir en el sofá. gracias {brand}",
    ],
    "de": [
        "Nachtschicht auf der Intensiv und zum ersten Mal keine Sorge, dass Mama nachts die Treppe nimmt. Danke {brand}",
        "2 Uhr nachts, kann nicht schlafen, gucke Videos vom Einbau. Der Lift ist echt ein Segen, {brand}",
    ],
    "en": [
        "4am feed with the baby and I can hear mum's stairlift humming, she's off to the loo on her own. Small things. Thank you {brand}"
    ],
    "fr": [
        "Insomnie, mais au moins je sais que papa ne prend plus l'escalier la nuit. Merci {brand}"
    ],
    "it": ["Notte in bianco, ma almeno mia madre non rischia più le scale. Grazie {brand}"],
    "pt": [
        "Turno da noite e pela primeira vez sem medo que o avô caia na escada. Obrigada {brand}"
    ],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "perdón las horas, el salvaescaleras pita cada 10 min esta noche, lo puedo apagar hasta mañana?",
            "¡Hola! Sí, con la llave del lateral lo apagas sin problema. Mañana déjalo en la estación de carga y deja de pitar.",
            "mil gracias, a dormir",
        ),
        (
            "hola, a qué hora abre mañana la línea para pedir la revisión?",
            "¡Hola! El chat está 24 h y la línea de citas abre a las 8:00.",
            "gracias!",
        ),
    ],
    "de": [
        (
            "sorry für die Uhrzeit, kann ich den Lift nachts ganz ausschalten wegen dem Piepen?",
            "Hallo! Ja, einfach den Schlüssel an der Seite drehen. Morgens wieder an, dann an die Ladestation fahren.",
            "danke, endlich ruhe",
        ),
        (
            "Ab wann kann man morgen Termine buchen?",
            "Hallo! In der App jederzeit, telefonisch ab 8 Uhr.",
            "super danke",
        ),
    ],
    "en": [
        (
            "sorry it's late, can I switch the lift off overnight? it keeps beeping",
            "Hi! Yes, turn the key on the side. Park it on the charging point in the morning and it'll stop.",
            "cheers, lifesaver",
        )
    ],
    "fr": [
        (
            "désolée pour l'heure, je peux éteindre le monte-escalier la nuit ?",
            "Bonsoir ! Oui, avec la clé sur le côté, sans souci.",
            "merci !",
        )
    ],
    "it": [
        (
            "scusate l'ora, posso spegnere il montascale di notte?",
            "Ciao! Sì, con la chiavetta laterale, nessun problema.",
            "grazie",
        )
    ],
    "pt": [
        (
            "desculpem a hora, posso desligar a cadeira à noite?",
            "Olá! Sim, com a chave lateral, sem problema.",
            "obrigada",
        )
    ],
}

# --- problems -----------------------------------------------------------
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
AMOUNTS = {"double_charge": 89.0, "wrong_price": 95.0, "cancel_fee": 60.0, "refund": 350.0}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "técnico que no vino",
        "de": "Techniker nicht erschienen",
        "en": "engineer never came",
        "fr": "technicien jamais venu",
        "it": "tecnico mai arrivato",
        "pt": "técnico que não apareceu",
    },
    "double_charge": {
        "es": "alquiler cobrado dos veces",
        "de": "Miete doppelt abgebucht",
        "en": "rent taken twice",
        "fr": "loyer prélevé deux fois",
        "it": "noleggio addebitato due volte",
        "pt": "aluguer cobrado duas vezes",
    },
    "damage": {
        "es": "pared dañada y asiento roto",
        "de": "Wand beschädigt, Sitz defekt",
        "en": "wall damaged, seat broken",
        "fr": "mur abîmé, siège cassé",
        "it": "muro rovinato, sedile rotto",
        "pt": "parede danificada, assento partido",
    },
    "refund": {
        "es": "fianza sin devolver",
        "de": "Kaution nicht erstattet",
        "en": "deposit not refunded",
        "fr": "caution non remboursée",
        "it": "deposito non restituito",
        "pt": "caução não devolvida",
    },
    "wrong_price": {
        "es": "salida cobrada con plan Care",
        "de": "Anfahrt trotz Care berechnet",
        "en": "call-out charged on Care plan",
        "fr": "déplacement facturé malgré Care",
        "it": "uscita addebitata con piano Care",
        "pt": "deslocação cobrada com plano Care",
    },
    "cancel_fee": {
        "es": "cargo por cambiar la cita",
        "de": "Gebühr für Terminverschiebung",
        "en": "fee for moving the visit",
        "fr": "frais pour déplacer le rdv",
        "it": "penale per spostare l'appuntamento",
        "pt": "taxa por mudar a visita",
    },
}

COMPLAINT_SUBJECT = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "Mi padre estuvo TODA la mañana esperando al técnico para la revisión, vestido y sentado en la entrada. No vino nadie, nadie llamó, y la app dice 'visita realizada'. Realizada por quién??",
            "Segunda vez que pido día libre para la instalación y el técnico no aparece. La app pone COMPLETADA. Esto es una vergüenza",
        ],
        "de": [
            "Meine Mutter hat den ganzen Vormittag auf den Techniker gewartet. Keiner kam, keiner rief an, und in der App steht 'Wartung durchgeführt'. Durchgeführt?? Von wem bitte",
            "Urlaubstag genommen für den Einbau, niemand erschienen, App sagt ERLEDIGT. Was soll das",
        ],
        "en": [
            "Took the day off for the fitting. Nobody came, nobody called, and the app says the visit was COMPLETED. Completed by who exactly?"
        ],
        "fr": [
            "Mon père a attendu le technicien toute la matinée. Personne, pas un appel, et l'appli affiche 'visite effectuée'. Effectuée par qui ?"
        ],
        "it": [
            "Mia madre ha aspettato il tecnico tutta la mattina. Nessuno, nessuna telefonata, e l'app dice 'intervento completato'. Completato da chi?"
        ],
        "pt": [
            "O meu pai esteve a manhã toda à espera do técnico. Ninguém veio, ninguém ligou, e a app diz 'visita concluída'. Concluída por quem?"
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado el alquiler del salvaescaleras DOS veces este mes, {amt} y otros {amt}. Mi madre es pensionista, esto le descuadra el mes entero",
            "dos cargos de {amt} el mismo día por el mismo alquiler. Quiero la devolución YA",
        ],
        "de": [
            "Die Miete für den Treppenlift wurde ZWEIMAL abgebucht, zweimal {amt} am selben Tag. Meine Mutter lebt von der Rente, das ist kein Spaß",
            "Doppelte Abbuchung {amt} + {amt} für denselben Monat. Bitte sofort zurück",
        ],
        "en": [
            "You've taken mum's stairlift rent TWICE this month, {amt} and {amt} again. She's on a pension, sort it out please"
        ],
        "fr": [
            "Le loyer du monte-escalier a été prélevé DEUX fois ce mois-ci, {amt} deux fois. Ma mère est retraitée, merci de rembourser"
        ],
        "it": [
            "Mi avete addebitato il noleggio DUE volte questo mese, {amt} e di nuovo {amt}. Rimborsate subito"
        ],
        "pt": [
            "Cobraram o aluguer da cadeira DUAS vezes este mês, {amt} e outra vez {amt}. A minha mãe é reformada, devolvam já"
        ],
    },
    "damage": {
        "es": [
            "El instalador ha dejado un arañazo de medio metro en la pared de la escalera y encima la palanca de giro del asiento venía rota. Mi madre no puede girar para bajarse. Fotos adjuntas",
            "pared del pasillo destrozada con el taladro y el asiento no gira. Nuevo, eh. NUEVO",
        ],
        "de": [
            "Der Monteur hat die Tapete im Treppenhaus aufgerissen und einen Riss in den Putz gemacht, und der Drehhebel am Sitz war schon kaputt. Mama kann oben nicht aussteigen. Fotos anbei",
            "Neuer Lift, Sitz dreht nicht, Wand ist zerkratzt. Ganz toll",
        ],
        "en": [
            "The fitter's gouged the wall all the way up the stairs and the swivel lever on the seat was broken out of the box. Mum can't get off at the top. Photos attached"
        ],
        "fr": [
            "L'installateur a rayé tout le mur de l'escalier et le levier de pivot du siège était cassé. Ma mère ne peut pas descendre du siège en haut"
        ],
        "it": [
            "L'installatore ha rigato tutto il muro delle scale e la leva del sedile era già rotta. Mia madre non riesce a scendere in cima"
        ],
        "pt": [
            "O instalador riscou a parede da escada toda e a alavanca do assento já vinha partida. A minha mãe não consegue sair em cima"
        ],
    },
    "refund": {
        "es": [
            "Mi madre se vino a vivir con nosotros y devolvimos el salvaescaleras de alquiler hace TRES semanas. La fianza de {amt} sigue sin aparecer y nadie contesta",
            "recogisteis la silla el día 2 y de la fianza ({amt}) ni rastro. cuánto más hay que esperar?",
        ],
        "de": [
            "Der Mietlift wurde vor DREI Wochen abgebaut, weil Mama ins Heim gezogen ist. Die Kaution von {amt} ist immer noch nicht da und keiner meldet sich",
            "Lift abgeholt, Kaution {amt} seit Wochen nicht zurück. Wie lange noch",
        ],
        "en": [
            "The rental lift was taken out THREE weeks ago when mum moved into a home. Still no sign of the {amt} deposit and nobody answers"
        ],
        "fr": [
            "Le monte-escalier loué a été repris il y a TROIS semaines. Toujours pas de remboursement de la caution de {amt}"
        ],
        "it": [
            "Il montascale a noleggio è stato ritirato TRE settimane fa e il deposito di {amt} non è ancora tornato"
        ],
        "pt": [
            "A cadeira alugada foi retirada há TRÊS semanas e a caução de {amt} continua sem aparecer"
        ],
    },
    "wrong_price": {
        "es": [
            "Pago el plan Care precisamente para no pagar salidas y me cobráis {amt} por la avería del mando. Para qué pago entonces??",
            "soy del plan Care desde hace 2 años y me llega un cargo de {amt} por 'desplazamiento'. explicadme esto",
        ],
        "de": [
            "Ich zahle {plan}, damit Anfahrten inklusive sind, und jetzt kommt eine Rechnung über {amt} Anfahrtspauschale. Wofür zahle ich eigentlich?",
            "Care-Kunde seit 2 Jahren und plötzlich {amt} für die Anfahrt. Bitte stornieren",
        ],
        "en": [
            "I pay for {plan} so call-outs are free, and you've charged me {amt} for the call-out. What am I paying for?"
        ],
        "fr": [
            "Je paie {plan} justement pour les déplacements, et on me facture {amt} de déplacement. C'est quoi ça ?"
        ],
        "it": [
            "Pago {plan} proprio per le uscite gratuite e mi avete addebitato {amt} di uscita. Ma scherziamo?"
        ],
        "pt": [
            "Pago o {plan} para não pagar deslocações e cobraram-me {amt}. Para que pago então?"
        ],
    },
    "cancel_fee": {
        "es": [
            "Cambié la visita de medición con CUATRO días de antelación y me habéis cobrado {amt} de 'cancelación tardía'. Tardía??",
            "{amt} por mover una cita 4 días antes. en serio?",
        ],
        "de": [
            "Ich habe den Aufmaßtermin VIER Tage vorher verschoben und bekomme {amt} 'Stornogebühr'. Vier Tage!",
            "{amt} Gebühr fürs Verschieben eines Termins, vier Tage vorher. Geht's noch",
        ],
        "en": [
            "I moved the survey visit FOUR days ahead and got charged {amt} for 'late cancellation'. Late?"
        ],
        "fr": [
            "J'ai décalé la visite QUATRE jours avant et on me facture {amt} d'annulation tardive"
        ],
        "it": [
            "Ho spostato il sopralluogo con QUATTRO giorni di anticipo e mi addebitate {amt} di penale"
        ],
        "pt": [
            "Mudei a visita com QUATRO dias de antecedência e cobraram {amt} de cancelamento tardio"
        ],
    },
}

# Long e-mails: the complaint sits inside a letter (Spanish and German only).
LONG_FRAME: dict[str, list[str]] = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del centro de salud, mientras a mi madre le hacen las curas de la pierna, así que perdonen si voy a saltos. Llevamos desde la primavera organizándolo todo para que ella pueda quedarse en su casa: el baño adaptado, la cama articulada, la vecina que sube a mediodía, mi hermano que viene los fines de semana desde Zaragoza. El salvaescaleras era la última pieza y estábamos muy ilusionados.\n\nEl problema es este: {complaint}\n\nYo trabajo a turnos en una residencia y cada hora que pierdo con esto es una hora que no estoy con ella. Les pido que me llamen y lo solucionen esta semana. Tengo todas las capturas.\n\nUn saludo,\n{name}",
        "Hola, buenos días.\n\nNo suelo escribir reclamaciones y me cuesta, porque la verdad es que el comercial fue encantador y la instalación parecía bien hecha. Mi padre tiene 86 años, se rompió la cadera en enero y desde entonces dormía en el salón. Le he montado casi toda la casa de nuevo, entre el fisio, la ortopedia y las facturas.\n\nPero {complaint}\n\nLes agradecería una respuesta por escrito, porque por teléfono me han pasado de una persona a otra. Gracias de antemano.\n\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Auto vor der Tagespflege, in der meine Mutter dienstags ist, deshalb kurz und ohne Schnörkel. Wir haben seit dem Frühjahr alles darangesetzt, dass sie in ihrem Haus bleiben kann: Bad umgebaut, Pflegedienst organisiert, die Nachbarin hat einen Schlüssel. Der Treppenlift war das letzte große Stück, und wir waren froh, uns für Sie entschieden zu haben.\n\nNun aber: {complaint}\n\nIch arbeite Vollzeit und fahre jeden zweiten Abend 40 Kilometer zu ihr. Ich bitte um einen Rückruf und eine Lösung in dieser Woche.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo liebes {brand}-Team,\n\neigentlich wollte ich Ihnen nur ein Foto von meinem Vater schicken, wie er stolz mit dem Lift nach oben fährt, er ist 91 und hat sich geweigert, ins Heim zu gehen. Die Beratung war klasse und er mag den Techniker sehr.\n\nLeider muss ich das jetzt mit einer Beschwerde verbinden: {complaint}\n\nIch hoffe sehr, dass das schnell geklärt wird, denn eigentlich würde ich Sie gern weiterempfehlen.\n\nViele Grüße\n{name}",
    ],
}

SPOKEN_START = {
    "es": "hola buenas llamo porque ",
    "de": "ja guten Tag ich rufe an weil ",
    "en": "hi yeah i'm ringing because ",
    "fr": "oui bonjour j'appelle parce que ",
    "it": "sì buongiorno chiamo perché ",
    "pt": "olá boa tarde estou a ligar porque ",
}
SPOKEN_END = {
    "es": " y quiero que alguien me lo solucione ya",
    "de": " und ich möchte dass das jetzt geklärt wird",
    "en": " and i want someone to sort it today",
    "fr": " et je veux que ce soit réglé",
    "it": " e voglio che qualcuno lo risolva",
    "pt": " e quero que alguém resolva isto",
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} ({topic}) y un compañero la revisa hoy mismo. Un saludo, equipo {brand}",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo, das tut uns sehr leid. Wir haben den Vorgang {case} ({topic}) angelegt, ein Kollege kümmert sich noch heute darum. Viele Grüße, Ihr {brand}-Team",
    ),
    "en": (
        "Re: Your case {case}",
        "Hello, we're very sorry. We've opened case {case} ({topic}) and a colleague is looking at it today. Kind regards, the {brand} team",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour, nous sommes désolés. Nous avons ouvert la demande {case} ({topic}), un collègue s'en occupe aujourd'hui. Cordialement, l'équipe {brand}",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Buongiorno, ci dispiace molto. Abbiamo aperto la segnalazione {case} ({topic}), un collega la segue oggi stesso. Cordiali saluti, il team {brand}",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá, lamentamos muito. Abrimos o pedido {case} ({topic}) e um colega trata dele hoje. Cumprimentos, equipa {brand}",
    ),
}
CHAT_CASE = {
    "es": "Lo siento mucho. Te abro la incidencia {case} ahora mismo y te escribimos hoy con la solución.",
    "de": "Das tut mir sehr leid. Ich lege sofort den Vorgang {case} an, Sie hören heute noch von uns.",
    "en": "I'm so sorry. I've opened case {case} right now and we'll email you today.",
    "fr": "Je suis vraiment désolée. J'ouvre la demande {case} tout de suite, on vous écrit aujourd'hui.",
    "it": "Mi dispiace molto. Apro subito la segnalazione {case}, le scriviamo oggi.",
    "pt": "Lamento muito. Abro já o pedido {case} e escrevemos-lhe hoje.",
}
CHAT_URGENT = {
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "de": "Ich habe es zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "en": "I've added this to case {case} and marked it urgent.",
    "fr": "Je l'ai ajouté à la demande {case} en urgence.",
    "it": "L'ho aggiunto alla segnalazione {case} come urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola de nuevo: buenas noticias sobre la incidencia {case}, ya está resuelto por nuestra parte. ¿Nos confirmas que todo está bien? Un saludo, equipo {brand}",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo nochmal, gute Nachrichten zum Vorgang {case}: von unserer Seite ist es erledigt. Können Sie kurz bestätigen, dass alles passt? Viele Grüße",
    ),
    "en": (
        "Re: Your case {case}",
        "Hello again, good news on case {case}: it's sorted on our side. Could you confirm everything's fine? Kind regards",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous confirmer ? Cordialement",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Buongiorno, buone notizie sulla segnalazione {case}: è risolta da parte nostra. Ci conferma che va tutto bene? Cordiali saluti",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá, boas notícias sobre o pedido {case}: está resolvido da nossa parte. Pode confirmar? Cumprimentos",
    ),
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Un saludo, equipo {brand}",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Viele Grüße, Ihr {brand}-Team",
    ),
    "en": (
        "Re: Your case {case}",
        "Hello, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Kind regards, {brand}",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour, votre demande {case} est suivie par notre responsable qualité, qui vous appellera avant vendredi midi. Cordialement",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Buongiorno, la sua segnalazione {case} è ora seguita dalla responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia.",
    ),
}
APOLOGY = {
    "es": [
        "Perdón por el tono de ayer, estaba desbordada con lo de mi madre. Gracias por arreglarlo tan rápido",
        "oye siento lo de ayer, mal día. ya está todo bien, gracias",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, war alles ein bisschen viel mit Papa. Danke, dass es so schnell ging",
        "sorry wegen gestern, war nicht mein Tag. Danke fürs Kümmern",
    ],
    "en": [
        "Sorry for my tone yesterday, it was a rough day with mum. Thanks for sorting it so fast"
    ],
    "fr": [
        "Désolée pour mon ton d'hier, journée difficile avec mon père. Merci d'avoir réglé ça si vite"
    ],
    "it": ["Scusate il tono di ieri, giornata pesante con mia madre. Grazie per la rapidità"],
    "pt": ["Desculpem o tom de ontem, foi um dia difícil. Obrigada por resolverem tão depressa"],
}
CONFIRM = {
    "es": "Confirmado, la incidencia {case} está resuelta. Gracias!",
    "de": "Bestätigt, Vorgang {case} ist erledigt, alles in Ordnung. Danke!",
    "en": "Confirmed, case {case} is sorted. Thanks!",
    "fr": "Confirmé, la demande {case} est réglée. Merci !",
    "it": "Confermo, la segnalazione {case} è risolta. Grazie!",
    "pt": "Confirmo, o pedido {case} está resolvido. Obrigada!",
}
CONFIRM_SUBJECT = {
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}

LATER2 = {
    "es": [
        "Sigo esperando con la incidencia {case} ({topic}). Nadie me ha llamado y sigue todo igual",
        "incidencia {case} SIN resolver. {topic}, sigue igual que ayer",
    ],
    "de": [
        "Vorgang {case} ({topic}) ist immer noch offen. Niemand hat sich gemeldet",
        "Nochmal wegen {case}: {topic}, nichts passiert bisher",
    ],
    "en": ["Still waiting on case {case} ({topic}). Nobody's called and nothing's changed"],
    "fr": ["Toujours rien pour la demande {case} ({topic}). Personne ne m'a rappelée"],
    "it": ["Ancora niente per la segnalazione {case} ({topic}). Nessuno mi ha chiamato"],
    "pt": ["Continuo à espera do pedido {case} ({topic}). Ninguém ligou"],
}
LATER3 = {
    "es": [
        "Tercera vez que escribo por la incidencia {case}. Una compañera de trabajo tiene el salvaescaleras con {comp} y a ella se lo arreglan en el día",
        "Incidencia {case}, tercera vez. He mirado lo que cobra {comp} y me lo estoy pensando",
    ],
    "de": [
        "Dritte Nachricht zu {case}. Bei einer Kollegin mit Lift von {comp} wird sowas am selben Tag erledigt",
        "Zum dritten Mal Vorgang {case}. Ich habe mir mal angeschaut, was {comp} verlangt",
    ],
    "en": [
        "Third time writing about case {case}. A colleague has a {comp} lift and they sort this the same day"
    ],
    "fr": [
        "Troisième fois pour la demande {case}. Une collègue est chez {comp}, eux règlent ça dans la journée"
    ],
    "it": ["Terza volta per la segnalazione {case}. Ho guardato quanto chiede {comp}"],
    "pt": ["Terceira vez sobre o pedido {case}. Vi quanto cobra a {comp}"],
}
LATER4 = {
    "es": [
        "CUARTA vez. Incidencia {case}. {topic}. YA ESTÁ BIEN",
        "Es la CUARTA vez que contacto por {case} y sigue sin resolverse",
    ],
    "de": [
        "Zum VIERTEN Mal: Vorgang {case}, {topic}. JETZT REICHTS",
        "VIERTE Nachricht zu {case}. Immer noch nicht gelöst",
    ],
    "en": ["FOURTH time. Case {case}. {topic}. Enough"],
    "fr": ["QUATRIÈME fois. Demande {case}. {topic}. Ça suffit"],
    "it": ["QUARTA volta. Segnalazione {case}. {topic}. Basta"],
    "pt": ["QUARTA vez. Pedido {case}. {topic}. Chega"],
}

SLIDE: dict[str, list[str]] = {
    "es": [
        "La revisión anual llegó con tres horas de retraso y sin avisar. Mi padre esperando sentado desde las 9",
        "El técnico se fue sin probar el giro del asiento. Tuve que llamar otra vez",
        "Ahora la app pide foto de cada peldaño para pedir una visita. A una señora de 84 años...",
        "Segundo mes que la batería no carga bien y la respuesta es 'déjelo más tiempo en la base'. Ya",
        "Os habéis cobrado 35 € de 'ajuste' que nadie pidió. Con fotos de la propia app de que estaba perfecto. Estoy HARTA",
        "Mi cuñado tiene el salvaescaleras con {comp} y ya le he pedido presupuesto para la escalera de mi madre",
    ],
    "de": [
        "Wartung drei Stunden zu spät, ohne Anruf. Papa saß ab 9 Uhr fertig angezogen im Flur",
        "Techniker ist gegangen ohne die Drehfunktion zu testen. Musste nochmal anrufen",
        "Jetzt will die App ein Foto von jeder Stufe, bevor man einen Termin bekommt. Für eine 84-Jährige...",
        "Zweiter Monat, dass der Akku nicht richtig lädt, Antwort: 'länger auf der Station lassen'. Aha",
        "35 € 'Justierung' abgebucht, die keiner bestellt hat. Mit den Fotos aus Ihrer eigenen App, dass alles passte. Mir reichts",
        "Mein Schwager hat seinen Lift von {comp}, ich hab dort für Mamas Treppe ein Angebot angefragt",
    ],
    "en": [
        "Annual service three hours late, no call. Dad sat waiting in the hall from 9",
        "Engineer left without testing the swivel. Had to ring again",
        "Now the app wants a photo of every step before you can book a visit. For an 84 year old...",
        "Second month the battery won't charge properly, answer is 'leave it on the base longer'. Right",
        "£30 'adjustment' charge nobody asked for, with your own app's photos showing it was fine. I'm DONE",
        "My brother-in-law's got a {comp} lift, I've asked them to quote for mum's stairs",
    ],
    "fr": [
        "Révision avec trois heures de retard, sans appel. Papa attendait depuis 9h",
        "Le technicien est reparti sans tester le pivot. J'ai dû rappeler",
        "Maintenant l'appli veut une photo de chaque marche pour réserver. Pour une dame de 84 ans...",
        "Deuxième mois que la batterie charge mal, réponse: 'laissez-le plus longtemps sur la base'",
        "35 € de 'réglage' que personne n'a demandé, avec les photos de votre appli qui montrent que tout allait bien. J'en ai MARRE",
        "Mon beau-frère a un monte-escalier {comp}, je leur ai demandé un devis pour ma mère",
    ],
    "it": [
        "Manutenzione con tre ore di ritardo, senza una telefonata. Papà ad aspettare dalle 9",
        "Il tecnico è andato via senza provare la rotazione. Ho dovuto richiamare",
        "Adesso l'app vuole una foto di ogni gradino per prenotare. Per una signora di 84 anni...",
        "Secondo mese che la batteria non carica bene, risposta: 'lo lasci di più sulla base'",
        "35 € di 'regolazione' che nessuno ha chiesto, con le foto della vostra app che era tutto a posto. BASTA",
        "Mio cognato ha il montascale di {comp}, ho chiesto a loro un preventivo per mia madre",
    ],
    "pt": [
        "Revisão com três horas de atraso e sem aviso. O meu pai à espera desde as 9",
        "O técnico foi-se embora sem testar a rotação. Tive de ligar outra vez",
        "Agora a app pede foto de cada degrau para marcar visita. A uma senhora de 84 anos...",
        "Segundo mês que a bateria não carrega bem, resposta: 'deixe mais tempo na base'",
        "35 € de 'ajuste' que ninguém pediu, com fotos da vossa própria app a mostrar que estava tudo bem. FARTA",
        "O meu cunhado tem cadeira da {comp}, já lhes pedi orçamento para a escada da minha mãe",
    ],
}
SLIDE_RATINGS = [3, 3, 2, 2, 1, 1]

SARCASM: dict[str, list[str]] = {
    "es": [
        "Qué maravilla, el técnico 'de mañana' llegó a las 19:50. Justo para que mi madre probara la silla a oscuras 👏",
        "Genial el mando nuevo, tan pequeño que mi padre lo ha perdido dos veces en el sofá hoy 😂",
    ],
    "de": [
        "Toll, der 'Vormittagstermin' war um 19:45 da. Genau richtig, um den Lift im Dunkeln auszuprobieren 👏",
        "Die neue Fernbedienung ist so klein, dass Opa sie heute zweimal im Sofa verloren hat. Super Design 😂",
    ],
    "en": [
        "Love that the 'morning' visit turned up at 7:45pm. Perfect for testing the lift in the dark 👏"
    ],
    "fr": [
        "Génial, le rendez-vous 'du matin' est arrivé à 19h45. Parfait pour tester dans le noir 👏"
    ],
    "it": [
        "Fantastico, l'appuntamento 'di mattina' è arrivato alle 19:45. Perfetto per provare al buio 👏"
    ],
    "pt": [
        "Que maravilha, a visita 'da manhã' chegou às 19:45. Perfeito para testar às escuras 👏"
    ],
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "la app me cierra la sesión cada vez que la abro. cada vez",
        "el sms de 'su técnico llega en 30 min' a las 7 de la mañana, en serio?",
        "45 min en espera para cambiar una cita",
        "el cinto del asiento se engancha siempre",
        "el pitido de carga se oye desde la calle",
        "nunca avisáis cuando cambia la hora de la visita",
        "la factura llega a nombre de mi madre y el cargo a mi cuenta, un lío",
    ],
    "de": [
        "App loggt mich jedes Mal aus. Jedes. Mal.",
        "SMS 'Techniker kommt in 30 Min' um 7 Uhr früh, echt jetzt",
        "45 Minuten Warteschleife für eine Terminänderung",
        "Der Gurt verhakt sich ständig",
        "Das Ladepiepen hört man bis auf die Straße",
        "Nie Bescheid, wenn sich die Uhrzeit vom Termin ändert",
        "Rechnung auf Mama, Abbuchung bei mir, totales Chaos",
    ],
    "en": [
        "app logs me out every single time",
        "'engineer arriving in 30 mins' text at 7am, really?",
        "45 minutes on hold to move a visit",
        "seat belt snags every time",
        "you never say when the visit time changes",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "sms 'technicien dans 30 min' à 7h du matin, sérieux ?",
        "45 minutes d'attente pour décaler un rdv",
        "la ceinture accroche tout le temps",
        "jamais prévenus quand l'heure change",
    ],
    "it": [
        "l'app mi fa uscire ogni volta",
        "sms 'tecnico tra 30 minuti' alle 7 di mattina, davvero?",
        "45 minuti in attesa per spostare un appuntamento",
        "la cintura si incastra sempre",
        "mai un avviso quando cambia l'orario",
    ],
    "pt": [
        "a app faz logout sempre que abro",
        "sms 'técnico chega em 30 min' às 7 da manhã, a sério?",
        "45 minutos em espera para mudar uma visita",
        "o cinto prende sempre",
        "nunca avisam quando muda a hora",
    ],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "el buscador de técnicos me sale en otra provincia, no sé por qué",
            "¡Gracias por avisar! Revisa que tu código postal esté bien en Mi cuenta; si sigue, lo miramos.",
        ),
        (
            "las notificaciones me llegan en inglés, se puede cambiar?",
            "Sí, en Ajustes > Idioma. ¡Gracias por decirlo!",
        ),
    ],
    "de": [
        (
            "Die Techniker-Suche zeigt mir eine andere Stadt an, komisch",
            "Danke für den Hinweis! Bitte prüfen Sie die PLZ im Konto, sonst schauen wir nach.",
        ),
        (
            "Benachrichtigungen kommen auf Englisch, kann man das ändern?",
            "Ja, unter Einstellungen > Sprache. Danke für den Hinweis!",
        ),
    ],
    "en": [
        (
            "the engineer finder shows the wrong town for me",
            "Thanks for flagging! Check the postcode in your account; if it persists we'll look.",
        )
    ],
    "fr": [
        (
            "les notifications arrivent en anglais, c'est réglable ?",
            "Oui, dans Réglages > Langue. Merci !",
        )
    ],
    "it": [
        (
            "le notifiche arrivano in inglese, si può cambiare?",
            "Sì, in Impostazioni > Lingua. Grazie!",
        )
    ],
    "pt": [
        (
            "as notificações chegam em inglês, dá para mudar?",
            "Sim, em Definições > Idioma. Obrigado!",
        )
    ],
}
FORM_ACK = {
    "es": (
        "RE: Tu mensaje",
        "Hola, gracias por avisarnos. Ya lo hemos pasado al equipo de la app. Un saludo",
    ),
    "de": (
        "AW: Ihre Nachricht",
        "Hallo, danke für den Hinweis, wir haben es ans App-Team gegeben. Viele Grüße",
    ),
    "en": ("Re: Your message", "Hi, thanks for letting us know, we've passed it to the app team."),
    "fr": ("RE : Votre message", "Bonjour, merci, nous avons transmis à l'équipe de l'appli."),
    "it": ("R: Il suo messaggio", "Buongiorno, grazie, l'abbiamo girato al team dell'app."),
    "pt": ("RE: A sua mensagem", "Olá, obrigado, passámos à equipa da app."),
}

LEAVE: dict[str, list[str]] = {
    "es": [
        "Hola, mi madre se ha venido a vivir con nosotros a un piso con ascensor y ya no necesitamos el salvaescaleras. Quiero dar de baja el plan Care y cerrar la cuenta, por favor. Gracias por todo",
        "Buenas, hemos vendido la casa del pueblo y mi padre se muda a una planta baja. Quiero cancelar {plan} y cerrar la cuenta. Un saludo",
    ],
    "de": [
        "Hallo, meine Mutter zieht zu uns in eine Erdgeschosswohnung, wir brauchen den Lift nicht mehr. Ich möchte {plan} kündigen und das Konto schließen. Danke für alles",
        "Guten Tag, das Haus ist verkauft, Papa wohnt jetzt im betreuten Wohnen mit Aufzug. Bitte {plan} kündigen und Konto schließen.",
    ],
    "en": [
        "Hi, mum's moved into a bungalow so we don't need the lift any more. I'd like to cancel {plan} and close the account please. Thanks for everything"
    ],
    "fr": [
        "Bonjour, mon père déménage en rez-de-chaussée. Je souhaite résilier {plan} et fermer le compte. Merci pour tout"
    ],
    "it": [
        "Buongiorno, mia madre si trasferisce in un appartamento con ascensore. Vorrei disdire {plan} e chiudere l'account. Grazie di tutto"
    ],
    "pt": [
        "Olá, a minha mãe mudou-se para um rés-do-chão. Quero cancelar o {plan} e fechar a conta. Obrigada por tudo"
    ],
}
LEAVE_SUBJECT = {
    "es": "Baja del plan Care",
    "de": "Kündigung {plan}",
    "en": "Cancel {plan}",
    "fr": "Résiliation {plan}",
    "it": "Disdetta {plan}",
    "pt": "Cancelar {plan}",
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Baja del plan Care",
        "Hola, sentimos que os vayáis y nos alegra que tu madre esté bien. Puedes cancelar tú mismo en la app o en la web, en Mi cuenta > Plan. Un abrazo, equipo {brand}",
    ),
    "de": (
        "AW: Kündigung {plan}",
        "Hallo, schade, dass Sie gehen, und alles Gute für den Umzug. Kündigen können Sie selbst in der App oder auf der Website unter Konto > Tarif. Viele Grüße",
    ),
    "en": (
        "Re: Cancel {plan}",
        "Hi, sorry to see you go and all the best with the move. You can cancel yourself in the app or on the website under Account > Plan.",
    ),
    "fr": (
        "RE : Résiliation {plan}",
        "Bonjour, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Formule.",
    ),
    "it": (
        "R: Disdetta {plan}",
        "Buongiorno, ci dispiace vedervi andare. Può disdire da solo nell'app o sul sito, Account > Piano.",
    ),
    "pt": (
        "RE: Cancelar {plan}",
        "Olá, lamentamos a saída. Pode cancelar na app ou no site, Conta > Plano.",
    ),
}

# --- the planted spike ------------------------------------------------------
SPIKE_TOPIC = "stairlift 24-hour breakdown line down: the phone number answers with a fax tone and the app's call button fails with error L9-44B, so no breakdown can be reported"
SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "@{brand} la silla de mi madre se ha parado a mitad de escalera y el teléfono de averías 24h suena como un FAX. La app dice 'Error L9-44B'. Alguien???",
        "Llamo a la línea de averías y solo hay un pitido de fax. Desde la app: L9-44B. Mi padre no puede bajar. Qué hago",
        "urgente: el número de averías no funciona (pitido raro) y el botón de llamar de la app da error L9-44B. el salvaescaleras pita y no se mueve",
        "Buenos días, llevo 20 minutos intentando llamar a averías. Pitidos de fax y luego se corta. App: L9-44B. Es domingo y mi madre está arriba sin poder bajar",
        "Perdonad que escriba por aquí pero es que no hay otra forma: el teléfono de averías da tono de fax y en la app sale L9-44B. La silla de mi abuela no carga y pita cada minuto",
        "a ver, que alguien me explique por qué el número de URGENCIAS de averías suena a fax de los 90. L9-44B en la app. mi suegro lleva media hora sentado en la silla a medio camino",
    ],
    "de": [
        "@{brand} Störungshotline piept nur wie ein Faxgerät und die App sagt 'Fehler L9-44B'. Mamas Lift steht mitten auf der Treppe!",
        "Notfallnummer geht nicht, nur Faxton, App-Anruf bricht mit L9-44B ab. Papa kommt nicht runter. Was jetzt?",
        "Sonntagmorgen, Lift piept und bewegt sich nicht, Störungsnummer = Faxgeräusch, App = L9-44B. Toll.",
        "Guten Morgen, die 24h-Störungsnummer ist nicht erreichbar (Faxton, dann aufgelegt) und in der App kommt L9-44B. Meine Mutter sitzt oben fest.",
        "Hallo? Bei der Störungsnummer kommt nur dieses Fax-Quietschen, in der App Fehler L9-44B. Opas Lift zeigt rotes Licht und fährt nicht. Bitte um Rückruf!!",
        "Wir versuchen seit 7 Uhr die Notfallnummer. Faxton. App: L9-44B. Meine Schwiegermutter traut sich ohne Lift nicht die Treppe runter, sie muss aber zur Toilette",
    ],
    "en": [
        "@{brand} your 24h breakdown line is just a fax screech and the app says error L9-44B. Mum's lift has stopped halfway up. Anyone??",
        "breakdown number = fax noise, app call button = L9-44B. dad stuck upstairs. what do we do",
    ],
    "fr": [
        "Le numéro de dépannage 24h fait un bruit de fax et l'appli affiche l'erreur L9-44B. Le monte-escalier de ma mère est bloqué à mi-étage",
        "@{brand} ligne de panne = tonalité de fax, appli = L9-44B. mon père est coincé en haut",
    ],
    "it": [
        "Il numero guasti 24h fa il suono del fax e l'app dà errore L9-44B. Il montascale di mia madre è fermo a metà scala",
        "@{brand} linea guasti fuori uso (fax) e app L9-44B, papà bloccato di sopra",
    ],
    "pt": [
        "A linha de avarias 24h só dá sinal de fax e a app diz erro L9-44B. A cadeira da minha mãe parou a meio da escada",
        "@{brand} linha de avarias = som de fax, app = L9-44B. o meu pai está preso lá em cima",
    ],
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue igual, L9-44B también desde el móvil de mi marido y el número sigue con el fax",
        "Nada, media hora después sigue el fax en averías y L9-44B en la app",
    ],
    "de": [
        "Immer noch L9-44B, auch vom Handy meiner Frau, und die Nummer faxt weiter",
        "Halbe Stunde später: immer noch Faxton und L9-44B",
    ],
    "en": ["Still L9-44B, tried from my husband's phone too, still the fax noise"],
    "fr": ["Toujours L9-44B, même depuis le téléphone de mon mari"],
    "it": ["Ancora L9-44B, anche dal telefono di mia moglie"],
    "pt": ["Continua L9-44B, também do telemóvel do meu marido"],
}
SPIKE_CHAT_ANSWER = {
    "es": "Sí, ahora mismo la línea de averías no funciona y nuestros técnicos ya están en ello. Si alguien está en peligro llama al 112; la silla se puede bajar con la palanca manual bajo el asiento. Te llamamos en cuanto vuelva.",
    "de": "Ja, die Störungsnummer ist gerade ausgefallen, unsere Technik arbeitet daran. Bei Gefahr bitte 112 rufen; der Lift lässt sich mit dem Handhebel unter dem Sitz absenken. Wir rufen Sie zurück.",
    "en": "Yes, the breakdown line is down right now and our engineers are on it. If anyone's in danger call 999/112; the lift can be lowered with the manual lever under the seat. We'll call you back.",
    "fr": "Oui, la ligne de dépannage est en panne en ce moment, nos techniciens s'en occupent. En cas de danger, appelez le 112 ; le siège se descend avec le levier manuel. On vous rappelle.",
    "it": "Sì, la linea guasti è fuori servizio, i tecnici ci stanno lavorando. In caso di pericolo chiami il 112; il sedile si abbassa con la leva manuale. La richiamiamo.",
    "pt": "Sim, a linha de avarias está em baixo neste momento, os técnicos já estão a tratar. Em caso de perigo ligue 112; a cadeira desce com a alavanca manual. Ligamos-lhe de volta.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Línea de averías de nuevo operativa",
        "Hola, la línea de averías funciona de nuevo desde las {time}. Sentimos mucho el susto: te hemos abonado un mes de {plan} ({amt}). Un técnico te llama hoy. Equipo {brand}",
    ),
    "de": (
        "Störungshotline wieder erreichbar",
        "Hallo, die Störungsnummer funktioniert seit {time} Uhr wieder. Es tut uns sehr leid: wir haben Ihnen einen Monat {plan} gutgeschrieben ({amt}). Ein Techniker ruft Sie heute an.",
    ),
    "en": (
        "Breakdown line working again",
        "Hello, the breakdown line has worked again since {time}. We're so sorry: a month of {plan} ({amt}) has been credited. An engineer will call you today.",
    ),
    "fr": (
        "Ligne de dépannage rétablie",
        "Bonjour, la ligne de dépannage fonctionne de nouveau depuis {time}. Toutes nos excuses : un mois de {plan} ({amt}) vous est crédité.",
    ),
    "it": (
        "Linea guasti di nuovo attiva",
        "Buongiorno, la linea guasti funziona di nuovo dalle {time}. Ci scusiamo: le abbiamo accreditato un mese di {plan} ({amt}).",
    ),
    "pt": (
        "Linha de avarias de novo ativa",
        "Olá, a linha de avarias funciona de novo desde as {time}. Pedimos desculpa: creditámos um mês de {plan} ({amt}).",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "ayer por la noche probé el botón de 'llamar a averías' de la app para ver si funcionaba y me atendió una chica enseguida. de verdad hay alguien también los domingos?",
        "¡Hola! Sí, la línea de averías está atendida 24 h, también domingos y festivos.",
    ),
    "de": (
        "Hab gestern Abend mal den Störungs-Knopf in der App getestet, war sofort jemand dran. Ist die Nummer wirklich auch sonntags besetzt?",
        "Hallo! Ja, die Störungsnummer ist rund um die Uhr besetzt, auch sonntags.",
    ),
}
WEEK_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "la página de visitas de la app tarda un montón en cargar",
        "¡Gracias! Lo sabemos, esta semana sale una mejora.",
    ),
    "de": (
        "Die Terminseite in der App lädt ewig",
        "Danke! Ist bekannt, diese Woche kommt ein Update.",
    ),
}
