"""Wording of heldout131: Verdelio, indoor plants by subscription with care visits.

Written from the stories, Italian and Portuguese first. Each table maps a language to
its variants; ``{c}`` is a case reference, ``{x}`` a competitor, ``{p}`` a plant.
"""

# ruff: noqa: E501

PLANTS = ["Monstera", "Ficus lyrata", "Pothos", "Calathea", "Strelitzia", "Kentia"]

PRAISE = {
    "it": [
        "la Monstera arrivata ieri e bellissima, imballata benissimo. grazie Verdelio 🌿",
        "Terza visita del giardiniere e di nuovo perfetto, il Ficus rinato",
        "servizio top, anche stavolta puntuali. unica cosa il vaso un po piccolo ma va bene cosi",
    ],
    "pt": [
        "A Calathea chegou linda, ainda com as folhas a brilhar. Obrigada Verdelio!",
        "mais uma vez a visita correu bem, a Rita explica tudo com paciencia",
        "adoro o servico, so o vaso veio com um risquinho mas nada de grave 🙂",
    ],
    "en": ["Third month with Verdelio and the Strelitzia is still thriving, again spot on"],
    "de": ["Die Kentia ist super angekommen, wieder alles top verpackt. Danke!"],
    "fr": ["Encore une visite parfaite, le Pothos n'a jamais été aussi beau"],
    "es": ["otra vez todo genial, la Monstera preciosa, solo el repartidor algo serio jaja"],
}

QUESTION = {
    "it": [
        "ciao, ogni quanto devo bagnare la Calathea d'inverno?",
        "Posso spostare la visita di giovedì al pomeriggio?",
    ],
    "pt": [
        "ola, a Kentia pode ficar perto do aquecedor?",
        "Boa tarde, posso mudar a morada da visita para o escritorio?",
    ],
    "en": ["hi, is the Pothos safe if my cat nibbles it?"],
    "de": ["Hallo, kann ich den Besuch nächste Woche auf Freitag legen?"],
    "fr": ["Bonjour, faut-il rempoter le Ficus avant l'hiver ?"],
    "es": ["hola, la Strelitzia necesita abono en noviembre?"],
}

CALL_Q = {
    "it": ["si buongiorno volevo sapere se la visita di domani e confermata grazie"],
    "pt": ["bom dia queria saber se posso juntar mais uma planta a assinatura obrigado"],
    "en": ["hi yes just calling to check the carer is still coming tomorrow morning thanks"],
    "de": ["ja hallo ich wollte fragen ob ich noch eine pflanze dazubuchen kann danke"],
    "fr": ["oui bonjour je voulais savoir si la visite de demain tient toujours merci"],
    "es": ["hola buenas queria saber si puedo añadir otra planta a mi plan gracias"],
}

ANSWER = {
    "it": "Ciao! Certo, è tutto sistemato. Per qualsiasi cosa siamo qui. Il team Verdelio",
    "pt": "Olá! Claro, já ficou tratado. Qualquer coisa estamos por aqui. Equipa Verdelio",
    "en": "Hi! Yes, that's all sorted. Anything else, we're here. The Verdelio team",
    "de": "Hallo! Ja, das ist erledigt. Bei Fragen sind wir da. Ihr Verdelio-Team",
    "fr": "Bonjour ! Oui, c'est réglé. Nous restons à votre écoute. L'équipe Verdelio",
    "es": "¡Hola! Sí, ya está hecho. Para lo que necesites, aquí estamos. Equipo Verdelio",
}

THANKS = {
    "it": ["grazie mille, gentilissimi", "perfetto grazie!"],
    "pt": ["obrigado, muito simpaticos", "perfeito, obrigada!"],
    "en": ["great, thanks!"],
    "de": ["super, danke!"],
    "fr": ["parfait, merci !"],
    "es": ["genial, gracias!"],
}

NIGHT = {
    "it": ["non riesco a dormire e guardo la mia Monstera con la lucina, che bella 🌙"],
    "pt": ["3 da manha e eu a regar a Kentia as escondidas haha, que planta linda"],
    "en": ["can't sleep, just admiring the new leaf on my Strelitzia 🌱"],
    "de": ["Nachtschicht vorbei, und die Calathea hat ein neues Blatt, schön"],
    "fr": ["insomnie, mais le Pothos a une nouvelle pousse, ça fait plaisir"],
    "es": ["insomnio y la Monstera sacando hoja nueva, que ilusion"],
}

