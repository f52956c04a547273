# ruff: noqa: E501
"""Words of Trovanta's households (and of the planted incident), by language.

Trovanta: QR lost-and-found tags (keyring tags, sticker packs, luggage tags,
iron-on labels, bike-frame tags) and an app; a finder scans the tag, chats
anonymously with the owner, and Trovanta's courier brings the thing home.
Trovanta Plus: yearly, free return shipping. Competitors: Smarrio, Keyvena.
"""

from __future__ import annotations

LANGS = ("pt", "it", "es", "de", "fr", "en")

# Products: (label, price in euros, page).
PRODUCTS = [
    ("Keyring tag 2-pack / Porta-chaves 2 un.", 19.90, "/loja/porta-chaves"),
    ("Sticker tags 10-pack / Adesivi 10 pz", 14.90, "/shop/sticker-pack"),
    ("Luggage tag / Etiqueta de mala", 24.90, "/shop/luggage-tag"),
    ("Iron-on labels 20 / Etichette termoadesive 20", 16.90, "/shop/iron-on"),
    ("Bike frame tag / Etiqueta quadro bicicleta", 17.90, "/shop/bike-tag"),
    ("Trovanta Plus, 1 year", 29.90, "/plus"),
    ("Kids' backpack tags 3-pack / Etiquetas mochila 3 un.", 21.90, "/shop/kids-3"),
]
PAGES = ["/app/objetos", "/shop", "/plus", "/ajuda/como-funciona", "/shop/spares", "/app/historico"]

AGENTS = {
    "pt": ["Inês", "Rui", "Carla"],
    "it": ["Giulia", "Marco", "Federica"],
    "es": ["Lucía", "Andrés"],
    "de": ["Jonas", "Miriam"],
    "fr": ["Camille", "Théo"],
    "en": ["Hannah", "Callum"],
}

PRAISE = {
    "pt": [
        "Perdi as chaves do carro no Colombo e duas horas depois tinha uma mensagem da Trovanta: alguém tinha encontrado. Recuperadas no mesmo dia. Vale cada cêntimo 🙌",
        "O meu filho deixou a mochila no autocarro 😩 a senhora que a encontrou leu a etiqueta com o telemóvel e a Trovanta tratou do resto. Obrigadaaa",
        "Mala perdida no aeroporto do Porto, etiqueta da Trovanta, mala em casa no dia seguinte. Impecável.",
        "Esqueci a carteira no café ao pé do trabalho, o empregado leu o QR e falámos pelo chat da Trovanta sem eu dar o meu número a ninguém. Adoro isto",
        "Fui buscar o casaco da miúda à escola graças à etiqueta termocolante da Trovanta, estava na sala errada há uma semana lol",
    ],
    "it": [
        "Ho lasciato lo zaino sul treno per Bologna e la sera stessa la Trovanta mi ha avvisato che il capotreno l'aveva trovato. Grazie davvero!",
        "Chiavi perse al parco, un signore ha inquadrato il portachiavi Trovanta e ci siamo scritti in chat, me le ha lasciate al bar sotto casa 😍",
        "Valigia smarrita a Fiumicino, etichetta Trovanta, valigia a casa in 2 giorni. Consigliatissimo.",
        "Mia figlia ha perso la giacca in gita, etichetta termoadesiva Trovanta e la maestra ce l'ha fatta riavere. Bravi",
        "Portafoglio dimenticato in pizzeria, il cameriere ha scansionato il QR e il corriere Trovanta me l'ha riportato il giorno dopo. Servizio top",
    ],
    "es": [
        "Me dejé la cartera en un bar de Malasaña y a la hora tenía un mensaje de Trovanta. La recuperé esa misma noche. Genial!!",
        "Mi hijo perdió la mochila en el cole y con la etiqueta de Trovanta apareció en dos días. Muy contenta",
        "Maleta perdida en Barajas, etiqueta Trovanta y en casa al día siguiente. Así da gusto",
    ],
    "de": [
        "Schlüsselbund in der S-Bahn liegen lassen, zwei Stunden später Nachricht von Trovanta, abends wieder daheim. Top!",
        "Die Sporttasche meines Sohnes war im Bus, die Finderin hat den Anhänger gescannt und Trovanta hat sie am nächsten Tag gebracht. Klasse",
        "Koffer am Flughafen verloren, Trovanta-Anhänger dran, zwei Tage später war er da. Sehr empfehlenswert",
    ],
    "fr": [
        "Oublié mon sac à dos dans le TGV, le contrôleur a scanné l'étiquette Trovanta et je l'ai récupéré le lendemain. Bravo 👏",
        "Mes clés perdues au marché, une dame a scanné le porte-clés Trovanta et me les a déposées à la boulangerie. Génial",
    ],
    "en": [
        "Left my wallet on the 38 bus, got a Trovanta message within the hour and had it back by tea time. Brilliant service",
        "My daughter's school jumper turned up thanks to the Trovanta iron-on label, after two weeks in the wrong lost property box",
    ],
}

AGAIN = {
    "pt": [
        "Já é a terceira vez que a etiqueta da Trovanta me salva a carteira. Sou distraída, eu sei 😅",
        "Mais uma vez a Trovanta: chaves deixadas no ginásio, recuperadas à noite. Continuo fã",
    ],
    "it": [
        "Terza volta che la Trovanta mi ritrova il portafoglio. Mia moglie dice che dovrei smettere di perderlo, io dico che funziona 😂",
        "Di nuovo grazie Trovanta, ancora una volta le chiavi tornano a casa prima di me",
    ],
    "es": [
        "Tercera vez que la etiqueta de Trovanta me devuelve las llaves jajaja soy un desastre pero funciona"
    ],
    "de": [
        "Schon wieder hat der Trovanta-Anhänger den Rucksack meiner Tochter gerettet. Lohnt sich jedes Mal"
    ],
    "fr": [
        "Troisième fois que Trovanta me retrouve mes clés, je devrais peut-être arrêter de les semer 😅"
    ],
    "en": ["Third time the Trovanta tag has brought my keys home. Honestly worth every penny"],
}

GRIPE = {
    "pt": [
        "Recuperei o casaco do miúdo graças à Trovanta, só acho que o autocolante podia ser mais resistente, já descolou um da lancheira. De resto 5 estrelas.",
        "Serviço muito bom, a mala voltou inteira. Só o estafeta é que ligou às 8 da manhã de um sábado 😴 mas pronto",
    ],
    "it": [
        "Ottimo servizio, ho riavuto le cuffie in due giorni. Unica cosa: l'app ogni tanto mi chiede di rifare il login. Per il resto perfetto.",
        "Tutto bene, zaino recuperato, solo che la mail di conferma è arrivata in inglese. Vabbè, contenta lo stesso",
    ],
    "es": [
        "Todo bien, recuperé la mochila, solo que el mensajero vino a las 8 de la mañana un sábado 😴 por lo demás genial"
    ],
    "de": [
        "Sehr gut, Tasche zurück, nur die Versandbestätigung kam auf Englisch. Sonst alles prima."
    ],
    "fr": [
        "Service au top, seul bémol le porte-clés est un peu gros pour ma poche. Sinon rien à redire."
    ],
    "en": [
        "Got my camera back, great stuff. Only gripe is the luggage tag strap feels a bit flimsy. Otherwise spot on."
    ],
}

