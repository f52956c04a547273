# ruff: noqa: E501
"""Wording of heldout208 (Petzuro: pet sitting, dog walking and pet boarding), by language.

Written from the stories, blind. Placeholders: pet, case, comp, name, when, colleague.
"""

from __future__ import annotations

LANGS = ("fr", "de", "en", "it", "pt", "es")

T = dict[str, list[str]]

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Inès",
        "Hugo",
        "Élodie",
        "Mathieu",
        "Sarah",
        "Bastien",
        "Margaux",
        "Yannick",
    ],
    "de": [
        "Jana",
        "Lukas",
        "Miriam",
        "Tobias",
        "Sophie",
        "Florian",
        "Katrin",
        "Jonas",
        "Hannah",
        "Matthias",
        "Lea",
        "Stefan",
        "Anja",
        "Moritz",
        "Nina",
        "Dominik",
    ],
    "en": [
        "Olivia",
        "Callum",
        "Grace",
        "Liam",
        "Ellie",
        "Rory",
        "Niamh",
        "Owen",
        "Hollie",
        "Declan",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Elisa",
        "Paolo",
        "Sara",
        "Luca",
        "Marta",
        "Fabio",
    ],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "Diogo", "Joana", "Nuno", "Rita", "Pedro"],
    "es": [
        "Lucía",
        "Álvaro",
        "Marta",
        "Sergio",
        "Paula",
        "Javier",
        "Nerea",
        "Iván",
        "Carmen",
        "Raúl",
    ],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Moreau",
        "Lefèvre",
        "Girard",
        "Bonnet",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Lambert",
        "Garnier",
        "Perrin",
        "Marchand",
        "Dupuis",
        "Renaud",
        "Collet",
        "Barbier",
        "Leclerc",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Krüger",
        "Wagner",
        "Lehmann",
        "Köhler",
        "Brandt",
        "Vogel",
        "Seidel",
        "Frank",
        "Keller",
        "Roth",
        "Bauer",
        "Winkler",
        "Graf",
    ],
    "en": [
        "Hughes",
        "Walsh",
        "Turner",
        "Murphy",
        "Clarke",
        "Byrne",
        "Ward",
        "Kelly",
        "Foster",
        "Doyle",
    ],
    "it": [
        "Ferri",
        "Galli",
        "Conti",
        "Marini",
        "Greco",
        "Rinaldi",
        "Bruno",
        "Testa",
        "Villa",
        "Sala",
    ],
    "pt": [
        "Sousa",
        "Pires",
        "Lopes",
        "Matos",
        "Nunes",
        "Faria",
        "Correia",
        "Moura",
        "Teixeira",
        "Campos",
    ],
    "es": [
        "Navarro",
        "Iglesias",
        "Molina",
        "Ortega",
        "Romero",
        "Delgado",
        "Castro",
        "Vidal",
        "Serrano",
        "Blanco",
    ],
}
PETS = [
    "Moka",
    "Filou",
    "Bruno",
    "Luna",
    "Pepper",
    "Nala",
    "Oskar",
    "Kiwi",
    "Balou",
    "Mia",
    "Toffee",
    "Leo",
    "Pippa",
    "Sushi",
    "Rocky",
    "Zorro",
]

SERVICES = [
    ("Overnight boarding, dog / Pension nuit, chien", "42.00"),
    ("Cat visit at home, 30 min / Visite chat à domicile", "16.50"),
    ("Group walk 60 min / Promenade groupe 60 min", "19.00"),
    ("Weekend boarding, cat / Pension week-end, chat", "58.00"),
    ("Day care, dog / Garderie de jour, chien", "31.00"),
    ("Puppy visit 3x day / Visite chiot 3x jour", "39.00"),
]
PAGES = [
    "/app/walks/live",
    "/sitters/near-me",
    "/club/membership",
    "/boarding/book",
    "/help/vaccinations",
    "/app/photos/today",
]
B2B_SERVICES = [
    ("Office dog day care, 10 days / Garderie bureau, 10 jours", "260.00"),
    ("Team pet-sitting pass, month / Pass garde équipe, mois", "480.00"),
]