SURVEY_WORD = {
    "it": ["ottimo", "", "👍"],
    "pt": ["excelente", "", "🌿"],
    "en": ["great"],
    "de": ["prima"],
    "fr": ["top"],
    "es": ["genial"],
}

PROBLEM_TEXT = {
    "no_show": {
        "it": [
            "il giardiniere non e mai venuto, ho preso mezza giornata di ferie per niente. NESSUNO mi ha avvisato",
            "Visita segnata come fatta ma qui non e passato nessuno!!",
        ],
        "pt": [
            "o jardineiro nao apareceu, tirei a manha de folga para NADA",
            "A visita aparece como feita mas ninguem veio ca a casa",
        ],
        "en": ["The carer never turned up, I took the morning off for nothing and nobody called."],
        "de": ["Der Pflegebesuch ist einfach nicht gekommen, Urlaubstag umsonst genommen."],
        "fr": ["Le jardinier n'est jamais venu, j'ai posé ma matinée pour rien."],
        "es": ["el jardinero no vino y la app dice visita realizada, vaya tomadura de pelo"],
    },
    "dead_plant": {
        "it": [
            "la Strelitzia e arrivata MORTA, foglie marroni e terra secca. 89 euro per questo?",
            "pianta arrivata marcia, radici nere, uno schifo",
        ],
        "pt": [
            "a Strelitzia chegou MORTA, folhas castanhas e terra seca",
            "planta chegou podre, raizes pretas, inacreditavel",
        ],
        "en": ["The Strelitzia arrived dead. Brown leaves, bone-dry soil."],
        "de": ["Die Strelitzie kam tot an, braune Blätter, Erde staubtrocken."],
        "fr": ["Le Strelitzia est arrivé mort, feuilles marron, terre sèche."],
        "es": ["la Strelitzia llego muerta, hojas marrones, tierra seca"],
    },
    "toxic_plant": {
        "it": [
            "avevo scritto CHIARO che ho un gatto e mi mandate un Pothos, che e tossico per i gatti. ma lo leggete il profilo?",
            "ho segnalato animali in casa e arriva una pianta tossica, assurdo",
        ],
        "pt": [
            "disse que tenho gato e mandam-me um Pothos, que e toxico. leem o perfil ou nao?",
            "marquei animais em casa e vem uma planta toxica, absurdo",
        ],
        "en": ["My profile says cat in the house and you sent a Pothos, which is toxic to cats."],
        "de": ["Im Profil steht Katze, und Sie schicken einen Pothos, der für Katzen giftig ist."],
        "fr": ["J'ai indiqué un chat et vous envoyez un Pothos, toxique pour les chats."],
        "es": ["puse que tengo gato y me mandais un Pothos, que es toxico. en serio?"],
    },
    "refund": {
        "it": [
            "aspetto ancora il rimborso della pianta restituita, sono passate tre settimane",
            "rimborso mai arrivato, scuse continue",
        ],
        "pt": [
            "ainda estou a espera do reembolso da planta devolvida, ja la vao tres semanas",
            "o reembolso nunca chegou",
        ],
        "en": ["Still no refund for the plant I sent back three weeks ago."],
        "de": ["Die Erstattung für die zurückgeschickte Pflanze fehlt seit drei Wochen."],
        "fr": ["Toujours pas de remboursement pour la plante renvoyée il y a trois semaines."],
        "es": ["sigo sin el reembolso de la planta devuelta, ya van tres semanas"],
    },
    "wrong_price": {
        "it": [
            "mi avete addebitato la visita a prezzo pieno ma ho Verdelio Casa, dovrebbe essere inclusa",
            "prezzo sbagliato sulla fattura, ho il piano Casa",
        ],
        "pt": [
            "cobraram-me a visita a preco cheio mas tenho o Verdelio Casa, devia estar incluida",
            "preco errado na fatura, tenho o plano Casa",
        ],
        "en": ["You charged the full visit price but I'm on Verdelio Casa, it should be included."],
        "de": ["Der Besuch wurde voll berechnet, obwohl ich Verdelio Casa habe."],
        "fr": ["Visite facturée plein tarif alors que j'ai Verdelio Casa."],
        "es": ["me cobrasteis la visita entera y tengo Verdelio Casa, deberia estar incluida"],
    },
    "cancel_fee": {
        "it": [
            "ho spostato la visita con 5 giorni di anticipo e mi addebitate 25 euro di penale??",
            "penale di annullamento ingiusta",
        ],
        "pt": [
            "mudei a visita com 5 dias de antecedencia e cobram-me 25 euros de multa??",
            "taxa de cancelamento injusta",
        ],
        "en": ["I moved the visit five days ahead and got a £22 cancellation fee?"],
        "de": ["Besuch 5 Tage vorher verschoben und trotzdem 25 € Stornogebühr?"],
        "fr": ["Visite déplacée 5 jours avant et 25 € de frais d'annulation ?"],
        "es": ["cambie la visita con 5 dias y me cobrais 25 euros de penalizacion??"],
    },
}

