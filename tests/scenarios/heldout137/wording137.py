# ruff: noqa: E501
"""Wording of heldout137 (Telavia: rug, curtain and upholstery cleaning with collection)."""

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "es": [
        "La alfombra del salon ha vuelto de Telavia como si fuera otra, hasta mi suegra ha preguntado",
        "cortinas recogidas el lunes y devueltas el jueves planchaditas, un 10 para el equipo",
        "Pense que la mancha de vino no salia ni de broma. Salio. Gracias Telavia!!",
    ],
    "en": [
        "Telavia brought the hallway runner back and the dog stain is just gone. Chuffed.",
        "curtains picked up tuesday, back friday, pressed and hung by the driver. lovely service",
        "Honestly didn't think the sofa cushions could be saved after the toddler's felt tip. they were.",
    ],
    "fr": ["Tapis du salon rendu impeccable par Telavia, merci a l'equipe de Lyon"],
    "de": ["Teppich kam von Telavia zurück wie frisch gekauft, sogar der Rotweinfleck ist weg"],
    "it": ["Tende ritirate e riconsegnate in tre giorni, profumate. Brava Telavia"],
    "pt": ["O tapete da sala voltou da Telavia impecavel, obrigada a equipa"],
}
AGAIN: T = {
    "es": [
        "Tercera vez este ano que les mando las cortinas y otra vez perfectas",
        "Otra vez el mismo repartidor majo, hasta me subio la alfombra al tercero sin ascensor",
    ],
    "en": [
        "third time this year they've done the stair carpet and still spotless every time",
        "Same lovely driver again, carried the rug up four flights AGAIN without a word",
    ],
    "fr": ["Encore une fois parfait, troisieme tapis chez eux"],
    "de": ["Schon wieder super, dritter Teppich dieses Jahr"],
    "it": ["Ancora una volta perfetto, terza volta quest'anno"],
    "pt": ["Mais uma vez impecavel, ja e a terceira vez"],
}
GRIPE: T = {
    "es": [
        "Todo genial, solo que el plastico en que envuelven la alfombra es imposible de abrir jaja",
        "Muy contenta, aunque la franja horaria de recogida de 4 horas es mucha espera",
    ],
    "en": [
        "Really pleased, only gripe is the collection window is four hours long",
        "Great job on the rug, the paper tag stapled to the fringe was a bit annoying to get off",
    ],
    "fr": ["Tres bien, juste le creneau de collecte un peu large"],
    "de": ["Sehr gut, nur das Abholfenster von vier Stunden ist lang"],
    "it": ["Benissimo, solo la fascia di ritiro e un po' lunga"],
    "pt": ["Muito bom, so a janela de recolha e comprida demais"],
}
QUESTION: T = {
    "es": [
        "hola, limpiais alfombras de lana hechas a mano?",
        "Buenas, cuanto tarda una funda de sofa de terciopelo?",
    ],
    "en": [
        "hi do you do silk rugs or just wool?",
        "Can I add a second curtain pair to tomorrow's collection?",
    ],
    "fr": ["Bonjour, vous nettoyez les rideaux occultants ?"],
    "de": ["Hallo, reinigt ihr auch Sofabezüge aus Samt?"],
    "it": ["Ciao, pulite anche i tappeti di seta?"],
    "pt": ["Ola, limpam cortinas de linho?"],
}
ANSWER: T = {
    "es": ["Hola! Si, sin problema. Te lo hemos anadido, cualquier cosa nos dices."],
    "en": ["Hi! Yes, no problem at all, I've added a note to your order."],
    "fr": ["Bonjour ! Oui, sans souci, c'est note sur votre commande."],
    "de": ["Hallo! Ja, kein Problem, ist im Auftrag vermerkt."],
    "it": ["Ciao! Si, nessun problema, l'abbiamo annotato."],
    "pt": ["Ola! Sim, sem problema, ja ficou anotado."],
}
THANKS: T = {
    "es": ["genial gracias!!", "Perfecto, mil gracias"],
    "en": ["brilliant thanks", "perfect, cheers"],
    "fr": ["super merci"],
    "de": ["super danke"],
    "it": ["perfetto grazie"],
    "pt": ["otimo obrigado"],
}
NIGHT: T = {
    "es": [
        "3 de la manana y yo mirando fotos del antes y despues de mi alfombra, que bien ha quedado"
    ],
    "en": ["night shift done, came home to clean curtains hanging up. best feeling at 2am"],
    "fr": ["Insomnie, je regarde mon tapis tout propre, merci Telavia"],
    "de": ["Nachtschicht vorbei und der Teppich duftet noch, danke"],
    "it": ["Turno di notte finito, tende pulite a casa, che bello"],
    "pt": ["Turno da noite acabado e o tapete ainda cheira a limpo"],
}
PRODUCTS = [
    "Rug deep clean / Limpieza de alfombra",
    "Curtain clean and press / Limpieza de cortinas",
    "Sofa covers / Fundas de sofa",
    "Stair carpet / Moqueta de escalera",
]