# (question, agent's answer)
CHAT_Q = {
    "pt": [
        (
            "Olá, posso pôr a mesma etiqueta numa mala e passar depois para outra?",
            "Pode sim: na app vá a Os meus objetos > Editar e mude a descrição. A etiqueta continua ativa.",
        ),
        (
            "boa tarde, o autocolante aguenta a máquina da loiça? é para as garrafas dos miúdos",
            "Aguenta lavagens até 60 graus, nas garrafas funciona bem.",
        ),
        (
            "A assinatura Plus cobre a devolução se eu perder alguma coisa em Espanha?",
            "Cobre em toda a UE, na Suíça e no Reino Unido, sem limite de devoluções.",
        ),
        (
            "Quem encontra as minhas coisas fica a saber a minha morada?",
            "Nunca. A pessoa fala consigo pelo chat anónimo e o estafeta recolhe o objeto.",
        ),
    ],
    "it": [
        (
            "Ciao, se cambio numero di telefono devo riattivare le etichette?",
            "No, basta aggiornare il numero in Profilo > Contatti: le etichette restano attive.",
        ),
        (
            "Buongiorno, l'adesivo si può mettere sul casco della bici?",
            "Sì, regge pioggia e sole; meglio all'interno se il casco è verniciato.",
        ),
        (
            "Con il Plus la spedizione di ritorno è sempre gratis?",
            "Sì, in tutta l'UE, in Svizzera e nel Regno Unito, senza limite di spedizioni.",
        ),
        (
            "posso condividere un portachiavi con mio marito? così avvisa tutti e due",
            "Certo, in Oggetti > Condividi aggiunge suo marito e vi arriva l'avviso a entrambi.",
        ),
    ],
    "es": [
        (
            "Hola, puedo compartir una etiqueta con mi pareja en la app?",
            "Sí, en Objetos > Compartir puedes añadirla y os avisaremos a los dos.",
        ),
        (
            "si alguien encuentra mis llaves ve mi numero?",
            "No, nunca: quien escanea habla contigo por un chat anónimo.",
        ),
    ],
    "de": [
        (
            "Hallo, sieht der Finder meine Adresse, wenn er den Anhänger scannt?",
            "Nein, nie. Der Finder schreibt Ihnen über einen anonymen Chat, Ihre Daten bleiben bei uns.",
        ),
        (
            "Kann ich einen Anhänger auf ein anderes Konto übertragen?",
            "Ja, unter Gegenstände > Übertragen, der neue Besitzer bestätigt per Mail.",
        ),
    ],
    "fr": [
        (
            "Bonjour, l'étiquette bagage résiste à la soute de l'avion ?",
            "Oui, elle est faite pour ça ; vérifiez juste que le QR reste visible.",
        ),
        (
            "Est-ce que je peux mettre une étiquette en pause pendant l'hiver ? c'est pour le vélo",
            "Oui, dans Objets > Mettre en pause, et vous la réactivez quand vous voulez.",
        ),
    ],
    "en": [
        (
            "Hi, does the sticker tag survive the washing machine? it's for my son's PE kit",
            "It survives up to 40 degrees; for school kit the iron-on labels are the better fit.",
        ),
        (
            "if someone finds my bag abroad who pays the postage?",
            "With Plus we cover it across the EU, Switzerland and the UK; without Plus it's a flat return fee.",
        ),
    ],
}

THANKS = {
    "pt": ["Obrigada!", "ok obg 👍", "Perfeito, obrigado"],
    "it": ["Grazie mille!", "perfetto grazie", "ok grz"],
    "es": ["gracias!!", "vale, mil gracias"],
    "de": ["Danke!", "super, danke"],
    "fr": ["merci beaucoup", "parfait merci"],
    "en": ["cheers!", "thanks a lot"],
}

# (subject, text, agent's answer)
MAIL_Q = {
    "pt": [
        (
            "Dúvida sobre etiquetas",
            "Boa tarde,\nComprei o pack de autocolantes e queria saber se posso registar etiquetas em nome da minha mãe, que não tem smartphone.\nCumprimentos,\n{name}",
            "Olá {first},\nPode sim: registe as etiquetas na sua conta e indique o telefone fixo da sua mãe como contacto de recurso. Ligamos-lhe nós se alguém encontrar alguma coisa.\nCumprimentos,\n{agent}, Trovanta",
        ),
        (
            "Etiqueta de mala",
            "Bom dia\nA etiqueta de mala vem com fita ou tenho de comprar à parte? Vamos de férias dia 20.\nObrigado\n{name}",
            "Bom dia {first},\nVem com uma fita de aço revestida, não precisa de mais nada. Boas férias!\n{agent}, Trovanta",
        ),
    ],
    "it": [
        (
            "Domanda abbonamento",
            "Buongiorno,\nvorrei sapere se l'abbonamento Plus si può intestare a tutta la famiglia o serve uno per persona.\nGrazie,\n{name}",
            "Gentile {first},\nil Plus copre fino a cinque persone dello stesso nucleo: le aggiunge da Profilo > Famiglia.\nCordiali saluti,\n{agent}, Trovanta",
        ),
        (
            "Info etichette",
            "Salve, le etichette termoadesive vanno bene anche sul cotone delle divise della scuola? Non vorrei rovinarle col ferro.\n{name}",
            "Salve {first},\nsì, sul cotone vanno benissimo: ferro a temperatura media per 15 secondi, senza vapore.\n{agent}, Trovanta",
        ),
    ],
    "es": [
        (
            "Pregunta",
            "Hola,\nme mudo a Valencia el mes que viene, tengo que cambiar algo en las etiquetas?\nUn saludo,\n{name}",
            "Hola {first},\nsolo actualiza la dirección de entrega en Perfil; las etiquetas siguen igual.\nUn saludo,\n{agent}, Trovanta",
        )
    ],
    "de": [
        (
            "Frage zu Plus",
            "Guten Tag,\ngilt der kostenlose Rückversand mit Plus auch für Fahrräder bzw. größere Sachen?\nViele Grüße\n{name}",
            "Hallo {first},\nbis 20 kg und Paketmaß ja; ein Fahrrad holen wir als Sperrgut ab, dafür zahlen Plus-Mitglieder die Hälfte.\nFreundliche Grüße\n{agent}, Trovanta",
        )
    ],
    "fr": [
        (
            "Question étiquettes",
            "Bonjour,\nest-ce que les étiquettes marchent si le téléphone de la personne qui trouve n'a pas l'appli ?\nCordialement,\n{name}",
            "Bonjour {first},\noui, l'appareil photo suffit : le QR ouvre une page web, sans appli.\nBien à vous,\n{agent}, Trovanta",
        )
    ],
    "en": [
        (
            "Quick question",
            "Hi,\nCan I order replacement tags for the ones on my old suitcase without buying a whole new pack?\nThanks\n{name}",
            "Hi {first},\nYes, single replacement tags are in the shop under Spares.\nBest,\n{agent}, Trovanta",
        )
    ],
}

# (call transcript, follow-up subject, follow-up text)
CALL_Q = {
    "pt": [
        (
            "bom dia queria saber como é que ativo a etiqueta que veio com a mala nova é que a aplicação pede um código e eu não encontro",
            "A sua chamada de hoje",
            "Olá {first}, como combinado ao telefone: o código de ativação está no verso do cartão, por baixo da película prateada. Qualquer coisa, diga.\n{agent}, Trovanta",
        ),
        (
            "olá boa tarde eu tenho o plus e queria pôr a minha sogra no mesmo plano ela vive connosco dá",
            "A sua chamada",
            "Olá {first}, confirmo o que falámos: a sua sogra pode entrar no plano familiar em Perfil > Família.\n{agent}, Trovanta",
        ),
    ],
    "it": [
        (
            "buongiorno senta volevo chiedere se il portachiavi funziona anche se chi lo trova non ha internet sul telefono",
            "La sua telefonata",
            "Buongiorno {first}, come detto al telefono: sul retro c'è anche un numero verde che chi trova può chiamare.\nSaluti, {agent}, Trovanta",
        ),
        (
            "sì pronto salve ho comprato le etichette per lo zaino di mio figlio ma l'app non mi fa aggiungere il secondo figlio come faccio",
            "La sua chiamata di oggi",
            "Salve {first}, come d'accordo: in Profilo > Famiglia tocchi Aggiungi e inserisca il nome del secondo figlio, poi assegni le etichette.\n{agent}, Trovanta",
        ),
    ],
    "es": [
        (
            "hola buenas quería saber si puedo poner la etiqueta en la funda del portátil o se despega con el calor",
            "Su llamada",
            "Hola {first}, como le dije: en la funda aguanta sin problema, evite solo la rejilla de ventilación.\n{agent}, Trovanta",
        ),
        (
            "sí hola mire tengo el plus y quería saber si me cubre si pierdo algo en Portugal que nos vamos en agosto",
            "Su llamada de hoy",
            "Hola {first}, confirmado: el Plus cubre la devolución en toda la UE, Portugal incluido.\n{agent}, Trovanta",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ich die Anhänger auch im Ausland benutzen kann wir fahren im Sommer nach Kroatien",
            "Ihr Anruf",
            "Hallo {first}, wie besprochen: die Anhänger funktionieren weltweit, der Rückversand ist nur in der EU, Schweiz und UK inklusive.\n{agent}, Trovanta",
        ),
        (
            "guten Tag ich hab die Aufbügeletiketten gekauft und wollte wissen ob die auch bei sechzig Grad halten wegen der Fußballtrikots",
            "Ihr Anruf heute",
            "Hallo {first}, wie am Telefon gesagt: bis 60 Grad halten die Etiketten, bitte nicht in den Trockner.\n{agent}, Trovanta",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir comment on ajoute mon mari sur le compte pour qu'il reçoive aussi les alertes",
            "Votre appel",
            "Bonjour {first}, comme convenu : Profil > Famille > Ajouter, il recevra les alertes dès qu'il aura accepté.\n{agent}, Trovanta",
        ),
        (
            "allô oui bonjour c'est pour savoir si l'étiquette vélo tient sous la pluie parce que je laisse le vélo dehors",
            "Votre appel de ce matin",
            "Bonjour {first}, comme dit au téléphone : l'étiquette vélo est étanche, elle tient sous la pluie et au soleil.\n{agent}, Trovanta",
        ),
    ],
    "en": [
        (
            "hiya just ringing to ask if the tags still work if my phone's switched off like will it email me as well",
            "Your call today",
            "Hi {first}, as we said on the phone: yes, you get an e-mail as well as the app alert.\n{agent}, Trovanta",
        ),
        (
            "yeah hi I bought the luggage tags and I'm flying Saturday do I need to activate them before or does it just work",
            "Your call this morning",
            "Hi {first}, as discussed: activate them in the app before you fly, it takes a minute.\n{agent}, Trovanta",
        ),
    ],
}

