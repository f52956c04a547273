# ruff: noqa: E501
"""Words for heldout85 (Orlavio: clothing alterations and tailoring by app and web).

Placeholders: {ref} case, {comp} competitor, {prod} garment job, {amt} amount,
{first} a colleague's first name, {day} a weekday, {time} a local time.
"""

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")

PRODUCTS = [
    "Trouser hem, 2 pairs / Bajo de pantalón, 2 pares",
    "Suit jacket taken in / Americana entallada",
    "Zip replacement, jacket / Cambio de cremallera, chaqueta",
    "Wedding dress fitting / Arreglo vestido de novia",
    "Leather jacket lining / Forro chaqueta de cuero",
    "Curtains shortened, 4 panels / Cortinas acortadas, 4 paños",
    "Dress taken in / Vestido entallado",
    "Coat sleeves shortened / Mangas de abrigo acortadas",
]

PAGES = [
    "/app/new-order",
    "/app/pricing",
    "/club",
    "/how-it-works",
    "/app/my-orders",
    "/courier-slots",
]

PRAISE = {
    "es": [
        "Tercera vez que le mando los pantalones a Orlavio y otra vez el bajo perfecto, ni se nota 👌",
        "El vestido de la boda de mi hermana quedó como hecho a medida, gracias Orlavio!!",
        "Recogida a las 9, devuelto el jueves, la americana me queda por fin bien. Muy contenta",
        "Cremallera nueva en la chaqueta de mi hijo en 3 dias. Todo bien, solo que la bolsa de vuelta venia un poco arrugada",
        "Otra vez Orlavio salvando mis vaqueros jajaja, la costurera deja hasta una notita",
    ],
    "de": [
        "Schon wieder perfekt gekürzt, die Hose sitzt wie angegossen. Danke Orlavio!",
        "Brautkleid angepasst, Abholung und Rückgabe pünktlich, ich bin begeistert",
        "Zum dritten Mal das Sakko abgegeben und wieder top. Nur die App-Benachrichtigungen sind etwas viele",
        "Reißverschluss an der Winterjacke ersetzt, sieht aus wie original. Klare Empfehlung",
        "Vorhänge gekürzt ohne dass ich nähen muss, endlich!! Orlavio ❤️",
    ],
    "en": [
        "Third time using Orlavio for my work trousers and still spot on, hems are invisible",
        "Coat sleeves shortened and back in 4 days, fits perfectly. Only wish the courier window was narrower",
    ],
    "fr": [
        "Ourlet parfait encore une fois, merci Orlavio, je ne couds plus rien moi-même",
        "Robe reprise pour le mariage, impeccable. Seul bémol, le sac de retour est un peu fragile",
    ],
    "it": [
        "Orlo dei pantaloni perfetto anche stavolta, Orlavio non sbaglia mai",
        "Giacca di pelle con fodera nuova, sembra comprata ieri. Grazie!",
    ],
    "pt": [
        "Bainha das calças perfeita outra vez, obrigada Orlavio",
        "Casaco ajustado e devolvido em 3 dias, ficou ótimo. So o estafeta chegou um pouco tarde",
    ],
}

REVIEW = {
    "es": [
        "Arreglos muy cuidados y recogida puntual. Repetiré",
        "Buen servicio, la app es facil y el acabado de 10",
    ],
    "de": [
        "Saubere Arbeit, faire Preise, Abholung klappt immer",
        "Sehr gute Schneiderei per App, gerne wieder",
    ],
    "en": ["Tidy work, fair prices, courier always on time"],
    "fr": ["Travail soigné, coursier ponctuel, je recommande"],
    "it": ["Lavoro preciso e ritiro puntuale, consigliato"],
    "pt": ["Trabalho cuidado e recolha pontual, recomendo"],
}

QUESTION = {
    "es": [
        "hola, se puede acortar un pantalón de lino o encoge?",
        "Buenas! cuanto tarda un bajo de vaqueros con la recogida del martes?",
        "una pregunta porfa, puedo meter dos prendas en la misma bolsa?",
    ],
    "de": [
        "Hallo, kann ich eine Lederjacke mit in den Beutel packen oder braucht die eine eigene Bestellung?",
        "Wie lange dauert ein Saum bei Jeans, wenn der Kurier Dienstag kommt?",
        "hi, geht auch ein Reißverschluss an einem Schlafsack?",
    ],
    "en": ["hi can you shorten a lined wool coat or is that a tailor job?"],
    "fr": ["Bonjour, vous faites les ourlets sur un jean stretch ?"],
    "it": ["Ciao, si può stringere un abito da sposa in una settimana?"],
    "pt": ["Ola, fazem bainha em calças de ganga com o acabamento original?"],
}

