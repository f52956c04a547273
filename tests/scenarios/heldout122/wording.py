# ruff: noqa: E501
"""Wording for heldout122 (Vidralo, glass repair and glazing at home): consumers and the spike.

Placeholders: {b} brand, {case} case reference, {prod} product, {comp} competitor,
{amt} amount, {code} error code, {t} local time, {day} weekday.
"""

from __future__ import annotations

BRAND = "Vidralo"
COMPETITORS = ("Glasmo", "Cristelux")
SPIKE_CODE = "TEL.82B"

PRODUCTS: list[tuple[str, str, float]] = [
    (
        "Double-glazed unit replaced / Sustitución de doble acristalamiento",
        "/services/double-glazing",
        189.0,
    ),
    ("Window pane replaced / Cristal de ventana sustituido", "/services/window-pane", 96.0),
    ("Shower screen fitted / Mampara de ducha instalada", "/services/shower-screen", 329.0),
    ("Mirror cut to size / Espejo a medida", "/services/mirror", 74.5),
    ("Glass table top / Tablero de vidrio a medida", "/services/table-top", 118.0),
    ("Emergency boarding-up / Tapiado de emergencia", "/services/emergency", 145.0),
    ("Cat flap in glass / Gatera en cristal", "/services/cat-flap", 139.0),
    ("Fogged unit survey / Revisión de cristal empañado", "/services/survey", 39.0),
]

PAGES = [
    "/services/double-glazing",
    "/prices",
    "/how-it-works",
    "/app",
    "/help/visit-day",
    "/services/shower-screen",
    "/help/warranty",
    "/services/mirror",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Der Glaser von {b} war pünktlich, hat das beschlagene Fenster in 40 Minuten getauscht und sogar die Krümel weggesaugt. Top!",
        "Neue Duschwand von {b} ist drin, sieht super aus und nix tropft mehr. Danke an Herrn Kaya!",
        "Endlich wieder klare Sicht im Wohnzimmer. {b} hat die Scheibe am selben Tag gemessen und drei Tage später eingesetzt 👍",
        "Spiegel nach Maß fürs Bad, passt auf den Millimeter. Sehr angenehmer Monteur, gerne wieder {b}",
    ],
    "es": [
        "El cristalero de {b} vino a su hora, cambió el doble acristalamiento y dejó todo limpio. Genial 👏",
        "Mampara nueva puesta por {b} en una mañana, ni una gota fuera de la ducha. Encantada",
        "Me rompieron la ventana con un balón y {b} la tapió esa misma noche. Gracias!!",
        "Espejo a medida para la entrada, queda perfecto. El chico de {b} súper majo",
        "Pedí por la app a las 9 y a las 13h ya tenía el cristal nuevo. Así da gusto, {b}",
    ],
    "en": [
        "{b} replaced our misted double-glazed unit in under an hour, tidy and friendly. Proper job.",
        "Cat flap cut into the back door glass by {b}, the cat approves and so do we",
    ],
    "fr": [
        "Vitre changée par {b} en une matinée, technicien ponctuel et soigneux. Merci !",
        "Nouvelle paroi de douche posée par {b}, impeccable.",
    ],
    "it": [
        "Vetro della finestra sostituito da {b} in mezz'ora, tecnico gentilissimo. Consigliato!",
        "Specchio su misura per il bagno, perfetto. Brava {b}",
    ],
    "pt": [
        "A {b} trocou o vidro duplo da sala num instante, técnico impecável. Recomendo!",
        "Resguardo de duche novo montado pela {b}, ficou lindo",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon das dritte Mal {b} dieses Jahr (Kinder + Fußball...) und wieder alles reibungslos",
        "Wieder derselbe nette Glaser wie im Frühjahr, immer noch begeistert von {b}",
    ],
    "es": [
        "Tercera vez que llamo a {b} este año y otra vez de diez",
        "Otra vez {b} y otra vez puntuales. Ya no llamo a nadie más",
        "Sigo encantada con {b}, segunda mampara y cero problemas",
    ],
    "en": ["Third time using {b} this year and still faultless"],
    "fr": ["Encore une fois {b}, et encore parfait"],
    "it": ["Terza volta con {b}, sempre puntuali"],
    "pt": ["Outra vez a {b} e outra vez perfeito"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "de": [
        "Scheibe top eingesetzt, nur die Rechnung kam erst nach zwei Wochen. Sonst gerne wieder {b}",
        "Sehr sauber gearbeitet, nur das Zeitfenster 8-12 Uhr ist echt lang. Ansonsten prima",
    ],
    "es": [
        "Todo perfecto con la mampara, solo que el aviso de llegada llegó cuando ya estaba en la puerta jaja",
        "Muy buen trabajo, aunque la silicona tarda 24h y nadie me lo dijo. Por lo demás genial {b}",
    ],
    "en": ["Great fitting, only gripe is the app's photo upload is fiddly. Would use {b} again"],
    "fr": ["Travail nickel, juste le créneau de 4 heures un peu long"],
    "it": ["Lavoro ottimo, solo la fattura è arrivata tardi"],
    "pt": ["Tudo ótimo, só a janela de horário é grande demais"],
}

