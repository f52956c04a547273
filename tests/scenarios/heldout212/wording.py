# ruff: noqa: E501
"""Wording of heldout212 (Golfrano: indoor golf-simulator bays). Written from the stories."""

from __future__ import annotations

LANGS = ("fr", "es", "en", "de", "it", "pt")

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Soirée parfaite au Golfrano de {town}, le simulateur est bluffant, on revient samedi",
        "Merci Golfrano, mon drive a pris 15 mètres en un mois de cours 🏌️",
        "Troisième fois ce mois-ci et toujours aussi top, l'équipe de {town} est adorable",
    ],
    "es": [
        "Tarde genial en Golfrano {town}, el simulador es una pasada, volvemos el finde",
        "Gracias Golfrano, por fin saco la bola recta jajaja",
        "Tercera vez esta semana y otra vez encantada, el bay 4 es el mejor",
    ],
    "en": ["Brilliant evening at Golfrano {town}, the sim is spot on, back on Saturday"],
    "de": ["Super Abend bei Golfrano {town}, der Simulator ist der Hammer, Samstag wieder"],
    "it": ["Serata fantastica da Golfrano {town}, il simulatore è incredibile, torniamo sabato"],
    "pt": ["Noite ótima no Golfrano {town}, o simulador é incrível, voltamos sábado"],
}
GRIPE_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Super cours avec le coach, juste le parking qui est une galère. Sinon nickel",
        "Top comme d'hab, seul bémol les gants de prêt trop grands",
    ],
    "es": [
        "Muy contenta con la clase, solo que el aparcamiento es un lío. Por lo demás genial",
        "Todo perfecto, solo los guantes de préstamo son enormes",
    ],
    "en": ["Great lesson, only the car park is a pain. Otherwise spot on"],
    "de": ["Tolle Stunde, nur der Parkplatz ist mühsam. Sonst alles bestens"],
    "it": ["Lezione ottima, solo il parcheggio è un incubo. Per il resto perfetto"],
    "pt": ["Aula ótima, só o estacionamento é complicado. De resto perfeito"],
}
QUESTION: dict[str, list[str]] = {
    "fr": [
        "bonjour, on peut venir à 6 dans un bay ou c'est 4 max ?",
        "Est-ce que les clubs gauchers sont dispo à {town} ?",
    ],
    "es": [
        "hola, ¿cabemos 6 en un bay o son 4 como máximo?",
        "¿Tenéis palos para zurdos en {town}?",
    ],
    "en": ["hi, can 6 of us share one bay or is it 4 max?"],
    "de": ["Hallo, dürfen wir zu sechst in eine Box oder maximal vier?"],
    "it": ["ciao, possiamo stare in 6 in un bay o massimo 4?"],
    "pt": ["olá, podemos ficar 6 num bay ou são 4 no máximo?"],
}
ANSWER: dict[str, list[str]] = {
    "fr": ["Bonjour ! Jusqu'à 6 par bay, et oui, clubs gauchers dans tous nos centres. Bon jeu !"],
    "es": ["¡Hola! Hasta 6 por bay, y sí, hay palos de zurdo en todos los centros. ¡Buen juego!"],
    "en": ["Hi! Up to 6 per bay, and yes, left-handed clubs in every centre. Enjoy!"],
    "de": ["Hallo! Bis zu sechs pro Box, und ja, Linkshänder-Schläger in jedem Center. Viel Spaß!"],
    "it": ["Ciao! Fino a 6 per bay, e sì, mazze per mancini in ogni centro. Buon gioco!"],
    "pt": ["Olá! Até 6 por bay, e sim, tacos para canhotos em todos os centros. Bom jogo!"],
}
THANKS: dict[str, list[str]] = {
    "fr": ["top merci !", "parfait merci bcp"],
    "es": ["genial, gracias!!", "mil gracias crack"],
    "en": ["cheers mate, legend"],
    "de": ["super, danke dir!"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["valeu, obrigado!"],
}
NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, je regarde des vidéos de swing au lieu de dormir, vivement le cours Golfrano de demain"
    ],
    "es": ["Las 3 de la mañana y yo viendo vídeos de swing, mañana clase en Golfrano, qué ganas"],
    "en": [
        "Can't sleep, watching swing videos at 2am, Golfrano lesson tomorrow can't come soon enough"
    ],
    "de": ["Nachtschicht vorbei, gleich noch schnell den Samstag bei Golfrano gebucht"],
    "it": ["Le 2 di notte e guardo video di swing, domani lezione da Golfrano"],
    "pt": ["Duas da manhã a ver vídeos de swing, amanhã aula no Golfrano"],
}
NIGHT_Q: dict[str, list[str]] = {
    "fr": ["question bête à cette heure : l'abonnement Club inclut les bays du week-end ?"],
    "es": ["pregunta tonta a estas horas: ¿el Club incluye los bays del fin de semana?"],
    "en": ["silly question at this hour: does Club cover weekend bays?"],
    "de": ["Blöde Frage so spät: gilt Club auch am Wochenende?"],
    "it": ["domanda stupida a quest'ora: il Club copre anche i bay del weekend?"],
    "pt": ["pergunta parva a esta hora: o Club inclui os bays ao fim de semana?"],
}
NIGHT_A: dict[str, list[str]] = {
    "fr": ["Bonsoir ! Oui, le Club couvre aussi le week-end, réservez dès 7h la veille."],
    "es": ["¡Hola! Sí, el Club cubre también el finde, reserva desde las 7 del día antes."],
    "en": ["Hi! Yes, Club covers weekends too, book from 7am the day before."],
    "de": ["Hallo! Ja, Club gilt auch am Wochenende, Buchung ab 7 Uhr am Vortag."],
    "it": ["Ciao! Sì, il Club copre anche il weekend, prenota dalle 7 del giorno prima."],
    "pt": ["Olá! Sim, o Club cobre o fim de semana, reserve a partir das 7h da véspera."],
}
# Problems: double_charge, bay_given_away, wrong_price
SHORT: dict[str, dict[str, list[str]]] = {
    "double_charge": {
        "fr": [
            "J'ai été débité DEUX fois pour la même réservation de bay (2 x 48 €). Remboursez-moi svp",
            "Double prélèvement sur ma carte pour une seule session, c'est quoi ce bazar",
        ],
        "es": [
            "Me habéis cobrado DOS veces la misma reserva (2 x 48 €). Devolvedme uno ya",
            "Doble cargo en la tarjeta por una sola sesión, no me lo puedo creer",
        ],
        "en": ["You charged me TWICE for the same bay booking (2 x £42). Refund one please"],
        "de": ["Sie haben mir die gleiche Buchung ZWEIMAL abgebucht (2 x 48 €). Bitte erstatten"],
        "it": ["Mi avete addebitato DUE volte la stessa prenotazione (2 x 48 €). Rimborsatemi"],
        "pt": ["Cobraram-me DUAS vezes a mesma reserva (2 x 48 €). Devolvam uma por favor"],
    },
    "bay_given_away": {
        "fr": [
            "Arrivé à l'heure avec 3 collègues, notre bay réservé et payé était donné à un autre groupe. INADMISSIBLE",
            "Réservation confirmée dans l'appli et à l'accueil on nous dit qu'il n'y a rien à notre nom",
        ],
        "es": [
            "Llegamos puntuales y nuestro bay pagado se lo habían dado a otro grupo. INACEPTABLE",
            "Reserva confirmada en la app y en recepción dicen que no hay nada a mi nombre",
        ],
        "en": ["Turned up on time and our paid bay had been given to another group. UNACCEPTABLE"],
        "de": [
            "Pünktlich da, und unsere bezahlte Box war an eine andere Gruppe vergeben. UNMÖGLICH"
        ],
        "it": [
            "Arrivati puntuali e il nostro bay pagato era stato dato a un altro gruppo. INACCETTABILE"
        ],
        "pt": ["Chegámos a horas e o nosso bay pago tinha sido dado a outro grupo. INACEITÁVEL"],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre Club et on m'a facturé le tarif normal, 22 € de trop",
            "Tarif non-membre appliqué alors que je paie le Club tous les mois",
        ],
        "es": [
            "Soy socia Club y me han cobrado tarifa normal, 22 € de más",
            "Me aplican precio de no socio y pago el Club cada mes",
        ],
        "en": ["I'm a Club member and got charged the full rate, £19 too much"],
        "de": ["Ich bin Club-Mitglied und zahle den Normalpreis, 22 € zu viel"],
        "it": ["Sono socio Club e mi avete fatto pagare la tariffa piena, 22 € in più"],
        "pt": ["Sou sócia Club e cobraram-me a tarifa normal, 22 € a mais"],
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "double_charge": {
        "fr": "double prélèvement",
        "es": "cobro doble",
        "en": "double charge",
        "de": "doppelte Abbuchung",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
    },
    "bay_given_away": {
        "fr": "bay donné à un autre groupe",
        "es": "bay dado a otro grupo",
        "en": "bay given away",
        "de": "Box weitergegeben",
        "it": "bay dato ad altri",
        "pt": "bay dado a outros",
    },
    "wrong_price": {
        "fr": "mauvais tarif Club",
        "es": "tarifa de socio no aplicada",
        "en": "wrong Club rate",
        "de": "falscher Club-Preis",
        "it": "tariffa Club sbagliata",
        "pt": "tarifa Club errada",
    },
}
LONG: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, ma fille a une otite et j'ai enfin dix minutes. Samedi je devais fêter les 40 ans de mon mari chez vous, tout était réservé et payé depuis trois semaines. Problème : {problem}. Je vous laisse imaginer la tête des invités.\n\nJe suis cliente depuis deux ans et je n'ai jamais eu de souci, mais là ce n'est pas possible. J'attends une réponse rapide.\n\nCordialement,\n{name}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde el coche esperando a que salga mi hijo de natación, que es el único rato que tengo. El sábado celebrábamos la jubilación de mi padre en vuestro centro, todo reservado y pagado hace semanas. El problema: {problem}. Imaginaos la cara de mi padre.\n\nLlevo dos años viniendo y nunca había pasado nada, pero esto no puede ser. Espero respuesta pronto.\n\nUn saludo,\n{name}"
    ],
}
CALL: dict[str, list[str]] = {
    "fr": [
        "oui bonjour je vous appelle parce que {problem_l} et personne ne répond au chat voilà je voudrais que ça soit réglé"
    ],
    "es": [
        "hola buenas le llamo porque {problem_l} y en el chat nadie contesta así que quiero que me lo solucionen"
    ],
    "en": [
        "hi yeah i'm calling because {problem_l} and nobody answers the chat so i'd like it sorted"
    ],
    "de": [
        "ja hallo ich rufe an weil {problem_l} und im Chat antwortet keiner ich möchte das geklärt haben"
    ],
    "it": [
        "sì buongiorno chiamo perché {problem_l} e in chat non risponde nessuno vorrei risolvere"
    ],
    "pt": ["sim bom dia ligo porque {problem_l} e no chat ninguém responde queria resolver isto"],
}
CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour {first}, nous sommes désolés. Dossier {case} ouvert, nous revenons vers vous sous 24 h.",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos en 24 h.",
    "en": "Hi {first}, we're sorry. Case {case} is open and we'll come back to you within 24 h.",
    "de": "Hallo {first}, das tut uns leid. Vorgang {case} ist eröffnet, Antwort innerhalb von 24 Std.",
    "it": "Ciao {first}, ci dispiace. Pratica {case} aperta, ti rispondiamo entro 24 ore.",
    "pt": "Olá {first}, lamentamos. Processo {case} aberto, respondemos em 24 h.",
}
QUALITY_LEAD: dict[str, str] = {
    "fr": "Bonjour {first}, votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "es": "Hola {first}, tu incidencia {case} la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "it": "Ciao {first}, la pratica {case} è passata alla responsabile qualità, che ti chiama entro venerdì a pranzo.",
    "pt": "Olá {first}, o processo {case} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço.",
}
GOOD_NEWS: dict[str, str] = {
    "fr": "Bonne nouvelle pour le dossier {case} : c'est corrigé et remboursé. Pouvez-vous nous confirmer ?",
    "es": "Buenas noticias sobre la incidencia {case}: está corregido y reembolsado. ¿Nos lo confirmas?",
    "en": "Good news on case {case}: it's fixed and refunded. Could you confirm?",
    "de": "Gute Nachricht zu Vorgang {case}: erledigt und erstattet. Können Sie das bestätigen?",
    "it": "Buone notizie sulla pratica {case}: risolto e rimborsato. Ce lo confermi?",
    "pt": "Boas notícias sobre o processo {case}: resolvido e reembolsado. Pode confirmar?",
}
CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé pour le dossier {case}, c'est bien remboursé, merci !",
        "c'est bon pour {case}, merci à vous",
    ],
    "es": ["Confirmado lo de {case}, ya me ha llegado, ¡gracias!", "todo ok con {case}, gracias"],
    "en": ["Confirmed for {case}, refund's in, thanks!"],
    "de": ["Bestätigt für {case}, Geld ist da, danke!"],
    "it": ["Confermo per {case}, rimborso arrivato, grazie!"],
    "pt": ["Confirmado o {case}, já recebi, obrigada!"],
}
APOLOGY: dict[str, list[str]] = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite"],
    "es": ["Perdón por el mensaje de ayer, estaba desbordada. Gracias por solucionarlo rápido"],
    "en": ["Sorry about yesterday's message, I was fuming. Thanks for sorting it fast"],
    "de": ["Entschuldigung für gestern, war auf 180. Danke fürs schnelle Klären"],
    "it": ["Scusate per ieri, ero furiosa. Grazie per aver risolto in fretta"],
    "pt": ["Desculpem a mensagem de ontem, estava furiosa. Obrigada por resolverem depressa"],
}
STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : TOUJOURS rien, {problem_l}. Je relance encore",
        "Re {case}, toujours pas réglé, {problem_l}",
    ],
    "es": [
        "Incidencia {case}: SIGUE sin resolver, {problem_l}. Vuelvo a escribir",
        "Re {case}, nada todavía, {problem_l}",
    ],
    "en": ["Case {case}: STILL nothing, {problem_l}. Writing again"],
    "de": ["Vorgang {case}: IMMER NOCH nichts, {problem_l}. Ich melde mich erneut"],
    "it": ["Pratica {case}: ANCORA niente, {problem_l}. Riscrivo"],
    "pt": ["Processo {case}: AINDA nada, {problem_l}. Volto a escrever"],
}
THIRD_LINE: dict[str, str] = {
    "fr": " Un collègue joue chez {comp} et eux règlent ça le jour même.",
    "es": " Un compañero va a {comp} y allí lo arreglan en el día.",
    "en": " A mate plays at {comp} and they sort this the same day.",
    "de": " Ein Kollege spielt bei {comp}, die klären sowas am selben Tag.",
    "it": " Un collega gioca da {comp} e lì risolvono in giornata.",
    "pt": " Um colega joga no {comp} e lá resolvem no mesmo dia.",
}
FOURTH_LINE: dict[str, str] = {
    "fr": " QUATRIÈME fois que j'écris.",
    "es": " Es la CUARTA vez que escribo.",
    "en": " FOURTH time I'm writing.",
    "de": " Zum VIERTEN Mal.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
URGENT: dict[str, str] = {
    "fr": "Ajouté à votre dossier {case}, marqué urgent.",
    "es": "Añadido a tu incidencia {case}, marcada como urgente.",
    "en": "Added to your case {case}, marked urgent.",
    "de": "Zu Vorgang {case} hinzugefügt, als dringend markiert.",
    "it": "Aggiunto alla pratica {case}, segnata urgente.",
    "pt": "Adicionado ao processo {case}, marcado urgente.",
}
SLIDE: dict[str, list[str]] = {
    "fr": [
        "Bay pas prêt à l'heure, 20 minutes d'attente sans un mot",
        "Capteur qui décroche deux fois pendant la partie, bof",
        "On nous a facturé les balles perdues, sérieux ?",
        "Réservation annulée par l'appli sans prévenir, plus de place ce soir",
        "Ça devient n'importe quoi Golfrano, payé 48 € pour un bay sale avec un écran qui clignote",
        "Mon beau-frère joue chez {comp}, j'ai réservé là-bas pour samedi",
    ],
    "es": [
        "El bay no estaba listo a la hora, 20 minutos esperando sin explicación",
        "El sensor se cae dos veces en la partida, regular",
        "Nos han cobrado las bolas perdidas, ¿en serio?",
        "La app me cancela la reserva sin avisar y ya no queda sitio",
        "Esto va a peor Golfrano, 48 € por un bay sucio con la pantalla parpadeando",
        "Mi cuñado va a {comp}, he reservado allí para el sábado",
    ],
    "en": [
        "Bay not ready on time, 20 minutes waiting, no word",
        "Sensor dropped out twice mid-round, meh",
        "Charged for lost balls, seriously?",
        "App cancelled my booking without warning, nothing left tonight",
        "Going downhill Golfrano, £42 for a dirty bay with a flickering screen",
        "My brother-in-law plays at {comp}, booked there for Saturday",
    ],
    "de": [
        "Box nicht rechtzeitig fertig, 20 Minuten gewartet ohne Info",
        "Sensor fällt zweimal aus, naja",
        "Verlorene Bälle berechnet, im Ernst?",
        "App storniert meine Buchung ohne Warnung, heute nichts mehr frei",
        "Golfrano wird immer schlechter, 48 € für eine schmutzige Box mit flackerndem Bildschirm",
        "Mein Schwager spielt bei {comp}, hab dort für Samstag gebucht",
    ],
    "it": [
        "Bay non pronto all'orario, 20 minuti di attesa senza spiegazioni",
        "Il sensore si stacca due volte, mah",
        "Ci hanno fatto pagare le palline perse, davvero?",
        "L'app mi cancella la prenotazione senza avvisare",
        "Golfrano sempre peggio, 48 € per un bay sporco con lo schermo che sfarfalla",
        "Mio cognato gioca da {comp}, ho prenotato lì per sabato",
    ],
    "pt": [
        "Bay não estava pronto, 20 minutos à espera sem explicação",
        "O sensor foi abaixo duas vezes, enfim",
        "Cobraram-nos as bolas perdidas, a sério?",
        "A app cancelou a reserva sem avisar",
        "Golfrano cada vez pior, 48 € por um bay sujo com o ecrã a piscar",
        "O meu cunhado joga no {comp}, reservei lá para sábado",
    ],
}
CANCEL_ASK: dict[str, list[str]] = {
    "fr": [
        "Bonjour, on déménage à la campagne et il n'y a pas de centre près de chez nous. Je veux résilier le Club et fermer mon compte. Merci pour tout"
    ],
    "es": [
        "Hola, me he comprado un campo de prácticas de red para el jardín y ya no voy a venir. Quiero dar de baja el Club y cerrar la cuenta"
    ],
    "en": ["Hi, we're moving abroad. I want to cancel Club and close my account please"],
    "de": [
        "Hallo, wir ziehen weg und es gibt dort kein Center. Ich möchte Club kündigen und mein Konto schließen"
    ],
    "it": [
        "Ciao, mi trasferisco e lì non ci sono centri. Voglio disdire il Club e chiudere l'account"
    ],
    "pt": ["Olá, vou mudar de cidade e não há centro lá. Quero cancelar o Club e fechar a conta"],
}
SORRY_GO: dict[str, str] = {
    "fr": "Désolés de vous voir partir, {first}. Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "es": "Sentimos que te vayas, {first}. Puedes darte de baja tú mismo en la app o en la web.",
    "en": "Sorry to see you go, {first}. You can cancel yourself in the app or on the website.",
    "de": "Schade, dass Sie gehen, {first}. Sie können selbst in der App oder auf der Website kündigen.",
    "it": "Ci dispiace vederti andare, {first}. Puoi disdire da solo nell'app o sul sito.",
    "pt": "Lamentamos a sua saída, {first}. Pode cancelar na app ou no site.",
}
SARCASM: dict[str, list[str]] = {
    "fr": ['Génial le bay "premium" avec le tapis troué, on se croirait au practice de 1995 👏'],
    "es": ['Qué maravilla el bay "premium" con la alfombra rota, como en 1995 👏'],
    "en": ['Love the "premium" bay with the torn mat, very 1995 👏'],
    "de": ['Toll, die "Premium"-Box mit der zerrissenen Matte, wie 1995 👏'],
    "it": ['Bellissimo il bay "premium" col tappeto strappato, stile 1995 👏'],
    "pt": ['Adoro o bay "premium" com o tapete rasgado, estilo 1995 👏'],
}
GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible",
        "Le rappel de réservation arrive à 6h du matin, merci bien",
        "Le distributeur de boissons est encore en panne",
    ],
    "es": [
        "La app me saca cada vez, qué pesadez",
        "El aviso de reserva llega a las 6 de la mañana, gracias eh",
        "La máquina de bebidas otra vez rota",
    ],
    "en": ["App logs me out every single time"],
    "de": ["Die App meldet mich jedes Mal ab, nervig"],
    "it": ["L'app mi disconnette ogni volta, che noia"],
    "pt": ["A app desliga-me sempre, que chatice"],
}
MILD: dict[str, list[str]] = {
    "fr": ["Petite remarque : la carte des centres affiche la mauvaise ville"],
    "es": ["Un detalle: el mapa de centros muestra la ciudad equivocada"],
    "en": ["Small thing: the centre map shows the wrong city"],
    "de": ["Kleinigkeit: die Center-Karte zeigt die falsche Stadt"],
    "it": ["Piccola cosa: la mappa dei centri mostra la città sbagliata"],
    "pt": ["Pormenor: o mapa dos centros mostra a cidade errada"],
}
MILD_ACK: dict[str, str] = {
    "fr": "Merci {first}, c'est transmis à l'équipe produit.",
    "es": "Gracias {first}, lo pasamos al equipo de producto.",
    "en": "Thanks {first}, passed on to the product team.",
    "de": "Danke {first}, ist an das Produktteam weitergegeben.",
    "it": "Grazie {first}, lo passiamo al team prodotto.",
    "pt": "Obrigado {first}, passámos à equipa de produto.",
}
SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["top", "", "au top 👍"],
    "es": ["genial", "", "de 10"],
    "en": ["ace"],
    "de": ["spitze"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
}
LOW_WORD: dict[str, list[str]] = {
    "fr": ["déçue", ""],
    "es": ["fatal", ""],
    "en": ["poor"],
    "de": ["enttäuscht"],
    "it": ["deluso"],
    "pt": ["mau"],
}
PRODUCTS = [
    ("Bay 60 min / Bay 60 min", "48.00"),
    ("Bay 90 min / Bay 90 min", "66.00"),
    ("Lesson 45 min / Clase 45 min", "55.00"),
    ("Club monthly / Club mensual", "39.00"),
]
# The planted incident.
SPIKE: dict[str, list[str]] = {
    "fr": [
        "Le simulateur ne lit plus aucune balle, écran figé sur {code}, bay payé pour rien",
        "on tape et rien ne s'affiche, le radar est mort ? message {code}",
        "Aucun coup n'est enregistré depuis qu'on a commencé, le moniteur dit capteur hors ligne",
    ],
    "es": [
        "El simulador no registra ni una bola, pantalla congelada con {code}",
        "le damos y no sale nada en pantalla, error {code}, ¿qué pasa?",
        "No se registra ningún golpe desde que empezamos, pone sensor desconectado",
    ],
    "en": ["Sim isn't reading a single ball, screen stuck on {code}"],
    "de": ["Der Simulator erkennt keinen Ball, Bildschirm hängt bei {code}"],
    "it": ["Il simulatore non legge nessuna pallina, schermo fermo su {code}"],
    "pt": ["O simulador não lê nenhuma bola, ecrã parado em {code}"],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "fr": ["Toujours {code}, on a changé de bay et pareil"],
    "es": ["Sigue saliendo {code}, nos han cambiado de bay y igual"],
    "en": ["Still {code}, moved bays and same thing"],
    "de": ["Immer noch {code}, andere Box, gleiches Problem"],
    "it": ["Ancora {code}, cambiato bay e uguale"],
    "pt": ["Ainda {code}, mudámos de bay e igual"],
}
SPIKE_CHAT_A: dict[str, str] = {
    "fr": "Oui, les capteurs de balle sont en panne dans tous nos centres en ce moment, nos techniciens sont dessus.",
    "es": "Sí, los sensores de bola fallan en todos los centros ahora mismo, los técnicos están en ello.",
    "en": "Yes, ball sensors are down in every centre right now, our engineers are on it.",
    "de": "Ja, die Ballsensoren fallen gerade in allen Centern aus, die Technik ist dran.",
    "it": "Sì, i sensori sono fuori uso in tutti i centri, i tecnici ci stanno lavorando.",
    "pt": "Sim, os sensores estão em baixo em todos os centros, os técnicos estão a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "fr": "Les simulateurs fonctionnent de nouveau. La session de ce matin vous est offerte, 10 € crédités.",
    "es": "Los simuladores vuelven a funcionar. La sesión de esta mañana corre de nuestra cuenta, 10 € abonados.",
    "en": "The simulators work again. This morning's session is on us, £9 credited.",
    "de": "Die Simulatoren laufen wieder. Die Session heute Morgen geht auf uns, 10 € gutgeschrieben.",
    "it": "I simulatori funzionano di nuovo. La sessione di stamattina è offerta, 10 € accreditati.",
    "pt": "Os simuladores voltaram a funcionar. A sessão desta manhã é por nossa conta, 10 € creditados.",
}
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Bonjour, les factures de nos soirées d'équipe portent encore l'ancienne raison sociale et pas de numéro de commande, notre compta les rejette toutes.",
        "es": "Hola, las facturas de los eventos de equipo llevan el nombre antiguo y sin número de pedido, contabilidad las rechaza todas.",
        "en": "Hello, our team-event invoices still carry the old company name and no PO number, finance rejects every one.",
        "de": "Guten Tag, die Rechnungen unserer Teamevents tragen den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt alle ab.",
        "it": "Buongiorno, le fatture degli eventi aziendali hanno ancora la vecchia ragione sociale e nessun numero d'ordine.",
        "pt": "Bom dia, as faturas dos eventos de equipa têm o nome antigo e sem número de encomenda, a contabilidade rejeita todas.",
    },
    "portal": {
        "fr": "Le portail entreprise n'affiche aucune réservation en cours, impossible d'ajouter des participants à l'événement de jeudi.",
        "es": "El portal de empresa no muestra ninguna reserva, no podemos añadir asistentes al evento del jueves.",
        "en": "The business portal shows no bookings at all, we can't add guests to Thursday's event.",
        "de": "Das Firmenportal zeigt keine Buchungen, wir können keine Gäste zum Event am Donnerstag hinzufügen.",
        "it": "Il portale aziende non mostra nessuna prenotazione, non possiamo aggiungere ospiti all'evento di giovedì.",
        "pt": "O portal empresas não mostra reservas, não conseguimos adicionar convidados ao evento de quinta.",
    },
}
B2B_AGAIN: dict[str, str] = {
    "fr": "Suite au message de {other} ({case}) : toujours le même problème, rien n'a bougé.",
    "es": "Sobre lo que escribió {other} ({case}): sigue igual, nada ha cambiado.",
    "en": "Following {other}'s message ({case}): same problem, nothing has moved.",
    "de": "Zur Nachricht von {other} ({case}): gleiches Problem, nichts passiert.",
    "it": "Riguardo al messaggio di {other} ({case}): stesso problema, nulla è cambiato.",
    "pt": "Sobre a mensagem de {other} ({case}): mesmo problema, nada mudou.",
}
B2B_LAST: dict[str, str] = {
    "fr": "Dossier {case} toujours ouvert, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "es": "La incidencia {case} sigue abierta, varios compañeros os han escrito. Compras ya ha pedido precios a {comp}.",
    "en": "Case {case} still open, several colleagues have written. Procurement has already asked {comp} for rates.",
    "de": "Vorgang {case} weiter offen, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "it": "Pratica {case} ancora aperta, più colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}.",
    "pt": "Processo {case} ainda aberto, vários colegas escreveram. As compras já pediram preços à {comp}.",
}
B2B_SUGGEST: dict[str, str] = {
    "fr": "Suggestion : pourriez-vous exporter les coûts par centre de coût ?",
    "es": "Sugerencia: ¿podríais exportar los costes por centro de coste?",
    "en": "Suggestion: could you export costs by cost centre?",
    "de": "Vorschlag: Kosten nach Kostenstelle exportieren?",
    "it": "Suggerimento: potreste esportare i costi per centro di costo?",
    "pt": "Sugestão: podiam exportar os custos por centro de custo?",
}
B2B_Q: dict[str, str] = {
    "fr": "Bonjour, pour 20 personnes jeudi, il faut combien de bays ?",
    "es": "Hola, para 20 personas el jueves, ¿cuántos bays hacen falta?",
    "en": "Hi, for 20 people on Thursday, how many bays do we need?",
    "de": "Hallo, für 20 Personen am Donnerstag, wie viele Boxen brauchen wir?",
    "it": "Ciao, per 20 persone giovedì, quanti bay servono?",
    "pt": "Olá, para 20 pessoas na quinta, quantos bays são precisos?",
}
B2B_A: dict[str, str] = {
    "fr": "Bonjour ! Quatre bays suffisent, je les bloque sur votre compte.",
    "es": "¡Hola! Con cuatro bays basta, los reservo en vuestra cuenta.",
    "en": "Hi! Four bays will do, I'll hold them on your account.",
    "de": "Hallo! Vier Boxen reichen, ich reserviere sie auf Ihr Konto.",
    "it": "Ciao! Bastano quattro bay, li blocco sul vostro conto.",
    "pt": "Olá! Quatro bays chegam, reservo na vossa conta.",
}