ANSWER = {
    "es": [
        "¡Hola! Sí, sin problema: elige el arreglo en la app y el mensajero lo recoge. Suele tardar 3-4 días."
    ],
    "de": [
        "Hallo! Ja, das geht: einfach in der App auswählen, der Kurier holt alles ab. Meist 3-4 Tage."
    ],
    "en": [
        "Hi! Yes, that's fine: pick the job in the app and the courier collects it. Usually 3-4 days."
    ],
    "fr": [
        "Bonjour ! Oui, sans souci : choisissez la retouche dans l'app, le coursier passe. Comptez 3-4 jours."
    ],
    "it": [
        "Ciao! Sì, nessun problema: scegli la riparazione nell'app, il corriere ritira. Di solito 3-4 giorni."
    ],
    "pt": [
        "Olá! Sim, sem problema: escolha o arranjo na app e o estafeta recolhe. Normalmente 3-4 dias."
    ],
}

THANKS = {
    "es": ["genial gracias!", "perfecto, mil gracias 🙏"],
    "de": ["super, danke!", "Top, vielen Dank"],
    "en": ["brilliant thanks"],
    "fr": ["parfait merci !"],
    "it": ["perfetto grazie!"],
    "pt": ["otimo obrigada"],
}

CALL_Q = {
    "es": [
        "hola quería saber si el mensajero puede venir por la tarde a recoger un traje es que trabajo por las mañanas vale gracias"
    ],
    "de": [
        "ja hallo ich wollte fragen ob ich beim Club die Kürzung von Vorhängen auch günstiger bekomme danke"
    ],
    "en": [
        "hi there just calling to ask if you do wedding dress fittings at home or only by courier thanks"
    ],
    "fr": [
        "oui bonjour je voulais savoir si on peut changer le créneau du coursier à demain merci"
    ],
    "it": ["pronto buongiorno volevo sapere se il corriere passa anche il sabato grazie"],
    "pt": ["bom dia queria saber se o estafeta pode vir ao sábado obrigada"],
}

CALL_FOLLOW = {
    "es": "Hola, como hablamos por teléfono: sí, puedes elegir franja de tarde (16-20 h) en la app. Un saludo, Orlavio",
    "de": "Hallo, wie telefonisch besprochen: ja, mit dem Club gibt es 15 % auf alle Änderungen. Viele Grüße, Orlavio",
    "en": "Hi, as discussed on the phone: fittings are by courier, with a video fitting if you like. Best, Orlavio",
    "fr": "Bonjour, comme convenu au téléphone : vous pouvez changer le créneau dans l'app. Cordialement, Orlavio",
    "it": "Ciao, come detto al telefono: sì, il corriere passa anche il sabato mattina. Saluti, Orlavio",
    "pt": "Olá, como falámos ao telefone: sim, há recolhas ao sábado de manhã. Cumprimentos, Orlavio",
}

SURVEY_WORDS = {
    "es": ["genial", "", "👍", "todo perfecto"],
    "de": ["super", "", "passt", "👍"],
    "en": ["great", ""],
    "fr": ["top", ""],
    "it": ["ottimo", ""],
    "pt": ["5 estrelas", ""],
}

NIGHT_POST = {
    "es": [
        "las 3 de la mañana y yo probándome el vestido que me arregló Orlavio, queda perfecto, no puedo dormir de la emoción",
        "turno de noche en el hospital y acabo de pedir el bajo del uniforme nuevo por la app, que comodo",
    ],
    "de": [
        "Nachtschicht an der Tankstelle, eben noch schnell die Hose zum Kürzen bestellt. Praktisch, diese App",
        "kann nicht schlafen, hab den ganzen Kleiderschrank sortiert und 4 Teile für Orlavio rausgelegt 😅",
    ],
    "en": ["2am and I've just booked three hems on Orlavio, insomnia is good for something"],
    "fr": ["Insomnie, j'en profite pour commander la retouche de ma veste sur Orlavio"],
    "it": ["Le 2 di notte e ho appena prenotato l'orlo su Orlavio, comodissimo"],
    "pt": ["Sao 2 da manha e acabei de marcar a bainha na Orlavio, muito pratico"],
}

NIGHT_Q = {
    "es": ["hola, si pido ahora de noche la recogida de mañana entra todavia?"],
    "de": ["hallo, kann ich jetzt noch die Abholung für morgen früh buchen?"],
    "en": ["hi, if I book now can the courier still come tomorrow morning?"],
    "fr": ["bonsoir, si je commande maintenant, le coursier passe demain matin ?"],
    "it": ["ciao, se prenoto ora il corriere passa domattina?"],
    "pt": ["ola, se marcar agora o estafeta vem amanha de manha?"],
}

NIGHT_ANSWER = {
    "es": "¡Hola! Sí, hasta las 7:00 entra para la franja de mañana.",
    "de": "Hallo! Ja, bis 7:00 Uhr geht das noch für morgen.",
    "en": "Hi! Yes, bookings until 7:00 still make tomorrow's slot.",
    "fr": "Bonsoir ! Oui, jusqu'à 7h00 c'est bon pour demain.",
    "it": "Ciao! Sì, fino alle 7:00 rientri nello slot di domani.",
    "pt": "Olá! Sim, até às 7:00 ainda entra para amanhã.",
}