PROBLEMS: dict[str, dict[str, str]] = {
    "missing_panel": {
        "es": "me han devuelto las cortinas con un panel menos",
        "en": "my curtains came back one panel short",
        "fr": "il manque un panneau de rideau au retour",
        "de": "ein Vorhangteil fehlt nach der Rückgabe",
        "it": "manca un telo della tenda al ritorno",
        "pt": "falta um painel da cortina na devolucao",
    },
    "shrunk": {
        "es": "la alfombra de lana ha vuelto encogida casi un palmo",
        "en": "the wool rug came back shrunk by about 20 cm",
        "fr": "le tapis en laine est revenu retreci de 20 cm",
        "de": "der Wollteppich ist um 20 cm eingelaufen",
        "it": "il tappeto di lana e tornato ristretto di 20 cm",
        "pt": "o tapete de la voltou encolhido 20 cm",
    },
    "refund": {
        "es": "cancele la recogida hace dos semanas y no me devuelven los 89 euros",
        "en": "I cancelled the collection two weeks ago and still no refund of the 89",
        "fr": "collecte annulee il y a deux semaines, toujours pas rembourse",
        "de": "Abholung vor zwei Wochen storniert, noch kein Geld zurück",
        "it": "ritiro annullato due settimane fa, nessun rimborso",
        "pt": "cancelei a recolha ha duas semanas e nada de reembolso",
    },
    "express_fee": {
        "es": "me cobraron tarifa express sin pedirla",
        "en": "I was charged the express rate I never asked for",
        "fr": "on m'a facture le tarif express sans le demander",
        "de": "mir wurde der Expresstarif berechnet, ohne Bestellung",
        "it": "mi avete addebitato la tariffa express senza richiesta",
        "pt": "cobraram-me a tarifa expresso sem eu pedir",
    },
    "colour_run": {
        "es": "el sofa vuelve con los colores corridos, el cojin blanco ahora es rosa",
        "en": "the sofa covers came back with the dye run, white cushion now PINK",
        "fr": "les housses ont deteint, le coussin blanc est rose",
        "de": "die Bezüge haben abgefärbt, das weiße Kissen ist ROSA",
        "it": "le fodere hanno stinto, il cuscino bianco e rosa",
        "pt": "as capas desbotaram, a almofada branca esta cor-de-rosa",
    },
    "stains_left": {
        "es": "pague la limpieza profunda y la mancha sigue exactamente igual",
        "en": "paid for a deep clean and the stain is exactly where it was",
        "fr": "nettoyage en profondeur paye et la tache est toujours la",
        "de": "Tiefenreinigung bezahlt und der Fleck ist noch da",
        "it": "pagato la pulizia profonda e la macchia c'e ancora",
        "pt": "paguei a limpeza profunda e a mancha continua igual",
    },
}
COMPLAINT: T = {
    "es": [
        "Esto es una verguenza, {p}. Quiero una solucion YA",
        "Hola, {p} y nadie me dice nada. Muy mal.",
    ],
    "en": [
        "Not happy at all: {p}. Sort it out please.",
        "this is ridiculous, {p} and nobody has called me",
    ],
    "fr": ["Franchement inacceptable : {p}."],
    "de": ["Das geht gar nicht: {p}. Ich erwarte eine Lösung."],
    "it": ["Inaccettabile, {p}."],
    "pt": ["Isto e inaceitavel, {p}."],
}
LONG: T = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde el coche mientras espero a mi hija a la salida del conservatorio, asi que perdonen las faltas. Llevo anos confiando en ustedes para todo lo de casa y mi madre tambien. Pero esta vez {p}, y ya no se a quien llamar. Les agradeceria que alguien me contestara hoy.\n\nUn saludo"
    ],
    "en": [
        "Hello,\n\nI'm writing this in the waiting room at the dentist so forgive the typos. We've used you for years, my mum recommended you, and I've always told people how good you are. But this time {p} and frankly I'm stunned. I'd like someone to ring me today please.\n\nKind regards"
    ],
}
CALL: T = {
    "es": ["si hola mire le llamo porque {p} y quiero saber que pasa"],
    "en": ["yeah hi I'm calling because {p} and I want to know what's going on"],
    "fr": ["oui bonjour j'appelle parce que {p} et je veux savoir ce qui se passe"],
    "de": ["ja hallo ich rufe an weil {p} und ich will wissen was da los ist"],
    "it": ["si buongiorno chiamo perche {p} e voglio sapere cosa succede"],
    "pt": ["sim bom dia estou a ligar porque {p} e quero saber o que se passa"],
}
OPENED: T = {
    "es": ["Sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y la revisamos hoy."],
    "en": ["We're really sorry. We've opened case {case} and are looking at it today."],
    "fr": ["Nous sommes desoles. Dossier {case} ouvert, nous regardons aujourd'hui."],
    "de": ["Das tut uns leid. Vorgang {case} ist eröffnet, wir prüfen heute."],
    "it": ["Ci dispiace molto. Abbiamo aperto la pratica {case}."],
    "pt": ["Lamentamos muito. Abrimos o pedido {case}."],
}
LEAD: T = {
    "es": [
        "Su incidencia {case} la lleva ahora nuestra responsable de calidad, que le llamara antes del viernes."
    ],
    "en": ["Your case {case} is now with our quality lead, who will call you before Friday."],
    "fr": ["Votre dossier {case} est chez notre responsable qualite, appel avant vendredi."],
    "de": ["Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, Anruf vor Freitag."],
    "it": ["La pratica {case} e ora con la nostra responsabile qualita."],
    "pt": ["O pedido {case} esta agora com a nossa responsavel de qualidade."],
}
REPEAT: T = {
    "es": [
        "Sigo esperando, incidencia {case}: {p}. Sigue igual.",
        "Otra vez yo con la {case}, {p} y nada",
    ],
    "en": ["Still waiting on {case}: {p}. Nothing has changed.", "chasing {case} again, {p} still"],
    "fr": ["Toujours rien pour {case} : {p}."],
    "de": ["Immer noch nichts zu {case}: {p}."],
    "it": ["Ancora niente per {case}: {p}."],
    "pt": ["Ainda nada sobre {case}: {p}."],
}
THIRD: T = {
    "es": [
        "Tercera vez que escribo por la {case}. Una amiga usa {comp} y se lo solucionan en el dia."
    ],
    "en": ["Third time about {case}. A friend uses {comp} and they sort this the same day."],
    "fr": ["Troisieme fois pour {case}. Une amie passe par {comp}, regle en un jour."],
    "de": ["Dritte Nachricht zu {case}. Eine Freundin nutzt {comp}, dort geht das am selben Tag."],
    "it": ["Terza volta per {case}. Un'amica usa {comp} e risolvono in giornata."],
    "pt": ["Terceira vez sobre {case}. Uma amiga usa {comp} e resolvem no mesmo dia."],
}
FOURTH: T = {
    "es": ["CUARTA vez. {case}. {p}. YA ESTA BIEN"],
    "en": ["FOURTH time. {case}. {p}. Enough."],
    "fr": ["QUATRIEME fois. {case}. {p}."],
    "de": ["VIERTES Mal. {case}. {p}. JETZT REICHTS"],
    "it": ["QUARTA volta. {case}. {p}."],
    "pt": ["QUARTA vez. {case}. {p}."],
}
URGENT: T = {
    "es": ["Anadido a su incidencia {case}, marcada urgente."],
    "en": ["Added to your case {case}, marked urgent."],
    "fr": ["Ajoute au dossier {case}, urgent."],
    "de": ["Zum Vorgang {case} hinzugefügt, dringend."],
    "it": ["Aggiunto alla pratica {case}, urgente."],
    "pt": ["Adicionado ao pedido {case}, urgente."],
}
GOOD_NEWS: T = {
    "es": ["Buenas noticias sobre la incidencia {case}: ya esta resuelto. Nos lo confirma?"],
    "en": ["Good news on case {case}: it's sorted on our side. Could you confirm?"],
    "fr": ["Bonne nouvelle pour {case} : c'est regle. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachricht zu {case}: erledigt. Können Sie das bestätigen?"],
    "it": ["Buone notizie sulla pratica {case}: risolto. Ci conferma?"],
    "pt": ["Boas noticias sobre {case}: resolvido. Pode confirmar?"],
}
CONFIRM: T = {
    "es": ["Confirmado lo de la {case}, todo bien ya. Gracias!"],
    "en": ["Confirmed, {case} is sorted. Thanks for fixing it."],
    "fr": ["Confirme pour {case}, merci."],
    "de": ["Bestätigt, {case} ist erledigt. Danke."],
    "it": ["Confermo, {case} risolto. Grazie."],
    "pt": ["Confirmo, {case} resolvido. Obrigado."],
}
APOLOGY: T = {
    "es": ["Perdon por el tono de ayer, estaba desbordada. Gracias por responder tan rapido"],
    "en": ["sorry for my message yesterday, long day. thanks for getting back so fast"],
    "fr": ["Desolee pour hier, journee difficile. Merci."],
    "de": ["Entschuldigung für gestern, war ein langer Tag. Danke."],
    "it": ["Scusate per ieri, giornata pesante. Grazie."],
    "pt": ["Desculpem ontem, dia dificil. Obrigada."],
}
SLIDE: T = {
    "es": [
        "La recogida llego tres horas tarde y sin avisar",
        "La alfombra ha vuelto con olor a humedad, no como antes",
        "Ahora piden foto de cada mancha antes de recoger, que pesadez",
        "Doble de precio por el mismo sofa que el ano pasado??",
        "Me cobran 35 euros de 'tratamiento antiacaros' que no pedi. Harta.",
        "Mi cunada usa {comp} y ya les he pedido presupuesto para las cortinas",
    ],
    "en": [
        "Collection turned up three hours late, no call",
        "Rug came back smelling damp, not like it used to",
        "Now they want a photo of every stain before collecting, tedious",
        "Double last year's price for the same sofa??",
        "Charged £30 'anti-mite treatment' I never asked for. Fed up.",
        "My sister-in-law uses {comp}, I've asked them to quote for the curtains",
    ],
    "de": [
        "Abholung drei Stunden zu spät, kein Anruf",
        "Teppich riecht feucht, früher nicht",
        "Jetzt wollen sie Fotos jedes Flecks vorab, nervig",
        "Doppelter Preis fürs gleiche Sofa??",
        "35 Euro 'Milbenbehandlung' berechnet, nie bestellt. Reicht.",
        "Meine Schwägerin nutzt {comp}, hab dort ein Angebot angefragt",
    ],
}
CANCEL: T = {
    "es": [
        "Hola, nos mudamos a un piso sin alfombras ni cortinas, quiero darme de baja del Telavia Hogar y cerrar la cuenta. Gracias por todo"
    ],
    "en": [
        "Hi, we've moved somewhere with blinds and hard floors, please cancel my Telavia Home plan and close the account. Thanks for everything"
    ],
    "de": [
        "Hallo, wir ziehen in eine Wohnung ohne Teppiche, bitte Telavia Home kündigen und Konto schließen."
    ],
}
SORRY_GO: T = {
    "es": ["Sentimos que se vaya. Puede darse de baja en la app o en la web."],
    "en": ["Sorry to see you go. You can cancel in the app or on the website."],
    "de": ["Schade! Kündigen können Sie in der App oder auf der Website."],
}
GRUMPY: T = {
    "es": [
        "la app me vuelve a pedir la contrasena cada vez",
        "el SMS de 'recogida en 2 horas' a las 7 de la manana, en serio",
        "las bolsas de recogida se rompen siempre",
    ],
    "en": [
        "app logs me out every single time",
        "the 'collection in 2 hours' text at 7am, really",
        "collection bags always tear",
    ],
    "de": [
        "App loggt mich jedes Mal aus",
        "SMS 'Abholung in 2 Stunden' um 7 Uhr morgens, echt jetzt",
    ],
}
SARCASM: T = {
    "es": ["Recogida 'express' a las 21:40, justo a tiempo para cenar en el suelo 👏"],
    "en": ["'Express' return at 9:40pm, just in time to hang curtains in the dark 👏"],
    "de": ["'Express'-Rückgabe um 21:40, perfekt zum Aufhängen im Dunkeln 👏"],
}
MILD: T = {
    "es": ["la web de seguimiento tarda mucho en cargar, nada grave"],
    "en": ["tracking page is a bit slow to load, nothing major"],
    "fr": ["la page de suivi est lente, rien de grave"],
    "de": ["Tracking-Seite lädt langsam, nichts Schlimmes"],
    "it": ["la pagina di tracking e lenta"],
    "pt": ["a pagina de seguimento e lenta"],
}

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "las facturas siguen sin numero de pedido y con la razon social antigua",
        "en": "invoices still have no PO number and the old company name",
        "de": "Rechnungen ohne Bestellnummer und mit altem Firmennamen",
        "fr": "factures sans numero de commande et avec l'ancienne raison sociale",
    },
    "lost_linen": {
        "es": "faltan cortinas de tres habitaciones desde la ultima recogida",
        "en": "curtains from three rooms are missing since the last collection",
        "de": "Vorhänge aus drei Zimmern fehlen seit der letzten Abholung",
        "fr": "les rideaux de trois chambres manquent depuis la derniere collecte",
    },
    "portal": {
        "es": "el portal no muestra los pedidos abiertos y no podemos programar recogidas",
        "en": "the portal shows no open orders so we can't schedule collections",
        "de": "das Portal zeigt keine offenen Aufträge, keine Abholung planbar",
        "fr": "le portail n'affiche aucune commande ouverte",
    },
    "rate": {
        "es": "nos facturan tarifa particular en vez del contrato por m2",
        "en": "we're billed the consumer rate instead of our per-m2 contract",
        "de": "uns wird der Privattarif statt Vertragspreis pro m2 berechnet",
        "fr": "on nous facture le tarif particulier au lieu du contrat",
    },
}
B2B_FIRST: T = {
    "es": ["Buenos dias, {p}. Necesitamos que se corrija esta semana."],
    "en": ["Good morning, {p}. We need this corrected this week."],
    "de": ["Guten Morgen, {p}. Bitte diese Woche korrigieren."],
    "fr": ["Bonjour, {p}. Merci de corriger cette semaine."],
}
B2B_LATER: T = {
    "es": ["Hola, escribo yo tambien por lo que ya reporto {first} el {day} ({case}): {p}."],
    "en": ["Hi, following up on what {first} raised {day} ({case}): {p}."],
    "de": ["Hallo, ergänzend zu {first} vom {day} ({case}): {p}."],
    "fr": ["Bonjour, suite au message de {first} du {day} ({case}) : {p}."],
}
B2B_AGAIN: T = {
    "es": [
        "llamo otra vez por la {case} sigue sin arreglarse y varios companeros ya han escrito mi jefe dice que si no se arregla esta semana nos vamos a {comp}"
    ],
    "en": [
        "calling again about {case} still not fixed and several of us have written my boss says we move to {comp} if it isn't fixed this week"
    ],
    "de": [
        "ich rufe nochmal wegen {case} an immer noch nicht behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln zu {comp}"
    ],
    "fr": [
        "j'appelle encore pour {case} toujours pas regle plusieurs collegues ont ecrit mon chef dit qu'on passe chez {comp}"
    ],
}
B2B_SUGGEST: T = {
    "es": ["Sugerencia: seria util exportar los costes por hotel/sede"],
    "en": ["Suggestion: it'd help to export costs per site"],
    "de": ["Vorschlag: Kosten pro Standort exportieren wäre hilfreich"],
    "fr": ["Suggestion : exporter les couts par site serait utile"],
}
B2B_ACK: T = {
    "es": ["Gracias, lo pasamos al equipo. Referencia {case}."],
    "en": ["Thanks, passed to the team. Reference {case}."],
    "de": ["Danke, ans Team weitergegeben. Referenz {case}."],
    "fr": ["Merci, transmis a l'equipe. Reference {case}."],
}
B2B_PRAISE: T = {
    "es": ["Las cortinas del lobby han quedado perfectas para la gala, gracias"],
    "en": ["Lobby curtains came back perfect for the event, thanks team"],
    "de": ["Lobby-Vorhänge rechtzeitig und perfekt zurück, danke"],
    "fr": ["Rideaux du hall parfaits pour l'evenement, merci"],
}
B2B_Q: T = {
    "es": ["Se puede adelantar la recogida del jueves al miercoles?"],
    "en": ["Can Thursday's collection move to Wednesday?"],
    "de": ["Kann die Abholung von Donnerstag auf Mittwoch?"],
    "fr": ["Peut-on avancer la collecte de jeudi a mercredi ?"],
}