QUESTION: dict[str, list[str]] = {
    "de": [
        "Hallo, kann man bei {b} auch Sicherheitsglas für eine Haustür bestellen?",
        "wie lange muss ich nach der Duschwand mit dem Duschen warten?",
        "Kommt der Glaser auch samstags? Unter der Woche bin ich im Büro",
    ],
    "es": [
        "Hola, hacéis cristales al ácido para la puerta del baño?",
        "cuanto tarda en secar la silicona de la mampara?",
        "Buenas, venís a Alcalá de Henares o solo Madrid capital?",
        "Se puede cambiar solo una hoja del doble acristalamiento?",
    ],
    "en": ["Hi, do you do toughened glass for a garden table?"],
    "fr": ["Bonjour, vous intervenez le samedi ?"],
    "it": ["Salve, fate anche vetri satinati per porte interne?"],
    "pt": ["Olá, fazem vidro temperado para mesa de jardim?"],
}

ANSWER: dict[str, list[str]] = {
    "de": [
        "Hallo! Ja, das geht. Ich schicke Ihnen den Link zur Anfrage, Maße und ein Foto genügen. Viele Grüße, {agent}"
    ],
    "es": [
        "¡Hola! Sí, claro. Te paso el enlace para pedirlo, con las medidas y una foto nos basta. Un saludo, {agent}"
    ],
    "en": [
        "Hi! Yes, we do. Here's the request link, measurements and a photo are enough. Cheers, {agent}"
    ],
    "fr": ["Bonjour ! Oui, tout à fait, voici le lien pour la demande. Bonne journée, {agent}"],
    "it": ["Salve! Sì, certo, le mando il link per la richiesta. Buona giornata, {agent}"],
    "pt": ["Olá! Sim, claro, envio-lhe o link do pedido. Bom dia, {agent}"],
}

THANKS: dict[str, list[str]] = {
    "de": ["Super, danke!", "Danke für die schnelle Antwort", "ok danke"],
    "es": ["Genial, gracias!", "Mil gracias 🙏", "ok grcs"],
    "en": ["Brilliant, thanks"],
    "fr": ["Merci beaucoup !"],
    "it": ["Grazie mille!"],
    "pt": ["Obrigada!"],
}

PHONE_Q: dict[str, list[str]] = {
    "de": [
        "ja hallo hier ist {name} ich wollte fragen ob der Glaser auch die alte Scheibe mitnimmt oder ob ich die entsorgen muss"
    ],
    "es": [
        "hola buenos días soy {name} quería saber si el cristalero se lleva el cristal viejo o lo tengo que tirar yo",
        "sí hola llamaba para preguntar si el presupuesto incluye el desplazamiento",
    ],
    "en": ["hi it's {name} just wondering if the fitter takes the old glass away"],
    "fr": ["bonjour c'est {name} je voulais savoir si le vitrier reprend l'ancienne vitre"],
    "it": ["buongiorno sono {name} volevo sapere se il vetraio porta via il vetro vecchio"],
    "pt": ["bom dia é {name} queria saber se o técnico leva o vidro velho"],
}

PHONE_FOLLOW: dict[str, list[str]] = {
    "de": [
        "Hallo {first}, wie am Telefon besprochen: Ja, die alte Scheibe nehmen wir mit, kostenlos. Viele Grüße, {agent}"
    ],
    "es": [
        "Hola {first}, como hablamos por teléfono: sí, nos llevamos el cristal viejo sin coste. Un saludo, {agent}"
    ],
    "en": [
        "Hi {first}, as discussed on the phone: yes, we take the old glass away free of charge. {agent}"
    ],
    "fr": [
        "Bonjour {first}, comme convenu au téléphone : oui, nous reprenons l'ancienne vitre. {agent}"
    ],
    "it": [
        "Buongiorno {first}, come detto al telefono: sì, il vetro vecchio lo portiamo via noi. {agent}"
    ],
    "pt": ["Olá {first}, como falámos: sim, levamos o vidro velho sem custos. {agent}"],
}