# The six consumer problems: what happened, in a customer's words.
PROBLEM = {
    "no_show": {
        "es": [
            "la app dice ENTREGADO desde el martes y mi traje no ha llegado, lo necesito para una boda el sábado",
            "el pedido sale como devuelto y entregado pero aqui no ha venido nadie, y es mi abrigo bueno",
        ],
        "de": [
            "laut App seit Dienstag ZUGESTELLT, aber mein Anzug ist nie angekommen, Samstag ist die Hochzeit",
            "Lieferung als zugestellt markiert, hier war niemand, und es ist mein einziger Wintermantel",
        ],
        "en": [
            "the app says DELIVERED since Tuesday and my suit never came, the wedding is Saturday"
        ],
        "fr": ["l'app indique livré depuis mardi mais mon costume n'est jamais arrivé"],
        "it": ["l'app dice consegnato da martedì ma il mio abito non è mai arrivato"],
        "pt": ["a app diz entregue desde terça mas o meu fato nunca chegou"],
    },
    "double_charge": {
        "es": [
            "me habéis cobrado DOS veces el mismo arreglo, {amt}, y ahora me han devuelto un recibo en el banco",
            "cargo doble del bajo de los pantalones, dos veces {amt} en la tarjeta",
        ],
        "de": [
            "Sie haben die Änderung ZWEIMAL abgebucht, {amt}, und jetzt ist die Miete geplatzt",
            "doppelte Abbuchung für denselben Auftrag, zweimal {amt}",
        ],
        "en": ["you've charged me TWICE for the same alteration, {amt} each time"],
        "fr": ["vous m'avez débité deux fois la même retouche, {amt}"],
        "it": ["mi avete addebitato due volte la stessa riparazione, {amt}"],
        "pt": ["cobraram-me duas vezes o mesmo arranjo, {amt}"],
    },
    "damage": {
        "es": [
            "el vestido ha vuelto con una quemadura de plancha en la falda, justo delante",
            "me cortaron el bajo 5 cm mas de lo que pedí, los pantalones ya no sirven",
        ],
        "de": [
            "das Kleid kam mit einem Bügelfleck vorne am Rock zurück, man sieht es sofort",
            "die Hose ist 5 cm zu kurz gekürzt, so kann ich sie wegwerfen",
        ],
        "en": ["the dress came back with an iron scorch right on the front of the skirt"],
        "fr": ["la robe est revenue avec une brûlure de fer sur le devant"],
        "it": ["il vestito è tornato con una bruciatura di ferro davanti"],
        "pt": ["o vestido voltou com uma queimadura de ferro na frente"],
    },
    "refund": {
        "es": [
            "cancelé el arreglo antes de la recogida y TRES semanas despues sigo sin los {amt}",
            "me prometisteis el reembolso de {amt} y nada, ya van tres semanas",
        ],
        "de": [
            "Auftrag vor der Abholung storniert und nach DREI Wochen immer noch keine {amt} zurück",
            "Erstattung von {amt} zugesagt, passiert ist seit drei Wochen nichts",
        ],
        "en": ["I cancelled before collection and THREE weeks later still no refund of {amt}"],
        "fr": ["annulé avant la collecte et toujours pas remboursé de {amt} après trois semaines"],
        "it": ["ho annullato prima del ritiro e dopo tre settimane niente rimborso di {amt}"],
        "pt": ["cancelei antes da recolha e três semanas depois ainda sem o reembolso de {amt}"],
    },
    "wrong_price": {
        "es": [
            "soy del Club y me habeis cobrado la tarifa normal, {amt} de mas",
            "pago el Club cada mes y el arreglo me sale al precio de no socio",
        ],
        "de": [
            "ich bin Club-Mitglied und zahle trotzdem den normalen Preis, {amt} zu viel",
            "Club-Beitrag jeden Monat und dann der Preis für Nichtmitglieder, super",
        ],
        "en": ["I'm a Club member and got charged the full rate, {amt} too much"],
        "fr": ["je suis membre du Club et on m'a facturé le plein tarif"],
        "it": ["sono socia del Club e mi avete fatto pagare la tariffa piena"],
        "pt": ["sou sócio do Club e cobraram-me a tarifa normal"],
    },
    "cancel_fee": {
        "es": [
            "cancelé con CUATRO dias de antelacion y me cobrais {amt} de gastos de cancelación",
            "gastos de cancelación de {amt} por anular una recogida de la semana que viene??",
        ],
        "de": [
            "VIER Tage vorher storniert und trotzdem {amt} Stornogebühr",
            "Stornogebühr von {amt} für eine Abholung nächste Woche??",
        ],
        "en": ["cancelled FOUR days ahead and still got a {amt} cancellation fee"],
        "fr": ["annulé quatre jours avant et facturé {amt} de frais d'annulation"],
        "it": ["annullato quattro giorni prima e addebitati {amt} di penale"],
        "pt": ["cancelei com quatro dias de antecedência e cobraram {amt} de taxa"],
    },
}

