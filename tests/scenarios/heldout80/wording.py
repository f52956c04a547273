"""Words of Rivestra's household customers and agents (heldout80, written blind).

Rivestra reupholsters sofas, armchairs, dining chairs and headboards and makes
loose covers to measure: the van collects the piece, the workshop redoes it, the
van brings it back. Fabrics are chosen in the app (swatches by post, a fabric
preview on a photo of your own piece). Competitors: Imbottix and Sofalbo.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]
P = dict[str, list[tuple[str, str]]]

LANGS = ("it", "en", "fr", "de", "pt", "es")

# (label, EUR price, page)
PRODUCTS: list[tuple[str, int, str]] = [
    ("Sofa reupholstery 3-seater / Rifoderatura divano 3 posti", 890, "/divani"),
    ("Sofa reupholstery 2-seater / Rifoderatura divano 2 posti", 720, "/divani"),
    ("Armchair reupholstery / Rifoderatura poltrona", 390, "/poltrone"),
    ("Dining chair seats x6 / Sedute sedie da pranzo x6", 240, "/sedie"),
    ("Headboard recover / Testiera rivestita", 210, "/testiere"),
    ("Loose covers to measure 2-seater / Fodere su misura 2 posti", 320, "/fodere"),
    ("Cushion foam refill x4 / Imbottitura cuscini x4", 120, "/imbottiture"),
    ("Footstool recover / Pouf rivestito", 150, "/pouf"),
    ("Fabric swatches x6 / Campioni tessuto x6", 6, "/campioni"),
]

PAGES = [
    "/tessuti/velluto",
    "/tessuti/lino",
    "/tessuti/boucle",
    "/come-funziona",
    "/prezzi",
    "/prova-tessuto",
    "/campioni",
    "/divani",
    "/poltrone",
    "/fodere",
    "/tempi-di-lavorazione",
]

PRAISE: T = {
    "it": [
        "Mi hanno ridato la poltrona della nonna e non ci credevo. Velluto verde bottiglia, cuciture perfette, pure l'imbottitura nuova. Rivestra bravissimi",
        "Divano tornato ieri sera, i bambini ci sono saltati sopra dopo due minuti 😅 tessuto lavabile scelto apposta. Grazie Rivestra, lavoro pulito",
        "consiglio Rivestra a chiunque abbia un divano vecchio ma comodo, rifarlo costa meno di comprarne uno e il mio sembra uscito da una rivista",
        "Le sei sedie della sala da pranzo sono tornate con il lino color sabbia. Il furgone puntualissimo, l'autista gentile. Top",
    ],
    "en": [
        "Got my mum's old wingback back from Rivestra today and honestly I welled up a bit. Mustard velvet, piping spot on, the springs don't creak anymore",
        "Sofa came back this morning in the boucle we picked, the cat has already claimed it. Really tidy job from Rivestra, zero complaints",
        "If you've got a sofa that's comfy but looks tired, get it redone. Rivestra did ours for half what a new one costs and it looks fab",
        "Headboard recovered in linen and it's transformed the bedroom. Driver rang 20 min before like they said. Well done Rivestra",
    ],
    "fr": [
        "Le fauteuil de ma grand-mère est revenu de chez Rivestra, tissu bleu canard, finitions impeccables. Je suis ravie",
        "Canapé refait en lin, livré à l'heure, chauffeur adorable. Merci Rivestra, on a bien fait de ne pas le jeter",
    ],
    "de": [
        "Der alte Ohrensessel von meinem Opa ist zurück von Rivestra, neuer Cordbezug, neue Polsterung. Sieht fantastisch aus",
        "Sofa neu bezogen, pünktlich geliefert, sauber gearbeitet. Rivestra, klare Empfehlung von mir",
    ],
    "pt": [
        "O sofá voltou da Rivestra com o tecido novo e ficou lindo, parece outro. O motorista ainda ajudou a pôr no sítio",
        "Cadeiras da sala todas forradas de novo, acabamento perfeito. Obrigada Rivestra!!",
    ],
    "es": [
        "Me han devuelto el sillón de mi abuela tapizado en terciopelo azul y ha quedado precioso. Rivestra, un trabajo muy fino",
        "Sofá retapizado y entregado a la hora que dijeron. Muy contenta con Rivestra, lo recomiendo",
    ],
}

PRAISE_AGAIN: T = {
    "it": [
        "Terza volta che mi affido a Rivestra (divano, poi le sedie, ora la testiera) e ancora una volta tutto perfetto",
        "Di nuovo il solito autista simpatico, di nuovo un lavoro fatto bene. Rivestra non sbaglia un colpo",
    ],
    "en": [
        "Third piece Rivestra have done for us now and still faultless. Armchair this time, next up the dining chairs",
        "Same lovely driver again, same tidy work again. Still chuffed with Rivestra",
    ],
    "fr": ["Deuxième fauteuil refait chez Rivestra, toujours aussi soigné. On y retournera"],
    "de": ["Schon das dritte Stück, das Rivestra für uns neu bezogen hat, und wieder top"],
    "pt": ["Segunda vez que mando um sofá à Rivestra e outra vez impecável"],
    "es": ["Ya es la tercera vez que tapizo algo con Rivestra y sigue todo igual de bien"],
}

PRAISE_GRIPE: T = {
    "it": [
        "Poltrona bellissima, cuciture dritte, colore identico al campione. Unica cosa: il furgone dà una fascia di quattro ore e ho dovuto prendere mezza giornata. Per il resto 10",
        "Lavoro ottimo sul divano, solo che le foto di avanzamento in app arrivano sfocate. Ma il risultato è quello che conta",
    ],
    "en": [
        "Really happy with the sofa, colour is exactly the swatch. Only gripe is the four hour delivery window, had to work from home all day. Otherwise great",
        "Lovely job on the chairs, just wish the app let you change the return address without ringing up. Minor thing",
    ],
    "fr": [
        "Très beau travail sur le canapé. Seul bémol, les échantillons ont mis dix jours à arriver"
    ],
    "de": [
        "Sessel ist wunderschön geworden, nur die Stoffmuster kamen erst nach zwei Wochen. Sonst alles super"
    ],
    "pt": [
        "Ficou muito bonito, só a janela de entrega de quatro horas é que é chata. De resto, nota 10"
    ],
    "es": [
        "Trabajo precioso, solo que las muestras de tela tardaron casi dos semanas. Por lo demás genial"
    ],
}

# (question, agent answer)
CHAT_Q: P = {
    "it": [
        (
            "ciao, il velluto a coste va bene con un gatto che si fa le unghie sul divano?",
            "Ciao! Il velluto a coste si rovina coi graffi, per chi ha gatti consigliamo il microtessuto Forte o il bouclé fitto: le mandiamo i campioni gratis?",
        ),
        (
            "Quanto ci mettete per una poltrona? Vorrei averla per Natale",
            "Per una poltrona servono circa 3 settimane dal ritiro, quindi se la ritiriamo entro fine novembre arriva prima di Natale",
        ),
        (
            "posso fare il bordino (piping) in un colore diverso dal tessuto?",
            "Sì certo, il profilo contrastato costa 25 € in più per pezzo, lo trova tra le opzioni nella scheda del divano",
        ),
    ],
    "en": [
        (
            "hi, can I get swatches of the whole linen range or is it max 6?",
            "Hi! It's 6 free swatches per order, but you can place a second swatch order straight away, no charge",
        ),
        (
            "Do you take the old foam away or do I have to dispose of it?",
            "We take the old foam and fabric away with us and recycle what we can, nothing for you to do",
        ),
        (
            "how long does a 3 seater take roughly?",
            "About 4 weeks from collection for a 3-seater, you'll get progress photos in the app along the way",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que vous refaites aussi les assises en paille?",
            "Bonjour ! Le cannage et la paille, non, mais les assises tapissées oui, sans souci",
        ),
        ("le lin se lave en machine?", "Les housses en lin oui, à 30 °C, et sans sèche-linge"),
    ],
    "de": [
        (
            "Hallo, kann ich den Sessel auch selbst vorbeibringen statt Abholung?",
            "Hallo! Ja, in unserer Werkstatt in der Nähe geht das, Mo-Fr 9-17 Uhr, dann entfällt die Abholgebühr",
        ),
        (
            "ist der Bouclé-Stoff für Allergiker ok?",
            "Der Bouclé ist waschbar bei 30 Grad, viele Allergiker nehmen ihn gern",
        ),
    ],
    "pt": [
        (
            "Olá, fazem capas à medida para sofá de canto?",
            "Olá! Fazemos sim, marque a medição na app e um técnico vai a casa",
        ),
        (
            "quanto custa a recolha em Setúbal?",
            "A recolha é gratuita em todo o distrito de Setúbal",
        ),
    ],
    "es": [
        (
            "hola, el terciopelo se puede limpiar con agua?",
            "Hola! Con un paño húmedo sí, sin frotar fuerte, y nada de lejía",
        ),
        (
            "Cuánto tarda un sillón más o menos?",
            "Unas 3 semanas desde la recogida, te mandamos fotos del avance por la app",
        ),
    ],
}

THANKS: T = {
    "it": ["grazie mille!", "perfetto grazie", "ok grz", "Gentilissimi, grazie"],
    "en": ["great thanks!", "brill, cheers", "perfect thank you", "ok thx"],
    "fr": ["merci beaucoup", "super merci"],
    "de": ["danke!", "super, danke"],
    "pt": ["obrigada!", "ok obg"],
    "es": ["gracias!", "genial, gracias"],
}

# (subject, question, agent answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Domanda su divano letto",
            "Buongiorno, ho un divano letto di IKEA di dieci anni, si può rifoderare anche se il meccanismo resta dentro? Grazie, saluti",
            "Buongiorno, sì: lavoriamo spesso sui divani letto, il meccanismo resta dov'è e rifacciamo seduta, schienale e braccioli. Le mando il preventivo in app dopo le foto.",
        ),
        (
            "Campioni",
            "Salve, ho ordinato i campioni martedì, volevo sapere se sono già partiti. Grazie",
            "Salve, i campioni sono partiti ieri con posta prioritaria, dovrebbero arrivare entro venerdì.",
        ),
    ],
    "en": [
        (
            "Question about an old chesterfield",
            "Hello, we've inherited a leather chesterfield that's cracked on the arms. Do you do leather or just fabric? Many thanks, Sue",
            "Hi Sue, we do leather as well, the arms can be redone on their own. If you send a few photos through the app we'll quote within two days.",
        ),
        (
            "Swatches",
            "Hi there, ordered swatches last Monday and nothing yet, just checking they went out? Ta",
            "Hi, they went out on Wednesday by post, so they should land in the next day or two. Sorry for the wait.",
        ),
    ],
    "fr": [
        (
            "Question housse",
            "Bonjour, faites-vous des housses pour un canapé d'angle de 3 m ? Cordialement",
            "Bonjour, oui, jusqu'à 3,5 m. Un technicien vient prendre les mesures à domicile.",
        )
    ],
    "de": [
        (
            "Frage Sesselbezug",
            "Guten Tag, kann man bei Ihnen auch einen eigenen Stoff mitbringen? Viele Grüße",
            "Guten Tag, ja, eigener Stoff ist möglich, wir brauchen dann 10 % mehr als berechnet. Viele Grüße",
        )
    ],
    "pt": [
        (
            "Dúvida",
            "Bom dia, é possível ver os tecidos ao vivo em Lisboa? Obrigado",
            "Bom dia, sim, temos um mostruário na oficina de Alcântara, de segunda a sábado.",
        )
    ],
    "es": [
        (
            "Consulta",
            "Buenos días, tapizáis también cabeceros con botones? Un saludo",
            "Buenos días, sí, capitoné con botones forrados del mismo tejido. Un saludo",
        )
    ],
}

# (call transcript, agent follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "sì buongiorno volevo sapere se il ritiro lo fate anche al terzo piano senza ascensore perché il divano è grande ecco",
            "Buongiorno, come detto al telefono il ritiro al terzo piano senza ascensore è compreso, i nostri autisti sono in due.",
        ),
        (
            "salve chiamo per la poltrona volevo cambiare il colore del tessuto si può ancora o è già in lavorazione",
            "Salve, confermo: il cambio di colore è stato registrato, la poltrona non era ancora in taglio.",
        ),
    ],
    "en": [
        (
            "hi yeah I was just wondering if you can do the collection on a Saturday because we both work weekdays",
            "Hi, as mentioned on the phone Saturday collections are fine, I've set yours for Saturday morning.",
        ),
        (
            "hello I wanted to ask whether the foam you use is fire rated because it's for a rented flat",
            "Hello, as promised on the call: all our foam meets the UK fire regulations, the label goes under the seat.",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si vous passez à Namur pour la collecte",
            "Bonjour, comme dit au téléphone, nous passons à Namur le mardi et le jeudi.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob Sie auch Eckbänke neu beziehen für die Küche",
            "Guten Tag, wie besprochen: Eckbänke beziehen wir gern neu, Termin zur Abholung folgt in der App.",
        )
    ],
    "pt": [
        (
            "olá queria saber se o veludo aguenta bem o sol porque o sofá fica ao pé da janela",
            "Olá, como falámos, o veludo Solaris é resistente à luz, deixei a amostra no seu carrinho.",
        )
    ],
    "es": [
        (
            "hola mira quería saber si la recogida en Getafe tiene coste",
            "Hola, como hablamos, en Getafe la recogida es gratis.",
        )
    ],
}

REVIEW: dict[str, list[tuple[str, str]]] = {
    "it": [
        ("5", "Servizio impeccabile dal preventivo alla consegna. Poltrona rinata"),
        ("5", "Prezzi onesti, tempi rispettati, tessuti bellissimi"),
    ],
    "en": [
        ("5", "Brilliant from start to finish, sofa looks amazing"),
        ("5", "Quick quote, fair price, lovely finish on the chairs"),
    ],
    "fr": [("5", "Travail soigné et délais tenus")],
    "de": [("5", "Saubere Arbeit, faire Preise")],
    "pt": [("5", "Excelente trabalho, recomendo")],
    "es": [("5", "Muy buen trabajo y muy buen trato")],
}

SURVEY_WORDS: T = {
    "it": ["ottimo", "tutto perfetto", "👍", "bravi", ""],
    "en": ["great", "spot on", "👍", "very happy", ""],
    "fr": ["parfait", "très bien", ""],
    "de": ["super", "alles gut", ""],
    "pt": ["ótimo", "tudo bem", ""],
    "es": ["genial", "muy bien", ""],
}

NIGHT_POST: T = {
    "it": [
        "Sono le 3 e io sto scegliendo il tessuto per la testiera invece di dormire. Rivestra mi ha rovinato, ci sono 40 verdi diversi",
        "Turno di notte in pronto soccorso, pausa caffè e ho appena prenotato il ritiro della poltrona. Rivestra comodissimo",
    ],
    "en": [
        "2am, can't sleep, just spent an hour on the Rivestra fabric page deciding between two greens. Send help",
        "night shift at the depot, booked the sofa collection on my break. love that it's all in the app",
    ],
    "fr": [
        "Insomnie, du coup j'ai choisi le tissu du fauteuil à 3h du matin. Merci Rivestra pour l'appli"
    ],
    "de": [
        "Nachtschicht vorbei, um 4 noch schnell die Abholung für den Sessel gebucht. Rivestra ist echt praktisch"
    ],
    "pt": ["3 da manhã e eu a ver tecidos na app da Rivestra. Não tenho emenda"],
    "es": [
        "Las 3 de la mañana y yo eligiendo tela para el sofá en la app de Rivestra. Sin remedio"
    ],
}

NIGHT_CHAT: P = {
    "it": [
        (
            "ciao, scusate l'ora, il ritiro di domani si può spostare al pomeriggio?",
            "Ciao! Nessun problema, l'ho spostato alla fascia 14-18, riceverà conferma in app",
        )
    ],
    "en": [
        (
            "sorry it's late, can the driver take the seat cushions separately tomorrow?",
            "No problem at all, I've added a note for the driver to take the cushions separately",
        )
    ],
    "fr": [
        (
            "désolée pour l'heure, je peux encore changer le tissu commandé hier ?",
            "Pas de souci, tant que la découpe n'a pas commencé c'est possible, c'est fait",
        )
    ],
    "de": [
        (
            "Sorry für die Uhrzeit, kann der Fahrer morgen auch die Fußbank mitnehmen?",
            "Kein Problem, ich habe die Fußbank zur Abholung dazugeschrieben",
        )
    ],
    "pt": [
        (
            "desculpem a hora, amanhã a recolha pode ser só depois das 10?",
            "Sem problema, mudei para a janela das 10 às 14",
        )
    ],
    "es": [
        (
            "perdón por la hora, mañana pueden venir a recoger después de las 12?",
            "Sin problema, lo he cambiado a la franja de 12 a 16",
        )
    ],
}

# The six household problems: (complaint subject topic, short text). {case} is not used here; {amt} is.
PROBLEMS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "no_show": {
        "it": [
            (
                "ritiro mai avvenuto",
                "Ho preso un giorno di ferie per il ritiro del divano, fascia 8-12. Alle 15 nessuno, e l'app adesso dice RITIRATO. Il divano è ancora in salotto!! Chi me lo ridà il giorno di ferie?",
            ),
            (
                "furgone non arrivato",
                "Oggi dovevano ritirare le sedie, ho aspettato tutta la mattina, nessuna chiamata e in app risulta ritirato. Ma scherziamo?",
            ),
        ],
        "en": [
            (
                "collection never happened",
                "Took a day off for the sofa collection, 8 to 12 slot. It's 3pm, nobody came, no call, and now the app says COLLECTED. The sofa is sitting right here in my lounge!",
            ),
            (
                "driver didn't turn up",
                "Waited in all morning for the armchair collection, nobody showed and the app has marked it as collected. What is going on?",
            ),
        ],
        "fr": [
            (
                "collecte jamais faite",
                "J'ai attendu toute la matinée pour la collecte du canapé, personne, et l'appli affiche COLLECTÉ. Le canapé est toujours dans mon salon !",
            )
        ],
        "de": [
            (
                "Abholung nicht erfolgt",
                "Ich habe mir frei genommen für die Abholung vom Sofa, 8-12 Uhr. Niemand kam, kein Anruf, und in der App steht ABGEHOLT. Das Sofa steht immer noch im Wohnzimmer!",
            )
        ],
        "pt": [
            (
                "recolha não feita",
                "Fiquei em casa a manhã toda à espera da recolha do sofá, ninguém apareceu e a app diz RECOLHIDO. O sofá continua aqui na sala!",
            )
        ],
        "es": [
            (
                "recogida no realizada",
                "Me cogí el día libre para la recogida del sofá, franja de 8 a 12. Nadie, ni una llamada, y en la app pone RECOGIDO. El sofá sigue en mi salón!",
            )
        ],
    },
    "double_charge": {
        "it": [
            (
                "acconto addebitato due volte",
                "Mi avete preso l'acconto di {amt} DUE volte per la stessa poltrona, stesso giorno, stessa ora. Ho la carta quasi a zero a metà mese. Rimborsate subito il doppio",
            ),
            (
                "doppio addebito",
                "Sull'estratto conto vedo due addebiti Rivestra da {amt}, ordine unico. Voglio indietro quello in più, grazie",
            ),
        ],
        "en": [
            (
                "deposit taken twice",
                "You've taken the {amt} deposit TWICE for the same sofa, same day, same minute. That's my food shop for the week gone. Please refund the duplicate today",
            ),
            (
                "charged twice",
                "My bank shows two Rivestra payments of {amt} for one order. I need the second one back please",
            ),
        ],
        "fr": [
            (
                "acompte débité deux fois",
                "Vous avez débité l'acompte de {amt} DEUX fois pour le même fauteuil. Remboursez le doublon s'il vous plaît",
            )
        ],
        "de": [
            (
                "Anzahlung doppelt abgebucht",
                "Sie haben die Anzahlung von {amt} ZWEIMAL abgebucht, für einen einzigen Sessel. Bitte sofort zurückbuchen",
            )
        ],
        "pt": [
            (
                "sinal cobrado duas vezes",
                "Cobraram o sinal de {amt} DUAS vezes pela mesma encomenda. Quero o dinheiro de volta já",
            )
        ],
        "es": [
            (
                "señal cobrada dos veces",
                "Me habéis cobrado la señal de {amt} DOS veces por el mismo sillón. Devolvedme el cargo duplicado ya",
            )
        ],
    },
    "damage": {
        "it": [
            (
                "poltrona rovinata",
                "La poltrona è tornata con uno strappo di 5 cm sul velluto nuovo e una gamba tutta graffiata. Il velluto l'ho pagato 60 euro al metro. Così non la accetto",
            ),
            (
                "danno alla consegna",
                "Il divano rifatto ha una macchia di colla sul bracciolo e il piedino davanti è spaccato. Vi mando le foto, lo dovete riprendere",
            ),
        ],
        "en": [
            (
                "armchair damaged",
                "Armchair came back with a 5cm tear in the new velvet and one leg gouged down to the wood. I paid for premium velvet. Not accepting it like this",
            ),
            (
                "damage on return",
                "The sofa's back with a glue stain on the arm and the front foot cracked right through. Photos attached. You need to take it back",
            ),
        ],
        "fr": [
            (
                "fauteuil abîmé",
                "Le fauteuil est revenu avec une déchirure dans le velours neuf et un pied rayé. Inacceptable",
            )
        ],
        "de": [
            (
                "Sessel beschädigt",
                "Der Sessel kam mit einem Riss im neuen Samt zurück und ein Fuß ist total zerkratzt. So nehme ich den nicht an",
            )
        ],
        "pt": [
            (
                "poltrona danificada",
                "A poltrona voltou com um rasgão no veludo novo e uma perna toda riscada. Assim não aceito",
            )
        ],
        "es": [
            (
                "sillón dañado",
                "El sillón ha vuelto con un desgarro en el terciopelo nuevo y una pata rayada. Así no lo acepto",
            )
        ],
    },
    "refund": {
        "it": [
            (
                "rimborso acconto mai arrivato",
                "Ho annullato l'ordine delle sedie tre settimane fa, nei tempi, e l'acconto di {amt} non è ancora tornato. Mi avevate detto 5 giorni lavorativi",
            ),
            (
                "rimborso",
                "Ordine annullato il 2 del mese, mi avete scritto rimborso in 5 giorni. Sono passate TRE settimane. Dove sono i miei {amt}?",
            ),
        ],
        "en": [
            (
                "deposit refund missing",
                "Cancelled the headboard order three weeks ago, well within the window, and the {amt} deposit still hasn't come back. You said 5 working days",
            ),
            (
                "still no refund",
                "THREE weeks since I cancelled and no sign of my {amt}. Where is it?",
            ),
        ],
        "fr": [
            (
                "remboursement acompte",
                "Commande annulée il y a trois semaines et toujours pas remboursée de mes {amt}. Vous aviez dit 5 jours",
            )
        ],
        "de": [
            (
                "Rückerstattung fehlt",
                "Vor drei Wochen storniert, die Anzahlung von {amt} ist immer noch nicht zurück. Es hieß 5 Werktage",
            )
        ],
        "pt": [
            (
                "reembolso do sinal",
                "Cancelei há três semanas e os {amt} do sinal ainda não voltaram. Disseram 5 dias úteis",
            )
        ],
        "es": [
            (
                "devolución de la señal",
                "Cancelé hace tres semanas y los {amt} de la señal siguen sin aparecer. Me dijisteis 5 días hábiles",
            )
        ],
    },
    "wrong_fabric": {
        "it": [
            (
                "tessuto sbagliato",
                "Avevo scelto velluto verde salvia, ho il campione in mano. Il divano è tornato color senape. SENAPE. In salotto non ci sta con niente",
            ),
            (
                "colore sbagliato",
                "Le sedie sono tornate grigio antracite invece di tortora, basta guardare l'ordine. Dovete rifarle",
            ),
        ],
        "en": [
            (
                "wrong fabric",
                "I chose sage green velvet, I've got the swatch in my hand. The sofa has come back MUSTARD. It goes with nothing in the room",
            ),
            (
                "wrong colour",
                "Chairs are back in charcoal, I ordered dove grey, it's right there on the order. They need redoing",
            ),
        ],
        "fr": [
            (
                "mauvais tissu",
                "J'avais choisi un lin naturel, le canapé revient en gris foncé. Il faut le refaire",
            )
        ],
        "de": [
            (
                "falscher Stoff",
                "Bestellt war Salbeigrün, zurück kam das Sofa in SENFGELB. Das muss neu gemacht werden",
            )
        ],
        "pt": [
            (
                "tecido errado",
                "Escolhi veludo verde-sálvia e o sofá voltou cor de mostarda. Têm de o refazer",
            )
        ],
        "es": [
            (
                "tela equivocada",
                "Elegí terciopelo verde salvia y el sofá ha vuelto color MOSTAZA. Hay que rehacerlo",
            )
        ],
    },
    "late_return": {
        "it": [
            (
                "divano in ritardo di settimane",
                "Mi avevate detto 4 settimane. Siamo a 8. Da due mesi in salotto ci sediamo sui cuscini per terra e ogni volta che chiamo mi dite la settimana prossima",
            ),
            (
                "consegna rimandata ancora",
                "Terza data di consegna saltata per la poltrona. Nessuno avvisa, me ne accorgo dall'app. Basta",
            ),
        ],
        "en": [
            (
                "sofa weeks overdue",
                "You said four weeks. It's been EIGHT. We've been sitting on floor cushions for two months and every time I ring it's next week",
            ),
            (
                "return date moved again",
                "Third return date missed for the armchair, nobody tells me, I find out from the app. Enough",
            ),
        ],
        "fr": [
            (
                "retard de livraison",
                "On m'avait dit 4 semaines, on en est à 8. On s'assoit par terre depuis deux mois",
            )
        ],
        "de": [
            (
                "Rückgabe Wochen zu spät",
                "Vier Wochen hieß es, jetzt sind es ACHT. Wir sitzen seit zwei Monaten auf dem Boden",
            )
        ],
        "pt": [("sofá atrasado", "Disseram 4 semanas e já vão 8. Estamos sem sofá há dois meses")],
        "es": [
            (
                "sofá con semanas de retraso",
                "Me dijisteis 4 semanas y van OCHO. Llevamos dos meses sentados en el suelo",
            )
        ],
    },
}

PROBLEM_DEPOSIT_EUR = {"double_charge": 267, "refund": 96}

COMPLAINT_SUBJECT = {
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}
CASE_SUBJECT = {
    "it": "R: Segnalazione {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "de": "AW: Vorgang {case}",
    "pt": "RE: Processo {case}",
    "es": "RE: Incidencia {case}",
}

CALL_OPEN = {
    "it": "sì buongiorno è per il mio ordine",
    "en": "hi yes it's about my order",
    "fr": "oui bonjour c'est pour ma commande",
    "de": "ja guten Tag es geht um meinen Auftrag",
    "pt": "sim bom dia é sobre a minha encomenda",
    "es": "sí hola es por mi pedido",
}

# Long e-mails for one bad day: a letter with the complaint inside. {complaint} is the short text.
LONG_EMAIL: T = {
    "it": [
        "Buonasera,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mio padre, che da quando è caduto a settembre vive con noi e ha bisogno di una poltrona comoda e alta, per questo avevamo scelto di far rifare la sua vecchia poltrona invece di comprarne una nuova che non gli piacerebbe. Ci tengo a dire che fino ad oggi con voi mi ero trovata bene, il preventivo era chiaro e la signora al telefono gentilissima.\n\nPerò: {complaint}\n\nCapite che con un anziano in casa non è una cosa da poco. Aspetto una risposta seria entro domani.\n\nCordiali saluti\n{name}",
        "Gentili signori,\n\nsono un insegnante e vi scrivo tra un'ora e l'altra, quindi perdonate la fretta. Abbiamo appena finito di ristrutturare casa, dopo un anno di polvere e cantieri, e il divano rifatto doveva essere l'ultimo pezzo, quello che chiudeva finalmente i lavori. I miei figli lo aspettavano più di me.\n\nIl problema è questo: {complaint}\n\nNon voglio fare polemica, voglio che si risolva. Mi richiamate voi?\n\nGrazie\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car park outside my daughter's swimming lesson, so apologies if it's a bit all over the place. We've just moved into my late aunt's house and decided to keep her furniture and have it redone rather than fill the place with flat-pack, which is how we found you. Up to now everything has been lovely, the quote was clear and your colleague on the phone was very patient with all my questions.\n\nHowever: {complaint}\n\nI'm sure it's a mistake somewhere, but I'd like it sorted this week, not next month.\n\nKind regards,\n{name}",
        "Dear Rivestra team,\n\nI run a market stall on Saturdays and do the books in the evenings, so I don't have a lot of spare time to chase things, which is exactly why I paid someone to do the sofa instead of trying to do it myself from YouTube videos. My partner is recovering from a knee operation and really needs a proper seat.\n\nThe problem: {complaint}\n\nPlease can someone actually look at this and get back to me, I don't want another automatic reply.\n\nThanks,\n{name}",
    ],
}

AGENT_CASE_OPENED: T = {
    "it": [
        "Gentile {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la seguiamo personalmente, le scriviamo entro 24 ore. {agent}, Servizio clienti Rivestra"
    ],
    "en": [
        "Dear {first}, we're really sorry about this. We've opened case {case} and are looking into it now, you'll hear from us within 24 hours. {agent}, Rivestra Customer Care"
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 24 h. {agent}, Service client Rivestra"
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden. {agent}, Rivestra Kundenservice"
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o processo {case} e respondemos em 24 horas. {agent}, Apoio ao cliente Rivestra"
    ],
    "es": [
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos en 24 horas. {agent}, Atención al cliente Rivestra"
    ],
}

AGENT_CHAT_CASE: T = {
    "it": ["Mi dispiace davvero, ho aperto la segnalazione {case}, la contattiamo entro domani"],
    "en": [
        "I'm so sorry, I've opened case {case} for you and someone will be in touch by tomorrow"
    ],
    "fr": ["Je suis vraiment désolée, j'ai ouvert le dossier {case}, on vous recontacte demain"],
    "de": ["Das tut mir leid, ich habe den Vorgang {case} angelegt, wir melden uns bis morgen"],
    "pt": ["Lamento muito, abri o processo {case}, contactamos até amanhã"],
    "es": ["Lo siento mucho, he abierto la incidencia {case}, te contactamos mañana"],
}

AGENT_QUALITY_LEAD: T = {
    "it": [
        "Gentile {first}, la sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
    ],
    "en": [
        "Dear {first}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an. {agent}"
    ],
    "pt": [
        "Olá {first}, o seu processo {case} está agora com a nossa responsável de qualidade, que liga até sexta à hora de almoço. {agent}"
    ],
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
}

AGENT_GOOD_NEWS: T = {
    "it": [
        "Gentile {first}, buone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Ci conferma che per lei è tutto a posto? {agent}"
    ],
    "en": [
        "Dear {first}, good news on case {case}: it's been sorted on our side. Could you confirm everything's fine for you now? {agent}"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ? {agent}"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {case}: das ist bei uns erledigt. Können Sie kurz bestätigen, dass alles passt? {agent}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o processo {case}: já está resolvido do nosso lado. Pode confirmar que está tudo bem? {agent}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte. ¿Nos confirmas que todo está bien? {agent}"
    ],
}

AGENT_URGENT: T = {
    "it": ["Aggiunto alla segnalazione {case} e segnato come urgente, mi scuso"],
    "en": ["I've added this to case {case} and marked it urgent, I'm sorry"],
    "fr": ["J'ai ajouté ceci au dossier {case} et l'ai marqué urgent, désolée"],
    "de": ["Ich habe das zum Vorgang {case} hinzugefügt und als dringend markiert, Entschuldigung"],
    "pt": ["Acrescentei ao processo {case} e marquei como urgente, peço desculpa"],
    "es": ["Lo he añadido a la incidencia {case} y marcado como urgente, disculpa"],
}

CONFIRM: T = {
    "it": [
        "Confermo, segnalazione {case} risolta, tutto a posto. Grazie",
        "sì per la {case} ora è tutto ok, grazie per averlo sistemato",
    ],
    "en": [
        "Confirmed, case {case} is sorted, all good now. Thanks",
        "yep {case} all fine now, thanks for fixing it",
    ],
    "fr": ["Je confirme, dossier {case} réglé. Merci"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke"],
    "pt": ["Confirmo, processo {case} resolvido. Obrigado"],
    "es": ["Confirmo, incidencia {case} resuelta. Gracias"],
}

APOLOGY: T = {
    "it": ["Scusate per il tono di ieri, ero esasperata. Grazie per come l'avete gestita"],
    "en": [
        "Sorry about my message yesterday, I was at the end of my rope. Thanks for sorting it so quickly"
    ],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça"],
    "de": ["Sorry für den Ton gestern, ich war einfach fertig. Danke fürs schnelle Klären"],
    "pt": ["Desculpem o tom de ontem, estava mesmo farta. Obrigada por resolverem"],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por resolverlo"],
}

LOW_CSAT_WORDS: T = {
    "it": ["pessimo", "", "no"],
    "en": ["poor", "", "not good"],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "pt": ["mau", ""],
    "es": ["fatal", ""],
}

LOW_NPS_WORDS: T = {
    "it": ["non vi consiglierei a nessuno adesso", "", "vediamo come va a finire"],
    "en": ["wouldn't recommend right now", "", "we'll see"],
    "fr": ["pas pour l'instant", ""],
    "de": ["im Moment nicht", ""],
    "pt": ["para já não", ""],
    "es": ["ahora mismo no", ""],
}

REPEAT_SECOND: T = {
    "it": [
        "Scrivo di nuovo per la segnalazione {case}: ancora niente, il problema è sempre lì. {topic}, ancora aperto",
        "riguardo {case}: nessuna novità, sto ancora aspettando. Il problema non è risolto",
    ],
    "en": [
        "Writing again about case {case}: still nothing, the problem is still there. {topic}, still open",
        "re {case}: no update at all, still waiting and it's still not fixed",
    ],
    "fr": [
        "Je reviens vers vous pour le dossier {case} : toujours rien, le problème n'est pas réglé"
    ],
    "de": [
        "Ich schreibe nochmal wegen Vorgang {case}: immer noch nichts, das Problem ist nicht gelöst"
    ],
    "pt": ["Volto a escrever sobre o processo {case}: continua tudo igual, nada resolvido"],
    "es": ["Vuelvo a escribir por la incidencia {case}: sigue todo igual, nada resuelto"],
}

REPEAT_THIRD: T = {
    "it": [
        "Terza volta che scrivo per la {case} e ancora nulla. Mia cognata si è fatta rifare il divano da {comp} e loro queste cose le sistemano in giornata",
        "Per la {case}: è la terza volta. Ho guardato quanto chiede {comp} per lo stesso lavoro, ci sto pensando seriamente",
    ],
    "en": [
        "Third time writing about {case} and still nothing. A friend had her chairs done by {comp} and they sort this kind of thing the same day",
        "Case {case}, third message. I've looked at what {comp} charges for the same job, just so you know",
    ],
    "fr": [
        "Troisième message pour le dossier {case}. Une collègue passe par {comp} et chez eux c'est réglé dans la journée"
    ],
    "de": [
        "Dritte Nachricht zu {case}. Eine Kollegin lässt bei {comp} polstern, da ist sowas am selben Tag erledigt"
    ],
    "pt": [
        "Terceira vez que escrevo sobre o processo {case}. Uma colega usa a {comp} e lá resolvem isto no mesmo dia"
    ],
    "es": [
        "Tercera vez que escribo por la {case}. Una compañera tapiza con {comp} y allí esto lo arreglan en el día"
    ],
}

REPEAT_FOURTH: T = {
    "it": [
        "È la QUARTA volta che vi contatto per la segnalazione {case}. QUARTA. Ancora niente risolto"
    ],
    "en": ["This is the FOURTH time I've contacted you about case {case}. FOURTH. Still not fixed"],
    "fr": ["C'est la QUATRIÈME fois que je vous contacte pour le dossier {case}. Toujours rien"],
    "de": ["Das ist das VIERTE Mal, dass ich mich wegen Vorgang {case} melde. Immer noch nichts"],
    "pt": ["É a QUARTA vez que vos contacto sobre o processo {case}. Continua sem solução"],
    "es": ["Es la CUARTA vez que os contacto por la incidencia {case}. Sigue sin resolverse"],
}

# Six-step slide; {comp} in the last step, {amt} in the fifth.
SLIDE: T = {
    "it": [
        "Rivestra il furgone per il ritiro è arrivato con tre ore di ritardo, senza una telefonata. Un po' deluso",
        "Sono dieci giorni che in app non arriva una foto di avanzamento. Prima ne mandavate due a settimana. Che succede?",
        "Data di consegna della poltrona spostata per la seconda volta. Non è più il servizio di prima",
        "Poltrona tornata: il bordino è storto e la seduta è molle, sembra un'altra imbottitura. Non ci siamo proprio",
        "Adesso mi arriva un 'supplemento tessuto' di {amt} di cui nessuno mi aveva parlato. Sono FURIOSO. Vergogna Rivestra",
        "Mia cognata si è fatta fare le sedie da {comp}, ho chiesto a loro il preventivo per il divano. Vediamo",
    ],
    "en": [
        "Rivestra van turned up three hours late for the collection, no call. Bit disappointed tbh",
        "Ten days and not one progress photo in the app. You used to send two a week. What's happening?",
        "Armchair return date moved for the second time. This isn't the service we had before",
        "Armchair back: piping's crooked and the seat's gone soft, feels like different foam. Not good enough",
        "Now there's a {amt} 'fabric surcharge' on my account that nobody mentioned. I'm FURIOUS. Shame on you Rivestra",
        "My sister-in-law had her dining chairs done by {comp}, I've asked them to quote for the sofa. We'll see",
    ],
    "fr": [
        "Le camion de Rivestra est arrivé avec trois heures de retard pour la collecte, sans prévenir. Déçue",
        "Dix jours sans une photo d'avancement dans l'appli. Avant c'était deux par semaine",
        "Date de retour du fauteuil décalée pour la deuxième fois. Ce n'est plus pareil",
        "Fauteuil revenu : passepoil de travers, assise molle. Vraiment pas au niveau",
        "Et maintenant un « supplément tissu » de {amt} dont personne ne m'a parlé. Je suis FURIEUSE",
        "Ma belle-sœur a fait refaire ses chaises chez {comp}, je leur ai demandé un devis pour le canapé",
    ],
    "de": [
        "Der Rivestra-Transporter kam drei Stunden zu spät zur Abholung, ohne Anruf. Schade",
        "Seit zehn Tagen kein einziges Fortschrittsfoto in der App. Früher zwei pro Woche",
        "Rückgabetermin vom Sessel zum zweiten Mal verschoben. Nicht mehr wie früher",
        "Sessel zurück: Keder schief, Sitz durchgesessen, fühlt sich nach anderem Schaumstoff an. So nicht",
        "Jetzt noch ein 'Stoffzuschlag' von {amt}, von dem keiner was gesagt hat. Ich bin STINKSAUER",
        "Meine Schwägerin hat ihre Stühle bei {comp} machen lassen, ich habe dort ein Angebot fürs Sofa angefragt",
    ],
    "pt": [
        "A carrinha da Rivestra chegou três horas atrasada para a recolha, sem avisar. Desiludida",
        "Dez dias sem uma foto do andamento na app. Antes eram duas por semana",
        "Data de entrega da poltrona adiada pela segunda vez. Já não é o mesmo serviço",
        "Poltrona de volta: o debrum está torto e o assento mole. Assim não",
        "Agora aparece um 'suplemento de tecido' de {amt} que ninguém mencionou. Estou FURIOSA",
        "A minha cunhada mandou forrar as cadeiras na {comp}, já lhes pedi orçamento para o sofá",
    ],
    "es": [
        "La furgoneta de Rivestra llegó tres horas tarde a la recogida, sin avisar. Decepcionada",
        "Diez días sin una sola foto del avance en la app. Antes eran dos por semana",
        "Fecha de entrega del sillón aplazada por segunda vez. Ya no es lo mismo",
        "Sillón de vuelta: el vivo torcido y el asiento blando. Así no",
        "Y ahora un 'suplemento de tela' de {amt} que nadie me dijo. Estoy FURIOSA",
        "Mi cuñada tapizó las sillas con {comp}, ya les he pedido presupuesto para el sofá",
    ],
}

SLIDE_RATINGS = ["3", "3", "2", "2", "1", "1"]

CANCEL_REQUEST: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Chiusura account",
            "Buongiorno, ci trasferiamo in un monolocale arredato e il divano resta ai miei suoceri. Vorrei chiudere l'account Rivestra e cancellare l'abbonamento Cura Tessuti. Grazie di tutto",
        ),
        (
            "Disdetta",
            "Salve, ho deciso di comprare un divano nuovo con il bonus, quindi non mi servite più. Per favore cancellate Cura Tessuti e chiudete il mio account",
        ),
    ],
    "en": [
        (
            "Closing my account",
            "Hi, we're moving into a furnished flat abroad and the sofa's going to my brother. Please cancel my Fabric Care plan and close the account. Thanks for everything",
        ),
        (
            "Cancel please",
            "Hello, I've ended up buying a new sofa with my bonus so I won't need you any more. Please cancel Fabric Care and close my account",
        ),
    ],
    "fr": [
        (
            "Résiliation",
            "Bonjour, nous partons dans un meublé, merci de résilier l'abonnement Fabric Care et de fermer mon compte",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Hallo, wir ziehen in eine möblierte Wohnung. Bitte Fabric Care kündigen und mein Konto schließen",
        )
    ],
    "pt": [
        (
            "Cancelamento",
            "Olá, vamos para uma casa mobilada. Cancelem por favor o Fabric Care e fechem a minha conta",
        )
    ],
    "es": [
        (
            "Baja",
            "Hola, nos mudamos a un piso amueblado. Por favor dad de baja el Fabric Care y cerrad mi cuenta",
        )
    ],
}

AGENT_SORRY_GO: T = {
    "it": [
        "Gentile {first}, ci dispiace vederla andare via. Può disdire Cura Tessuti e chiudere l'account da sola in app o sul sito, in Profilo > Abbonamento. {agent}"
    ],
    "en": [
        "Dear {first}, sorry to see you go. You can cancel Fabric Care and close your account yourself in the app or on the website under Profile > Plan. {agent}"
    ],
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Profil > Abonnement. {agent}"
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Profil > Abo selbst kündigen. {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos vê-lo partir. Pode cancelar na app ou no site, em Perfil > Plano. {agent}"
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Perfil > Plan. {agent}"
    ],
}

GRUMBLES: T = {
    "it": [
        "L'app di Rivestra mi scollega ogni volta che la apro, devo rimettere la password ogni santa volta",
        "I campioni ci mettono due settimane ad arrivare. Due settimane per sei quadratini di stoffa",
        "Fascia di consegna di quattro ore. Quattro. Nel 2026",
        "La chat risponde solo in orario d'ufficio, cioè quando sono al lavoro anch'io",
        "Le foto di avanzamento sono sempre sfocate, non si capisce niente",
        "Non si può cambiare l'indirizzo di consegna dall'app, bisogna chiamare. Mah",
    ],
    "en": [
        "Rivestra app logs me out every single time I open it. Every. Time.",
        "Swatches taking two weeks to arrive. Two weeks for six squares of fabric",
        "Four hour delivery window. Four hours. In 2026",
        "Chat only works office hours, aka when I'm at work too",
        "Progress photos in the app are always blurry, can't see a thing",
        "Can't change the delivery address in the app, have to ring. Why",
    ],
    "fr": [
        "L'appli Rivestra me déconnecte à chaque fois",
        "Deux semaines pour recevoir six échantillons",
        "Créneau de livraison de quatre heures, sérieusement",
        "Le chat ne répond qu'aux heures de bureau",
    ],
    "de": [
        "Die Rivestra-App meldet mich jedes Mal ab",
        "Zwei Wochen für sechs Stoffmuster",
        "Vier Stunden Lieferfenster, echt jetzt",
        "Chat nur zu Bürozeiten, wenn ich selbst arbeite",
    ],
    "pt": [
        "A app da Rivestra desliga-me a sessão sempre",
        "Duas semanas para receber seis amostras",
        "Janela de entrega de quatro horas, a sério",
        "O chat só responde em horário de escritório",
    ],
    "es": [
        "La app de Rivestra me cierra la sesión cada vez",
        "Dos semanas para recibir seis muestras",
        "Franja de entrega de cuatro horas, en serio",
        "El chat solo contesta en horario de oficina",
    ],
}

SARCASM: T = {
    "it": [
        "Che bello aspettare il furgone dalle 8 alle 18 e vederlo arrivare alle 17:58 👏 puntualissimi Rivestra",
        "Consegna 'express' in tre settimane diventate sei. Express come una lumaca 🐌",
    ],
    "en": [
        "Love waiting in from 8 till 6 for the van to arrive at 17:58 👏 cutting it fine there Rivestra",
        "'Express' three weeks turned into six. Express like a snail 🐌 nice one",
    ],
    "fr": ["Génial d'attendre le camion de 8h à 18h pour le voir arriver à 17h58 👏"],
    "de": ["Toll, von 8 bis 18 Uhr auf den Transporter warten und er kommt um 17:58 👏"],
    "pt": ["Adorei esperar pela carrinha das 8 às 18 e ela chegar às 17:58 👏"],
    "es": ["Qué gusto esperar a la furgoneta de 8 a 18 y que llegue a las 17:58 👏"],
}

MILD_GRUMBLE: P = {
    "it": [
        (
            "la ricerca per città mi mostra i laboratori di Torino ma sono a Bari",
            "Ha ragione, la ricerca usa la posizione dell'ultimo accesso: l'abbiamo segnalato, intanto può scrivere la città a mano",
        )
    ],
    "en": [
        (
            "the app keeps showing me notifications in Italian, I'm in Leeds",
            "Sorry about that, it's picking up the phone's region. We've flagged it, you can switch the language under Settings for now",
        )
    ],
    "fr": [
        (
            "les notifications arrivent en anglais alors que l'appli est en français",
            "Désolés, c'est un souci connu, on corrige. En attendant, Paramètres > Langue",
        )
    ],
    "de": [
        (
            "die Werkstattsuche zeigt mir Wien an, ich wohne in Graz",
            "Danke für den Hinweis, die Suche nutzt den letzten Standort. Wir haben es weitergegeben",
        )
    ],
    "pt": [
        (
            "as notificações chegam em espanhol",
            "Pedimos desculpa, já reportámos. Pode mudar em Definições > Idioma",
        )
    ],
    "es": [
        (
            "la búsqueda me enseña talleres de Barcelona y estoy en Sevilla",
            "Perdona, usa la última ubicación. Ya lo hemos pasado al equipo",
        )
    ],
}

FORM_ACK: T = {
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app. {agent}"],
    "en": ["Thanks for letting us know, we've passed it to the app team. {agent}"],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli. {agent}"],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben. {agent}"],
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app. {agent}"],
    "es": ["Gracias por avisar, lo hemos pasado al equipo de la app. {agent}"],
}

# The planted incident (topic_spike only).
SPIKE_ABOUT = "fabric preview in the app shows every fabric as a pink-and-black checkerboard on Saturday morning, so no fabric can be chosen or confirmed before the Saturday-noon cut-off for next week's workshop slots; error VIS-7E/42"
SPIKE_REPORT: T = {
    "it": [
        "Rivestra la prova tessuto mi fa vedere TUTTI i tessuti come una scacchiera rosa e nera, errore VIS-7E/42. Devo confermare il velluto entro mezzogiorno per il posto in laboratorio, come faccio??",
        "ma cosa succede alla prova tessuto? ogni stoffa è una scacchiera fucsia e nera e sotto c'è scritto VIS-7E/42. Non riesco a scegliere niente",
        "Errore VIS-7E/42 in app: il divano nella foto diventa una scacchiera rosa e nera con qualunque tessuto. E la scelta chiude a mezzogiorno!",
    ],
    "en": [
        "Rivestra your fabric preview is showing EVERY fabric as a pink and black checkerboard, error VIS-7E/42. I need to confirm my fabric by noon for next week's slot, what do I do?",
        "is the fabric preview broken for everyone? my sofa photo just turns into a magenta and black chessboard whatever fabric I tap, says VIS-7E/42",
        "Error VIS-7E/42 on the preview, every swatch comes out as pink and black squares. Can't pick anything and the cut-off is midday today",
    ],
    "fr": [
        "L'aperçu tissu de Rivestra affiche tous les tissus en damier rose et noir, erreur VIS-7E/42. Je dois valider avant midi !",
        "aperçu tissu cassé ? mon canapé devient un damier rose et noir, code VIS-7E/42",
    ],
    "de": [
        "Die Stoffvorschau bei Rivestra zeigt jeden Stoff als pink-schwarzes Schachbrett, Fehler VIS-7E/42. Ich muss bis 12 Uhr bestätigen!",
        "Stoffvorschau kaputt? Mein Sofa wird zum pinken Schachbrett, Fehler VIS-7E/42",
    ],
    "pt": [
        "A pré-visualização de tecido da Rivestra mostra tudo em xadrez cor-de-rosa e preto, erro VIS-7E/42. Tenho de confirmar até ao meio-dia!",
        "a pré-visualização está avariada? o sofá fica um tabuleiro de xadrez rosa e preto, VIS-7E/42",
    ],
    "es": [
        "La vista previa de tela de Rivestra muestra todas las telas como un tablero rosa y negro, error VIS-7E/42. Tengo que confirmar antes de las 12!",
        "se ha roto la vista previa? mi sofá sale como un tablero de ajedrez rosa y negro, VIS-7E/42",
    ],
}
SPIKE_SUBJECT = {
    "it": "Prova tessuto non funziona",
    "en": "Fabric preview not working",
    "fr": "Aperçu tissu en panne",
    "de": "Stoffvorschau geht nicht",
    "pt": "Pré-visualização não funciona",
    "es": "Vista previa no funciona",
}
SPIKE_AGAIN: T = {
    "it": [
        "Ancora VIS-7E/42, ho provato anche dal tablet di mio marito: scacchiera rosa pure lì. E mezzogiorno si avvicina",
        "sempre errore VIS-7E/42, ho reinstallato l'app e niente",
    ],
    "en": [
        "Still VIS-7E/42, tried on my husband's phone too, same pink checkerboard. Noon's getting close",
        "still getting VIS-7E/42 even after reinstalling the app",
    ],
    "fr": ["Toujours VIS-7E/42, même sur la tablette de mon fils"],
    "de": ["Immer noch VIS-7E/42, auch auf dem Handy meiner Frau"],
    "pt": ["Continua o VIS-7E/42, também no telemóvel do meu marido"],
    "es": ["Sigue el VIS-7E/42, también en el móvil de mi pareja"],
}
SPIKE_CHAT_ANSWER: T = {
    "it": [
        "Sì, la prova tessuto non funziona per nessuno in questo momento, i tecnici ci stanno lavorando. La scadenza di mezzogiorno la spostiamo, non perde il posto"
    ],
    "en": [
        "Yes, the fabric preview is down for everyone right now and our engineers are on it. We'll move the noon cut-off, you won't lose your slot"
    ],
    "fr": [
        "Oui, l'aperçu tissu est en panne pour tout le monde, nos techniciens s'en occupent. L'échéance de midi sera repoussée"
    ],
    "de": [
        "Ja, die Stoffvorschau ist gerade für alle ausgefallen, die Technik ist dran. Die 12-Uhr-Frist verschieben wir"
    ],
    "pt": [
        "Sim, a pré-visualização está em baixo para todos, os técnicos estão a tratar. O prazo do meio-dia será adiado"
    ],
    "es": [
        "Sí, la vista previa está caída para todos, los técnicos están en ello. Aplazamos el plazo de las 12"
    ],
}
SPIKE_FIXED: T = {
    "it": [
        "Gentile {first}, la prova tessuto funziona di nuovo dalle {time}. La scelta del tessuto resta aperta fino a lunedì e le abbiamo accreditato {credit} per il disagio. {agent}"
    ],
    "en": [
        "Dear {first}, the fabric preview has been working again since {time}. Fabric choice stays open until Monday and we've added {credit} credit to your account for the trouble. {agent}"
    ],
    "fr": [
        "Bonjour {first}, l'aperçu tissu fonctionne de nouveau depuis {time}. Le choix reste ouvert jusqu'à lundi et nous avons crédité {credit}. {agent}"
    ],
    "de": [
        "Hallo {first}, die Stoffvorschau läuft wieder seit {time}. Die Stoffwahl bleibt bis Montag offen, wir haben Ihnen {credit} gutgeschrieben. {agent}"
    ],
    "pt": [
        "Olá {first}, a pré-visualização funciona outra vez desde as {time}. A escolha fica aberta até segunda e creditámos {credit}. {agent}"
    ],
    "es": [
        "Hola {first}, la vista previa vuelve a funcionar desde las {time}. La elección sigue abierta hasta el lunes y te hemos abonado {credit}. {agent}"
    ],
}
SPIKE_FIXED_SUBJECT = {
    "it": "Prova tessuto di nuovo attiva",
    "en": "Fabric preview working again",
    "fr": "Aperçu tissu rétabli",
    "de": "Stoffvorschau wieder da",
    "pt": "Pré-visualização reposta",
    "es": "Vista previa restablecida",
}
LONE_QUESTION: P = {
    "it": [
        (
            "ieri sera la prova tessuto ci ha messo un minuto a caricare il velluto, poi si è vista bene. Domattina devo confermare, funzionerà?",
            "Sì, ieri sera c'era molto traffico, il caricamento era lento ma funziona: domattina può confermare tranquillamente",
        )
    ],
    "en": [
        (
            "last night the fabric preview took ages to load the boucle, then it showed fine. I'm confirming tomorrow morning, will it be ok?",
            "Yes, it was just busy last night, slow to load but working. You'll be fine confirming tomorrow",
        )
    ],
}
CALM_GRUMBLE: P = {
    "it": [
        (
            "la pagina dei campioni è lentissima stamattina",
            "Ci scusi, stiamo aggiornando il catalogo, entro oggi torna veloce",
        )
    ],
    "en": [
        (
            "swatch page is crawling this morning",
            "Sorry, we're updating the catalogue, it'll be quick again later today",
        )
    ],
}