REVIEW: dict[str, list[str]] = {
    "de": [
        "Schnell, sauber, fairer Preis. Fünf Sterne für {b}",
        "Monteur sehr freundlich, Scheibe passt perfekt",
    ],
    "es": ["Rápidos, limpios y a buen precio", "Muy profesionales, repetiré con {b}"],
    "en": ["Quick, clean, fair price"],
    "fr": ["Rapide et soigné"],
    "it": ["Veloci e precisi"],
    "pt": ["Rápidos e cuidadosos"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "de": ["Alles bestens", "👍", "", "Sehr gut"],
    "es": ["Todo perfecto", "😊", "", "Genial"],
    "en": ["Great", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "2 Uhr nachts, Nachtschicht vorbei und ich buche noch schnell den Glaser von {b} für Samstag. Läuft",
        "Kann nicht schlafen, schaue Videos wie man Fensterkitt macht. Zum Glück kommt morgen {b}",
    ],
    "es": [
        "Las 3 de la mañana y yo midiendo la ventana del baño para pedirla a {b} jajaja",
        "Turno de noche en urgencias y aprovecho para pedir la mampara a {b}. Mañana a dormir",
    ],
    "en": ["3am, can't sleep, booked {b} for the cracked kitchen window. Adulting"],
    "fr": ["Insomnie, donc je commande ma vitre chez {b} à 2h du mat"],
    "it": ["Le 2 di notte e prenoto il vetraio di {b}, ce la posso fare"],
    "pt": ["3 da manhã e eu a marcar o vidro com a {b} lol"],
}

NIGHT_Q: dict[str, list[str]] = {
    "de": ["noch jemand da? kann ich den Termin morgen früh noch verschieben?"],
    "es": ["hola, sigue alguien? puedo cambiar la cita de mañana a la tarde?"],
    "en": ["anyone there? can I move tomorrow's visit to the afternoon?"],
    "fr": ["il y a quelqu'un ? je peux décaler le rendez-vous de demain ?"],
    "it": ["c'è qualcuno? posso spostare l'appuntamento di domani?"],
    "pt": ["está alguém? posso mudar a visita de amanhã?"],
}

NIGHT_A: dict[str, list[str]] = {
    "de": ["Guten Abend! Ja, ich habe den Termin auf morgen 14-18 Uhr gelegt. Gute Nacht, {agent}"],
    "es": ["¡Buenas noches! Hecho, te la he pasado a mañana de 14 a 18h. Descansa, {agent}"],
    "en": ["Evening! Done, moved to tomorrow 2-6pm. Night, {agent}"],
    "fr": ["Bonsoir ! C'est fait, demain 14h-18h. {agent}"],
    "it": ["Buonasera! Fatto, domani 14-18. {agent}"],
    "pt": ["Boa noite! Feito, amanhã das 14h às 18h. {agent}"],
}

# The six consumer problems: what went wrong, said plainly, per language.
PROBLEM: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "de": [
            "Ich habe den ganzen Vormittag frei genommen, der Glaser kam NICHT und in der App steht 'Einsatz erledigt'",
            "Termin 8-12 Uhr, niemand da, keine Nachricht, und die App sagt erledigt. Das Fenster ist immer noch mit Pappe zu",
        ],
        "es": [
            "Me he pedido el día libre, el cristalero NO ha venido y la app pone 'visita realizada'",
            "Cita de 8 a 12, nadie, ni una llamada, y en la app sale como HECHA. Sigo con un cartón en la ventana",
        ],
        "en": ["Took the morning off, nobody came and the app says 'visit completed'"],
        "fr": [
            "J'ai posé ma matinée, personne n'est venu et l'appli indique 'intervention terminée'"
        ],
        "it": ["Ho preso la mattina libera, nessuno è venuto e l'app dice 'intervento completato'"],
        "pt": ["Tirei a manhã, ninguém apareceu e a app diz 'visita concluída'"],
    },
    "wrong_size": {
        "de": [
            "Die neue Scheibe ist 2 cm zu schmal, der Monteur hat sie trotzdem mit Silikon reingeschmiert",
            "Falsch zugeschnitten, es zieht durch den Spalt",
        ],
        "es": [
            "El cristal nuevo mide 2 cm menos, el técnico lo ha puesto igual a base de silicona",
            "Cortado mal, entra el aire por la rendija",
        ],
        "en": ["The new pane is 2 cm too narrow and the fitter just filled the gap with silicone"],
        "fr": ["La nouvelle vitre fait 2 cm de moins, le technicien a comblé avec du silicone"],
        "it": ["Il vetro nuovo è 2 cm più stretto, il tecnico ha riempito con il silicone"],
        "pt": ["O vidro novo tem menos 2 cm, o técnico tapou com silicone"],
    },
    "cracked": {
        "de": [
            "Die Duschwand hatte schon beim Auspacken einen Sprung quer durch",
            "Glastischplatte mit Riss geliefert, der Fahrer meinte 'passiert'",
        ],
        "es": [
            "La mampara venía RAJADA de punta a punta al desembalarla",
            "Tablero de cristal entregado con una grieta, y el repartidor 'eso pasa'",
        ],
        "en": ["The shower screen came out of the crate with a crack right across it"],
        "fr": ["La paroi de douche était fêlée au déballage"],
        "it": ["Il box doccia era crepato già all'apertura"],
        "pt": ["O resguardo veio rachado de ponta a ponta"],
    },
    "refund": {
        "de": [
            "Den Auftrag habe ich vor drei Wochen storniert, die Anzahlung von {amt} ist immer noch nicht zurück",
            "Seit DREI Wochen warte ich auf die Rückzahlung der Anzahlung ({amt})",
        ],
        "es": [
            "Cancelé hace tres semanas y la señal de {amt} sigue sin devolverse",
            "TRES semanas esperando la devolución de la señal ({amt})",
        ],
        "en": ["Cancelled three weeks ago and my {amt} deposit still hasn't come back"],
        "fr": ["Annulé il y a trois semaines, l'acompte de {amt} n'est toujours pas remboursé"],
        "it": ["Annullato tre settimane fa, l'acconto di {amt} non è ancora rientrato"],
        "pt": ["Cancelei há três semanas e o sinal de {amt} ainda não voltou"],
    },
    "overcharge": {
        "de": [
            "Mir wurde die Anfahrtspauschale ZWEIMAL berechnet, obwohl der Glaser einmal kam",
            "Doppelte Anfahrt auf der Rechnung, einmal hätte gereicht",
        ],
        "es": [
            "Me habéis cobrado el desplazamiento DOS veces y el cristalero vino una",
            "Desplazamiento duplicado en la factura, no entiendo nada",
        ],
        "en": ["I've been charged the call-out fee TWICE for one visit"],
        "fr": ["Frais de déplacement facturés DEUX fois pour une seule venue"],
        "it": ["Mi avete addebitato l'uscita DUE volte"],
        "pt": ["Cobraram a deslocação DUAS vezes"],
    },
    "mess": {
        "de": [
            "Der Monteur hat die alte Scheibe im Garten zerschlagen, überall Splitter, mein Hund hat sich die Pfote geschnitten",
            "Glassplitter im ganzen Beet, Kinder dürfen nicht mehr raus",
        ],
        "es": [
            "El técnico rompió el cristal viejo en el jardín y está lleno de esquirlas, mi perro se ha cortado una pata",
            "Esquirlas de cristal por todo el patio, los niños no pueden salir",
        ],
        "en": [
            "The fitter smashed the old pane in the garden, splinters everywhere, the dog cut its paw"
        ],
        "fr": ["Le technicien a cassé l'ancienne vitre dans le jardin, des éclats partout"],
        "it": ["Il tecnico ha rotto il vetro vecchio in giardino, schegge ovunque"],
        "pt": ["O técnico partiu o vidro velho no quintal, estilhaços por todo o lado"],
    },
}

