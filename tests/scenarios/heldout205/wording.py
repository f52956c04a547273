# ruff: noqa: E501
"""Wording of heldout205 (Dolcivo: celebration cakes and patisserie by app and web).

Every table has its own wording in every language (pt, de, en, fr, it, es).
Placeholders are filled by ``make_heldout205.py``: brand, club, pro, comp, case,
order, name, first, day, code, prod, amount.
"""

from __future__ import annotations

LANGS = ("pt", "de", "en", "fr", "it", "es")

FIRST: dict[str, list[str]] = {
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Nuno",
        "Sofia",
        "Diogo",
        "Leonor",
        "Pedro",
        "Rita",
        "Hugo",
        "Marta",
        "Gonçalo",
    ],
    "de": [
        "Jana",
        "Lukas",
        "Miriam",
        "Tobias",
        "Sabine",
        "Florian",
        "Katrin",
        "Jörg",
        "Anke",
        "Matthias",
        "Lea",
        "Dominik",
        "Birgit",
        "Stefan",
        "Nadine",
        "Uwe",
    ],
    "en": ["Siobhan", "Gareth", "Chloe", "Darren", "Fiona", "Owen", "Hannah", "Liam"],
    "fr": ["Camille", "Julien", "Amandine", "Thibault", "Élodie", "Mathieu", "Céline", "Bastien"],
    "it": ["Chiara", "Davide", "Giulia", "Matteo", "Serena", "Lorenzo", "Federica", "Paolo"],
    "es": ["Lucía", "Javier", "Nerea", "Álvaro", "Marta", "Iker", "Carmen", "Sergio"],
}

LAST: dict[str, list[str]] = {
    "pt": [
        "Ferreira",
        "Carvalho",
        "Lopes",
        "Azevedo",
        "Pinto",
        "Teixeira",
        "Moreira",
        "Sousa",
        "Ribeiro",
        "Correia",
        "Figueiredo",
        "Matos",
    ],
    "de": [
        "Krüger",
        "Hartmann",
        "Vogel",
        "Lehmann",
        "Brandl",
        "Schäfer",
        "Köhler",
        "Winkler",
        "Seidel",
        "Ziegler",
        "Hoffmann",
        "Baumgartner",
    ],
    "en": ["Gallagher", "Pritchard", "Ahmed", "Doyle", "Whitfield", "Kavanagh"],
    "fr": ["Lemaire", "Fournier", "Guérin", "Chevalier", "Perrin", "Marchand"],
    "it": ["Bianchi", "Ferrari", "Galli", "Colombo", "Marino", "Fontana"],
    "es": ["Navarro", "Iglesias", "Ortega", "Gallego", "Herrero", "Vidal"],
}

PRODUCTS: list[tuple[str, int]] = [
    ("Chocolate birthday cake 2 kg / Bolo de aniversário de chocolate 2 kg", 42),
    ("Black Forest gateau 12 portions / Schwarzwälder Kirschtorte 12 Stück", 38),
    ("Lemon tart 8 portions / Tarte au citron 8 parts", 26),
    ("Number cake, two digits / Bolo de números, dois algarismos", 64),
    ("Cupcake box of 12 / Cupcake-Box 12 Stück", 29),
    ("Cheesecake 10 portions / Käsekuchen 10 Stück", 31),
    ("Pastel de nata box of 24 / Caixa de 24 pastéis de nata", 27),
    ("Wedding cake, two tiers / Hochzeitstorte, zweistöckig", 189),
    ("Photo cake 20 portions / Fototorte 20 Stück", 55),
]

B2B_PRODUCTS: list[tuple[str, int]] = [
    ("Weekly pastry box, 60 pieces / Wöchentliche Gebäckbox, 60 Stück", 148),
    ("Meeting platter, mini tarts 40 / Platte de mini tartes 40", 96),
    ("Breakfast viennoiserie, 100 pieces / Frühstücksgebäck, 100 Stück", 175),
    ("Event cake, 60 portions / Bolo de evento, 60 porções", 240),
]

PRAISE: dict[str, list[str]] = {
    "pt": [
        "O bolo de aniversário da {brand} foi um sucesso, a miúda ficou encantada!",
        "Entrega pontual e o bolo de chocolate estava divinal. Obrigada {brand}",
        "Melhores pastéis de nata que comi fora de Belém, palavra 😋",
    ],
    "de": [
        "Die Torte von {brand} war der Hit an Omas 80. Alle wollten wissen, wo die her ist!",
        "Pünktlich geliefert, perfekt gekühlt, sah genau aus wie im Katalog. Danke {brand}",
        "Die Himbeer-Cupcakes sind einfach ein Traum 😍",
    ],
    "en": [
        "The {brand} lemon drizzle vanished in ten minutes at the office do. Class.",
        "Proper gorgeous birthday cake from {brand}, my daughter hasn't stopped talking about it",
    ],
    "fr": ["Le fraisier de {brand} était parfait pour l'anniversaire de ma mère, merci !"],
    "it": ["La torta di {brand} per il battesimo era bellissima e buonissima, grazie!"],
    "es": ["La tarta de {brand} fue lo mejor del cumple, mi hijo encantado"],
}

AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira encomenda este mês e outra vez perfeita. A {brand} nunca falha",
        "Continuo fã: mais uma vez o bolo chegou impecável, sem uma migalha fora do sítio",
    ],
    "de": [
        "Schon wieder bestellt, schon wieder perfekt. Dritte Torte dieses Jahr von {brand}",
        "Immer noch begeistert vom Käsekuchen, jetzt zum dritten Mal bestellt",
    ],
    "en": ["Third order this month and still not one crumb out of place. Well done {brand}"],
    "fr": ["Encore une fois parfait, troisième commande chez {brand} cette année"],
    "it": ["Terza volta che ordino e ancora perfetto, {brand} non sbaglia un colpo"],
    "es": ["Tercera vez este año y otra vez perfecta, {brand} no falla nunca"],
}

GRIPE: dict[str, list[str]] = {
    "pt": [
        "Bolo delicioso e bem decorado, só a caixa vinha um bocadinho amolgada. De resto, cinco estrelas",
        "Muito boa a tarte de limão, só achei a janela de entrega grande demais (quatro horas)",
    ],
    "de": [
        "Sehr lecker und hübsch verziert, nur das Lieferfenster von vier Stunden ist echt lang. Sonst gerne wieder",
        "Top Schwarzwälder, nur die Kerzen fehlten diesmal. Trotzdem super",
    ],
    "en": [
        "Gorgeous cake, only gripe is the app makes you retype the plaque message every single time"
    ],
    "fr": ["Délicieux, juste dommage que les bougies soient en supplément. Sinon rien à dire"],
    "it": ["Torta ottima, unico neo la fascia di consegna dalle 8 alle 12, un po' larga"],
    "es": ["Riquísima, solo que la caja llegó un poco aplastada de un lado. Por lo demás, genial"],
}

