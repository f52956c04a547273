"""Wording of heldout258 (Caldaro: hot-tub hire), written blind, in six languages."""

# ruff: noqa: E501

LANGS = ("de", "en", "es", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)

FIRST = {
    "de": [
        "Jonas",
        "Katrin",
        "Uwe",
        "Svenja",
        "Holger",
        "Birgit",
        "Timo",
        "Anke",
        "Dirk",
        "Nadine",
        "Malte",
        "Heike",
    ],
    "en": [
        "Gareth",
        "Siobhan",
        "Callum",
        "Rhiannon",
        "Declan",
        "Megan",
        "Owen",
        "Niamh",
        "Stuart",
        "Leanne",
        "Craig",
        "Fiona",
    ],
    "es": ["Rocío", "Iñaki", "Marta", "Álvaro", "Nerea", "Sergio", "Pilar", "Unai"],
    "fr": ["Amélie", "Benoît", "Solène", "Yannick", "Maëlle", "Gaëtan"],
    "it": ["Chiara", "Davide", "Federica", "Matteo", "Ilaria", "Simone"],
    "pt": ["Inês", "Rui", "Catarina", "Tiago", "Joana", "Nuno"],
}
LAST = {
    "de": [
        "Albrecht",
        "Brinkmann",
        "Dörfler",
        "Engel",
        "Gessner",
        "Haack",
        "Kettler",
        "Lüders",
        "Mertens",
        "Ostrowski",
        "Pohl",
        "Reuter",
    ],
    "en": [
        "Abbott",
        "Brennan",
        "Cartwright",
        "Doyle",
        "Fletcher",
        "Gallagher",
        "Hughes",
        "Kirby",
        "Lowther",
        "Marsh",
        "Nolan",
        "Pryce",
    ],
    "es": ["Arrieta", "Benítez", "Cuesta", "Domínguez", "Escobar", "Garrido", "Ibarra", "Lozano"],
    "fr": ["Barbier", "Chevallier", "Delorme", "Faure", "Guérin", "Lemaire"],
    "it": ["Bianchi", "Colombo", "Ferraro", "Galli", "Marchetti", "Rinaldi"],
    "pt": ["Azevedo", "Cardoso", "Fonseca", "Lopes", "Moreira", "Teixeira"],
}
MARKETS = {
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "DE": "+4917",
    "AT": "+43664",
    "CH": "+4179",
    "UK": "+447",
    "IE": "+35387",
    "ES": "+346",
    "FR": "+336",
    "BE": "+32478",
    "IT": "+39347",
    "PT": "+35191",
}

PRODUCTS = [
    "Hot tub 4 seats, weekend",
    "Hot tub 6 seats, weekend",
    "Wooden tub with stove, week",
    "Inflatable tub 4 seats, week",
    "Comfort membership, month",
]
PRICES = [189, 249, 420, 160, 19]