PROBLEM_TOPIC = {
    "no_show": (
        "Termin nicht erschienen",
        "Visita no realizada",
        "Missed visit",
        "Intervention manquée",
        "Intervento mancato",
        "Visita falhada",
    ),
    "wrong_size": (
        "Falsche Maße",
        "Medidas erróneas",
        "Wrong size",
        "Mauvaise dimension",
        "Misura sbagliata",
        "Medida errada",
    ),
    "cracked": (
        "Beschädigte Lieferung",
        "Entrega rota",
        "Cracked glass",
        "Vitre fêlée",
        "Vetro crepato",
        "Vidro rachado",
    ),
    "refund": (
        "Anzahlung nicht erstattet",
        "Señal no devuelta",
        "Deposit not refunded",
        "Acompte non remboursé",
        "Acconto non rimborsato",
        "Sinal não devolvido",
    ),
    "overcharge": (
        "Doppelte Berechnung",
        "Cobro duplicado",
        "Charged twice",
        "Double facturation",
        "Doppio addebito",
        "Cobrança duplicada",
    ),
    "mess": (
        "Glassplitter im Garten",
        "Esquirlas en el jardín",
        "Glass left in garden",
        "Éclats dans le jardin",
        "Schegge in giardino",
        "Estilhaços no quintal",
    ),
}
LANG_INDEX = {"de": 0, "es": 1, "en": 2, "fr": 3, "it": 4, "pt": 5}

ANGRY_END: dict[str, list[str]] = {
    "de": ["Ich bin echt sauer.", "So nicht, {b}!", "Unglaublich."],
    "es": ["Estoy que trino.", "YA ESTÁ BIEN, {b}.", "Vergonzoso."],
    "en": ["Absolutely fuming."],
    "fr": ["Inadmissible."],
    "it": ["Vergognoso."],
    "pt": ["Inacreditável."],
}

COMPLAINT_SUBJ = {
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJ = {
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}

LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, weil ich sonst keine ruhige Minute finde. Meine Mutter ist vor zwei Wochen zu uns gezogen, wir bauen das Gästezimmer um, und das Fenster dort war der letzte Punkt auf der Liste. {problem}. Ich habe Ihre Firma gewählt, weil die Nachbarn so zufrieden waren.\n\nIch erwarte bis morgen eine Lösung.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo {b}-Team,\n\nkurz zur Lage: zwei Kinder mit Grippe, mein Mann auf Montage, ich sitze im Auto vor der Kita und tippe das hier. {problem}. Ich habe mich extra nach Ihnen gerichtet und jetzt das.\n\nBitte melden Sie sich heute noch.\n{name}",
    ],
    "es": [
        "Buenas tardes:\n\nLes escribo desde el puesto del mercado entre cliente y cliente porque no tengo otro momento. Estamos reformando el piso de mi suegra, que sale del hospital el viernes, y la ventana del dormitorio era lo único pendiente. {problem}. Les elegí porque una vecina me habló maravillas.\n\nEspero una solución mañana como muy tarde.\n\nAtentamente,\n{name}",
        "Hola equipo de {b}:\n\nOs pongo en contexto: mudanza a medias, el bebé con otitis y yo escribiendo desde el coche en la puerta de la guardería. {problem}. Me organicé toda la semana para esto.\n\nPor favor, llamadme hoy.\n{name}",
    ],
}