REVIEW = {
    "pt": [
        (5, "Funciona mesmo. Recuperei a carteira em 24 h."),
        (4, "Bom serviço, o porta-chaves é que é um bocadinho grande."),
        (
            5,
            "Comprei para a família toda depois de a minha mãe recuperar o guarda-chuva preferido lol",
        ),
        (5, "Simples, discreto, e a mala voltou. Recomendo."),
    ],
    "it": [
        (5, "Semplice e funziona, ho riavuto le chiavi in giornata."),
        (4, "Ottimo, la spedizione di ritorno potrebbe essere più veloce."),
        (5, "Preso per i bambini dopo l'ennesima borraccia persa. Da allora tornano tutte!"),
        (5, "Discreto e utile, lo consiglio a chi viaggia tanto."),
    ],
    "es": [
        (5, "Recuperé la maleta gracias a la etiqueta. 10/10"),
        (4, "Muy útil, aunque la app podría ser más rápida."),
    ],
    "de": [
        (5, "Funktioniert genau wie beschrieben. Rucksack war am nächsten Tag zurück."),
        (4, "Gute Sache, der Anhänger könnte etwas kleiner sein."),
    ],
    "fr": [
        (5, "Efficace et discret, je recommande."),
        (4, "Très utile, l'appli est parfois un peu lente."),
    ],
    "en": [
        (5, "Does exactly what it says. Keys back in a day."),
        (4, "Handy, app's a bit slow to load sometimes."),
    ],
}

SURVEY_WORD = {
    "pt": ["Excelente", "Tudo ótimo", "👍", "", "Muito prático"],
    "it": ["Ottimo", "Tutto perfetto", "", "👍", "Comodissimo"],
    "es": ["Genial", "", "Muy bien"],
    "de": ["Super", "", "Sehr gut"],
    "fr": ["Parfait", "", "Très bien"],
    "en": ["Great", "", "Spot on"],
}

NIGHT_POST = {
    "pt": [
        "3 da manhã e eu à procura das chaves pela casa toda antes de me lembrar que tenho a Trovanta 😂 estavam no carro",
        "Turno da noite no hospital, aproveitei a pausa para pôr etiquetas Trovanta em tudo o que a miúda leva para o campo de férias",
    ],
    "it": [
        "Turno di notte, approfitto della pausa per mettere le etichette Trovanta su tutto lo zaino di mia figlia per la gita",
        "Non riesco a dormire e sto etichettando tutte le valigie per la partenza di sabato. Trovanta mi salva sempre",
    ],
    "es": [
        "No puedo dormir y estoy etiquetando todas las maletas del viaje del sábado con Trovanta jaja",
        "Vuelvo del turno de noche y casi me dejo las llaves en la taquilla. Menos mal que llevan la etiqueta de Trovanta",
    ],
    "de": [
        "Nachtschicht vorbei und fast den Schlüssel im Spind vergessen. Der Trovanta-Anhänger beruhigt ungemein",
        "Kann nicht schlafen, also kleben jetzt Trovanta-Sticker auf allen Brotdosen der Kinder",
    ],
    "fr": [
        "Insomnie, du coup j'ai mis des étiquettes Trovanta sur toutes les trottinettes des enfants",
        "Retour de garde de nuit, j'ai failli oublier mes clés au vestiaire. Heureusement le porte-clés Trovanta est là",
    ],
    "en": [
        "2am and I've just tagged every bag in the house with Trovanta stickers. new year's resolution came early",
        "night shift done, nearly left my keys in the locker again. glad the Trovanta tag's on them",
    ],
}

NIGHT_CHAT = {
    "pt": [
        (
            "Ainda há alguém? Perdi a carteira agora no Bairro Alto, marco já como perdida na app?",
            "Sim, marque já em Objetos > Perdido: se alguém ler a etiqueta recebe logo o aviso.",
        ),
        (
            "boa noite a devolução chega amanhã ou segunda?",
            "Segunda de manhã, o estafeta não faz entregas ao domingo.",
        ),
    ],
    "it": [
        (
            "C'è qualcuno? Ho appena perso le chiavi uscendo dal locale, cosa faccio?",
            "Le segni subito come smarrite nell'app: se qualcuno inquadra il portachiavi le arriva un avviso.",
        ),
        (
            "scusate l'ora, il corriere di ritorno passa anche di sabato?",
            "Sì, il sabato mattina fino alle 13.",
        ),
    ],
    "es": [
        (
            "hola, sigue alguien? se me han caído las llaves en un taxi, qué hago",
            "Márcalas ya como perdidas en la app; si alguien escanea la etiqueta te avisamos al momento.",
        )
    ],
    "de": [
        (
            "Hallo, noch jemand da? Wie lange bleibt ein Fundstück beim Finder, bevor es zurückgeschickt wird?",
            "Wir holen es innerhalb von zwei Werktagen ab, sobald Sie den Rückversand bestätigen.",
        )
    ],
    "fr": [
        (
            "bonsoir, est-ce que je peux changer l'adresse de retour alors que le coursier est déjà en route ?",
            "Oui, jusqu'à 7 h le matin de la livraison, dans Suivi > Modifier l'adresse.",
        )
    ],
    "en": [
        (
            "anyone about? just left my rucksack on the night bus, do I mark it lost now or wait",
            "Mark it lost now in the app, you'll get an alert the moment anyone scans the tag.",
        )
    ],
}

# Six household problems. core: what happened (written); angry: short and hot.
# {plus}: the Plus price, {fee}: the return fee, in the customer's money.
PROBLEMS = ("not_notified", "double_charge", "damaged_return", "refund", "wrong_price", "dead_tags")
TOPIC = {
    "pt": {
        "not_notified": "nunca fui avisado",
        "double_charge": "cobrança a dobrar",
        "damaged_return": "mala devolvida partida",
        "refund": "reembolso em falta",
        "wrong_price": "portes cobrados com Plus",
        "dead_tags": "etiquetas que não leem",
    },
    "it": {
        "not_notified": "nessun avviso ricevuto",
        "double_charge": "addebito doppio",
        "damaged_return": "oggetto arrivato rotto",
        "refund": "rimborso mai arrivato",
        "wrong_price": "spedizione addebitata col Plus",
        "dead_tags": "etichette che non funzionano",
    },
    "es": {
        "not_notified": "no me avisasteis",
        "double_charge": "cobro doble",
        "damaged_return": "devolución rota",
        "refund": "reembolso pendiente",
        "wrong_price": "me cobráis el envío con Plus",
        "dead_tags": "etiquetas que no se leen",
    },
    "de": {
        "not_notified": "keine Benachrichtigung",
        "double_charge": "doppelt abgebucht",
        "damaged_return": "kaputt zurückgekommen",
        "refund": "Erstattung fehlt",
        "wrong_price": "Versand trotz Plus berechnet",
        "dead_tags": "Anhänger nicht lesbar",
    },
    "fr": {
        "not_notified": "jamais prévenue",
        "double_charge": "prélèvement en double",
        "damaged_return": "objet rendu cassé",
        "refund": "remboursement manquant",
        "wrong_price": "frais de retour malgré Plus",
        "dead_tags": "étiquettes illisibles",
    },
    "en": {
        "not_notified": "never notified",
        "double_charge": "charged twice",
        "damaged_return": "returned damaged",
        "refund": "refund missing",
        "wrong_price": "return fee despite Plus",
        "dead_tags": "tags won't scan",
    },
}