QUESTION: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Olá, dá para pôr o nome da criança na placa de chocolate?",
            "Olá {name}! Sim, no passo Personalizar escreve até 30 letras para a placa. Boa festa!",
        ),
        (
            "Boa tarde, o bolo sem glúten é feito numa cozinha separada?",
            "Boa tarde {name}! Sim, os bolos sem glúten são feitos numa cozinha à parte e selados na caixa.",
        ),
        (
            "Posso levantar na loja do Porto em vez de receber em casa?",
            "Pode sim, {name}: escolha Levantar na loja no checkout e depois a loja do Porto.",
        ),
    ],
    "de": [
        (
            "Hallo, kann man die Torte auch einen Tag früher abholen?",
            "Hallo {name}! Ja, wählen Sie im Kalender einfach den Vortag und Abholung in der Filiale.",
        ),
        (
            "Gibt es die Sachertorte auch laktosefrei?",
            "Hallo {name}, die Sachertorte leider noch nicht, die Schoko-Nuss-Torte aber schon.",
        ),
        (
            "Wie lange hält sich der Käsekuchen im Kühlschrank?",
            "Hallo {name}, gut gekühlt und abgedeckt drei Tage.",
        ),
    ],
    "en": [
        (
            "Hi, can I change the delivery address after ordering?",
            "Hi {name}! Yes, up to 24 hours before delivery under My orders > Change address.",
        )
    ],
    "fr": [
        (
            "Bonjour, le fraisier peut tenir une nuit hors du frigo ?",
            "Bonjour {name} ! Non, il doit rester au frais : il tient 48 h au réfrigérateur.",
        )
    ],
    "it": [
        (
            "Ciao, posso aggiungere le candeline a un ordine già fatto?",
            "Ciao {name}! Sì, da I miei ordini > Aggiungi extra fino al giorno prima.",
        )
    ],
    "es": [
        (
            "Hola, ¿la tarta de queso lleva gelatina?",
            "¡Hola {name}! No lleva gelatina, es apta para vegetarianos.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "pt": ["valeu, obg!", "top, obrigadão 👍", "fixe, obrigada"],
    "de": ["danke dir, mega 👍", "super, merci!", "perfekt, danke"],
    "en": ["cheers, legend 🙌"],
    "fr": ["top merci 😊"],
    "it": ["grazie mille, gentilissimi"],
    "es": ["genial, mil gracias!"],
}

PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "olá bom dia queria saber se a entrega de sábado pode ser até às dez porque a festa começa ao meio dia",
            "Bom dia {name}, conforme falámos ao telefone, a entrega de sábado fica marcada entre as 8h e as 10h. Bom aniversário!",
        ),
        (
            "boa tarde liguei só para saber se o bolo de números dá para vinte pessoas",
            "Boa tarde {name}, como combinado ao telefone: o bolo de números de dois algarismos dá para 20 a 24 pessoas.",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man bei der Hochzeitstorte noch die Farbe der Blumen ändern kann die Hochzeit ist erst in drei Wochen",
            "Guten Tag {name}, wie telefonisch besprochen haben wir die Blumen auf Altrosa geändert. Die Bestätigung finden Sie in der App.",
        ),
        (
            "hallo ich hab eine Frage zum {club} ob die Lieferung dann immer kostenlos ist",
            "Guten Tag {name}, wie am Telefon gesagt: mit {club} ist jede Lieferung ab 20 € kostenlos.",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering if you do a number cake for a fortieth with no nuts at all",
            "Hello {name}, as we said on the phone: yes, the number cakes can be made nut-free, just tick nut-free under options.",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut payer en deux fois pour la pièce montée",
            "Bonjour {name}, comme convenu au téléphone, le paiement en deux fois est possible pour les pièces montées.",
        )
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se la torta per la comunione può arrivare domenica mattina",
            "Buongiorno {name}, come detto al telefono, la consegna di domenica è confermata tra le 9 e le 11.",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si podéis hacer la tarta con la foto del perro encima",
            "Hola {name}, como hablamos por teléfono: sí, sube la foto en el paso Personalizar.",
        )
    ],
}

NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e eu a ver vídeos de decoração de bolos em vez de dormir. Turno da noite no hospital é isto",
        "insónia + a última fatia do bolo da {brand} = felicidade",
    ],
    "de": [
        "Nachtschicht vorbei, um 2 Uhr noch ein Stück Käsekuchen von {brand} aus dem Kühlschrank. Bestes Frühstück",
        "kann nicht schlafen, hab schon mal die Torte für Samstag bestellt 😅",
    ],
    "en": ["2am and I'm choosing sprinkles for a cake that isn't due till Saturday. send help"],
    "fr": ["Insomnie, du coup j'ai commandé le gâteau de dimanche à 3 h du matin 😴"],
    "it": ["Turno di notte finito, ultima fetta di torta di {brand} alle 4. Ci voleva"],
    "es": ["Las 3 de la mañana y yo eligiendo el relleno de la tarta del sábado 😂"],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "ainda dá para encomendar a esta hora para amanhã à tarde?",
            "Boa noite {name}! Para amanhã à tarde pode encomendar até às 9h, com levantamento na loja.",
        ),
        (
            "o bolo tem de ir logo para o frigorífico quando chega?",
            "Boa noite {name}, sim, de preferência logo: aguenta 2 horas fora do frio.",
        ),
    ],
    "de": [
        (
            "kann ich um die Uhrzeit noch für morgen Mittag bestellen?",
            "Guten Abend {name}! Für morgen Mittag geht es noch bis 9 Uhr, mit Abholung in der Filiale.",
        ),
        (
            "muss die Torte sofort in den Kühlschrank wenn sie kommt?",
            "Guten Abend {name}, am besten ja, zwei Stunden ohne Kühlung sind aber kein Problem.",
        ),
    ],
    "en": [
        (
            "can I still order for tomorrow lunchtime at this hour?",
            "Evening {name}! For tomorrow lunchtime you can order until 9am, for pick-up in the shop.",
        )
    ],
    "fr": [
        (
            "on peut encore commander pour demain midi à cette heure ?",
            "Bonsoir {name} ! Pour demain midi c'est possible jusqu'à 9 h, en retrait en boutique.",
        )
    ],
    "it": [
        (
            "si può ancora ordinare a quest'ora per domani a pranzo?",
            "Buonasera {name}! Per domani a pranzo si può ordinare fino alle 9, con ritiro in negozio.",
        )
    ],
    "es": [
        (
            "¿se puede pedir a estas horas para mañana al mediodía?",
            "¡Buenas noches {name}! Para mañana al mediodía puedes pedir hasta las 9, con recogida en tienda.",
        )
    ],
}