PRAISE = {
    "de": [
        "Wochenende mit dem Whirlpool von Caldaro war traumhaft, die Kinder wollten gar nicht mehr raus",
        "Aufbau in 20 Minuten, Wasser am Abend schon 38 Grad. Danke Caldaro!",
        "Schon wieder ein Geburtstag im Garten mit Caldaro-Pool, die Fahrer sind einfach klasse",
    ],
    "en": [
        "Hot tub from Caldaro for the anniversary weekend, absolute bliss under the stars",
        "Driver set the tub up in the rain and still had a laugh with us. Top service Caldaro",
        "Third time hiring from Caldaro and it's still the best thing we do all winter",
    ],
    "es": [
        "El jacuzzi de Caldaro ha sido lo mejor del cumple, llegó a su hora y caliente",
        "Segunda vez que alquilamos con Caldaro y todo perfecto otra vez",
    ],
    "fr": [
        "Week-end spa dans le jardin grâce à Caldaro, installation nickel et eau déjà chaude",
        "Livreurs adorables, bain nordique génial, merci Caldaro",
    ],
    "it": [
        "Vasca idromassaggio di Caldaro per l'addio al nubilato, tutto perfetto",
        "Montaggio veloce e acqua calda in poche ore, bravi Caldaro",
    ],
    "pt": [
        "Jacuzzi da Caldaro no aniversário foi um sucesso, chegou a horas e quentinho",
        "Equipa simpática e banheira impecável, obrigada Caldaro",
    ],
}
GRIPE_PRAISE = {
    "de": [
        "Super Wochenende, nur die Abdeckung war etwas schwer zu heben",
        "Alles bestens, nur die Anleitung gibt es bloß als PDF",
    ],
    "en": [
        "Lovely weekend, only gripe is the cover is really heavy to lift",
        "All great, shame the chemicals leaflet is only online",
    ],
    "es": ["Genial todo, solo que la tapa pesa muchísimo"],
    "fr": ["Très bien, juste le couvercle un peu lourd"],
    "it": ["Tutto bene, solo il telo di copertura un po' rovinato"],
    "pt": ["Tudo ótimo, só a tampa é pesada demais"],
}
QUESTION = {
    "de": [
        "Hallo, wie viel Strom zieht der 6er Pool ungefähr am Tag?",
        "Kann ich den Whirlpool auch auf die Terrasse im 1. Stock stellen lassen?",
        "Wie lange vorher muss ich das Wasser anstellen damit es Samstag warm ist?",
    ],
    "en": [
        "Hi, do I need an outside socket or will an extension do?",
        "How long does the tub take to get to 38 degrees from cold?",
        "Can we move the booking from Friday to Saturday?",
    ],
    "es": [
        "Hola, ¿hace falta enchufe exterior o vale un alargador?",
        "¿Cuánto tarda en calentarse el agua?",
    ],
    "fr": [
        "Bonjour, faut-il une prise extérieure pour le spa ?",
        "Combien de temps pour chauffer l'eau ?",
    ],
    "it": ["Ciao, serve una presa esterna per la vasca?", "Quanto ci mette l'acqua a scaldarsi?"],
    "pt": [
        "Olá, é preciso tomada exterior para a banheira?",
        "Quanto tempo demora a aquecer a água?",
    ],
}
ANSWER = {
    "de": "Hallo {first}, gute Frage: eine normale Außensteckdose mit 16 A reicht, Aufheizen dauert etwa 10-14 Stunden. Viele Grüße, {agent} von Caldaro",
    "en": "Hi {first}, a standard 13 A outdoor socket is fine and heating takes about 10-14 hours from cold. Cheers, {agent} at Caldaro",
    "es": "Hola {first}, basta con un enchufe exterior normal y el agua tarda unas 10-14 horas. Un saludo, {agent} de Caldaro",
    "fr": "Bonjour {first}, une prise extérieure classique suffit, comptez 10 à 14 heures de chauffe. Bonne journée, {agent} de Caldaro",
    "it": "Ciao {first}, basta una presa esterna normale, il riscaldamento richiede 10-14 ore. Saluti, {agent} di Caldaro",
    "pt": "Olá {first}, chega uma tomada exterior normal, o aquecimento leva 10 a 14 horas. Cumprimentos, {agent} da Caldaro",
}
THANKS = {
    "de": ["Danke, hilft mir weiter!", "Super, danke euch"],
    "en": ["Brilliant, thanks!", "Cheers, that helps"],
    "es": ["Gracias!"],
    "fr": ["Merci beaucoup !"],
    "it": ["Grazie mille!"],
    "pt": ["Obrigado!"],
}
NIGHT = {
    "de": [
        "Nachtschicht vorbei, jetzt noch eine halbe Stunde im Caldaro-Pool unter Sternen",
        "Kann nicht schlafen, sitze im warmen Wasser und höre die Eulen",
    ],
    "en": [
        "2am, steam rising, frost on the lawn, best decision ever hiring this tub",
        "Back from the late shift and straight into the hot tub, heaven",
    ],
    "es": ["Las 2 de la mañana y en el jacuzzi mirando estrellas, qué maravilla"],
    "fr": ["2h du matin, dans le bain nordique sous les étoiles, le bonheur"],
    "it": ["Le due di notte e sono ancora in vasca a guardare le stelle"],
    "pt": ["Duas da manhã e ainda na banheira a ver as estrelas"],
}
NIGHT_Q = {
    "de": ["Darf ich nachts die Düsen laufen lassen oder stört das die Nachbarn?"],
    "en": ["Is it OK to leave the cover off overnight if it's not raining?"],
    "es": ["¿Puedo dejar la tapa quitada por la noche?"],
    "fr": ["Je peux laisser le couvercle ouvert la nuit ?"],
    "it": ["Posso lasciare la vasca scoperta di notte?"],
    "pt": ["Posso deixar a tampa aberta durante a noite?"],
}
SURVEY_WORD = {
    "de": ["Top", "", "👍"],
    "en": ["Great", "", "🙂"],
    "es": ["Genial", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}

PROBLEMS = ("no_show", "cold_tub", "double_charge", "refund", "wrong_price", "cancel_fee")
PROBLEM = {
    "no_show": {
        "de": [
            "Der Whirlpool ist seit 9 Uhr als GELIEFERT markiert, hier ist nichts angekommen. Die Gäste kommen um sieben.",
            "Lieferung angeblich erfolgt, im Garten steht nichts. Niemand geht ans Telefon.",
        ],
        "en": [
            "The app says the tub was DELIVERED this morning. There is nothing in my garden. Party is tonight.",
            "Marked as delivered at 10:02, no tub, no driver, no call back.",
        ],
        "es": [
            "La app dice que el jacuzzi está ENTREGADO y aquí no ha llegado nada, la fiesta es esta noche"
        ],
        "fr": ["L'appli indique le spa livré ce matin, rien dans le jardin, personne ne répond"],
        "it": ["L'app dice vasca consegnata ma qui non è arrivato niente, la festa è stasera"],
        "pt": ["A app diz entregue mas não chegou nada, a festa é hoje à noite"],
    },
    "cold_tub": {
        "de": [
            "Heizung im Pool ist kaputt, nach 24 Stunden hat das Wasser 17 Grad. Das ganze Wochenende im Eimer.",
            "Das Wasser wird einfach nicht warm, Heizung zeigt Fehler, und das für 249 Euro.",
        ],
        "en": [
            "Heater in the tub is dead, 24 hours later the water is 16 degrees. Whole weekend ruined.",
            "Water won't heat at all, heater light flashing red, we paid 249 for a cold bath.",
        ],
        "es": [
            "El calentador no funciona, 24 horas y el agua a 17 grados, fin de semana arruinado"
        ],
        "fr": ["Le chauffage du spa est en panne, l'eau est à 17 degrés après 24 heures"],
        "it": ["Il riscaldatore non funziona, dopo 24 ore l'acqua è a 17 gradi"],
        "pt": ["O aquecedor não funciona, 24 horas e a água a 17 graus"],
    },
    "double_charge": {
        "de": [
            "Ihr habt die Kaution von 300 Euro ZWEIMAL von meiner Karte geblockt, jetzt ist mein Konto im Minus."
        ],
        "en": ["You've taken the 300 pound deposit TWICE and now my card is maxed out."],
        "es": ["Me habéis cobrado la fianza de 300 € DOS veces, tengo la cuenta en números rojos"],
        "fr": ["La caution de 300 € a été prélevée DEUX fois, mon compte est à découvert"],
        "it": ["Mi avete addebitato la cauzione di 300 € DUE volte"],
        "pt": ["Cobraram a caução de 300 € DUAS vezes"],
    },
    "refund": {
        "de": [
            "Drei Wochen nach der Abholung habe ich die Kaution immer noch nicht zurück. Der Pool war sauber."
        ],
        "en": ["Three weeks since collection and still no deposit back. The tub was spotless."],
        "es": ["Tres semanas desde la recogida y la fianza sin devolver"],
        "fr": ["Trois semaines après l'enlèvement, toujours pas de caution remboursée"],
        "it": ["Tre settimane dal ritiro e la cauzione non è ancora tornata"],
        "pt": ["Três semanas depois da recolha e ainda sem a caução"],
    },
    "wrong_price": {
        "de": [
            "Ich bin Comfort-Mitglied und habe trotzdem den vollen Wochenendpreis bezahlt, 60 Euro zu viel."
        ],
        "en": [
            "I pay for Comfort every month and was still charged the full weekend price, 50 quid too much."
        ],
        "es": ["Soy socia Comfort y me habéis cobrado la tarifa completa"],
        "fr": ["Je suis membre Comfort et on m'a facturé le plein tarif"],
        "it": ["Sono socio Comfort e ho pagato il prezzo pieno"],
        "pt": ["Sou sócia Comfort e cobraram o preço completo"],
    },
    "cancel_fee": {
        "de": ["Fünf Tage vorher storniert und trotzdem 80 Euro Stornogebühr? Das steht nirgends."],
        "en": [
            "Cancelled five days ahead and you charged me a 70 pound cancellation fee. Nowhere in the terms."
        ],
        "es": ["Cancelé con cinco días y me cobráis 80 € de penalización"],
        "fr": ["Annulé cinq jours avant et 80 € de frais d'annulation"],
        "it": ["Annullato cinque giorni prima e 80 € di penale"],
        "pt": ["Cancelei com cinco dias e cobraram 80 € de taxa"],
    },
}
SUBJECT = {
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
TOPIC = {
    "de": "Mietbuchung",
    "en": "my hire",
    "es": "mi alquiler",
    "fr": "ma location",
    "it": "il mio noleggio",
    "pt": "o meu aluguer",
}
LETTER = {
    "de": (
        "Guten Tag,\n\nich schreibe Ihnen vom Krankenhausparkplatz, während meine Mutter nach ihrer Knie-OP noch schläft, also entschuldigen Sie die Kürze an manchen Stellen. Eigentlich wollten wir ihr mit dem Whirlpool eine Freude zur Genesung machen, die Enkel hatten schon Bilder gemalt.\n\n",
        "\n\nIch buche seit drei Jahren bei Ihnen und hätte das nie erwartet. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen\n{name}",
    ),
    "en": (
        "Hello,\n\nI'm writing this from the sideline of my son's rugby match, so forgive the typing. We'd booked the tub as a surprise for my wife's fortieth and half the street was invited.\n\n",
        "\n\nWe've hired from you every winter and never had a problem before. Please ring me today.\n\nKind regards\n{name}",
    ),
}
CASE_OPENED = {
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns heute noch. {agent}, Caldaro",
    "en": "Hi {first}, really sorry about this. We've opened case {ref} and will be back to you today. {agent}, Caldaro",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {ref}. {agent}, Caldaro",
    "fr": "Bonjour {first}, toutes nos excuses. Nous avons ouvert le dossier {ref}. {agent}, Caldaro",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {ref}. {agent}, Caldaro",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {ref}. {agent}, Caldaro",
}
ESCALATED = {
    "de": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Teamleitung, die Sie bis Freitagmittag anruft. {agent}, Caldaro",
    "en": "Hi {first}, case {ref} is now with our team lead, who will call you before Friday lunchtime. {agent}, Caldaro",
    "es": "Hola {first}, la incidencia {ref} la lleva ahora nuestra responsable, que te llamará antes del viernes. {agent}, Caldaro",
    "fr": "Bonjour {first}, le dossier {ref} est chez notre responsable qui vous appellera avant vendredi midi. {agent}, Caldaro",
    "it": "Ciao {first}, la pratica {ref} ora è in mano alla nostra responsabile, ti chiamerà entro venerdì. {agent}, Caldaro",
    "pt": "Olá {first}, o pedido {ref} está com a nossa responsável, que ligará até sexta. {agent}, Caldaro",
}
GOOD_NEWS = {
    "de": "Hallo {first}, gute Nachricht zu {ref}: das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt? {agent}, Caldaro",
    "en": "Hi {first}, good news on {ref}: it's sorted. Could you confirm everything looks right your end? {agent}, Caldaro",
    "es": "Hola {first}, buenas noticias sobre {ref}: ya está resuelto. ¿Nos lo confirmas? {agent}, Caldaro",
    "fr": "Bonjour {first}, bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ? {agent}, Caldaro",
    "it": "Ciao {first}, buone notizie su {ref}: risolto. Ce lo confermi? {agent}, Caldaro",
    "pt": "Olá {first}, boas notícias sobre {ref}: está resolvido. Pode confirmar? {agent}, Caldaro",
}
CONFIRM = {
    "de": "Bestätigt, {ref} ist erledigt, danke!",
    "en": "Confirmed, {ref} is sorted, thank you!",
    "es": "Confirmado, {ref} resuelto, gracias",
    "fr": "Confirmé, {ref} est réglé, merci",
    "it": "Confermo, {ref} risolto, grazie",
    "pt": "Confirmado, {ref} resolvido, obrigado",
}
APOLOGY = {
    "de": "Sorry für meinen Ton gestern, war einfach sauer. Danke fürs schnelle Kümmern.",
    "en": "Sorry for snapping yesterday, I was fuming. Thanks for sorting it so fast.",
    "es": "Perdón por el tono de ayer, estaba muy enfadada. Gracias.",
    "fr": "Désolé pour mon ton hier, merci d'avoir réglé ça.",
    "it": "Scusate per il tono di ieri, grazie per la rapidità.",
    "pt": "Desculpem o tom de ontem, obrigado pela rapidez.",
}
STILL_OPEN = {
    "de": [
        "Vorgang {ref}: immer noch nicht gelöst. {problem}",
        "Ich schreibe wegen {ref}, es ist weiterhin offen. {problem}",
    ],
    "en": [
        "Case {ref} is still open and nothing has changed. {problem}",
        "Writing again about {ref}, still not fixed. {problem}",
    ],
    "es": ["La incidencia {ref} sigue abierta. {problem}"],
    "fr": ["Le dossier {ref} est toujours ouvert. {problem}"],
    "it": ["La pratica {ref} è ancora aperta. {problem}"],
    "pt": ["O pedido {ref} continua aberto. {problem}"],
}
THIRD = {
    "de": " Meine Schwägerin mietet bei {comp}, da wird sowas am selben Tag geklärt.",
    "en": " My neighbour hires from {comp} and they sort this kind of thing the same day.",
    "es": " Mi cuñada alquila con {comp} y allí lo arreglan el mismo día.",
    "fr": " Ma voisine loue chez {comp} et chez eux c'est réglé le jour même.",
    "it": " Mia cognata noleggia da {comp} e lì lo risolvono in giornata.",
    "pt": " A minha vizinha aluga na {comp} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "de": " Das ist jetzt das VIERTE Mal.",
    "en": " This is the FOURTH time I'm writing.",
    "es": " Es la CUARTA vez.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
URGENT = {
    "de": "Zu {ref} hinzugefügt und als dringend markiert.",
    "en": "Added to {ref} and marked urgent.",
    "es": "Añadido a {ref} como urgente.",
    "fr": "Ajouté au dossier {ref}, urgent.",
    "it": "Aggiunto a {ref}, urgente.",
    "pt": "Adicionado a {ref}, urgente.",
}

SLIDE = {
    "de": [
        "Lieferung drei Stunden zu spät, ohne Anruf. Naja.",
        "Diesmal Filter verdreckt und Abdeckung gerissen.",
        "Bei der Abholung wollte der Fahrer Fotos von jeder Ecke, als wären wir Diebe.",
        "Kaution wieder doppelt geblockt, eine Woche bis zur Freigabe.",
        "45 Euro Reinigungsgebühr für einen sauberen Pool, obwohl eure App-Fotos das Gegenteil zeigen. Unverschämt.",
        "Mein Schwager mietet jetzt bei {comp}, ich habe dort für Samstag gebucht.",
    ],
    "en": [
        "Tub turned up three hours late, no call. Hmm.",
        "Filter filthy this time and the cover was torn.",
        "Driver wanted photos of every inch at collection like we'd nick something.",
        "Deposit held twice again, a week to release it.",
        "A £40 cleaning fee for a tub we left spotless, your own app photos show it. Disgraceful.",
        "My brother-in-law uses {comp} now, I've booked them for Saturday.",
    ],
    "es": [
        "Llegó tres horas tarde y sin avisar.",
        "El filtro sucio y la tapa rota.",
        "En la recogida fotos de todo como si fuéramos ladrones.",
        "Otra vez la fianza doble, una semana para liberarla.",
        "45 € de limpieza por un jacuzzi impecable. Una vergüenza.",
        "Mi cuñado alquila con {comp}, he reservado allí el sábado.",
    ],
    "fr": [
        "Livré avec trois heures de retard, sans appel.",
        "Filtre sale et couvercle déchiré cette fois.",
        "Photos de tout au retour comme si on était des voleurs.",
        "Caution encore bloquée deux fois, une semaine d'attente.",
        "45 € de nettoyage pour un spa impeccable. Scandaleux.",
        "Mon beau-frère loue chez {comp}, j'ai réservé chez eux samedi.",
    ],
    "it": [
        "Consegna con tre ore di ritardo, senza chiamare.",
        "Filtro sporco e telo strappato.",
        "Al ritiro foto di tutto come fossimo ladri.",
        "Di nuovo cauzione doppia, una settimana per sbloccarla.",
        "45 € di pulizia per una vasca pulitissima. Vergognoso.",
        "Mio cognato noleggia da {comp}, ho prenotato lì per sabato.",
    ],
    "pt": [
        "Entrega três horas atrasada, sem aviso.",
        "Filtro sujo e tampa rasgada.",
        "Na recolha fotos de tudo como se fôssemos ladrões.",
        "Caução outra vez a dobrar, uma semana para libertar.",
        "45 € de limpeza por uma banheira impecável. Vergonha.",
        "O meu cunhado aluga na {comp}, reservei lá para sábado.",
    ],
}
CANCEL = {
    "de": "Hallo, wir ziehen in eine Wohnung ohne Garten. Bitte Caldaro Comfort kündigen und mein Konto schließen.",
    "en": "Hi, we've bought our own tub with the bonus. Please cancel my Caldaro Comfort membership and close my account.",
    "es": "Hola, nos mudamos a un piso sin terraza. Quiero darme de baja de Caldaro Comfort y cerrar la cuenta.",
    "fr": "Bonjour, nous avons acheté notre propre spa. Merci de résilier Caldaro Comfort et de fermer mon compte.",
    "it": "Ciao, ci trasferiamo in un appartamento senza giardino. Vorrei disdire Caldaro Comfort e chiudere l'account.",
    "pt": "Olá, mudamos para um apartamento sem varanda. Quero cancelar o Caldaro Comfort e fechar a conta.",
}
SORRY_GO = {
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können Comfort selbst in der App oder auf der Website kündigen. {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel Comfort yourself in the app or on the website. {agent}",
    "es": "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o en la web. {agent}",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. {agent}",
    "it": "Ciao {first}, ci dispiace. Puoi disdire dall'app o dal sito. {agent}",
    "pt": "Olá {first}, lamentamos. Pode cancelar na app ou no site. {agent}",
}
GRUMBLE = {
    "de": [
        "Die App loggt mich jedes Mal aus.",
        "Schon wieder die SMS 'Abholung morgen' um 6 Uhr früh.",
        "Lieferfenster von 8 bis 18 Uhr, wer hat so viel Zeit?",
    ],
    "en": [
        "App logs me out every single time.",
        "The 'collection tomorrow' text at 6am again.",
        "An 8-to-6 delivery window, who has that kind of time?",
    ],
    "es": ["La app me cierra sesión cada vez.", "Franja de entrega de 8 a 18, vaya."],
    "fr": ["L'appli me déconnecte à chaque fois.", "Créneau de livraison de 8h à 18h, sérieux."],
    "it": ["L'app mi disconnette ogni volta.", "Fascia di consegna 8-18, ma dai."],
    "pt": ["A app desliga-me a sessão sempre.", "Janela de entrega das 8 às 18, enfim."],
}
MILD = {
    "de": "Die Stadtsuche in der App zeigt mir immer den falschen Ort an, kleiner Hinweis.",
    "en": "Small thing: the app keeps showing prices in the wrong currency.",
    "es": "Detalle: la app me muestra otra ciudad al buscar.",
    "fr": "Petit détail : l'appli affiche la mauvaise ville.",
    "it": "Piccola cosa: l'app mostra la città sbagliata.",
    "pt": "Pormenor: a app mostra a cidade errada.",
}
SARCASM = {
    "de": "Lieferung 'vormittags' um 17:50, perfekt um im Dunkeln aufzubauen 👏",
    "en": "'Morning delivery' at 17:50, perfect for setting up in the dark 👏",
    "es": "Entrega 'de mañana' a las 17:50, ideal para montar a oscuras 👏",
    "fr": "Livraison 'le matin' à 17h50, parfait pour monter dans le noir 👏",
    "it": "Consegna 'in mattinata' alle 17:50, perfetta per montare al buio 👏",
    "pt": "Entrega 'de manhã' às 17:50, ótimo para montar às escuras 👏",
}
SPIKE = {
    "de": [
        "Heizstart per App geht nicht, Fehler {code}. Pool eiskalt, Gäste heute Mittag!",
        "App meldet nur {code} wenn ich das Heizen starten will",
    ],
    "en": [
        "Can't start the heater from the app, just error {code}. Tub stone cold and guests at lunch",
        "Remote heat-up fails every time with {code}",
    ],
    "es": ["No puedo encender el calentador desde la app, error {code}"],
    "fr": ["Impossible de lancer le chauffage depuis l'appli, erreur {code}"],
    "it": ["Non riesco ad accendere il riscaldamento dall'app, errore {code}"],
    "pt": ["Não consigo ligar o aquecimento pela app, erro {code}"],
}
SPIKE_AGAIN = {
    "de": "Immer noch {code}, auch auf dem Handy meiner Frau.",
    "en": "Still {code}, tried my partner's phone too.",
    "es": "Sigue el {code}, también con otro móvil.",
    "fr": "Toujours {code}, même sur un autre téléphone.",
    "it": "Ancora {code}, anche da un altro telefono.",
    "pt": "Continua o {code}, também noutro telemóvel.",
}
SPIKE_CHAT = {
    "de": "Ja, der Heizstart per App fällt gerade überall aus, unsere Technik ist dran.",
    "en": "Yes, remote heat-up is failing for everyone right now, our engineers are on it.",
    "es": "Sí, el encendido remoto falla ahora mismo para todos, estamos en ello.",
    "fr": "Oui, le chauffage à distance est en panne pour tous, nous y travaillons.",
    "it": "Sì, l'accensione da remoto non funziona per nessuno, ci stiamo lavorando.",
    "pt": "Sim, o aquecimento remoto está a falhar para todos, estamos a tratar.",
}
WORKS = {
    "de": "Hallo {first}, der Heizstart per App funktioniert wieder. Als Entschuldigung 20 € Guthaben. {agent}",
    "en": "Hi {first}, remote heat-up works again. We've added a credit of 20 to your account. {agent}",
    "es": "Hola {first}, el encendido remoto ya funciona. Te añadimos 20 € de saldo. {agent}",
    "fr": "Bonjour {first}, le chauffage à distance refonctionne. 20 € de crédit ajoutés. {agent}",
    "it": "Ciao {first}, l'accensione remota funziona di nuovo. 20 € di credito aggiunti. {agent}",
    "pt": "Olá {first}, o aquecimento remoto já funciona. 20 € de crédito. {agent}",
}
LONE_Q = {
    "de": "Gestern zeigte die App beim Heizplan kurz eine Sanduhr, danach ging es. Klappt das morgen früh?",
    "en": "The heat-up timer showed a spinning wheel for a bit last night then worked. Will it be fine tomorrow morning?",
}
LONE_A = {
    "de": "Hallo {first}, das ist nur die Verbindung zum Pool, morgen klappt das. {agent}",
    "en": "Hi {first}, that's just the tub reconnecting, it'll be fine tomorrow. {agent}",
}
AGENTS = ["Lena", "Marco", "Priya", "Tomás", "Julie", "Sven"]