SUBJECT_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
TOPIC = {
    "no_show": {
        "es": "pedido entregado que no llegó",
        "de": "Zustellung nie angekommen",
        "en": "order marked delivered",
        "fr": "commande jamais reçue",
        "it": "ordine mai arrivato",
        "pt": "encomenda não chegou",
    },
    "double_charge": {
        "es": "cobro doble",
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "fr": "double débit",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
    },
    "damage": {
        "es": "prenda estropeada",
        "de": "Kleidungsstück beschädigt",
        "en": "garment damaged",
        "fr": "vêtement abîmé",
        "it": "capo rovinato",
        "pt": "peça estragada",
    },
    "refund": {
        "es": "reembolso pendiente",
        "de": "Erstattung fehlt",
        "en": "refund missing",
        "fr": "remboursement",
        "it": "rimborso mancante",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "es": "precio del Club",
        "de": "Club-Preis",
        "en": "Club price",
        "fr": "tarif Club",
        "it": "prezzo Club",
        "pt": "preço Club",
    },
    "cancel_fee": {
        "es": "gastos de cancelación",
        "de": "Stornogebühr",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "it": "penale",
        "pt": "taxa de cancelamento",
    },
}

SHORT_MAIL = {
    "es": [
        "Hola, {p}. Esto no puede ser, quiero una solución ya.",
        "Buenas, {p}. YA ESTÁ BIEN. Espero respuesta hoy.",
    ],
    "de": [
        "Hallo, {p}. Das geht so nicht, ich erwarte eine Lösung.",
        "Guten Tag, {p}. JETZT REICHTS. Bitte heute melden.",
    ],
    "en": ["Hello, {p}. This is not acceptable, please sort it today."],
    "fr": ["Bonjour, {p}. C'est inadmissible, merci de régler ça."],
    "it": ["Buongiorno, {p}. Non è accettabile, aspetto una soluzione."],
    "pt": ["Bom dia, {p}. Isto não é aceitável, quero uma solução."],
}
CHAT_COMPLAINT = {
    "es": ["oye {p}, q pasa??", "{p} 😡 alguien me lo explica"],
    "de": ["hallo?? {p}, was soll das", "{p}. ernsthaft?"],
    "en": ["hey {p}, what's going on??"],
    "fr": ["bonjour, {p}, c'est quoi ce délire"],
    "it": ["ciao, {p}, ma che succede??"],
    "pt": ["ola, {p}, o que se passa??"],
}
SOCIAL_COMPLAINT = {
    "es": ["Orlavio {p}. Nunca más 😤", "Genial Orlavio, {p}. Gracias por nada"],
    "de": ["Orlavio {p}. Unfassbar", "{p}. Danke für nichts, Orlavio"],
    "en": ["Orlavio {p}. Unbelievable"],
    "fr": ["Orlavio {p}. Incroyable"],
    "it": ["Orlavio {p}. Incredibile"],
    "pt": ["Orlavio {p}. Inacreditável"],
}
FORM_COMPLAINT = {
    "es": ["{p}. Pido que lo revisen y me contesten por email."],
    "de": ["{p}. Bitte prüfen und per E-Mail antworten."],
    "en": ["{p}. Please look into it and reply by email."],
    "fr": ["{p}. Merci de vérifier et de répondre par e-mail."],
    "it": ["{p}. Vi prego di verificare e rispondere via email."],
    "pt": ["{p}. Peço que verifiquem e respondam por email."],
}
CALL_COMPLAINT = {
    "es": "hola mire le llamo porque {p} y ya estoy harta de esperar me pueden decir algo hoy",
    "de": "ja guten Tag ich rufe an weil {p} und ich will heute noch wissen was da los ist",
    "en": "yes hi I'm calling because {p} and I need someone to tell me today what's happening",
    "fr": "oui bonjour j'appelle parce que {p} et je veux une réponse aujourd'hui",
    "it": "pronto buongiorno chiamo perché {p} e vorrei una risposta oggi",
    "pt": "bom dia estou a ligar porque {p} e quero uma resposta hoje",
}
LONG_MAIL = {
    "es": [
        "Buenos días:\n\nLes escribo desde la sala de espera del fisio de mi madre, que es el único rato que tengo esta semana. Llevo dos años usando Orlavio para los uniformes del trabajo y para todo lo de casa, y siempre muy bien, de verdad, se lo he recomendado a media oficina.\n\nPero esta vez {p}. Entre el trabajo, mi madre y los niños no tengo tiempo para andar persiguiendo esto por teléfono.\n\nLes pido por favor que me digan qué van a hacer y cuándo.\n\nUn saludo",
        "Hola,\n\nperdonen el rollo pero es que no me queda otra. Estoy reformando el piso que heredé de mi tía y voy de obra en obra, y lo único que me funcionaba sin pensar era Orlavio.\n\nResulta que {p}. Ya sé que son cosas que pasan, pero necesito que alguien se haga cargo.\n\nQuedo a la espera.",
    ],
    "de": [
        "Sehr geehrtes Orlavio-Team,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter, weil ich sonst diese Woche keine ruhige Minute habe. Ich nutze Orlavio seit Jahren und war immer sehr angetan, habe Sie auch im Kollegenkreis empfohlen.\n\nDiesmal aber: {p}. Ich habe weder Zeit noch Nerven, dem hinterherzutelefonieren, wir ziehen nächsten Monat um.\n\nBitte teilen Sie mir mit, wie es weitergeht.\n\nMit freundlichen Grüßen",
        "Hallo zusammen,\n\nentschuldigen Sie die lange Mail. Ich pflege gerade meinen Vater nach seiner Knie-OP und erledige alles nebenbei, Orlavio war da immer eine echte Entlastung.\n\nNun ist es so, dass {p}. Ich verstehe, dass Fehler passieren, aber ich brauche jetzt eine Lösung.\n\nDanke und Gruß",
    ],
}