CALL_COMPLAINT: dict[str, list[str]] = {
    "de": [
        "ja hallo {name} hier ich rufe wegen dem Fenster an {problem} das geht so nicht ich will dass heute noch jemand zurückruft"
    ],
    "es": [
        "sí hola soy {name} llamo por lo de la ventana {problem} esto no puede ser quiero que me llamen hoy"
    ],
    "en": [
        "hi it's {name} calling about the window {problem} this isn't on I want a call back today"
    ],
    "fr": [
        "oui bonjour c'est {name} j'appelle pour la vitre {problem} c'est pas possible rappelez moi aujourd'hui"
    ],
    "it": [
        "pronto sono {name} chiamo per il vetro {problem} non è possibile voglio essere richiamata oggi"
    ],
    "pt": [
        "olá é {name} ligo por causa do vidro {problem} isto não pode ser quero que me liguem hoje"
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "de": [
        "Hallo {first}, es tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns heute noch. {agent}, {b} Kundenservice"
    ],
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te contactamos hoy mismo. {agent}, Atención al cliente {b}"
    ],
    "en": [
        "Hi {first}, we're really sorry. We've opened case {case} and will be back to you today. {agent}, {b} Customer Care"
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous aujourd'hui. {agent}"
    ],
    "it": [
        "Buongiorno {first}, ci scusi. Abbiamo aperto la segnalazione {case} e la ricontattiamo oggi. {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar hoje. {agent}"
    ],
}

GOOD_NEWS: dict[str, list[str]] = {
    "de": [
        "Hallo {first}, gute Nachrichten zu Vorgang {case}: das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt? {agent}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos confirmas que todo está bien? {agent}"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted. Could you confirm all is well? {agent}"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ? {agent}"
    ],
    "it": [
        "Buongiorno {first}, buone notizie sulla segnalazione {case}: risolto. Può confermare? {agent}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? {agent}"
    ],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry wegen gestern, ich war echt gestresst. Danke dass ihr es so schnell gelöst habt",
        "Entschuldigung für den Ton gestern. Alles gut jetzt",
    ],
    "es": [
        "Perdonad lo de ayer, estaba desbordada. Gracias por solucionarlo tan rápido",
        "Siento el tono de ayer. Ya está todo bien, gracias",
    ],
    "en": ["Sorry for yesterday, I was stressed out. Thanks for sorting it so fast"],
    "fr": ["Désolée pour hier, j'étais à bout. Merci d'avoir réglé ça vite"],
    "it": ["Scusate per ieri, ero fuori di me. Grazie per la rapidità"],
    "pt": ["Desculpem por ontem, estava stressada. Obrigada pela rapidez"],
}

LOW_CSAT_WORD: dict[str, list[str]] = {
    "de": ["Schlecht", ""],
    "es": ["Fatal", ""],
    "en": ["Poor", ""],
    "fr": ["Mauvais", ""],
    "it": ["Pessimo", ""],
    "pt": ["Mau", ""],
}

DETRACTOR_WORD: dict[str, list[str]] = {
    "de": ["Nie wieder so einen Vormittag", "Enttäuschend", ""],
    "es": ["Muy decepcionada", "No lo recomendaría ahora mismo", ""],
    "en": ["Disappointed"],
    "fr": ["Déçue"],
    "it": ["Deluso"],
    "pt": ["Desiludida"],
}

STILL_OPEN: dict[str, list[str]] = {
    "de": [
        "Vorgang {case}: IMMER NOCH nicht gelöst. {problem}",
        "Ich melde mich nochmal wegen {case}, es hat sich nichts getan. {problem}",
    ],
    "es": [
        "Incidencia {case}: SIGUE sin resolverse. {problem}",
        "Vuelvo a escribir por la {case}, nada ha cambiado. {problem}",
    ],
    "en": ["Case {case}: STILL not sorted. {problem}"],
    "fr": ["Demande {case} : TOUJOURS pas réglé. {problem}"],
    "it": ["Segnalazione {case}: ANCORA niente. {problem}"],
    "pt": ["Pedido {case}: AINDA sem solução. {problem}"],
}

THIRD_LINE: dict[str, list[str]] = {
    "de": [
        "Das ist jetzt das dritte Mal. Ein Kollege nimmt immer {comp}, die regeln sowas am selben Tag.",
        "Dritte Nachricht. Ich habe mir schon angeschaut, was {comp} verlangt.",
    ],
    "es": [
        "Es la tercera vez. Un compañero trabaja con {comp} y se lo arreglan en el día.",
        "Tercer mensaje. Ya he mirado lo que cobra {comp}.",
    ],
    "en": ["Third time now. A colleague uses {comp} and they sort this the same day."],
    "fr": ["Troisième fois. Un collègue passe par {comp}, ils règlent ça dans la journée."],
    "it": ["Terza volta. Un collega usa {comp} e risolvono in giornata."],
    "pt": ["Terceira vez. Um colega usa a {comp} e resolvem no mesmo dia."],
}