SURVEY_GOOD: dict[str, list[str]] = {
    "pt": ["Excelente", "top", "", "😍"],
    "de": ["Super", "alles bestens", "", "👍"],
    "en": ["Lovely", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}

SURVEY_BAD: dict[str, list[str]] = {
    "pt": ["péssimo", "", "nunca mais"],
    "de": ["enttäuschend", "", "nie wieder so"],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
}

# The six consumer problems: a short complaint and the phrase used in letters and calls.
PROBLEMS = ("no_show", "collapsed", "wrong_cake", "refund", "club_fee", "late")

SHORT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "pt": [
            "A app diz ENTREGUE às 10:12 e não chegou bolo nenhum. A festa é daqui a duas horas, o que é que eu faço?",
            "Encomenda {order} marcada como entregue e ninguém tocou à campainha. Estive em casa a manhã toda!",
        ],
        "de": [
            "Laut App um 10:12 GELIEFERT, hier ist keine Torte angekommen. Die Feier ist in zwei Stunden!",
            "Bestellung {order} steht auf zugestellt, aber niemand hat geklingelt. Ich war den ganzen Vormittag zu Hause.",
        ],
        "en": [
            "App says DELIVERED at 10:12, there is no cake here. Party's in two hours, what now?"
        ],
        "fr": [
            "L'appli indique LIVRÉ à 10h12 et aucun gâteau n'est arrivé. La fête est dans deux heures !"
        ],
        "it": [
            "L'app dice CONSEGNATO alle 10:12 ma qui non è arrivata nessuna torta. La festa è tra due ore!"
        ],
        "es": [
            "La app pone ENTREGADO a las 10:12 y aquí no ha llegado ninguna tarta. ¡La fiesta es en dos horas!"
        ],
    },
    "collapsed": {
        "pt": [
            "O bolo chegou completamente desfeito, o andar de cima caído para o lado. Paguei {amount} por isto?",
            "Abri a caixa e o bolo estava esmagado contra a tampa. Nem dava para servir.",
        ],
        "de": [
            "Die Torte kam völlig zusammengefallen an, die obere Etage hing zur Seite. Dafür {amount}?",
            "Karton auf und die Torte klebte am Deckel. Nicht mal servierbar.",
        ],
        "en": [
            "Cake arrived completely collapsed, top tier sliding off the side. {amount} for that?"
        ],
        "fr": [
            "Le gâteau est arrivé effondré, l'étage du haut glissé sur le côté. {amount} pour ça ?"
        ],
        "it": [
            "La torta è arrivata tutta crollata, il piano di sopra scivolato di lato. {amount} per questo?"
        ],
        "es": [
            "La tarta llegó hundida, el piso de arriba caído hacia un lado. ¿{amount} por esto?"
        ],
    },
    "wrong_cake": {
        "pt": [
            "Encomendei de morango com 'Parabéns Matilde' e veio de café com 'Parabéns Ricardo'. A miúda a chorar.",
            "Bolo errado! Não é o sabor nem o nome que pedi na encomenda {order}.",
        ],
        "de": [
            "Bestellt war Erdbeere mit 'Alles Gute Mia', gekommen ist Mokka mit 'Alles Gute Ralf'. Das Kind hat geweint.",
            "Falsche Torte! Weder Sorte noch Name stimmen mit Bestellung {order} überein.",
        ],
        "en": [
            "Ordered strawberry with 'Happy Birthday Mia', got coffee with 'Happy Birthday Ralph'. Kid in tears."
        ],
        "fr": [
            "Commandé fraise avec 'Joyeux anniversaire Léa', reçu café avec 'Joyeux anniversaire Raoul'."
        ],
        "it": [
            "Ordinata alla fragola con 'Auguri Sofia', arrivata al caffè con 'Auguri Rocco'. Bimba in lacrime."
        ],
        "es": [
            "Pedí de fresa con 'Feliz cumple Alba' y llegó de café con 'Feliz cumple Ramón'. La niña llorando."
        ],
    },
    "refund": {
        "pt": [
            "Cancelei a encomenda {order} há TRÊS semanas e o reembolso de {amount} ainda não apareceu.",
            "Três semanas à espera do reembolso de uma encomenda cancelada. Isto é normal?",
        ],
        "de": [
            "Bestellung {order} vor DREI Wochen storniert und die {amount} sind immer noch nicht zurück.",
            "Drei Wochen warte ich jetzt auf die Erstattung einer stornierten Bestellung.",
        ],
        "en": [
            "Cancelled order {order} THREE weeks ago and the {amount} refund still hasn't landed."
        ],
        "fr": [
            "Commande {order} annulée il y a TROIS semaines, toujours pas remboursée de {amount}."
        ],
        "it": [
            "Ordine {order} annullato TRE settimane fa e il rimborso di {amount} non è ancora arrivato."
        ],
        "es": [
            "Cancelé el pedido {order} hace TRES semanas y el reembolso de {amount} sigue sin llegar."
        ],
    },
    "club_fee": {
        "pt": [
            "Sou sócia do {club} e cobraram-me a entrega na encomenda {order}. Para que é que pago a mensalidade?",
            "Cobraram taxa de entrega a um sócio {club}. Outra vez não, por favor.",
        ],
        "de": [
            "Ich bin im {club} und trotzdem wurde bei Bestellung {order} Liefergebühr berechnet. Wofür zahle ich dann?",
            "Liefergebühr trotz {club}-Mitgliedschaft. Das kann doch nicht sein.",
        ],
        "en": [
            "I'm a {club} member and got charged delivery on order {order}. What am I paying monthly for?"
        ],
        "fr": ["Je suis membre {club} et on m'a facturé la livraison sur la commande {order}."],
        "it": ["Sono iscritta al {club} e mi avete addebitato la consegna sull'ordine {order}."],
        "es": ["Soy socia del {club} y me habéis cobrado el envío en el pedido {order}."],
    },
    "late": {
        "pt": [
            "O bolo chegou às 17h, a festa era às 14h. Cantámos os parabéns a um pacote de bolachas.",
            "Três horas de atraso e ninguém ligou. O bolo chegou quando os convidados já tinham ido embora.",
        ],
        "de": [
            "Torte kam um 17 Uhr, die Feier war um 14 Uhr. Wir haben einer Packung Kekse Happy Birthday gesungen.",
            "Drei Stunden zu spät und kein Anruf. Die Gäste waren schon weg.",
        ],
        "en": [
            "Cake turned up at 5pm, party was at 2. We sang happy birthday to a packet of biscuits."
        ],
        "fr": [
            "Le gâteau est arrivé à 17 h, la fête était à 14 h. Trois heures de retard sans un appel."
        ],
        "it": [
            "La torta è arrivata alle 17, la festa era alle 14. Tre ore di ritardo senza una telefonata."
        ],
        "es": [
            "La tarta llegó a las 17:00 y la fiesta era a las 14:00. Tres horas tarde y ni una llamada."
        ],
    },
}

WHAT: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "o bolo marcado como entregue que nunca chegou",
        "de": "die Torte, die als geliefert markiert ist und nie kam",
        "en": "the cake marked delivered that never came",
        "fr": "le gâteau marqué livré qui n'est jamais arrivé",
        "it": "la torta segnata come consegnata e mai arrivata",
        "es": "la tarta marcada como entregada que nunca llegó",
    },
    "collapsed": {
        "pt": "o bolo que chegou desfeito",
        "de": "die zusammengefallene Torte",
        "en": "the cake that arrived collapsed",
        "fr": "le gâteau arrivé effondré",
        "it": "la torta arrivata crollata",
        "es": "la tarta que llegó hundida",
    },
    "wrong_cake": {
        "pt": "o bolo errado com o nome errado",
        "de": "die falsche Torte mit dem falschen Namen",
        "en": "the wrong cake with the wrong name on it",
        "fr": "le mauvais gâteau avec le mauvais prénom",
        "it": "la torta sbagliata con il nome sbagliato",
        "es": "la tarta equivocada con el nombre equivocado",
    },
    "refund": {
        "pt": "o reembolso da encomenda cancelada",
        "de": "die Erstattung der stornierten Bestellung",
        "en": "the refund for the cancelled order",
        "fr": "le remboursement de la commande annulée",
        "it": "il rimborso dell'ordine annullato",
        "es": "el reembolso del pedido cancelado",
    },
    "club_fee": {
        "pt": "a taxa de entrega cobrada a uma sócia do clube",
        "de": "die Liefergebühr trotz Club-Mitgliedschaft",
        "en": "the delivery fee charged to a Club member",
        "fr": "les frais de livraison facturés à un membre du Club",
        "it": "la consegna addebitata a un'iscritta al Club",
        "es": "el envío cobrado a una socia del Club",
    },
    "late": {
        "pt": "o bolo que chegou três horas atrasado",
        "de": "die Torte, die drei Stunden zu spät kam",
        "en": "the cake that came three hours late",
        "fr": "le gâteau livré avec trois heures de retard",
        "it": "la torta arrivata con tre ore di ritardo",
        "es": "la tarta que llegó tres horas tarde",
    },
}

SUBJ_COMPLAINT: dict[str, str] = {
    "pt": "Reclamação: encomenda {order}",
    "de": "Beschwerde: Bestellung {order}",
    "en": "Complaint: order {order}",
    "fr": "Réclamation : commande {order}",
    "it": "Reclamo: ordine {order}",
    "es": "Reclamación: pedido {order}",
}
SUBJ_CASE: dict[str, str] = {
    "pt": "RE: Processo {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Pratica {case}",
    "es": "RE: Incidencia {case}",
}