CASE_OPENED = {
    "es": "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y te escribimos en cuanto sepamos más. Equipo Orlavio",
    "de": "Hallo, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns, sobald wir mehr wissen. Ihr Orlavio-Team",
    "en": "Hi, we're really sorry. We've opened case {ref} and will get back to you as soon as we know more. The Orlavio team",
    "fr": "Bonjour, nous sommes désolés. Nous avons ouvert la demande {ref} et revenons vers vous au plus vite. L'équipe Orlavio",
    "it": "Ciao, ci dispiace molto. Abbiamo aperto la segnalazione {ref} e ti aggiorniamo presto. Il team Orlavio",
    "pt": "Olá, lamentamos muito. Abrimos o pedido {ref} e voltamos a contactar assim que soubermos mais. Equipa Orlavio",
}
CASE_WORD = {
    "es": "Incidencia",
    "de": "Vorgang",
    "en": "Your case",
    "fr": "Demande",
    "it": "Segnalazione",
    "pt": "Pedido",
}
RE = {"es": "RE:", "de": "AW:", "en": "Re:", "fr": "RE :", "it": "R:", "pt": "RE:"}

GOOD_NEWS = {
    "es": "Buenas noticias sobre la incidencia {ref}: ya está resuelto por nuestra parte. ¿Nos confirmas que a ti también te consta? Gracias",
    "de": "Gute Nachrichten zu Vorgang {ref}: auf unserer Seite ist alles erledigt. Können Sie uns bestätigen, dass es bei Ihnen passt? Danke",
    "en": "Good news on case {ref}: it's sorted on our side. Could you confirm it looks right to you too? Thanks",
    "fr": "Bonne nouvelle pour la demande {ref} : c'est réglé de notre côté. Pouvez-vous nous le confirmer ? Merci",
    "it": "Buone notizie sulla segnalazione {ref}: da parte nostra è risolto. Ci confermi che va bene anche per te? Grazie",
    "pt": "Boas notícias sobre o pedido {ref}: está resolvido do nosso lado. Pode confirmar-nos? Obrigado",
}
CONFIRM = {
    "es": [
        "Confirmado, lo de {ref} ya está bien. Gracias por arreglarlo",
        "si, {ref} solucionado, gracias!",
    ],
    "de": [
        "Bestätigt, {ref} ist erledigt. Danke fürs Kümmern",
        "ja passt, {ref} ist gelöst, danke",
    ],
    "en": ["Confirmed, {ref} is sorted now. Thanks"],
    "fr": ["Confirmé, {ref} est réglé. Merci"],
    "it": ["Confermo, {ref} è risolto. Grazie"],
    "pt": ["Confirmo, {ref} está resolvido. Obrigada"],
}
APOLOGY = {
    "es": ["perdonad por el tono de ayer, estaba desbordada. gracias por arreglarlo tan rápido"],
    "de": ["Sorry für meinen Ton gestern, war ein furchtbarer Tag. Danke für die schnelle Lösung"],
    "en": ["sorry for yesterday's tone, bad day. thanks for fixing it so fast"],
    "fr": ["désolée pour le ton d'hier, merci d'avoir réglé ça si vite"],
    "it": ["scusate per il tono di ieri, grazie per la rapidità"],
    "pt": ["desculpem o tom de ontem, obrigada por resolverem tão depressa"],
}
QUALITY_LEAD = {
    "es": "Hola, tu incidencia {ref} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hi, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour, votre demande {ref} est désormais suivie par notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao, la tua segnalazione {ref} è ora in mano alla responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
}
URGENT = {
    "es": "Lo añadimos a la incidencia {ref} y la marcamos como urgente.",
    "de": "Wir haben es zu Vorgang {ref} hinzugefügt und als dringend markiert.",
    "en": "We've added this to case {ref} and marked it urgent.",
    "fr": "Nous l'avons ajouté à la demande {ref}, marquée urgente.",
    "it": "Aggiunto alla segnalazione {ref}, segnata come urgente.",
    "pt": "Acrescentámos ao pedido {ref} e marcámos como urgente.",
}
STILL = {
    "es": [
        "Sigo esperando con la incidencia {ref}: {p}. Nadie me ha dicho nada",
        "otra vez yo, {ref} sigue SIN resolver. {p}",
    ],
    "de": [
        "Noch einmal wegen {ref}: {p}. Es hat sich niemand gemeldet",
        "immer noch nichts zu {ref}. {p}",
    ],
    "en": ["Writing again about {ref}: {p}. Still nothing from you"],
    "fr": ["Je relance pour {ref} : {p}. Toujours rien"],
    "it": ["Scrivo di nuovo per {ref}: {p}. Ancora niente"],
    "pt": ["Volto a escrever sobre {ref}: {p}. Continua tudo igual"],
}
THIRD = {
    "es": [
        "Tercera vez con {ref}. Una compañera lleva la ropa a {comp} y allí se lo arreglan el mismo día"
    ],
    "de": ["Dritter Anlauf wegen {ref}. Ich hab mir schon angeschaut, was {comp} verlangt"],
    "en": ["Third time about {ref}. A colleague uses {comp} and they sort this the same day"],
    "fr": ["Troisième fois pour {ref}. Une collègue passe par {comp}, eux règlent ça le jour même"],
    "it": ["Terza volta per {ref}. Ho già guardato quanto chiede {comp}"],
    "pt": ["Terceira vez sobre {ref}. Uma colega usa a {comp} e resolvem no mesmo dia"],
}
FOURTH = {
    "es": "CUARTA vez. {ref}. Ni llamada ni solución.",
    "de": "Zum VIERTEN Mal: {ref}. Kein Anruf, keine Lösung.",
    "en": "FOURTH time. {ref}. No call, no fix.",
    "fr": "QUATRIÈME fois. {ref}. Ni appel ni solution.",
    "it": "QUARTA volta. {ref}. Nessuna chiamata.",
    "pt": "QUARTA vez. {ref}. Nem chamada nem solução.",
}