FOURTH_LINE: dict[str, list[str]] = {
    "de": ["VIERTES Mal. Ich weiß nicht mehr, was ich noch schreiben soll."],
    "es": ["CUARTA vez. Ya no sé cómo decirlo."],
    "en": ["FOURTH time. I've run out of ways to say it."],
    "fr": ["QUATRIÈME fois."],
    "it": ["QUARTA volta."],
    "pt": ["QUARTA vez."],
}

QUALITY_LEAD: dict[str, list[str]] = {
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}"
    ],
    "it": [
        "Buongiorno {first}, la segnalazione {case} è ora con il nostro responsabile qualità, che la chiamerà entro venerdì. {agent}"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço. {agent}"
    ],
}

ADDED_URGENT: dict[str, list[str]] = {
    "de": ["Ich habe das zu {case} hinzugefügt und als dringend markiert. {agent}"],
    "es": ["Lo he añadido a la {case} y lo he marcado como urgente. {agent}"],
    "en": ["Added to case {case} and marked urgent. {agent}"],
    "fr": ["Ajouté à la demande {case}, marqué urgent. {agent}"],
    "it": ["Aggiunto alla segnalazione {case}, segnato urgente. {agent}"],
    "pt": ["Acrescentado ao pedido {case} e marcado urgente. {agent}"],
}

CONFIRM_FIXED: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {case} ist erledigt, alles passt. Danke!",
        "Vorgang {case}: ja, jetzt ist alles gut. Danke",
    ],
    "es": [
        "Confirmado, la {case} está resuelta, todo bien. Gracias!",
        "Incidencia {case}: sí, ya está todo correcto. Gracias",
    ],
    "en": ["Confirmed, {case} is sorted. Thanks!"],
    "fr": ["Confirmé, {case} est réglé. Merci !"],
    "it": ["Confermo, {case} risolto. Grazie!"],
    "pt": ["Confirmado, {case} resolvido. Obrigada!"],
}

# Sliders: six steps, the last names a competitor.
SLIDE: dict[str, list[str]] = {
    "de": [
        "Glaser drei Stunden zu spät, ohne Anruf. Naja, kann passieren",
        "Diesmal Silikonreste auf dem neuen Fensterrahmen, musste ich selbst wegkratzen",
        "Jetzt soll ich vor jedem Termin fünf Fotos vom Fenster hochladen? Früher ging das ohne",
        "Anzahlung plötzlich 50 % statt 20 %, und die Rückzahlung dauert eine Woche. Hä?",
        "60 € 'Entsorgungsgebühr' für EINE alte Scheibe, die früher gratis mitgenommen wurde. Wirklich, {b}?",
        "Mein Schwager nimmt immer {comp}, hab den Badspiegel jetzt dort bestellt.",
    ],
    "es": [
        "El cristalero tres horas tarde y sin avisar. Bueno, pasa",
        "Esta vez restos de silicona por todo el marco nuevo, los quité yo",
        "Ahora hay que subir cinco fotos de la ventana antes de cada cita? Antes no hacía falta",
        "La señal ahora es del 50 % y la devolución tarda una semana. En serio?",
        "60 € de 'tasa de retirada' por UN cristal viejo que antes se llevaban gratis. De verdad, {b}?",
        "Mi cuñado siempre tira de {comp}, ya les he pedido el espejo del baño a ellos.",
    ],
    "en": [
        "Fitter three hours late, no call. Oh well",
        "Silicone smeared over the new frame this time, scraped it off myself",
        "Five photos of the window before every visit now? Never needed that before",
        "Deposit is 50% now and refunds take a week. Really?",
        "£50 'disposal fee' for ONE old pane you used to take for free. Seriously {b}?",
        "My brother-in-law always uses {comp}, I've ordered the bathroom mirror there.",
    ],
    "fr": [
        "Vitrier trois heures en retard, sans appel. Bon",
        "Cette fois du silicone partout sur le cadre neuf",
        "Cinq photos de la fenêtre avant chaque rendez-vous maintenant ?",
        "Acompte à 50 % et une semaine pour rembourser. Sérieux ?",
        "60 € de 'frais d'évacuation' pour UNE vieille vitre. Vraiment {b} ?",
        "Mon beau-frère passe toujours par {comp}, j'ai commandé le miroir chez eux.",
    ],
    "it": [
        "Vetraio tre ore in ritardo, senza chiamare. Pazienza",
        "Silicone sbavato su tutto il telaio nuovo",
        "Cinque foto della finestra prima di ogni intervento adesso?",
        "Acconto al 50 % e una settimana per il rimborso. Davvero?",
        "60 € di 'smaltimento' per UN vetro vecchio. Sul serio {b}?",
        "Mio cognato usa sempre {comp}, ho ordinato lo specchio da loro.",
    ],
    "pt": [
        "Técnico três horas atrasado, sem ligar. Enfim",
        "Desta vez silicone por todo o caixilho novo",
        "Agora cinco fotos da janela antes de cada visita?",
        "Sinal de 50 % e uma semana para devolver. A sério?",
        "60 € de 'taxa de recolha' por UM vidro velho. A sério, {b}?",
        "O meu cunhado usa sempre a {comp}, já encomendei o espelho lá.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Termin 'zwischen 8 und 18 Uhr'. Präziser geht's nicht, danke {b} 👏",
        "Der Glaser hat die Hausnummer dreimal umrundet, Navi-Weltmeister 😂",
    ],
    "es": [
        "Cita 'entre las 8 y las 18'. Qué precisión, gracias {b} 👏",
        "El técnico dio tres vueltas a la manzana buscando el portal, campeón 😂",
    ],
    "en": ["Visit window 'between 8 and 6'. Pinpoint accuracy, thanks {b} 👏"],
    "fr": ["Créneau 'entre 8h et 18h'. Quelle précision, merci {b} 👏"],
    "it": ["Fascia 'tra le 8 e le 18'. Precisione svizzera, grazie {b} 👏"],
    "pt": ["Janela 'entre as 8 e as 18'. Que precisão, obrigada {b} 👏"],
}