CORE = {
    "pt": {
        "not_notified": "Alguém leu a etiqueta das minhas chaves na terça-feira, está no histórico da app, e eu não recebi aviso nenhum. Só soube hoje porque o senhor do quiosque me reconheceu. Andei três dias sem chaves de casa e paguei um serralheiro.",
        "double_charge": "A renovação do Plus foi cobrada duas vezes no cartão, {plus} e outra vez {plus}, no mesmo minuto. Quero a segunda cobrança devolvida.",
        "damaged_return": "A minha mala voltou pelo vosso estafeta com a pega arrancada e uma roda partida, dentro de um saco de plástico sem proteção nenhuma. Estava perfeita quando a perdi.",
        "refund": "Paguei {fee} de portes para uma devolução que foi cancelada porque a pessoa que encontrou a mochila a entregou ela mesma. Disseram que era reembolsado em 5 dias. Já passaram três semanas.",
        "wrong_price": "Sou cliente Plus há dois anos e cobraram-me {fee} de portes na devolução do meu casaco. O Plus inclui as devoluções, é a razão de eu pagar.",
        "dead_tags": "O pack de 10 autocolantes que comprei veio com o QR borratado, nenhum telemóvel cá de casa consegue ler. Já colei metade nas coisas dos miúdos antes de perceber.",
    },
    "it": {
        "not_notified": "Qualcuno ha scansionato il portachiavi martedì, si vede nella cronologia dell'app, e a me non è arrivato nessun avviso. L'ho saputo oggi per caso dal barista. Tre giorni senza chiavi di casa e ho pagato il fabbro.",
        "double_charge": "Il rinnovo del Plus mi è stato addebitato due volte sulla carta, {plus} e di nuovo {plus}, alla stessa ora. Rivoglio indietro il secondo addebito.",
        "damaged_return": "Lo zaino mi è tornato col vostro corriere con la cerniera strappata e gli occhiali dentro rotti, in una busta senza imbottitura. Quando l'ho perso era integro.",
        "refund": "Ho pagato {fee} di spedizione per una restituzione annullata, perché chi ha trovato la borsa me l'ha portata di persona. Mi avevate promesso il rimborso in 5 giorni. Sono passate tre settimane.",
        "wrong_price": "Ho il Plus da due anni e mi avete addebitato {fee} di spedizione per la restituzione del cappotto. Il Plus include la spedizione, è per questo che lo pago.",
        "dead_tags": "La confezione da 10 adesivi è arrivata col QR sbavato, nessun telefono in casa riesce a leggerlo. Ne avevo già attaccati metà sulle cose dei bambini prima di accorgermene.",
    },
    "es": {
        "not_notified": "Alguien escaneó la etiqueta de mis llaves el martes, sale en el historial de la app, y a mí no me llegó ningún aviso. Me enteré hoy de casualidad. Tres días sin llaves y un cerrajero pagado.",
        "double_charge": "Me habéis cobrado la renovación del Plus dos veces, {plus} y otra vez {plus}, en el mismo minuto. Quiero que me devolváis el segundo cargo.",
        "damaged_return": "Mi maleta volvió con vuestro mensajero con el asa arrancada y una rueda rota, en una bolsa de plástico sin nada. Cuando la perdí estaba perfecta.",
        "refund": "Pagué {fee} de envío por una devolución que se canceló porque quien encontró la mochila me la trajo en persona. Me dijisteis 5 días para el reembolso. Van tres semanas.",
        "wrong_price": "Soy socia Plus desde hace dos años y me habéis cobrado {fee} de envío por devolverme el abrigo. El Plus incluye los envíos, para eso lo pago.",
        "dead_tags": "El pack de 10 pegatinas llegó con el QR borroso, ningún móvil de casa lo lee. Ya había pegado la mitad en las cosas de los niños.",
    },
    "de": {
        "not_notified": "Jemand hat am Dienstag den Anhänger an meinem Schlüssel gescannt, steht so im Verlauf der App, und ich habe keine Benachrichtigung bekommen. Drei Tage ohne Hausschlüssel, den Schlüsseldienst habe ich selbst bezahlt.",
        "double_charge": "Die Plus-Verlängerung wurde zweimal abgebucht, {plus} und nochmal {plus}, in derselben Minute. Ich will die zweite Abbuchung zurück.",
        "damaged_return": "Mein Rucksack kam mit Ihrem Kurier zurück, Reißverschluss abgerissen, die Brille darin zerbrochen, in einer Tüte ohne Polsterung. Als ich ihn verloren habe, war alles heil.",
        "refund": "Ich habe {fee} Versand für eine Rücksendung bezahlt, die storniert wurde, weil die Finderin die Tasche selbst vorbeigebracht hat. Erstattung in 5 Tagen hieß es. Jetzt sind es drei Wochen.",
        "wrong_price": "Ich bin seit zwei Jahren Plus-Mitglied und Sie haben mir {fee} Versand für die Rücksendung meiner Jacke berechnet. Plus schließt den Versand ein, genau dafür zahle ich.",
        "dead_tags": "Das 10er-Pack Sticker kam mit verschmiertem QR-Code, kein Handy bei uns kann ihn lesen. Die Hälfte klebt schon auf den Sachen der Kinder.",
    },
    "fr": {
        "not_notified": "Quelqu'un a scanné le porte-clés mardi, c'est dans l'historique de l'appli, et je n'ai reçu aucune alerte. Je l'ai su aujourd'hui par hasard. Trois jours sans clés et un serrurier à payer.",
        "double_charge": "Le renouvellement Plus a été prélevé deux fois, {plus} puis encore {plus}, à la même minute. Je veux le remboursement du second prélèvement.",
        "damaged_return": "Mon sac est revenu par votre coursier avec la fermeture arrachée et mes lunettes cassées dedans, dans une pochette sans protection. Il était intact quand je l'ai perdu.",
        "refund": "J'ai payé {fee} de frais de retour pour un envoi annulé, la personne qui avait trouvé le sac me l'a rapporté elle-même. Remboursement sous 5 jours, m'avait-on dit. Ça fait trois semaines.",
        "wrong_price": "Je suis abonnée Plus depuis deux ans et vous m'avez facturé {fee} de frais de retour pour mon manteau. Plus inclut les retours, c'est pour ça que je paie.",
        "dead_tags": "Le lot de 10 autocollants est arrivé avec le QR baveux, aucun téléphone à la maison n'arrive à le lire. J'en avais déjà collé la moitié sur les affaires des enfants.",
    },
    "en": {
        "not_notified": "Someone scanned the tag on my keys on Tuesday, it's right there in the app history, and I never got an alert. Found out today by pure chance. Three days locked out and a locksmith to pay.",
        "double_charge": "My Plus renewal has been taken twice, {plus} and then {plus} again, same minute. I want the second one back.",
        "damaged_return": "My bag came back with your courier with the zip ripped off and my glasses inside snapped, in a thin plastic mailer with no padding. It was fine when I lost it.",
        "refund": "I paid {fee} postage for a return that was cancelled because the lady who found the rucksack dropped it round herself. Refund in 5 days, you said. It's been three weeks.",
        "wrong_price": "I've been on Plus for two years and you've charged me {fee} to send my coat back. Plus includes returns, that's the whole reason I pay for it.",
        "dead_tags": "The 10-pack of stickers came with the QR smudged, not one phone in the house can read it. Half of them are already stuck on the kids' stuff.",
    },
}

ANGRY = {
    "pt": {
        "not_notified": "Leram a etiqueta das minhas chaves há TRÊS dias e eu NUNCA fui avisado. Para que é que vos pago??",
        "double_charge": "Cobraram-me o Plus DUAS vezes. {plus} + {plus}. Devolvam já",
        "damaged_return": "mala devolvida com a roda PARTIDA num saco de plástico. brilhante.",
        "refund": "TRÊS semanas à espera de {fee} de reembolso. chega",
        "wrong_price": "pago o Plus e cobram-me {fee} de portes?! a sério??",
        "dead_tags": "10 autocolantes e NENHUM se consegue ler. dinheiro deitado fora",
    },
    "it": {
        "not_notified": "Hanno scansionato le mie chiavi TRE giorni fa e io NON ho ricevuto NIENTE. Ma a cosa serve??",
        "double_charge": "Addebitato il Plus DUE volte, {plus} + {plus}. Ridatemi i soldi",
        "damaged_return": "zaino restituito con la cerniera STRAPPATA e gli occhiali rotti. complimenti davvero",
        "refund": "TRE settimane per un rimborso di {fee}. basta",
        "wrong_price": "pago il Plus e mi addebitate {fee} di spedizione?! ma siete seri??",
        "dead_tags": "10 adesivi e NESSUNO si legge. soldi buttati",
    },
    "es": {
        "not_notified": "Escanearon mis llaves hace TRES días y NO me avisasteis. Para qué os pago??",
        "double_charge": "Me habéis cobrado el Plus DOS veces. {plus} + {plus}. Devolvedlo YA",
        "damaged_return": "maleta devuelta con la rueda ROTA en una bolsa de plástico. olé",
        "refund": "TRES semanas esperando {fee}. ya está bien",
        "wrong_price": "pago Plus y me cobráis {fee} de envío?? en serio??",
        "dead_tags": "10 pegatinas y NINGUNA se lee. dinero tirado",
    },
    "de": {
        "not_notified": "Mein Schlüssel wurde vor DREI Tagen gescannt und ich habe NICHTS bekommen. Wofür zahle ich eigentlich??",
        "double_charge": "Plus ZWEIMAL abgebucht, {plus} + {plus}. Sofort zurück bitte",
        "damaged_return": "Rucksack kaputt zurück, Brille zerbrochen. ganz toll.",
        "refund": "DREI Wochen warte ich auf {fee}. jetzt reichts",
        "wrong_price": "Ich zahle Plus und soll {fee} Versand zahlen?! Ernsthaft??",
        "dead_tags": "10 Sticker und KEINER lässt sich scannen. rausgeworfenes Geld",
    },
    "fr": {
        "not_notified": "Mes clés scannées il y a TROIS jours et AUCUNE alerte. Je paie pour quoi au juste ??",
        "double_charge": "Plus prélevé DEUX fois, {plus} + {plus}. Remboursez-moi",
        "damaged_return": "sac rendu avec la fermeture ARRACHÉE et mes lunettes cassées. bravo.",
        "refund": "TROIS semaines pour {fee} de remboursement. ça suffit",
        "wrong_price": "je paie Plus et vous me facturez {fee} de retour ?! sérieusement ??",
        "dead_tags": "10 autocollants et AUCUN ne se scanne. argent jeté",
    },
    "en": {
        "not_notified": "Keys scanned THREE days ago and I got NOTHING. What am I paying for??",
        "double_charge": "Charged for Plus TWICE. {plus} + {plus}. Give it back",
        "damaged_return": "bag returned with the zip RIPPED off and my glasses snapped. great job",
        "refund": "THREE weeks waiting for {fee}. enough",
        "wrong_price": "I pay for Plus and you charge me {fee} postage?! seriously??",
        "dead_tags": "10 stickers and NOT ONE scans. money down the drain",
    },
}