SLIDE = {
    "es": [
        "El mensajero llegó tres horas tarde y sin avisar, me tocó esperar en casa toda la mañana",
        "El bajo ha quedado torcido, se nota al andar. Antes esto no pasaba con Orlavio",
        "Ahora piden foto de cada prenda por delante y por detrás antes de la recogida. En serio?",
        "Cinco dias para un simple bajo, antes eran dos. Cada vez peor",
        "Me cobran 12 € de 'planchado premium' que nunca pedí. Estoy harta",
        "Mi cuñada lo lleva todo a {comp} y ya les he mandado el abrigo. Así no",
    ],
    "de": [
        "Der Kurier kam drei Stunden zu spät, ohne Bescheid. Vormittag verschenkt",
        "Saum ist schief, sieht man beim Gehen. Früher war Orlavio genauer",
        "Jetzt soll ich jedes Teil von vorne und hinten fotografieren vor der Abholung?",
        "Fünf Tage für einen einfachen Saum, früher zwei. Wird immer schlechter",
        "12 € 'Premium-Bügeln' berechnet, das ich nie bestellt habe. Reicht langsam",
        "Meine Schwägerin geht zu {comp}, dort liegt jetzt mein Mantel. So nicht",
    ],
    "en": [
        "Courier three hours late, no message. Whole morning gone",
        "Hem came back crooked, you can see it when I walk. Orlavio used to be better",
        "Now I have to photograph every garment front and back before collection?",
        "Five days for a plain hem, it used to be two. Getting worse",
        "Charged £10 'premium pressing' I never asked for. Fed up",
        "My sister-in-law uses {comp}, my coat is with them now. Not like this",
    ],
    "fr": [
        "Coursier trois heures en retard, sans prévenir",
        "Ourlet de travers, ça se voit en marchant. Orlavio était plus soigneux",
        "Maintenant il faut photographier chaque vêtement avant la collecte ?",
        "Cinq jours pour un ourlet, avant c'était deux",
        "12 € de 'repassage premium' jamais demandé. J'en ai marre",
        "Ma belle-sœur passe par {comp}, mon manteau est chez eux maintenant",
    ],
    "it": [
        "Corriere in ritardo di tre ore senza avvisare",
        "Orlo storto, si vede camminando. Prima Orlavio era più preciso",
        "Adesso bisogna fotografare ogni capo prima del ritiro?",
        "Cinque giorni per un orlo, prima erano due",
        "12 € di 'stiratura premium' mai chiesta. Basta",
        "Mia cognata va da {comp}, il cappotto ora è da loro",
    ],
    "pt": [
        "Estafeta três horas atrasado sem avisar",
        "Bainha torta, nota-se ao andar. A Orlavio era mais cuidadosa",
        "Agora é preciso fotografar cada peça antes da recolha?",
        "Cinco dias para uma bainha, antes eram dois",
        "12 € de 'engomar premium' que nunca pedi. Estou farta",
        "A minha cunhada usa a {comp}, o casaco já está com eles",
    ],
}
SLIDE_RATINGS = ["3", "3", "2", "2", "1", "1"]