SPIKE: T = {
    "es": [
        "Que pasa con el chat de pedidos?? Todo lo que escribo sale en finlandes y el aviso {code}. No puedo decirle al repartidor donde dejar la alfombra",
        "@Telavia el chat del pedido me traduce todo al finlandes!! error {code}",
        "no entiendo nada, los mensajes del conductor llegan en finlandes, {code}",
    ],
    "en": [
        "Why is the order chat suddenly in Finnish?? Everything I type turns Finnish, error {code}, driver can't read my gate code",
        "@Telavia your order chat is translating everything into FINNISH. {code}. help",
    ],
    "fr": [
        "Le chat de commande traduit tout en finnois, erreur {code}, le livreur ne comprend rien"
    ],
    "de": [
        "Der Auftragschat übersetzt alles ins Finnische, Fehler {code}, der Fahrer versteht nix"
    ],
    "it": ["La chat dell'ordine traduce tutto in finlandese, errore {code}"],
    "pt": ["O chat da encomenda traduz tudo para finlandes, erro {code}"],
}
SPIKE_AGAIN: T = {
    "es": ["Sigue igual, {code} tambien desde el movil de mi marido"],
    "en": ["still {code} on my partner's phone too"],
    "fr": ["toujours {code} aussi sur l'autre telephone"],
    "de": ["immer noch {code}, auch am Handy meiner Frau"],
    "it": ["ancora {code} anche dall'altro telefono"],
    "pt": ["continua {code} tambem no outro telemovel"],
}
SPIKE_CHAT: T = {
    "es": ["Si, el chat de pedidos esta fallando para todos ahora mismo, lo estamos arreglando."],
    "en": ["Yes, the order chat is failing for everyone right now, our engineers are on it."],
    "fr": ["Oui, le chat de commande a un souci general, on s'en occupe."],
    "de": ["Ja, der Auftragschat hat gerade eine Störung, wir sind dran."],
    "it": ["Si, la chat ordini ha un problema generale, ci stiamo lavorando."],
    "pt": ["Sim, o chat de encomendas tem uma falha geral, estamos a resolver."],
}
SPIKE_FIXED: T = {
    "es": ["El chat de pedidos vuelve a funcionar desde las 13:00. Le abonamos 10 EUR."],
    "en": ["The order chat works normally again since 13:00. We've added a 10 EUR credit."],
    "fr": ["Le chat fonctionne a nouveau depuis 13h00. 10 EUR credites."],
    "de": ["Der Chat funktioniert seit 13:00 wieder. 10 EUR gutgeschrieben."],
    "it": ["La chat funziona di nuovo dalle 13:00. Accreditati 10 EUR."],
    "pt": ["O chat funciona de novo desde as 13:00. Creditamos 10 EUR."],
}
LONE: T = {
    "es": [
        "ayer el chat del pedido me mostro una palabra rara en otro idioma y luego bien, es normal?"
    ],
    "en": [
        "yesterday one word in the order chat showed up in another language then fixed itself, is that normal?"
    ],
}
LONE_ANS: T = {
    "es": ["Fue un fallo puntual del corrector, ya esta bien."],
    "en": ["A one-off autocorrect glitch, all fine now."],
}