LONG_EMAIL = {
    "it": "Gentile Verdelio,\n\nsono cliente da quasi due anni e vi ho sempre consigliato ad amici e colleghi. Vi scrivo perché questa volta sono davvero deluso. {t} Ho provato a chiamare ma la linea era occupata.\n\nVi chiedo di risolvere al più presto.\n\nCordiali saluti",
    "pt": "Cara equipa Verdelio,\n\nsou cliente ha quase dois anos e sempre vos recomendei. Escrevo porque desta vez estou mesmo desiludida. {t} Tentei ligar mas ninguem atendeu.\n\nPeco que resolvam isto com urgencia.\n\nCumprimentos",
}

CASE_OPENED = {
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {c} e ti aggiorniamo entro 24 ore. Il team Verdelio",
    "pt": "Lamentamos muito. Abrimos o processo {c} e damos noticias em 24 horas. Equipa Verdelio",
    "en": "We're very sorry. We've opened case {c} and will update you within 24 hours. The Verdelio team",
    "de": "Das tut uns leid. Wir haben den Fall {c} eröffnet und melden uns binnen 24 Stunden. Ihr Verdelio-Team",
    "fr": "Nous sommes désolés. Le dossier {c} est ouvert, nous revenons vers vous sous 24 h. L'équipe Verdelio",
    "es": "Lo sentimos mucho. Hemos abierto el caso {c} y te diremos algo en 24 horas. Equipo Verdelio",
}

GOOD_NEWS = {
    "it": "Buone notizie sulla pratica {c}: è risolta. Ci confermi che ora è tutto a posto?",
    "pt": "Boas noticias sobre o processo {c}: esta resolvido. Pode confirmar que ja esta tudo bem?",
    "en": "Good news on case {c}: it's resolved. Could you confirm all is well now?",
    "de": "Gute Nachricht zu Fall {c}: erledigt. Können Sie bestätigen, dass alles passt?",
    "fr": "Bonne nouvelle pour le dossier {c} : c'est réglé. Pouvez-vous confirmer ?",
    "es": "Buenas noticias sobre el caso {c}: resuelto. ¿Nos confirmas que ya está todo bien?",
}