LONG: dict[str, list[str]] = {
    "pt": [
        "Boa tarde,\n\nEscrevo-vos da sala de espera do centro de saúde, com o meu pai ao lado à espera da consulta, por isso desculpem se isto sair desarrumado. Sou cliente há quatro anos, encomendei convosco todos os aniversários dos miúdos e sempre correu bem, por isso custa-me escrever isto.\n\nO problema é {what}. {short}\n\nJá perdi a manhã ao telefone com a família a explicar. Peço que me digam hoje o que vão fazer, porque não tenho tempo para andar atrás disto.\n\nCumprimentos,\n{name}",
        "Olá,\n\nEstou a escrever no comboio de regresso do trabalho, entre Coimbra e Lisboa, e aproveito a viagem. Ando a tratar das obras da casa da minha avó e a última coisa de que precisava era isto.\n\nTrata-se de {what}. {short}\n\nSempre recomendei a {brand} a toda a gente. Gostava de continuar a fazê-lo.\n\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, mein Knie ist seit dem Umzug nicht mehr das alte, also entschuldigen Sie die Form. Ich bestelle seit Jahren bei Ihnen, jeder Geburtstag in der Familie hatte eine {brand}-Torte, und ich war immer sehr angetan.\n\nEs geht um {what}. {short}\n\nIch erwarte heute noch eine Antwort, wie Sie das regeln.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nich sitze gerade im Auto vor der Musikschule und warte auf meinen Sohn, also kurz und ehrlich. Eigentlich bin ich ein treuer Kunde, meine Frau und ich haben sogar unsere Hochzeitstorte bei Ihnen bestellt.\n\nDiesmal geht es um {what}. {short}\n\nSo etwas darf einfach nicht passieren. Bitte melden Sie sich.\n\n{name}",
    ],
    "en": [
        "Hello,\n\nWriting this from the car park at the hospital while my mum has her check-up, so forgive the state of it. We've ordered every family cake from you for three years.\n\nIt's about {what}. {short}\n\nPlease tell me today what you'll do about it.\n\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le train, entre deux rendez-vous, pardon pour la forme. Je commande chez vous depuis des années.\n\nIl s'agit de {what}. {short}\n\nMerci de me répondre aujourd'hui.\n\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista, scusate la forma. Ordino da voi da anni, per ogni compleanno.\n\nSi tratta de {what}. {short}\n\nVi chiedo di rispondermi oggi stesso.\n\n{name}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde la puerta del colegio esperando a los peques, perdón por el desorden. Llevo años pidiendo todas las tartas de la familia con vosotros.\n\nSe trata de {what}. {short}\n\nPor favor, decidme hoy qué vais a hacer.\n\n{name}"
    ],
}

PHONE_COMPLAINT: dict[str, list[str]] = {
    "pt": [
        "olá estou a ligar por causa de {what} encomenda {order} e isto não pode ser tinha a festa hoje",
        "boa tarde liguei por causa de {what} quero saber quem me resolve isto",
    ],
    "de": [
        "ja guten Tag ich rufe an wegen {what} Bestellung {order} das geht so nicht wir hatten heute die Feier",
        "hallo ich ruf an wegen {what} wer kümmert sich jetzt darum",
    ],
    "en": [
        "hi I'm ringing about {what} order {order} and honestly this isn't on we had the party today"
    ],
    "fr": ["oui bonjour j'appelle pour {what} commande {order} et franchement ça ne va pas"],
    "it": ["pronto buongiorno chiamo per {what} ordine {order} e così non va proprio"],
    "es": ["hola buenas llamo por {what} pedido {order} y esto no puede ser"],
}

SOCIAL_COMPLAINT: dict[str, list[str]] = {
    "pt": ["Obrigadinha {brand}, {what}. Dia estragado.", "{brand}, {what}. Expliquem-me isto."],
    "de": [
        "Danke für nichts, {brand}: {what}. Tag gelaufen.",
        "{brand}, {what}. Erklärt mir das mal.",
    ],
    "en": ["Cheers for nothing {brand}: {what}. Day ruined."],
    "fr": ["Merci pour rien {brand} : {what}. Journée gâchée."],
    "it": ["Grazie di niente {brand}: {what}. Giornata rovinata."],
    "es": ["Gracias por nada {brand}: {what}. Día arruinado."],
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {name}, lamentamos muito. Abrimos o processo {case} e a equipa responde-lhe até amanhã.",
    "de": "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns bis morgen.",
    "en": "Hello {name}, we're very sorry. We've opened case {case} and the team will get back to you by tomorrow.",
    "fr": "Bonjour {name}, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous d'ici demain.",
    "it": "Buongiorno {name}, ci dispiace molto. Abbiamo aperto la pratica {case} e la ricontattiamo entro domani.",
    "es": "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos antes de mañana.",
}

CHAT_CASE: dict[str, str] = {
    "pt": "Lamento imenso, {name}. Registei tudo no processo {case}, a equipa trata disso hoje.",
    "de": "Das tut mir wirklich leid, {name}. Ich habe alles im Vorgang {case} festgehalten, das Team kümmert sich heute darum.",
    "en": "Really sorry, {name}. I've logged it all under case {case}, the team will pick it up today.",
    "fr": "Vraiment désolée, {name}. J'ai tout noté dans le dossier {case}, l'équipe s'en occupe aujourd'hui.",
    "it": "Mi dispiace davvero, {name}. Ho registrato tutto nella pratica {case}, il team se ne occupa oggi.",
    "es": "Lo siento mucho, {name}. Lo he dejado todo en la incidencia {case}, el equipo lo mira hoy.",
}

CHAT_URGENT: dict[str, str] = {
    "pt": "Acrescentei ao processo {case} e marquei como urgente, {name}.",
    "de": "Ich habe es zum Vorgang {case} hinzugefügt und als dringend markiert, {name}.",
    "en": "Added to case {case} and marked urgent, {name}.",
    "fr": "Ajouté au dossier {case} et marqué urgent, {name}.",
    "it": "Aggiunto alla pratica {case} e segnato come urgente, {name}.",
    "es": "Añadido a la incidencia {case} y marcado como urgente, {name}.",
}

QUALITY: dict[str, str] = {
    "pt": "Olá {name}, o seu processo {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço.",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie vor Freitagmittag anruft.",
    "en": "Hello {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {name}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Buongiorno {name}, la sua pratica {case} è ora dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "es": "Hola {name}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}

GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {name}, boas notícias sobre o processo {case}: está resolvido e devolvemos o valor total. Pode confirmar-nos que está tudo bem?",
    "de": "Hallo {name}, gute Nachrichten zu Vorgang {case}: erledigt, wir haben den vollen Betrag erstattet. Können Sie kurz bestätigen, dass alles passt?",
    "en": "Hello {name}, good news on case {case}: it's sorted and we've refunded the full amount. Could you confirm all is well?",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : c'est réglé, nous avons remboursé la totalité. Pouvez-vous nous confirmer que tout va bien ?",
    "it": "Buongiorno {name}, buone notizie sulla pratica {case}: risolto, abbiamo rimborsato l'intero importo. Può confermarci che è tutto a posto?",
    "es": "Hola {name}, buenas noticias sobre la incidencia {case}: resuelto y te hemos devuelto el importe completo. ¿Nos confirmas que todo está bien?",
}

CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, processo {case} resolvido, já recebi. Obrigada!",
        "tudo certo com o {case}, obg pela rapidez",
    ],
    "de": [
        "Bestätige: Vorgang {case} erledigt, Geld ist da. Danke!",
        "passt alles mit {case}, danke fürs schnelle Klären",
    ],
    "en": ["Confirmed, case {case} sorted, money's back. Thanks!"],
    "fr": ["Je confirme, dossier {case} réglé, bien reçu. Merci !"],
    "it": ["Confermo, pratica {case} risolta, ricevuto. Grazie!"],
    "es": ["Confirmado, incidencia {case} resuelta, ya lo tengo. ¡Gracias!"],
}

APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Desculpem o tom de ontem, estava com a festa em cima. Obrigada por terem resolvido.",
        "peço desculpa pela mensagem de ontem, foi o stress. vocês foram impecáveis",
    ],
    "de": [
        "Sorry für meinen Ton gestern, der Stress mit der Feier. Danke, dass Sie das so schnell gelöst haben.",
        "entschuldigung wegen gestern, war echt durch. ihr wart top",
    ],
    "en": ["Sorry for the tone yesterday, party stress. Thanks for sorting it so fast."],
    "fr": ["Désolée pour le ton d'hier, le stress de la fête. Merci d'avoir réglé ça si vite."],
    "it": [
        "Scusate il tono di ieri, lo stress della festa. Grazie per aver risolto così in fretta."
    ],
    "es": [
        "Perdón por el tono de ayer, el estrés de la fiesta. Gracias por resolverlo tan rápido."
    ],
}

FOLLOW: dict[str, list[str]] = {
    "pt": [
        "Volto a escrever sobre o processo {case}: {what}. Continua tudo por resolver e ninguém me disse nada.",
        "Processo {case} ainda em aberto. Ainda estou à espera de uma resposta sobre {what}.",
    ],
    "de": [
        "Ich schreibe nochmal wegen Vorgang {case}: {what}. Immer noch nicht gelöst, keiner meldet sich.",
        "Vorgang {case} ist immer noch offen. Ich warte weiter auf eine Antwort zu {what}.",
    ],
    "en": [
        "Writing again about case {case}: {what}. Still not sorted and nobody has come back to me."
    ],
    "fr": [
        "Je reviens sur le dossier {case} : {what}. Toujours rien de réglé, personne ne m'a recontacté."
    ],
    "it": [
        "Riscrivo per la pratica {case}: {what}. Ancora niente di risolto, nessuno si è fatto sentire."
    ],
    "es": [
        "Vuelvo a escribir por la incidencia {case}: {what}. Sigue sin resolverse y nadie me ha dicho nada."
    ],
}

PHONE_FOLLOW: dict[str, list[str]] = {
    "pt": [
        "olá é outra vez por causa do processo {case} {what} continua sem resposta",
        "boa tarde liguei de novo processo {case} ainda nada resolvido",
    ],
    "de": [
        "ja hallo schon wieder wegen Vorgang {case} {what} immer noch nichts passiert",
        "hallo ich ruf nochmal an Vorgang {case} ist immer noch offen",
    ],
    "en": ["hi it's me again about case {case} {what} still nothing"],
    "fr": ["oui bonjour c'est encore pour le dossier {case} {what} toujours rien"],
    "it": ["pronto sono di nuovo io per la pratica {case} {what} ancora niente"],
    "es": ["hola otra vez por la incidencia {case} {what} sigue sin nada"],
}

THIRD: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que escrevo sobre o processo {case}. Uma colega encomenda na {comp} e lá resolvem isto no mesmo dia.",
        "Processo {case}, terceira mensagem. Já fui ver quanto cobra a {comp}.",
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case}. Eine Kollegin bestellt bei {comp}, da wird so was am selben Tag geklärt.",
        "Dritte Nachricht zu Vorgang {case}. Ich habe mir schon die Preise von {comp} angeschaut.",
    ],
    "en": [
        "Third time writing about case {case}. A colleague orders from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Une collègue commande chez {comp}, eux règlent ça le jour même."
    ],
    "it": [
        "Terza volta per la pratica {case}. Una collega ordina da {comp} e lì risolvono in giornata."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {case}. Una compañera pide en {comp} y allí lo arreglan en el día."
    ],
}

FOURTH: dict[str, list[str]] = {
    "pt": ["QUARTA vez. Processo {case}. {what}. Ainda nada. A sério?"],
    "de": ["Das VIERTE Mal. Vorgang {case}. {what}. Immer noch nichts. Im Ernst?"],
    "en": ["FOURTH time. Case {case}. {what}. Still nothing. Seriously?"],
    "fr": ["QUATRIÈME fois. Dossier {case}. {what}. Toujours rien. Sérieusement ?"],
    "it": ["QUARTA volta. Pratica {case}. {what}. Ancora niente. Sul serio?"],
    "es": ["CUARTA vez. Incidencia {case}. {what}. Nada todavía. ¿En serio?"],
}

# Six steps of a slow slide; the last names a competitor.
SLIDE: dict[str, list[list[str]]] = {
    "pt": [
        [
            "Desta vez o bolo chegou uma hora depois do previsto. Nada de grave, mas avisem.",
            "A cobertura vinha meio derretida e a placa de chocolate partida. Começa a ser desleixo.",
            "Mudaram a receita do bolo de chocolate? Está seco e muito mais doce. Não gostei.",
            "Subiram o preço do bolo de números em 8 € e a caixa agora é de cartão fino. Hmm.",
            "Pedi reembolso de um bolo esmagado e a app só me oferece um vale de 5 €. Ridículo.",
            "A minha cunhada encomenda na {comp} e já reservei lá o bolo do batizado. Chega.",
        ],
    ],
    "de": [
        [
            "Diesmal kam die Torte eine Stunde später als angekündigt. Nicht schlimm, aber sagt Bescheid.",
            "Die Glasur war halb geschmolzen und die Schokoplatte zerbrochen. Wird langsam schlampig.",
            "Habt ihr das Rezept geändert? Die Schokotorte ist trocken und viel süßer. Schade.",
            "Die Zahlentorte kostet jetzt 8 € mehr und der Karton ist dünnes Zeug. Hmm.",
            "Erstattung für eine zerdrückte Torte beantragt, die App bietet mir einen 5-€-Gutschein an. Lächerlich.",
            "Meine Schwägerin bestellt bei {comp}, ich hab die Tauftorte jetzt dort bestellt. Reicht.",
        ],
    ],
    "en": [
        [
            "Cake came an hour later than the slot this time. No drama, but a text would be nice.",
            "Icing half melted and the chocolate plaque snapped. Getting sloppy.",
            "Have you changed the chocolate cake recipe? Dry and far too sweet now.",
            "Number cake up £7 and the box is flimsy card now. Hmm.",
            "Asked for a refund on a squashed cake and the app offers a £4 voucher. Ridiculous.",
            "My sister-in-law orders from {comp}, I've booked the christening cake there. Done.",
        ]
    ],
    "fr": [
        [
            "Le gâteau est arrivé avec une heure de retard cette fois. Pas grave, mais prévenez.",
            "Glaçage à moitié fondu et plaque en chocolat cassée. Ça se relâche.",
            "Vous avez changé la recette du gâteau au chocolat ? Sec et beaucoup trop sucré.",
            "Le gâteau chiffres a pris 8 € et la boîte est en carton fin. Hmm.",
            "Demande de remboursement pour un gâteau écrasé, l'appli propose un bon de 5 €. Ridicule.",
            "Ma belle-sœur commande chez {comp}, j'ai réservé le gâteau du baptême là-bas. Terminé.",
        ]
    ],
    "it": [
        [
            "Stavolta la torta è arrivata con un'ora di ritardo. Niente di grave, ma avvisate.",
            "Glassa mezza sciolta e placca di cioccolato rotta. Si sta peggiorando.",
            "Avete cambiato la ricetta della torta al cioccolato? Secca e troppo dolce.",
            "La torta numero costa 8 € in più e la scatola è di cartone sottile. Mah.",
            "Chiesto il rimborso per una torta schiacciata, l'app offre un buono da 5 €. Ridicolo.",
            "Mia cognata ordina da {comp}, ho prenotato lì la torta del battesimo. Basta.",
        ]
    ],
    "es": [
        [
            "Esta vez la tarta llegó una hora tarde. Nada grave, pero avisad.",
            "Glaseado medio derretido y la placa de chocolate rota. Cada vez más dejados.",
            "¿Habéis cambiado la receta de la tarta de chocolate? Seca y demasiado dulce.",
            "La tarta de números ha subido 8 € y la caja ahora es de cartón fino. Mmm.",
            "Pido reembolso por una tarta aplastada y la app me ofrece un vale de 5 €. Ridículo.",
            "Mi cuñada pide en {comp} y ya he encargado allí la tarta del bautizo. Se acabó.",
        ]
    ],
}