LEAVE = {
    "es": [
        "Hola, me mudo a un piso pequeño y ya casi no compro ropa. Quiero darme de baja del Club y cerrar la cuenta, gracias",
        "Buenas, he aprendido a coser con mi suegra jaja, así que quiero cancelar el Club y cerrar mi cuenta",
    ],
    "de": [
        "Hallo, ich habe mir eine Nähmaschine gekauft und mache das jetzt selbst. Bitte Club kündigen und Konto schließen",
        "Guten Tag, wir ziehen ins Ausland. Ich möchte den Club kündigen und mein Konto schließen",
    ],
    "en": [
        "Hi, I've bought a sewing machine and do it myself now. Please cancel my Club and close the account"
    ],
    "fr": ["Bonjour, je déménage à l'étranger, je souhaite résilier le Club et fermer mon compte"],
    "it": ["Ciao, mi trasferisco, vorrei disdire il Club e chiudere l'account"],
    "pt": ["Olá, vou mudar de país, quero cancelar o Club e fechar a conta"],
}
SORRY_GO = {
    "es": "Sentimos que te vayas. Puedes cancelar el Club tú misma en la app o en la web, en Mi cuenta > Club.",
    "de": "Schade, dass Sie gehen. Sie können den Club selbst in der App oder im Web kündigen: Mein Konto > Club.",
    "en": "Sorry to see you go. You can cancel the Club yourself in the app or on the website: My account > Club.",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site : Mon compte > Club.",
    "it": "Ci dispiace. Puoi disdire il Club da sola nell'app o sul sito: Il mio account > Club.",
    "pt": "Lamentamos. Pode cancelar o Club na app ou no site: A minha conta > Club.",
}

GRUMPY = {
    "es": [
        "la app me cierra sesión cada vez, un rollo",
        "otra vez la bolsa de recogida sin precinto",
        "el aviso de 'tu mensajero llega' a las 7 de la mañana, gracias eh",
        "las franjas de recogida siempre llenas los sábados",
        "el tique no pone qué arreglo se hizo",
    ],
    "de": [
        "App loggt mich jedes Mal aus, nervig",
        "schon wieder kein Siegel am Abholbeutel",
        "die 'Kurier kommt'-SMS um 7 Uhr morgens, danke auch",
        "Samstags nie ein freies Abholfenster",
        "auf der Rechnung steht nicht, welche Änderung gemacht wurde",
    ],
    "en": [
        "app logs me out every single time",
        "the 7am 'courier on the way' text, thanks",
        "never a free Saturday slot",
    ],
    "fr": [
        "l'app me déconnecte à chaque fois",
        "le SMS 'coursier en route' à 7h du matin",
        "jamais de créneau le samedi",
    ],
    "it": [
        "l'app mi scollega ogni volta",
        "l'SMS del corriere alle 7 di mattina",
        "mai uno slot libero il sabato",
    ],
    "pt": [
        "a app faz logout sempre",
        "a SMS do estafeta às 7 da manhã",
        "nunca há horário ao sábado",
    ],
}
SARCASM = {
    "es": [
        "Mi 'recogida exprés' llegó a las 21:50, justo para coser en pijama 👏",
        "Me devolvieron el traje con un imperdible de regalo dentro del bolsillo 😂 qué detalle",
    ],
    "de": [
        "Meine 'Express-Abholung' kam um 21:50, perfekt für Nähen im Schlafanzug 👏",
        "Anzug zurück, mit Stecknadel als Gratis-Geschenk in der Tasche 😂",
    ],
    "en": ["My 'express collection' turned up at 21:50, perfect timing 👏"],
    "fr": ["Ma 'collecte express' est arrivée à 21h50, parfait 👏"],
    "it": ["Il mio 'ritiro express' è arrivato alle 21:50, tempismo perfetto 👏"],
    "pt": ["A minha 'recolha expresso' chegou às 21:50, timing perfeito 👏"],
}
MILD = {
    "es": ["la busqueda de franjas me sale en otra ciudad, no se si es cosa mia"],
    "de": ["die App zeigt mir Abholfenster in der falschen Stadt an, komisch"],
    "en": ["the slot search shows the wrong city for me"],
    "fr": ["la recherche de créneaux affiche la mauvaise ville"],
    "it": ["la ricerca degli slot mostra la città sbagliata"],
    "pt": ["a pesquisa de horários mostra a cidade errada"],
}
MILD_ANSWER = {
    "es": "Gracias por avisar, es un fallo de ubicación conocido. Cambia la dirección en el perfil y se arregla.",
    "de": "Danke für den Hinweis, bekannter Ortungsfehler. Adresse im Profil neu setzen hilft.",
    "en": "Thanks for flagging, it's a known location glitch. Re-saving the address in your profile fixes it.",
    "fr": "Merci, c'est un souci connu de localisation. Réenregistrez l'adresse du profil.",
    "it": "Grazie, è un problema noto di posizione. Salva di nuovo l'indirizzo nel profilo.",
    "pt": "Obrigado, é um erro conhecido de localização. Guarde de novo a morada no perfil.",
}

