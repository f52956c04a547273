"""Trouble wording for heldout34 (Deskora, coworking by app), written by hand.

Complaints, follow-ups, slides, leavers, grumbles, sarcasm, the spike and the
agents' replies. ``{case}`` is a case reference (``DK-`` and six digits),
``{spoken}`` the same reference as a speech-to-text transcript hears it.
"""

# ruff: noqa: E501

PROBLEMS: list[str] = [
    "door_access",
    "double_charge",
    "room_taken",
    "wifi_down",
    "refund",
    "locker",
]

#: Subject topic per problem.
TOPIC: dict[str, dict[str, str]] = {
    "door_access": {
        "it": "QR della porta non funziona",
        "de": "QR-Code öffnet die Tür nicht",
        "en": "door QR not working",
        "es": "el QR no abre la puerta",
        "fr": "le QR n'ouvre pas la porte",
        "pt": "o QR não abre a porta",
    },
    "double_charge": {
        "it": "abbonamento addebitato due volte",
        "de": "Abo doppelt abgebucht",
        "en": "membership charged twice",
        "es": "cuota cobrada dos veces",
        "fr": "abonnement prélevé deux fois",
        "pt": "mensalidade cobrada duas vezes",
    },
    "room_taken": {
        "it": "sala prenotata occupata",
        "de": "gebuchter Raum besetzt",
        "en": "booked room taken",
        "es": "sala reservada ocupada",
        "fr": "salle réservée occupée",
        "pt": "sala reservada ocupada",
    },
    "wifi_down": {
        "it": "wifi assente tutto il giorno",
        "de": "WLAN den ganzen Tag weg",
        "en": "wifi down all day",
        "es": "sin wifi todo el día",
        "fr": "wifi en panne toute la journée",
        "pt": "sem wifi o dia todo",
    },
    "refund": {
        "it": "rimborso prenotazione annullata",
        "de": "Erstattung stornierte Buchung",
        "en": "refund for cancelled booking",
        "es": "reembolso de reserva cancelada",
        "fr": "remboursement réservation annulée",
        "pt": "reembolso de reserva cancelada",
    },
    "locker": {
        "it": "armadietto svuotato",
        "de": "Schließfach ausgeräumt",
        "en": "locker emptied",
        "es": "taquilla vaciada",
        "fr": "casier vidé",
        "pt": "cacifo esvaziado",
    },
}
#: The angry first message per problem (chat, e-mail, form; social versions add @Deskora).
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "door_access": {
        "it": [
            "Sono davanti alla porta del Deskora di {town} da 40 minuti con il QR che dice 'accesso negato'. Abbonamento pagato, call con un cliente alle 9 fatta dal marciapiede. NESSUNO risponde al citofono.",
            "Il QR non mi apre la porta, stamattina e ieri. Ho pagato {amount} per stare sul pianerottolo? Qualcuno mi spiega?",
        ],
        "de": [
            "Ich stehe seit 40 Minuten vor der Tür vom Deskora {town}, der QR-Code sagt 'Zutritt verweigert'. Abo bezahlt, den Kundencall um 9 habe ich auf dem Gehweg gemacht. NIEMAND geht an die Sprechanlage.",
            "Der QR-Code öffnet die Tür nicht, heute früh und gestern auch. {amount} bezahlt, um im Treppenhaus zu sitzen? Kann mir das jemand erklären?",
        ],
        "en": [
            "Stood outside Deskora {town} for 40 minutes, QR says 'access denied'. Membership paid, did my 9am client call on the footpath. NOBODY answers the intercom."
        ],
        "es": [
            "Llevo 40 minutos en la puerta de Deskora {town} y el QR dice 'acceso denegado'. Cuota pagada, la llamada de las 9 la hice en la acera. NADIE contesta al telefonillo."
        ],
        "fr": [
            "Ça fait 40 minutes que je suis devant la porte du Deskora {town}, le QR affiche 'accès refusé'. Abonnement payé, mon call de 9h je l'ai fait sur le trottoir. PERSONNE ne répond à l'interphone."
        ],
        "pt": [
            "Estou há 40 minutos à porta do Deskora {town} e o QR diz 'acesso negado'. Mensalidade paga, fiz a chamada das 9 no passeio. NINGUÉM atende o intercomunicador."
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato l'abbonamento DUE volte lo stesso giorno, {amount} + {amount}. A fine mese per [[una|uno]] come me non sono spiccioli. Rivoglio i soldi.",
            "Estratto conto: due addebiti Deskora identici il 1° del mese. Non ho due abbonamenti, ne ho uno. Sistemate subito per favore",
        ],
        "de": [
            "Ihr habt mir das Abo ZWEIMAL am selben Tag abgebucht, {amount} + {amount}. Für Selbstständige ist das kein Kleingeld. Ich will das Geld zurück.",
            "Kontoauszug: zwei identische Deskora-Abbuchungen am Monatsersten. Ich habe EIN Abo, nicht zwei. Bitte sofort korrigieren",
        ],
        "en": [
            "You've charged my membership TWICE on the same day, {amount} + {amount}. That's not pocket change when you're self-employed. I want it back."
        ],
        "es": [
            "Me habéis cobrado la cuota DOS VECES el mismo día, {amount} + {amount}. Para un autónomo eso no es calderilla. Quiero mi dinero."
        ],
        "fr": [
            "Vous m'avez prélevé l'abonnement DEUX FOIS le même jour, {amount} + {amount}. Pour [[une indépendante|un indépendant]] c'est pas rien. Je veux être [[remboursée|remboursé]]."
        ],
        "pt": [
            "Cobraram-me a mensalidade DUAS vezes no mesmo dia, {amount} + {amount}. Para quem trabalha por conta própria não é pouco. Quero o dinheiro de volta."
        ],
    },
    "room_taken": {
        "it": [
            "Sala prenotata e pagata per le 10, arrivo con il cliente e dentro c'è un altro gruppo con la STESSA prenotazione. Figuraccia totale davanti a chi mi paga. Inaccettabile.",
            "Per la terza volta in un mese la sala che ho prenotato risulta occupata da qualcun altro. A cosa serve prenotare?",
        ],
        "de": [
            "Raum für 10 Uhr gebucht und bezahlt, ich komme mit dem Kunden und drin sitzt eine andere Gruppe mit DERSELBEN Buchung. Totale Blamage vor dem, der mich bezahlt. Inakzeptabel.",
            "Zum dritten Mal in einem Monat ist mein gebuchter Raum von jemand anderem belegt. Wozu buche ich überhaupt?",
        ],
        "en": [
            "Booked and paid the room for 10, walk in with my client and there's another group in there with the SAME booking. Total embarrassment in front of the person paying me."
        ],
        "es": [
            "Sala reservada y pagada para las 10, llego con el cliente y dentro hay otro grupo con la MISMA reserva. Ridículo total delante de quien me paga."
        ],
        "fr": [
            "Salle réservée et payée pour 10h, j'arrive avec mon client et un autre groupe est dedans avec la MÊME réservation. La honte devant celui qui me paie."
        ],
        "pt": [
            "Sala reservada e paga para as 10, chego com o cliente e está lá outro grupo com a MESMA reserva. Uma vergonha à frente de quem me paga."
        ],
    },
    "wifi_down": {
        "it": [
            "Wifi morto da stamattina al Deskora di {town}. Ho una consegna oggi e sto lavorando con l'hotspot del telefono. Alla reception dicono 'stiamo verificando' da 5 ore.",
            "Terzo giorno che il wifi cade ogni dieci minuti, ho perso TRE videochiamate. Pago un coworking per lavorare, non per stare al bar sotto",
        ],
        "de": [
            "WLAN tot seit heute früh im Deskora {town}. Ich habe heute Abgabe und arbeite über den Hotspot vom Handy. Am Empfang heißt es seit 5 Stunden 'wir prüfen das'.",
            "Dritter Tag, an dem das WLAN alle zehn Minuten rausfliegt, DREI Videocalls verloren. Ich zahle fürs Arbeiten, nicht fürs Café unten",
        ],
        "en": [
            "Wifi dead since this morning at Deskora {town}. Deadline today and I'm on my phone's hotspot. Reception's been 'looking into it' for 5 hours."
        ],
        "es": [
            "Sin wifi desde esta mañana en Deskora {town}. Entrego hoy y estoy tirando del móvil. En recepción llevan 5 horas 'mirándolo'."
        ],
        "fr": [
            "Wifi mort depuis ce matin au Deskora {town}. Rendu aujourd'hui et je bosse en partage de connexion. À l'accueil on me dit 'on regarde' depuis 5 heures."
        ],
        "pt": [
            "Sem wifi desde manhã no Deskora {town}. Tenho uma entrega hoje e estou a usar os dados do telemóvel. Na receção dizem 'estamos a ver' há 5 horas."
        ],
    },
    "refund": {
        "it": [
            "Ho annullato la sala con 5 giorni di anticipo come da regolamento e il rimborso di {amount} non è MAI arrivato. Sono passate tre settimane.",
            "Rimborso promesso 'entro 5 giorni lavorativi'. Siamo a 19. Dove sono i miei {amount}?",
        ],
        "de": [
            "Ich habe den Raum 5 Tage vorher storniert, wie es die Regeln sagen, und die Erstattung von {amount} ist NIE gekommen. Drei Wochen her.",
            "Erstattung 'innerhalb von 5 Werktagen' versprochen. Wir sind bei 19. Wo sind meine {amount}?",
        ],
        "en": [
            "Cancelled the room 5 days ahead as the rules say and the {amount} refund NEVER came. Three weeks now."
        ],
        "es": [
            "Cancelé la sala con 5 días de antelación como dicen las normas y el reembolso de {amount} NUNCA llegó. Tres semanas ya."
        ],
        "fr": [
            "J'ai annulé la salle 5 jours avant comme prévu et le remboursement de {amount} n'est JAMAIS arrivé. Trois semaines."
        ],
        "pt": [
            "Cancelei a sala com 5 dias de antecedência como mandam as regras e o reembolso de {amount} NUNCA chegou. Já lá vão três semanas."
        ],
    },
    "locker": {
        "it": [
            "Apro il mio armadietto (pagato fino a fine mese) ed è VUOTO. Dentro c'erano il caricatore del portatile e un hard disk con il lavoro di un cliente. Chi l'ha svuotato?",
            "Qualcuno ha svuotato il mio armadietto senza avvisare, dicono 'pulizie'. Il mio hard disk dov'è?",
        ],
        "de": [
            "Ich öffne mein Schließfach (bezahlt bis Monatsende) und es ist LEER. Drin waren das Laptop-Ladegerät und eine Festplatte mit Kundendaten. Wer hat das ausgeräumt?",
            "Jemand hat mein Schließfach ohne Bescheid geleert, angeblich 'Reinigung'. Wo ist meine Festplatte?",
        ],
        "en": [
            "Opened my locker (paid to the end of the month) and it's EMPTY. Laptop charger and a hard drive with a client's work were in there. Who emptied it?"
        ],
        "es": [
            "Abro mi taquilla (pagada hasta fin de mes) y está VACÍA. Dentro tenía el cargador del portátil y un disco duro con trabajo de un cliente. ¿Quién la ha vaciado?"
        ],
        "fr": [
            "J'ouvre mon casier (payé jusqu'à la fin du mois) et il est VIDE. Il y avait le chargeur de mon portable et un disque dur avec le travail d'un client. Qui l'a vidé ?"
        ],
        "pt": [
            "Abro o meu cacifo (pago até ao fim do mês) e está VAZIO. Tinha lá o carregador do portátil e um disco com trabalho de um cliente. Quem o esvaziou?"
        ],
    },
}
#: The problem as a caller says it (lower case, no punctuation).
SPOKEN: dict[str, dict[str, str]] = {
    "door_access": {
        "it": "il qr non mi apre la porta e resto fuori",
        "de": "der qr code macht die tür nicht auf und ich steh draußen",
        "en": "the qr code wont open the door and im stuck outside",
        "es": "el qr no me abre la puerta y me quedo fuera",
        "fr": "le qr code n'ouvre pas la porte et je reste dehors",
        "pt": "o qr não abre a porta e fico cá fora",
    },
    "double_charge": {
        "it": "mi avete preso l'abbonamento due volte",
        "de": "ihr habt das abo zweimal abgebucht",
        "en": "youve taken the membership twice",
        "es": "me habéis cobrado la cuota dos veces",
        "fr": "vous avez prélevé l'abonnement deux fois",
        "pt": "cobraram a mensalidade duas vezes",
    },
    "room_taken": {
        "it": "la sala che avevo prenotato era occupata da altri",
        "de": "der gebuchte raum war von anderen besetzt",
        "en": "the room i booked had other people in it",
        "es": "la sala que reservé estaba ocupada",
        "fr": "la salle que j'avais réservée était occupée",
        "pt": "a sala que reservei estava ocupada",
    },
    "wifi_down": {
        "it": "il wifi non va da stamattina",
        "de": "das wlan geht seit heute früh nicht",
        "en": "the wifi is down since this morning",
        "es": "no hay wifi desde esta mañana",
        "fr": "le wifi marche pas depuis ce matin",
        "pt": "o wifi não funciona desde manhã",
    },
    "refund": {
        "it": "il rimborso della sala annullata non è mai arrivato",
        "de": "die erstattung für den stornierten raum ist nie gekommen",
        "en": "the refund for the cancelled room never came",
        "es": "el reembolso de la sala cancelada no ha llegado",
        "fr": "le remboursement de la salle annulée est jamais arrivé",
        "pt": "o reembolso da sala cancelada nunca chegou",
    },
    "locker": {
        "it": "mi hanno svuotato l'armadietto",
        "de": "mein schließfach wurde ausgeräumt",
        "en": "someone emptied my locker",
        "es": "me han vaciado la taquilla",
        "fr": "on a vidé mon casier",
        "pt": "esvaziaram-me o cacifo",
    },
}
#: The fix an agent announces per problem.
FIX: dict[str, dict[str, str]] = {
    "door_access": {
        "it": "il tuo QR è stato riattivato, l'abbonamento risultava per errore scaduto",
        "de": "dein QR-Code ist wieder aktiv, das Abo stand versehentlich auf abgelaufen",
        "en": "your QR is active again, the membership was wrongly marked expired",
        "es": "tu QR vuelve a estar activo, la cuota figuraba vencida por error",
        "fr": "votre QR est réactivé, l'abonnement apparaissait expiré par erreur",
        "pt": "o teu QR está ativo de novo, a mensalidade aparecia expirada por erro",
    },
    "double_charge": {
        "it": "il secondo addebito è stato stornato, lo vedrai in 3-5 giorni",
        "de": "die zweite Abbuchung ist storniert, in 3-5 Tagen auf dem Konto",
        "en": "the second charge has been reversed, 3-5 days to show",
        "es": "el segundo cobro está devuelto, lo verás en 3-5 días",
        "fr": "le second prélèvement est annulé, visible sous 3-5 jours",
        "pt": "a segunda cobrança foi anulada, vês em 3-5 dias",
    },
    "room_taken": {
        "it": "ti abbiamo rimborsato la sala e regalato due ore in sala grande",
        "de": "wir haben den Raum erstattet und dir zwei Stunden im großen Raum gutgeschrieben",
        "en": "we've refunded the room and added two hours in the big room",
        "es": "te hemos devuelto la sala y regalado dos horas en la grande",
        "fr": "nous avons remboursé la salle et offert deux heures en grande salle",
        "pt": "reembolsámos a sala e oferecemos duas horas na sala grande",
    },
    "wifi_down": {
        "it": "il router del piano è stato sostituito, la rete è stabile da ieri sera",
        "de": "der Router im Stockwerk ist getauscht, das Netz ist seit gestern Abend stabil",
        "en": "the floor's router has been replaced, stable since last night",
        "es": "hemos cambiado el router de la planta, estable desde anoche",
        "fr": "le routeur de l'étage a été remplacé, stable depuis hier soir",
        "pt": "o router do piso foi trocado, estável desde ontem à noite",
    },
    "refund": {
        "it": "il rimborso è partito oggi",
        "de": "die Erstattung ist heute raus",
        "en": "the refund went out today",
        "es": "el reembolso ha salido hoy",
        "fr": "le remboursement est parti aujourd'hui",
        "pt": "o reembolso saiu hoje",
    },
    "locker": {
        "it": "le tue cose sono in reception in una busta col tuo nome, hard disk compreso",
        "de": "deine Sachen liegen mit deinem Namen am Empfang, Festplatte inklusive",
        "en": "your things are at reception in a bag with your name, hard drive included",
        "es": "tus cosas están en recepción en una bolsa con tu nombre, disco incluido",
        "fr": "vos affaires sont à l'accueil dans un sac à votre nom, disque dur compris",
        "pt": "as tuas coisas estão na receção num saco com o teu nome, disco incluído",
    },
}
SUBJECT_FIRST: dict[str, str] = {
    "it": "Reclamo: {topic}",
    "de": "Reklamation: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJECT_CASE: dict[str, str] = {
    "it": "Pratica {case}",
    "de": "Fall {case}",
    "en": "Case {case}",
    "es": "Caso {case}",
    "fr": "Dossier {case}",
    "pt": "Processo {case}",
}
RE: dict[str, list[str]] = {
    "it": ["R:", "RE:"],
    "de": ["AW:", "AW:", "RE:"],
    "en": ["RE:", "Re:"],
    "es": ["RE:", "Re:"],
    "fr": ["RE :", "RE:"],
    "pt": ["RE:", "Re:"],
}
#: Speech-to-text transcripts of a complaint call.
PHONE: dict[str, list[str]] = {
    "it": [
        "pronto buongiorno allora chiamo perché {spoken} e nessuno mi ha ancora risposto sono veramente arrabbiat[[a|o]] ho un lavoro da consegnare",
        "sì salve guardi {spoken} è una cosa assurda pago tutti i mesi e mi trovo così voglio parlare con un responsabile",
    ],
    "de": [
        "ja hallo guten tag ich rufe an weil {spoken} und mir noch niemand geantwortet hat ich bin echt sauer ich hab eine abgabe",
        "äh hallo also {spoken} das ist doch nicht normal ich zahle jeden monat ich will jemanden der zuständig ist",
    ],
    "en": [
        "yeah hi there im ringing because {spoken} and nobody has got back to me im really annoyed i have a deadline"
    ],
    "es": [
        "sí hola buenas llamo porque {spoken} y nadie me ha contestado estoy muy enfadad[[a|o]] tengo una entrega"
    ],
    "fr": [
        "oui allô bonjour j'appelle parce que {spoken} et personne m'a répondu je suis vraiment [[énervée|énervé]] j'ai un rendu"
    ],
    "pt": [
        "está sim boa tarde ligo porque {spoken} e ninguém me respondeu estou mesmo chatead[[a|o]] tenho uma entrega"
    ],
}
#: Later phone calls naming the case (``{spoken}`` is the problem, ``{case_heard}`` the reference heard).
PHONE_AGAIN: dict[str, list[str]] = {
    "it": [
        "pronto buongiorno chiamo per la pratica {case_heard} è ancora aperta {spoken} non è cambiato niente",
        "salve di nuovo sono sempre io la pratica {case_heard} ancora niente {spoken} quante volte devo chiamare",
    ],
    "de": [
        "ja hallo ich ruf wegen fall {case_heard} an der ist immer noch offen {spoken} es hat sich nichts getan",
        "grüß gott wieder ich fall {case_heard} immer noch nichts {spoken} wie oft muss ich noch anrufen",
    ],
    "en": ["hello yeah its about case {case_heard} still open {spoken} nothing has changed"],
    "es": [
        "oiga hola mire llamo por el caso {case_heard} sigue abierto {spoken} no ha cambiado nada"
    ],
    "fr": ["oui bonjour c'est pour le dossier {case_heard} toujours ouvert {spoken} rien a changé"],
    "pt": [
        "bom dia olhe ligo por causa do processo {case_heard} continua aberto {spoken} não mudou nada"
    ],
}
#: How a transcript hears "DK" before the digits.
HEARD: dict[str, str] = {
    "it": "di kappa",
    "de": "de ka",
    "en": "dee kay",
    "es": "de ka",
    "fr": "dé ka",
    "pt": "dê cá",
}
#: Second contact (still open). Third adds THIRD, fourth FOURTH.
FOLLOWUP: dict[str, list[str]] = {
    "it": [
        "Pratica {case}: ancora niente. {topic_cap}, e nessuno mi ha scritto una riga.",
        "Vi riscrivo per la pratica {case}. Il problema è sempre lì: {topic}. Ditemi almeno quando.",
        "Pratica {case} ANCORA aperta. {topic_cap}. Sto perdendo giorni di lavoro.",
    ],
    "de": [
        "Fall {case}: immer noch nichts. {topic_cap}, und keiner hat sich gemeldet.",
        "Ich schreibe nochmal wegen Fall {case}. Das Problem ist dasselbe: {topic}. Sagt mir wenigstens, wann.",
        "Fall {case} IMMER NOCH offen. {topic_cap}. Ich verliere Arbeitstage.",
    ],
    "en": [
        "Case {case}: still nothing. {topic_cap}, and nobody has written a line.",
        "Writing again about case {case}. Same problem: {topic}. At least tell me when.",
    ],
    "es": [
        "Caso {case}: nada todavía. {topic_cap} y nadie me ha escrito.",
        "Vuelvo a escribir por el caso {case}. El problema sigue: {topic}. Decidme al menos cuándo.",
    ],
    "fr": [
        "Dossier {case} : toujours rien. {topic_cap}, et personne ne m'a écrit.",
        "Je réécris pour le dossier {case}. Même problème : {topic}. Dites-moi au moins quand.",
    ],
    "pt": [
        "Processo {case}: ainda nada. {topic_cap} e ninguém me escreveu.",
        "Volto a escrever pelo processo {case}. O problema continua: {topic}. Digam-me ao menos quando.",
    ],
}
THIRD: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo. Se domani non è risolto provo lo Spazeo in fondo alla via.",
        "È la TERZA volta. Una collega mi dice che da Workabi il primo mese è gratis, ci sto pensando.",
    ],
    "de": [
        "Das ist das DRITTE Mal. Wenn das morgen nicht gelöst ist, probiere ich das Spazeo um die Ecke.",
        "Dritte Nachricht. Ein Kollege sagt, bei Workabi ist der erste Monat gratis. Ich überlege.",
    ],
    "en": ["Third time writing. If it's not sorted tomorrow I'm trying Spazeo down the road."],
    "es": [
        "TERCERA vez que escribo. Si mañana no está, pruebo Workabi, que el primer mes es gratis."
    ],
    "fr": ["TROISIÈME fois que j'écris. Si c'est pas réglé demain je vais voir chez Spazeo."],
    "pt": ["TERCEIRA vez que escrevo. Se amanhã não estiver resolvido experimento o Workabi."],
}
FOURTH: dict[str, list[str]] = {
    "it": ["QUARTA volta. Non ho altre parole."],
    "de": ["VIERTES Mal. Mir fehlen die Worte."],
    "en": ["FOURTH time. I've run out of words."],
    "es": ["CUARTA vez. Ya no sé qué decir."],
    "fr": ["QUATRIÈME fois. Je n'ai plus de mots."],
    "pt": ["QUARTA vez. Já não tenho palavras."],
}
#: Agents' replies.
CASE_OPENED: dict[str, str] = {
    "it": "Ciao {name}, ci dispiace molto. Abbiamo aperto la pratica {case} e la seguiamo noi: ti aggiorniamo appena possibile.",
    "de": "Hallo {name}, das tut uns sehr leid. Wir haben den Fall {case} eröffnet und kümmern uns: du hörst so bald wie möglich von uns.",
    "en": "Hi {name}, really sorry about this. We've opened case {case} and we're on it: we'll update you as soon as we can.",
    "es": "Hola {name}, lo sentimos mucho. Hemos abierto el caso {case} y lo seguimos nosotros: te avisamos en cuanto podamos.",
    "fr": "Bonjour {name}, nous sommes vraiment désolés. Le dossier {case} est ouvert et nous le suivons : nous revenons vers vous dès que possible.",
    "pt": "Olá {name}, lamentamos muito. Abrimos o processo {case} e estamos a tratar: damos notícias assim que possível.",
}
PASSED_ON: dict[str, str] = {
    "it": "Ciao {name}, la pratica {case} è stata passata al team sedi e pagamenti, che ti ricontatta direttamente.",
    "de": "Hallo {name}, Fall {case} ist an unser Team Standorte und Zahlungen weitergegeben, es meldet sich direkt bei dir.",
    "en": "Hi {name}, case {case} has been passed on to our sites and billing team, who'll contact you directly.",
    "es": "Hola {name}, el caso {case} ha pasado al equipo de sedes y pagos, que te contactará directamente.",
    "fr": "Bonjour {name}, le dossier {case} est transmis à notre équipe sites et facturation, qui vous recontacte directement.",
    "pt": "Olá {name}, o processo {case} passou para a equipa de espaços e pagamentos, que te contacta diretamente.",
}
GOOD_NEWS: dict[str, str] = {
    "it": "Ciao {name}, buone notizie sulla pratica {case}: {fix}. Ci confermi che ora è tutto a posto?",
    "de": "Hallo {name}, gute Nachrichten zu Fall {case}: {fix}. Kannst du bestätigen, dass jetzt alles passt?",
    "en": "Hi {name}, good news on case {case}: {fix}. Can you confirm it's all fine now?",
    "es": "Hola {name}, buenas noticias sobre el caso {case}: {fix}. ¿Nos confirmas que ya está todo bien?",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous confirmer que tout est rentré dans l'ordre ?",
    "pt": "Olá {name}, boas notícias sobre o processo {case}: {fix}. Confirmas que está tudo bem agora?",
}
CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {case} risolta. Grazie!",
        "sì tutto ok adesso, grazie per la pratica {case}",
    ],
    "de": ["Bestätige, Fall {case} ist erledigt. Danke!", "ja passt jetzt, danke für Fall {case}"],
    "en": ["Confirmed, case {case} sorted. Thanks!"],
    "es": ["Confirmo, caso {case} resuelto. ¡Gracias!"],
    "fr": ["Je confirme, dossier {case} réglé. Merci !"],
    "pt": ["Confirmo, processo {case} resolvido. Obrigad[[a|o]]!"],
}
APOLOGY: dict[str, list[str]] = {
    "it": [
        "scusate per il tono di ieri, ero a pezzi con la consegna. Grazie per aver sistemato",
        "Chiedo scusa per il messaggio di ieri, ero furios[[a|o]] ma non con voi personalmente",
    ],
    "de": [
        "sorry für den Ton gestern, ich war mit der Abgabe am Ende. Danke fürs Lösen",
        "Entschuldigt meine Nachricht von gestern, ich war wütend, aber nicht auf euch persönlich",
    ],
    "en": [
        "sorry about the tone yesterday, I was at the end of my rope with the deadline. Thanks for sorting it"
    ],
    "es": ["perdón por el tono de ayer, estaba a tope con la entrega. Gracias por arreglarlo"],
    "fr": [
        "désolé[[e|]] pour le ton d'hier, j'étais à bout avec mon rendu. Merci d'avoir réglé ça"
    ],
    "pt": [
        "desculpem o tom de ontem, estava no limite com a entrega. Obrigad[[a|o]] por resolverem"
    ],
}
#: Long e-mails: the complaint (``{complaint}``) inside a letter about something else.
LONG: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n\nvi scrivo con calma, anche se calma non sono. Questo mese mio padre è stato operato al cuore a Padova e faccio avanti e indietro in treno, lavorando dove capita. Il Deskora di {town} era l'unico punto fermo della settimana, il posto dove sapevo di poter chiudere due ore di lavoro serio.\n\n{complaint}\n\nCapirete che in un mese così non ho energie per rincorrere nessuno. Vorrei solo che la cosa venisse sistemata senza dover telefonare dieci volte.\n\nCordiali saluti\n{full}",
        "Gentile assistenza Deskora,\n\nsono [[una vostra abbonata|un vostro abbonato]] da quasi due anni e non ho mai scritto un reclamo. Ci siamo appena trasferiti con due bambini piccoli in un bilocale, il che significa che lavorare da casa ora è impossibile, e il coworking è diventato letteralmente il mio ufficio.\n\n{complaint}\n\nNon chiedo niente di straordinario, solo quello che pago. Resto in attesa di una risposta.\n\n{full}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen in Ruhe, auch wenn ich nicht ruhig bin. Mein Vater wurde diesen Monat in Freiburg am Herzen operiert, ich pendle mit dem Zug und arbeite, wo es eben geht. Das Deskora in {town} war der einzige feste Punkt in der Woche, der Ort, an dem ich zwei Stunden konzentriert arbeiten konnte.\n\n{complaint}\n\nSie verstehen, dass ich in so einem Monat keine Kraft habe, irgendwem hinterherzulaufen. Ich möchte nur, dass das geklärt wird, ohne zehnmal anzurufen.\n\nMit freundlichen Grüßen\n{full}",
        "Liebes Deskora-Team,\n\nich bin seit fast zwei Jahren [[Kundin|Kunde]] und habe noch nie eine Beschwerde geschrieben. Wir sind gerade mit zwei kleinen Kindern in eine Zweizimmerwohnung gezogen, Homeoffice ist damit unmöglich, und der Coworking-Platz ist buchstäblich mein Büro geworden.\n\n{complaint}\n\nIch verlange nichts Besonderes, nur das, wofür ich bezahle. Ich warte auf Ihre Antwort.\n\n{full}",
    ],
    "en": [
        "Hello,\n\nI'm writing calmly, though I'm not calm. My mum broke her hip this month and I've been back and forth to the hospital, working wherever I can. Deskora {town} was the one fixed point in my week.\n\n{complaint}\n\nYou'll understand I've no energy to chase anyone this month. I'd just like it sorted without ringing ten times.\n\nKind regards\n{full}"
    ],
    "es": [
        "Hola:\n\nOs escribo con calma, aunque no la tengo. Este mes operaron a mi padre y voy y vengo del hospital, trabajando donde puedo. Deskora {town} era lo único fijo de mi semana.\n\n{complaint}\n\nEntenderéis que este mes no tengo fuerzas para perseguir a nadie. Solo quiero que se arregle sin llamar diez veces.\n\nUn saludo\n{full}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris au calme, même si je ne le suis pas. Ma mère s'est cassé le col du fémur ce mois-ci et je fais des allers-retours à l'hôpital en travaillant où je peux. Le Deskora de {town} était le seul point fixe de ma semaine.\n\n{complaint}\n\nVous comprendrez que je n'ai pas l'énergie de courir après qui que ce soit. Je voudrais juste que ce soit réglé sans appeler dix fois.\n\nCordialement\n{full}"
    ],
    "pt": [
        "Olá,\n\nEscrevo com calma, embora não esteja calm[[a|o]]. Este mês a minha mãe partiu a anca e ando entre o hospital e o trabalho, onde calha. O Deskora {town} era o único ponto fixo da minha semana.\n\n{complaint}\n\nCompreenderão que este mês não tenho forças para andar atrás de ninguém. Só quero que se resolva sem ligar dez vezes.\n\nCumprimentos\n{full}"
    ],
}
#: Six slide steps, mild to angry; the last names a competitor but does not leave now.
SLIDE: dict[str, list[str]] = {
    "it": [
        "Da qualche settimana l'app di @Deskora ci mette un'eternità a generare il QR. Piccolezza, ma la mattina conta",
        "Un po' delus[[a|o]] dall'aumento: il Flex da 149 a 169 € senza una parola di spiegazione @Deskora",
        "Seconda volta in dieci giorni che la mia postazione fissa la trovo occupata. Mah @Deskora",
        "Il chatbot di @Deskora non capisce 'spostare la prenotazione'. Tre giorni per una risposta sbagliata",
        "Furios[[a|o]]: mi avete addebitato un armadietto che non ho mai chiesto @Deskora. Basta",
        "Va bene, ho capito. Stasera guardo quanto costa lo Spazeo in centro per lo stesso pass",
    ],
    "de": [
        "Seit ein paar Wochen braucht die @Deskora App ewig für den QR-Code. Kleinigkeit, aber morgens zählt das",
        "Etwas enttäuscht von der Erhöhung: Flex-Pass von 149 auf 169 € ohne ein Wort Erklärung @Deskora",
        "Zum zweiten Mal in zehn Tagen ist mein Fixplatz besetzt. Naja @Deskora",
        "Der Chatbot von @Deskora versteht 'Buchung verschieben' nicht. Drei Tage für eine falsche Antwort",
        "Stinksauer: ihr habt mir ein Schließfach berechnet, das ich nie bestellt habe @Deskora. Jetzt reicht's",
        "Gut, verstanden. Heute Abend schaue ich, was Workabi für denselben Pass nimmt",
    ],
    "en": [
        "The @Deskora app's been taking ages to load the QR for a few weeks. Small thing, but mornings matter",
        "Bit disappointed by the price rise, Flex from 149 to 169 with no explanation @Deskora",
        "Second time in ten days my fixed desk's taken. Hmm @Deskora",
        "@Deskora chatbot doesn't understand 'move my booking'. Three days for a wrong answer",
        "Fuming: charged for a locker I never asked for @Deskora. Enough",
        "Right. Tonight I'm checking what Spazeo charges for the same pass",
    ],
    "es": [
        "Desde hace semanas la app de @Deskora tarda una eternidad en sacar el QR. Es poca cosa, pero por la mañana cuenta",
        "Un poco decepcionad[[a|o]] con la subida: el Flex de 149 a 169 € sin explicación @Deskora",
        "Segunda vez en diez días que mi mesa fija está ocupada. En fin @Deskora",
        "El chatbot de @Deskora no entiende 'mover la reserva'. Tres días para una respuesta equivocada",
        "Hart[[a|o]]: me habéis cobrado una taquilla que nunca pedí @Deskora. Ya está bien",
        "Vale. Esta noche miro cuánto cobra Workabi por el mismo pase",
    ],
    "fr": [
        "Depuis quelques semaines l'appli @Deskora met une éternité à afficher le QR. Détail, mais le matin ça compte",
        "Un peu [[déçue|déçu]] par la hausse : le Flex de 149 à 169 € sans explication @Deskora",
        "Deuxième fois en dix jours que ma place fixe est prise. Bof @Deskora",
        "Le chatbot @Deskora ne comprend pas 'déplacer ma réservation'. Trois jours pour une mauvaise réponse",
        "Furieu[[se|x]] : facturé[[e|]] pour un casier jamais demandé @Deskora. Ça suffit",
        "Bon. Ce soir je regarde ce que Spazeo demande pour le même pass",
    ],
    "pt": [
        "Há umas semanas que a app @Deskora demora uma eternidade a mostrar o QR. Pormenor, mas de manhã conta",
        "Um bocado desiludid[[a|o]] com o aumento: Flex de 149 para 169 € sem explicação @Deskora",
        "Segunda vez em dez dias que a minha mesa fixa está ocupada. Enfim @Deskora",
        "O chatbot @Deskora não percebe 'mudar a reserva'. Três dias para uma resposta errada",
        "Furios[[a|o]]: cobraram-me um cacifo que nunca pedi @Deskora. Chega",
        "Pronto. Hoje à noite vejo quanto o Workabi cobra pelo mesmo passe",
    ],
}
#: Leavers: stopping for a life reason, asking to cancel and close the account.
LEAVE: dict[str, list[str]] = {
    "it": [
        "Buongiorno, dal mese prossimo inizio un lavoro da dipendente con ufficio in sede, quindi vorrei disdire l'abbonamento e chiudere l'account. È stato un bel periodo, grazie.",
        "Ciao, ci trasferiamo a Lisbona a fine mese. Vorrei annullare l'abbonamento e cancellare il mio account Deskora. Grazie di tutto",
    ],
    "de": [
        "Guten Tag, ab nächstem Monat bin ich fest angestellt mit Büro in der Firma. Ich möchte das Abo kündigen und mein Konto schließen. War eine schöne Zeit, danke.",
        "Hallo, wir ziehen Ende des Monats nach Kopenhagen. Bitte kündigt mein Abo und löscht mein Deskora-Konto. Danke für alles",
    ],
    "en": [
        "Hi, I'm starting a staff job with an office from next month, so I'd like to cancel my membership and close the account. It's been great, thanks."
    ],
    "es": [
        "Hola, el mes que viene empiezo en una empresa con oficina, así que quiero dar de baja la cuota y cerrar mi cuenta. Ha sido genial, gracias."
    ],
    "fr": [
        "Bonjour, je commence un CDI avec bureau le mois prochain, je voudrais résilier l'abonnement et fermer mon compte. C'était super, merci."
    ],
    "pt": [
        "Olá, no próximo mês começo num emprego com escritório, por isso queria cancelar a mensalidade e fechar a conta. Foi ótimo, obrigad[[a|o]]."
    ],
}
LEAVE_REPLY: dict[str, str] = {
    "it": "Ciao {name}, grazie per questi mesi insieme e in bocca al lupo! Puoi disdire [[da sola|da solo]] in app o sul sito, in Profilo > Abbonamento > Disdici: l'account si chiude subito dopo.",
    "de": "Hallo {name}, danke für die gemeinsame Zeit und alles Gute! Du kannst selbst in der App oder auf der Website kündigen, unter Profil > Abo > Kündigen: das Konto wird danach geschlossen.",
    "en": "Hi {name}, thanks for your time with us and best of luck! You can cancel yourself in the app or on the website, under Profile > Membership > Cancel: the account closes right after.",
    "es": "Hola {name}, ¡gracias por este tiempo y mucha suerte! Puedes darte de baja tú mism[[a|o]] en la app o en la web, en Perfil > Cuota > Baja: la cuenta se cierra justo después.",
    "fr": "Bonjour {name}, merci pour ces mois avec nous et bonne continuation ! Vous pouvez résilier vous-même dans l'appli ou sur le site, Profil > Abonnement > Résilier : le compte est fermé juste après.",
    "pt": "Olá {name}, obrigado por este tempo e boa sorte! Podes cancelar sozinh[[a|o]] na app ou no site, em Perfil > Mensalidade > Cancelar: a conta fecha logo a seguir.",
}
CANCEL_REASON: dict[str, list[str]] = {
    "it": ["nuovo lavoro con ufficio", "trasferimento all'estero", ""],
    "de": ["neue Stelle mit Büro", "Umzug ins Ausland", ""],
    "en": ["new job with an office", ""],
    "es": ["trabajo nuevo con oficina", ""],
    "fr": ["nouveau poste avec bureau", ""],
    "pt": ["emprego novo com escritório", ""],
}
GRUMPY: dict[str, list[str]] = {
    "it": [
        "L'app mi slogga a ogni aggiornamento, e devo rifare il login con la doppia verifica. Ogni volta.",
        "La macchinetta del caffè del secondo piano fa acqua sporca, non caffè.",
        "Perché la cabina telefonica si prenota solo a ore intere? Mi servono 20 minuti.",
        "La sedia della postazione 14 cigola da mesi, qualcuno la cambia?",
        "Ma la fattura elettronica deve proprio arrivare il 10 del mese dopo?",
        "Di nuovo musica alta in area relax. C'è gente che lavora.",
        "il parcheggio bici è sempre pieno alle 9",
    ],
    "de": [
        "Die App loggt mich nach jedem Update aus, und ich muss mich mit Zwei-Faktor neu anmelden. Jedes Mal.",
        "Die Kaffeemaschine im 2. Stock macht braunes Wasser, keinen Kaffee.",
        "Warum kann man die Telefonbox nur stundenweise buchen? Ich brauche 20 Minuten.",
        "Der Stuhl an Platz 14 quietscht seit Monaten, tauscht den mal jemand?",
        "Muss die Rechnung wirklich erst am 10. des Folgemonats kommen?",
        "Schon wieder laute Musik in der Lounge. Hier arbeiten Leute.",
        "die fahrradständer sind um 9 immer voll",
    ],
    "en": [
        "The app logs me out after every update and I have to do two-factor again. Every time.",
        "The coffee machine on the 2nd floor makes brown water, not coffee.",
        "Why can the phone booth only be booked by the hour? I need 20 minutes.",
        "Chair at desk 14 has been squeaking for months.",
        "Loud music in the lounge again. People are working.",
    ],
    "es": [
        "La app me desconecta con cada actualización y tengo que volver a hacer la doble verificación. Siempre.",
        "La cafetera del segundo piso hace agua marrón, no café.",
        "¿Por qué la cabina solo se reserva por horas enteras? Necesito 20 minutos.",
        "La silla del puesto 14 chirría desde hace meses.",
        "Otra vez música alta en la zona relax. Hay gente trabajando.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque mise à jour et je dois refaire la double authentification. À chaque fois.",
        "La machine à café du 2e fait de l'eau marron, pas du café.",
        "Pourquoi la cabine ne se réserve qu'à l'heure ? J'ai besoin de 20 minutes.",
        "La chaise du poste 14 grince depuis des mois.",
        "Encore de la musique forte au salon. Il y a des gens qui bossent.",
    ],
    "pt": [
        "A app desliga-me a cada atualização e tenho de refazer a dupla autenticação. Sempre.",
        "A máquina de café do 2.º andar faz água castanha, não café.",
        "Porque é que a cabine só se reserva à hora? Preciso de 20 minutos.",
        "A cadeira do posto 14 range há meses.",
        "Outra vez música alta na zona lounge. Há gente a trabalhar.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "it": [
        "Adoro quando l'app di @Deskora mi ricorda la prenotazione della sala… due ore dopo la riunione 🙃",
        "Bellissimo il nuovo 'silenzio' del piano open space @Deskora, sembra un mercato del sabato 🙃",
    ],
    "de": [
        "Ich liebe es, wenn mich die @Deskora App an meine Raumbuchung erinnert… zwei Stunden nach dem Meeting 🙃",
        "Die neue 'Ruhezone' im @Deskora ist herrlich, klingt wie der Wochenmarkt 🙃",
    ],
    "en": [
        "Love it when the @Deskora app reminds me of my room booking… two hours after the meeting 🙃"
    ],
    "es": [
        "Me encanta cuando la app de @Deskora me recuerda la reserva… dos horas después de la reunión 🙃"
    ],
    "fr": [
        "J'adore quand l'appli @Deskora me rappelle ma réservation… deux heures après la réunion 🙃"
    ],
    "pt": [
        "Adoro quando a app @Deskora me lembra a reserva da sala… duas horas depois da reunião 🙃"
    ],
}
#: A mild grumble (chat or web form) and its reply.
MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Le foto delle sale sull'app sono sgranate sul tablet, non si capisce quanto sono grandi",
            "Grazie della segnalazione! Le giriamo al team app, nel frattempo le misure sono nella scheda della sala.",
        ),
        (
            "la mappa dei posti liberi la mattina ci mette un po' a caricare",
            "Grazie, l'abbiamo segnalato al team tecnico.",
        ),
    ],
    "de": [
        (
            "Die Raumfotos in der App sind auf dem Tablet unscharf, man sieht nicht, wie groß die Räume sind",
            "Danke für den Hinweis! Geben wir ans App-Team weiter, die Maße stehen solange in der Raumbeschreibung.",
        ),
        (
            "der Platzplan lädt morgens ziemlich langsam",
            "Danke, haben wir ans Technik-Team gemeldet.",
        ),
    ],
    "en": [
        (
            "Room photos in the app are blurry on a tablet, can't tell how big they are",
            "Thanks for flagging! Passed to the app team; sizes are in the room description meanwhile.",
        )
    ],
    "es": [
        (
            "Las fotos de las salas en la app se ven borrosas en la tablet",
            "¡Gracias por avisar! Lo pasamos al equipo de la app.",
        )
    ],
    "fr": [
        (
            "Les photos des salles dans l'appli sont floues sur tablette",
            "Merci du signalement ! Transmis à l'équipe appli.",
        )
    ],
    "pt": [
        (
            "As fotos das salas na app ficam desfocadas no tablet",
            "Obrigado pelo aviso! Passámos à equipa da app.",
        )
    ],
}
#: The spike: the door QR refused with error Q-417.
SPIKE: dict[str, list[str]] = {
    "it": [
        "Tutti fuori dal Deskora di {town}: il QR dà 'Codice non valido (Q-417)' a chiunque. Saremo in 15 sul marciapiede",
        "QR rifiutato con errore Q-417, non si entra. Ho una call tra 10 minuti, che faccio?",
        "@Deskora porta bloccata, l'app dice Q-417 codice non valido. Succede solo a me?",
        "errore Q-417 sul QR della porta, provato tre volte e riavviato il telefono. niente",
    ],
    "de": [
        "Alle stehen vor dem Deskora {town}: der QR-Code zeigt 'Code ungültig (Q-417)' bei jedem. Wir sind 15 Leute auf dem Gehweg",
        "QR abgelehnt mit Fehler Q-417, man kommt nicht rein. Call in 10 Minuten, was jetzt?",
        "@Deskora Tür zu, App sagt Q-417 Code ungültig. Nur bei mir?",
        "fehler Q-417 beim tür-QR, dreimal probiert, handy neu gestartet. nichts",
    ],
    "en": [
        "Whole queue outside Deskora {town}, QR says 'Invalid code (Q-417)' for everyone",
        "@Deskora door won't open, app says Q-417 invalid code. Just me?",
    ],
    "es": [
        "Todos fuera de Deskora {town}: el QR da 'Código no válido (Q-417)' a todo el mundo",
        "@Deskora puerta bloqueada, la app dice Q-417 código no válido. ¿Solo a mí?",
    ],
    "fr": [
        "Tout le monde dehors au Deskora {town} : le QR affiche 'Code invalide (Q-417)' pour tous",
        "@Deskora porte bloquée, l'appli dit Q-417 code invalide. Que moi ?",
    ],
    "pt": ["Toda a gente à porta do Deskora {town}: o QR dá 'Código inválido (Q-417)' a todos"],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "it": [
        "Sempre Q-417, sempre fuori. Provato anche con il QR di una collega, uguale. E in chat non risponde nessuno",
        "Ancora Q-417 dopo mezz'ora. Sto lavorando dal bar di fronte, grazie eh",
    ],
    "de": [
        "Immer noch Q-417, immer noch draußen. Mit dem QR einer Kollegin probiert, dasselbe. Und im Chat antwortet keiner",
        "Nach einer halben Stunde immer noch Q-417. Ich sitze im Café gegenüber, danke auch",
    ],
    "en": ["Still Q-417, still outside. Tried a colleague's QR too, same. Nobody on the chat"],
    "es": [
        "Sigue el Q-417, seguimos fuera. Probé con el QR de una compañera, igual. Y en el chat nadie"
    ],
    "fr": [
        "Toujours Q-417, toujours dehors. Essayé avec le QR d'une collègue, pareil. Et personne au chat"
    ],
    "pt": [
        "Continua o Q-417, continuamos à porta. Tentei com o QR de uma colega, igual. E no chat ninguém"
    ],
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Ciao {name}, ci scusiamo per il problema di stamattina con il QR della porta (errore Q-417): è risolto dalle 09:10 e ti abbiamo accreditato un ingresso giornaliero.",
    "de": "Hallo {name}, entschuldige das Problem heute früh mit dem Tür-QR (Fehler Q-417): es ist seit 09:10 behoben, wir haben dir einen Tagespass gutgeschrieben.",
    "en": "Hi {name}, sorry about this morning's door QR problem (error Q-417): it's fixed since 09:10 and we've added a free day pass to your account.",
    "es": "Hola {name}, perdona el problema de esta mañana con el QR de la puerta (error Q-417): está resuelto desde las 09:10 y te hemos regalado un pase de día.",
    "fr": "Bonjour {name}, désolés pour le problème de ce matin avec le QR de la porte (erreur Q-417) : c'est réglé depuis 09h10 et un pass journée vous est offert.",
    "pt": "Olá {name}, desculpa o problema desta manhã com o QR da porta (erro Q-417): está resolvido desde as 09:10 e oferecemos-te um passe diário.",
}
#: Two lone questions before the spike, about a slow QR that did open.
LONE: list[tuple[str, str, str]] = [
    (
        "it",
        "ieri mattina il QR ci ha messo tipo 20 secondi prima di aprire, poi è andato. è normale?",
        "Ciao! Sì, se il telefono è offline il QR si rigenera in 15-20 secondi. Aprire l'app prima di arrivare aiuta.",
    ),
    (
        "de",
        "gestern früh hat der QR so 20 Sekunden gebraucht, dann ging die Tür auf. ist das normal?",
        "Hallo! Ja, ohne Netz erzeugt die App den Code neu, das dauert 15-20 Sekunden. App vorher öffnen hilft.",
    ),
]