CANCEL: dict[str, list[str]] = {
    "pt": [
        "Olá, os miúdos já cresceram e as festas agora são no restaurante. Quero cancelar o {club} e fechar a conta, por favor.",
        "Boa tarde, vou mudar-me para os Açores e a {brand} não entrega lá. Peço o cancelamento do {club} e o fecho da conta.",
    ],
    "de": [
        "Hallo, die Kinder sind aus dem Haus, Torten brauchen wir kaum noch. Bitte den {club} kündigen und das Konto schließen.",
        "Guten Tag, wir ziehen nach Schweden. Ich möchte den {club} kündigen und mein Konto schließen.",
    ],
    "en": [
        "Hi, I've started baking my own since the course I did, so please cancel my {club} membership and close the account."
    ],
    "fr": [
        "Bonjour, je déménage à la campagne hors zone de livraison. Merci de résilier mon {club} et de fermer mon compte."
    ],
    "it": [
        "Buongiorno, ho iniziato a fare le torte da sola. Vorrei disdire il {club} e chiudere l'account."
    ],
    "es": [
        "Hola, me mudo fuera y no llegáis allí. Quiero darme de baja del {club} y cerrar la cuenta."
    ],
}

SORRY_GO: dict[str, str] = {
    "pt": "Olá {name}, temos pena de a ver partir. Pode cancelar o {club} na app ou no site, em Conta > Subscrição.",
    "de": "Hallo {name}, schade, dass Sie gehen. Sie können den {club} selbst in der App oder auf der Website kündigen, unter Konto > Mitgliedschaft.",
    "en": "Hello {name}, sorry to see you go. You can cancel {club} yourself in the app or on the website, under Account > Membership.",
    "fr": "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier le {club} dans l'appli ou sur le site, Compte > Abonnement.",
    "it": "Buongiorno {name}, ci dispiace vederla andare via. Può disdire il {club} da sola nell'app o sul sito, in Account > Abbonamento.",
    "es": "Hola {name}, sentimos que te vayas. Puedes cancelar el {club} en la app o en la web, en Cuenta > Suscripción.",
}

GRUMBLES: dict[str, list[str]] = {
    "pt": [
        "A app faz logout sempre que a abro. Sempre.",
        "SMS às 6 da manhã a dizer que a entrega é hoje. Obrigadinha.",
        "Fila de 25 minutos na loja de Campo de Ourique ao sábado.",
        "Os talheres de plástico que vêm com o bolo partem-se logo.",
        "A janela de entrega mudou e ninguém avisou.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Jedes. Mal.",
        "SMS um 6 Uhr morgens, dass heute geliefert wird. Danke auch.",
        "25 Minuten Schlange in der Filiale am Samstag.",
        "Die Plastikgabeln in der Box brechen sofort.",
        "Lieferfenster geändert, ohne Bescheid zu sagen.",
    ],
    "en": [
        "App logs me out every time. Every. Time.",
        "Text at 6am saying delivery is today. Thanks for that.",
        "25-minute queue at the shop on Saturday.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois.",
        "SMS à 6 h pour dire que la livraison c'est aujourd'hui.",
        "25 minutes de queue en boutique le samedi.",
    ],
    "it": [
        "L'app mi disconnette ogni volta.",
        "SMS alle 6 per dire che la consegna è oggi. Grazie eh.",
        "25 minuti di fila in negozio il sabato.",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "SMS a las 6 de la mañana para decir que la entrega es hoy.",
        "25 minutos de cola en la tienda el sábado.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Entrega 'expresso' às 21h40, mesmo a tempo do pequeno-almoço de amanhã 👏",
        "Adorei a caixa 'à prova de choque' que chegou amolgada dos dois lados 🙃",
    ],
    "de": [
        "'Express'-Lieferung um 21:40, pünktlich fürs Frühstück morgen 👏",
        "Toll, der 'stoßfeste' Karton, auf beiden Seiten eingedellt 🙃",
    ],
    "en": ["Loved the 'express' delivery at 9:40pm, just in time for breakfast tomorrow 👏"],
    "fr": ["Super la livraison 'express' à 21h40, pile pour le petit-déj de demain 👏"],
    "it": ["Bellissima la consegna 'express' alle 21:40, giusto in tempo per la colazione 👏"],
    "es": ["Me encanta la entrega 'exprés' a las 21:40, justo para el desayuno de mañana 👏"],
}

MILD: dict[str, list[str]] = {
    "pt": [
        "A pesquisa de lojas mostra Braga quando estou em Faro, podem ver isso?",
        "As notificações vêm em inglês apesar de ter a app em português.",
    ],
    "de": [
        "Die Filialsuche zeigt mir Köln an, obwohl ich in Graz bin. Könnt ihr das anschauen?",
        "Die Benachrichtigungen kommen auf Englisch, obwohl die App auf Deutsch steht.",
    ],
    "en": ["Shop finder shows Leeds when I'm in Cork, could you look at it?"],
    "fr": ["Les notifications arrivent en anglais alors que l'appli est en français."],
    "it": ["Le notifiche arrivano in inglese anche se l'app è in italiano."],
    "es": ["El buscador de tiendas me pone Bilbao y estoy en Sevilla, ¿lo miráis?"],
}

MILD_ACK: dict[str, str] = {
    "pt": "Olá {name}, obrigado pelo aviso, já passámos à equipa da app.",
    "de": "Hallo {name}, danke für den Hinweis, wir haben ihn ans App-Team weitergegeben.",
    "en": "Hello {name}, thanks for flagging it, we've passed it to the app team.",
    "fr": "Bonjour {name}, merci du signalement, transmis à l'équipe de l'appli.",
    "it": "Buongiorno {name}, grazie della segnalazione, l'abbiamo passata al team dell'app.",
    "es": "Hola {name}, gracias por avisar, se lo hemos pasado al equipo de la app.",
}

# Business arm (Dolcivo Pro): four company problems.
B2B_PROBLEMS = ("invoice", "blocked", "portal", "overbilled")

B2B_WHAT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "as faturas continuam sem o nosso número de encomenda e com o NIF antigo",
        "de": "die Rechnungen haben immer noch keine Bestellnummer und die alte USt-ID",
        "en": "the invoices still carry no PO number and our old VAT number",
        "fr": "les factures n'ont toujours pas de numéro de bon de commande et l'ancien numéro de TVA",
        "it": "le fatture non hanno ancora il numero d'ordine e riportano la vecchia partita IVA",
        "es": "las facturas siguen sin número de pedido y con el CIF antiguo",
    },
    "blocked": {
        "pt": "o portal recusa as nossas encomendas com 'conta bloqueada' apesar de tudo pago",
        "de": "das Portal lehnt unsere Bestellungen mit 'Konto gesperrt' ab, obwohl alles bezahlt ist",
        "en": "the portal refuses our orders with 'account on hold' although everything is paid",
        "fr": "le portail refuse nos commandes avec 'compte bloqué' alors que tout est payé",
        "it": "il portale rifiuta i nostri ordini con 'conto bloccato' anche se è tutto pagato",
        "es": "el portal rechaza nuestros pedidos con 'cuenta bloqueada' aunque está todo pagado",
    },
    "portal": {
        "pt": "a encomenda semanal não aparece no portal e não a conseguimos alterar nem suspender",
        "de": "die Wochenbestellung taucht im Portal nicht auf, wir können sie weder ändern noch pausieren",
        "en": "the weekly order doesn't show in the portal so we can't change or pause it",
        "fr": "la commande hebdomadaire n'apparaît pas dans le portail, impossible de la modifier",
        "it": "l'ordine settimanale non compare nel portale e non possiamo modificarlo",
        "es": "el pedido semanal no aparece en el portal y no podemos cambiarlo ni pausarlo",
    },
    "overbilled": {
        "pt": "estão a faturar a preço de tabela e não o preço do contrato",
        "de": "Sie berechnen Listenpreise statt unserer Vertragspreise",
        "en": "you're billing list prices instead of our contract prices",
        "fr": "vous facturez au prix catalogue au lieu du prix contractuel",
        "it": "fatturate a prezzo di listino invece che al prezzo di contratto",
        "es": "nos facturáis a precio de tarifa y no al precio del contrato",
    },
}

