# ruff: noqa: E501
"""Wording of heldout176 (Nuotara: swimming pools, lanes and lessons), per language.

Every table has every language: it and pt first (two or three variants), then en, fr, de, es.
Placeholders are filled with str.format by make_heldout176.py.
"""

from __future__ import annotations

W = dict[str, list[str]]

LANGS = ("it", "pt", "en", "fr", "de", "es")

FIRST: W = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elena",
        "Matteo",
        "Sara",
        "Paolo",
        "Martina",
        "Stefano",
    ],
    "pt": [
        "Joana",
        "Tiago",
        "Inês",
        "Rui",
        "Mariana",
        "Pedro",
        "Catarina",
        "Nuno",
        "Beatriz",
        "Hugo",
        "Rita",
        "Diogo",
    ],
    "en": ["Emma", "Oliver", "Sophie", "Liam", "Grace", "Jack", "Chloe", "Conor"],
    "fr": ["Camille", "Julien", "Léa", "Thomas", "Manon", "Hugo", "Chloé", "Antoine"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Marie", "Lukas", "Sophie", "Tobias"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Elena", "Sergio", "Marta", "Álvaro"],
}
LAST: W = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Giordano",
        "Mancini",
        "Lombardi",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Marques",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
    ],
    "en": ["Smith", "Walsh", "Taylor", "Byrne", "Evans", "Murphy", "Hughes", "Kelly"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"],
    "de": ["Müller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Krüger"],
    "es": ["García", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"],
}
MARKETS: dict[str, list[str]] = {
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT", "PT", "PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
}
TOWNS: dict[str, list[str]] = {
    "IT": ["Milano", "Torino", "Bologna", "Padova"],
    "CH": ["Lugano", "Zürich"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
    "UK": ["Leeds", "Bristol"],
    "IE": ["Dublin", "Cork"],
    "FR": ["Lyon", "Nantes"],
    "BE": ["Liège", "Namur"],
    "DE": ["Köln", "Leipzig"],
    "AT": ["Graz", "Linz"],
    "ES": ["Valencia", "Sevilla"],
}
PRODUCTS = [
    ("Lane 60 min", "40"),
    ("10-swim card", "55"),
    ("Kids' lessons, 10 weeks", "120"),
    ("Adult crawl course, 8 sessions", "96"),
    ("Aqua-gym month", "38"),
    ("Family Sunday pass", "22"),
]
PAGES = [
    "/lanes",
    "/timetable",
    "/lessons",
    "/membership",
    "/pools/map",
    "/account/bookings",
    "/kids",
]

PRAISE: W = {
    "it": [
        "Vasca pulitissima stamattina e corsia tutta per me. Nuotara non sbaglia un colpo 🏊",
        "Istruttrice di mio figlio bravissima, in tre lezioni ha smesso di avere paura dell'acqua. Grazie Nuotara!",
        "che bello nuotare alle 7 con la piscina vuota, abbonamento Più strameritato",
    ],
    "pt": [
        "Piscina impecável hoje de manhã, água à temperatura certa. Nuotara top 👌",
        "A professora da minha filha é uma querida, já mergulha sozinha! Obrigada Nuotara",
        "reservar pista pela app é mesmo rápido, adoro",
    ],
    "en": [
        "Lovely quiet lane at 7am and the water was spot on. Nuotara never disappoints",
        "My lad's swim teacher is brilliant, he swam a width on his own today!",
    ],
    "fr": [
        "Bassin nickel ce matin et ligne d'eau rien que pour moi, merci Nuotara",
        "Le maître-nageur de ma fille est top, elle ose enfin mettre la tête sous l'eau",
    ],
    "de": [
        "Heute früh eine Bahn ganz für mich, Wasser perfekt temperiert. Danke Nuotara!",
        "Der Schwimmlehrer meiner Tochter ist super geduldig, sie taucht jetzt allein",
    ],
    "es": [
        "Piscina limpísima esta mañana y calle para mí sola. Gracias Nuotara!",
        "El monitor de mi hijo es un crack, ya nada un largo sin churro",
    ],
}
AGAIN: W = {
    "it": [
        "Terza volta questo mese che prenoto la corsia delle 7 e di nuovo tutto perfetto",
        "ancora una volta la lezione di acquagym migliore della settimana 💪",
    ],
    "pt": [
        "Terceira vez esta semana na piscina de Alvalade e continua impecável",
        "outra vez a aula de hidroginástica a salvar-me a semana",
    ],
    "en": ["Third time this week at the 7am lane and still the best start to the day"],
    "fr": ["Troisième fois cette semaine à la ligne de 7h, toujours aussi agréable"],
    "de": ["Schon wieder eine Bahn um 7 bekommen, dritte Woche in Folge super"],
    "es": ["Tercera vez esta semana en la calle de las 7 y sigue siendo perfecto"],
}
PRAISE_GRIPE: W = {
    "it": [
        "Corso di crawl ottimo, solo gli asciugacapelli dello spogliatoio sono sempre occupati",
        "Tutto bene, istruttori gentili. Unica cosa: il parcheggio la sera è un incubo",
    ],
    "pt": [
        "Aulas ótimas, só o duche do balneário demora a aquecer",
        "Gosto muito, mas os cacifos pequenos não dão para a mochila toda",
    ],
    "en": ["Great lessons, only the changing-room hairdryers are always taken"],
    "fr": ["Très bien, juste les casiers un peu petits pour un sac de sport"],
    "de": ["Kurs klasse, nur die Föhne in der Umkleide sind immer belegt"],
    "es": ["Muy contenta con las clases, solo que los secadores siempre están ocupados"],
}
QUESTION: W = {
    "it": [
        "ciao, posso spostare la lezione di giovedì di mio figlio a sabato?",
        "Buongiorno, con il Più posso portare un ospite la domenica?",
        "la corsia lenta alle 19 è libera domani?",
    ],
    "pt": [
        "olá, posso trocar a aula de quinta para sábado?",
        "Bom dia, com o Più posso levar um convidado ao domingo?",
        "a pista lenta das 19h amanhã está livre?",
    ],
    "en": ["hi, can I move my son's Thursday lesson to Saturday?"],
    "fr": ["bonjour, je peux décaler le cours de jeudi de ma fille à samedi ?"],
    "de": ["Hallo, kann ich die Donnerstagsstunde meines Sohnes auf Samstag legen?"],
    "es": ["hola, puedo pasar la clase del jueves de mi hijo al sábado?"],
}
ANSWER: W = {
    "it": [
        "Certo! Ho spostato la prenotazione, trovi la conferma nell'app. Buona nuotata!",
        "Sì, con il Più hai un ingresso ospite la domenica. Buona giornata!",
    ],
    "pt": [
        "Claro! Já alterei a reserva, tem a confirmação na app. Boas braçadas!",
        "Sim, com o Più tem uma entrada de convidado ao domingo. Bom dia!",
    ],
    "en": ["Of course! I've moved the booking, the confirmation is in the app."],
    "fr": ["Bien sûr ! La réservation est déplacée, la confirmation est dans l'appli."],
    "de": ["Klar! Die Buchung ist verschoben, die Bestätigung steht in der App."],
    "es": ["¡Claro! Ya he cambiado la reserva, tienes la confirmación en la app."],
}
THANKS: W = {
    "it": ["grazie mille, gentilissimi!", "top, grz 🙏", "perfetto grazie"],
    "pt": ["obg, são uns queridos!", "top, valeu 🙏", "perfeito obrigada"],
    "en": ["cheers, legends!"],
    "fr": ["merci, au top !"],
    "de": ["danke, ihr seid klasse!"],
    "es": ["mil gracias, sois unos cracks!"],
}
PHONE_Q: W = {
    "it": [
        "buongiorno volevo sapere se il corso per adulti di settembre ha ancora posti grazie",
        "si salve chiamo per sapere gli orari della piscina a ferragosto",
    ],
    "pt": [
        "bom dia queria saber se o curso de adultos de setembro ainda tem vagas obrigada",
        "sim olá queria saber o horário da piscina no feriado",
    ],
    "en": ["hiya just wondering if the adult course in september has spaces left thanks"],
    "fr": ["bonjour je voulais savoir s'il reste des places au cours adultes de septembre merci"],
    "de": ["ja hallo ich wollte fragen ob der Erwachsenenkurs im September noch Plätze hat danke"],
    "es": [
        "hola buenas quería saber si quedan plazas en el curso de adultos de septiembre gracias"
    ],
}
PHONE_FOLLOWUP: W = {
    "it": ["Come da telefonata: ci sono ancora posti, ti ho riservato un posto fino a venerdì."],
    "pt": ["Como falámos ao telefone: ainda há vagas, reservámos um lugar até sexta."],
    "en": ["As discussed on the phone: there are spaces, we've held one for you until Friday."],
    "fr": [
        "Comme convenu au téléphone : il reste des places, une est réservée pour vous jusqu'à vendredi."
    ],
    "de": ["Wie am Telefon besprochen: es gibt noch Plätze, wir halten einen bis Freitag für Sie."],
    "es": ["Como hablamos por teléfono: quedan plazas, te guardamos una hasta el viernes."],
}
REVIEW: W = {
    "it": [
        "Piscina pulita, personale gentile, app comoda. Cinque stelle.",
        "Ottimo rapporto qualità prezzo con il Più",
    ],
    "pt": [
        "Piscina limpa, staff simpático, app prática. Cinco estrelas.",
        "Muito bom, vale cada cêntimo do Più",
    ],
    "en": ["Clean pool, friendly staff, handy app. Five stars."],
    "fr": ["Piscine propre, personnel sympa, appli pratique. Cinq étoiles."],
    "de": ["Sauberes Becken, nettes Personal, praktische App. Fünf Sterne."],
    "es": ["Piscina limpia, personal majo, app cómoda. Cinco estrellas."],
}
SURVEY_WORD: W = {
    "it": ["ottimo", "👍", "tutto perfetto"],
    "pt": ["excelente", "👍", "tudo ótimo"],
    "en": ["spot on"],
    "fr": ["parfait"],
    "de": ["super"],
    "es": ["genial"],
}
NIGHT_POST: W = {
    "it": [
        "turno di notte finito, domattina corsia delle 7 e poi a letto. Nuotara mi salva",
        "non dormo, sto guardando video di virata a capriola alle 3 di notte lol",
    ],
    "pt": [
        "saí do turno da noite, amanhã às 7 vou nadar e depois cama. Nuotara salva-me",
        "insónia, a ver vídeos de viragem de crawl às 3 da manhã kkk",
    ],
    "en": ["night shift done, 7am lane then bed. Nuotara keeps me sane"],
    "fr": ["fin de garde de nuit, ligne d'eau à 7h puis dodo. Nuotara me sauve"],
    "de": ["Nachtschicht vorbei, um 7 auf die Bahn und dann ins Bett. Nuotara rettet mich"],
    "es": ["acabo turno de noche, calle de las 7 y a dormir. Nuotara me salva"],
}
NIGHT_Q: W = {
    "it": [
        "domanda stupida a quest'ora: la piscina di via Ripamonti apre alle 6:30 anche sabato?",
        "ho perso la cuffia ieri, c'è un oggetti smarriti?",
    ],
    "pt": [
        "pergunta a esta hora: a piscina de Alvalade abre às 6h30 ao sábado?",
        "perdi os óculos ontem, há perdidos e achados?",
    ],
    "en": ["daft question at this hour: does the pool open at 6:30 on Saturdays too?"],
    "fr": ["question à cette heure : la piscine ouvre à 6h30 le samedi aussi ?"],
    "de": ["blöde Frage um die Uhrzeit: öffnet das Bad samstags auch um 6:30?"],
    "es": ["pregunta a estas horas: la piscina abre a las 6:30 también el sábado?"],
}
NIGHT_A: W = {
    "it": [
        "Ciao! Sì, sabato apriamo alle 6:30. Buonanotte!",
        "Sì, chiedi alla reception: teniamo tutto per un mese.",
    ],
    "pt": [
        "Olá! Sim, ao sábado abrimos às 6h30. Boa noite!",
        "Sim, pergunte na receção: guardamos tudo um mês.",
    ],
    "en": ["Hi! Yes, 6:30 on Saturdays too. Night night!"],
    "fr": ["Bonjour ! Oui, 6h30 le samedi aussi. Bonne nuit !"],
    "de": ["Hallo! Ja, samstags auch ab 6:30. Gute Nacht!"],
    "es": ["¡Hola! Sí, el sábado también a las 6:30. ¡Buenas noches!"],
}
JOKE: W = {
    "it": [
        "mio marito dice che nuoto come un delfino. io dico come un pedalò 😂 comunque corso Nuotara bellissimo"
    ],
    "pt": [
        "o meu filho diz que nado como um golfinho, eu digo como uma boia 😂 mas adoro as aulas da Nuotara"
    ],
    "en": [
        "my kids say I swim like a dolphin, I say like a pedalo 😂 loving the Nuotara course though"
    ],
    "fr": [
        "mes enfants disent que je nage comme un dauphin, moi comme un pédalo 😂 super cours Nuotara"
    ],
    "de": [
        "meine Kinder sagen ich schwimme wie ein Delfin, ich sag wie ein Tretboot 😂 Kurs bei Nuotara top"
    ],
    "es": [
        "mis hijos dicen que nado como un delfín, yo como un patín 😂 pero el curso de Nuotara genial"
    ],
}

# ---- trouble (consumer problems: double_charge, refund, lesson_cancelled, wrong_price) ----
PROBLEM_SHORT: dict[str, W] = {
    "double_charge": {
        "it": [
            "Mi avete addebitato DUE volte la quota del Più di questo mese ({amt}). Rivoglio i soldi.",
            "addebito doppio dell'abbonamento Più, {amt} presi due volte dalla carta. Sistemate subito",
        ],
        "pt": [
            "Cobraram-me DUAS vezes a mensalidade do Più ({amt}). Quero o dinheiro de volta.",
            "cobrança duplicada do Più, {amt} tirados duas vezes do cartão. Resolvam já",
        ],
        "en": ["You've charged my Più membership TWICE this month ({amt}). I want it back."],
        "fr": ["Vous avez prélevé DEUX fois l'abonnement Più ce mois-ci ({amt}). Remboursez-moi."],
        "de": [
            "Ihr habt die Più-Mitgliedschaft diesen Monat ZWEIMAL abgebucht ({amt}). Ich will das Geld zurück."
        ],
        "es": ["Me habéis cobrado DOS veces la cuota Più este mes ({amt}). Quiero mi dinero."],
    },
    "refund": {
        "it": [
            "Corso annullato da voi tre settimane fa e il rimborso di {amt} non è MAI arrivato.",
            "ancora niente rimborso per il corso cancellato, {amt}. Quanto devo aspettare?",
        ],
        "pt": [
            "Cancelaram o curso há três semanas e o reembolso de {amt} NUNCA chegou.",
            "continuo sem reembolso do curso cancelado, {amt}. Quanto tempo mais?",
        ],
        "en": ["You cancelled the course three weeks ago and the {amt} refund NEVER arrived."],
        "fr": [
            "Cours annulé par vous il y a trois semaines et le remboursement de {amt} n'est JAMAIS arrivé."
        ],
        "de": ["Ihr habt den Kurs vor drei Wochen abgesagt und die {amt} Erstattung kam NIE an."],
        "es": ["Cancelasteis el curso hace tres semanas y el reembolso de {amt} NO ha llegado."],
    },
    "lesson_cancelled": {
        "it": [
            "Lezione dei bambini annullata SENZA avviso, eravamo già in costume a bordo vasca. Vergogna.",
            "siamo arrivati alle 17 e la lezione di mia figlia non c'era, nessun messaggio. inaccettabile",
        ],
        "pt": [
            "Aula das crianças cancelada SEM aviso, já estávamos de fato de banho à beira da piscina.",
            "chegámos às 17h e a aula da minha filha não existia, nenhuma mensagem. inaceitável",
        ],
        "en": ["Kids' lesson cancelled with NO notice, we were already in our costumes poolside."],
        "fr": [
            "Cours des enfants annulé SANS prévenir, on était déjà en maillot au bord du bassin."
        ],
        "de": [
            "Kinderkurs OHNE Vorwarnung ausgefallen, wir standen schon in Badesachen am Beckenrand."
        ],
        "es": [
            "Clase de los niños cancelada SIN avisar, ya estábamos en bañador al borde de la piscina."
        ],
    },
    "wrong_price": {
        "it": [
            "Sono socia Più e mi fate pagare la corsia a prezzo pieno, {amt}. Perché??",
            "prezzo da non socio anche se ho il Più, {amt} invece dello sconto",
        ],
        "pt": [
            "Sou sócia Più e cobram-me a pista a preço normal, {amt}. Porquê??",
            "preço de não sócio apesar de ter o Più, {amt} em vez do desconto",
        ],
        "en": ["I'm a Più member and you charged me the full lane price, {amt}. Why??"],
        "fr": ["Je suis membre Più et vous me facturez la ligne plein tarif, {amt}. Pourquoi ??"],
        "de": ["Ich bin Più-Mitglied und zahle trotzdem den vollen Bahnpreis, {amt}. Wieso??"],
        "es": ["Soy socia Più y me cobráis la calle a precio normal, {amt}. ¿Por qué??"],
    },
}
AMOUNT = {"it": "39 €", "pt": "39 €", "en": "£34", "fr": "39 €", "de": "39 €", "es": "39 €"}
PROBLEM_WORDS: dict[str, dict[str, str]] = {
    "double_charge": {
        "it": "addebito doppio del Più",
        "pt": "cobrança duplicada do Più",
        "en": "double Più charge",
        "fr": "double prélèvement Più",
        "de": "doppelte Più-Abbuchung",
        "es": "cobro doble del Più",
    },
    "refund": {
        "it": "rimborso corso annullato",
        "pt": "reembolso do curso cancelado",
        "en": "refund for cancelled course",
        "fr": "remboursement du cours annulé",
        "de": "Erstattung abgesagter Kurs",
        "es": "reembolso del curso cancelado",
    },
    "lesson_cancelled": {
        "it": "lezione annullata senza avviso",
        "pt": "aula cancelada sem aviso",
        "en": "lesson cancelled without notice",
        "fr": "cours annulé sans prévenir",
        "de": "Kurs ohne Vorwarnung abgesagt",
        "es": "clase cancelada sin aviso",
    },
    "wrong_price": {
        "it": "prezzo da non socio",
        "pt": "preço de não sócio",
        "en": "non-member price charged",
        "fr": "tarif non-membre",
        "de": "Nichtmitgliederpreis",
        "es": "precio de no socio",
    },
}
COMPLAINT_SUBJ = {
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
}
CASE_SUBJ = {
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "de": "AW: Vorgang ",
    "es": "RE: Incidencia ",
}
LONG_EMAIL: W = {
    "it": [
        "Gentile Nuotara,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio e la grande che fa i compiti sulle mie ginocchia, quindi perdonate il disordine. Siamo clienti da quattro anni, tutti e quattro iscritti, e non ho mai avuto niente da dire. Questa volta però: {problem}. Ho controllato due volte l'estratto conto e l'app prima di scrivervi. Vi chiedo solo di sistemare la cosa in fretta, perché a fine mese conto ogni euro.\n\nCordiali saluti,\n{name}",
        "Buonasera,\n\nscrivo dal treno di ritorno da Bologna, tra una riunione e l'altra, e sto traslocando mia madre in una casa più piccola, quindi non ho tempo per queste cose. Però devo dirvelo: {problem}. Nuotara per me è sempre stata l'unica cosa che funziona nella settimana. Mi aspetto una risposta e una soluzione.\n\nGrazie,\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo do carro, à porta do ATL dos miúdos, enquanto espero que saiam, por isso desculpem a pressa. Somos clientes há três anos, a família toda, e nunca me queixei. Mas desta vez: {problem}. Verifiquei o extrato e a app duas vezes antes de vos escrever. Peço apenas que resolvam rápido, porque no fim do mês cada euro conta.\n\nCumprimentos,\n{name}",
        "Exmos. Senhores,\n\nestou a escrever no intervalo do turno no hospital, com o café já frio, e ando a tratar das obras da casa da minha avó. Não tenho tempo para isto, mas tem de ser: {problem}. A Nuotara sempre foi a hora boa da minha semana. Aguardo resposta e solução.\n\nObrigado,\n{name}",
    ],
    "en": [
        "Dear Nuotara,\n\nwriting from the sidelines of my daughter's football match, so forgive the typos. We've been members for years and I've never complained, but: {problem}. I checked the app and my bank twice. Please just sort it.\n\nThanks,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné, entre deux rendez-vous, donc pardon pour le style. Clients depuis des années, jamais un souci, mais là : {problem}. J'ai vérifié deux fois l'appli et mon relevé. Merci de régler ça vite.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Hallo Nuotara,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, also entschuldigt die Kürze. Wir sind seit Jahren Mitglieder und ich habe mich nie beschwert, aber: {problem}. Ich habe App und Kontoauszug zweimal geprüft. Bitte klärt das schnell.\n\nViele Grüße\n{name}"
    ],
    "es": [
        "Hola Nuotara,\n\nos escribo desde la grada del partido de mi hijo, así que perdonad las prisas. Somos socios desde hace años y nunca me he quejado, pero: {problem}. He mirado la app y el banco dos veces. Solo pido que lo arregléis ya.\n\nUn saludo,\n{name}"
    ],
}
PROBLEM_LONG: dict[str, dict[str, str]] = {
    "double_charge": {
        "it": "la quota del Più di questo mese mi è stata addebitata due volte, 39 € più 39 €",
        "pt": "a mensalidade do Più deste mês foi cobrada duas vezes, 39 € mais 39 €",
        "en": "this month's Più fee was taken twice, £34 and £34",
        "fr": "l'abonnement Più de ce mois a été prélevé deux fois, 39 € et 39 €",
        "de": "die Più-Gebühr wurde diesen Monat zweimal abgebucht, 39 € und 39 €",
        "es": "la cuota Più de este mes se ha cobrado dos veces, 39 € y 39 €",
    },
    "refund": {
        "it": "il corso di nuoto annullato da voi a marzo non mi è mai stato rimborsato",
        "pt": "o curso de natação que cancelaram em março nunca foi reembolsado",
        "en": "the course you cancelled was never refunded",
        "fr": "le cours que vous avez annulé n'a jamais été remboursé",
        "de": "der von euch abgesagte Kurs wurde nie erstattet",
        "es": "el curso que cancelasteis nunca se ha reembolsado",
    },
    "lesson_cancelled": {
        "it": "la lezione dei bambini è stata annullata senza alcun avviso e li ho trovati in lacrime a bordo vasca",
        "pt": "a aula das crianças foi cancelada sem aviso nenhum e ficaram a chorar à beira da piscina",
        "en": "the kids' lesson was cancelled with no notice at all",
        "fr": "le cours des enfants a été annulé sans aucun prévenance",
        "de": "der Kinderkurs ist ohne jede Nachricht ausgefallen",
        "es": "la clase de los niños se canceló sin ningún aviso",
    },
    "wrong_price": {
        "it": "pur essendo socia Più pago le corsie a prezzo pieno da due settimane",
        "pt": "apesar de ser sócia Più pago as pistas a preço normal há duas semanas",
        "en": "I pay full lane prices despite being a Più member",
        "fr": "je paie les lignes plein tarif alors que je suis membre Più",
        "de": "ich zahle trotz Più den vollen Bahnpreis",
        "es": "pago las calles a precio normal siendo socia Più",
    },
}
PHONE_COMPLAINT: W = {
    "it": [
        "si buongiorno chiamo perché {problem} e sono veramente arrabbiata voglio una soluzione oggi",
        "pronto allora {problem} è la seconda volta che controllo e non cambia niente",
    ],
    "pt": [
        "sim bom dia estou a ligar porque {problem} e estou mesmo chateada quero uma solução hoje",
        "está lá então {problem} já verifiquei duas vezes e nada muda",
    ],
    "en": ["yeah hi I'm calling because {problem} and honestly I'm fuming I want it sorted today"],
    "fr": [
        "oui bonjour j'appelle parce que {problem} et franchement je suis énervée je veux une solution aujourd'hui"
    ],
    "de": [
        "ja guten Tag ich rufe an weil {problem} und ich bin echt sauer ich will das heute geklärt haben"
    ],
    "es": ["sí hola llamo porque {problem} y estoy muy enfadada quiero una solución hoy"],
}
CASE_OPENED: W = {
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti aggiorniamo entro 48 ore."
    ],
    "pt": ["Olá {first}, lamentamos muito. Abrimos o pedido {case} e damos notícias em 48 horas."],
    "en": [
        "Hi {first}, we're sorry. We've opened case {case} and will update you within 48 hours."
    ],
    "fr": [
        "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 48 h."
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns binnen 48 Stunden."
    ],
    "es": [
        "Hola {first}, lo sentimos. Hemos abierto la incidencia {case} y te decimos algo en 48 horas."
    ],
}
ESCALATED: W = {
    "it": [
        "Ciao {first}, la segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço."
    ],
    "en": [
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, la demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, der Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "es": [
        "Hola {first}, la incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}
GOOD_NEWS: W = {
    "it": [
        "Buone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Puoi confermarci che per te è a posto?"
    ],
    "pt": [
        "Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar-nos que está tudo bem?"
    ],
    "en": ["Good news on case {case}: it's fixed. Could you confirm it's all fine on your side?"],
    "fr": ["Bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous nous confirmer ?"],
    "de": [
        "Gute Nachrichten zu Vorgang {case}: erledigt. Können Sie uns bestätigen, dass alles passt?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está solucionado. ¿Nos confirmas que todo bien?"
    ],
}
CONFIRM: W = {
    "it": [
        "Confermo, segnalazione {case} risolta. Grazie per la pazienza!",
        "tutto ok per la {case}, grazie mille",
    ],
    "pt": [
        "Confirmo, pedido {case} resolvido. Obrigada pela paciência!",
        "tudo ok com o {case}, obg",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks!"],
    "fr": ["Je confirme, demande {case} réglée. Merci !"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "es": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
}
APOLOGY: W = {
    "it": [
        "Scusate per il tono di ieri, ero furiosa ma non è colpa di chi risponde. Grazie",
        "ieri ho esagerato, scusate. siete stati gentili",
    ],
    "pt": [
        "Peço desculpa pelo tom de ontem, estava furiosa mas não é culpa de quem responde.",
        "ontem exagerei, desculpem. foram simpáticos",
    ],
    "en": ["Sorry for my tone yesterday, not your fault. Thanks for being patient"],
    "fr": ["Désolée pour le ton d'hier, ce n'est pas votre faute. Merci"],
    "de": ["Sorry für meinen Ton gestern, ihr könnt ja nichts dafür. Danke"],
    "es": ["Perdón por el tono de ayer, no es culpa vuestra. Gracias"],
}
CHAT_CASE: W = {
    "it": ["Mi dispiace davvero. Ho aperto la segnalazione {case}, ti scriviamo appena risolto."],
    "pt": ["Lamento imenso. Abri o pedido {case}, escrevemos assim que estiver resolvido."],
    "en": ["Really sorry. I've opened case {case}, we'll write as soon as it's fixed."],
    "fr": ["Vraiment désolé. J'ai ouvert la demande {case}, on vous écrit dès que c'est réglé."],
    "de": [
        "Das tut mir leid. Ich habe Vorgang {case} eröffnet, wir melden uns, sobald es erledigt ist."
    ],
    "es": ["Lo siento mucho. He abierto la incidencia {case}, te escribimos en cuanto esté."],
}
CHAT_URGENT: W = {
    "it": ["Aggiunto alla segnalazione {case} e segnato come urgente."],
    "pt": ["Acrescentado ao pedido {case} e marcado como urgente."],
    "en": ["Added to case {case} and marked urgent."],
    "fr": ["Ajouté à la demande {case}, marquée urgente."],
    "de": ["Zum Vorgang {case} hinzugefügt und als dringend markiert."],
    "es": ["Añadido a la incidencia {case} y marcado como urgente."],
}
FORM_ACK: W = {
    "it": ["Abbiamo ricevuto il tuo messaggio (segnalazione {case}). Ti rispondiamo presto."],
    "pt": ["Recebemos a sua mensagem (pedido {case}). Respondemos em breve."],
    "en": ["We've received your message (case {case}). We'll reply soon."],
    "fr": ["Nous avons bien reçu votre message (demande {case})."],
    "de": ["Wir haben Ihre Nachricht erhalten (Vorgang {case})."],
    "es": ["Hemos recibido tu mensaje (incidencia {case})."],
}
STILL_OPEN: W = {
    "it": [
        "Segnalazione {case}: ANCORA aperta, {problem} e nessuno mi ha richiamato.",
        "scrivo di nuovo per la {case}, ancora niente. {problem}",
    ],
    "pt": [
        "Pedido {case}: AINDA em aberto, {problem} e ninguém me ligou.",
        "escrevo outra vez por causa do {case}, continua igual. {problem}",
    ],
    "en": ["Case {case}: STILL open, {problem} and nobody has called me."],
    "fr": ["Demande {case} : TOUJOURS ouverte, {problem} et personne ne m'a rappelée."],
    "de": ["Vorgang {case}: IMMER NOCH offen, {problem} und niemand hat angerufen."],
    "es": ["Incidencia {case}: SIGUE abierta, {problem} y nadie me ha llamado."],
}
THIRD_LINE: W = {
    "it": [
        "Una collega va da {comp} e lì queste cose le risolvono in giornata.",
        "Ho guardato quanto costa {comp}, sappiatelo.",
    ],
    "pt": [
        "Uma colega vai à {comp} e lá resolvem isto no mesmo dia.",
        "Já fui ver quanto custa a {comp}, fiquem a saber.",
    ],
    "en": ["A colleague swims at {comp} and they sort this the same day."],
    "fr": ["Une collègue nage chez {comp} et eux règlent ça dans la journée."],
    "de": ["Eine Kollegin schwimmt bei {comp}, die klären sowas am selben Tag."],
    "es": ["Una compañera va a {comp} y allí lo arreglan en el día."],
}
FOURTH_LINE: W = {
    "it": ["È la QUARTA volta che scrivo."],
    "pt": ["É a QUARTA vez que escrevo."],
    "en": ["This is the FOURTH time I'm writing."],
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "es": ["Es la CUARTA vez que escribo."],
}
SARCASM: W = {
    "it": [
        "Complimenti Nuotara, acqua a 24 gradi a gennaio: finalmente posso allenarmi per l'Artico 🥶👏",
        "wow, spogliatoio chiuso per pulizie proprio all'ora di punta, geniale 🙃",
    ],
    "pt": [
        "Parabéns Nuotara, água a 24 graus em janeiro: finalmente treino para o Ártico 🥶👏",
        "uau, balneário fechado para limpeza mesmo à hora de ponta, génios 🙃",
    ],
    "en": ["Well done Nuotara, water at 24 degrees, finally training for the Arctic 🥶👏"],
    "fr": ["Bravo Nuotara, l'eau à 24 degrés, enfin je m'entraîne pour l'Arctique 🥶👏"],
    "de": ["Glückwunsch Nuotara, 24 Grad Wasser, endlich Training für die Arktis 🥶👏"],
    "es": ["Enhorabuena Nuotara, agua a 24 grados, por fin entreno para el Ártico 🥶👏"],
}
GRUMBLE: W = {
    "it": [
        "l'app mi slogga ogni volta, che fatica",
        "di nuovo il promemoria alle 6 del mattino, basta",
        "fila di 20 minuti alla reception il sabato",
    ],
    "pt": [
        "a app faz logout sempre, que seca",
        "outra vez o lembrete às 6 da manhã, chega",
        "fila de 20 minutos na receção ao sábado",
    ],
    "en": ["the app logs me out every single time"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App loggt mich jedes Mal aus"],
    "es": ["la app me echa cada vez, qué pesadez"],
}
MILD: W = {
    "it": [
        "la mappa delle piscine mostra la città sbagliata",
        "le notifiche arrivano in inglese, si può cambiare?",
    ],
    "pt": [
        "o mapa das piscinas mostra a cidade errada",
        "as notificações chegam em inglês, dá para mudar?",
    ],
    "en": ["the pool map shows the wrong city"],
    "fr": ["la carte des piscines affiche la mauvaise ville"],
    "de": ["die Bäderkarte zeigt die falsche Stadt"],
    "es": ["el mapa de piscinas muestra la ciudad equivocada"],
}
MILD_A: W = {
    "it": ["Grazie della segnalazione, lo giriamo al team dell'app."],
    "pt": ["Obrigado pelo aviso, passamos à equipa da app."],
    "en": ["Thanks for flagging, passed to the app team."],
    "fr": ["Merci du signalement, transmis à l'équipe appli."],
    "de": ["Danke für den Hinweis, geht an das App-Team."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}
SLIDE: W = {
    "it": [
        "lezione iniziata 20 minuti in ritardo, istruttore arrivato di corsa",
        "acqua torbida e corsie sovraffollate, non è più come prima",
        "mi chiedono la foto del certificato medico a OGNI ingresso",
        "prenotazioni sparite dall'app due volte, rifatte a mano",
        "BASTA: 25 € di 'penale' per una lezione che avete annullato VOI",
        "mia cognata va da {comp}, ho già prenotato lì per sabato",
    ],
    "pt": [
        "aula começou 20 minutos atrasada, professor a chegar a correr",
        "água turva e pistas cheias, já não é o que era",
        "pedem a foto do atestado médico em CADA entrada",
        "reservas desapareceram da app duas vezes",
        "CHEGA: 25 € de 'multa' por uma aula que VOCÊS cancelaram",
        "a minha cunhada vai à {comp}, já marquei lá para sábado",
    ],
    "en": [
        "lesson started 20 minutes late, instructor running in",
        "cloudy water and packed lanes, not what it was",
        "asked for my medical certificate photo at EVERY entry",
        "bookings vanished from the app twice",
        "ENOUGH: a £20 'penalty' for a lesson YOU cancelled",
        "my sister-in-law swims at {comp}, I've booked there for Saturday",
    ],
    "fr": [
        "cours commencé avec 20 minutes de retard",
        "eau trouble et lignes bondées, ce n'est plus pareil",
        "on me demande le certificat médical à CHAQUE entrée",
        "réservations disparues de l'appli deux fois",
        "ÇA SUFFIT : 25 € de 'pénalité' pour un cours que VOUS avez annulé",
        "ma belle-sœur nage chez {comp}, j'ai réservé là-bas samedi",
    ],
    "de": [
        "Kurs 20 Minuten zu spät angefangen",
        "trübes Wasser und volle Bahnen, nicht mehr wie früher",
        "bei JEDEM Einlass das Attest als Foto verlangt",
        "Buchungen zweimal aus der App verschwunden",
        "JETZT REICHTS: 25 € 'Strafgebühr' für einen Kurs, den IHR abgesagt habt",
        "meine Schwägerin schwimmt bei {comp}, hab für Samstag dort gebucht",
    ],
    "es": [
        "clase empezó 20 minutos tarde",
        "agua turbia y calles llenas, ya no es lo que era",
        "me piden el certificado médico en CADA entrada",
        "reservas desaparecidas de la app dos veces",
        "YA ESTÁ BIEN: 25 € de 'penalización' por una clase que cancelasteis VOSOTROS",
        "mi cuñada va a {comp}, ya he reservado allí el sábado",
    ],
}
CANCEL_REQ: W = {
    "it": [
        "Buongiorno, ci trasferiamo in una città senza vostre piscine: vorrei disdire il Più e chiudere l'account. Grazie di tutto."
    ],
    "pt": [
        "Bom dia, vamos mudar para uma cidade sem piscinas vossas: quero cancelar o Più e fechar a conta. Obrigada por tudo."
    ],
    "en": [
        "Hi, we're moving somewhere without your pools: please cancel my Più and close the account."
    ],
    "fr": [
        "Bonjour, nous déménageons loin de vos piscines : je veux résilier le Più et fermer le compte."
    ],
    "de": ["Hallo, wir ziehen weg, ohne Bad von euch: bitte Più kündigen und Konto schließen."],
    "es": [
        "Hola, nos mudamos a una ciudad sin vuestras piscinas: quiero darme de baja del Più y cerrar la cuenta."
    ],
}
SORRY_GO: W = {
    "it": ["Ci dispiace vederti andare, {first}. Puoi disdire da solo nell'app o sul sito."],
    "pt": ["Temos pena de a ver partir, {first}. Pode cancelar na app ou no site."],
    "en": ["Sorry to see you go, {first}. You can cancel yourself in the app or on the website."],
    "fr": [
        "Désolés de vous voir partir, {first}. Vous pouvez résilier dans l'appli ou sur le site."
    ],
    "de": ["Schade, dass Sie gehen, {first}. Kündigen können Sie in der App oder auf der Website."],
    "es": ["Sentimos que te vayas, {first}. Puedes darte de baja en la app o en la web."],
}

# ---- business arm (Nuotara Aziende) ----
B2B_PROBLEM: dict[str, W] = {
    "invoice": {
        "it": [
            "Le fatture del mese riportano la vecchia ragione sociale e nessun numero d'ordine: l'amministrazione le respinge."
        ],
        "pt": [
            "As faturas do mês têm a denominação antiga e nenhum número de encomenda: a contabilidade rejeita-as."
        ],
        "en": [
            "This month's invoices show our old company name and no PO number: accounts reject them."
        ],
        "fr": [
            "Les factures du mois portent l'ancienne raison sociale et aucun numéro de commande."
        ],
        "de": [
            "Die Rechnungen tragen den alten Firmennamen und keine Bestellnummer: die Buchhaltung lehnt sie ab."
        ],
        "es": ["Las facturas del mes llevan la razón social antigua y ningún número de pedido."],
    },
    "portal": {
        "it": [
            "Nel portale i pass dei nuovi dipendenti risultano 'non attivi', non possiamo assegnarli."
        ],
        "pt": [
            "No portal os passes dos novos colaboradores aparecem 'inativos', não os conseguimos atribuir."
        ],
        "en": ["The portal shows new staff passes as 'inactive', we can't assign them."],
        "fr": ["Le portail affiche les pass des nouveaux salariés 'inactifs'."],
        "de": [
            "Im Portal stehen die Pässe neuer Mitarbeiter auf 'inaktiv', wir können sie nicht zuweisen."
        ],
        "es": ["En el portal los pases de los empleados nuevos salen 'inactivos'."],
    },
    "overbilled": {
        "it": [
            "Ci fatturate ogni ingresso singolo invece della tariffa forfettaria del contratto: oltre 600 € in più."
        ],
        "pt": [
            "Faturam cada entrada avulsa em vez da tarifa fixa do contrato: mais de 600 € a mais."
        ],
        "en": ["You bill every single entry instead of our contract's flat rate: over £500 extra."],
        "fr": [
            "Vous facturez chaque entrée au lieu du forfait du contrat : plus de 600 € en trop."
        ],
        "de": [
            "Ihr rechnet jeden Eintritt einzeln ab statt der Vertragspauschale: über 600 € zu viel."
        ],
        "es": [
            "Nos facturáis cada entrada suelta en vez de la tarifa plana del contrato: más de 600 € de más."
        ],
    },
    "service_blocked": {
        "it": [
            "I nostri dipendenti vengono respinti al tornello, 'conto sospeso', ma le fatture sono pagate."
        ],
        "pt": [
            "Os nossos colaboradores são barrados na entrada, 'conta suspensa', mas as faturas estão pagas."
        ],
        "en": [
            "Our staff are turned away at the turnstile, 'account suspended', though we've paid."
        ],
        "fr": [
            "Nos salariés sont refoulés au tourniquet, 'compte suspendu', alors que tout est payé."
        ],
        "de": ["Unsere Leute werden am Drehkreuz abgewiesen, 'Konto gesperrt', obwohl bezahlt."],
        "es": [
            "A nuestros empleados los paran en el torno, 'cuenta suspendida', y está todo pagado."
        ],
    },
}
B2B_LATER: W = {
    "it": ["Come già scritto da {colleague} {day}, segnalazione {case}: {problem}"],
    "pt": ["Como a {colleague} já escreveu {day}, pedido {case}: {problem}"],
    "en": ["As {colleague} wrote {day}, case {case}: {problem}"],
    "fr": ["Comme {colleague} l'a écrit {day}, demande {case} : {problem}"],
    "de": ["Wie {colleague} {day} schon schrieb, Vorgang {case}: {problem}"],
    "es": ["Como ya escribió {colleague} {day}, incidencia {case}: {problem}"],
}
B2B_DAY = {
    "it": "stamattina",
    "pt": "esta manhã",
    "en": "this morning",
    "fr": "ce matin",
    "de": "heute Morgen",
    "es": "esta mañana",
}
B2B_LAST_MAIL: W = {
    "it": [
        "Segnalazione {case}: nulla è cambiato e mezzo ufficio vi ha scritto. L'ufficio acquisti ha già chiesto i prezzi a {comp}."
    ],
    "pt": [
        "Pedido {case}: nada mudou e meio escritório já vos escreveu. As compras já pediram preços à {comp}."
    ],
    "en": [
        "Case {case}: nothing's fixed and half the office has written. Procurement has already asked {comp} for rates."
    ],
    "fr": ["Demande {case} : rien n'a changé, les achats ont déjà demandé les tarifs de {comp}."],
    "de": ["Vorgang {case}: nichts behoben, der Einkauf hat schon Preise bei {comp} angefragt."],
    "es": ["Incidencia {case}: nada arreglado, compras ya ha pedido precios a {comp}."],
}
B2B_LAST_CALL: W = {
    "it": [
        "si buongiorno chiamo per la segnalazione {case} non è cambiato niente ci hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "sim bom dia ligo por causa do pedido {case} não mudou nada já escreveram vários colegas o meu chefe diz que se não se resolver esta semana mudamos de fornecedor"
    ],
    "en": [
        "yeah hi calling about case {case} nothing has changed several of us wrote my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "oui bonjour j'appelle pour la demande {case} rien n'a bougé mon patron dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "ja hallo wegen Vorgang {case} es hat sich nichts getan mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "sí hola llamo por la incidencia {case} no ha cambiado nada mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_ACK: W = {
    "it": [
        "Gentile {first}, abbiamo aperto la segnalazione {case} per il vostro conto e la seguiamo con priorità."
    ],
    "pt": [
        "Cara {first}, abrimos o pedido {case} para a vossa conta e acompanhamos com prioridade."
    ],
    "en": ["Dear {first}, we've opened case {case} for your account and are on it."],
    "fr": ["Bonjour {first}, demande {case} ouverte pour votre compte, nous la suivons."],
    "de": ["Hallo {first}, wir haben Vorgang {case} für Ihr Konto eröffnet."],
    "es": ["Hola {first}, hemos abierto la incidencia {case} para vuestra cuenta."],
}
B2B_SUGGEST: W = {
    "it": [
        "Suggerimento: sarebbe utile esportare gli ingressi per centro di costo.",
        "si potrebbe avere il riepilogo mensile in CSV?",
    ],
    "pt": [
        "Sugestão: dava jeito exportar as entradas por centro de custo.",
        "podiam enviar o resumo mensal em CSV?",
    ],
    "en": ["Suggestion: exporting entries by cost centre would help."],
    "fr": ["Suggestion : exporter les entrées par centre de coûts serait utile."],
    "de": ["Vorschlag: Export der Eintritte nach Kostenstelle wäre hilfreich."],
    "es": ["Sugerencia: exportar las entradas por centro de coste ayudaría."],
}
B2B_Q: W = {
    "it": [
        "ciao, come aggiungo un dipendente al pacchetto aziendale?",
        "possiamo prenotare due corsie per il team giovedì?",
    ],
    "pt": [
        "olá, como acrescento um colaborador ao pacote da empresa?",
        "podemos reservar duas pistas para a equipa na quinta?",
    ],
    "en": ["hi, how do I add a new starter to our company plan?"],
    "fr": ["bonjour, comment ajouter un salarié à notre offre entreprise ?"],
    "de": ["Hallo, wie füge ich einen neuen Mitarbeiter zum Firmenpaket hinzu?"],
    "es": ["hola, ¿cómo añado un empleado al plan de empresa?"],
}
B2B_A: W = {
    "it": ["Dal portale: Dipendenti > Aggiungi. Fatto in un minuto!"],
    "pt": ["No portal: Colaboradores > Adicionar. Num minuto!"],
    "en": ["In the portal: Staff > Add. Takes a minute!"],
    "fr": ["Dans le portail : Salariés > Ajouter."],
    "de": ["Im Portal: Mitarbeiter > Hinzufügen."],
    "es": ["En el portal: Empleados > Añadir."],
}
B2B_PRAISE: W = {
    "it": ["Il team è contentissimo dei pass Nuotara, ottimo benefit"],
    "pt": ["A equipa adora os passes Nuotara, ótimo benefício"],
    "en": ["The team loves the Nuotara passes, great perk"],
    "fr": ["L'équipe adore les pass Nuotara, super avantage"],
    "de": ["Das Team liebt die Nuotara-Pässe, toller Benefit"],
    "es": ["Al equipo le encantan los pases Nuotara, gran beneficio"],
}

# ---- topic_spike ----
SPIKE_REPORT: W = {
    "it": [
        "ho fatto il check-in al tornello alle 9 e l'app dice che NON mi sono presentata, ora non posso prenotare per 7 giorni!! errore {code}",
        "nuotato un'ora e l'app mi segna assente con blocco prenotazioni. ma scherziamo?",
        "Nuotara la vostra app mi ha sospeso per 'no-show' mentre ero IN ACQUA. codice {code}",
        "anche a voi il blocco per mancata presenza stamattina? io ero lì, badge passato",
    ],
    "pt": [
        "fiz check-in na entrada às 9 e a app diz que NÃO apareci, agora não posso reservar 7 dias!! erro {code}",
        "nadei uma hora e a app marca-me falta com bloqueio de reservas. estão a brincar?",
        "Nuotara a vossa app suspendeu-me por 'falta' enquanto eu estava NA ÁGUA. código {code}",
        "mais alguém com bloqueio por falta esta manhã? eu estive lá, passei o cartão",
    ],
    "en": [
        "checked in at the turnstile and the app says I was a NO-SHOW, now I can't book for 7 days!! error {code}",
        "swam for an hour and got a no-show strike and a booking ban, seriously?",
    ],
    "fr": [
        "badgé à 9h et l'appli dit que je ne suis PAS venue, bloquée 7 jours !! erreur {code}",
        "nagé une heure et marquée absente avec blocage des réservations, sérieux ?",
    ],
    "de": [
        "um 9 am Drehkreuz eingecheckt und die App sagt NICHT ERSCHIENEN, 7 Tage Buchungssperre!! Fehler {code}",
        "eine Stunde geschwommen und trotzdem als No-Show gesperrt, echt jetzt?",
    ],
    "es": [
        "he fichado en el torno a las 9 y la app dice que NO me presenté, bloqueada 7 días!! error {code}",
        "una hora nadando y me ponen falta con bloqueo de reservas, en serio?",
    ],
}
SPIKE_REPEAT: W = {
    "it": [
        "ancora {code}, provato anche dal telefono di mio marito, bloccata lo stesso",
        "sempre sospesa per no-show, riprovato alla reception: niente",
    ],
    "pt": [
        "ainda {code}, tentei no telemóvel do meu marido, continua bloqueado",
        "continuo suspensa por falta, tentei na receção: nada",
    ],
    "en": ["still {code}, tried on my husband's phone too, still banned"],
    "fr": ["toujours {code}, essayé sur le téléphone de mon mari, toujours bloquée"],
    "de": ["immer noch {code}, auch auf dem Handy meines Mannes gesperrt"],
    "es": ["sigue el {code}, probado en el móvil de mi marido, sigo bloqueada"],
}
SPIKE_CHAT_A: W = {
    "it": [
        "Sì, stamattina i check-in vengono registrati per errore come assenze, i tecnici ci stanno lavorando e toglieremo ogni blocco."
    ],
    "pt": [
        "Sim, esta manhã os check-ins estão a ser registados por erro como faltas, os técnicos estão a tratar e vamos retirar os bloqueios."
    ],
    "en": [
        "Yes, this morning's check-ins are wrongly recorded as no-shows, engineers are on it and we'll lift every ban."
    ],
    "fr": [
        "Oui, ce matin les entrées sont enregistrées à tort comme absences, nos techniciens s'en occupent."
    ],
    "de": [
        "Ja, heute früh werden Check-ins fälschlich als No-Show gespeichert, die Technik ist dran, Sperren werden aufgehoben."
    ],
    "es": [
        "Sí, esta mañana los fichajes se registran por error como faltas, los técnicos están en ello y quitaremos los bloqueos."
    ],
}
SPIKE_FIXED: W = {
    "it": [
        "Dalle 12:40 i check-in funzionano di nuovo, assenze e blocchi cancellati. Ti abbiamo aggiunto un ingresso ospite gratuito."
    ],
    "pt": [
        "Desde as 11:40 os check-ins funcionam de novo, faltas e bloqueios apagados. Acrescentámos uma entrada de convidado grátis."
    ],
    "en": [
        "Check-ins work again since 11:40, no-show marks and bans removed. A free guest pass has been added."
    ],
    "fr": [
        "Depuis 12h40 les entrées fonctionnent, absences et blocages supprimés. Un pass invité offert."
    ],
    "de": [
        "Seit 12:40 funktionieren Check-ins wieder, Sperren gelöscht. Ein Gästeeintritt ist gutgeschrieben."
    ],
    "es": [
        "Desde las 12:40 los fichajes funcionan, faltas y bloqueos borrados. Te hemos añadido un pase de invitado."
    ],
}
LONE_Q: W = {
    "it": [
        "ho letto 'nuova regola no-show' nell'app: se domani arrivo 10 minuti tardi conta come assenza?"
    ],
    "pt": [
        "li 'nova regra de faltas' na app: se amanhã chegar 10 minutos atrasada conta como falta?"
    ],
    "en": ["saw 'new no-show rule' in the app: if I'm 10 minutes late tomorrow is that a no-show?"],
    "fr": ["vu 'nouvelle règle d'absence' dans l'appli : 10 minutes de retard demain, ça compte ?"],
    "de": ["in der App 'neue No-Show-Regel' gelesen: zählt 10 Minuten Verspätung morgen schon?"],
    "es": ["he visto 'nueva norma de faltas' en la app: si llego 10 minutos tarde mañana cuenta?"],
}
LONE_A: W = {
    "it": ["No, fino a 15 minuti di ritardo il check-in vale. Buona nuotata!"],
    "pt": ["Não, até 15 minutos de atraso o check-in conta. Boas braçadas!"],
    "en": ["No, up to 15 minutes late the check-in still counts."],
    "fr": ["Non, jusqu'à 15 minutes de retard l'entrée compte."],
    "de": ["Nein, bis 15 Minuten Verspätung gilt der Check-in."],
    "es": ["No, hasta 15 minutos tarde el fichaje vale."],
}
SLOW_MAP: W = {
    "it": ["la mappa delle piscine nell'app ci mette una vita a caricare"],
    "pt": ["o mapa das piscinas na app demora imenso a carregar"],
    "en": ["the pool map in the app takes ages to load"],
    "fr": ["la carte des piscines met une éternité à charger"],
    "de": ["die Bäderkarte in der App lädt ewig"],
    "es": ["el mapa de piscinas tarda muchísimo en cargar"],
}
