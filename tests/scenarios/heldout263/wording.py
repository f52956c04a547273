"""Wording of heldout263 (Cavedra, wine cellaring for households; Cavedra Sala for restaurants)."""

# ruff: noqa: E501

LANGS = ("es", "pt", "de", "en", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "es": ("ES", "ES", "ES"),
    "pt": ("PT", "PT", "PT"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE", "UK"),
    "fr": ("FR", "BE", "FR"),
    "it": ("IT", "IT", "CH"),
}
PHONE = {
    "ES": "+34 6",
    "PT": "+351 9",
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
}
FIRST = {
    "es": [
        "Lucía",
        "Álvaro",
        "Marta",
        "Íñigo",
        "Rocío",
        "Jorge",
        "Nuria",
        "Sergio",
        "Begoña",
        "Tomás",
        "Pilar",
        "Raúl",
    ],
    "pt": [
        "João",
        "Inês",
        "Rui",
        "Matilde",
        "Gonçalo",
        "Beatriz",
        "Tiago",
        "Leonor",
        "Nuno",
        "Sofia",
        "Duarte",
        "Marta",
    ],
    "de": ["Jonas", "Katrin", "Uwe", "Sabine", "Florian", "Anke", "Moritz", "Heike"],
    "en": ["Oliver", "Siobhan", "Gareth", "Fiona", "Callum", "Nia", "Declan", "Harriet"],
    "fr": ["Mathieu", "Élodie", "Yannick", "Camille", "Pascal", "Maëlle", "Hugo", "Sandrine"],
    "it": ["Davide", "Chiara", "Matteo", "Serena", "Luca", "Giulia", "Fabio", "Ilaria"],
}
LAST = {
    "es": [
        "Ortega",
        "Salinas",
        "Muñoz",
        "Garrido",
        "Ibarra",
        "Peña",
        "Cortés",
        "Lozano",
        "Vidal",
        "Aranda",
    ],
    "pt": [
        "Carvalho",
        "Figueiredo",
        "Rebelo",
        "Antunes",
        "Pacheco",
        "Tavares",
        "Moura",
        "Quintela",
        "Sousa",
        "Brandão",
    ],
    "de": ["Krüger", "Hartmann", "Seidel", "Vogt", "Lehner", "Brandl"],
    "en": ["Whitaker", "Doyle", "Pritchard", "Kennedy", "Hughes", "Ashworth"],
    "fr": ["Lefèvre", "Garnier", "Roussel", "Perrin", "Chevalier", "Marchand"],
    "it": ["Bianchi", "Ferraro", "Galli", "Conti", "Marino", "Greco"],
}

# Consumer problems: no_delivery (bottles requested, never came), broken (case arrived broken),
# double_charge (storage fee taken twice), wrong_price (Reserva member billed full rate).
PROBLEMS = ("no_delivery", "broken", "double_charge", "wrong_price")
PROBLEM_TEXT = {
    "es": {
        "no_delivery": [
            "Pedí que me trajeran seis botellas de mi bodega para el sábado y no ha venido nadie. La app dice ENTREGADO.",
            "Solicité la retirada de 12 botellas hace cuatro días, nada. Tenía una cena con mis suegros y sin vino 🙄",
            "Me marcan el pedido de botellas como entregado y aquí no ha llegado nada de nada.",
        ],
        "broken": [
            "La caja llegó mojada y con dos botellas rotas, un Vega Sicilia de mi padre. No me lo puedo creer.",
            "Me han devuelto la caja con una botella rota y las etiquetas manchadas de vino. ¿Así cuidan una bodega?",
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la cuota de almacenaje de marzo, 38 euros cada una.",
            "Cargo duplicado de la cuota mensual, y el banco ya me ha cobrado comisión por descubierto.",
        ],
        "wrong_price": [
            "Soy socia Reserva y me cobráis la tarifa normal por caja, 4,50 € en vez de 3 €.",
            "Llevo un año en Cavedra Reserva y la factura sale a precio sin cuota. Así no.",
        ],
    },
    "pt": {
        "no_delivery": [
            "Pedi que me entregassem seis garrafas da minha adega para sábado e ninguém apareceu. A app diz ENTREGUE.",
            "Fiz o pedido de levantamento de 12 garrafas há quatro dias e nada. Jantar de anos do meu pai sem vinho, obrigadinho.",
            "O pedido aparece como entregue mas aqui em casa não chegou nada.",
        ],
        "broken": [
            "A caixa chegou molhada e com duas garrafas partidas, um Barca Velha que era do meu avô. Inacreditável.",
            "Devolveram-me a caixa com uma garrafa partida e os rótulos todos manchados. É assim que guardam vinho?",
        ],
        "double_charge": [
            "Cobraram-me DUAS vezes a mensalidade de armazenagem de março, 38 euros cada.",
            "Débito duplicado da mensalidade e o banco ainda me cobrou a comissão.",
        ],
        "wrong_price": [
            "Sou sócio Reserva e estão a cobrar-me a tarifa normal por caixa, 4,50 € em vez de 3 €.",
            "Há um ano na Cavedra Reserva e a fatura vem a preço de não sócio.",
        ],
    },
    "de": {
        "no_delivery": [
            "Ich habe sechs Flaschen aus meinem Lagerfach für Samstag angefordert, niemand kam. In der App steht GELIEFERT."
        ],
        "broken": [
            "Die Kiste kam nass an, zwei Flaschen kaputt, darunter ein Riesling von meinem Hochzeitsjahr."
        ],
        "double_charge": ["Sie haben die Lagergebühr für März ZWEIMAL abgebucht, je 38 Euro."],
        "wrong_price": ["Ich bin Reserva-Mitglied und zahle trotzdem den normalen Kistenpreis."],
    },
    "en": {
        "no_delivery": [
            "Asked for six bottles out of my cellar for Saturday, nobody came. App says DELIVERED."
        ],
        "broken": [
            "Case came back soaked with two bottles smashed, one was a 2010 claret I'd kept for my daughter."
        ],
        "double_charge": ["You've taken the March storage fee TWICE, £33 each time."],
        "wrong_price": ["I'm a Reserva member and I'm being billed the full per-case rate."],
    },
    "fr": {
        "no_delivery": [
            "J'ai demandé six bouteilles de ma cave pour samedi, personne n'est venu. L'appli affiche LIVRÉ."
        ],
        "broken": [
            "Le carton est arrivé trempé, deux bouteilles cassées dont un Pauillac que je gardais depuis dix ans."
        ],
        "double_charge": [
            "Vous avez prélevé DEUX fois les frais de garde de mars, 38 euros chacun."
        ],
        "wrong_price": ["Je suis membre Reserva et on me facture le tarif normal par caisse."],
    },
    "it": {
        "no_delivery": [
            "Ho chiesto sei bottiglie dalla mia cantina per sabato, non è venuto nessuno. L'app dice CONSEGNATO."
        ],
        "broken": [
            "La cassa è arrivata bagnata con due bottiglie rotte, un Barolo che tenevo da anni."
        ],
        "double_charge": [
            "Mi avete addebitato DUE volte la quota di custodia di marzo, 38 euro l'una."
        ],
        "wrong_price": ["Sono socia Reserva e mi fate pagare la tariffa piena a cassa."],
    },
}
TOPIC = {
    "es": {
        "no_delivery": "entrega de botellas",
        "broken": "botellas rotas",
        "double_charge": "cobro duplicado",
        "wrong_price": "tarifa Reserva",
    },
    "pt": {
        "no_delivery": "entrega de garrafas",
        "broken": "garrafas partidas",
        "double_charge": "cobrança duplicada",
        "wrong_price": "tarifa Reserva",
    },
    "de": {
        "no_delivery": "Flaschenlieferung",
        "broken": "kaputte Flaschen",
        "double_charge": "doppelte Abbuchung",
        "wrong_price": "Reserva-Tarif",
    },
    "en": {
        "no_delivery": "bottle delivery",
        "broken": "broken bottles",
        "double_charge": "double charge",
        "wrong_price": "Reserva rate",
    },
    "fr": {
        "no_delivery": "livraison de bouteilles",
        "broken": "bouteilles cassées",
        "double_charge": "double prélèvement",
        "wrong_price": "tarif Reserva",
    },
    "it": {
        "no_delivery": "consegna bottiglie",
        "broken": "bottiglie rotte",
        "double_charge": "doppio addebito",
        "wrong_price": "tariffa Reserva",
    },
}
COMPLAINT_SUBJ = {
    "es": "Reclamación: {t}",
    "pt": "Reclamação: {t}",
    "de": "Beschwerde: {t}",
    "en": "Complaint: {t}",
    "fr": "Réclamation : {t}",
    "it": "Reclamo: {t}",
}
CASE_SUBJ = {
    "es": "RE: Incidencia {c}",
    "pt": "RE: Pedido {c}",
    "de": "AW: Vorgang {c}",
    "en": "Re: Your case {c}",
    "fr": "RE : Demande {c}",
    "it": "R: Segnalazione {c}",
}

LONG_OPEN = {
    "es": [
        "Buenas tardes:\n\nOs escribo desde la sala de espera del fisio, que me han puesto la rodilla a punto después de la maratón, así que tengo un rato. Llevo tres años guardando el vino con vosotros desde que nos mudamos al piso de Chamberí, donde no cabe ni una botella, y hasta ahora ningún problema, al revés: siempre lo he recomendado en la oficina.\n\n",
        "Hola, buenos días:\n\nAprovecho que estoy en el coche esperando a que salga mi hija de natación para escribir esto con calma. Somos clientes desde que heredamos las cajas de mi abuelo en Logroño y las trajimos a vuestro almacén, y la verdad es que la app y el trato siempre han sido buenos.\n\n",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo-vos da bancada do pavilhão enquanto o meu filho treina andebol, por isso tenho tempo. Guardo vinho convosco há dois anos, desde que vendemos a casa da aldeia e o vinho do meu pai ficou sem sítio, e sempre fiquei bem servido.\n\n",
        "Olá, bom dia,\n\nEstou na fila das finanças com senha 143, por isso vou aproveitar. Sou cliente desde o Natal de 2023, quando a minha mulher me ofereceu a subscrição, e até hoje só tinha coisas boas a dizer.\n\n",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, also habe ich Zeit. Seit dem Umzug in die Altbauwohnung ohne Keller lagern meine Flaschen bei Ihnen, und bisher war alles tadellos.\n\n"
    ],
    "en": [
        "Hello,\n\nWriting this on the train home, so bear with me. We've stored our wine with you since we sold the house with the cellar, and until now it's been faultless.\n\n"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du garage, donc j'ai un peu de temps. Depuis notre déménagement dans un appartement sans cave, nos bouteilles sont chez vous et tout se passait très bien.\n\n"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi ho un po' di tempo. Da quando ci siamo trasferiti in un appartamento senza cantina tengo il vino da voi e finora tutto bene.\n\n"
    ],
}
LONG_CLOSE = {
    "es": [
        "\n\nEspero una respuesta hoy mismo, porque esto no es lo que pago cada mes.\n\nUn saludo,\n{n}",
        "\n\nNo quiero pensar que esto sea la norma. Quedo a la espera.\n\nAtentamente,\n{n}",
    ],
    "pt": [
        "\n\nAguardo resposta ainda hoje, que não é para isto que pago todos os meses.\n\nCumprimentos,\n{n}",
        "\n\nEspero sinceramente que seja um caso isolado.\n\nAtenciosamente,\n{n}",
    ],
    "de": ["\n\nIch erwarte heute noch eine Antwort.\n\nMit freundlichen Grüßen\n{n}"],
    "en": ["\n\nI'd like an answer today, please.\n\nRegards,\n{n}"],
    "fr": ["\n\nJ'attends une réponse aujourd'hui.\n\nCordialement,\n{n}"],
    "it": ["\n\nAttendo una risposta oggi stesso.\n\nCordiali saluti,\n{n}"],
}

PRAISE = {
    "es": [
        "Tercera vez que pido botellas un viernes y llegan a la hora. Cavedra es una maravilla",
        "Qué gusto tener el vino bien guardado y pedirlo desde el móvil. Gracias Cavedra",
        "El repartidor de hoy majísimo, hasta me preguntó si quería la caja en la cocina",
        "Inventario de la bodega con fotos de cada etiqueta, me encanta jaja",
    ],
    "pt": [
        "Terceira vez que peço garrafas à sexta e chegam a horas. Cavedra é cinco estrelas",
        "Que descanso ter o vinho bem guardado e pedi-lo pelo telemóvel, obg Cavedra",
        "O estafeta de hoje super simpático, até levou a caixa até à cozinha",
        "Adoro o inventário com foto de cada rótulo kkk",
    ],
    "de": [
        "Schon wieder pünktlich geliefert, Cavedra ist einfach zuverlässig",
        "Lagerbestand mit Foto jedes Etiketts, super gemacht",
    ],
    "en": [
        "Third Friday running my bottles turned up bang on time. Love Cavedra",
        "The cellar inventory with a photo of every label is brilliant",
    ],
    "fr": [
        "Encore une livraison pile à l'heure, Cavedra au top",
        "L'inventaire avec la photo de chaque étiquette, génial",
    ],
    "it": [
        "Ancora una consegna puntualissima, Cavedra top",
        "L'inventario con la foto di ogni etichetta è fantastico",
    ],
}
SMALL_GRIPE = {
    "es": [
        "Todo perfecto, solo que la app tarda en cargar las fotos. Por lo demás de diez",
        "Muy contenta, aunque la franja de entrega de 4 horas es larga",
    ],
    "pt": [
        "Tudo ótimo, só a app demora a carregar as fotos. De resto impecável",
        "Muito satisfeito, embora a janela de entrega de 4 horas seja longa",
    ],
    "de": ["Alles gut, nur die Fotos laden in der App langsam"],
    "en": ["All great, just the four-hour delivery window is a bit long"],
    "fr": ["Tout est bien, juste le créneau de 4 heures un peu long"],
    "it": ["Tutto bene, solo la fascia di consegna di 4 ore è lunga"],
}
QUESTION = {
    "es": [
        "Hola, ¿puedo pedir que me traigan una sola botella o tiene que ser caja?",
        "¿Cuánto tarda en entrar una caja nueva en el inventario?",
        "Buenas, ¿la temperatura del almacén se puede ver en la app?",
    ],
    "pt": [
        "Olá, posso pedir só uma garrafa ou tem de ser caixa?",
        "Quanto tempo demora uma caixa nova a aparecer no inventário?",
        "Boa tarde, dá para ver a temperatura do armazém na app?",
    ],
    "de": ["Hallo, kann ich auch nur eine einzelne Flasche anfordern?"],
    "en": ["Hi, can I request a single bottle or does it have to be a case?"],
    "fr": ["Bonjour, je peux demander une seule bouteille ou c'est par caisse ?"],
    "it": ["Ciao, posso chiedere una sola bottiglia o serve la cassa?"],
}
ANSWER = {
    "es": "Hola {f}, sí, sin problema. Lo tienes en la app, en Mi bodega. ¡Un saludo!",
    "pt": "Olá {f}, sim, sem problema. Está na app, em A minha adega. Cumprimentos!",
    "de": "Hallo {f}, ja, das geht. Sie finden es in der App unter Mein Keller. Viele Grüße!",
    "en": "Hi {f}, yes, no problem. It's in the app under My cellar. Cheers!",
    "fr": "Bonjour {f}, oui, sans souci. C'est dans l'appli, rubrique Ma cave. Bonne journée !",
    "it": "Ciao {f}, sì, nessun problema. Lo trovi nell'app in La mia cantina. A presto!",
}
THANKS = {
    "es": ["Genial, gracias!", "perfecto, mil gracias"],
    "pt": ["Ótimo, obrigado!", "perfeito, obg"],
    "de": ["Super, danke!"],
    "en": ["Great, thanks!"],
    "fr": ["Super, merci !"],
    "it": ["Perfetto, grazie!"],
}
NIGHT_POST = {
    "es": [
        "Las 2 de la mañana, sin sueño, y ordenando mi bodega en la app de Cavedra por añadas. Qué vicio",
        "Turno de noche en el hospital y planeando qué botella pedir para el domingo",
    ],
    "pt": [
        "3 da manhã, sem sono, a organizar a adega na app da Cavedra por colheitas",
        "Turno da noite e a escolher a garrafa para o almoço de domingo",
    ],
    "de": ["Nachts um zwei und ich sortiere meinen Keller in der Cavedra-App nach Jahrgängen"],
    "en": ["2am, can't sleep, sorting my Cavedra cellar by vintage. Living the dream"],
    "fr": ["2h du matin, insomnie, je trie ma cave Cavedra par millésime"],
    "it": ["Le 2 di notte, insonnia, e riordino la mia cantina Cavedra per annata"],
}
NIGHT_Q = {
    "es": ["¿Si pido ahora las botellas llegan el sábado por la mañana?"],
    "pt": ["Se pedir agora as garrafas chegam sábado de manhã?"],
    "de": ["Wenn ich jetzt bestelle, kommt es Samstag früh?"],
    "en": ["If I request now will it come Saturday morning?"],
    "fr": ["Si je commande maintenant, c'est livré samedi matin ?"],
    "it": ["Se ordino ora arriva sabato mattina?"],
}
SURVEY_WORD = {
    "es": ["Genial", "", "👍", "Muy buen servicio"],
    "pt": ["Excelente", "", "👍", "Impecável"],
    "de": ["Top", ""],
    "en": ["Spot on", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
}
LOW_WORD = {
    "es": ["Fatal", ""],
    "pt": ["Péssimo", ""],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "fr": ["Mauvais", ""],
    "it": ["Pessimo", ""],
}
APOLOGY = {
    "es": [
        "Perdón por el tono de ayer, estaba muy quemada. Gracias por solucionarlo",
        "Disculpad lo de ayer, se me fue la mano. Ya está todo bien",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava mesmo chateado. Obrigado por resolverem",
        "Peço desculpa pela mensagem de ontem, exagerei. Já está tudo bem",
    ],
    "de": ["Entschuldigung für gestern, ich war sauer. Danke fürs Lösen"],
    "en": ["Sorry for my tone yesterday, thanks for sorting it"],
    "fr": ["Désolé pour hier, j'étais énervé. Merci d'avoir réglé ça"],
    "it": ["Scusate per ieri, ero arrabbiato. Grazie per aver risolto"],
}
CONFIRM = {
    "es": ["Confirmado, {c} resuelto. Gracias", "Todo bien ya con la incidencia {c}, gracias"],
    "pt": ["Confirmo, {c} resolvido. Obrigado", "Já está tudo bem com o pedido {c}, obg"],
    "de": ["Bestätigt, {c} ist erledigt. Danke"],
    "en": ["Confirmed, {c} sorted. Thanks"],
    "fr": ["Confirmé, {c} réglé. Merci"],
    "it": ["Confermo, {c} risolto. Grazie"],
}
STILL_OPEN = {
    "es": [
        "Sigo igual con la incidencia {c}, nadie me ha dicho nada. {p}",
        "Vuelvo a escribir por {c}: sigue SIN resolver. {p}",
    ],
    "pt": [
        "Continuo na mesma com o pedido {c}, ninguém me disse nada. {p}",
        "Volto a escrever por causa do {c}: continua por resolver. {p}",
    ],
    "de": ["Vorgang {c} ist immer noch offen. {p}"],
    "en": ["Case {c} is still open, nobody has got back to me. {p}"],
    "fr": ["La demande {c} est toujours ouverte. {p}"],
    "it": ["La segnalazione {c} è ancora aperta. {p}"],
}
THIRD = {
    "es": [
        " Una amiga guarda su vino en {k} y allí esto lo arreglan en el día.",
        " He mirado lo que cobra {k} y me lo estoy pensando.",
    ],
    "pt": [
        " Um colega guarda o vinho na {k} e lá resolvem isto no mesmo dia.",
        " Já fui ver quanto cobra a {k}.",
    ],
    "de": [" Ein Kollege lagert bei {k}, da geht sowas am selben Tag."],
    "en": [" A mate stores with {k} and they sort this the same day."],
    "fr": [" Un collègue stocke chez {k}, eux règlent ça dans la journée."],
    "it": [" Un collega tiene il vino da {k} e lì risolvono in giornata."],
}
FOURTH = {
    "es": " Es la CUARTA vez que escribo.",
    "pt": " É a QUARTA vez que escrevo.",
    "de": " Das ist das VIERTE Mal.",
    "en": " This is the FOURTH time.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
}
AG_CASE = {
    "es": "Hola {f}, sentimos lo ocurrido. Hemos abierto la incidencia {c} y te escribimos en cuanto sepamos algo.",
    "pt": "Olá {f}, lamentamos o sucedido. Abrimos o pedido {c} e voltamos a contactar assim que soubermos algo.",
    "de": "Hallo {f}, das tut uns leid. Wir haben den Vorgang {c} eröffnet und melden uns.",
    "en": "Hi {f}, sorry about this. We've opened case {c} and will be in touch.",
    "fr": "Bonjour {f}, désolés. Nous avons ouvert la demande {c} et revenons vers vous.",
    "it": "Ciao {f}, ci dispiace. Abbiamo aperto la segnalazione {c} e ti aggiorniamo.",
}
AG_ESC = {
    "es": "Hola {f}, la incidencia {c} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes.",
    "pt": "Olá {f}, o pedido {c} passou para a nossa responsável de qualidade, que lhe liga antes de sexta.",
    "de": "Hallo {f}, Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft.",
    "en": "Hi {f}, case {c} is now with our quality lead, who will call you before Friday.",
    "fr": "Bonjour {f}, la demande {c} est chez notre responsable qualité, qui vous appelle avant vendredi.",
    "it": "Ciao {f}, la segnalazione {c} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì.",
}
AG_GOOD = {
    "es": "Hola {f}, buenas noticias sobre {c}: ya está solucionado. ¿Nos lo confirmas?",
    "pt": "Olá {f}, boas notícias sobre o {c}: já está resolvido. Pode confirmar?",
    "de": "Hallo {f}, gute Nachricht zu {c}: erledigt. Können Sie das bestätigen?",
    "en": "Hi {f}, good news on {c}: it's fixed. Could you confirm?",
    "fr": "Bonjour {f}, bonne nouvelle pour {c} : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Ciao {f}, buone notizie su {c}: è risolto. Ce lo confermi?",
}
AG_URGENT = {
    "es": "Añadido a tu incidencia, marcada como urgente.",
    "pt": "Acrescentado ao seu pedido, marcado como urgente.",
    "de": "Zum Vorgang hinzugefügt, als dringend markiert.",
    "en": "Added to your case, marked urgent.",
    "fr": "Ajouté à votre demande, marquée urgente.",
    "it": "Aggiunto alla segnalazione, segnata urgente.",
}
AG_BYE = {
    "es": "Hola {f}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web.",
    "pt": "Olá {f}, lamentamos que saia. Pode cancelar na app ou no site.",
    "de": "Hallo {f}, schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website.",
    "en": "Hi {f}, sorry to see you go. You can cancel in the app or on the website.",
    "fr": "Bonjour {f}, dommage de vous voir partir. Résiliation dans l'appli ou sur le site.",
    "it": "Ciao {f}, ci dispiace. Puoi disdire nell'app o sul sito.",
}
SLIDE = {
    "es": [
        "La entrega de hoy llegó tres horas tarde y sin avisar. Raro en Cavedra",
        "Me han traído una botella que no era mía, he tenido que devolverla yo",
        "La app ya no enseña las fotos de las etiquetas. Cada vez peor",
        "Cuatro días para una caja que antes llegaba en uno. Esto ha cambiado mucho",
        "Me cobran 15 € de 'manipulación' por sacar dos botellas. Indignante",
        "Mi cuñado guarda el vino en {k} y ya he pedido presupuesto allí. Harta",
    ],
    "pt": [
        "A entrega de hoje chegou três horas atrasada e sem aviso. Estranho na Cavedra",
        "Trouxeram-me uma garrafa que não era minha, tive de ser eu a devolver",
        "A app já não mostra as fotos dos rótulos. Cada vez pior",
        "Quatro dias por uma caixa que antes chegava num. Isto mudou muito",
        "Cobram 15 € de 'manuseamento' para tirar duas garrafas. Vergonha",
        "O meu cunhado guarda o vinho na {k} e já pedi orçamento lá. Farto",
    ],
    "de": [
        "Lieferung heute drei Stunden zu spät, ohne Anruf",
        "Eine fremde Flasche geliefert bekommen",
        "Die App zeigt keine Etikettenfotos mehr",
        "Vier Tage für eine Kiste, früher einer",
        "15 € Bearbeitungsgebühr für zwei Flaschen. Frechheit",
        "Mein Schwager lagert bei {k}, ich habe dort angefragt",
    ],
    "en": [
        "Delivery three hours late today, no call",
        "Got someone else's bottle in my case",
        "App no longer shows the label photos",
        "Four days for a case that used to take one",
        "£13 'handling' to take out two bottles. Joke",
        "Brother-in-law stores with {k}, I've asked them for a quote",
    ],
    "fr": [
        "Livraison avec trois heures de retard, sans appel",
        "On m'a livré une bouteille qui n'est pas à moi",
        "L'appli n'affiche plus les photos des étiquettes",
        "Quatre jours pour une caisse, avant c'était un",
        "15 € de 'manutention' pour deux bouteilles. Honteux",
        "Mon beau-frère stocke chez {k}, j'ai demandé un devis",
    ],
    "it": [
        "Consegna in ritardo di tre ore, senza avviso",
        "Mi hanno portato una bottiglia non mia",
        "L'app non mostra più le foto delle etichette",
        "Quattro giorni per una cassa, prima uno",
        "15 € di 'movimentazione' per due bottiglie. Vergogna",
        "Mio cognato tiene il vino da {k}, ho chiesto un preventivo",
    ],
}
CANCEL = {
    "es": [
        "Hola, nos mudamos a una casa con bodega propia y ya no necesito el servicio. Quiero darme de baja de Cavedra Reserva y cerrar la cuenta.",
        "Buenas, he decidido dejar el vino, literalmente jaja. Quiero cancelar Cavedra Reserva y cerrar mi cuenta.",
    ],
    "pt": [
        "Olá, mudámo-nos para uma casa com garrafeira e já não preciso. Quero cancelar a Cavedra Reserva e fechar a conta.",
        "Boa tarde, deixei de beber vinho por indicação médica. Quero cancelar a Cavedra Reserva e encerrar a conta.",
    ],
    "de": [
        "Wir ziehen in ein Haus mit Keller. Bitte Cavedra Reserva kündigen und das Konto schließen."
    ],
    "en": [
        "We've moved somewhere with a cellar. Please cancel Cavedra Reserva and close my account."
    ],
    "fr": [
        "Nous avons une cave maintenant. Je veux résilier Cavedra Reserva et fermer mon compte."
    ],
    "it": ["Ora ho una cantina in casa. Voglio disdire Cavedra Reserva e chiudere l'account."],
}
GRUMBLE = {
    "es": [
        "Otra vez la app me cierra la sesión cada vez que la abro",
        "La franja de entrega de 8 a 12 es una tomadura de pelo",
        "Las cajas de devolución siempre llegan aplastadas",
    ],
    "pt": [
        "Outra vez a app fecha a sessão sempre que a abro",
        "A janela de entrega das 8 às 12 é uma brincadeira",
        "As caixas de devolução chegam sempre amachucadas",
    ],
    "de": ["Die App meldet mich ständig ab"],
    "en": ["App logs me out every single time"],
    "fr": ["L'appli me déconnecte à chaque fois"],
    "it": ["L'app mi disconnette ogni volta"],
}
SARCASM = {
    "es": ["Genial Cavedra, entrega 'antes de las 12' a las 19:40. Justo para el aperitivo 👏"],
    "pt": ["Boa Cavedra, entrega 'até às 12' às 19:40. Mesmo a tempo do jantar 👏"],
    "de": ["Toll, 'bis 12 Uhr' um 19:40 geliefert 👏"],
    "en": ["Cheers Cavedra, 'before noon' delivery at 7:40pm 👏"],
    "fr": ["Bravo Cavedra, livraison 'avant midi' à 19h40 👏"],
    "it": ["Grande Cavedra, consegna 'entro le 12' alle 19:40 👏"],
}
MILD = {
    "es": ["La web de búsqueda de almacén a veces sale en inglés"],
    "pt": ["O site às vezes aparece em inglês"],
    "de": ["Website manchmal auf Englisch"],
    "en": ["The site sometimes shows prices in euros"],
    "fr": ["Le site s'affiche parfois en anglais"],
    "it": ["Il sito a volte è in inglese"],
}
SPIKE = {
    "es": [
        "No me deja pedir botellas, la app da error CV#0412 al confirmar. ¿Qué pasa?",
        "Error CV#0412 al intentar sacar vino de mi bodega, tengo gente a comer",
        "Cavedra caída? CV#0412 cada vez que pido la entrega",
    ],
    "pt": [
        "Não consigo pedir garrafas, a app dá erro CV#0412 ao confirmar",
        "Erro CV#0412 a tentar tirar vinho da adega, tenho gente para almoçar",
        "Cavedra em baixo? CV#0412 sempre que peço entrega",
    ],
    "de": ["App zeigt CV#0412 beim Anfordern von Flaschen"],
    "en": ["App throws CV#0412 when I request bottles"],
    "fr": ["Erreur CV#0412 quand je demande des bouteilles"],
    "it": ["Errore CV#0412 quando chiedo le bottiglie"],
}
SPIKE_AGAIN = {
    "es": ["Sigue el CV#0412, también desde el ordenador"],
    "pt": ["Continua o CV#0412, também no computador"],
    "de": ["Immer noch CV#0412, auch am PC"],
    "en": ["Still CV#0412, on the laptop too"],
    "fr": ["Toujours CV#0412, sur l'ordi aussi"],
    "it": ["Ancora CV#0412, anche dal PC"],
}
SPIKE_CHAT = {
    "es": "Sí, ahora mismo fallan los pedidos de botellas, el equipo técnico está en ello.",
    "pt": "Sim, neste momento os pedidos de garrafas estão a falhar, a equipa técnica já está a tratar.",
    "de": "Ja, Anforderungen schlagen gerade fehl, die Technik ist dran.",
    "en": "Yes, bottle requests are failing right now, our engineers are on it.",
    "fr": "Oui, les demandes échouent en ce moment, nos techniciens s'en occupent.",
    "it": "Sì, le richieste non vanno al momento, i tecnici ci stanno lavorando.",
}
SPIKE_FIXED = {
    "es": "Hola {f}, los pedidos de botellas funcionan de nuevo desde las 12:40. La entrega de hoy va por nuestra cuenta.",
    "pt": "Olá {f}, os pedidos de garrafas voltaram a funcionar desde as 11:40. A entrega de hoje é por nossa conta.",
    "de": "Hallo {f}, Anforderungen funktionieren wieder seit 12:40. Die heutige Lieferung geht auf uns.",
    "en": "Hi {f}, bottle requests work again since 11:40. Today's delivery is on us.",
    "fr": "Bonjour {f}, les demandes fonctionnent à nouveau depuis 12h40. La livraison du jour est offerte.",
    "it": "Ciao {f}, le richieste funzionano di nuovo dalle 12:40. La consegna di oggi la offriamo noi.",
}
LONE_Q = {
    "es": "Anoche la app tardó mucho en confirmar un pedido de botellas pero al final salió bien. ¿Es normal?",
    "pt": "Ontem à noite a app demorou a confirmar um pedido de garrafas mas acabou por dar. É normal?",
}
LONE_A = {
    "es": "Hola {f}, sí, hubo lentitud un rato pero tu pedido está bien.",
    "pt": "Olá {f}, sim, houve alguma lentidão mas o seu pedido está confirmado.",
}

# Business arm (Cavedra Sala): restaurants store wine on account.
B2B_PROBLEMS = ("invoice", "portal", "service_blocked", "overbilled")
B2B_COMPLAINT = {
    "es": {
        "invoice": "Las facturas de este mes vuelven a salir sin número de pedido y nuestra gestoría no las acepta.",
        "portal": "El portal no muestra nuestras cajas en almacén, así que no podemos pedir reposición para el fin de semana.",
        "service_blocked": "El almacén se ha negado a entregar nuestro pedido diciendo que la cuenta está bloqueada, y está pagada.",
        "overbilled": "Nos cobran tarifa por caja suelta en lugar del contrato por palé.",
    },
    "pt": {
        "invoice": "As faturas deste mês voltam a vir sem número de encomenda e a contabilidade não as aceita.",
        "portal": "O portal não mostra as nossas caixas em armazém e não conseguimos pedir reposição.",
        "service_blocked": "O armazém recusou a entrega dizendo que a conta está bloqueada, e está paga.",
        "overbilled": "Estão a cobrar tarifa por caixa avulsa em vez do contrato por palete.",
    },
    "de": {
        "invoice": "Die Rechnungen kommen wieder ohne Bestellnummer.",
        "portal": "Das Portal zeigt unseren Bestand nicht an.",
        "service_blocked": "Lieferung verweigert, Konto angeblich gesperrt, obwohl bezahlt.",
        "overbilled": "Sie berechnen Einzelkisten statt Palettenvertrag.",
    },
    "en": {
        "invoice": "Invoices again have no PO number, accounts won't pay them.",
        "portal": "The portal shows none of our stock, we can't order for the weekend.",
        "service_blocked": "Warehouse refused our delivery, says the account is on stop. It's paid.",
        "overbilled": "You're billing per case instead of our pallet contract.",
    },
    "fr": {
        "invoice": "Les factures arrivent encore sans numéro de commande.",
        "portal": "Le portail n'affiche pas notre stock.",
        "service_blocked": "Livraison refusée, compte bloqué selon vous, alors qu'il est payé.",
        "overbilled": "Vous facturez à la caisse au lieu du contrat palette.",
    },
    "it": {
        "invoice": "Le fatture arrivano di nuovo senza numero d'ordine.",
        "portal": "Il portale non mostra le nostre casse.",
        "service_blocked": "Consegna rifiutata, conto bloccato secondo voi, ma è pagato.",
        "overbilled": "Fatturate a cassa invece che a bancale come da contratto.",
    },
}
B2B_FOLLOW = {
    "es": " Ya os lo escribió {p} el {d}, incidencia {c}.",
    "pt": " O/A {p} já vos escreveu no dia {d}, pedido {c}.",
    "de": " {p} hat am {d} schon geschrieben, Vorgang {c}.",
    "en": " {p} already wrote on {d}, case {c}.",
    "fr": " {p} vous a déjà écrit le {d}, demande {c}.",
    "it": " {p} vi ha già scritto il {d}, segnalazione {c}.",
}
B2B_LAST = {
    "es": "Seguimos igual con {c}, nada arreglado y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {k}.",
    "pt": "Continuamos na mesma com o {c}, nada resolvido e vários colegas já escreveram. As compras já pediram preços à {k}.",
    "de": "{c} ist weiter offen, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {k} angefragt.",
    "en": "{c} still not fixed, several colleagues have written. Procurement has asked {k} for rates.",
    "fr": "{c} toujours pas réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {k}.",
    "it": "{c} ancora aperta, diversi colleghi hanno scritto. Gli acquisti hanno chiesto prezzi a {k}.",
}
B2B_SUGGEST = {
    "es": [
        "Estaría bien poder exportar el consumo por local.",
        "¿Podríais indicar la temperatura en el albarán?",
    ],
    "pt": [
        "Seria útil exportar o consumo por restaurante.",
        "Podiam indicar a temperatura na guia de remessa?",
    ],
    "de": ["Export des Verbrauchs pro Standort wäre gut."],
    "en": ["Would be handy to export usage per site."],
    "fr": ["Un export par établissement serait utile."],
    "it": ["Sarebbe utile esportare i consumi per locale."],
}
B2B_HAPPY = {
    "es": ["Pedido para el fin de semana recibido perfecto, gracias equipo"],
    "pt": ["Encomenda do fim de semana recebida, tudo certo"],
    "de": ["Wochenendlieferung perfekt, danke"],
    "en": ["Weekend order arrived spot on, thanks"],
    "fr": ["Commande du week-end parfaite, merci"],
    "it": ["Ordine del weekend perfetto, grazie"],
}
PRODUCTS = [
    ("Caja 6 botellas, entrega / 6-bottle case, delivery", "12.00"),
    ("Cuota Reserva mensual / Reserva monthly", "9.90"),
    ("Recogida de caja nueva / New case pick-up", "18.00"),
]