B2B_FIRST: dict[str, list[str]] = {
    "pt": [
        "Bom dia,\n\nescrevo pela {company}: {what}. A contabilidade não consegue lançar nada assim. Agradeço correção urgente.\n\n{name}\n{job}",
        "Olá, {what}. Preciso disto resolvido esta semana.\n\n{name}, {company}",
    ],
    "de": [
        "Guten Morgen,\n\nich schreibe für die {company}: {what}. Unsere Buchhaltung kann so nichts verbuchen. Bitte dringend korrigieren.\n\n{name}\n{job}",
        "Hallo, {what}. Das muss diese Woche gelöst sein.\n\n{name}, {company}",
    ],
    "en": [
        "Good morning,\n\nwriting for {company}: {what}. Our accounts team can't process anything like this. Please fix urgently.\n\n{name}\n{job}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris pour {company} : {what}. Notre comptabilité ne peut rien traiter ainsi. Merci de corriger rapidement.\n\n{name}\n{job}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo per {company}: {what}. La contabilità così non può registrare nulla. Chiedo una correzione urgente.\n\n{name}\n{job}"
    ],
    "es": [
        "Buenos días,\n\nos escribo por {company}: {what}. Contabilidad no puede registrar nada así. Pido corrección urgente.\n\n{name}\n{job}"
    ],
}

B2B_LATER: dict[str, list[str]] = {
    "pt": [
        "Como a {first} já vos escreveu na {day} (processo {case}): {what}. Também me afeta a mim.\n\n{name}, {job}",
        "Junto-me ao processo {case} que a {first} abriu na {day}: {what}. Continua igual.\n\n{name}",
    ],
    "de": [
        "Wie {first} Ihnen schon am {day} geschrieben hat (Vorgang {case}): {what}. Betrifft mich genauso.\n\n{name}, {job}",
        "Ich schließe mich Vorgang {case} an, den {first} am {day} eröffnet hat: {what}. Unverändert.\n\n{name}",
    ],
    "en": [
        "As {first} already wrote on {day} (case {case}): {what}. Same problem on my side.\n\n{name}, {job}"
    ],
    "fr": [
        "Comme {first} vous l'a écrit {day} (dossier {case}) : {what}. Même problème chez moi.\n\n{name}, {job}"
    ],
    "it": [
        "Come {first} vi ha già scritto {day} (pratica {case}): {what}. Stesso problema anche per me.\n\n{name}, {job}"
    ],
    "es": [
        "Como ya os escribió {first} el {day} (incidencia {case}): {what}. Mismo problema por mi parte.\n\n{name}, {job}"
    ],
}

B2B_LAST_EMAIL: dict[str, str] = {
    "pt": "Processo {case}: continua tudo igual, {what}, e já vários colegas vos escreveram. As compras já pediram preços à {comp}.\n\n{name}",
    "de": "Vorgang {case}: nichts hat sich getan, {what}, und mehrere Kollegen haben Ihnen geschrieben. Der Einkauf hat schon bei {comp} ein Angebot angefragt.\n\n{name}",
    "en": "Case {case}: nothing has changed, {what}, and several colleagues have written. Procurement has already asked {comp} for their rates.\n\n{name}",
    "fr": "Dossier {case} : rien n'a changé, {what}, et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}",
    "it": "Pratica {case}: non è cambiato nulla, {what}, e diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}.\n\n{name}",
    "es": "Incidencia {case}: todo sigue igual, {what}, y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.\n\n{name}",
}

B2B_LAST_CALL: dict[str, str] = {
    "pt": "bom dia é por causa do processo {case} continua tudo igual já vos escreveram vários colegas o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "guten Tag es geht um Vorgang {case} es ist immer noch nichts passiert mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht gelöst ist",
    "en": "morning it's about case {case} nothing's changed several of us have written my boss says we move the account if it isn't fixed this week",
    "fr": "bonjour c'est pour le dossier {case} rien n'a bougé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "buongiorno è per la pratica {case} non è cambiato niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "buenos días es por la incidencia {case} sigue todo igual varios compañeros ya os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}

B2B_ACK: dict[str, str] = {
    "pt": "Bom dia {name}, obrigado. Registámos o pedido com o processo {case} e a equipa de contas empresariais responde até amanhã.",
    "de": "Guten Tag {name}, danke. Wir haben das unter Vorgang {case} erfasst, das Firmenkundenteam meldet sich bis morgen.",
    "en": "Hello {name}, thank you. We've logged this as case {case}; the business accounts team will reply by tomorrow.",
    "fr": "Bonjour {name}, merci. C'est enregistré sous le dossier {case}, l'équipe comptes entreprises répond d'ici demain.",
    "it": "Buongiorno {name}, grazie. Registrato con la pratica {case}, il team clienti aziendali risponde entro domani.",
    "es": "Hola {name}, gracias. Lo hemos registrado como incidencia {case}; el equipo de cuentas de empresa responde antes de mañana.",
}

SUGGEST: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria ótimo exportar as faturas por centro de custo.",
        "Era útil a guia de entrega indicar os alergénios de cada caixa.",
    ],
    "de": [
        "Vorschlag: Rechnungen nach Kostenstelle exportieren wäre super.",
        "Es wäre praktisch, wenn der Lieferschein die Allergene je Box nennt.",
    ],
    "en": ["Suggestion: exporting invoices by cost centre would be great."],
    "fr": ["Suggestion : pouvoir exporter les factures par centre de coût serait top."],
    "it": ["Suggerimento: esportare le fatture per centro di costo sarebbe utile."],
    "es": ["Sugerencia: exportar las facturas por centro de coste sería genial."],
}

SUGGEST_ACK: dict[str, str] = {
    "pt": "Olá {name}, obrigado pela sugestão, passámos à equipa do portal.",
    "de": "Hallo {name}, danke für den Vorschlag, er ist beim Portal-Team.",
    "en": "Hello {name}, thanks for the suggestion, it's with the portal team.",
    "fr": "Bonjour {name}, merci pour la suggestion, transmise à l'équipe du portail.",
    "it": "Buongiorno {name}, grazie del suggerimento, passato al team del portale.",
    "es": "Hola {name}, gracias por la sugerencia, se la hemos pasado al equipo del portal.",
}

B2B_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia, dá para aumentar a caixa de quinta-feira para 80 peças?",
            "Bom dia {name}, sim, já ficou alterado para 80 peças.",
        ),
        (
            "Podem entregar na receção em vez do 3.º andar?",
            "Claro, {name}, ficou anotado: entrega na receção.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, können wir die Donnerstagsbox auf 80 Stück erhöhen?",
            "Guten Morgen {name}, ja, ist auf 80 Stück geändert.",
        ),
        (
            "Können Sie an den Empfang statt in den 3. Stock liefern?",
            "Gern, {name}, ist vermerkt: Lieferung an den Empfang.",
        ),
    ],
    "en": [
        (
            "Morning, can we bump Thursday's box to 80 pieces?",
            "Morning {name}, yes, changed to 80 pieces.",
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on passer la boîte du jeudi à 80 pièces ?",
            "Bonjour {name}, oui, c'est passé à 80 pièces.",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo portare la box del giovedì a 80 pezzi?",
            "Buongiorno {name}, sì, modificata a 80 pezzi.",
        )
    ],
    "es": [
        (
            "Buenos días, ¿podemos subir la caja del jueves a 80 piezas?",
            "Buenos días {name}, sí, cambiada a 80 piezas.",
        )
    ],
}