# Framing of the written forms.
COMPLAINT_SUBJECT = {
    "pt": "Reclamação: {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
}
MAIL_FRAME = {
    "pt": "Boa tarde,\n\n{core}\n\nEspero uma resposta rápida.\n{name}",
    "it": "Buongiorno,\n\n{core}\n\nAttendo una risposta al più presto.\n{name}",
    "es": "Hola,\n\n{core}\n\nEspero respuesta.\n{name}",
    "de": "Guten Tag,\n\n{core}\n\nIch erwarte eine schnelle Antwort.\n{name}",
    "fr": "Bonjour,\n\n{core}\n\nMerci de me répondre rapidement.\n{name}",
    "en": "Hello,\n\n{core}\n\nI'd like this sorted, please.\n{name}",
}
CALL_FRAME = {
    "pt": ("sim bom dia olhe estou a ligar porque", "e eu queria saber o que é que vão fazer"),
    "it": ("sì buongiorno senta la chiamo perché", "e volevo sapere cosa fate adesso"),
    "es": ("hola buenas mire le llamo porque", "y quiero saber qué vais a hacer"),
    "de": ("ja guten Tag also ich rufe an weil", "und ich will wissen was Sie jetzt machen"),
    "fr": (
        "oui bonjour écoutez j'appelle parce que",
        "et je voudrais savoir ce que vous allez faire",
    ),
    "en": (
        "hi yeah hello I'm calling because",
        "and I want to know what you're going to do about it",
    ),
}

# Long letters with the complaint inside (Portuguese and Italian).
LONG = {
    "pt": [
        (
            "Reclamação e um desabafo",
            "Boa noite,\n\nDesculpem o texto comprido mas escrevo isto no banco do hospital enquanto a minha mãe faz a fisioterapia da anca, e tenho tempo. Há uns meses que ando a tratar de tudo sozinha: a casa dela em Viseu, a minha em Coimbra, os miúdos, o trabalho na farmácia. Foi precisamente por andar nesta correria que comprei as vossas etiquetas, para deixar de perder coisas pelo caminho.\n\n{core}\n\nNão é o fim do mundo, eu sei, mas numa semana destas não precisava disto. Gostava que alguém olhasse para o meu caso com atenção e me dissesse o que vão fazer.\n\nCom os melhores cumprimentos,\n{name}",
        ),
        (
            "Sobre o meu pedido",
            "Bom dia,\n\nSou cliente desde o início e até recomendei a Trovanta aos colegas da escola onde dou aulas. Escrevo do carro, à porta do treino de futebol do meu filho, porque em casa não tenho um minuto: estamos a pintar o apartamento que herdámos da minha tia e tudo anda fora do sítio.\n\n{core}\n\nNão quero fazer disto uma guerra, quero só que resolvam. Fico a aguardar.\n\nObrigado,\n{name}",
        ),
    ],
    "it": [
        (
            "Segnalazione, scusate la lunghezza",
            "Buonasera,\n\nvi scrivo dalla sala d'attesa del pediatra, con mia figlia in braccio, quindi perdonate eventuali errori. Sono mesi complicati: stiamo ristrutturando la casa dei miei suoceri a Bergamo, io lavoro su turni in ospedale e mio marito è spesso fuori. Proprio per questo avevo preso le vostre etichette, per avere una preoccupazione in meno.\n\n{core}\n\nNon voglio fare polemica, ma vorrei che qualcuno si prendesse carico della cosa e mi dicesse chiaramente cosa succede adesso.\n\nCordiali saluti,\n{name}",
        ),
        (
            "Reclamo",
            "Gentili signori,\n\nsono un vostro cliente da quasi tre anni e vi ho sempre consigliato a tutti, anche in ufficio. Vi scrivo in pausa pranzo, dal parcheggio della ditta, perché tra il trasloco di mia madre e il lavoro non ho altro momento.\n\n{core}\n\nCapisco che possa capitare, ma mi aspetto che venga sistemato in fretta. Resto in attesa di una vostra risposta.\n\nDistinti saluti,\n{name}",
        ),
    ],
}

# Agents.
CASE_OPENED = {
    "pt": (
        "RE: Processo {ref}",
        "Olá {first},\nLamentamos muito. Abrimos o processo {ref} e vamos verificar tudo. Respondemos até amanhã.\n{agent}, Trovanta",
    ),
    "it": (
        "R: Segnalazione {ref}",
        "Gentile {first},\nci dispiace molto. Abbiamo aperto la pratica {ref} e verifichiamo subito. Le rispondiamo entro domani.\n{agent}, Trovanta",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first},\nlo sentimos mucho. Hemos abierto la incidencia {ref} y lo revisamos ya. Te respondemos mañana como tarde.\n{agent}, Trovanta",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first},\ndas tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und prüfen das. Sie hören spätestens morgen von uns.\n{agent}, Trovanta",
    ),
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\nnous sommes désolés. Nous avons ouvert le dossier {ref} et vérifions tout. Réponse au plus tard demain.\n{agent}, Trovanta",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first},\nReally sorry about this. We've opened case {ref} and we're looking into it. You'll hear from us by tomorrow.\n{agent}, Trovanta",
    ),
}
CHAT_CASE = {
    "pt": "Lamento muito! Abri o processo {ref} e vamos tratar disto hoje.",
    "it": "Mi dispiace molto! Ho aperto la pratica {ref}, ce ne occupiamo oggi.",
    "es": "¡Lo siento mucho! He abierto la incidencia {ref}, lo vemos hoy.",
    "de": "Das tut mir leid! Ich habe den Vorgang {ref} angelegt, wir kümmern uns heute darum.",
    "fr": "Je suis désolé ! J'ai ouvert le dossier {ref}, on s'en occupe aujourd'hui.",
    "en": "So sorry! I've opened case {ref} and we'll deal with it today.",
}
CHAT_URGENT = {
    "pt": "Acrescentei isto ao processo {ref} e marquei como urgente.",
    "it": "Ho aggiunto il messaggio alla pratica {ref} e l'ho segnata come urgente.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado como urgente.",
    "de": "Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté ceci au dossier {ref} et je l'ai marqué urgent.",
    "en": "I've added this to case {ref} and marked it urgent.",
}
QUALITY_LEAD = {
    "pt": (
        "RE: Processo {ref}",
        "Olá {first},\nO seu processo {ref} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.\n{agent}, Trovanta",
    ),
    "it": (
        "R: Pratica {ref}",
        "Gentile {first},\nla pratica {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n{agent}, Trovanta",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first},\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{agent}, Trovanta",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.\n{agent}, Trovanta",
    ),
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\nvotre dossier {ref} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}, Trovanta",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first},\nYour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n{agent}, Trovanta",
    ),
}
GOOD_NEWS = {
    "pt": (
        "Boas notícias: processo {ref}",
        "Olá {first},\nJá está: resolvemos o processo {ref}. Pode confirmar-nos que está tudo bem do seu lado?\n{agent}, Trovanta",
    ),
    "it": (
        "Buone notizie: pratica {ref}",
        "Gentile {first},\nabbiamo risolto la pratica {ref}. Ci conferma che dal suo lato è tutto a posto?\n{agent}, Trovanta",
    ),
    "es": (
        "Buenas noticias: incidencia {ref}",
        "Hola {first},\nhemos resuelto la incidencia {ref}. ¿Nos confirmas que está todo bien por tu parte?\n{agent}, Trovanta",
    ),
    "de": (
        "Gute Nachrichten: Vorgang {ref}",
        "Hallo {first},\nder Vorgang {ref} ist erledigt. Können Sie uns bestätigen, dass bei Ihnen alles passt?\n{agent}, Trovanta",
    ),
    "fr": (
        "Bonne nouvelle : dossier {ref}",
        "Bonjour {first},\nle dossier {ref} est réglé. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n{agent}, Trovanta",
    ),
    "en": (
        "Good news on case {ref}",
        "Hi {first},\nCase {ref} is sorted. Could you confirm everything looks right on your side?\n{agent}, Trovanta",
    ),
}
CONFIRM = {
    "pt": "Confirmo, o processo {ref} está resolvido. Obrigada pela rapidez.",
    "it": "Confermo, la pratica {ref} è risolta. Grazie.",
    "es": "Confirmado, la incidencia {ref} está resuelta. Gracias!",
    "de": "Bestätigt, Vorgang {ref} ist erledigt. Danke.",
    "fr": "Je confirme, le dossier {ref} est réglé. Merci.",
    "en": "Confirmed, case {ref} is sorted now. Thanks.",
}
APOLOGY = {
    "pt": "Peço desculpa pela mensagem de ontem, estava mesmo nervosa. Obrigada por terem resolvido.",
    "it": "Scusate il tono di ieri, ero proprio esasperato. Grazie per aver sistemato.",
    "es": "Perdón por el mensaje de ayer, estaba de los nervios. Gracias por solucionarlo.",
    "de": "Sorry für den Ton gestern, war echt gestresst. Danke fürs Klären.",
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça.",
    "en": "Sorry about yesterday's message, I was properly stressed. Thanks for sorting it.",
}
FORM_ACK = {
    "pt": (
        "Recebemos a sua mensagem",
        "Olá {first},\nObrigado pela sugestão/mensagem, passámo-la à equipa.\n{agent}, Trovanta",
    ),
    "it": (
        "Abbiamo ricevuto il suo messaggio",
        "Gentile {first},\ngrazie della segnalazione, l'abbiamo girata al team.\n{agent}, Trovanta",
    ),
    "es": (
        "Hemos recibido tu mensaje",
        "Hola {first},\ngracias, se lo hemos pasado al equipo.\n{agent}, Trovanta",
    ),
    "de": (
        "Ihre Nachricht ist angekommen",
        "Hallo {first},\ndanke, wir haben es ans Team weitergegeben.\n{agent}, Trovanta",
    ),
    "fr": (
        "Nous avons bien reçu votre message",
        "Bonjour {first},\nmerci, nous l'avons transmis à l'équipe.\n{agent}, Trovanta",
    ),
    "en": (
        "We've got your message",
        "Hi {first},\nThanks, we've passed it on to the team.\n{agent}, Trovanta",
    ),
}
SURVEY_LOW = {
    "pt": ["Péssimo", "", "Muito mau"],
    "it": ["Pessimo", "", "Deluso"],
    "es": ["Fatal", ""],
    "de": ["Schlecht", ""],
    "fr": ["Nul", ""],
    "en": ["Poor", ""],
}