GRUMBLE: dict[str, list[str]] = {
    "de": [
        "Die App meldet mich jedes Mal ab",
        "Warum kommt die Termin-SMS um 6 Uhr morgens?",
        "Zeitfenster 8-12 Uhr ist einfach zu lang",
        "Die Rechnung als PDF ist nirgends zu finden",
    ],
    "es": [
        "La app me cierra sesión cada vez",
        "Por qué llega el SMS de la cita a las 6 de la mañana?",
        "La franja de 8 a 12 es demasiado larga",
        "No encuentro la factura en PDF por ningún lado",
    ],
    "en": ["App logs me out every single time", "Why does the visit text arrive at 6am?"],
    "fr": ["L'appli me déconnecte à chaque fois", "Pourquoi le SMS arrive à 6h du matin ?"],
    "it": ["L'app mi disconnette ogni volta", "Perché l'SMS arriva alle 6 di mattina?"],
    "pt": ["A app termina a sessão sempre", "Porque é que o SMS chega às 6 da manhã?"],
}

CANCEL_REQ: dict[str, list[str]] = {
    "de": [
        "Hallo, wir ziehen in eine Neubauwohnung mit Gewährleistung, ich brauche {b} Plus nicht mehr. Bitte kündigen Sie die Mitgliedschaft und schließen Sie mein Konto.",
        "Guten Tag, ich bitte um Kündigung von {b} Plus und Löschung des Kontos. Das Haus ist verkauft.",
    ],
    "es": [
        "Hola, nos mudamos a un piso nuevo con garantía y ya no necesito {b} Plus. Por favor, dad de baja la suscripción y cerrad mi cuenta.",
        "Buenas, quiero cancelar {b} Plus y cerrar la cuenta. Hemos vendido la casa.",
    ],
    "en": [
        "Hi, we're moving into a new-build with a warranty, please cancel my {b} Plus and close the account."
    ],
    "fr": [
        "Bonjour, nous emménageons dans du neuf, merci de résilier {b} Plus et de fermer mon compte."
    ],
    "it": [
        "Salve, ci trasferiamo in una casa nuova, vorrei disdire {b} Plus e chiudere l'account."
    ],
    "pt": ["Olá, vamos para uma casa nova, quero cancelar o {b} Plus e fechar a conta."],
}

SORRY_GO: dict[str, list[str]] = {
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können Plus selbst in der App oder auf der Website kündigen. {agent}"
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes cancelar Plus tú mismo en la app o en la web. {agent}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel Plus yourself in the app or on the website. {agent}"
    ],
    "fr": [
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. {agent}"
    ],
    "it": ["Buongiorno {first}, ci dispiace. Può disdire nell'app o sul sito. {agent}"],
    "pt": ["Olá {first}, lamentamos. Pode cancelar na app ou no site. {agent}"],
}

QUIET_GRUMBLE: dict[str, list[str]] = {
    "de": [
        "Die Glasersuche zeigt mir Glaser in Hamburg, ich wohne in Graz?",
        "Benachrichtigungen kommen auf Englisch, bitte Deutsch",
    ],
    "es": [
        "El buscador de técnicos me enseña Sevilla y vivo en Bilbao",
        "Las notificaciones me llegan en inglés, porfa en español",
    ],
    "en": ["Search shows fitters in Leeds, I'm in Cork"],
    "fr": ["Les notifications arrivent en allemand ?"],
    "it": ["Le notifiche arrivano in inglese"],
    "pt": ["As notificações vêm em espanhol"],
}

QUIET_ACK: dict[str, list[str]] = {
    "de": ["Danke für den Hinweis, ist weitergegeben. {agent}"],
    "es": ["Gracias por avisar, lo pasamos al equipo. {agent}"],
    "en": ["Thanks for flagging, passed on. {agent}"],
    "fr": ["Merci, c'est transmis. {agent}"],
    "it": ["Grazie, segnalato. {agent}"],
    "pt": ["Obrigado, já passámos à equipa. {agent}"],
}