B2B_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Os pastéis da {pro} na reunião de segunda foram elogiados por toda a gente.",
        "Entrega sempre à hora na nossa receção, recomendo a {pro}.",
    ],
    "de": [
        "Das Gebäck von {pro} im Montagsmeeting kam bei allen super an.",
        "Immer pünktlich an unserem Empfang, {pro} kann ich empfehlen.",
    ],
    "en": ["The {pro} pastries at Monday's meeting went down a storm."],
    "fr": ["Les viennoiseries {pro} à la réunion de lundi ont fait l'unanimité."],
    "it": ["I dolci di {pro} alla riunione di lunedì sono piaciuti a tutti."],
    "es": ["Los dulces de {pro} en la reunión del lunes triunfaron."],
}

WEEKDAY: dict[str, list[str]] = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

# The planted incident of topic_spike.
SPIKE: dict[str, list[str]] = {
    "pt": [
        "A app diz que todas as datas estão ESGOTADAS, até daqui a um mês. Erro {code}. Preciso do bolo para amanhã!",
        "não consigo encomendar nada, o calendário está todo a cinzento 'esgotado' em todas as lojas",
        "No site também: todas as datas de entrega e levantamento esgotadas. Isto é um erro vosso?",
    ],
    "de": [
        "Die App zeigt jeden Liefertermin als AUSGEBUCHT, bis in einem Monat. Fehler {code}. Ich brauch die Torte morgen!",
        "kann nichts bestellen, der Kalender ist komplett grau 'ausgebucht', auch bei Abholung",
        "Auf der Website genauso: alle Liefer- und Abholtermine ausgebucht, Meldung {code}. Fehler bei euch?",
    ],
    "en": [
        "Every single date in the app says SOLD OUT, even next month. Error {code}. Need the cake tomorrow!",
        "can't order anything, whole calendar greyed out 'sold out' for delivery and pick-up",
    ],
    "fr": [
        "Toutes les dates sont COMPLÈTES dans l'appli, même le mois prochain. Erreur {code}.",
        "impossible de commander, tout le calendrier est grisé 'complet', livraison comme retrait",
    ],
    "it": [
        "Tutte le date nell'app risultano ESAURITE, anche il mese prossimo. Errore {code}.",
        "non riesco a ordinare niente, calendario tutto grigio 'esaurito' anche per il ritiro",
    ],
    "es": [
        "La app pone AGOTADO en todas las fechas, hasta el mes que viene. Error {code}.",
        "no puedo pedir nada, el calendario sale todo gris 'agotado', también para recoger",
    ],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "pt": [
        "Continua tudo esgotado, agora também no telemóvel do meu marido. {code} outra vez.",
        "ainda nada, experimentei no site e na app, tudo esgotado",
    ],
    "de": [
        "Immer noch alles ausgebucht, jetzt auch auf dem Handy meines Mannes. Wieder {code}.",
        "immer noch nichts, Website und App, alles ausgebucht",
    ],
    "en": ["Still all sold out, tried on my partner's phone too. {code} again."],
    "fr": ["Toujours tout complet, même sur le téléphone de mon mari. Encore {code}."],
    "it": ["Ancora tutto esaurito, anche dal telefono di mio marito. Di nuovo {code}."],
    "es": ["Sigue todo agotado, también en el móvil de mi marido. Otra vez {code}."],
}

SPIKE_CHAT: dict[str, str] = {
    "pt": "Sim, {name}, o calendário está a mostrar tudo esgotado neste momento, a equipa técnica está a tratar disso.",
    "de": "Ja, {name}, der Kalender zeigt gerade alles als ausgebucht, unsere Technik ist dran.",
    "en": "Yes, {name}, the calendar is showing everything as sold out right now, our engineers are on it.",
    "fr": "Oui, {name}, le calendrier affiche tout complet en ce moment, nos techniciens s'en occupent.",
    "it": "Sì, {name}, il calendario mostra tutto esaurito in questo momento, i tecnici ci stanno lavorando.",
    "es": "Sí, {name}, el calendario muestra todo agotado ahora mismo, el equipo técnico está en ello.",
}

WORKS_AGAIN: dict[str, str] = {
    "pt": "Olá {name}, o calendário voltou a funcionar desde as 11h40. Pelo incómodo, a entrega de hoje é por nossa conta e juntámos {amount} de crédito.",
    "de": "Hallo {name}, der Kalender funktioniert seit 12:40 wieder. Für die Umstände übernehmen wir die Lieferung heute und haben {amount} Guthaben gebucht.",
    "en": "Hello {name}, the calendar works again since 11:40. For the trouble, today's delivery is on us and we've added {amount} credit.",
    "fr": "Bonjour {name}, le calendrier fonctionne de nouveau depuis 12h40. Pour la gêne, la livraison d'aujourd'hui est offerte et {amount} de crédit ajoutés.",
    "it": "Buongiorno {name}, il calendario funziona di nuovo dalle 12:40. Per il disagio, la consegna di oggi è offerta e abbiamo aggiunto {amount} di credito.",
    "es": "Hola {name}, el calendario vuelve a funcionar desde las 12:40. Por las molestias, el envío de hoy corre de nuestra cuenta y te hemos añadido {amount} de saldo.",
}

LONE_Q: dict[str, tuple[str, str]] = {
    "pt": (
        "O sábado aparece a cinzento no calendário, é por já ter passado a hora limite das 18h de ontem?",
        "Olá {name}, exatamente: depois das 18h da véspera o dia fecha para entregas. Domingo ainda está aberto.",
    ),
    "de": (
        "Samstag ist im Kalender grau, liegt das daran, dass der Bestellschluss um 18 Uhr vorbei ist?",
        "Hallo {name}, genau: nach 18 Uhr am Vortag schließt der Tag für Lieferungen. Sonntag ist noch frei.",
    ),
    "en": (
        "Saturday's greyed out in the calendar, is that because the 6pm cut-off has passed?",
        "Hi {name}, exactly: after 6pm the day before, that day closes for delivery. Sunday is still open.",
    ),
    "fr": (
        "Samedi est grisé dans le calendrier, c'est à cause de l'heure limite de 18 h ?",
        "Bonjour {name}, exactement : après 18 h la veille, le jour est fermé. Dimanche reste ouvert.",
    ),
    "it": (
        "Sabato è grigio nel calendario, è perché è passato il limite delle 18?",
        "Ciao {name}, esatto: dopo le 18 del giorno prima la data si chiude. Domenica è ancora aperta.",
    ),
    "es": (
        "El sábado sale en gris en el calendario, ¿es porque ya pasó el límite de las 18:00?",
        "Hola {name}, exacto: después de las 18:00 del día anterior ese día se cierra. El domingo sigue abierto.",
    ),
}

GRUMBLE_ONCE_MON: dict[str, str] = {
    "pt": "O mapa de seguimento da entrega demora imenso a carregar na app.",
    "de": "Die Lieferverfolgung in der App lädt ewig.",
    "en": "The delivery tracking map takes ages to load in the app.",
    "fr": "La carte de suivi de livraison met une éternité à charger.",
    "it": "La mappa di tracciamento della consegna ci mette un'eternità a caricare.",
    "es": "El mapa de seguimiento del envío tarda muchísimo en cargar.",
}

GRUMBLE_ONCE_ANSWER: dict[str, str] = {
    "pt": "Olá {name}, obrigado, a equipa já está a otimizar o mapa.",
    "de": "Hallo {name}, danke, das Team optimiert die Karte gerade.",
    "en": "Hi {name}, thanks, the team is speeding the map up.",
    "fr": "Bonjour {name}, merci, l'équipe optimise la carte.",
    "it": "Ciao {name}, grazie, il team sta velocizzando la mappa.",
    "es": "Hola {name}, gracias, el equipo está acelerando el mapa.",
}