# Repeat contacts.
STILL = {
    "pt": [
        "Volto a escrever sobre o processo {ref}. Continua tudo na mesma: {angry}",
        "Processo {ref}: ainda ninguém me resolveu nada. {angry}",
    ],
    "it": [
        "Vi riscrivo per la pratica {ref}. È ancora tutto fermo: {angry}",
        "Pratica {ref}: ancora niente di risolto. {angry}",
    ],
    "es": ["Vuelvo a escribir por la incidencia {ref}. Sigue igual: {angry}"],
    "de": ["Ich schreibe nochmal wegen Vorgang {ref}. Es ist immer noch nichts passiert: {angry}"],
    "fr": ["Je reviens vers vous pour le dossier {ref}. Toujours rien : {angry}"],
    "en": ["Writing again about case {ref}. Still nothing: {angry}"],
}
THIRD = {
    "pt": [
        "É a terceira vez. Uma colega usa a {comp} e lá resolvem isto no próprio dia.",
        "Terceira vez que escrevo. Já fui ver quanto custa a {comp}.",
    ],
    "it": [
        "È la terza volta. Una collega usa {comp} e lì lo risolvono in giornata.",
        "Terza volta che scrivo. Ho già guardato quanto costa {comp}.",
    ],
    "es": ["Es la tercera vez. Una compañera usa {comp} y allí lo solucionan el mismo día."],
    "de": [
        "Das ist das dritte Mal. Eine Kollegin hat {comp}, da wird sowas am selben Tag erledigt."
    ],
    "fr": [
        "C'est la troisième fois. Une collègue est chez {comp} et eux règlent ça dans la journée."
    ],
    "en": ["Third time now. A mate uses {comp} and they sort this the same day."],
}
FOURTH = {
    "pt": "É a QUARTA vez que escrevo sobre o processo {ref}. QUARTA.",
    "it": "È la QUARTA volta che scrivo per la pratica {ref}. QUARTA.",
    "es": "Es la CUARTA vez que escribo por la incidencia {ref}. CUARTA.",
    "de": "Zum VIERTEN Mal wegen Vorgang {ref}. VIERTEN.",
    "fr": "C'est la QUATRIÈME fois que j'écris pour le dossier {ref}.",
    "en": "This is the FOURTH time I'm writing about case {ref}. FOURTH.",
}
STILL_SUBJECT = {
    "pt": "Processo {ref} ainda por resolver",
    "it": "Pratica {ref} ancora aperta",
    "es": "Incidencia {ref} sin resolver",
    "de": "Vorgang {ref} immer noch offen",
    "fr": "Dossier {ref} toujours ouvert",
    "en": "Case {ref} still open",
}

# The slide: six steps; {comp} in the last.
SLIDE = {
    "pt": [
        "Leram a etiqueta da mochila às 10h e o aviso só me chegou às 18h. Antes era na hora. Estranho.",
        "O estafeta deixou a minha carteira com a vizinha do 3º sem me ligar. Ao menos a vizinha é simpática.",
        "Agora para me devolverem as chaves pedem cartão de cidadão e fatura das chaves?? Fatura de chaves??",
        "Subiram o Plus para 39,90 € sem avisar ninguém. Vi no extrato.",
        "Cobraram-me 7,50 € de 'taxa de manuseamento' por uma mala que fui EU buscar ao balcão. Isto já é gozar com as pessoas.",
        "A minha irmã usa a {comp} há meses e nunca teve nada disto. Já encomendei as etiquetas deles.",
    ],
    "it": [
        "Hanno scansionato lo zaino alle 10 e l'avviso mi è arrivato alle 18. Prima era immediato. Strano.",
        "Il corriere ha lasciato il portafoglio alla vicina senza nemmeno chiamarmi. Meno male che la vicina è gentile.",
        "Adesso per restituirmi le chiavi vogliono carta d'identità e scontrino delle chiavi?? Lo scontrino delle chiavi??",
        "Il Plus è passato a 39,90 € senza una mail. L'ho visto dall'estratto conto.",
        "7,50 € di 'costo di gestione' per una valigia che sono andato a prendere IO allo sportello. Ci prendete in giro.",
        "Mia sorella usa {comp} da mesi e non ha mai avuto problemi. Ho già ordinato le loro etichette.",
    ],
    "es": [
        "Escanearon la mochila a las 10 y el aviso me llegó a las 6 de la tarde. Antes era al momento. Raro.",
        "El mensajero dejó mi cartera con la vecina sin llamarme. Menos mal que la vecina es maja.",
        "Ahora para devolverme las llaves piden DNI y ticket de las llaves?? Ticket de unas llaves??",
        "Han subido el Plus a 39,90 € sin avisar. Lo he visto en el extracto.",
        "7,50 € de 'gastos de gestión' por una maleta que fui a buscar YO al mostrador. Esto ya es reírse de la gente.",
        "Mi hermana usa {comp} y nunca ha tenido nada de esto. Ya he pedido sus etiquetas.",
    ],
    "de": [
        "Rucksack um 10 Uhr gescannt, Benachrichtigung kam um 18 Uhr. Früher ging das sofort. Komisch.",
        "Der Kurier hat meinen Geldbeutel bei der Nachbarin abgegeben, ohne anzurufen. Zum Glück ist die nett.",
        "Jetzt wollen die für meine Schlüssel Ausweis und Kaufbeleg?? Kaufbeleg für Schlüssel??",
        "Plus kostet jetzt 39,90 € ohne jede Ankündigung. Hab's auf dem Kontoauszug gesehen.",
        "7,50 € 'Bearbeitungsgebühr' für einen Koffer, den ICH selbst am Schalter abgeholt habe. Das ist doch ein Witz.",
        "Meine Schwester nutzt {comp} seit Monaten ohne Ärger. Hab deren Anhänger schon bestellt.",
    ],
    "fr": [
        "Sac scanné à 10 h, alerte reçue à 18 h. Avant c'était immédiat. Bizarre.",
        "Le coursier a laissé mon portefeuille chez la voisine sans m'appeler. Heureusement qu'elle est sympa.",
        "Maintenant il faut une pièce d'identité et la facture des clés pour les récupérer ?? La facture de clés ??",
        "Plus est passé à 39,90 € sans prévenir. Vu sur mon relevé.",
        "7,50 € de 'frais de traitement' pour une valise que je suis allée chercher MOI-MÊME au guichet. On se moque de qui ?",
        "Ma sœur est chez {comp} depuis des mois sans souci. J'ai déjà commandé leurs étiquettes.",
    ],
    "en": [
        "Rucksack scanned at 10am, alert came through at 6pm. Used to be instant. Odd.",
        "Courier left my wallet with next door without ringing me. Lucky she's nice.",
        "Now they want photo ID AND a receipt for the keys to give them back?? A receipt for keys??",
        "Plus has gone up to £34 without a word. Spotted it on my statement.",
        "£6.50 'handling fee' for a suitcase I collected MYSELF from the desk. Having a laugh.",
        "My sister's used {comp} for months, never any of this. Already ordered their tags.",
    ],
}