PRAISE: T = {
    "fr": [
        "Merci Petzuro, {pet} est rentré tout content de sa promenade, et la photo de midi m'a fait ma journée",
        "Super pension, {pet} n'a même pas voulu repartir ce matin 😄",
        "la nounou de {pet} est une perle, ponctuelle et adorable",
    ],
    "de": [
        "Danke Petzuro! {pet} kam total ausgepowert und glücklich vom Gassi zurück",
        "Die Tagesbetreuung ist spitze, {pet} zieht morgens schon an der Leine Richtung Tür",
        "Unsere Sitterin hat sogar die Blumen gegossen. Tolle Leute!",
    ],
    "en": ["Honestly the best dog walker we've had, {pet} adores her. Cheers Petzuro"],
    "it": ["Grazie Petzuro, {pet} è tornato stanco e felicissimo dalla passeggiata"],
    "pt": ["Adorei a pensão da Petzuro, o {pet} voltou feliz e bem tratado"],
    "es": ["Gracias Petzuro, {pet} volvió reventado y feliz del paseo, las fotos geniales"],
}
AGAIN_PRAISE: T = {
    "fr": [
        "Troisième séjour de {pet} à la pension cette année et toujours aussi bien accueilli",
        "Encore une fois nickel, même promeneur que la semaine dernière",
    ],
    "de": [
        "Schon das dritte Mal diesen Monat und immer noch begeistert, {pet} liebt seine Gruppe",
        "Wieder derselbe nette Sitter wie letztes Mal, perfekt",
    ],
    "en": ["Third time this month and still spot on, {pet} runs to the door when the walker comes"],
    "it": ["Terza volta quest'anno e ancora tutto perfetto con {pet}"],
    "pt": ["Terceira vez este ano e continua impecável, obrigada"],
    "es": ["Tercera vez este mes y otra vez de diez, {pet} encantado"],
}
GRIPE_PRAISE: T = {
    "fr": [
        "Très contente du gardiennage, juste les photos qui arrivent en retard le soir. Sinon parfait",
        "Promenade top, seul bémol l'appli qui me déconnecte tout le temps",
    ],
    "de": [
        "Sehr zufrieden mit der Pension, nur die Abholzeit bis 18 Uhr ist knapp. Sonst gerne wieder",
        "Alles prima, nur die Rechnung kommt immer erst nach einer Woche",
    ],
    "en": ["Lovely sitter, only gripe is the app's map jumps about. Otherwise brill"],
    "it": ["Servizio ottimo, solo l'app un po' lenta la mattina"],
    "pt": ["Muito satisfeita, só o horário de entrega ao domingo é curto"],
    "es": ["Genial todo, solo que las fotos llegan tarde por la noche"],
}
QUESTION: T = {
    "fr": [
        "Bonjour, est-ce que je peux ajouter une promenade le samedi à mon abonnement ?",
        "bonjour, la pension accepte les chats diabétiques ? il lui faut une piqûre le soir",
    ],
    "de": [
        "Hallo, kann ich die Betreuung für {pet} um einen Tag verlängern?",
        "Kann der Sitter auch die Medikamente geben? {pet} bekommt morgens eine Tablette",
    ],
    "en": ["Hi, can I move Friday's walk to Thursday this week?"],
    "it": ["Ciao, posso aggiungere una visita domenica per {pet}?"],
    "pt": ["Olá, posso mudar o passeio de sexta para quinta?"],
    "es": ["Hola, ¿puedo añadir un paseo el sábado para {pet}?"],
}
ANSWER: T = {
    "fr": ["Bonjour, oui c'est fait, vous le voyez déjà dans l'appli. Bonne journée !"],
    "de": ["Hallo, ja, das ist erledigt und in der App sichtbar. Schönen Tag noch!"],
    "en": ["Hi, yes that's done and showing in the app now. Have a good day!"],
    "it": ["Ciao, sì, fatto: lo vedi già nell'app. Buona giornata!"],
    "pt": ["Olá, sim, já está feito e aparece na app. Bom dia!"],
    "es": ["Hola, sí, hecho, ya lo ves en la app. ¡Buen día!"],
}
THANKS: T = {
    "fr": ["top merci !", "Parfait, merci bcp"],
    "de": ["Super, danke!", "passt, merci 👍"],
    "en": ["ta, legend"],
    "it": ["grz mille!"],
    "pt": ["obg!!"],
    "es": ["genial, mil gracias"],
}
PHONE_Q: T = {
    "fr": [
        "oui bonjour je voulais savoir si la promeneuse peut passer plus tôt jeudi parce que je pars à sept heures",
        "bonjour c'est pour la pension de noël est-ce qu'il reste de la place pour un chat",
    ],
    "de": [
        "ja hallo ich wollte fragen ob die Sitterin am Donnerstag auch früher kommen kann ich muss um sieben los",
        "guten Tag ich rufe wegen der Pension an Weihnachten an ist da noch was frei für eine Katze",
    ],
    "en": [
        "hi yeah just wondering if the walker can come a bit earlier on thursday i leave at seven"
    ],
    "it": ["pronto buongiorno volevo sapere se la dog sitter può venire prima giovedì"],
    "pt": ["olá bom dia queria saber se a pet sitter pode vir mais cedo na quinta"],
    "es": ["hola buenos días quería saber si la paseadora puede venir antes el jueves"],
}
PHONE_FOLLOW: T = {
    "fr": ["Bonjour, suite à votre appel : c'est noté dans votre réservation. L'équipe Petzuro"],
    "de": ["Hallo, wie am Telefon besprochen: Das ist in Ihrer Buchung vermerkt. Ihr Petzuro-Team"],
    "en": ["Hi, following your call: that's noted on your booking. The Petzuro team"],
    "it": ["Buongiorno, come da telefonata: è annotato nella prenotazione. Il team Petzuro"],
    "pt": ["Olá, como falámos ao telefone: ficou registado na reserva. Equipa Petzuro"],
    "es": ["Hola, como hablamos por teléfono: queda anotado en tu reserva. El equipo Petzuro"],
}
NIGHT_POST: T = {
    "fr": [
        "3h du mat, {pet} ronfle à côté de moi et je réserve déjà sa pension d'août, merci Petzuro",
        "garde de nuit aux urgences, contente de savoir que {pet} est en pension chez vous",
    ],
    "de": [
        "Nachtschicht im Krankenhaus, und die Sitterin schickt mir ein Foto von {pet} im Körbchen. Danke Petzuro",
        "kann nicht schlafen, buche schon mal den Gassi-Plan für nächste Woche",
    ],
    "en": ["2am, can't sleep, booking {pet}'s holiday stay with Petzuro"],
    "it": ["turno di notte, che bello vedere la foto di {pet} che dorme"],
    "pt": ["insónia às 3h, a reservar a pensão do {pet} para agosto"],
    "es": ["las 2 de la mañana y reservando la guardería de {pet}, gracias Petzuro"],
}
NIGHT_Q: T = {
    "fr": ["bonsoir, je rentre demain à 6h, la pension ouvre à quelle heure ?"],
    "de": ["Hallo, noch wach? Ab wann kann ich {pet} morgen abholen?"],
    "en": ["evening, what time can I pick {pet} up tomorrow?"],
    "it": ["buonasera, a che ora posso riprendere {pet} domani?"],
    "pt": ["boa noite, a que horas posso ir buscar o {pet} amanhã?"],
    "es": ["buenas noches, ¿a qué hora puedo recoger a {pet} mañana?"],
}
NIGHT_A: T = {
    "fr": ["Bonsoir, la pension ouvre à 7h30, à demain !"],
    "de": ["Guten Abend, ab 7:30 Uhr, bis morgen!"],
    "en": ["Evening, from 7:30, see you tomorrow!"],
    "it": ["Buonasera, dalle 7:30, a domani!"],
    "pt": ["Boa noite, a partir das 7h30, até amanhã!"],
    "es": ["Buenas noches, desde las 7:30, ¡hasta mañana!"],
}
REVIEW: T = {
    "fr": ["Pension propre, personnel attentionné, {pet} revient détendu"],
    "de": ["Saubere Pension, liebevolle Betreuung, {pet} kommt entspannt heim"],
    "en": ["Clean, kind staff, {pet} comes home relaxed"],
    "it": ["Pensione pulita, personale attento, {pet} torna sereno"],
    "pt": ["Pensão limpa, pessoal atencioso, o {pet} volta tranquilo"],
    "es": ["Residencia limpia, personal atento, {pet} vuelve tranquilo"],
}
SURVEY_WORD: T = {
    "fr": ["", "parfait", "👍"],
    "de": ["", "top", "❤️"],
    "en": ["", "great"],
    "it": ["", "ottimo"],
    "pt": ["", "ótimo"],
    "es": ["", "genial"],
}
LOW_WORD: T = {
    "fr": ["", "nul"],
    "de": ["", "schlecht"],
    "en": ["", "poor"],
    "it": ["", "pessimo"],
    "pt": ["", "mau"],
    "es": ["", "fatal"],
}