# The spike: the app's "Call my fitter" button connects to a fax tone, error TEL.82B.
SPIKE: dict[str, list[str]] = {
    "de": [
        "Glaser steht angeblich vor der Tür, ich drücke in der {b} App auf 'Glaser anrufen' und höre nur ein FAXPIEPEN. Fehler {code}. Wie soll ich ihn reinlassen??",
        "'Monteur anrufen' in der App -> Faxton, dann Meldung {code}. Ich stehe im 3. Stock und weiß nicht wo er ist",
        "hallo ist bei euch was kaputt? der Anruf-Knopf zum Glaser gibt nur {code} und so ein Fiepen",
    ],
    "es": [
        "El técnico dice que está abajo y al darle a 'Llamar a mi cristalero' en la app de {b} solo suena un pitido de FAX. Error {code}. Cómo le abro??",
        "Botón de llamar al técnico -> tono de fax y luego {code}. Llevo 20 min esperando sin saber dónde está",
        "os pasa algo? la llamada al cristalero desde la app da {code} y un pitido rarísimo",
        "{code} al llamar al técnico desde la app. No tengo su número de otra forma. Socorro",
    ],
    "en": [
        "'Call my fitter' in the {b} app just gives a fax screech then {code}. He's outside somewhere and I can't reach him"
    ],
    "fr": [
        "Le bouton 'Appeler mon vitrier' de l'appli {b} fait un bruit de fax puis {code}. Il est où ??"
    ],
    "it": [
        "Il tasto 'Chiama il tecnico' dell'app {b} fa un fischio da fax e poi {code}. Non riesco a farlo entrare"
    ],
    "pt": [
        "O botão 'Ligar ao técnico' da app {b} só dá som de fax e depois {code}. Não consigo falar com ele"
    ],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "de": ["Immer noch {code}, auch vom Handy meiner Frau. Der Glaser ist wohl wieder weggefahren"],
    "es": [
        "Sigue dando {code}, también desde el móvil de mi marido. Creo que el técnico se ha ido"
    ],
    "en": ["Still {code}, tried my partner's phone too"],
    "fr": ["Toujours {code}, même depuis le téléphone de mon mari"],
    "it": ["Ancora {code}, anche dal telefono di mia moglie"],
    "pt": ["Ainda {code}, também do telemóvel do meu marido"],
}

SPIKE_CHAT_ANSWER: dict[str, list[str]] = {
    "de": [
        "Ja, der Anruf-Knopf zum Glaser funktioniert gerade nirgends, unsere Technik ist dran. Ihr Glaser ruft Sie direkt an. {agent}"
    ],
    "es": [
        "Sí, la llamada al técnico desde la app está fallando ahora mismo, el equipo técnico ya está en ello. Tu técnico te llamará directamente. {agent}"
    ],
    "en": [
        "Yes, the call button is failing for everyone right now, engineers are on it. Your fitter will ring you directly. {agent}"
    ],
    "fr": [
        "Oui, le bouton d'appel ne fonctionne pas en ce moment, nos équipes sont dessus. {agent}"
    ],
    "it": ["Sì, il tasto di chiamata non funziona al momento, ci stiamo lavorando. {agent}"],
    "pt": ["Sim, o botão de chamada está a falhar neste momento, já estamos a tratar. {agent}"],
}

SPIKE_FIXED: dict[str, list[str]] = {
    "de": [
        "Hallo {first}, der Anruf-Knopf funktioniert seit {t} Uhr wieder. Für den verpassten Termin schreiben wir Ihnen {credit} gut. {agent}"
    ],
    "es": [
        "Hola {first}, la llamada al técnico funciona de nuevo desde las {t}. Te abonamos {credit} por las molestias. {agent}"
    ],
    "en": [
        "Hi {first}, the call button works again since {t}. We've added {credit} credit for the trouble. {agent}"
    ],
    "fr": [
        "Bonjour {first}, le bouton d'appel remarche depuis {t}. Nous vous créditons {credit}. {agent}"
    ],
    "it": [
        "Buongiorno {first}, il tasto di chiamata funziona di nuovo dalle {t}. Le accreditiamo {credit}. {agent}"
    ],
    "pt": [
        "Olá {first}, o botão de chamada funciona de novo desde as {t}. Creditámos {credit}. {agent}"
    ],
}

LONE_Q: dict[str, list[str]] = {
    "es": [
        "Hola, ayer probé el botón de llamar al técnico para mañana y salió su foto pero tardó en conectar, luego bien. Mañana funcionará?"
    ],
    "de": [
        "Hallo, ich habe gestern den Anruf-Knopf für morgen getestet, es hat kurz gedauert, dann klingelte es normal. Klappt das morgen?"
    ],
}

LONE_A: dict[str, list[str]] = {
    "es": [
        "¡Hola! Sí, a veces tarda un par de segundos en conectar, mañana funcionará sin problema. {agent}"
    ],
    "de": ["Hallo! Ja, der Aufbau dauert manchmal ein paar Sekunden, morgen klappt das. {agent}"],
}

SPIKE_GRUMBLE: dict[str, list[str]] = {
    "de": ["Die Karte mit dem Glaser-Standort lädt ewig"],
    "es": ["El mapa con la ubicación del técnico tarda muchísimo en cargar"],
}

AGENTS = [
    "Lena",
    "Jorge",
    "Marta",
    "Jonas",
    "Carla",
    "Tom",
    "Inès",
    "Giulia",
    "Rui",
    "Sabine",
    "Pablo",
]
