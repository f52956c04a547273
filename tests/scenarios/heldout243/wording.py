# ruff: noqa: E501
"""Wording of heldout243 (Gelunda: artisan gelato delivered in insulated boxes).

Every table is written per language; Portuguese and French carry two or three
variants, English, German, Italian and Spanish at least one. Placeholders
(case, comp, first, day, item, amt, time) are filled by ``make_heldout243.py``.
"""

from __future__ import annotations

LANGS = ("pt", "fr", "en", "de", "it", "es")

FIRST = {
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Rui",
        "Mariana",
        "Tiago",
        "Carla",
        "Nuno",
        "Sofia",
        "Duarte",
        "Leonor",
        "Miguel",
        "Rita",
        "Pedro",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Chloé",
        "Antoine",
        "Margaux",
        "Théo",
        "Sophie",
        "Nicolas",
        "Aurélie",
        "Bastien",
        "Léa",
        "Hugo",
    ],
    "en": ["Hannah", "Oliver", "Niamh", "Callum", "Grace", "Liam", "Amelia", "Rory"],
    "de": ["Katrin", "Jonas", "Miriam", "Florian", "Lena", "Tobias", "Anja", "Sebastian"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Davide", "Elena", "Marco"],
    "es": ["Lucía", "Javier", "Marta", "Álvaro", "Nerea", "Sergio", "Paula", "Iker"],
}
LAST = {
    "pt": [
        "Carvalho",
        "Figueiredo",
        "Sousa",
        "Pinheiro",
        "Matos",
        "Teixeira",
        "Lourenço",
        "Moreira",
        "Amaral",
        "Bettencourt",
        "Quintas",
        "Vieira",
    ],
    "fr": [
        "Lefebvre",
        "Moreau",
        "Garnier",
        "Rousseau",
        "Chevalier",
        "Fontaine",
        "Mercier",
        "Blanchard",
        "Perrin",
        "Vasseur",
        "Roux",
        "Gauthier",
    ],
    "en": [
        "Whitfield",
        "Doyle",
        "Harrington",
        "Byrne",
        "Pemberton",
        "Kavanagh",
        "Ashworth",
        "Sheridan",
    ],
    "de": ["Krüger", "Hoffmann", "Lindner", "Brandl", "Vogt", "Seidel", "Hartmann", "Kessler"],
    "it": ["Ferraro", "Colombo", "Marchetti", "Bellini", "Galli", "Serra", "Fontana", "Rinaldi"],
    "es": ["Iglesias", "Navarro", "Ortega", "Campos", "Herrera", "Prieto", "Vidal", "Soler"],
}
MARKETS = {
    "pt": ["PT", "PT", "PT", "LU"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}

PRODUCTS = [
    ("Gelato box 6 tubs / Caixa 6 potes", 34),
    ("Ice-cream cake 8 slices / Bolo gelado 8 fatias", 29),
    ("Artisan lollies x12 / Picolés artesanais x12", 22),
    ("Sorbet trio / Trio de sorbets", 19),
    ("Party tub 2.5 L / Balde festa 2,5 L", 41),
]
PAGES = ["/sabores", "/caixas", "/plus", "/entregas", "/bolos-gelados", "/app/encomendas"]
COMPETITORS = ("Frostalia", "Nevicca")

PRAISE = {
    "pt": [
        "O gelato de pistácio da Gelunda chegou duríssimo e perfeito, a caixa ainda tinha gelo seco. Os miúdos ficaram doidos 😍",
        "Festa de anos salva pela Gelunda, o bolo gelado de avelã foi o primeiro a acabar. Obg!",
        "que sorvete de manga incrível, parece que comi a fruta. Gelunda nunca falha",
    ],
    "fr": [
        "La glace noisette de Gelunda est arrivée bien dure, glace carbonique encore dans la boîte. Un régal 🍨",
        "Merci Gelunda, le gâteau glacé framboise a fait sensation au goûter d'anniversaire",
        "sorbet citron-basilic de Gelunda testé ce soir, franchement top, on recommande",
    ],
    "en": [
        "Gelunda's salted caramel tub arrived rock solid with dry ice still fizzing. Absolute treat for movie night 🍦"
    ],
    "de": [
        "Das Haselnuss-Gelato von Gelunda kam steinhart an, Trockeneis noch in der Box. Sonntag gerettet 🍨"
    ],
    "it": [
        "Il pistacchio di Gelunda è arrivato perfetto, ghiaccio secco ancora nella scatola. Buonissimo, come in gelateria"
    ],
    "es": [
        "El helado de turrón de Gelunda llegó durísimo y con el hielo seco aún humeando. Cumple salvado 🎉"
    ],
}
AGAIN_PRAISE = {
    "pt": [
        "Terceira encomenda este mês e outra vez tudo impecável. O estafeta até avisou que estava a chegar",
        "outra vez a Gelunda a acertar, o sabor do mês de figo é viciante",
    ],
    "fr": [
        "Troisième commande ce mois-ci et encore parfaite. Le livreur a même sonné pile à l'heure",
        "encore une fois bluffée par le sorbet du mois, toujours aussi bon",
    ],
    "en": ["Third box this month and still perfect every time. Same friendly driver again"],
    "de": ["Schon wieder pünktlich und perfekt gefroren, dritte Box diesen Monat"],
    "it": ["Terza scatola questo mese e ancora una volta tutto perfetto"],
    "es": ["Tercer pedido este mes y otra vez todo perfecto, el repartidor igual de majo"],
}
PRAISE_GRIPE = {
    "pt": [
        "Adorámos os picolés, só a caixa de esferovite é enorme para deitar fora. De resto 5 estrelas",
        "Tudo ótimo, só que a app demora a carregar os sabores. O gelato é top",
    ],
    "fr": [
        "Glaces excellentes, juste la boîte isotherme un peu encombrante à jeter. Sinon parfait",
        "Très bon comme d'habitude, seul bémol les cuillères en bois qui manquaient",
    ],
    "en": [
        "Lovely gelato, only gripe is the polystyrene box is huge to get rid of. Otherwise spot on"
    ],
    "de": ["Super Eis, nur die Styroporbox ist riesig zum Entsorgen. Sonst top"],
    "it": [
        "Gelato ottimo, solo la scatola di polistirolo è enorme da buttare. Per il resto perfetto"
    ],
    "es": [
        "Helado buenísimo, solo que la caja de corcho es enorme para tirar. Por lo demás genial"
    ],
}
QUESTION = {
    "pt": [
        "Olá, posso mudar a morada de entrega da encomenda de sábado?",
        "Boa tarde, o gelo seco é seguro se ficar na varanda até eu chegar?",
        "Quanto tempo aguenta o bolo gelado no congelador?",
    ],
    "fr": [
        "Bonjour, je peux changer le créneau de livraison de samedi ?",
        "Bonjour, combien de temps le gâteau glacé tient au congélateur ?",
        "bjr est-ce que la glace carbonique peut rester sur le balcon ?",
    ],
    "en": [
        "Hi, can I change the delivery slot for Saturday's box?",
        "How long does the ice-cream cake keep in the freezer?",
    ],
    "de": ["Hallo, kann ich das Lieferfenster für Samstag noch ändern?"],
    "it": ["Ciao, posso cambiare la fascia di consegna di sabato?"],
    "es": ["Hola, ¿puedo cambiar la franja de entrega del sábado?"],
}
ANSWER = {
    "pt": [
        "Olá! Sim, já ficou alterado na sua encomenda. Bom proveito 🍨",
        "Olá! Aguenta até 3 semanas a -18 °C. Qualquer coisa diga",
    ],
    "fr": [
        "Bonjour ! C'est modifié sur votre commande. Bonne dégustation",
        "Bonjour ! Jusqu'à 3 semaines à -18 °C, sans souci",
    ],
    "en": ["Hi! Done, it's changed on your order. Enjoy!"],
    "de": ["Hallo! Erledigt, ist in Ihrer Bestellung geändert. Guten Appetit!"],
    "it": ["Ciao! Fatto, è già modificato sul tuo ordine. Buon gelato!"],
    "es": ["¡Hola! Hecho, ya está cambiado en tu pedido. ¡Que aproveche!"],
}
THANKS = {
    "pt": ["obrigadão, és uma estrela", "Top, obg!", "Perfeito, muito obrigada"],
    "fr": ["merci, vous gérez", "Super, merci beaucoup !", "parfait merciii"],
    "en": ["cheers, legend", "brill, thanks!"],
    "de": ["Danke, passt!"],
    "it": ["grazie mille, gentilissimi"],
    "es": ["genial, mil gracias"],
}
PHONE_Q = {
    "pt": [
        "olá queria saber se a assinatura plus inclui os bolos gelados ou só as caixas",
        "bom dia é para saber se entregam em Cascais ao domingo",
    ],
    "fr": [
        "bonjour je voulais savoir si l'abonnement plus marche aussi pour les gâteaux glacés",
        "oui bonjour est-ce que vous livrez le dimanche à Lyon",
    ],
    "en": ["hi yeah just wondering if the plus membership covers the cakes as well"],
    "de": ["ja hallo ich wollte fragen ob Plus auch für die Eistorten gilt"],
    "it": ["buongiorno volevo sapere se il plus vale anche per le torte gelato"],
    "es": ["hola quería saber si el plus vale también para las tartas heladas"],
}
FOLLOWUP = {
    "pt": [
        "Olá, como falámos ao telefone: o Gelunda Plus inclui entregas grátis em tudo, bolos incluídos. Boas festas geladas!"
    ],
    "fr": [
        "Bonjour, comme convenu au téléphone : Gelunda Plus couvre la livraison de tout, gâteaux compris. Belle journée"
    ],
    "en": [
        "Hi, as we said on the phone: Gelunda Plus covers delivery on everything, cakes included. Have a lovely day"
    ],
    "de": [
        "Hallo, wie am Telefon besprochen: Gelunda Plus gilt für alle Lieferungen, Torten inklusive. Schönen Tag"
    ],
    "it": [
        "Ciao, come detto al telefono: Gelunda Plus copre la consegna di tutto, torte comprese. Buona giornata"
    ],
    "es": [
        "Hola, como hablamos por teléfono: Gelunda Plus cubre el envío de todo, tartas incluidas. Buen día"
    ],
}
REVIEW = {
    "pt": [
        "Sabores a sério, nada de químicos. Entrega rápida",
        "5 estrelas, o de amêndoa torrada é outro nível",
    ],
    "fr": [
        "Des vrais parfums, livraison rapide, je recommande",
        "Le caramel beurre salé vaut le détour",
    ],
    "en": ["Proper flavours, fast delivery, would recommend"],
    "de": ["Echte Sorten, schnelle Lieferung, gerne wieder"],
    "it": ["Sapori veri, consegna veloce, consigliato"],
    "es": ["Sabores de verdad y entrega rápida, recomendable"],
}
SURVEY_WORD = {
    "pt": ["", "top", "😍", "Excelente"],
    "fr": ["", "parfait", "👍", "Très bien"],
    "en": ["", "great", "🙌"],
    "de": ["", "super"],
    "it": ["", "ottimo"],
    "es": ["", "genial"],
}
NIGHT_POST = {
    "pt": [
        "3 da manhã, turno acabado no hospital e o pote de gelato da Gelunda à minha espera. Vida boa",
        "insónia + série + gelato de chocolate negro. Sem arrependimentos",
    ],
    "fr": [
        "2h du mat, fin de service aux urgences, et le pot Gelunda qui m'attend. Bonheur",
        "insomnie + série + glace chocolat noir. Aucun regret",
    ],
    "en": ["2am after a night shift and the Gelunda tub waiting in the freezer. Bliss"],
    "de": ["Nachtschicht vorbei, 3 Uhr, und die Gelunda-Box wartet im Gefrierfach. Herrlich"],
    "it": ["Le 2 di notte, turno finito, e il gelato Gelunda che mi aspetta. Felicità"],
    "es": ["Las 3 de la mañana, guardia terminada y el helado de Gelunda esperando. Gloria"],
}
NIGHT_Q = {
    "pt": [
        "ainda está alguém aí? posso encomendar agora para entrega amanhã de manhã?",
        "a esta hora ainda dá para juntar um bolo à encomenda?",
    ],
    "fr": [
        "il y a quelqu'un ? je peux commander maintenant pour demain matin ?",
        "à cette heure je peux encore ajouter un gâteau à ma commande ?",
    ],
    "en": ["anyone there? can I still order now for tomorrow morning?"],
    "de": ["jemand da? kann ich jetzt noch für morgen früh bestellen?"],
    "it": ["c'è qualcuno? posso ordinare adesso per domattina?"],
    "es": ["¿hay alguien? ¿puedo pedir ahora para mañana por la mañana?"],
}
NIGHT_A = {
    "pt": ["Boa noite! Sim, até às 8h ainda entra na primeira volta de entregas 🌙"],
    "fr": ["Bonsoir ! Oui, avant 8 h c'est dans la première tournée 🌙"],
    "en": ["Evening! Yes, anything before 8am makes the first round 🌙"],
    "de": ["Guten Abend! Ja, bis 8 Uhr ist es in der ersten Tour 🌙"],
    "it": ["Buonasera! Sì, entro le 8 entra nel primo giro 🌙"],
    "es": ["¡Buenas noches! Sí, antes de las 8 entra en el primer reparto 🌙"],
}

PROBLEMS = ("no_show", "melted", "refund", "wrong_price", "cancel_fee", "allergen")
TOPIC = {
    "pt": {
        "no_show": "encomenda não entregue",
        "melted": "caixa derretida",
        "refund": "reembolso em falta",
        "wrong_price": "portes cobrados a sócio Plus",
        "cancel_fee": "taxa de cancelamento",
        "allergen": "sabor com frutos secos",
    },
    "fr": {
        "no_show": "commande jamais livrée",
        "melted": "boîte fondue",
        "refund": "remboursement manquant",
        "wrong_price": "frais de port pour un membre Plus",
        "cancel_fee": "frais d'annulation",
        "allergen": "parfum avec fruits à coque",
    },
    "en": {
        "no_show": "order never delivered",
        "melted": "melted box",
        "refund": "missing refund",
        "wrong_price": "delivery fee on Plus",
        "cancel_fee": "cancellation fee",
        "allergen": "nut flavour sent",
    },
    "de": {
        "no_show": "Lieferung nie angekommen",
        "melted": "geschmolzene Box",
        "refund": "fehlende Erstattung",
        "wrong_price": "Versandkosten trotz Plus",
        "cancel_fee": "Stornogebühr",
        "allergen": "Sorte mit Nüssen",
    },
    "it": {
        "no_show": "ordine mai consegnato",
        "melted": "scatola sciolta",
        "refund": "rimborso mancante",
        "wrong_price": "spese di consegna con Plus",
        "cancel_fee": "penale di annullamento",
        "allergen": "gusto con frutta secca",
    },
    "es": {
        "no_show": "pedido nunca entregado",
        "melted": "caja derretida",
        "refund": "reembolso pendiente",
        "wrong_price": "envío cobrado con Plus",
        "cancel_fee": "penalización por cancelar",
        "allergen": "sabor con frutos secos",
    },
}
COMPLAINT = {
    "pt": {
        "no_show": [
            "A app diz ENTREGUE às 15:02 e eu estive em casa a tarde toda. Nenhuma caixa, nenhum estafeta. A festa é às 17h!",
            "encomenda marcada como entregue e não chegou nada. tinha 12 crianças à espera do gelado",
        ],
        "melted": [
            "A caixa chegou com o gelo seco gasto e os potes em SOPA. 34 € para deitar fora",
            "o bolo gelado chegou mole e a escorrer pela caixa, impossível servir",
        ],
        "refund": [
            "Há TRÊS semanas que espero o reembolso da caixa derretida. Prometeram 5 dias",
            "continuo sem ver o dinheiro da encomenda cancelada, já lá vão 3 semanas",
        ],
        "wrong_price": [
            "Sou sócia Plus e cobraram-me OUTRA VEZ 5,90 € de portes. Para que pago a assinatura?",
            "cobraram portes numa encomenda de sócio plus, não percebo",
        ],
        "cancel_fee": [
            "Cancelei com QUATRO dias de antecedência e cobraram taxa de cancelamento de 12 €. Isto não está certo",
            "taxa de cancelamento cobrada mesmo tendo cancelado na segunda para sábado",
        ],
        "allergen": [
            "Pedi SEM frutos secos, o meu filho é alérgico, e veio pistácio e avelã. Podia ter acabado no hospital",
            "vieram sabores com frutos secos numa encomenda marcada sem alergénios. inaceitável",
        ],
    },
    "fr": {
        "no_show": [
            "L'appli dit LIVRÉE à 15h02 et j'étais chez moi tout l'après-midi. Aucune boîte. L'anniversaire est à 17h !",
            "commande marquée livrée et rien reçu. 12 enfants attendaient la glace",
        ],
        "melted": [
            "La boîte est arrivée sans glace carbonique et les pots en SOUPE. 34 € à la poubelle",
            "le gâteau glacé est arrivé mou et coulait de la boîte, impossible à servir",
        ],
        "refund": [
            "Ça fait TROIS semaines que j'attends le remboursement de la boîte fondue. On m'avait dit 5 jours",
            "toujours pas remboursée pour la commande annulée, 3 semaines déjà",
        ],
        "wrong_price": [
            "Je suis membre Plus et on m'a ENCORE facturé 5,90 € de livraison. À quoi sert l'abonnement ?",
            "frais de port facturés sur une commande membre plus, je ne comprends pas",
        ],
        "cancel_fee": [
            "J'ai annulé QUATRE jours avant et on me facture 12 € de frais d'annulation. Ce n'est pas normal",
            "frais d'annulation alors que j'ai annulé lundi pour samedi",
        ],
        "allergen": [
            "J'avais demandé SANS fruits à coque, mon fils est allergique, et il y avait pistache et noisette. Il aurait pu finir aux urgences",
            "parfums avec fruits à coque dans une commande marquée sans allergènes. inadmissible",
        ],
    },
    "en": {
        "no_show": [
            "App says DELIVERED at 15:02 and I was home all afternoon. No box, no driver. Party's at 5!"
        ],
        "melted": ["Box arrived with the dry ice gone and the tubs were SOUP. £29 in the bin"],
        "refund": ["THREE weeks waiting for the refund on the melted box. I was told 5 days"],
        "wrong_price": [
            "I'm a Plus member and got charged £5 delivery AGAIN. What am I paying for?"
        ],
        "cancel_fee": [
            "Cancelled FOUR days ahead and still charged a £10 cancellation fee. Not on"
        ],
        "allergen": [
            "Ordered NUT FREE, my son is allergic, and got pistachio and hazelnut. Could have ended in A&E"
        ],
    },
    "de": {
        "no_show": [
            "App sagt GELIEFERT um 15:02, ich war den ganzen Nachmittag zu Hause. Keine Box. Die Feier ist um 17 Uhr!"
        ],
        "melted": ["Box kam ohne Trockeneis an, die Becher waren SUPPE. 34 € für den Müll"],
        "refund": [
            "Seit DREI Wochen warte ich auf die Erstattung der geschmolzenen Box. Versprochen waren 5 Tage"
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und habe SCHON WIEDER 5,90 € Versand bezahlt. Wofür das Abo?"
        ],
        "cancel_fee": ["VIER Tage vorher storniert und trotzdem 12 € Stornogebühr. Das geht nicht"],
        "allergen": [
            "NUSSFREI bestellt, mein Sohn ist allergisch, und es kamen Pistazie und Haselnuss. Das hätte im Krankenhaus enden können"
        ],
    },
    "it": {
        "no_show": [
            "L'app dice CONSEGNATO alle 15:02 e io ero a casa tutto il pomeriggio. Nessuna scatola. La festa è alle 17!"
        ],
        "melted": [
            "La scatola è arrivata senza ghiaccio secco e le vaschette erano BRODO. 34 € buttati"
        ],
        "refund": [
            "Aspetto da TRE settimane il rimborso della scatola sciolta. Mi avevate detto 5 giorni"
        ],
        "wrong_price": [
            "Sono socia Plus e mi avete addebitato DI NUOVO 5,90 € di consegna. A cosa serve l'abbonamento?"
        ],
        "cancel_fee": [
            "Annullato QUATTRO giorni prima e mi addebitate 12 € di penale. Non è giusto"
        ],
        "allergen": [
            "Ordinato SENZA frutta secca, mio figlio è allergico, e sono arrivati pistacchio e nocciola. Poteva finire al pronto soccorso"
        ],
    },
    "es": {
        "no_show": [
            "La app dice ENTREGADO a las 15:02 y estuve en casa toda la tarde. Ni caja ni repartidor. ¡El cumple es a las 17!"
        ],
        "melted": ["La caja llegó sin hielo seco y las tarrinas eran SOPA. 34 € a la basura"],
        "refund": [
            "Llevo TRES semanas esperando el reembolso de la caja derretida. Me dijeron 5 días"
        ],
        "wrong_price": [
            "Soy socia Plus y me habéis cobrado OTRA VEZ 5,90 € de envío. ¿Para qué pago la suscripción?"
        ],
        "cancel_fee": [
            "Cancelé con CUATRO días de antelación y me cobráis 12 € de penalización. No es normal"
        ],
        "allergen": [
            "Pedí SIN frutos secos, mi hijo es alérgico, y llegaron pistacho y avellana. Podía haber acabado en urgencias"
        ],
    },
}
ANGRY_CALL = {
    "pt": [
        "sim olá liguei por causa da {topic} estou mesmo chateada ninguém me disse nada e paguei tudo"
    ],
    "fr": [
        "oui bonjour j'appelle pour la {topic} je suis vraiment en colère personne ne m'a prévenue et j'ai tout payé"
    ],
    "en": [
        "yeah hi I'm calling about the {topic} I'm honestly fuming nobody told me anything and I paid for all of it"
    ],
    "de": [
        "ja hallo ich rufe wegen {topic} an ich bin echt sauer niemand hat mir was gesagt und bezahlt habe ich alles"
    ],
    "it": [
        "sì buongiorno chiamo per {topic} sono davvero arrabbiata nessuno mi ha detto niente e ho pagato tutto"
    ],
    "es": [
        "sí hola llamo por {topic} estoy muy enfadada nadie me ha dicho nada y lo he pagado todo"
    ],
}
LONG_EMAIL = {
    "pt": [
        "Bom dia,\n\nescrevo-vos do carro, à porta da natação dos gémeos, porque em casa não há um minuto. Somos clientes há dois anos, a minha mãe até ofereceu a assinatura Plus à minha irmã.\n\nNo sábado fizemos os anos da mais nova. {problem} Tive de ir a correr ao supermercado comprar um gelado de litro, e a cara dela disse tudo.\n\nNão quero fazer disto um drama, mas gostava de uma resposta e de uma solução.\n\nCumprimentos,\n{name}",
        "Olá,\n\naproveito a pausa do almoço na loja para vos escrever. O meu pai esteve internado e estamos a organizar o regresso dele a casa, por isso tudo tem de correr bem.\n\n{problem}\n\nSempre gostei muito do vosso gelato, mas assim não dá. Aguardo notícias.\n\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du pédiatre, c'est le seul moment calme de la semaine. Nous sommes clients depuis deux ans et j'ai offert Gelunda Plus à ma sœur à Noël.\n\nSamedi c'était l'anniversaire de notre fille. {problem} J'ai dû courir au supermarché acheter un bac de glace premier prix.\n\nJe ne veux pas en faire une montagne, mais j'attends une réponse et une solution.\n\nCordialement,\n{name}",
        "Bonjour,\n\nentre deux clients à la boulangerie, je prends cinq minutes. Ma belle-mère sort de l'hôpital et on organise tout pour elle, donc chaque détail compte.\n\n{problem}\n\nJ'ai toujours aimé vos glaces mais là ce n'est pas possible. Merci de me répondre.\n\n{name}",
    ],
    "en": [
        "Hello,\n\nwriting this from the car outside Saturday football because it's the only quiet ten minutes I get. We've been with you two years and I gave my sister Plus for Christmas.\n\n{problem}\n\nI don't want to make a fuss but I'd like an answer and a fix.\n\nBest,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Kinderarzt, der einzige ruhige Moment diese Woche. Wir sind seit zwei Jahren Kunden.\n\n{problem}\n\nIch will kein Drama machen, aber ich erwarte eine Antwort und eine Lösung.\n\nViele Grüße\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, l'unico momento tranquillo. Siamo clienti da due anni.\n\n{problem}\n\nNon voglio fare drammi, ma vorrei una risposta e una soluzione.\n\nCordiali saluti,\n{name}"
    ],
    "es": [
        "Buenos días,\n\nos escribo desde la sala de espera del pediatra, el único rato tranquilo. Somos clientes desde hace dos años.\n\n{problem}\n\nNo quiero hacer un drama, pero espero una respuesta y una solución.\n\nUn saludo,\n{name}"
    ],
}
SUBJ_COMPLAINT = {
    "pt": "Reclamação: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}
SUBJ_CASE = {
    "pt": "RE: Pedido {case}",
    "fr": "RE : Demande {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "es": "RE: Incidencia {case}",
}
CASE_OPENED = {
    "pt": [
        "Olá, lamentamos imenso. Abrimos o pedido {case} e voltamos a falar consigo o mais depressa possível."
    ],
    "fr": [
        "Bonjour, nous sommes vraiment désolés. La demande {case} est ouverte, nous revenons vers vous au plus vite."
    ],
    "en": [
        "Hi, we're really sorry. We've opened case {case} and will come back to you as soon as we can."
    ],
    "de": [
        "Hallo, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns so schnell wie möglich."
    ],
    "it": [
        "Ciao, ci dispiace moltissimo. Abbiamo aperto la segnalazione {case} e ti ricontattiamo al più presto."
    ],
    "es": [
        "Hola, lo sentimos muchísimo. Hemos abierto la incidencia {case} y te decimos algo lo antes posible."
    ],
}
QUALITY_LEAD = {
    "pt": [
        "Olá, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço."
    ],
    "fr": [
        "Bonjour, votre demande {case} est maintenant entre les mains de notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "en": [
        "Hi, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Ciao, la tua segnalazione {case} è ora alla nostra responsabile qualità, che ti chiama entro venerdì a pranzo."
    ],
    "es": [
        "Hola, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}
GOOD_NEWS = {
    "pt": [
        "Olá, boas notícias sobre o pedido {case}: já está resolvido do nosso lado. Pode confirmar-nos que está tudo bem?"
    ],
    "fr": [
        "Bonjour, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "en": ["Hi, good news on case {case}: it's sorted on our side. Could you confirm all is well?"],
    "de": [
        "Hallo, gute Nachrichten zu Vorgang {case}: bei uns ist alles erledigt. Können Sie bestätigen, dass alles passt?"
    ],
    "it": [
        "Ciao, buone notizie sulla segnalazione {case}: è risolta da parte nostra. Ci confermi che è tutto a posto?"
    ],
    "es": [
        "Hola, buenas noticias sobre la incidencia {case}: está resuelta por nuestra parte. ¿Nos confirmas que todo está bien?"
    ],
}
CONFIRM = {
    "pt": ["Confirmo, {case} resolvido, já recebi. Obrigada!", "sim tudo certo com o {case}, obg"],
    "fr": [
        "Je confirme, {case} réglé, c'est bien reçu. Merci !",
        "oui tout est bon pour {case}, merci",
    ],
    "en": ["Confirmed, {case} sorted, all received. Thanks!"],
    "de": ["Bestätigt, {case} ist erledigt, alles angekommen. Danke!"],
    "it": ["Confermo, {case} risolto, tutto ricevuto. Grazie!"],
    "es": ["Confirmado, {case} resuelto, todo recibido. ¡Gracias!"],
}
APOLOGY = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava com os nervos em franja. Obrigada pela ajuda",
        "desculpem ontem, não era convosco que estava chateada",
    ],
    "fr": [
        "Désolée pour mon ton d'hier, j'étais à bout. Merci pour votre aide",
        "pardon pour hier, ce n'était pas contre vous",
    ],
    "en": ["Sorry about my tone yesterday, I was frazzled. Thanks for helping"],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war mit den Nerven durch. Danke für die Hilfe"
    ],
    "it": ["Scusate per il tono di ieri, ero esausta. Grazie dell'aiuto"],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por la ayuda"],
}
STILL_OPEN = {
    "pt": [
        "Pedido {case} continua por resolver. {topic}, nada mudou. Alguém me responde?",
        "volto a escrever sobre o {case}: ainda sem solução para {topic}",
    ],
    "fr": [
        "Demande {case} toujours pas réglée. {topic}, rien n'a bougé. Quelqu'un peut me répondre ?",
        "je réécris pour {case} : toujours aucune solution pour {topic}",
    ],
    "en": ["Case {case} still not sorted. {topic}, nothing has changed. Anyone?"],
    "de": [
        "Vorgang {case} ist immer noch offen. {topic}, nichts hat sich getan. Meldet sich jemand?"
    ],
    "it": [
        "La segnalazione {case} è ancora aperta. {topic}, non è cambiato niente. Qualcuno risponde?"
    ],
    "es": [
        "La incidencia {case} sigue abierta. {topic}, no ha cambiado nada. ¿Alguien me contesta?"
    ],
}
THIRD = {
    "pt": [
        "Uma colega encomenda na {comp} e resolvem isto no mesmo dia. Já fui ver os preços deles."
    ],
    "fr": [
        "Une collègue commande chez {comp} et ils règlent ça dans la journée. J'ai regardé leurs prix."
    ],
    "en": [
        "A colleague orders from {comp} and they sort this the same day. I've looked at their prices."
    ],
    "de": [
        "Eine Kollegin bestellt bei {comp}, die lösen so etwas am selben Tag. Ich habe mir deren Preise angesehen."
    ],
    "it": ["Una collega ordina da {comp} e risolvono in giornata. Ho guardato i loro prezzi."],
    "es": ["Una compañera pide en {comp} y lo resuelven en el día. Ya he mirado sus precios."],
}
FOURTH = {
    "pt": ["É a QUARTA vez que escrevo sobre isto."],
    "fr": ["C'est la QUATRIÈME fois que j'écris pour ça."],
    "en": ["This is the FOURTH time I'm writing about this."],
    "de": ["Das ist das VIERTE Mal, dass ich deswegen schreibe."],
    "it": ["È la QUARTA volta che scrivo per questo."],
    "es": ["Es la CUARTA vez que escribo por esto."],
}
URGENT = {
    "pt": ["Juntámos ao pedido {case} e marcámos como urgente."],
    "fr": ["Ajouté à la demande {case}, marquée urgente."],
    "en": ["Added to your case {case}, marked urgent."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt, als dringend markiert."],
    "it": ["Aggiunto alla segnalazione {case}, segnata come urgente."],
    "es": ["Añadido a tu incidencia {case}, marcada como urgente."],
}
SLIDE = {
    "pt": [
        "A entrega chegou duas horas depois do previsto e ninguém avisou. Meh",
        "Os potes vieram meio moles e faltavam as colheres",
        "Agora pedem foto de cada pote para aceitar uma reclamação? A sério?",
        "Subiram os portes para 7,90 € e o reembolso demora uma semana",
        "FARTA. Cobraram 8 € de 'caixa térmica não devolvida' e eu devolvi-a, está na foto da própria app",
        "A minha cunhada encomenda na {comp}, já fiz lá a encomenda de sábado",
    ],
    "fr": [
        "Livraison avec deux heures de retard, sans prévenir. Bof",
        "Les pots sont arrivés à moitié mous et sans cuillères",
        "Maintenant il faut une photo de chaque pot pour réclamer ? Sérieux ?",
        "Livraison passée à 7,90 € et le remboursement prend une semaine",
        "MARRE. 8 € de 'boîte isotherme non rendue' alors que je l'ai rendue, c'est sur la photo de votre appli",
        "Ma belle-sœur commande chez {comp}, j'y ai passé la commande de samedi",
    ],
    "en": [
        "Delivery two hours late and no heads-up. Meh",
        "Tubs half soft and no spoons",
        "Now you want a photo of every tub before you'll take a complaint? Really?",
        "Delivery up to £7 and refunds take a week",
        "FED UP. £7 'cool box not returned' charge when I returned it, it's in your own app's photo",
        "My sister-in-law orders from {comp}, I've put Saturday's order in there",
    ],
    "de": [
        "Lieferung zwei Stunden zu spät, ohne Bescheid. Naja",
        "Becher halb weich und keine Löffel",
        "Jetzt wollt ihr ein Foto von jedem Becher für eine Reklamation? Im Ernst?",
        "Versand jetzt 7,90 € und Erstattungen dauern eine Woche",
        "MIR REICHTS. 8 € 'Kühlbox nicht zurückgegeben', obwohl sie auf dem Foto eurer eigenen App ist",
        "Meine Schwägerin bestellt bei {comp}, die Samstagsbestellung läuft jetzt dort",
    ],
    "it": [
        "Consegna in ritardo di due ore senza avvisare. Mah",
        "Vaschette mezze molli e niente cucchiaini",
        "Adesso serve una foto di ogni vaschetta per un reclamo? Davvero?",
        "Consegna a 7,90 € e i rimborsi ci mettono una settimana",
        "BASTA. 8 € di 'borsa termica non resa' e l'ho resa, è nella foto della vostra app",
        "Mia cognata ordina da {comp}, l'ordine di sabato l'ho fatto lì",
    ],
    "es": [
        "El pedido llegó dos horas tarde y sin avisar. Meh",
        "Tarrinas medio blandas y sin cucharillas",
        "¿Ahora pedís foto de cada tarrina para aceptar una reclamación? ¿En serio?",
        "Envío a 7,90 € y los reembolsos tardan una semana",
        "HARTA. 8 € por 'caja térmica no devuelta' y la devolví, sale en la foto de vuestra app",
        "Mi cuñada pide en {comp}, ya he hecho allí el pedido del sábado",
    ],
}
CANCEL = {
    "pt": [
        "Olá, deixei de comer açúcar por ordem médica, quero cancelar o Gelunda Plus e fechar a conta. Obrigada por tudo",
        "Boa tarde, vamos emigrar no mês que vem. Quero cancelar a assinatura Plus e fechar a conta",
    ],
    "fr": [
        "Bonjour, régime sans sucre imposé par le médecin, je souhaite résilier Gelunda Plus et fermer mon compte. Merci pour tout",
        "Bonjour, nous partons vivre à l'étranger, je veux résilier l'abonnement Plus et clôturer le compte",
    ],
    "en": [
        "Hi, doctor's put me on a no-sugar diet, so I want to cancel Gelunda Plus and close my account. Thanks for everything"
    ],
    "de": [
        "Hallo, ich muss auf Zucker verzichten und möchte Gelunda Plus kündigen und mein Konto schließen. Danke für alles"
    ],
    "it": [
        "Ciao, il medico mi ha tolto gli zuccheri: voglio disdire Gelunda Plus e chiudere l'account. Grazie di tutto"
    ],
    "es": [
        "Hola, el médico me ha quitado el azúcar, quiero cancelar Gelunda Plus y cerrar la cuenta. Gracias por todo"
    ],
}
SORRY_GO = {
    "pt": [
        "Olá, temos pena de a ver partir. Pode cancelar sozinha na app ou no site, em Conta > Plus."
    ],
    "fr": [
        "Bonjour, nous sommes tristes de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Plus."
    ],
    "en": [
        "Hi, sorry to see you go. You can cancel yourself in the app or on the website, Account > Plus."
    ],
    "de": [
        "Hallo, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen, Konto > Plus."
    ],
    "it": [
        "Ciao, ci dispiace vederti andare via. Puoi disdire da solo nell'app o sul sito, Account > Plus."
    ],
    "es": [
        "Hola, sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web, Cuenta > Plus."
    ],
}
GRUMBLE = {
    "pt": [
        "A app volta a pedir login sempre que abro. Chato",
        "a mensagem 'a sua caixa chega em 1h' às 7 da manhã de sábado, a sério",
        "filas no ponto de recolha ao sábado, 30 minutos",
    ],
    "fr": [
        "L'appli me redemande le mot de passe à chaque ouverture. Pénible",
        "le SMS 'votre boîte arrive dans 1h' à 7h un samedi, sérieux",
        "30 minutes de queue au point retrait le samedi",
    ],
    "en": [
        "App logs me out every single time. Annoying",
        "the 'box arriving in 1 hour' text at 7am on a Saturday, seriously",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab. Nervig",
        "die SMS 'Box kommt in 1 Stunde' um 7 Uhr am Samstag, echt jetzt",
    ],
    "it": [
        "L'app mi chiede sempre il login. Che noia",
        "l'sms 'la scatola arriva tra 1 ora' alle 7 di sabato, dai",
    ],
    "es": [
        "La app me pide iniciar sesión cada vez. Un rollo",
        "el sms de 'tu caja llega en 1 hora' a las 7 de un sábado, en serio",
    ],
}
SARCASM = {
    "pt": [
        "Entrega 'expresso' às 23h40, mesmo a tempo do pequeno-almoço 👏",
        "Adoro quando o bolo gelado chega em forma de batido 😂",
    ],
    "fr": [
        "Livraison 'express' à 23h40, pile pour le petit-déj 👏",
        "J'adore quand le gâteau glacé arrive en milk-shake 😂",
    ],
    "en": ["'Express' delivery at 23:40, just in time for breakfast 👏"],
    "de": ["'Express'-Lieferung um 23:40, gerade rechtzeitig zum Frühstück 👏"],
    "it": ["Consegna 'express' alle 23:40, giusto in tempo per colazione 👏"],
    "es": ["Entrega 'exprés' a las 23:40, justo para el desayuno 👏"],
}
MILD = {
    "pt": [
        "O mapa de pontos de recolha mostra Braga em vez de Lisboa",
        "as notificações vêm em inglês apesar de ter a app em português",
    ],
    "fr": [
        "La carte des points retrait m'affiche Lille au lieu de Lyon",
        "les notifications arrivent en anglais alors que l'appli est en français",
    ],
    "en": ["The pick-up map keeps showing Leeds instead of Dublin"],
    "de": ["Die Abholkarte zeigt Köln statt Wien an"],
    "it": ["La mappa dei punti ritiro mostra Torino invece di Roma"],
    "es": ["El mapa de puntos de recogida me sale Bilbao en vez de Valencia"],
}
MILD_ANSWER = {
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app."],
    "fr": ["Merci du signalement, c'est transmis à l'équipe de l'appli."],
    "en": ["Thanks for flagging, passed to the app team."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben."],
    "it": ["Grazie della segnalazione, passata al team dell'app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_TOPIC = {
    "pt": {
        "invoice": "faturas com o nome antigo e sem número de PO",
        "service_blocked": "entrega recusada por 'conta bloqueada'",
        "portal": "portal sem encomendas fixas",
        "overbilled": "preço de tabela em vez do preço de contrato",
    },
    "fr": {
        "invoice": "factures à l'ancien nom et sans numéro de bon de commande",
        "service_blocked": "livraison refusée pour 'compte bloqué'",
        "portal": "portail sans commandes récurrentes",
        "overbilled": "prix catalogue au lieu du prix contrat",
    },
    "en": {
        "invoice": "invoices under the old name with no PO number",
        "service_blocked": "delivery refused, 'account on stop'",
        "portal": "portal shows no standing orders",
        "overbilled": "list price instead of contract price",
    },
    "de": {
        "invoice": "Rechnungen mit altem Firmennamen und ohne Bestellnummer",
        "service_blocked": "Lieferung verweigert wegen 'Konto gesperrt'",
        "portal": "Portal zeigt keine Daueraufträge",
        "overbilled": "Listenpreis statt Vertragspreis",
    },
    "it": {
        "invoice": "fatture con la vecchia ragione sociale e senza numero d'ordine",
        "service_blocked": "consegna rifiutata per 'conto bloccato'",
        "portal": "portale senza ordini ricorrenti",
        "overbilled": "prezzo di listino invece del prezzo da contratto",
    },
    "es": {
        "invoice": "facturas con el nombre antiguo y sin número de pedido",
        "service_blocked": "entrega rechazada por 'cuenta bloqueada'",
        "portal": "portal sin pedidos fijos",
        "overbilled": "precio de tarifa en vez del precio de contrato",
    },
}
B2B_FIRST = {
    "pt": [
        "Bom dia, temos um problema com a nossa conta Gelunda Pro: {topic}. A contabilidade não consegue fechar o mês assim. Podem resolver com urgência?"
    ],
    "fr": [
        "Bonjour, nous avons un problème sur notre compte Gelunda Pro : {topic}. La comptabilité ne peut pas clôturer le mois. Merci de traiter en urgence."
    ],
    "en": [
        "Hello, we have a problem on our Gelunda Pro account: {topic}. Accounts can't close the month like this. Please treat as urgent."
    ],
    "de": [
        "Guten Tag, wir haben ein Problem mit unserem Gelunda-Pro-Konto: {topic}. Die Buchhaltung kann so den Monat nicht abschließen. Bitte dringend klären."
    ],
    "it": [
        "Buongiorno, abbiamo un problema sul conto Gelunda Pro: {topic}. L'amministrazione non può chiudere il mese così. Vi prego di risolvere con urgenza."
    ],
    "es": [
        "Buenos días, tenemos un problema con la cuenta Gelunda Pro: {topic}. Contabilidad no puede cerrar el mes así. Por favor, resolvedlo con urgencia."
    ],
}
B2B_AGAIN = {
    "pt": [
        "Olá, a minha colega {first} já escreveu {day} sobre isto (pedido {case}) e continua igual: {topic}. Precisamos disto resolvido."
    ],
    "fr": [
        "Bonjour, ma collègue {first} vous a déjà écrit {day} à ce sujet (demande {case}) et rien n'a changé : {topic}. Il faut que ce soit réglé."
    ],
    "en": [
        "Hi, my colleague {first} already wrote {day} about this (case {case}) and it's the same: {topic}. We need this fixed."
    ],
    "de": [
        "Hallo, meine Kollegin {first} hat {day} schon dazu geschrieben (Vorgang {case}) und es ist unverändert: {topic}. Das muss gelöst werden."
    ],
    "it": [
        "Buongiorno, la mia collega {first} vi ha già scritto {day} (segnalazione {case}) ed è tutto uguale: {topic}. Serve una soluzione."
    ],
    "es": [
        "Hola, mi compañera {first} ya os escribió {day} sobre esto (incidencia {case}) y sigue igual: {topic}. Necesitamos que se resuelva."
    ],
}
B2B_LAST_MAIL = {
    "pt": [
        "Pedido {case}: continua tudo por resolver e já vos escreveram várias pessoas da nossa empresa. As compras já pediram preços à {comp}."
    ],
    "fr": [
        "Demande {case} : toujours rien de réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "en": [
        "Case {case}: still nothing fixed and several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "de": [
        "Vorgang {case}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat bereits Preise bei {comp} angefragt."
    ],
    "it": [
        "Segnalazione {case}: ancora niente di risolto e vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}."
    ],
    "es": [
        "Incidencia {case}: sigue todo sin resolver y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
}
B2B_LAST_CALL = {
    "pt": [
        "bom dia ligo por causa do pedido {case} continua tudo igual já vos escreveram vários colegas o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "fr": [
        "bonjour j'appelle pour la demande {case} rien n'a changé plusieurs collègues vous ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "en": [
        "hi calling about case {case} nothing's changed several of us have written my boss says we move the account if it isn't fixed this week"
    ],
    "de": [
        "guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts getan mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht gelöst ist"
    ],
    "it": [
        "buongiorno chiamo per la segnalazione {case} non è cambiato niente vi hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "buenos días llamo por la incidencia {case} sigue todo igual os han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_ACK = {
    "pt": [
        "Bom dia, registámos o pedido {case} e a equipa Pro está a tratar. Voltamos ao assunto em breve."
    ],
    "fr": [
        "Bonjour, la demande {case} est enregistrée et l'équipe Pro s'en occupe. Nous revenons vers vous rapidement."
    ],
    "en": [
        "Hello, we've logged case {case} and the Pro team is on it. We'll be back to you shortly."
    ],
    "de": [
        "Guten Tag, wir haben Vorgang {case} erfasst, das Pro-Team kümmert sich. Wir melden uns in Kürze."
    ],
    "it": [
        "Buongiorno, abbiamo registrato la segnalazione {case} e il team Pro se ne occupa. Vi aggiorniamo a breve."
    ],
    "es": [
        "Buenos días, hemos registrado la incidencia {case} y el equipo Pro está en ello. Os decimos algo en breve."
    ],
}
B2B_SUGGEST = {
    "pt": [
        "Sugestão: seria útil exportar as encomendas por centro de custo no portal.",
        "Sugestão: indicar o lote e a data de produção na guia de entrega.",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les commandes par centre de coût dans le portail.",
        "Suggestion : indiquer le lot et la date de fabrication sur le bon de livraison.",
    ],
    "en": ["Suggestion: it would help to export orders by cost centre in the portal."],
    "de": ["Vorschlag: Bestellungen im Portal nach Kostenstelle exportieren können."],
    "it": ["Suggerimento: poter esportare gli ordini per centro di costo nel portale."],
    "es": ["Sugerencia: poder exportar los pedidos por centro de coste en el portal."],
}
B2B_SUGGEST_ACK = {
    "pt": ["Obrigado pela sugestão, passámos à equipa de produto."],
    "fr": ["Merci pour la suggestion, transmise à l'équipe produit."],
    "en": ["Thanks for the suggestion, passed to the product team."],
    "de": ["Danke für den Vorschlag, ans Produktteam weitergegeben."],
    "it": ["Grazie del suggerimento, passato al team prodotto."],
    "es": ["Gracias por la sugerencia, la pasamos al equipo de producto."],
}
B2B_Q = {
    "pt": [
        "Bom dia, conseguem entregar 12 baldes de 5 L na sexta antes das 10h?",
        "Podemos juntar sorbet de limão à encomenda fixa de quinta?",
    ],
    "fr": [
        "Bonjour, vous pouvez livrer 12 bacs de 5 L vendredi avant 10 h ?",
        "On peut ajouter du sorbet citron à la commande récurrente du jeudi ?",
    ],
    "en": ["Morning, can you deliver 12 x 5 L tubs on Friday before 10?"],
    "de": ["Guten Morgen, könnt ihr Freitag vor 10 Uhr 12 Eimer à 5 L liefern?"],
    "it": ["Buongiorno, potete consegnare 12 vaschette da 5 L venerdì prima delle 10?"],
    "es": ["Buenos días, ¿podéis entregar 12 cubetas de 5 L el viernes antes de las 10?"],
}
B2B_A = {
    "pt": ["Bom dia! Sim, fica agendado. Boa semana"],
    "fr": ["Bonjour ! Oui, c'est planifié. Bonne semaine"],
    "en": ["Morning! Yes, that's booked in. Have a good week"],
    "de": ["Guten Morgen! Ja, ist eingeplant. Schöne Woche"],
    "it": ["Buongiorno! Sì, è in programma. Buona settimana"],
    "es": ["¡Buenos días! Sí, queda programado. Buena semana"],
}
B2B_PRAISE = {
    "pt": ["Os clientes da esplanada adoram o gelato Gelunda, entrega sempre certinha"],
    "fr": ["Nos clients en terrasse adorent les glaces Gelunda, livraisons toujours ponctuelles"],
    "en": ["Our guests love the Gelunda gelato, deliveries always on time"],
    "de": ["Unsere Gäste lieben das Gelunda-Eis, Lieferungen immer pünktlich"],
    "it": ["I nostri clienti adorano il gelato Gelunda, consegne sempre puntuali"],
    "es": ["A nuestros clientes les encanta el helado Gelunda, entregas siempre puntuales"],
}
DAY_WORD = {
    "pt": ["ontem", "na quarta", "esta manhã"],
    "fr": ["hier", "mercredi", "ce matin"],
    "en": ["yesterday", "on Wednesday", "this morning"],
    "de": ["gestern", "am Mittwoch", "heute Morgen"],
    "it": ["ieri", "mercoledì", "stamattina"],
    "es": ["ayer", "el miércoles", "esta mañana"],
}

SPIKE_CODE = "TMP-738"
SPIKE_TOPIC = "gelato app cancels orders on their way with a false cold-chain alarm ('box discarded'), refunds nothing, error TMP-738"
SPIKE = {
    "pt": [
        "A app acabou de cancelar a minha encomenda com 'alarme de temperatura, caixa descartada' e o estafeta estava a 5 minutos?! Erro {code}",
        "encomenda cancelada pela app, diz que a caixa aqueceu e foi deitada fora. mas o gps mostrava a carrinha a chegar",
        "Mensagem 'cadeia de frio interrompida' e pedido anulado. Alguém mais? código {code}",
    ],
    "fr": [
        "L'appli vient d'annuler ma commande avec 'alerte température, boîte détruite' alors que le livreur était à 5 min ?! Erreur {code}",
        "commande annulée par l'appli, soi-disant la boîte a chauffé et a été jetée. le suivi montrait la camionnette à côté",
        "Message 'chaîne du froid rompue' et commande annulée. D'autres chez vous ? code {code}",
    ],
    "en": [
        "App just cancelled my order with 'temperature alarm, box discarded' while the driver was 5 min away?! Error {code}",
        "order cancelled by the app saying the box got warm and was binned. tracker showed the van round the corner",
    ],
    "de": [
        "Die App hat gerade meine Bestellung storniert: 'Temperaturalarm, Box entsorgt', der Fahrer war 5 Minuten entfernt?! Fehler {code}",
        "Bestellung von der App storniert, angeblich Kühlkette unterbrochen. Die Sendungsverfolgung zeigte den Wagen um die Ecke",
    ],
    "it": [
        "L'app ha appena annullato il mio ordine con 'allarme temperatura, scatola eliminata' e il corriere era a 5 minuti?! Errore {code}",
        "ordine annullato dall'app, dice catena del freddo interrotta. il tracking mostrava il furgone qui sotto",
    ],
    "es": [
        "La app me acaba de cancelar el pedido con 'alarma de temperatura, caja desechada' y el repartidor estaba a 5 minutos?! Error {code}",
        "pedido cancelado por la app, dice que se rompió la cadena de frío. el seguimiento mostraba la furgoneta aquí al lado",
    ],
}
SPIKE_AGAIN = {
    "pt": [
        "Volto a escrever: fiz nova encomenda e a app cancelou OUTRA VEZ com {code}. Ainda não está resolvido",
        "continua! segunda encomenda anulada com o mesmo alarme de temperatura",
    ],
    "fr": [
        "Je réécris : nouvelle commande et l'appli l'annule ENCORE avec {code}. Toujours pas réglé",
        "ça continue ! deuxième commande annulée avec la même alerte température",
    ],
    "en": [
        "Writing again: placed a new order and the app cancelled it AGAIN with {code}. Still broken"
    ],
    "de": [
        "Nochmal: neue Bestellung, und die App storniert SCHON WIEDER mit {code}. Immer noch kaputt"
    ],
    "it": ["Riscrivo: nuovo ordine e l'app lo annulla DI NUOVO con {code}. Ancora rotto"],
    "es": ["Vuelvo a escribir: pedido nuevo y la app lo cancela OTRA VEZ con {code}. Sigue roto"],
}
SPIKE_CHAT_A = {
    "pt": [
        "Sim, a app está a cancelar encomendas com um falso alarme de temperatura neste momento, a equipa técnica já está em cima disso."
    ],
    "fr": [
        "Oui, l'appli annule en ce moment des commandes avec une fausse alerte température, nos équipes techniques sont dessus."
    ],
    "en": [
        "Yes, the app is cancelling orders with a false temperature alarm right now, our engineers are on it."
    ],
    "de": [
        "Ja, die App storniert gerade Bestellungen mit einem falschen Temperaturalarm, unsere Technik ist dran."
    ],
    "it": [
        "Sì, l'app sta annullando ordini con un falso allarme temperatura in questo momento, i tecnici ci stanno lavorando."
    ],
    "es": [
        "Sí, la app está cancelando pedidos con una falsa alarma de temperatura ahora mismo, el equipo técnico está en ello."
    ],
}
SPIKE_FIXED = {
    "pt": [
        "Olá, desde as {time} as encomendas já não são canceladas. A sua foi reposta e entregamos hoje; oferecemos 10 € de crédito."
    ],
    "fr": [
        "Bonjour, depuis {time} les commandes ne sont plus annulées. La vôtre est rétablie et livrée aujourd'hui ; 10 € de crédit offerts."
    ],
    "en": [
        "Hi, since {time} orders are no longer being cancelled. Yours is restored and arrives today; we've added a credit as an apology."
    ],
    "de": [
        "Hallo, seit {time} werden keine Bestellungen mehr storniert. Ihre ist wiederhergestellt und kommt heute; 10 € Guthaben als Entschuldigung."
    ],
    "it": [
        "Ciao, dalle {time} gli ordini non vengono più annullati. Il tuo è ripristinato e arriva oggi; 10 € di credito in regalo."
    ],
    "es": [
        "Hola, desde las {time} ya no se cancelan pedidos. El tuyo está restablecido y llega hoy; te regalamos 10 € de saldo."
    ],
}
LONE_Q = {
    "pt": [
        "Ontem a app mostrou 'temperatura a verificar' no seguimento durante uns minutos e depois ficou normal. A caixa chegou ótima. É normal?"
    ],
    "fr": [
        "Hier le suivi affichait 'température en vérification' quelques minutes puis c'est redevenu normal. La boîte est arrivée parfaite. C'est normal ?"
    ],
    "en": [
        "Yesterday the tracker said 'checking temperature' for a few minutes then went back to normal. Box arrived perfect. Is that normal?"
    ],
    "de": [
        "Gestern stand im Tracking ein paar Minuten 'Temperatur wird geprüft', dann wieder normal. Box kam perfekt an. Ist das normal?"
    ],
    "it": [
        "Ieri il tracking diceva 'verifica temperatura' per qualche minuto, poi tutto normale. Scatola arrivata perfetta. È normale?"
    ],
    "es": [
        "Ayer el seguimiento puso 'comprobando temperatura' unos minutos y luego volvió a la normalidad. La caja llegó perfecta. ¿Es normal?"
    ],
}
LONE_A = {
    "pt": ["Sim, é só a leitura do sensor da carrinha a atualizar. Está tudo bem."],
    "fr": ["Oui, c'est juste le capteur de la camionnette qui se met à jour. Tout va bien."],
    "en": ["Yes, that's just the van's sensor refreshing. All fine."],
    "de": ["Ja, das ist nur der Sensor im Wagen, der aktualisiert. Alles gut."],
    "it": ["Sì, è solo il sensore del furgone che si aggiorna. Tutto a posto."],
    "es": ["Sí, es solo el sensor de la furgoneta actualizándose. Todo bien."],
}
