# ruff: noqa: E501
"""Wording tables of heldout246 (Zeltavo, camping and outdoor gear hire), written blind."""

from __future__ import annotations

LANGS = ("de", "es", "en", "fr", "it", "pt")
MARKETS = {
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT",),
}
PHONE = {
    "DE": ("+49", "15", 11),
    "AT": ("+43", "66", 10),
    "CH": ("+41", "7", 9),
    "ES": ("+34", "6", 9),
    "UK": ("+44", "7", 10),
    "IE": ("+353", "8", 9),
    "FR": ("+33", "6", 9),
    "BE": ("+32", "4", 9),
    "IT": ("+39", "3", 10),
    "PT": ("+351", "9", 9),
}
FIRST = {
    "de": (
        "Jonas",
        "Miriam",
        "Felix",
        "Sabine",
        "Tobias",
        "Anja",
        "Lukas",
        "Heike",
        "Stefan",
        "Carina",
        "Matthias",
        "Ulrike",
        "Florian",
        "Nadine",
        "Jörg",
        "Verena",
    ),
    "es": (
        "Alba",
        "Sergio",
        "Nerea",
        "Iker",
        "Marta",
        "Rubén",
        "Claudia",
        "Óscar",
        "Lorena",
        "Adrián",
        "Rocío",
        "Hugo",
        "Ainhoa",
        "Javier",
        "Sonia",
        "Unai",
    ),
    "en": ("Oliver", "Chloe", "Liam", "Aoife", "Harry", "Niamh", "George", "Megan"),
    "fr": ("Camille", "Théo", "Manon", "Hugo", "Léa", "Mathis", "Inès", "Bastien"),
    "it": ("Giulia", "Matteo", "Chiara", "Davide", "Elisa", "Simone", "Federica", "Luca"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Diogo", "Catarina", "Nuno"),
}
LAST = {
    "de": (
        "Krüger",
        "Hofmann",
        "Lindner",
        "Vogt",
        "Baumann",
        "Seidel",
        "Kuhn",
        "Engel",
        "Pohl",
        "Brandl",
    ),
    "es": (
        "Ortega",
        "Navarro",
        "Iglesias",
        "Castro",
        "Rubio",
        "Molina",
        "Santos",
        "Vidal",
        "Prieto",
        "Gallego",
    ),
    "en": ("Walsh", "Turner", "Doyle", "Hughes", "Kelly", "Marsh"),
    "fr": ("Girard", "Lemaire", "Faure", "Roux", "Blanc", "Mercier"),
    "it": ("Ferri", "Galli", "Conti", "Marchetti", "Bruno", "Serra"),
    "pt": ("Pires", "Lopes", "Teixeira", "Moreira", "Correia", "Antunes"),
}
PRODUCTS = (
    ("Tent 4 persons, weekend / Tienda 4 personas, fin de semana", "49.00"),
    ("Sleeping bag -5 °C, week / Saco de dormir -5 °C, semana", "18.00"),
    ("Camping stove and pans, weekend / Hornillo y menaje, fin de semana", "15.00"),
    ("Inflatable SUP board, day / Tabla SUP hinchable, día", "29.00"),
    ("Trekking backpack 65 l, week / Mochila de trekking 65 l, semana", "22.00"),
    ("Camping chairs x4, weekend / Sillas de camping x4, fin de semana", "12.00"),
    ("Family tent 6 persons, week / Tienda familiar 6 personas, semana", "89.00"),
)
PAGES = (
    "/tents",
    "/sleeping-bags",
    "/stoves",
    "/sup",
    "/backpacks",
    "/plus",
    "/how-it-works",
    "/lockers",
)
PRAISE = {
    "de": (
        "Zelt von Zeltavo kam pünktlich zum Campingplatz, alles sauber verpackt. Top!",
        "Wochenende am Bodensee mit dem Familienzelt von Zeltavo, aufgebaut in 15 min, die Kids waren begeistert",
        "Schon wieder alles perfekt bei Zeltavo, Schlafsäcke frisch gewaschen und warm",
    ),
    "es": (
        "Alquilamos la tienda en Zeltavo y llegó al camping antes que nosotros jaja, genial",
        "Tercera vez que alquilo con Zeltavo y todo impecable, los sacos olian a limpio",
        "Finde en Picos con el hornillo de Zeltavo, funcionó de lujo. Repetiremos!",
    ),
    "en": ("Zeltavo tent turned up at the campsite before we did, spotless. Brilliant service",),
    "fr": ("Tente Zeltavo livrée au camping, propre et complète. Super week-end !",),
    "it": ("Tenda di Zeltavo arrivata puntuale in campeggio, tutto pulito e completo. Bravi!",),
    "pt": ("A tenda da Zeltavo chegou ao parque antes de nós, tudo impecável. Recomendo!",),
}
REVIEW = {
    "de": (
        "Einfache Buchung, Rückgabe am Schließfach klappt super.",
        "Sehr gutes Material, nur die Anleitung gibts nur als PDF. Sonst gerne wieder.",
    ),
    "es": (
        "Reserva facil y devolucion en taquilla sin lios.",
        "Material muy bueno, solo que la bolsa del saco cierra fatal. Por lo demas perfecto.",
    ),
    "en": ("Easy booking, drop-off at the locker was painless.",),
    "fr": ("Réservation simple, retour au casier sans souci.",),
    "it": ("Prenotazione semplice, riconsegna al locker senza problemi.",),
    "pt": ("Reserva simples e devolução no cacifo sem stress.",),
}
QUESTION = {
    "de": (
        "Hallo, kann ich das Zelt auch direkt an den Campingplatz liefern lassen?",
        "Hi, gilt der Plus-Rabatt auch für Schlafsäcke?",
    ),
    "es": (
        "Hola, se puede devolver el material en otra taquilla distinta?",
        "Buenas, el hornillo incluye cartucho de gas o lo compro aparte?",
    ),
    "en": ("Hi, can I collect the sleeping bags a day early?",),
    "fr": ("Bonjour, est-ce que je peux prolonger la location d'un jour ?",),
    "it": ("Ciao, posso far consegnare la tenda direttamente al campeggio?",),
    "pt": ("Olá, posso devolver o material noutro cacifo?",),
}
ANSWER = {
    "de": (
        "Hallo! Ja, das geht, einfach beim Buchen die Adresse des Platzes angeben. Viele Grüße, {agent}",
    ),
    "es": ("Hola! Sí, sin problema, lo indicas al reservar. Un saludo, {agent}",),
    "en": ("Hi! Yes, that's fine, just choose it when you book. Cheers, {agent}",),
    "fr": ("Bonjour ! Oui, c'est possible, il suffit de le choisir à la réservation. {agent}",),
    "it": ("Ciao! Sì, basta indicarlo quando prenoti. Un saluto, {agent}",),
    "pt": ("Olá! Sim, basta indicar na reserva. Cumprimentos, {agent}",),
}
THANKS = {
    "de": ("Super, danke!", "Perfekt, dake"),
    "es": ("Genial, gracias!", "Vale perfecto, grax"),
    "en": ("Great, thanks!",),
    "fr": ("Super, merci !",),
    "it": ("Perfetto, grazie!",),
    "pt": ("Ótimo, obrigado!",),
}
CALL_Q = {
    "de": (
        "ja hallo ich wollte fragen ob man beim Familienzelt die Heringe extra bestellen muss",
        "hallo ich hab Plus und wollte wissen wie lange ich den Schlafsack behalten kann",
    ),
    "es": (
        "hola mira queria saber si la tabla de sup viene con chaleco o hay que pedirlo aparte",
        "si buenas tengo el plus y no se si me entra la mochila en el descuento",
    ),
    "en": ("hi yeah just wondering if the stove comes with a gas canister or not",),
    "fr": ("oui bonjour je voulais savoir si la tente est livrée avec les sardines",),
    "it": ("sì buongiorno volevo sapere se il fornello ha già la bombola",),
    "pt": ("olá queria saber se a prancha de sup traz colete",),
}
CALL_FOLLOW = {
    "de": ("Wie am Telefon besprochen: alles ist im Set enthalten. Viele Grüße, {agent}",),
    "es": ("Como hablamos por teléfono: va todo incluido en el set. Un saludo, {agent}",),
    "en": ("As discussed on the phone: it's all in the set. Best, {agent}",),
    "fr": ("Comme convenu au téléphone : tout est inclus. Cordialement, {agent}",),
    "it": ("Come detto al telefono: è tutto incluso. Saluti, {agent}",),
    "pt": ("Como falámos ao telefone: está tudo incluído. Cumprimentos, {agent}",),
}
SURVEY_WORD = {
    "de": ("Top", "", "👍"),
    "es": ("Genial", "", "👌"),
    "en": ("Great",),
    "fr": ("Parfait",),
    "it": ("Ottimo",),
    "pt": ("Ótimo",),
}
NIGHT_POST = {
    "de": (
        "3 Uhr, Nachtschicht vorbei, und ich buch schon das Zelt von Zeltavo fürs Wochenende. Freu mich drauf",
        "kann nicht schlafen, schau Zeltvideos. Das Familienzelt von Zeltavo ist echt genial",
    ),
    "es": (
        "Las 2 de la mañana y yo mirando tiendas en Zeltavo para agosto, que ganas",
        "Saliendo del turno de noche y ya tengo el saco de Zeltavo reservado para el finde",
    ),
    "en": ("2am and I'm planning the Snowdonia trip, Zeltavo tent booked, can't wait",),
    "fr": ("2h du mat et je réserve la tente Zeltavo pour le week-end, trop hâte",),
    "it": ("Le 2 di notte e sto già prenotando la tenda Zeltavo per il weekend",),
    "pt": ("2 da manhã e já reservei a tenda da Zeltavo para o fim de semana",),
}
NIGHT_Q = {
    "de": (
        "Hallo, kann ich das nasse Zelt auch nachts ins Schließfach legen?",
        "Ab wann zählt eigentlich der Wochenendtarif?",
    ),
    "es": (
        "Hola, puedo dejar la tienda mojada en la taquilla de noche?",
        "A partir de que hora empieza la tarifa de finde?",
    ),
    "en": ("Hi, can I drop a wet tent in the locker at night?",),
    "fr": ("Bonsoir, je peux déposer la tente mouillée au casier la nuit ?",),
    "it": ("Ciao, posso lasciare la tenda bagnata nel locker di notte?",),
    "pt": ("Olá, posso deixar a tenda molhada no cacifo à noite?",),
}
PROBLEM = {
    "no_show": {
        "de": (
            "Die Zeltlieferung steht in der App als GELIEFERT, aber am Campingplatz ist nichts angekommen. Wir stehen hier ohne Zelt.",
            "laut app zugestellt um 9:12, hier ist NICHTS. zwei kinder, kein zelt, danke auch",
        ),
        "es": (
            "La app dice ENTREGADA pero en el camping no ha llegado nada. Estamos aqui sin tienda con dos crios.",
            "Marcado como entregado a las 9:12 y aqui no hay nada de nada. Que hago ahora?",
        ),
        "en": (
            "App says DELIVERED at 9:12, nothing at the campsite. We're stood here with no tent.",
        ),
        "fr": ("L'appli dit livré, rien au camping. On est là sans tente avec les enfants.",),
        "it": ("L'app dice consegnato ma al campeggio non è arrivato niente. Siamo senza tenda.",),
        "pt": ("A app diz entregue mas no parque não chegou nada. Estamos sem tenda.",),
    },
    "double_charge": {
        "de": (
            "Die Kaution für den Schlafsack wurde ZWEIMAL abgebucht, 2x 80 €. Mein Konto ist jetzt im Minus.",
            "warum habt ihr die kaution doppelt geblockt?? 160 statt 80 euro",
        ),
        "es": (
            "Me habeis cobrado la fianza DOS veces, 2 x 80 €, y se me ha devuelto el recibo del alquiler.",
            "Fianza duplicada. 160 en vez de 80. Esto como se arregla?",
        ),
        "en": ("You've held the deposit TWICE, 2 x £70, and my rent bounced.",),
        "fr": ("La caution a été prélevée deux fois, 2 x 80 €. Mon compte est à découvert.",),
        "it": ("Mi avete bloccato la cauzione DUE volte, 2 x 80 €.",),
        "pt": ("Cobraram a caução duas vezes, 2 x 80 €.",),
    },
    "damage": {
        "de": (
            "Das Zelt kam mit gebrochenem Gestänge und einem Riss im Außenzelt an. In der ersten Nacht hat es reingeregnet.",
            "gestänge gebrochen, außenzelt gerissen, alles nass. super urlaub",
        ),
        "es": (
            "La tienda llegó con una varilla rota y la lona rajada. La primera noche nos llovió dentro.",
            "varilla partida y lona rota, dormimos mojados. genial todo",
        ),
        "en": (
            "Tent arrived with a snapped pole and a tear in the flysheet. Rained in the first night.",
        ),
        "fr": ("La tente est arrivée avec un arceau cassé et le double toit déchiré.",),
        "it": ("La tenda è arrivata con un'asta rotta e il telo strappato.",),
        "pt": ("A tenda chegou com uma vara partida e o sobreteto rasgado.",),
    },
    "refund": {
        "de": (
            "Ich warte seit DREI Wochen auf die Kaution für die Rucksäcke. Alles wurde vollständig zurückgegeben.",
            "kaution immer noch nicht da, drei wochen jetzt",
        ),
        "es": (
            "Llevo TRES semanas esperando la fianza de las mochilas. Lo devolvi todo perfecto.",
            "tres semanas y la fianza sin aparecer. en serio?",
        ),
        "en": ("Three weeks and still no deposit back for the backpacks.",),
        "fr": ("Trois semaines que j'attends le remboursement de la caution.",),
        "it": ("Sono tre settimane che aspetto la cauzione degli zaini.",),
        "pt": ("Há três semanas que espero a caução das mochilas.",),
    },
    "wrong_price": {
        "de": (
            "Ich bin Plus-Mitglied und mir wurde der normale Preis berechnet, 49 statt 39 €.",
            "plus mitglied seit einem jahr und trotzdem voller preis? was soll das",
        ),
        "es": (
            "Soy socia Plus y me habeis cobrado la tarifa normal, 49 en vez de 39 €.",
            "Pago el Plus para nada, me cobrais precio de no socio",
        ),
        "en": ("I'm a Plus member and got charged the full rate, £42 instead of £34.",),
        "fr": ("Je suis membre Plus et j'ai payé le tarif normal, 49 au lieu de 39 €.",),
        "it": ("Sono socio Plus e mi avete fatto pagare la tariffa piena.",),
        "pt": ("Sou membro Plus e cobraram o preço normal.",),
    },
    "cancel_fee": {
        "de": (
            "Ich habe fünf Tage vorher storniert und trotzdem eine Stornogebühr von 25 € bezahlt.",
            "5 tage vorher storniert und ihr nehmt 25 euro gebühr?? ernsthaft",
        ),
        "es": (
            "Cancelé con CINCO días de antelación y me cobrais 25 € de penalización.",
            "cancelo con 5 dias y me meteis 25 euros de gastos. venga ya",
        ),
        "en": ("Cancelled five days ahead and still charged a £21 late fee.",),
        "fr": ("Annulé cinq jours avant et on me facture 25 € de frais.",),
        "it": ("Ho cancellato cinque giorni prima e mi avete addebitato 25 €.",),
        "pt": ("Cancelei com cinco dias e cobraram 25 € de taxa.",),
    },
}
TOPIC = {
    "no_show": {
        "de": "Lieferung nicht angekommen",
        "es": "Entrega no recibida",
        "en": "Delivery never arrived",
        "fr": "Livraison non reçue",
        "it": "Consegna mai arrivata",
        "pt": "Entrega não recebida",
    },
    "double_charge": {
        "de": "Kaution doppelt",
        "es": "Fianza cobrada dos veces",
        "en": "Deposit taken twice",
        "fr": "Caution prélevée deux fois",
        "it": "Cauzione doppia",
        "pt": "Caução duplicada",
    },
    "damage": {
        "de": "Zelt beschädigt",
        "es": "Tienda rota",
        "en": "Damaged tent",
        "fr": "Tente abîmée",
        "it": "Tenda rotta",
        "pt": "Tenda danificada",
    },
    "refund": {
        "de": "Kaution nicht erstattet",
        "es": "Fianza sin devolver",
        "en": "Deposit not refunded",
        "fr": "Caution non remboursée",
        "it": "Cauzione non restituita",
        "pt": "Caução não devolvida",
    },
    "wrong_price": {
        "de": "Falscher Preis trotz Plus",
        "es": "Precio de no socio",
        "en": "Plus rate not applied",
        "fr": "Tarif Plus non appliqué",
        "it": "Tariffa Plus non applicata",
        "pt": "Preço Plus não aplicado",
    },
    "cancel_fee": {
        "de": "Stornogebühr",
        "es": "Gastos de cancelación",
        "en": "Cancellation fee",
        "fr": "Frais d'annulation",
        "it": "Penale di cancellazione",
        "pt": "Taxa de cancelamento",
    },
}
COMPLAINT_SUBJECT = {
    "de": "Beschwerde: {t}",
    "es": "Reclamación: {t}",
    "en": "Complaint: {t}",
    "fr": "Réclamation : {t}",
    "it": "Reclamo: {t}",
    "pt": "Reclamação: {t}",
}
RE_SUBJECT = {
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
}
LONG_EMAIL = {
    "de": (
        "Guten Abend,\n\nich schreibe Ihnen vom Parkplatz vor der Musikschule, weil ich sonst keine ruhige Minute finde. Wir haben seit Jahren bei Ihnen gemietet und waren immer gut bedient, meine Frau hat Sie sogar im Kollegium empfohlen. Diesmal aber: {p} Ich habe zweimal angerufen und bin in der Warteschleife gelandet.\n\nBitte kümmern Sie sich darum.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo Zeltavo-Team,\n\nkurz zur Lage: meine Mutter ist gerade aus der Reha zurück, ich pendle zwischen zwei Städten, und der Campingurlaub mit den Kindern war das eine, worauf wir uns alle gefreut haben. {p} Ich habe wirklich keine Nerven für sowas.\n\nGruß\n{name}",
    ),
    "es": (
        "Buenas tardes:\n\nos escribo desde la sala de espera del dentista de mi hijo porque no saco otro rato. Somos clientes desde hace tres veranos y siempre os he recomendado en el trabajo. Pero esta vez: {p} He llamado dos veces y nada, musiquita y a colgar.\n\nEspero respuesta pronto.\n\nUn saludo,\n{name}",
        "Hola,\n\nos cuento: estoy con la mudanza de mi suegra, el coche en el taller y las vacaciones eran lo unico que teniamos claro. {p} De verdad que no tengo tiempo para esto.\n\nGracias,\n{name}",
    ),
}
CASE_OPENED = {
    "de": (
        "Hallo {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns schnellstmöglich. Viele Grüße, {agent}",
    ),
    "es": (
        "Hola {first}, gracias por escribirnos. Hemos abierto la incidencia {case} y te decimos algo lo antes posible. Un saludo, {agent}",
    ),
    "en": (
        "Hi {first}, thanks for getting in touch. We've opened case {case} and will come back to you shortly. {agent}",
    ),
    "fr": (
        "Bonjour {first}, merci pour votre message. Nous avons ouvert le dossier {case}. {agent}",
    ),
    "it": ("Ciao {first}, grazie del messaggio. Abbiamo aperto la pratica {case}. {agent}",),
    "pt": ("Olá {first}, obrigado pela mensagem. Abrimos o processo {case}. {agent}",),
}
GOOD_NEWS = {
    "de": (
        "Gute Nachrichten zu Vorgang {case}: das ist erledigt. Können Sie kurz bestätigen, dass alles passt? {agent}",
    ),
    "es": (
        "Buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos confirmas que todo está bien? {agent}",
    ),
    "en": ("Good news on case {case}: it's sorted. Could you confirm all is well? {agent}",),
    "fr": ("Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? {agent}",),
    "it": ("Buone notizie sulla pratica {case}: è risolta. Ci confermi? {agent}",),
    "pt": ("Boas notícias sobre o processo {case}: está resolvido. Pode confirmar? {agent}",),
}
CONFIRM = {
    "de": ("Bestätigt, {case} ist erledigt, danke!", "passt jetzt alles, danke für {case}"),
    "es": (
        "Confirmado, lo de {case} ya está bien, gracias!",
        "Todo ok con {case}, gracias por la rapidez",
    ),
    "en": ("Confirmed, {case} is sorted, thanks!",),
    "fr": ("Confirmé, {case} est réglé, merci !",),
    "it": ("Confermo, {case} è a posto, grazie!",),
    "pt": ("Confirmado, o {case} está resolvido, obrigado!",),
}
APOLOGY = {
    "de": (
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern.",
        "Entschuldigung wegen gestern, ich war echt genervt. Danke!",
    ),
    "es": (
        "Perdon por el tono de ayer, estaba desbordada. Gracias por arreglarlo tan rapido.",
        "Siento lo de ayer, se me fue la pinza. Gracias!",
    ),
    "en": ("Sorry for my tone yesterday, long day. Thanks for sorting it.",),
    "fr": ("Désolé pour mon ton hier, merci d'avoir réglé ça.",),
    "it": ("Scusate per ieri, ero nervoso. Grazie!",),
    "pt": ("Desculpem o tom de ontem. Obrigado pela rapidez.",),
}
STILL_OPEN = {
    "de": (
        "Vorgang {case} ist immer noch offen. Es hat sich nichts getan.",
        "schon wieder ich wegen {case}. noch immer nicht gelöst",
    ),
    "es": (
        "La incidencia {case} sigue abierta y nadie me dice nada.",
        "Otra vez yo con {case}. Sigue sin resolverse",
    ),
    "en": ("Case {case} is still open and nothing has happened.",),
    "fr": ("Le dossier {case} est toujours ouvert, rien n'a bougé.",),
    "it": ("La pratica {case} è ancora aperta, nessuna novità.",),
    "pt": ("O processo {case} continua aberto, nada mudou.",),
}
THIRD = {
    "de": (
        "Dritte Nachricht zu {case}. Ein Kollege mietet bei {comp}, die klären sowas am selben Tag.",
        "Dritter Anlauf wegen {case}. Ich hab mir schon angeschaut, was {comp} verlangt.",
    ),
    "es": (
        "Tercera vez que escribo por {case}. Un compañero alquila en {comp} y se lo solucionan en el dia.",
        "Tercera vez con {case}. Ya he mirado lo que cobra {comp}.",
    ),
    "en": (
        "Third time about {case}. A colleague hires from {comp} and they sort this the same day.",
    ),
    "fr": (
        "Troisième fois pour {case}. Un collègue loue chez {comp}, eux règlent ça le jour même.",
    ),
    "it": ("Terza volta per {case}. Un collega noleggia da {comp} e risolvono in giornata.",),
    "pt": ("Terceira vez por causa do {case}. Um colega aluga na {comp} e resolvem no mesmo dia.",),
}
FOURTH = {
    "de": ("Das VIERTE Mal wegen {case}. JETZT REICHTS.", "Zum vierten Mal: {case} ist offen!!"),
    "es": ("CUARTA vez por {case}. YA ESTÁ BIEN.", "Cuarta vez que escribo por {case}. Increible"),
    "en": ("FOURTH time about {case}. Enough.",),
    "fr": ("QUATRIÈME fois pour {case}. Ça suffit.",),
    "it": ("QUARTA volta per {case}. Basta.",),
    "pt": ("QUARTA vez por causa do {case}. Chega.",),
}
QUALITY_LEAD = {
    "de": (
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}",
    ),
    "es": (
        "Hola {first}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    ),
    "en": (
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    ),
    "fr": (
        "Bonjour {first}, le dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}",
    ),
    "it": (
        "Ciao {first}, la pratica {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì. {agent}",
    ),
    "pt": (
        "Olá {first}, o processo {case} está com a nossa responsável de qualidade, que liga antes de sexta. {agent}",
    ),
}
URGENT = {
    "de": ("Zu {case} hinzugefügt und als dringend markiert. {agent}",),
    "es": ("Añadido a {case} y marcado como urgente. {agent}",),
    "en": ("Added to {case} and marked urgent. {agent}",),
    "fr": ("Ajouté au dossier {case}, marqué urgent. {agent}",),
    "it": ("Aggiunto a {case}, segnato urgente. {agent}",),
    "pt": ("Adicionado ao {case}, marcado urgente. {agent}",),
}
SLIDE = {
    "de": (
        "Zelt kam diesmal drei Stunden zu spät, ohne Anruf. Naja.",
        "Schlafsack roch muffig und der Reißverschluss hakt. Wird schlechter bei Zeltavo.",
        "Bei der Rückgabe soll ich jetzt jedes Teil fotografieren. Ernsthaft?",
        "Kaution wieder doppelt geblockt und eine Woche bis zur Freigabe. Langsam reichts.",
        "35 € Reinigungsgebühr für ein Zelt, das ich sauber zurückgegeben habe, mit Fotos aus eurer eigenen App. Frechheit.",
        "Mein Schwager mietet bei {comp}, ich hab das Zelt fürs nächste Wochenende dort gebucht.",
    ),
    "es": (
        "Esta vez la tienda llegó tres horas tarde y sin avisar. Bueno.",
        "El saco olia a humedad y la cremallera se engancha. Zeltavo va a peor.",
        "Ahora para devolver hay que hacer foto de cada pieza. En serio?",
        "Otra vez la fianza doble y una semana para liberarla. Me estoy cansando.",
        "35 € de limpieza por una tienda que devolvi limpia, con fotos de vuestra propia app. Vergonzoso.",
        "Mi cuñado alquila en {comp}, ya he reservado alli la tienda para el finde que viene.",
    ),
    "en": (
        "Tent three hours late this time, no call. Hmm.",
        "Sleeping bag smelt damp and the zip sticks. Zeltavo slipping.",
        "Now I have to photograph every piece at return. Really?",
        "Deposit held twice again, a week to release. Getting tired of this.",
        "£30 cleaning fee for a tent I returned clean, with your own app's photos. Shameful.",
        "My brother-in-law hires from {comp}, I've booked next weekend's tent there.",
    ),
    "fr": (
        "Tente livrée trois heures en retard, sans appel. Bon.",
        "Le sac de couchage sentait l'humidité et la fermeture accroche.",
        "Maintenant il faut photographier chaque pièce au retour. Sérieux ?",
        "Caution encore bloquée deux fois, une semaine pour la libérer.",
        "35 € de nettoyage pour une tente rendue propre, photos de votre appli à l'appui. Honteux.",
        "Mon beau-frère loue chez {comp}, j'ai réservé la tente là-bas pour le week-end prochain.",
    ),
    "it": (
        "Tenda arrivata tre ore in ritardo, senza avvisare.",
        "Il sacco a pelo puzzava di umido e la zip si blocca.",
        "Ora alla riconsegna devo fotografare ogni pezzo. Davvero?",
        "Cauzione di nuovo doppia e una settimana per sbloccarla.",
        "35 € di pulizia per una tenda restituita pulita, con le foto della vostra app. Vergogna.",
        "Mio cognato noleggia da {comp}, ho prenotato lì la tenda per il prossimo weekend.",
    ),
    "pt": (
        "A tenda chegou três horas atrasada, sem aviso.",
        "O saco-cama cheirava a humidade e o fecho prende.",
        "Agora tenho de fotografar cada peça na devolução. A sério?",
        "Caução outra vez duplicada e uma semana para libertar.",
        "35 € de limpeza por uma tenda devolvida limpa, com fotos da vossa app. Vergonhoso.",
        "O meu cunhado aluga na {comp}, já reservei lá a tenda para o próximo fim de semana.",
    ),
}
CANCEL_REQ = {
    "de": (
        "Hallo, wir haben uns jetzt eigene Ausrüstung gekauft. Bitte Zeltavo Plus kündigen und mein Konto schließen.",
        "Wir ziehen in eine Wohnung ohne Keller und campen kaum noch. Bitte Plus kündigen und Konto löschen.",
    ),
    "es": (
        "Hola, al final nos hemos comprado nuestra propia tienda. Quiero cancelar Zeltavo Plus y cerrar la cuenta.",
        "Nos mudamos y ya no vamos de camping. Por favor dad de baja el Plus y cerrad mi cuenta.",
    ),
    "en": ("We've bought our own gear now. Please cancel Zeltavo Plus and close my account.",),
    "fr": (
        "Nous avons acheté notre matériel. Merci de résilier Zeltavo Plus et de fermer mon compte.",
    ),
    "it": ("Abbiamo comprato l'attrezzatura. Vorrei disdire Zeltavo Plus e chiudere l'account.",),
    "pt": ("Comprámos o nosso material. Quero cancelar o Zeltavo Plus e fechar a conta.",),
}
SORRY_GO = {
    "de": (
        "Schade, dass Sie gehen, {first}. Sie können Plus selbst in der App oder auf der Website kündigen. {agent}",
    ),
    "es": (
        "Qué pena que te vayas, {first}. Puedes cancelar el Plus tú mismo en la app o en la web. {agent}",
    ),
    "en": (
        "Sorry to see you go, {first}. You can cancel Plus yourself in the app or on the website. {agent}",
    ),
    "fr": (
        "Dommage de vous voir partir, {first}. Vous pouvez résilier dans l'appli ou sur le site. {agent}",
    ),
    "it": ("Ci dispiace, {first}. Puoi disdire Plus nell'app o sul sito. {agent}",),
    "pt": ("Pena que saia, {first}. Pode cancelar o Plus na app ou no site. {agent}",),
}
GRUMBLE = {
    "de": (
        "Die App loggt mich jedes Mal aus. Nervt.",
        "Warum kommt die Erinnerung zur Rückgabe um 6 Uhr morgens?",
        "Schon wieder 40 Minuten Warteschlange an der Station.",
    ),
    "es": (
        "La app me cierra sesion cada vez. Que pesadez.",
        "El aviso de devolucion a las 6 de la mañana, en serio?",
        "Otra vez cola de 40 minutos en el punto de recogida.",
    ),
    "en": ("The app logs me out every single time.",),
    "fr": ("L'appli me déconnecte à chaque fois.",),
    "it": ("L'app mi disconnette ogni volta.",),
    "pt": ("A app faz logout sempre.",),
}
SARCASM = {
    "de": ('Lieferung "bis 12 Uhr" kam um 19:40. Zeltaufbau im Dunkeln, danke Zeltavo 👏',),
    "es": ('El saco "recien lavado" traia arena de la playa de otro. Gracias Zeltavo 😂',),
    "en": ('"Express" delivery at 19:40, perfect for pitching a tent in the dark 👏',),
    "fr": ('Livraison "express" à 19h40, idéal pour monter la tente de nuit 👏',),
    "it": ('Consegna "express" alle 19:40, perfetta per montare la tenda al buio 👏',),
    "pt": ('Entrega "expresso" às 19:40, ótimo para montar a tenda às escuras 👏',),
}
MILD = {
    "de": ("Die Standortsuche zeigt mir die falsche Stadt an.",),
    "es": ("El buscador de puntos me muestra otra ciudad.",),
    "en": ("Locker search shows the wrong town.",),
    "fr": ("La recherche de casiers affiche la mauvaise ville.",),
    "it": ("La ricerca dei locker mostra la città sbagliata.",),
    "pt": ("A pesquisa de cacifos mostra a cidade errada.",),
}
ACK = {
    "de": ("Danke für den Hinweis, wir geben das weiter. {agent}",),
    "es": ("Gracias por avisar, lo pasamos al equipo. {agent}",),
    "en": ("Thanks for letting us know, passed on. {agent}",),
    "fr": ("Merci du signalement, c'est transmis. {agent}",),
    "it": ("Grazie della segnalazione, inoltrata. {agent}",),
    "pt": ("Obrigado pelo aviso, já encaminhámos. {agent}",),
}
AGENTS = ("Paula", "Henrik", "Sofía", "Malte", "Irene", "Ben")
COMPETITORS = ("Acampio", "Lagerra")
B2B_PROBLEM = {
    "invoice": {
        "de": (
            "Die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung lehnt sie ab.",
        ),
        "es": (
            "Las facturas salen con el nombre antiguo de la empresa y sin numero de pedido, contabilidad las rechaza.",
        ),
        "en": (
            "Invoices still carry our old company name and no PO number, accounts reject them.",
        ),
        "fr": ("Les factures portent l'ancien nom et aucun numéro de commande.",),
        "it": ("Le fatture riportano la vecchia ragione sociale e nessun numero d'ordine.",),
        "pt": ("As faturas têm o nome antigo e nenhum número de encomenda.",),
    },
    "service_blocked": {
        "de": (
            "Unsere Gruppenbuchung wurde abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist.",
        ),
        "es": ("Nos rechazan la reserva de grupo, 'cuenta bloqueada', y esta todo pagado.",),
        "en": ("Our group booking was refused, 'account on stop', though everything is paid.",),
        "fr": ("Réservation de groupe refusée, 'compte bloqué', alors que tout est payé.",),
        "it": ("Prenotazione di gruppo rifiutata, 'conto bloccato', ma è tutto pagato.",),
        "pt": ("Reserva de grupo recusada, 'conta bloqueada', e está tudo pago.",),
    },
    "portal": {
        "de": (
            "Im Portal sehen wir keine offenen Mieten, also können wir keine Rückgabe anmelden und die Kosten laufen weiter.",
        ),
        "es": (
            "El portal no muestra alquileres abiertos, no podemos pedir la recogida y sigue facturando.",
        ),
        "en": (
            "The portal shows no open hires, so we can't request collection and the bill keeps running.",
        ),
        "fr": (
            "Le portail n'affiche aucune location en cours, impossible de demander l'enlèvement.",
        ),
        "it": ("Il portale non mostra noleggi aperti, non possiamo chiedere il ritiro.",),
        "pt": ("O portal não mostra alugueres abertos, não conseguimos pedir a recolha.",),
    },
    "overbilled": {
        "de": (
            "Uns wurden Tagessätze statt des vereinbarten Wochensatzes berechnet, über 600 € zu viel.",
        ),
        "es": (
            "Nos cobrais tarifa diaria en vez de la semanal del contrato, mas de 600 € de diferencia.",
        ),
        "en": (
            "We've been billed day rates instead of our contract weekly rate, over £500 too much.",
        ),
        "fr": ("On nous facture le tarif journalier au lieu du tarif hebdomadaire du contrat.",),
        "it": ("Ci fatturate la tariffa giornaliera invece di quella settimanale del contratto.",),
        "pt": ("Cobram-nos a tarifa diária em vez da semanal do contrato.",),
    },
}
B2B_FOLLOW = {
    "de": ("Wie schon {who} am {day} geschrieben hat (Vorgang {case}): {p}",),
    "es": ("Como ya escribió {who} el {day} (incidencia {case}): {p}",),
    "en": ("As {who} already wrote on {day} (case {case}): {p}",),
    "fr": ("Comme {who} l'a écrit {day} (dossier {case}) : {p}",),
    "it": ("Come ha già scritto {who} {day} (pratica {case}): {p}",),
    "pt": ("Como a {who} já escreveu na {day} (processo {case}): {p}",),
}
WEEKDAY = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
}
B2B_LAST_MAIL = {
    "de": (
        "Vorgang {case} ist weiter offen, mehrere Kollegen haben geschrieben. Unser Einkauf hat bereits bei {comp} Preise angefragt.",
    ),
    "es": (
        "La incidencia {case} sigue abierta y ya os han escrito varios compañeros. Compras ha pedido tarifas a {comp}.",
    ),
    "en": (
        "Case {case} is still open and several colleagues have written. Procurement has asked {comp} for their rates.",
    ),
    "fr": ("Le dossier {case} est toujours ouvert. Les achats ont demandé les tarifs de {comp}.",),
    "it": ("La pratica {case} è ancora aperta. Gli acquisti hanno chiesto i prezzi a {comp}.",),
    "pt": ("O processo {case} continua aberto. As compras pediram preços à {comp}.",),
}
B2B_LAST_CALL = {
    "de": (
        "ja hallo wegen Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    ),
    "es": (
        "hola llamo por la incidencia {case} sigue sin arreglarse ya os han escrito varios compañeros y mi jefe dice que nos vamos a otro proveedor si no se soluciona esta semana",
    ),
    "en": (
        "hi it's about case {case} still not fixed several colleagues have written my boss says we move the account if it isn't fixed this week",
    ),
    "fr": (
        "bonjour pour le dossier {case} toujours pas réglé mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    ),
    "it": (
        "buongiorno per la pratica {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    ),
    "pt": (
        "bom dia é sobre o processo {case} ainda não está resolvido o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    ),
}
B2B_SUGGEST = {
    "de": ("Wäre toll, wenn man die Mietkosten im Portal nach Projektnummer exportieren könnte.",),
    "es": ("Estaria bien poder exportar los costes por codigo de proyecto en el portal.",),
    "en": ("It would help to export hire costs by project code from the portal.",),
    "fr": ("Ce serait utile d'exporter les coûts par code projet.",),
    "it": ("Sarebbe utile esportare i costi per codice progetto.",),
    "pt": ("Seria útil exportar os custos por código de projeto.",),
}
B2B_PRAISE = {
    "de": (
        "Gruppenzelte für die Klassenfahrt kamen pünktlich und vollständig. Danke Zeltavo Pro!",
    ),
    "es": ("Las tiendas para la excursion del cole llegaron perfectas. Gracias Zeltavo Pro!",),
    "en": ("Group tents for the school trip arrived complete and on time. Thanks Zeltavo Pro!",),
    "fr": ("Tentes de groupe livrées à l'heure et complètes. Merci Zeltavo Pro !",),
    "it": ("Tende di gruppo arrivate puntuali e complete. Grazie Zeltavo Pro!",),
    "pt": ("Tendas de grupo chegaram completas e a horas. Obrigado Zeltavo Pro!",),
}
SPIKE_REPORT = {
    "de": (
        "Die App zeigt für JEDES Datum 'nicht verfügbar', Fehler AVL-738. Ich kann nichts buchen!",
        "zeltavo buchung geht nicht, überall ausgebucht und fehler AVL-738?? auch fürs Zelt nächste Woche",
        "Kalender komplett grau, Fehlermeldung AVL-738. Wollte nur einen Schlafsack mieten",
    ),
    "es": (
        "La app marca TODAS las fechas como no disponibles, error AVL-738. No puedo reservar nada!",
        "zeltavo me sale todo ocupado y el error AVL-738, hasta para dentro de un mes?",
        "Calendario entero en gris con AVL-738. Queria alquilar la tienda para el puente",
    ),
    "en": ("Every date shows unavailable in the app, error AVL-738. Can't book anything.",),
    "fr": ("Toutes les dates indisponibles dans l'appli, erreur AVL-738. Impossible de réserver.",),
    "it": ("Tutte le date risultano non disponibili, errore AVL-738. Non riesco a prenotare.",),
    "pt": ("Todas as datas aparecem indisponíveis, erro AVL-738. Não consigo reservar.",),
}
SPIKE_REPEAT = {
    "de": ("Immer noch AVL-738, auch auf der Website und am Laptop meiner Frau.",),
    "es": ("Sigue el AVL-738, tambien en la web y desde el movil de mi pareja.",),
    "en": ("Still AVL-738, on the website too.",),
    "fr": ("Toujours AVL-738, aussi sur le site.",),
    "it": ("Ancora AVL-738, anche sul sito.",),
    "pt": ("Continua o AVL-738, também no site.",),
}
SPIKE_ANSWER = {
    "de": (
        "Ja, der Buchungskalender zeigt gerade überall 'nicht verfügbar', unsere Technik ist dran. {agent}",
    ),
    "es": (
        "Sí, ahora mismo el calendario de reservas falla para todo el mundo, el equipo técnico está en ello. {agent}",
    ),
    "en": (
        "Yes, the booking calendar is showing everything unavailable right now, our engineers are on it. {agent}",
    ),
    "fr": (
        "Oui, le calendrier de réservation est en panne pour tout le monde, nos équipes sont dessus. {agent}",
    ),
    "it": (
        "Sì, il calendario prenotazioni ha un problema per tutti, ci stiamo lavorando. {agent}",
    ),
    "pt": ("Sim, o calendário de reservas está em baixo para todos, estamos a tratar. {agent}",),
}
SPIKE_FIXED = {
    "de": (
        "Buchungen funktionieren wieder. Als Entschuldigung haben wir 10 € Guthaben gutgeschrieben. {agent}",
    ),
    "es": (
        "Las reservas vuelven a funcionar. Te hemos añadido 10 € de saldo por las molestias. {agent}",
    ),
    "en": ("Bookings work again. We've added a £9 credit for the trouble. {agent}",),
    "fr": ("Les réservations fonctionnent à nouveau. 10 € de crédit ajoutés. {agent}",),
    "it": ("Le prenotazioni funzionano di nuovo. Ti abbiamo aggiunto 10 € di credito. {agent}",),
    "pt": ("As reservas voltaram a funcionar. Adicionámos 10 € de crédito. {agent}",),
}
LONE_Q = {
    "de": (
        "Gestern Abend war der Kalender kurz grau, dann ging er wieder. Ist meine Buchung durch?",
    ),
    "es": ("Anoche el calendario tardo en cargar y luego fue bien. Se hizo la reserva?",),
}
LONE_A = {
    "de": ("Ja, Ihre Buchung ist bestätigt. {agent}",),
    "es": ("Sí, tu reserva está confirmada. {agent}",),
}