PROBLEMS = ("no_show", "double_charge", "pet_hurt", "refund")
COMPLAINT: dict[str, T] = {
    "no_show": {
        "fr": [
            "Personne n'est venu promener {pet} aujourd'hui alors que l'appli dit PROMENADE FAITE. Il a fait pipi partout, c'est inadmissible",
            "la promeneuse n'est JAMAIS venue, {pet} est resté enfermé 9h. L'appli indique terminé à 12h04",
        ],
        "de": [
            "Heute ist NIEMAND zum Gassi gekommen, aber die App sagt ERLEDIGT. {pet} war neun Stunden allein",
            "die Sitterin ist nicht aufgetaucht, Katzenklo voll, Napf leer, und die App zeigt Besuch beendet",
        ],
        "en": [
            "Nobody turned up to walk {pet} today but the app says COMPLETED. He was shut in for nine hours"
        ],
        "it": [
            "Oggi NESSUNO è venuto a portare fuori {pet} ma l'app dice completato. Inaccettabile"
        ],
        "pt": ["Hoje NINGUÉM veio passear o {pet} mas a app diz concluído. Inaceitável"],
        "es": ["Hoy NADIE vino a pasear a {pet} y la app dice COMPLETADO. Nueve horas encerrado"],
    },
    "double_charge": {
        "fr": [
            "On m'a prélevé DEUX FOIS la pension de {pet} (2 x 126 €), remboursez-moi le doublon",
            "double débit pour le même séjour, mon découvert a sauté à cause de vous",
        ],
        "de": [
            "Die Pension für {pet} wurde ZWEIMAL abgebucht, 2 x 126 €. Bitte sofort zurück",
            "doppelte Abbuchung für denselben Aufenthalt, jetzt ist mein Konto im Minus",
        ],
        "en": ["You've charged me TWICE for {pet}'s stay, £108 each. Refund the second one please"],
        "it": ["Mi avete addebitato DUE VOLTE la pensione di {pet}, 126 € ciascuna"],
        "pt": ["Cobraram DUAS VEZES a pensão do {pet}, 126 € cada"],
        "es": ["Me habéis cobrado DOS VECES la residencia de {pet}, 126 € cada una"],
    },
    "pet_hurt": {
        "fr": [
            "{pet} est revenu de la pension avec une plaie à la patte et personne ne m'a prévenu. Facture véto 85 €",
            "récupéré {pet} ce soir, il boite et a une coupure, aucune explication à l'accueil",
        ],
        "de": [
            "{pet} kam mit einer offenen Pfote aus der Pension und keiner hat was gesagt. Tierarzt 85 €",
            "hab {pet} abgeholt, er humpelt und hat eine Schnittwunde, niemand wusste wieso",
        ],
        "en": ["{pet} came back from boarding with a cut paw and nobody told me. Vet bill £72"],
        "it": ["{pet} è tornato dalla pensione con una zampa ferita e nessuno mi ha avvisato"],
        "pt": ["O {pet} voltou da pensão com a pata ferida e ninguém me avisou"],
        "es": ["{pet} volvió de la residencia con la pata herida y nadie me avisó"],
    },
    "refund": {
        "fr": [
            "J'ai annulé la pension il y a trois semaines, toujours pas remboursée de mes 210 €",
            "TROIS semaines que j'attends le remboursement de ma réservation annulée",
        ],
        "de": [
            "Vor drei Wochen storniert und die 210 € sind immer noch nicht zurück",
            "DREI Wochen warte ich jetzt auf meine Erstattung für die stornierte Pension",
        ],
        "en": ["Cancelled three weeks ago and still no refund of my £180"],
        "it": ["Ho annullato tre settimane fa e ancora nessun rimborso dei 210 €"],
        "pt": ["Cancelei há três semanas e ainda nada de reembolso dos 210 €"],
        "es": ["Cancelé hace tres semanas y sigo sin el reembolso de 210 €"],
    },
}
TOPIC_WORD: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "promenade non effectuée",
        "de": "Gassi nicht erfolgt",
        "en": "walk never happened",
        "it": "passeggiata mai fatta",
        "pt": "passeio não feito",
        "es": "paseo no realizado",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
        "es": "cobro doble",
    },
    "pet_hurt": {
        "fr": "animal blessé",
        "de": "Tier verletzt",
        "en": "pet injured",
        "it": "animale ferito",
        "pt": "animal ferido",
        "es": "mascota herida",
    },
    "refund": {
        "fr": "remboursement",
        "de": "Erstattung",
        "en": "refund",
        "it": "rimborso",
        "pt": "reembolso",
        "es": "reembolso",
    },
}
COMPLAINT_SUBJ: dict[str, str] = {
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}
CASE_SUBJ: dict[str, str] = {
    "fr": "RE : Dossier ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
    "es": "RE: Incidencia ",
}
PHONE_COMPLAINT: T = {
    "fr": [
        "oui bonjour je vous appelle parce que {what} et franchement j'en ai marre personne ne répond"
    ],
    "de": ["ja hallo ich rufe an weil {what} und ehrlich gesagt bin ich total sauer"],
    "en": ["hi yeah i'm calling because {what} and honestly i'm fuming"],
    "it": ["pronto sì chiamo perché {what} e sono davvero arrabbiata"],
    "pt": ["olá sim estou a ligar porque {what} e estou mesmo chateada"],
    "es": ["hola sí llamo porque {what} y estoy muy enfadada"],
}
LONG_EMAIL: T = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma mère, entre deux rendez-vous, donc pardon pour la forme. Cela fait deux ans que je confie {pet} à Petzuro et je n'ai jamais eu à me plaindre, je vous ai même recommandés à mes voisins.\n\nMais cette fois : {what}. J'ai essayé le chat, on m'a répondu « on transmet ». Je veux une explication écrite et une solution cette semaine.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter, entschuldigen Sie also die Kürze. Seit drei Jahren ist {pet} bei Ihnen in Betreuung und ich war immer sehr froh darüber.\n\nAber diesmal: {what}. Am Chat hieß es nur, man leite das weiter. Ich erwarte bis Ende der Woche eine schriftliche Erklärung und eine Lösung.\n\nMit freundlichen Grüßen\n{name}"
    ],
}
WHAT: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "personne n'est venu promener mon chien alors que l'appli dit promenade faite",
        "de": "niemand ist zum Gassi gekommen obwohl die App erledigt zeigt",
        "en": "nobody came for the walk but the app says completed",
        "it": "nessuno è venuto per la passeggiata ma l'app dice fatto",
        "pt": "ninguém veio para o passeio mas a app diz feito",
        "es": "nadie vino al paseo pero la app dice hecho",
    },
    "double_charge": {
        "fr": "vous m'avez prélevé deux fois la pension",
        "de": "Sie haben die Pension zweimal abgebucht",
        "en": "you charged me twice for the stay",
        "it": "mi avete addebitato due volte la pensione",
        "pt": "cobraram duas vezes a pensão",
        "es": "me cobrasteis dos veces la residencia",
    },
    "pet_hurt": {
        "fr": "mon chien est revenu de pension blessé à la patte sans que personne ne me prévienne",
        "de": "mein Hund kam verletzt aus der Pension und keiner hat es mir gesagt",
        "en": "my dog came back from boarding hurt and nobody told me",
        "it": "il mio cane è tornato ferito dalla pensione",
        "pt": "o meu cão voltou ferido da pensão",
        "es": "mi perro volvió herido de la residencia",
    },
    "refund": {
        "fr": "j'attends depuis trois semaines le remboursement d'une pension annulée",
        "de": "ich warte seit drei Wochen auf die Erstattung einer stornierten Pension",
        "en": "i've waited three weeks for a refund on a cancelled stay",
        "it": "aspetto da tre settimane un rimborso",
        "pt": "espero há três semanas um reembolso",
        "es": "llevo tres semanas esperando un reembolso",
    },
}
CASE_OPENED: T = {
    "fr": [
        "Bonjour {name}, nous sommes désolés. Votre dossier {case} est ouvert, un conseiller revient vers vous sous 24 h."
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns innerhalb von 24 Stunden."
    ],
    "en": [
        "Hi {name}, we're sorry. Your case {case} is open and we'll be back to you within 24 hours."
    ],
    "it": ["Ciao {name}, ci dispiace. La pratica {case} è aperta, ti ricontattiamo entro 24 ore."],
    "pt": [
        "Olá {name}, lamentamos. O processo {case} está aberto, voltamos a contactar em 24 horas."
    ],
    "es": [
        "Hola {name}, lo sentimos. Tu incidencia {case} está abierta, te contestamos en 24 horas."
    ],
}
GOOD_NEWS: T = {
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?"
    ],
    "de": ["Gute Nachricht zu Vorgang {case}: Das ist bei uns erledigt. Können Sie es bestätigen?"],
    "en": ["Good news on case {case}: it's sorted on our side. Could you confirm?"],
    "it": ["Buone notizie sulla pratica {case}: risolto da parte nostra. Puoi confermare?"],
    "pt": ["Boas notícias sobre o processo {case}: resolvido do nosso lado. Pode confirmar?"],
    "es": [
        "Buenas noticias sobre la incidencia {case}: resuelto por nuestra parte. ¿Puedes confirmarlo?"
    ],
}
CONFIRM: T = {
    "fr": ["Confirmé pour le dossier {case}, tout est bon, merci !"],
    "de": ["Vorgang {case}: bestätigt, alles gut, danke!"],
    "en": ["Confirmed for {case}, all good now, thanks!"],
    "it": ["Confermo per {case}, tutto a posto, grazie!"],
    "pt": ["Confirmo o {case}, está tudo bem, obrigado!"],
    "es": ["Confirmado lo de {case}, todo bien, ¡gracias!"],
}
APOLOGY: T = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite"],
    "de": ["Sorry für meinen Ton gestern, war echt gestresst. Danke fürs schnelle Kümmern"],
    "en": ["Sorry for yesterday's rant, was at the end of my rope. Thanks for sorting it"],
    "it": ["Scusate per il messaggio di ieri, ero esausta. Grazie"],
    "pt": ["Desculpem a mensagem de ontem, estava exausta. Obrigada"],
    "es": ["Perdón por lo de ayer, estaba desbordada. Gracias por arreglarlo"],
}
STILL_OPEN: T = {
    "fr": [
        "Dossier {case} : toujours rien, le problème n'est PAS réglé. Je relance encore",
        "je reviens vers vous pour le dossier {case}, toujours ouvert, toujours aucune nouvelle",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts passiert, das Problem ist NICHT gelöst",
        "ich melde mich wieder wegen {case}, immer noch offen, keine Antwort",
    ],
    "en": ["Case {case}: still nothing, the problem is NOT sorted"],
    "it": ["Pratica {case}: ancora niente, il problema NON è risolto"],
    "pt": ["Processo {case}: ainda nada, o problema NÃO está resolvido"],
    "es": ["Incidencia {case}: sigo igual, el problema NO está resuelto"],
}
THIRD: T = {
    "fr": ["Ma voisine fait garder son chien chez {comp} et eux règlent ça dans la journée."],
    "de": ["Eine Kollegin bucht bei {comp} und dort wird sowas am selben Tag geklärt."],
    "en": ["I've looked at what {comp} charges, just saying."],
    "it": ["Ho guardato i prezzi di {comp}, sappiatelo."],
    "pt": ["Já fui ver os preços da {comp}."],
    "es": ["Ya he mirado lo que cobra {comp}."],
}
FOURTH: T = {
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "de": ["Das ist jetzt das VIERTE Mal."],
    "en": ["This is the FOURTH time."],
    "it": ["È la QUARTA volta."],
    "pt": ["É a QUARTA vez."],
    "es": ["Es la CUARTA vez."],
}
URGENT: T = {
    "fr": ["Ajouté à votre dossier {case}, marqué urgent."],
    "de": ["Zu Vorgang {case} hinzugefügt, als dringend markiert."],
    "en": ["Added to your case {case}, marked urgent."],
    "it": ["Aggiunto alla pratica {case}, segnato urgente."],
    "pt": ["Adicionado ao processo {case}, marcado urgente."],
    "es": ["Añadido a tu incidencia {case}, marcado urgente."],
}
QUALITY: T = {
    "fr": [
        "Votre dossier {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "it": [
        "La pratica {case} è ora dalla nostra responsabile qualità, che ti chiama entro venerdì."
    ],
    "pt": ["O processo {case} está com a nossa responsável de qualidade, que liga até sexta."],
    "es": [
        "Tu incidencia {case} está con nuestra responsable de calidad, que te llama antes del viernes."
    ],
}
SLIDE: T = {
    "fr": [
        "La promeneuse est arrivée avec 1h de retard sans prévenir, {pet} attendait à la porte",
        "Encore une nouvelle promeneuse, la troisième ce mois-ci. {pet} ne comprend plus rien",
        "Plus de photos dans l'appli depuis trois jours. On paie pour quoi ?",
        "Le prix du Club augmente de 30 % et on le découvre sur la facture. Sympa",
        "Je suis FURIEUSE : 25 € de « frais de toilettage » pour un chien rendu propre, photos à l'appui",
        "Ma sœur passe par {comp} depuis l'été, j'ai réservé la pension de Noël là-bas",
    ],
    "de": [
        "Die Sitterin kam eine Stunde zu spät ohne Bescheid, {pet} stand an der Tür",
        "Schon wieder eine neue Gassigeherin, die dritte diesen Monat",
        "Seit drei Tagen keine Fotos mehr in der App. Wofür zahlen wir eigentlich?",
        "Club-Preis plus 30 % und man erfährt es aus der Rechnung. Klasse",
        "Ich bin SAUER: 25 € Fellpflegegebühr für einen sauber abgeholten Hund, mit Fotos",
        "Mein Schwager geht seit dem Sommer zu {comp}, ich hab die Weihnachtspension dort gebucht",
    ],
    "en": [
        "Walker turned up an hour late, no message, {pet} waiting at the door",
        "Yet another new walker, the third this month",
        "No photos in the app for three days. What are we paying for?",
        "Club price up 30% and we find out from the invoice. Great",
        "FUMING: £22 grooming fee for a dog picked up clean, photos and all",
        "My sister's been with {comp} since summer, booked Christmas boarding there",
    ],
    "it": [
        "La dog sitter è arrivata con un'ora di ritardo senza avvisare",
        "Ennesima dog sitter nuova, la terza questo mese",
        "Niente foto nell'app da tre giorni. Per cosa paghiamo?",
        "Prezzo del Club +30 % scoperto in fattura. Bello",
        "ARRABBIATISSIMA: 25 € di toelettatura per un cane riconsegnato pulito",
        "Mia sorella usa {comp} da quest'estate, ho prenotato lì per Natale",
    ],
    "pt": [
        "A pet sitter chegou uma hora atrasada sem avisar",
        "Mais uma pet sitter nova, a terceira este mês",
        "Há três dias sem fotos na app. Pagamos para quê?",
        "Preço do Clube +30 % e só se sabe pela fatura. Lindo",
        "FURIOSA: 25 € de tosquia para um cão entregue limpo",
        "A minha irmã usa a {comp} desde o verão, reservei o Natal lá",
    ],
    "es": [
        "La paseadora llegó una hora tarde sin avisar",
        "Otra paseadora nueva, la tercera este mes",
        "Tres días sin fotos en la app. ¿Para qué pagamos?",
        "El Club sube un 30 % y te enteras por la factura. Genial",
        "FURIOSA: 25 € de peluquería por un perro recogido limpio",
        "Mi hermana está con {comp} desde verano, he reservado allí la Navidad",
    ],
}
CANCEL_REQ: T = {
    "fr": [
        "Bonjour, nous partons vivre chez mes parents qui ont un jardin, je n'aurai plus besoin du Club Petzuro. Merci de résilier mon abonnement et fermer mon compte.",
        "Bonjour, je télétravaille désormais à 100 %, je promène {pet} moi-même. Je souhaite résilier le Club et fermer le compte.",
    ],
    "de": [
        "Hallo, wir ziehen aufs Land zu meinen Eltern, den Petzuro Club brauche ich nicht mehr. Bitte kündigen Sie die Mitgliedschaft und schließen das Konto.",
        "Guten Tag, ich arbeite jetzt ganz im Homeoffice und gehe selbst mit {pet}. Bitte Club kündigen und Konto schließen.",
    ],
    "en": [
        "Hi, I'm working from home full time now and can walk {pet} myself. Please cancel my Club membership and close the account."
    ],
    "it": [
        "Buongiorno, ora lavoro da casa e porto fuori {pet} io. Vorrei disdire il Club e chiudere l'account."
    ],
    "pt": [
        "Olá, agora estou em teletrabalho e passeio o {pet} eu própria. Quero cancelar o Clube e fechar a conta."
    ],
    "es": [
        "Hola, ahora teletrabajo y paseo yo a {pet}. Quiero darme de baja del Club y cerrar la cuenta."
    ],
}
SORRY_GO: T = {
    "fr": [
        "Désolés de vous voir partir, {name}. Vous pouvez résilier vous-même dans l'appli ou sur le site."
    ],
    "de": [
        "Schade, dass Sie gehen, {name}. Sie können selbst in der App oder auf der Website kündigen."
    ],
    "en": ["Sorry to see you go, {name}. You can cancel yourself in the app or on the website."],
    "it": ["Ci dispiace vederti andare, {name}. Puoi disdire da solo nell'app o sul sito."],
    "pt": ["Lamentamos a sua saída, {name}. Pode cancelar na app ou no site."],
    "es": ["Sentimos que te vayas, {name}. Puedes darte de baja en la app o en la web."],
}
GRUMBLE: T = {
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible",
        "Le SMS de rappel à 6h du matin, vraiment ?",
        "Parking de la pension toujours plein le vendredi",
        "Promeneur changé sans prévenir, encore",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus, nervig",
        "Erinnerungs-SMS um 6 Uhr früh, echt jetzt?",
        "Parkplatz an der Pension freitags immer voll",
        "Sitter ohne Info getauscht, mal wieder",
    ],
    "en": ["App logs me out every single time", "Reminder text at 6am, really?"],
    "it": ["L'app mi disconnette ogni volta", "SMS di promemoria alle 6 del mattino, davvero?"],
    "pt": ["A app desliga-me a sessão sempre", "SMS de lembrete às 6h, a sério?"],
    "es": ["La app me cierra la sesión cada vez", "SMS de recordatorio a las 6, ¿en serio?"],
}
SARCASM: T = {
    "fr": ["Bravo la promenade « express » de 12 minutes pour un labrador 👏"],
    "de": ["Super, die Fotos von heute zeigen einen ganz anderen Hund 😂 Hauptsache süß"],
    "en": ["Love that the 'live' walk map shows {pet} swimming in the river 😂 he hates water"],
    "it": ["Fantastica la passeggiata 'lunga' di 15 minuti 👏"],
    "pt": ["Adorei o passeio 'longo' de 15 minutos 👏"],
    "es": ["Qué bien el paseo 'largo' de 15 minutos 👏"],
}
MILD: T = {
    "fr": ["Petit souci : la carte des promeneurs affiche la mauvaise ville"],
    "de": ["Kleinigkeit: Die Benachrichtigungen kommen auf Englisch statt Deutsch"],
    "en": ["Small thing: notifications come in Spanish for some reason"],
    "it": ["Piccola cosa: la mappa mostra la città sbagliata"],
    "pt": ["Pequena coisa: as notificações vêm em inglês"],
    "es": ["Una cosita: las notificaciones llegan en inglés"],
}
MILD_ACK: T = {
    "fr": ["Merci pour le signalement, c'est transmis à l'équipe appli."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben."],
    "en": ["Thanks for flagging, passed to the app team."],
    "it": ["Grazie della segnalazione, passata al team app."],
    "pt": ["Obrigado pelo aviso, passado à equipa da app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

B2B_PROBLEMS = ("invoice", "portal", "overbilled")
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "fr": [
            "Bonjour, nos factures Petzuro Work arrivent sans numéro de commande et au nom de l'ancienne société. Notre compta les rejette toutes.{more}"
        ],
        "de": [
            "Guten Tag, Ihre Petzuro-Work-Rechnungen kommen ohne Bestellnummer und auf den alten Firmennamen. Unsere Buchhaltung lehnt alle ab.{more}"
        ],
        "en": [
            "Hello, your Petzuro Work invoices come with no PO number and the old company name. Accounts reject every one.{more}"
        ],
        "it": [
            "Buongiorno, le fatture Petzuro Work arrivano senza numero d'ordine e con la vecchia ragione sociale.{more}"
        ],
        "pt": [
            "Bom dia, as faturas Petzuro Work chegam sem número de encomenda e com o nome antigo da empresa.{more}"
        ],
        "es": [
            "Buenos días, las facturas de Petzuro Work llegan sin número de pedido y con el nombre antiguo de la empresa.{more}"
        ],
    },
    "portal": {
        "fr": [
            "Le portail Petzuro Work n'affiche plus aucun salarié inscrit, impossible de réserver la garderie de bureau.{more}"
        ],
        "de": [
            "Im Petzuro-Work-Portal werden keine Mitarbeitenden mehr angezeigt, die Büro-Hundebetreuung lässt sich nicht buchen.{more}"
        ],
        "en": [
            "The Petzuro Work portal shows no enrolled staff any more, so nobody can book office dog care.{more}"
        ],
        "it": [
            "Il portale Petzuro Work non mostra più nessun dipendente, impossibile prenotare.{more}"
        ],
        "pt": ["O portal Petzuro Work não mostra nenhum colaborador, impossível reservar.{more}"],
        "es": ["El portal de Petzuro Work no muestra ningún empleado, imposible reservar.{more}"],
    },
    "overbilled": {
        "fr": [
            "On nous facture le tarif à la journée au lieu du forfait mensuel du contrat, plus de 600 € d'écart.{more}"
        ],
        "de": [
            "Uns wird der Tagessatz statt der vertraglichen Monatspauschale berechnet, über 600 € Unterschied.{more}"
        ],
        "en": [
            "We're billed the day rate instead of our contract monthly rate, over £500 difference.{more}"
        ],
        "it": [
            "Ci fatturate la tariffa giornaliera invece del forfait mensile, oltre 600 € di differenza.{more}"
        ],
        "pt": [
            "Estão a faturar a tarifa diária em vez da mensal do contrato, mais de 600 €.{more}"
        ],
        "es": [
            "Nos facturáis la tarifa diaria en vez de la mensual del contrato, más de 600 €.{more}"
        ],
    },
}
B2B_MORE: T = {
    "fr": [" Ma collègue {colleague} vous a déjà écrit {when} (dossier {case}), rien n'a bougé."],
    "de": [
        " Meine Kollegin {colleague} hat Ihnen schon {when} geschrieben (Vorgang {case}), nichts ist passiert."
    ],
    "en": [" My colleague {colleague} already wrote {when} (case {case}), nothing has changed."],
    "it": [
        " La mia collega {colleague} vi ha già scritto {when} (pratica {case}), nulla è cambiato."
    ],
    "pt": [" A minha colega {colleague} já escreveu {when} (processo {case}), nada mudou."],
    "es": [
        " Mi compañera {colleague} ya os escribió {when} (incidencia {case}), nada ha cambiado."
    ],
}
WHEN_WORD: dict[str, str] = {
    "fr": "hier",
    "de": "gestern",
    "en": "yesterday",
    "it": "ieri",
    "pt": "ontem",
    "es": "ayer",
}
B2B_LAST_MAIL: T = {
    "fr": [
        "Dossier {case} : toujours rien de réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "de": [
        "Vorgang {case}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt."
    ],
    "en": [
        "Case {case}: still nothing fixed, several colleagues have written. Procurement has asked {comp} for their rates."
    ],
    "it": [
        "Pratica {case}: ancora niente, hanno scritto diversi colleghi. Gli acquisti hanno chiesto i prezzi a {comp}."
    ],
    "pt": [
        "Processo {case}: ainda nada, vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
    "es": [
        "Incidencia {case}: nada resuelto, han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
}
B2B_LAST_CALL: T = {
    "fr": [
        "oui bonjour c'est pour le dossier {case} toujours pas réglé mon chef dit qu'on change de prestataire si c'est pas fait cette semaine"
    ],
    "de": [
        "ja hallo wegen Vorgang {case} immer noch nicht gelöst mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "en": [
        "hi it's about case {case} still not fixed my boss says we move supplier if it's not done this week"
    ],
    "it": ["pronto per la pratica {case} ancora niente il capo dice che cambiamo fornitore"],
    "pt": ["olá é sobre o processo {case} ainda nada o meu chefe diz que mudamos de fornecedor"],
    "es": [
        "hola es por la incidencia {case} sigue sin resolver mi jefe dice que cambiamos de proveedor"
    ],
}
B2B_SUGGEST: T = {
    "fr": ["Suggestion : pourrait-on exporter les coûts de garderie par centre de coût ?"],
    "de": ["Vorschlag: Könnte man die Betreuungskosten nach Kostenstelle exportieren?"],
    "en": ["Suggestion: could care costs be exported by cost centre?"],
    "it": ["Suggerimento: esportare i costi per centro di costo?"],
    "pt": ["Sugestão: exportar os custos por centro de custo?"],
    "es": ["Sugerencia: ¿exportar los costes por centro de coste?"],
}
B2B_Q: T = {
    "fr": ["Bonjour, peut-on ajouter deux salariés au pass équipe ce mois-ci ?"],
    "de": ["Hallo, können wir diesen Monat zwei Mitarbeitende zum Team-Pass hinzufügen?"],
    "en": ["Hi, can we add two staff to the team pass this month?"],
    "it": ["Ciao, possiamo aggiungere due dipendenti al pass di squadra?"],
    "pt": ["Olá, podemos juntar dois colaboradores ao passe de equipa?"],
    "es": ["Hola, ¿podemos añadir dos empleados al pase de equipo?"],
}
B2B_PRAISE: T = {
    "fr": ["Les chiens du bureau adorent la garderie Petzuro Work, l'équipe aussi"],
    "de": ["Unsere Bürohunde lieben die Petzuro-Work-Betreuung, das Team auch"],
    "en": ["Office dogs love Petzuro Work day care, so does the team"],
    "it": ["I cani dell'ufficio adorano Petzuro Work"],
    "pt": ["Os cães do escritório adoram a Petzuro Work"],
    "es": ["Los perros de la oficina adoran Petzuro Work"],
}

SPIKE_TOPIC = "pet boarding check-in: the app's pet pass shows every vaccination as expired, pets refused at reception, error IMV-719"
SPIKE_REPORT: T = {
    "fr": [
        "Refusés à l'accueil de la pension : l'appli dit que les vaccins de {pet} sont EXPIRÉS, erreur IMV-719. Ils sont à jour depuis mars !",
        "pension ce matin impossible, le pass de {pet} affiche vaccins périmés alors que le carnet est bon",
        "Erreur IMV-719 sur le pass animal, on nous refuse l'entrée avec les valises dans le coffre",
    ],
    "de": [
        "An der Pension abgewiesen: Die App zeigt {pet}s Impfungen als ABGELAUFEN, Fehler IMV-719. Die sind gültig!",
        "heute früh Pension unmöglich, der Tierpass in der App sagt Impfung abgelaufen, Impfpass ist aber aktuell",
        "Fehler IMV-719, man lässt uns mit {pet} nicht rein, Flieger geht um 11",
    ],
    "en": [
        "Turned away at boarding check-in, app says {pet}'s jabs are EXPIRED, error IMV-719. They're not!"
    ],
    "it": [
        "Respinti all'accettazione: l'app dice che i vaccini di {pet} sono scaduti, errore IMV-719"
    ],
    "pt": [
        "Recusados na receção da pensão, a app diz que as vacinas do {pet} expiraram. Não é verdade"
    ],
    "es": [
        "Nos rechazan en la residencia: la app dice que las vacunas de {pet} están caducadas, error IMV-719"
    ],
}
SPIKE_AGAIN: T = {
    "fr": [
        "Toujours IMV-719, même avec l'appli de mon mari. On est toujours sur le parking avec {pet}"
    ],
    "de": [
        "Immer noch IMV-719, auch auf dem Handy meines Mannes. Wir stehen weiter auf dem Parkplatz"
    ],
    "en": ["Still IMV-719 on my partner's phone too, still stuck in the car park"],
    "it": ["Ancora IMV-719 anche sul telefono di mio marito"],
    "pt": ["Ainda IMV-719, também no telemóvel do meu marido"],
    "es": ["Sigue el IMV-719, también en el móvil de mi marido"],
}
SPIKE_CHAT_A: T = {
    "fr": [
        "Oui, le pass animal affiche à tort des vaccins expirés dans toutes les pensions en ce moment, nos équipes sont dessus."
    ],
    "de": [
        "Ja, der Tierpass zeigt gerade überall fälschlich abgelaufene Impfungen, unser Team ist dran."
    ],
    "en": [
        "Yes, the pet pass is wrongly showing expired jabs at every site right now, our engineers are on it."
    ],
    "it": ["Sì, il pass mostra per errore vaccini scaduti ovunque, ci stiamo lavorando."],
    "pt": ["Sim, o passe mostra vacinas expiradas por erro em todo o lado, estamos a tratar."],
    "es": ["Sí, el pase muestra por error vacunas caducadas en todas partes, estamos en ello."],
}
SPIKE_FIXED: T = {
    "fr": [
        "Le pass animal fonctionne de nouveau depuis 11h40. La première nuit de pension est offerte, 15 € crédités."
    ],
    "de": [
        "Der Tierpass funktioniert seit 11:40 Uhr wieder. Die erste Nacht geht auf uns, 15 € gutgeschrieben."
    ],
    "en": ["The pet pass works again since 10:40. The first night is on us, £13 credited."],
    "it": ["Il pass funziona di nuovo dalle 11:40. La prima notte è offerta, 15 € accreditati."],
    "pt": ["O passe funciona desde as 10h40. A primeira noite é oferta, 15 € creditados."],
    "es": [
        "El pase vuelve a funcionar desde las 11:40. La primera noche corre de nuestra cuenta, 15 € abonados."
    ],
}
LONE_Q: T = {
    "fr": [
        "Bonjour, hier soir le pass de {pet} affichait les vaccins en gris jusqu'à ce que je rafraîchisse, puis normal. Ça passera demain à l'accueil ?"
    ],
    "de": [
        "Hallo, gestern Abend war {pet}s Impfeintrag im Pass grau bis ich neu geladen habe, dann normal. Klappt das morgen am Empfang?"
    ],
}
LONE_A: T = {
    "fr": ["Oui, le gris s'affiche pendant le chargement, l'accueil le lira sans souci."],
    "de": ["Ja, grau ist nur die Ladeanzeige, der Empfang liest ihn problemlos."],
}