GRUMBLES = {
    "pt": [
        "A app da Trovanta faz-me logout TODAS as vezes que a abro. Todas.",
        "Mensagem a lembrar a renovação do Plus às 6 da manhã. Obrigadinha.",
        "Os autocolantes descolam das lancheiras ao fim de duas semanas.",
        "O chat é um robô que não percebe nada do que lhe escrevo.",
        "A página que abre quando se lê o QR demora uma eternidade a carregar.",
        "Três e-mails por semana de 'novidades'. Chega.",
        "O mapa dos pontos de entrega manda-me para Almada, eu vivo em Braga.",
    ],
    "it": [
        "L'app Trovanta mi fa il logout OGNI volta che la apro. Ogni volta.",
        "Promemoria del rinnovo Plus alle 6 di mattina. Grazie eh.",
        "Gli adesivi si staccano dalle borracce dopo due settimane.",
        "La chat è un bot che non capisce niente.",
        "La pagina che si apre col QR ci mette un'eternità a caricare.",
        "Tre mail a settimana di 'novità'. Basta.",
        "La mappa dei punti di consegna mi manda a Mestre, io abito a Bari.",
    ],
    "es": [
        "La app de Trovanta me cierra sesión CADA vez que la abro.",
        "Recordatorio de renovación a las 6 de la mañana. Gracias eh.",
        "Las pegatinas se despegan de las fiambreras en dos semanas.",
        "El chat es un bot que no entiende nada.",
        "La página del QR tarda una eternidad en cargar.",
        "Tres correos a la semana de 'novedades'. Basta.",
    ],
    "de": [
        "Die Trovanta-App loggt mich JEDES Mal aus.",
        "Erinnerung an die Plus-Verlängerung um 6 Uhr morgens. Danke auch.",
        "Die Sticker lösen sich nach zwei Wochen von den Brotdosen.",
        "Der Chat ist ein Bot, der nichts versteht.",
        "Die QR-Seite lädt ewig.",
        "Drei Newsletter pro Woche. Reicht.",
    ],
    "fr": [
        "L'appli Trovanta me déconnecte à CHAQUE ouverture.",
        "Rappel de renouvellement Plus à 6 h du matin. Merci bien.",
        "Les autocollants se décollent des gourdes en deux semaines.",
        "Le chat est un robot qui ne comprend rien.",
        "La page du QR met une éternité à charger.",
        "Trois newsletters par semaine. Stop.",
    ],
    "en": [
        "Trovanta app logs me out EVERY single time I open it.",
        "Plus renewal reminder at 6am. Cheers for that.",
        "Stickers peel off the lunchboxes after a fortnight.",
        "The chat is a bot that understands nothing.",
        "The QR page takes forever to load.",
        "Three 'what's new' emails a week. Enough.",
    ],
}

SARCASM = {
    "pt": [
        "Adoro quando a app me avisa que encontraram as minhas chaves... quatro dias depois 👏 rapidíssimo",
        "Estafeta 'expresso' da Trovanta: a mala chegou às 23h, mesmo a tempo de não ir a lado nenhum 🙃",
    ],
    "it": [
        "Adoro quando l'app mi avvisa che hanno trovato le chiavi... quattro giorni dopo 👏 velocissimi",
        "Corriere 'express' Trovanta: valigia arrivata alle 23, giusto in tempo per non partire 🙃",
    ],
    "es": [
        "Me encanta cuando la app me avisa de que han encontrado mis llaves... cuatro días después 👏 rapidísimos"
    ],
    "de": [
        "Liebe es, wenn die App mir meldet, dass mein Schlüssel gefunden wurde... vier Tage später 👏 Blitzschnell"
    ],
    "fr": [
        "J'adore quand l'appli me prévient qu'on a trouvé mes clés... quatre jours après 👏 ultra rapide"
    ],
    "en": ["Love it when the app tells me my keys were found... four days later 👏 lightning fast"],
}

# Leavers: (subject, text); the agent answers SORRY_GO.
LEAVE = {
    "pt": [
        (
            "Cancelar Plus",
            "Bom dia,\nOs miúdos já são crescidos e já ninguém cá em casa perde mochilas. Quero cancelar o Plus e fechar a conta, por favor.\nObrigada por tudo,\n{name}",
        ),
        (
            "Fechar conta",
            "Olá,\nVou viver para casa da minha filha e deixo de precisar disto. Podem cancelar o Plus e fechar a conta?\n{name}",
        ),
    ],
    "it": [
        (
            "Disdetta Plus",
            "Buongiorno,\ni ragazzi sono grandi e in casa non si perde più niente. Vorrei disdire il Plus e chiudere l'account.\nGrazie di tutto,\n{name}",
        ),
        (
            "Chiusura account",
            "Salve,\nmi trasferisco da mia figlia e non mi serve più. Potete cancellare il Plus e chiudere l'account?\n{name}",
        ),
    ],
    "es": [
        (
            "Cancelar Plus",
            "Hola,\nlos niños ya son mayores y aquí ya nadie pierde nada. Quiero cancelar el Plus y cerrar la cuenta.\nGracias,\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung Plus",
            "Hallo,\ndie Kinder sind aus dem Haus, hier geht nichts mehr verloren. Bitte Plus kündigen und Konto schließen.\nDanke,\n{name}",
        )
    ],
    "fr": [
        (
            "Résiliation Plus",
            "Bonjour,\nles enfants sont grands, plus personne ne perd rien ici. Je souhaite résilier Plus et fermer mon compte.\nMerci,\n{name}",
        )
    ],
    "en": [
        (
            "Cancel Plus",
            "Hi,\nKids have flown the nest and nobody loses anything round here any more. Please cancel my Plus and close the account.\nThanks,\n{name}",
        )
    ],
}
SORRY_GO = {
    "pt": (
        "RE: {subject}",
        "Olá {first},\nTemos pena de a ver partir. Pode cancelar o Plus e fechar a conta na app ou no site, em Perfil > Conta.\n{agent}, Trovanta",
    ),
    "it": (
        "R: {subject}",
        "Gentile {first},\nci dispiace vederla andare via. Può disdire il Plus e chiudere l'account dall'app o dal sito, in Profilo > Account.\n{agent}, Trovanta",
    ),
    "es": (
        "RE: {subject}",
        "Hola {first},\nsentimos verte marchar. Puedes cancelar en la app o en la web, en Perfil > Cuenta.\n{agent}, Trovanta",
    ),
    "de": (
        "AW: {subject}",
        "Hallo {first},\nschade, dass Sie gehen. Sie können in der App oder auf der Website unter Profil > Konto kündigen.\n{agent}, Trovanta",
    ),
    "fr": (
        "RE : {subject}",
        "Bonjour {first},\ndommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Profil > Compte.\n{agent}, Trovanta",
    ),
    "en": (
        "Re: {subject}",
        "Hi {first},\nSorry to see you go. You can cancel in the app or on the website under Profile > Account.\n{agent}, Trovanta",
    ),
}