# The spike: the app's thread-colour matcher pins every order to magenta thread.
SPIKE = {
    "es": [
        "la app me pone hilo MAGENTA en el bajo de un pantalón azul marino y no me deja cambiarlo, sale 'TCM-77/4'",
        "Orlavio qué pasa con el color del hilo?? todo sale fucsia y error TCM-77/4, no puedo enviar el pedido",
        "buenos dias, el paso de 'color de hilo' se queda en rosa chillón para mi traje negro, código TCM-77/4",
    ],
    "de": [
        "Die App setzt bei meiner schwarzen Hose MAGENTA als Garnfarbe und lässt sich nicht ändern, Fehler TCM-77/4",
        "Garnfarbe bei allen Teilen pink?? Meldung TCM-77/4, Auftrag geht nicht raus",
        "morgen, der Farbabgleich fürs Garn steht fest auf Magenta, Code TCM-77/4. Ernsthaft?",
    ],
    "en": ["app insists on MAGENTA thread for my navy suit hem, can't change it, error TCM-77/4"],
    "fr": ["l'app impose du fil magenta pour mon pantalon noir, erreur TCM-77/4"],
    "it": ["l'app mette filo MAGENTA per i miei pantaloni blu, errore TCM-77/4"],
    "pt": ["a app põe linha magenta nas minhas calças pretas, erro TCM-77/4"],
}
SPIKE_AGAIN = {
    "es": "sigue igual, lo he probado desde el movil de mi marido y tambien magenta, TCM-77/4",
    "de": "immer noch TCM-77/4, auch am Laptop, alles Magenta",
    "en": "still TCM-77/4 on the website too, everything magenta",
    "fr": "toujours TCM-77/4, même sur le site",
    "it": "ancora TCM-77/4 anche dal sito",
    "pt": "continua TCM-77/4, também no site",
}
SPIKE_CHAT_ANSWER = {
    "es": "Sí, ahora mismo la selección de color de hilo falla para todos los pedidos, nuestro equipo técnico ya está en ello.",
    "de": "Ja, die Garnfarbenwahl fällt gerade bei allen Aufträgen aus, unsere Technik ist dran.",
    "en": "Yes, thread colour matching is failing for every order right now, our engineers are on it.",
    "fr": "Oui, le choix de la couleur du fil est en panne pour toutes les commandes, nos équipes y travaillent.",
    "it": "Sì, la scelta del colore del filo non funziona per nessun ordine, i tecnici ci stanno lavorando.",
    "pt": "Sim, a escolha da cor da linha está a falhar em todas as encomendas, a equipa técnica já está a tratar.",
}
SPIKE_FIXED = {
    "es": "La elección de color de hilo funciona de nuevo desde las {time}. Hemos revisado tu pedido y te regalamos 10 € de crédito.",
    "de": "Die Garnfarbenwahl funktioniert seit {time} Uhr wieder. Wir haben Ihren Auftrag geprüft und 10 € Guthaben gutgeschrieben.",
    "en": "Thread colour matching works again since {time}. We've checked your order and added a {amt} credit.",
    "fr": "Le choix de la couleur du fil fonctionne de nouveau depuis {time}. 10 € de crédit ajoutés.",
    "it": "La scelta del colore del filo funziona di nuovo dalle {time}. Ti abbiamo aggiunto 10 € di credito.",
    "pt": "A escolha da cor da linha funciona de novo desde as {time}. Adicionámos 10 € de crédito.",
}
LONE_Q = {
    "es": "hola, anoche el color del hilo salía gris hasta que recargue la app y ya salio bien, el pedido esta bien hecho?",
    "de": "Hallo, gestern Abend war die Garnfarbe erst grau, nach Neuladen stimmte sie. Ist der Auftrag trotzdem richtig?",
}
LONE_A = {
    "es": "Sí, todo correcto: el gris es solo la vista previa mientras carga, tu pedido lleva el color bueno.",
    "de": "Ja, alles richtig: Grau ist nur die Vorschau beim Laden, Ihr Auftrag hat die richtige Farbe.",
}
SLOW_MAP = {
    "es": "la vista previa del arreglo tarda un monton en cargar hoy",
    "de": "die Vorschau der Änderung lädt heute ewig",
}