QUALITY_LEAD = {
    "it": "La tua pratica {c} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "O seu processo {c} esta agora com a nossa responsavel de qualidade, que lhe liga ate sexta ao almoco.",
    "en": "Your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Ihr Fall {c} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "fr": "Votre dossier {c} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "es": "Tu caso {c} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}

CONFIRM = {
    "it": [
        "confermo, pratica {c} risolta, tutto ok grazie",
        "si tutto a posto ora ({c}), grazie della pazienza",
    ],
    "pt": ["confirmo, processo {c} resolvido, obrigado", "sim, ja esta tudo bem ({c}), obrigada"],
    "en": ["Confirmed, case {c} is sorted, thanks"],
    "de": ["Bestätigt, Fall {c} ist erledigt, danke"],
    "fr": ["Je confirme, dossier {c} réglé, merci"],
    "es": ["confirmado, caso {c} resuelto, gracias"],
}

APOLOGY = {
    "it": ["scusate per ieri, ero nervoso. il team e stato gentile comunque"],
    "pt": ["desculpem o tom de ontem, estava chateada. obrigada pela ajuda"],
    "en": ["Sorry for my tone yesterday, you were helpful."],
    "de": ["Entschuldigung für gestern, war genervt. Danke fürs Kümmern."],
    "fr": ["Désolé pour hier, j'étais énervé. Merci quand même."],
    "es": ["perdon por lo de ayer, estaba de los nervios. gracias"],
}

REPEAT_LATER = {
    "it": [
        "pratica {c}: ANCORA niente, il problema e sempre lo stesso",
        "scrivo di nuovo per la pratica {c}, ancora aperta e nessuno mi risponde",
    ],
    "pt": [
        "processo {c}: AINDA nada, o problema continua igual",
        "volto a escrever sobre o processo {c}, continua aberto",
    ],
    "en": ["Case {c}: still nothing, same problem, still open."],
    "de": ["Fall {c}: immer noch nichts, das Problem besteht weiter."],
    "fr": ["Dossier {c} : toujours rien, le problème est toujours là."],
    "es": ["caso {c}: sigue igual, nadie lo ha arreglado"],
}

REPEAT_THIRD = {
    "it": [
        "terza volta che scrivo per la pratica {c}. una collega usa {x} e glielo hanno sistemato in giornata"
    ],
    "pt": [
        "terceira vez que escrevo sobre o processo {c}. uma colega usa a {x} e resolveram-lhe no mesmo dia"
    ],
    "en": ["Third time about case {c}. A colleague uses {x} and they sorted this in a day."],
    "de": ["Dritte Nachricht zu Fall {c}. Eine Kollegin ist bei {x}, da ging das am selben Tag."],
    "fr": ["Troisième fois pour le dossier {c}. Une collègue chez {x} a eu ça réglé en un jour."],
    "es": ["tercera vez por el caso {c}. una compañera esta con {x} y se lo arreglaron en el dia"],
}

REPEAT_FOURTH = {
    "it": ["QUARTA volta. pratica {c}. ancora aperta. basta."],
    "pt": ["QUARTA vez. processo {c}. continua aberto. chega."],
    "en": ["FOURTH time. Case {c}. Still open."],
    "de": ["VIERTES Mal. Fall {c}. Immer noch offen."],
    "fr": ["QUATRIÈME fois. Dossier {c}. Toujours ouvert."],
    "es": ["CUARTA vez. caso {c}. sigue abierto."],
}

URGENT = {
    "it": "Aggiunto alla pratica {c} e segnato come urgente.",
    "pt": "Adicionado ao processo {c} e marcado como urgente.",
    "en": "Added to case {c} and marked urgent.",
    "de": "Zu Fall {c} hinzugefügt und als dringend markiert.",
    "fr": "Ajouté au dossier {c}, marqué urgent.",
    "es": "Añadido al caso {c} y marcado como urgente.",
}

SLIDE = {
    "it": [
        "visita spostata due volte questo mese, un po seccante",
        "la Calathea nuova ha gia le foglie bucate, mah",
        "il giardiniere e stato di fretta, 10 minuti e via",
        "il prezzo del piano sale di nuovo e il servizio scende",
        "ho chiesto tre volte un vaso sostitutivo, niente. sono stufa",
        "mia sorella e passata a {x}, ho gia guardato i loro piani. vedremo",
    ],
    "pt": [
        "visita adiada duas vezes este mes, um bocado chato",
        "a Calathea nova ja tem as folhas furadas, enfim",
        "o jardineiro veio a correr, 10 minutos e foi-se",
        "o plano sobe outra vez de preco e o servico desce",
        "pedi tres vezes um vaso novo, nada. estou farta",
        "a minha irma passou para a {x}, ja vi os planos deles. vamos ver",
    ],
    "en": [
        "visit moved twice this month, bit annoying",
        "new Calathea already has holes in its leaves",
        "carer rushed, ten minutes and gone",
        "price up again, service down",
        "asked three times for a replacement pot. nothing. fed up",
        "my sister moved to {x}, I've looked at their plans",
    ],
    "de": [
        "Besuch zweimal verschoben diesen Monat, nervig",
        "neue Calathea hat schon Löcher",
        "Pfleger in Eile, zehn Minuten und weg",
        "Preis rauf, Service runter",
        "dreimal Ersatztopf angefragt, nichts. reicht",
        "meine Schwester ist zu {x}, hab mir deren Pläne angeschaut",
    ],
    "fr": [
        "visite déplacée deux fois ce mois-ci, pénible",
        "la nouvelle Calathea a déjà des trous",
        "jardinier pressé, dix minutes et parti",
        "prix en hausse, service en baisse",
        "trois demandes de pot de rechange, rien. marre",
        "ma sœur est passée chez {x}, j'ai regardé leurs offres",
    ],
    "es": [
        "visita cambiada dos veces este mes, un poco pesado",
        "la Calathea nueva ya tiene agujeros",
        "el jardinero con prisas, diez minutos y fuera",
        "sube el precio, baja el servicio",
        "tres veces pidiendo maceta nueva. nada. harta",
        "mi hermana se ha ido a {x}, ya he mirado sus planes",
    ],
}

LEAVE = {
    "it": [
        "Buongiorno, mi trasferisco all'estero per lavoro. Vi chiedo di disdire Verdelio Casa e chiudere il mio account. Grazie di tutto."
    ],
    "pt": [
        "Bom dia, vou mudar-me para uma casa sem luz nenhuma. Quero cancelar o Verdelio Casa e fechar a conta. Obrigado."
    ],
    "en": ["Hello, I'm moving abroad. Please cancel Verdelio Casa and close my account."],
    "de": [
        "Guten Tag, ich ziehe ins Ausland. Bitte Verdelio Casa kündigen und mein Konto schließen."
    ],
    "fr": [
        "Bonjour, je déménage à l'étranger. Merci de résilier Verdelio Casa et de fermer mon compte."
    ],
    "es": ["Hola, me mudo fuera. Quiero cancelar Verdelio Casa y cerrar mi cuenta."],
}

SORRY_GO = {
    "it": "Ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, in Account > Piano.",
    "pt": "Lamentamos a sua saida. Pode cancelar na app ou no site, em Conta > Plano.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website, under Account > Plan.",
    "de": "Schade, dass Sie gehen. Kündigen können Sie selbst in der App oder auf der Website unter Konto > Plan.",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Compte > Offre.",
    "es": "Sentimos que te vayas. Puedes cancelar tú mismo en la app o la web, en Cuenta > Plan.",
}

GRUMPY = {
    "it": [
        "solita app lenta",
        "le foto del catalogo non c'entrano niente con le piante vere",
        "il giardiniere ha lasciato terra dappertutto, come sempre",
    ],
    "pt": [
        "a app lenta como sempre",
        "as fotos do catalogo nao tem nada a ver",
        "o jardineiro deixou terra por todo o lado, como de costume",
    ],
    "en": [
        "app slow as usual",
        "catalogue photos look nothing like the plants",
        "soil everywhere after the visit, as always",
    ],
    "de": [
        "App wie immer lahm",
        "Katalogfotos haben nichts mit den Pflanzen zu tun",
        "Erde überall nach dem Besuch, wie immer",
    ],
    "fr": [
        "appli lente comme d'hab",
        "les photos du catalogue n'ont rien à voir",
        "de la terre partout après la visite, comme toujours",
    ],
    "es": [
        "la app lenta como siempre",
        "las fotos del catalogo no se parecen en nada",
        "tierra por todas partes tras la visita, como siempre",
    ],
}

SARCASM = {
    "it": ["wow, la consegna alle 7 di domenica mattina, proprio quello che sognavo 🙃"],
    "pt": ["que maravilha, entrega as 7 da manha de domingo, mesmo o que eu queria 🙃"],
    "en": ["oh great, a delivery slot at 7am on a Sunday, just what I wanted 🙃"],
    "de": ["toll, Zustellung Sonntag um 7, genau mein Traum 🙃"],
    "fr": ["génial, livraison dimanche 7h, exactement ce que je voulais 🙃"],
    "es": ["genial, entrega el domingo a las 7, justo lo que soñaba 🙃"],
}

MILD = {
    "it": ["la mappa delle zone coperte carica un po lenta oggi"],
    "pt": ["o mapa das zonas abrangidas esta um bocado lento hoje"],
    "en": ["the coverage map is a bit slow to load today"],
    "de": ["die Gebietskarte lädt heute etwas langsam"],
    "fr": ["la carte des zones desservies est un peu lente aujourd'hui"],
    "es": ["el mapa de zonas va algo lento hoy"],
}

SPIKE = {
    "it": [
        "l'app mi manda 'annaffia la Monstera' OGNI MINUTO da stamattina, 40 notifiche, se provo a silenziare esce errore RMD/7Q",
        "AIUTO il telefono vibra di continuo con i promemoria di Verdelio, silenziare non va: RMD/7Q",
        "ma che succede? promemoria acqua a raffica per tutte le piante e errore RMD/7Q",
    ],
    "pt": [
        "a app esta a mandar 'regar a Kentia' A CADA MINUTO desde manha, tentei silenciar e da erro RMD/7Q",
        "socorro o telemovel nao para de vibrar com lembretes da Verdelio, RMD/7Q ao desligar",
        "lembretes de rega em rajada para todas as plantas e erro RMD/7Q, o que se passa?",
    ],
    "en": [
        "Your app is sending me 'water your Pothos' every single minute since this morning. Muting gives error RMD/7Q"
    ],
    "de": [
        "Die App schickt seit heute früh JEDE MINUTE 'Calathea gießen'. Stummschalten: Fehler RMD/7Q"
    ],
    "fr": [
        "l'appli m'envoie 'arrosez le Ficus' toutes les minutes depuis ce matin, désactiver donne l'erreur RMD/7Q"
    ],
    "es": [
        "la app me manda 'riega la Monstera' CADA MINUTO desde esta mañana, al silenciar sale error RMD/7Q"
    ],
}

SPIKE_AGAIN = {
    "it": [
        "ancora RMD/7Q, ho disinstallato e reinstallato, i promemoria continuano ogni minuto anche sul tablet"
    ],
    "pt": [
        "continua RMD/7Q, reinstalei a app e os lembretes continuam a cada minuto, ate no telemovel do meu marido"
    ],
    "en": ["still RMD/7Q after reinstalling, now my partner's phone is buzzing too"],
    "de": ["immer noch RMD/7Q nach Neuinstallation, jetzt auch auf dem Tablet"],
    "fr": ["toujours RMD/7Q après réinstallation, la tablette sonne aussi"],
    "es": ["sigue RMD/7Q tras reinstalar, ahora tambien el movil de mi pareja"],
}

SPIKE_ANSWER = {
    "it": "Sì, i promemoria stanno partendo a raffica per tutti in questo momento, i tecnici ci stanno lavorando.",
    "pt": "Sim, os lembretes estao a disparar para todos neste momento, a equipa tecnica esta a tratar.",
    "en": "Yes, reminders are firing for everyone right now, our engineers are on it.",
    "de": "Ja, die Erinnerungen feuern gerade bei allen, unsere Technik ist dran.",
    "fr": "Oui, les rappels partent en rafale pour tout le monde, nos équipes s'en occupent.",
    "es": "Sí, los recordatorios se disparan para todos ahora mismo, el equipo técnico está en ello.",
}

SPIKE_FIXED = {
    "it": "I promemoria sono tornati normali dalle 12:40. Ci scusiamo: un mese di Verdelio Casa è in omaggio.",
    "pt": "Os lembretes voltaram ao normal desde as 11:40. Pedimos desculpa: oferecemos um mes de Verdelio Casa.",
    "en": "Reminders have been back to normal since 11:40. Sorry: a month of Verdelio Casa is on us.",
    "de": "Die Erinnerungen laufen seit 12:40 wieder normal. Entschuldigung: ein Monat Verdelio Casa geht auf uns.",
    "fr": "Les rappels sont revenus à la normale depuis 12h40. Désolés : un mois de Verdelio Casa offert.",
    "es": "Los recordatorios vuelven a ir bien desde las 12:40. Perdón: un mes de Verdelio Casa gratis.",
}

LONE = {
    "it": [
        "ieri sera l'app mi ha ricordato due volte di bagnare il Ficus, e normale? poi e tornata a posto"
    ],
    "pt": ["ontem a app lembrou-me duas vezes de regar o Pothos, e normal? depois ficou bem"],
}

LONE_ANSWER = {
    "it": "Può capitare dopo un cambio d'orario del piano, il promemoria doppio non si ripete.",
    "pt": "Pode acontecer depois de mudar o horario do plano, o lembrete duplo nao se repete.",
}

B2B_PROBLEM = {
    "invoice": {
        "it": "La fattura di ottobre è intestata alla vecchia ragione sociale e senza numero d'ordine: l'amministrazione non può pagarla.",
        "pt": "A fatura de outubro vem com o nome antigo da empresa e sem numero de encomenda: a contabilidade nao a aceita.",
        "de": "Die Oktoberrechnung lautet auf den alten Firmennamen und hat keine Bestellnummer: die Buchhaltung kann sie nicht zahlen.",
        "en": "October's invoice is in our old company name with no PO number: accounts can't pay it.",
    },
    "service_blocked": {
        "it": "I vostri giardinieri non vengono più: dicono che il contratto risulta sospeso. Le piante della reception stanno morendo.",
        "pt": "Os vossos jardineiros deixaram de vir: dizem que o contrato esta suspenso. As plantas da rececao estao a morrer.",
        "de": "Ihre Pfleger kommen nicht mehr: angeblich ist der Vertrag gesperrt. Die Pflanzen am Empfang gehen ein.",
        "en": "Your carers have stopped coming: they say the contract shows as suspended.",
    },
    "overbilled": {
        "it": "Ci fatturate ogni visita a tariffa singola invece del canone mensile del contratto Verdelio Office.",
        "pt": "Estao a faturar cada visita a tarifa avulsa em vez da mensalidade do contrato Verdelio Office.",
        "de": "Sie berechnen jeden Besuch einzeln statt der Monatspauschale aus dem Verdelio-Office-Vertrag.",
        "en": "You bill every visit at the single rate instead of our Verdelio Office monthly fee.",
    },
    "portal": {
        "it": "Il portale aziendale non mostra nessuna sede né pianta: non possiamo prenotare né disdire visite.",
        "pt": "O portal empresarial nao mostra nenhum escritorio nem planta: nao conseguimos marcar nem cancelar visitas.",
        "de": "Das Firmenportal zeigt keinen Standort und keine Pflanze: wir können keine Besuche buchen oder absagen.",
        "en": "The business portal shows no sites and no plants: we can't book or cancel visits.",
    },
}

B2B_LATER = {
    "it": "Scrivo anch'io, come {n} {d}: pratica {c}. {t}",
    "pt": "Escrevo tambem, tal como {n} {d}: processo {c}. {t}",
    "de": "Ich schreibe auch, wie {n} {d}: Fall {c}. {t}",
    "en": "Writing as well, like {n} did {d}: case {c}. {t}",
}

B2B_FINAL_MAIL = {
    "it": "Pratica {c}: niente è risolto e ormai vi hanno scritto in diversi. L'ufficio acquisti ha già chiesto un preventivo a {x}.",
    "pt": "Processo {c}: nada resolvido e ja vos escreveram varios colegas. As compras ja pediram orcamento a {x}.",
    "de": "Fall {c}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon ein Angebot bei {x} angefragt.",
    "en": "Case {c}: nothing fixed and several of us have written. Procurement has already asked {x} for a quote.",
}

B2B_FINAL_CALL = {
    "it": "si buongiorno chiamo per la pratica {c} non e cambiato niente il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "pt": "bom dia ligo por causa do processo {c} nao mudou nada o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana",
    "de": "ja guten tag wegen fall {c} es hat sich nichts getan mein chef sagt wir wechseln wenn das diese woche nicht geht",
    "en": "hi calling about case {c} nothing has changed my boss says we move the contract if it isnt fixed this week",
}

B2B_MILD = {
    "it": "Un suggerimento: sarebbe utile avere le visite esportabili per centro di costo.",
    "pt": "Uma sugestao: dava jeito exportar as visitas por centro de custo.",
    "de": "Ein Vorschlag: Besuche nach Kostenstelle exportieren zu können wäre praktisch.",
    "en": "A suggestion: exporting visits by cost centre would help.",
}

B2B_ACK = {
    "it": "Grazie, abbiamo aperto la pratica {c} e vi aggiorniamo a breve.",
    "pt": "Obrigado, abrimos o processo {c} e damos noticias em breve.",
    "de": "Danke, wir haben Fall {c} eröffnet und melden uns.",
    "en": "Thanks, we've opened case {c} and will be in touch.",
}

B2B_PRAISE = {
    "it": "Le piante in sala riunioni sono splendide, complimenti alla squadra.",
    "pt": "As plantas da sala de reunioes estao lindas, parabens a equipa.",
    "de": "Die Pflanzen im Besprechungsraum sehen toll aus, danke ans Team.",
    "en": "The meeting-room plants look great, thanks to the team.",
}

WEEKDAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
}