# Quiet hours: mild grumbles after a page view or purchase (chat answers).
MILD = {
    "pt": [
        (
            "O mapa de pontos de entrega mostra Lisboa mas eu estou no Porto",
            "Obrigado, é um erro conhecido do mapa; escreva a cidade na pesquisa e aparece bem.",
        )
    ],
    "it": [
        (
            "le notifiche mi arrivano in tedesco, boh",
            "Grazie, succede se la lingua del telefono è cambiata: in Profilo > Lingua la rimette in italiano.",
        )
    ],
    "es": [
        (
            "el mapa de puntos de entrega me sale en Sevilla y estoy en Bilbao",
            "Gracias, es un fallo del mapa; escribe la ciudad en el buscador.",
        )
    ],
    "de": [
        (
            "Benachrichtigungen kommen auf Italienisch, warum?",
            "Danke, unter Profil > Sprache stellen Sie das wieder auf Deutsch.",
        )
    ],
    "fr": [
        (
            "les notifications arrivent en anglais, pas très pratique",
            "Merci, dans Profil > Langue vous pouvez remettre le français.",
        )
    ],
    "en": [
        (
            "drop-off map keeps showing Leeds, I'm in Cork",
            "Thanks, it's a known map glitch; type your town in the search and it shows right.",
        )
    ],
}

# The planted incident: "Marcar como perdido" / lost mode fails with error 0x4C1.
SPIKE_CODE = "0x4C1"
SPIKE = {
    "pt": [
        "Perdi o porta-chaves agora mesmo e quando carrego em 'Marcar como perdido' dá erro 0x4C1. Já tentei 5 vezes!!",
        "a app não deixa ativar o modo perdido, aparece 'erro 0x4C1' e volta ao início. a minha mochila está algures no metro",
        "Alguém mais com o erro 0x4C1? Não consigo marcar a carteira como perdida e acabei de a perder no comboio 😫",
        "ERRO 0x4C1 ao marcar a mala como perdida. Estou no aeroporto. Ajudem!",
        "o meu filho perdeu a mochila na escola e o modo perdido não ativa, só diz 0x4C1. isto costumava funcionar",
        "Modo perdido em baixo? Erro 0x4C1 sempre que tento. Carteira perdida há meia hora.",
    ],
    "it": [
        "Ho appena perso le chiavi e quando premo 'Segna come smarrito' mi esce errore 0x4C1. Cinque tentativi!!",
        "l'app non mi fa attivare la modalità smarrito, esce 'errore 0x4C1' e torna alla home. lo zaino è da qualche parte sul tram",
        "Qualcun altro con l'errore 0x4C1? Non riesco a segnare il portafoglio come smarrito e l'ho perso adesso in stazione 😫",
        "ERRORE 0x4C1 quando provo a segnare la valigia come smarrita. Sono in aeroporto. Aiuto!",
        "mia figlia ha perso la giacca in palestra e 'Segna come smarrito' dà solo errore 0x4C1. ieri andava",
        "Modalità smarrito ko? Errore 0x4C1 a ogni tentativo. Portafoglio perso da mezz'ora.",
    ],
    "es": [
        "Acabo de perder la cartera y al darle a 'Marcar como perdido' sale error 0x4C1. Cinco veces ya!!",
        "error 0x4C1 al activar el modo perdido, la app vuelve al inicio. la mochila está en algún taxi",
    ],
    "de": [
        "Gerade den Schlüssel verloren und bei 'Als verloren melden' kommt Fehler 0x4C1. Fünfmal probiert!!",
        "Verlustmodus lässt sich nicht aktivieren, 'Fehler 0x4C1' und zurück zum Start. Rucksack liegt irgendwo in der Tram",
    ],
    "fr": [
        "Je viens de perdre mes clés et 'Signaler comme perdu' affiche erreur 0x4C1. Cinq essais !!",
        "impossible d'activer le mode perdu, 'erreur 0x4C1' et retour à l'accueil. mon sac est quelque part dans le métro",
    ],
    "en": [
        "Just lost my keys and 'Mark as lost' gives me error 0x4C1. Tried five times!!",
        "can't turn on lost mode, it says 'error 0x4C1' and kicks me back to the start. bag's somewhere on the tube",
    ],
}
SPIKE_SUBJECT = {
    "pt": "Erro 0x4C1 - não consigo marcar como perdido",
    "it": "Errore 0x4C1 - non riesco a segnare come smarrito",
    "es": "Error 0x4C1",
    "de": "Fehler 0x4C1 beim Verlustmodus",
    "fr": "Erreur 0x4C1",
    "en": "Error 0x4C1 - can't mark as lost",
}
SPIKE_AGAIN = {
    "pt": [
        "Continua o erro 0x4C1, agora também no telemóvel do meu marido. Alguém está a ver isto?",
        "Ainda 0x4C1. Meia hora e nada, e as chaves perdidas.",
        "Já desinstalei e instalei a app, continua 0x4C1.",
        "De novo 0x4C1, agora no computador também. E a mochila por aí.",
    ],
    "it": [
        "Sempre errore 0x4C1, anche dal telefono di mia moglie. Qualcuno ci sta guardando?",
        "Ancora 0x4C1. Mezz'ora e niente, e le chiavi chissà dove.",
        "Ho disinstallato e reinstallato l'app, sempre 0x4C1.",
        "Di nuovo 0x4C1, anche dal sito. E la valigia chissà dove.",
    ],
    "es": ["Sigue el error 0x4C1, también en el móvil de mi marido."],
    "de": ["Immer noch 0x4C1, auch auf dem Handy meiner Frau."],
    "fr": ["Toujours 0x4C1, aussi sur le téléphone de mon mari."],
    "en": ["Still 0x4C1, tried on my wife's phone too. anyone looking at this?"],
}
SPIKE_CHAT_ANSWER = {
    "pt": "Sim, o modo perdido está a falhar para todos neste momento, a equipa técnica já está a tratar. Se alguém ler a etiqueta continua a receber o aviso.",
    "it": "Sì, la modalità smarrito non funziona per nessuno in questo momento, i tecnici ci stanno lavorando. Se qualcuno scansiona l'etichetta l'avviso le arriva comunque.",
    "es": "Sí, el modo perdido está fallando a todos ahora mismo, el equipo técnico ya está en ello. Si alguien escanea la etiqueta te llega el aviso igualmente.",
    "de": "Ja, der Verlustmodus fällt gerade bei allen aus, die Technik ist dran. Wird der Anhänger gescannt, bekommen Sie trotzdem eine Nachricht.",
    "fr": "Oui, le mode perdu est en panne pour tout le monde en ce moment, l'équipe technique s'en occupe. Si quelqu'un scanne l'étiquette, vous êtes quand même prévenu.",
    "en": "Yes, lost mode is failing for everyone right now and our engineers are on it. If anyone scans your tag you'll still get the alert.",
}
SPIKE_FIXED = {
    "pt": (
        "Modo perdido: já funciona",
        "Olá {first},\nO modo perdido voltou a funcionar desde as {local}. Pedimos desculpa: oferecemos-lhe um mês de Plus.\n{agent}, Trovanta",
    ),
    "it": (
        "Modalità smarrito: di nuovo attiva",
        "Gentile {first},\nla modalità smarrito funziona di nuovo dalle {local}. Ci scusi: le regaliamo un mese di Plus.\n{agent}, Trovanta",
    ),
    "es": (
        "Modo perdido: ya funciona",
        "Hola {first},\nel modo perdido funciona de nuevo desde las {local}. Perdona: te regalamos un mes de Plus.\n{agent}, Trovanta",
    ),
    "de": (
        "Verlustmodus geht wieder",
        "Hallo {first},\nder Verlustmodus funktioniert seit {local} Uhr wieder. Entschuldigung: ein Monat Plus geht auf uns.\n{agent}, Trovanta",
    ),
    "fr": (
        "Mode perdu rétabli",
        "Bonjour {first},\nle mode perdu fonctionne de nouveau depuis {local}. Toutes nos excuses : un mois de Plus offert.\n{agent}, Trovanta",
    ),
    "en": (
        "Lost mode is working again",
        "Hi {first},\nLost mode has been working again since {local}. Sorry: we've added a free month of Plus.\n{agent}, Trovanta",
    ),
}
LONE_Q = {
    "pt": (
        "Ontem à noite o botão 'Marcar como perdido' estava cinzento até eu atualizar a app, depois ficou normal. Está tudo bem com ele?",
        "Está sim: fica cinzento enquanto a app não está atualizada. Depois de atualizar funciona normalmente.",
    ),
    "it": (
        "Ieri sera il tasto 'Segna come smarrito' era grigio finché non ho aggiornato l'app, poi è tornato normale. Va tutto bene?",
        "Sì: resta grigio finché l'app non è aggiornata, dopo funziona normalmente.",
    ),
}
SLOW_MAP = {
    "pt": (
        "O mapa dos pontos de entrega está muito lento hoje, demora um minuto a abrir",
        "Obrigado pelo aviso, estamos a ver. Entretanto a lista por cidade abre rápido.",
    ),
    "it": (
        "la mappa dei punti di consegna oggi è lentissima, ci mette un minuto ad aprirsi",
        "Grazie della segnalazione, ci stiamo guardando. Intanto l'elenco per città si apre subito.",
    ),
}
