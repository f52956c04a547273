"""Wording of heldout252 (Lagartix: reptile, amphibian and terrarium supplies with
live-food deliveries; Lagartix Pro for pet shops, zoos, schools and labs).

Every table has its wording in all six languages (fr, pt, en, de, it, es); French and
Portuguese have two to four variants in most tables. Placeholders: {b} brand, {ref} case
reference, {p} product, {c} competitor, {n} the writer's first name, {first} a colleague's
first name, {day} a weekday, {co} a company, {code} the incident's error code, {t} a local
time.
"""

# ruff: noqa: E501

from __future__ import annotations

Table = dict[str, list[str]]

LANGS = ("fr", "pt", "en", "de", "it", "es")

BRAND = "Lagartix"
COMPETITORS = ("Reptalia", "Grilvo")

PRODUCTS = [
    ("Live crickets, medium, box of 500 / Grillons vivants, moyens, boîte de 500", "14.90"),
    ("Locusts, large, tub of 50 / Criquets, grands, pot de 50", "12.50"),
    ("Mealworms 1 kg / Vers de farine 1 kg", "18.00"),
    ("Dubia roaches, colony starter / Blattes dubia, colonie de départ", "29.90"),
    ("UVB lamp T5 12% 54 W / Lampe UVB T5 12 % 54 W", "42.00"),
    ("Heat mat 28 W with thermostat / Tapis chauffant 28 W avec thermostat", "49.90"),
    ("Glass terrarium 90x45x60 / Terrarium en verre 90x45x60", "219.00"),
    ("Bioactive substrate 20 l / Substrat bioactif 20 l", "24.90"),
    ("Misting system, 2 nozzles / Système de brumisation, 2 buses", "89.00"),
    ("Calcium powder with D3 / Poudre de calcium avec D3", "9.90"),
    ("Plus membership, yearly / Adhésion Plus, annuelle", "39.00"),
]

PAGES = [
    "/app/food-plan",
    "/shop/live-food",
    "/shop/lighting",
    "/shop/terrariums",
    "/plus",
    "/care-guides",
    "/app/orders",
    "/shop/heating",
]
B2B_PAGES = [
    "/pro/portal",
    "/pro/standing-orders",
    "/pro/invoices",
    "/pro/catalogue",
    "/pro/deliveries",
]

PRAISE: Table = {
    "fr": [
        "Grillons arrivés bien vivants et bien gros, mon gecko léopard a fait la fête 🦎 merci {b}",
        "Franchement {b} c'est le jour et la nuit avec l'animalerie du coin, tout arrive vivant, emballage nickel",
        "Livraison de criquets ce matin avant 10h, ma pogona est ravie. Rien à redire",
        "tres content de la lampe UVB, le conseil par chat était top, mon cameleon a repris des couleurs",
    ],
    "pt": [
        "Os grilos chegaram todos vivos e a caixa vinha bem arejada, a minha pogona agradece 🦎 obrigada {b}",
        "Encomendei o terrário ontem e hoje já estava montado. Serviço impecável da {b}",
        "Nunca pensei que comprar larvas pela app fosse tão fácil. Chegou tudo certinho",
        "adoro a {b}, o guia de cuidados do gecko ajudou imenso a minha filha",
    ],
    "en": [
        "Crickets turned up lively and well packed, the leopard gecko went mad for them. Cheers {b}",
        "Really impressed with {b}, the UVB advice in chat was spot on",
    ],
    "de": [
        "Heimchen kamen quicklebendig an, super verpackt. Mein Bartagame ist glücklich, danke {b}",
        "Terrarium kam heil und pünktlich, Aufbau in 20 Minuten. Top {b}",
    ],
    "it": [
        "Grilli arrivati tutti vivi e belli grossi, il mio geco ringrazia. Bravi {b}",
        "Consegna velocissima, imballo perfetto, {b} non sbaglia un colpo",
    ],
    "es": [
        "Los grillos llegaron vivitos y coleando, mi pogona encantada. Gracias {b}",
        "El terrario llegó perfecto y en un día, muy contenta con {b}",
    ],
}

PRAISE_AGAIN: Table = {
    "fr": [
        "Troisième commande de grillons ce mois-ci et toujours aussi impeccable, {b} assure",
        "Encore une fois livré avant midi, encore une fois tout vivant. Je reste chez {b}",
    ],
    "pt": [
        "Terceira vez este mês e mais uma vez tudo perfeito. A {b} nunca falha",
        "Outra vez o mesmo estafeta simpático, outra vez tudo vivo. Continuem assim",
    ],
    "en": ["Third order this month and still flawless, {b} just keeps getting it right"],
    "de": [
        "Schon wieder alles perfekt, dritte Lieferung diesen Monat. {b} bleibt meine erste Wahl"
    ],
    "it": ["Terza volta questo mese e ancora tutto perfetto, {b} è una garanzia"],
    "es": ["Tercera vez este mes y otra vez todo perfecto, {b} no falla"],
}

PRAISE_GRIPE: Table = {
    "fr": [
        "Très contente des vers de farine, juste dommage que le carton soit si énorme pour si peu. Sinon parfait",
        "Tout est arrivé, lampe nickel. Seul bémol la notice uniquement en PDF, mais bon je recommande",
    ],
    "pt": [
        "Tudo ótimo com as baratas dubia, só a caixa é que vinha enorme para tão pouco. De resto 5 estrelas",
        "Gostei muito do tapete térmico, só o cabo é curto. De resto recomendo",
    ],
    "en": [
        "Lovely healthy locusts, only gripe is the tub lid is a faff to open. Otherwise spot on"
    ],
    "de": [
        "Sehr gute Mehlwürmer, nur die Verpackung ist echt übertrieben groß. Ansonsten gerne wieder"
    ],
    "it": ["Camole ottime, solo la scatola è enorme per così poco. Per il resto tutto bene"],
    "es": [
        "Muy bien las cucarachas dubia, solo que la caja es enorme para lo que es. Por lo demás genial"
    ],
}

QUESTION: Table = {
    "fr": [
        "Bonjour, est-ce que je peux décaler ma livraison de grillons de mardi à jeudi ?",
        "bjr, la lampe UVB T5 convient pour un terrarium de 60 cm de haut ?",
        "Salut, comment on met en pause l'abonnement pendant les vacances ?",
    ],
    "pt": [
        "Olá, posso mudar a entrega dos grilos de terça para quinta?",
        "Boa tarde, o tapete térmico de 28 W serve para um terrário de 90 cm?",
        "Oi, como faço para pausar a assinatura nas férias? obg",
    ],
    "en": [
        "Hi, can I move my cricket delivery from Tuesday to Thursday?",
        "Does the 54 W UVB tube fit a 90 cm terrarium?",
    ],
    "de": [
        "Hallo, kann ich die Heimchen-Lieferung von Dienstag auf Donnerstag verschieben?",
        "Passt die UVB-Röhre 54 W in ein 90er Terrarium?",
    ],
    "it": [
        "Ciao, posso spostare la consegna dei grilli da martedì a giovedì?",
        "La lampada UVB da 54 W va bene per un terrario da 90 cm?",
    ],
    "es": [
        "Hola, ¿puedo pasar la entrega de grillos del martes al jueves?",
        "¿El tubo UVB de 54 W sirve para un terrario de 90 cm?",
    ],
}

ANSWER: Table = {
    "fr": [
        "Bonjour {n}, c'est fait : votre livraison arrive jeudi. Bonne journée !",
        "Bonjour {n}, oui tout à fait, et pensez à la remplacer tous les 12 mois. Belle journée",
    ],
    "pt": [
        "Olá {n}, já está: a entrega passa para quinta. Bom dia!",
        "Olá {n}, sim, serve perfeitamente. Lembre-se de o trocar a cada 12 meses",
    ],
    "en": ["Hi {n}, done: your delivery now comes on Thursday. Have a good day!"],
    "de": ["Hallo {n}, erledigt: Ihre Lieferung kommt jetzt am Donnerstag. Schönen Tag!"],
    "it": ["Ciao {n}, fatto: la consegna arriva giovedì. Buona giornata!"],
    "es": ["Hola {n}, hecho: tu entrega llega el jueves. ¡Buen día!"],
}

THANKS: Table = {
    "fr": ["Super merci !", "parfait merci bcp", "Top, merci pour la rapidité"],
    "pt": ["Obrigada!", "Perfeito, obg", "Muito obrigado pela rapidez"],
    "en": ["Brilliant, thanks!"],
    "de": ["Super, danke!"],
    "it": ["Perfetto grazie!"],
    "es": ["¡Genial, gracias!"],
}

PHONE_Q: Table = {
    "fr": [
        "oui bonjour je voulais savoir si les grillons supportent le froid en ce moment parce que je suis absente jeudi on peut les laisser chez la voisine",
        "bonjour c'est pour savoir comment on ajoute un deuxième terrarium au plan de nourriture dans l'appli",
    ],
    "pt": [
        "olá bom dia queria saber se os grilos aguentam o frio porque na quinta não estou em casa posso deixar com a vizinha",
        "boa tarde era só para saber como junto um segundo terrário ao plano de alimentação na app",
    ],
    "en": [
        "hi yeah just wondering if the crickets are ok in the cold because I'm out on Thursday can they go to my neighbour"
    ],
    "de": [
        "ja hallo ich wollte fragen ob die Heimchen die Kälte aushalten ich bin Donnerstag nicht da kann die Nachbarin das annehmen"
    ],
    "it": [
        "pronto buongiorno volevo sapere se i grilli reggono il freddo perché giovedì non ci sono posso lasciarli alla vicina"
    ],
    "es": [
        "hola buenas quería saber si los grillos aguantan el frío porque el jueves no estoy se los pueden dejar a la vecina"
    ],
}

PHONE_FOLLOW: Table = {
    "fr": [
        "Bonjour {n}, suite à votre appel : oui, le colis est isolé et tient 24 h, la voisine peut le prendre. Bonne journée, l'équipe {b}"
    ],
    "pt": [
        "Olá {n}, na sequência da sua chamada: sim, a caixa é isolada e aguenta 24 h, a vizinha pode recebê-la. Cumprimentos, equipa {b}"
    ],
    "en": [
        "Hi {n}, following your call: yes, the box is insulated for 24 h, your neighbour can take it. Best, the {b} team"
    ],
    "de": [
        "Hallo {n}, zu Ihrem Anruf: ja, die Box ist 24 h isoliert, Ihre Nachbarin kann sie annehmen. Viele Grüße, Ihr {b}-Team"
    ],
    "it": [
        "Ciao {n}, come da telefonata: sì, la scatola è isolata per 24 ore, la vicina può ritirarla. Saluti, il team {b}"
    ],
    "es": [
        "Hola {n}, sobre tu llamada: sí, la caja está aislada 24 h, tu vecina puede recogerla. Un saludo, el equipo {b}"
    ],
}

SUBJ_QUESTION: Table = {
    "fr": ["Question livraison"],
    "pt": ["Dúvida entrega"],
    "en": ["Delivery question"],
    "de": ["Frage Lieferung"],
    "it": ["Domanda consegna"],
    "es": ["Duda entrega"],
}
SUBJ_FOLLOW: Table = {
    "fr": ["Suite à votre appel"],
    "pt": ["Na sequência da sua chamada"],
    "en": ["Following your call"],
    "de": ["Zu Ihrem Anruf"],
    "it": ["Seguito della telefonata"],
    "es": ["Sobre tu llamada"],
}

REVIEW_GOOD: Table = {
    "fr": [
        "Commande reçue vite, insectes en pleine forme. 5 étoiles",
        "Lampe conforme, livraison rapide, service client réactif",
    ],
    "pt": [
        "Chegou depressa e tudo vivo. 5 estrelas",
        "Produto conforme, entrega rápida, recomendo",
    ],
    "en": ["Quick delivery, healthy feeders, great packaging"],
    "de": ["Schnelle Lieferung, fitte Futtertiere, klare Empfehlung"],
    "it": ["Consegna rapida, insetti vivaci, consigliato"],
    "es": ["Entrega rápida, insectos en forma, recomendado"],
}

SURVEY_WORD: Table = {
    "fr": ["top", "rien à dire", "👍", ""],
    "pt": ["excelente", "tudo bem", "👍", ""],
    "en": ["great", ""],
    "de": ["super", ""],
    "it": ["ottimo", ""],
    "es": ["genial", ""],
}

LOW_WORD: Table = {
    "fr": ["nul", "déçue", ""],
    "pt": ["péssimo", "desiludido", ""],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
}

NIGHT_POST: Table = {
    "fr": [
        "2h du mat et je regarde mon gecko chasser ses grillons {b} au lieu de dormir 😅",
        "Insomnie, donc réorganisation du terrarium avec le substrat bioactif reçu hier. Il est magnifique",
    ],
    "pt": [
        "2 da manhã e eu a ver o gecko caçar os grilos da {b} em vez de dormir 😅",
        "Turno da noite acabado, cheguei e o terrário com a nova lâmpada está lindo",
    ],
    "en": ["3am and I'm watching the gecko hunt his {b} crickets instead of sleeping"],
    "de": ["Nachtschicht vorbei und der Gecko jagt gerade die Heimchen von {b}, herrlich"],
    "it": ["Le 2 di notte e guardo il geco cacciare i grilli di {b} invece di dormire"],
    "es": ["Las 2 de la mañana y yo mirando al gecko cazar los grillos de {b} en vez de dormir"],
}

NIGHT_Q: Table = {
    "fr": [
        "Bonsoir, à quelle heure part la commande si je commande maintenant ?",
        "question bête, les vers de farine au frigo ou pas ?",
    ],
    "pt": [
        "Boa noite, se encomendar agora a que horas sai a encomenda?",
        "pergunta parva, as larvas vão ao frigorífico ou não?",
    ],
    "en": ["Evening, if I order now when does it ship?"],
    "de": ["Guten Abend, wenn ich jetzt bestelle, wann geht das raus?"],
    "it": ["Buonasera, se ordino adesso quando parte?"],
    "es": ["Buenas noches, si pido ahora, ¿cuándo sale el pedido?"],
}

NIGHT_A: Table = {
    "fr": [
        "Bonsoir {n}, elle part demain matin à 8h. Et oui, les vers de farine au frais (8-10 °C), bonne nuit !"
    ],
    "pt": ["Boa noite {n}, sai amanhã às 8h. E sim, larvas no fresco (8-10 °C). Boa noite!"],
    "en": ["Hi {n}, it ships tomorrow at 8am. Good night!"],
    "de": ["Hallo {n}, sie geht morgen um 8 Uhr raus. Gute Nacht!"],
    "it": ["Ciao {n}, parte domani alle 8. Buonanotte!"],
    "es": ["Hola {n}, sale mañana a las 8. ¡Buenas noches!"],
}

# The six consumer problems: topic words for subjects, then short complaints.
PROBLEM_TOPIC: dict[str, Table] = {
    "no_show": {
        "fr": ["colis jamais reçu"],
        "pt": ["encomenda não recebida"],
        "en": ["parcel never arrived"],
        "de": ["Paket nie angekommen"],
        "it": ["pacco mai arrivato"],
        "es": ["pedido no recibido"],
    },
    "double_charge": {
        "fr": ["double prélèvement"],
        "pt": ["cobrança duplicada"],
        "en": ["charged twice"],
        "de": ["doppelt abgebucht"],
        "it": ["addebito doppio"],
        "es": ["cobro doble"],
    },
    "damage": {
        "fr": ["terrarium cassé"],
        "pt": ["terrário partido"],
        "en": ["terrarium broken"],
        "de": ["Terrarium kaputt"],
        "it": ["terrario rotto"],
        "es": ["terrario roto"],
    },
    "refund": {
        "fr": ["remboursement"],
        "pt": ["reembolso"],
        "en": ["refund"],
        "de": ["Erstattung"],
        "it": ["rimborso"],
        "es": ["reembolso"],
    },
    "wrong_price": {
        "fr": ["prix Plus non appliqué"],
        "pt": ["preço Plus não aplicado"],
        "en": ["Plus price not applied"],
        "de": ["Plus-Preis fehlt"],
        "it": ["prezzo Plus non applicato"],
        "es": ["precio Plus no aplicado"],
    },
    "cancel_fee": {
        "fr": ["frais d'annulation"],
        "pt": ["taxa de cancelamento"],
        "en": ["cancellation fee"],
        "de": ["Stornogebühr"],
        "it": ["penale di annullamento"],
        "es": ["cargo por cancelación"],
    },
}

PROBLEM: dict[str, Table] = {
    "no_show": {
        "fr": [
            "Mes grillons sont marqués LIVRÉS depuis ce matin 9h12 et je n'ai rien reçu. Personne n'a sonné. Mes deux geckos n'ont plus rien à manger, c'est une blague ?",
            "colis marqué livré, rien dans la boîte aux lettres, rien chez le gardien. des insectes vivants qui traînent quelque part, super",
        ],
        "pt": [
            "A app diz ENTREGUE desde as 9h12 e eu não recebi nada. Ninguém tocou. Os meus geckos estão sem comida, isto é alguma piada?",
            "encomenda dada como entregue e nada na caixa nem com o porteiro. insetos vivos perdidos algures, ótimo",
        ],
        "en": [
            "App says DELIVERED at 9:12 and nothing has turned up. Nobody rang. My geckos have nothing to eat, what is going on?"
        ],
        "de": [
            "Laut App seit 9:12 ZUGESTELLT, hier ist nichts angekommen. Keiner hat geklingelt. Meine Geckos haben nichts zu fressen, ernsthaft?"
        ],
        "it": [
            "Risulta CONSEGNATO dalle 9:12 e non ho ricevuto niente. Nessuno ha suonato. I miei gechi sono senza cibo, è uno scherzo?"
        ],
        "es": [
            "Pone ENTREGADO desde las 9:12 y aquí no ha llegado nada. Nadie ha llamado. Mis geckos sin comida, ¿en serio?"
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez prélevé DEUX fois la commande de 89 € du système de brumisation. Mon compte est à découvert à cause de vous",
            "double prelevement sur ma carte pour la meme commande, 89 € x2, j'attends une explication",
        ],
        "pt": [
            "Cobraram-me DUAS vezes os 89 € do sistema de nebulização. Fiquei com a conta a descoberto por vossa causa",
            "cobrança a dobrar no cartão pela mesma encomenda, 89 € x2, quero uma explicação",
        ],
        "en": [
            "You've taken £78 TWICE for the same misting system order. My account is overdrawn because of it"
        ],
        "de": [
            "Sie haben die 89 € für die Beregnungsanlage ZWEIMAL abgebucht. Mein Konto ist deswegen im Minus"
        ],
        "it": [
            "Mi avete addebitato DUE volte gli 89 € dell'impianto di nebulizzazione. Ho il conto in rosso per colpa vostra"
        ],
        "es": [
            "Me habéis cobrado DOS veces los 89 € del sistema de nebulización. Tengo la cuenta en números rojos por vuestra culpa"
        ],
    },
    "damage": {
        "fr": [
            "Le terrarium 90x45x60 est arrivé avec la vitre avant fendue de haut en bas. 219 € pour ça. Impossible d'y mettre l'animal",
            "vitre du terrarium explosée a l'ouverture du carton, photos à l'appui. je fais quoi de mon python moi ?",
        ],
        "pt": [
            "O terrário 90x45x60 chegou com o vidro da frente rachado de cima a baixo. 219 € para isto. Não dá para pôr lá o animal",
            "vidro do terrário estilhaçado ao abrir a caixa, tenho fotos. e agora onde ponho a minha cobra?",
        ],
        "en": [
            "The 90x45x60 terrarium arrived with the front glass cracked top to bottom. £189 for this. Can't put the animal in it"
        ],
        "de": [
            "Das Terrarium 90x45x60 kam mit einer von oben bis unten gesprungenen Frontscheibe. 219 € dafür. So kann kein Tier rein"
        ],
        "it": [
            "Il terrario 90x45x60 è arrivato col vetro frontale crepato da cima a fondo. 219 € per questo. Non posso metterci l'animale"
        ],
        "es": [
            "El terrario 90x45x60 llegó con el cristal frontal rajado de arriba abajo. 219 € para esto. No puedo meter al animal"
        ],
    },
    "refund": {
        "fr": [
            "J'ai renvoyé la lampe UVB défectueuse il y a TROIS semaines, reçue chez vous le 2, et toujours pas un centime remboursé. 42 €",
            "trois semaines que j'attends le remboursement de la lampe renvoyée, on se moque de qui ?",
        ],
        "pt": [
            "Devolvi a lâmpada UVB avariada há TRÊS semanas, vocês receberam-na dia 2, e até hoje nem um cêntimo. 42 €",
            "três semanas à espera do reembolso da lâmpada devolvida, estão a gozar comigo?",
        ],
        "en": [
            "Sent the faulty UVB lamp back THREE weeks ago, you got it on the 2nd, still not a penny refunded. £36"
        ],
        "de": [
            "Die defekte UVB-Lampe habe ich vor DREI Wochen zurückgeschickt, am 2. bei Ihnen angekommen, bis heute keine Erstattung. 42 €"
        ],
        "it": [
            "Ho reso la lampada UVB difettosa TRE settimane fa, l'avete ricevuta il 2, e ancora nessun rimborso. 42 €"
        ],
        "es": [
            "Devolví la lámpara UVB defectuosa hace TRES semanas, os llegó el día 2, y ni un céntimo de reembolso. 42 €"
        ],
    },
    "wrong_price": {
        "fr": [
            "Je paie Plus depuis un an et la commande est facturée au prix normal avec les frais de port. À quoi sert Plus alors ?",
            "abonnée Plus et on m'a compté 6,90 de livraison + prix non membre. sérieux ?",
        ],
        "pt": [
            "Pago o Plus há um ano e a encomenda veio ao preço normal com portes. Então para que serve o Plus?",
            "sou Plus e cobraram-me 6,90 de portes e preço de não sócio. a sério?",
        ],
        "en": [
            "I pay for Plus and this order was charged at the normal price plus delivery. What's the point of Plus then?"
        ],
        "de": [
            "Ich zahle seit einem Jahr Plus und die Bestellung wurde zum Normalpreis mit Versand berechnet. Wozu dann Plus?"
        ],
        "it": [
            "Pago il Plus da un anno e l'ordine è stato addebitato a prezzo pieno con spedizione. A cosa serve il Plus?"
        ],
        "es": [
            "Pago el Plus desde hace un año y el pedido me lo han cobrado a precio normal y con envío. ¿Para qué sirve el Plus?"
        ],
    },
    "cancel_fee": {
        "fr": [
            "J'ai annulé la livraison de grillons QUATRE jours avant et vous me facturez 9,90 € de frais d'annulation. Vos CGV disent 48 h",
            "frais d'annulation pour une livraison annulée 4 jours avant, c'est du vol",
        ],
        "pt": [
            "Cancelei a entrega dos grilos QUATRO dias antes e cobraram-me 9,90 € de taxa. As vossas condições dizem 48 h",
            "taxa de cancelamento por uma entrega cancelada 4 dias antes, isto é um roubo",
        ],
        "en": [
            "Cancelled the cricket delivery FOUR days ahead and got a £9 cancellation fee. Your terms say 48 hours"
        ],
        "de": [
            "Ich habe die Heimchen-Lieferung VIER Tage vorher storniert und soll 9,90 € Stornogebühr zahlen. In Ihren AGB stehen 48 Stunden"
        ],
        "it": [
            "Ho annullato la consegna QUATTRO giorni prima e mi addebitate 9,90 € di penale. Le vostre condizioni dicono 48 ore"
        ],
        "es": [
            "Cancelé la entrega de grillos CUATRO días antes y me cobráis 9,90 € de cancelación. Vuestras condiciones dicen 48 h"
        ],
    },
}

PROBLEM_CALL: dict[str, Table] = {
    "no_show": {
        "fr": [
            "bonjour alors voilà mes grillons sont marqués livrés ce matin et j'ai rien reçu personne n'a sonné mes geckos ont plus rien"
        ],
        "pt": [
            "bom dia olhe os meus grilos aparecem como entregues e eu não recebi nada ninguém tocou os geckos estão sem comida"
        ],
        "en": [
            "hi my crickets say delivered this morning and I've got nothing nobody rang my geckos have nothing"
        ],
        "de": [
            "hallo meine Heimchen stehen als zugestellt drin und hier ist nichts angekommen keiner hat geklingelt"
        ],
        "it": [
            "buongiorno i grilli risultano consegnati stamattina ma io non ho ricevuto niente nessuno ha suonato"
        ],
        "es": [
            "hola mire los grillos pone entregado esta mañana y no me ha llegado nada nadie ha llamado"
        ],
    },
    "double_charge": {
        "fr": [
            "oui bonjour vous m'avez débité deux fois 89 euros pour la même commande je suis à découvert"
        ],
        "pt": [
            "sim bom dia cobraram-me duas vezes 89 euros pela mesma encomenda fiquei a descoberto"
        ],
        "en": ["hello you've charged me twice 78 pounds for the same order I'm overdrawn"],
        "de": [
            "ja guten Tag Sie haben zweimal 89 Euro für dieselbe Bestellung abgebucht ich bin im Minus"
        ],
        "it": [
            "buongiorno mi avete addebitato due volte 89 euro per lo stesso ordine sono in rosso"
        ],
        "es": ["hola me han cobrado dos veces 89 euros por el mismo pedido estoy en números rojos"],
    },
    "damage": {
        "fr": [
            "bonjour le terrarium est arrivé avec la vitre de devant fendue de haut en bas je peux pas mettre l'animal dedans"
        ],
        "pt": [
            "bom dia o terrário chegou com o vidro da frente rachado de cima a baixo não posso pôr lá o animal"
        ],
        "en": [
            "hi the terrarium came with the front glass cracked right down I can't put the animal in"
        ],
        "de": [
            "hallo das Terrarium kam mit gesprungener Frontscheibe ich kann das Tier da nicht reinsetzen"
        ],
        "it": [
            "buongiorno il terrario è arrivato col vetro davanti crepato non posso metterci l'animale"
        ],
        "es": [
            "hola el terrario ha llegado con el cristal de delante rajado no puedo meter al animal"
        ],
    },
    "refund": {
        "fr": [
            "bonjour ça fait trois semaines que j'ai renvoyé la lampe et j'ai toujours pas été remboursée 42 euros"
        ],
        "pt": [
            "boa tarde já lá vão três semanas desde que devolvi a lâmpada e ainda não fui reembolsada 42 euros"
        ],
        "en": ["hi it's been three weeks since I sent the lamp back and still no refund 36 pounds"],
        "de": ["guten Tag ich warte seit drei Wochen auf die Erstattung für die Lampe 42 Euro"],
        "it": ["buongiorno sono tre settimane che ho reso la lampada e niente rimborso 42 euro"],
        "es": ["hola hace tres semanas que devolví la lámpara y ni rastro del reembolso 42 euros"],
    },
    "wrong_price": {
        "fr": [
            "bonjour je suis abonnée plus et on m'a facturé le prix normal avec la livraison je comprends pas"
        ],
        "pt": ["olá eu sou plus e cobraram-me o preço normal com portes não percebo"],
        "en": ["hi I'm a plus member and got charged full price and delivery I don't get it"],
        "de": [
            "hallo ich bin Plus-Mitglied und habe den Normalpreis mit Versand bezahlt das verstehe ich nicht"
        ],
        "it": ["salve sono cliente plus e mi avete fatto pagare prezzo pieno e spedizione"],
        "es": ["hola soy del plus y me han cobrado precio normal y envío no lo entiendo"],
    },
    "cancel_fee": {
        "fr": [
            "bonjour j'ai annulé quatre jours avant et vous me prenez 9 euros 90 de frais c'est pas normal"
        ],
        "pt": [
            "bom dia cancelei quatro dias antes e cobraram-me 9 euros e 90 de taxa não está certo"
        ],
        "en": ["hi I cancelled four days before and you've charged a 9 pound fee that's not right"],
        "de": [
            "hallo ich habe vier Tage vorher storniert und soll 9 Euro 90 Gebühr zahlen das geht nicht"
        ],
        "it": ["buongiorno ho annullato quattro giorni prima e mi chiedete 9 euro e 90 di penale"],
        "es": [
            "hola cancelé cuatro días antes y me cobran 9 euros con 90 de cancelación eso no es así"
        ],
    },
}

SUBJ_COMPLAINT: Table = {
    "fr": ["Réclamation : {topic}", "{topic} !!"],
    "pt": ["Reclamação: {topic}", "{topic}!!"],
    "en": ["Complaint: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "it": ["Reclamo: {topic}"],
    "es": ["Reclamación: {topic}"],
}
SUBJ_CASE: Table = {
    "fr": ["RE : Dossier {ref}", "Dossier {ref} toujours ouvert"],
    "pt": ["RE: Processo {ref}", "Processo {ref} ainda aberto"],
    "en": ["Re: Your case {ref}"],
    "de": ["AW: Vorgang {ref}"],
    "it": ["R: Pratica {ref}"],
    "es": ["RE: Incidencia {ref}"],
}

LONG_EMAIL: Table = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du vétérinaire, où ma fille a emmené sa pogona pour une histoire de mue, alors pardonnez le style. Nous sommes clients depuis bientôt trois ans, d'abord pour les grillons, puis pour tout le matériel du terrarium quand nous avons déménagé à Nantes et que l'animalerie du quartier a fermé. Je dois dire que jusqu'ici, à part un retard l'hiver dernier, tout s'était bien passé.\n\nMais là : {problem}\n\nJ'ai essayé le chat de l'application deux fois sans réponse utile. Je voudrais simplement que quelqu'un regarde le dossier et me dise ce qui va être fait, et quand.\n\nCordialement,\n{n}",
        "Bonsoir,\n\nJe profite que les enfants soient enfin couchés pour vous écrire. On est en pleins travaux dans la maison de ma belle-mère et le terrarium du gecko a dû déménager trois fois en deux semaines, donc j'avais vraiment besoin que vos commandes, au moins, se passent sans surprise. Vous avez toujours été fiables, je vous ai même recommandés à deux collègues.\n\nSauf que {problem}\n\nJe ne demande pas la lune, juste une solution rapide et une réponse écrite.\n\nMerci d'avance,\n{n}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo-vos do carro, à porta da natação dos gémeos, por isso desculpem algum erro. Somos clientes há quase três anos, primeiro só por causa dos grilos e depois para tudo o que é terrário, desde que a loja do bairro fechou. Sempre correu bem, tirando um atraso no Natal.\n\nSó que agora {problem}\n\nJá tentei o chat da app duas vezes e ninguém resolve nada. Só quero que alguém pegue no assunto e me diga o que vai acontecer e quando.\n\nCumprimentos,\n{n}",
        "Olá,\n\nAproveito a pausa do almoço no hospital para escrever, que de noite nem tenho cabeça. Estamos a mudar de casa, a iguana do meu filho anda numa caixa provisória e eu precisava mesmo que pelo menos as vossas encomendas corressem bem, como sempre correram. Até vos recomendei a meio mundo.\n\nMas {problem}\n\nNão peço nada de especial, só uma solução rápida e uma resposta por escrito.\n\nObrigada,\n{n}",
    ],
    "en": [
        "Hello,\n\nWriting this from the vet's waiting room while my daughter's bearded dragon gets looked at, so forgive the rambling. We've been with you nearly three years, crickets first and then all the terrarium kit once our local shop shut, and honestly it has always been fine apart from one late delivery last winter.\n\nBut this time {problem}\n\nI've tried the app chat twice with no joy. I'd just like someone to look at it and tell me what happens next and when.\n\nKind regards,\n{n}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer der Tierarztpraxis, die Bartagame meiner Tochter hat Häutungsprobleme, also verzeihen Sie den Stil. Wir sind seit fast drei Jahren Kunden, erst wegen der Heimchen, dann für die ganze Terrarientechnik, seit der Zooladen bei uns zugemacht hat. Bis auf eine Verspätung letzten Winter lief immer alles gut.\n\nAber jetzt: {problem}\n\nDen Chat in der App habe ich zweimal versucht, ohne Ergebnis. Ich möchte einfach, dass sich jemand den Fall ansieht und mir sagt, was wann passiert.\n\nMit freundlichen Grüßen\n{n}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario, dove mia figlia ha portato il suo pogona per un problema di muta, quindi perdonate lo stile. Siamo clienti da quasi tre anni, prima per i grilli e poi per tutto il terrario, da quando il negozio sotto casa ha chiuso. A parte un ritardo l'inverno scorso, è sempre andato tutto bene.\n\nMa stavolta {problem}\n\nHo provato la chat dell'app due volte senza risultato. Vorrei solo che qualcuno guardasse la pratica e mi dicesse cosa succede e quando.\n\nCordiali saluti,\n{n}"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del veterinario, que mi hija ha traído a su pogona por un problema de muda, así que perdonad el estilo. Somos clientes desde hace casi tres años, primero por los grillos y luego para todo el terrario, desde que cerró la tienda del barrio. Salvo un retraso el invierno pasado, siempre ha ido bien.\n\nPero esta vez {problem}\n\nHe probado el chat de la app dos veces sin resultado. Solo quiero que alguien mire el caso y me diga qué va a pasar y cuándo.\n\nUn saludo,\n{n}"
    ],
}

CASE_OPENED: Table = {
    "fr": [
        "Bonjour {n}, nous sommes désolés. Nous avons ouvert le dossier {ref} et revenons vers vous sous 48 h. L'équipe {b}",
        "Bonjour {n}, merci de votre message, le dossier {ref} est ouvert et suivi par notre service client.",
    ],
    "pt": [
        "Olá {n}, lamentamos muito. Abrimos o processo {ref} e damos resposta em 48 h. Equipa {b}",
        "Olá {n}, obrigado pela mensagem, o processo {ref} está aberto e a ser tratado.",
    ],
    "en": [
        "Hi {n}, we're sorry about this. We've opened case {ref} and will get back to you within 48 hours. The {b} team"
    ],
    "de": [
        "Hallo {n}, das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns innerhalb von 48 Stunden. Ihr {b}-Team"
    ],
    "it": [
        "Ciao {n}, ci dispiace. Abbiamo aperto la pratica {ref} e ti rispondiamo entro 48 ore. Il team {b}"
    ],
    "es": [
        "Hola {n}, lo sentimos. Hemos abierto la incidencia {ref} y te respondemos en 48 h. El equipo de {b}"
    ],
}

QUALITY_LEAD: Table = {
    "fr": [
        "Bonjour {n}, votre dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "pt": [
        "Olá {n}, o seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "en": [
        "Hi {n}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo {n}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Ciao {n}, la tua pratica {ref} è ora nelle mani del nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "es": [
        "Hola {n}, tu incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

GOOD_NEWS: Table = {
    "fr": [
        "Bonjour {n}, bonne nouvelle concernant le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "pt": [
        "Olá {n}, boas notícias sobre o processo {ref}: ficou resolvido do nosso lado. Pode confirmar-nos que está tudo bem?"
    ],
    "en": [
        "Hi {n}, good news on case {ref}: it's sorted on our side. Could you confirm everything is fine now?"
    ],
    "de": [
        "Hallo {n}, gute Nachrichten zu Vorgang {ref}: auf unserer Seite ist alles erledigt. Können Sie bestätigen, dass alles passt?"
    ],
    "it": [
        "Ciao {n}, buone notizie sulla pratica {ref}: è risolta da parte nostra. Puoi confermarci che è tutto a posto?"
    ],
    "es": [
        "Hola {n}, buenas noticias sobre la incidencia {ref}: está resuelta por nuestra parte. ¿Nos confirmas que todo está bien?"
    ],
}
SUBJ_GOOD_NEWS: Table = {
    "fr": ["Dossier {ref} : bonne nouvelle"],
    "pt": ["Processo {ref}: boas notícias"],
    "en": ["Case {ref}: good news"],
    "de": ["Vorgang {ref}: gute Nachrichten"],
    "it": ["Pratica {ref}: buone notizie"],
    "es": ["Incidencia {ref}: buenas noticias"],
}
SUBJ_OPENED: Table = {
    "fr": ["Dossier {ref} ouvert"],
    "pt": ["Processo {ref} aberto"],
    "en": ["Case {ref} opened"],
    "de": ["Vorgang {ref} eröffnet"],
    "it": ["Pratica {ref} aperta"],
    "es": ["Incidencia {ref} abierta"],
}

CONFIRM: Table = {
    "fr": [
        "Oui c'est bon pour le dossier {ref}, tout est rentré dans l'ordre. Merci !",
        "confirmé pour {ref}, merci pour le suivi",
    ],
    "pt": [
        "Sim, está tudo certo com o processo {ref}. Obrigada!",
        "confirmo {ref}, obrigado pelo acompanhamento",
    ],
    "en": ["Yes, all fine now on {ref}. Thanks!"],
    "de": ["Ja, bei {ref} passt jetzt alles. Danke!"],
    "it": ["Sì, per la pratica {ref} è tutto a posto. Grazie!"],
    "es": ["Sí, con la incidencia {ref} todo bien ya. ¡Gracias!"],
}

APOLOGY: Table = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite",
        "Je m'excuse pour le ton d'hier, la journée avait été longue",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava a ferver. Obrigada por resolverem depressa",
        "Peço desculpa pelo tom de ontem, foi um dia complicado",
    ],
    "en": ["Sorry about my message yesterday, I'd had a rotten day. Thanks for sorting it quickly"],
    "de": [
        "Entschuldigung für meine Nachricht gestern, ich war echt geladen. Danke fürs schnelle Klären"
    ],
    "it": ["Scusate per il messaggio di ieri, ero fuori di me. Grazie per aver risolto in fretta"],
    "es": ["Perdón por el mensaje de ayer, estaba que echaba humo. Gracias por resolverlo rápido"],
}

STILL_OPEN: Table = {
    "fr": [
        "Dossier {ref} : toujours rien. Je relance, c'est toujours pas réglé.",
        "Je reviens encore pour le dossier {ref}, toujours ouvert, toujours pas de solution",
    ],
    "pt": [
        "Processo {ref}: continua tudo igual. Volto a insistir, ainda não está resolvido.",
        "Volto ao processo {ref}, continua aberto e sem solução",
    ],
    "en": ["Case {ref}: still nothing. Chasing again, this still isn't sorted."],
    "de": ["Vorgang {ref}: immer noch nichts. Ich hake nach, das ist weiterhin nicht gelöst."],
    "it": ["Pratica {ref}: ancora niente. Sollecito di nuovo, non è ancora risolto."],
    "es": ["Incidencia {ref}: sigue igual. Vuelvo a reclamar, esto sigue sin resolverse."],
}

THIRD: Table = {
    "fr": [
        "Une collègue commande chez {c} et eux règlent ça dans la journée.",
        "J'ai regardé les prix de {c}, pour info.",
    ],
    "pt": [
        "Uma colega compra na {c} e lá resolvem isto no mesmo dia.",
        "Já fui ver quanto cobra a {c}, só para saberem.",
    ],
    "en": ["A colleague orders from {c} and they sort this the same day."],
    "de": ["Eine Kollegin bestellt bei {c}, die klären sowas am selben Tag."],
    "it": ["Una collega compra da {c} e loro risolvono in giornata."],
    "es": ["Una compañera pide en {c} y allí lo arreglan en el día."],
}

FOURTH: Table = {
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "pt": ["É a QUARTA vez que escrevo."],
    "en": ["This is the FOURTH time I'm writing."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "it": ["È la QUARTA volta che scrivo."],
    "es": ["Es la CUARTA vez que escribo."],
}

URGENT: Table = {
    "fr": ["Bonjour {n}, j'ai ajouté votre message au dossier {ref} et l'ai marqué urgent."],
    "pt": ["Olá {n}, juntei a sua mensagem ao processo {ref} e marquei-o como urgente."],
    "en": ["Hi {n}, I've added this to case {ref} and marked it urgent."],
    "de": ["Hallo {n}, ich habe das zu Vorgang {ref} hinzugefügt und als dringend markiert."],
    "it": ["Ciao {n}, ho aggiunto il messaggio alla pratica {ref} e l'ho segnata come urgente."],
    "es": ["Hola {n}, he añadido tu mensaje a la incidencia {ref} y la he marcado como urgente."],
}

SLIDE: Table = {
    "fr": [
        "Livraison avec 3h de retard et sans prévenir, les grillons à moitié morts de froid. Bof.",
        "La moitié des criquets morts dans le pot cette fois. Et le tapis chauffant qui chauffe à peine.",
        "Maintenant il faut une photo de CHAQUE insecte mort pour un avoir ? Vous êtes sérieux ?",
        "Prix en hausse pour la deuxième fois en deux mois et frais de port Plus qui réapparaissent.",
        "9,90 € de « frais de retour » pour une lampe renvoyée dans son emballage d'origine. Je suis furieuse.",
        "Mon beau-frère commande chez {c}, j'ai passé ma commande de grillons là-bas cette semaine.",
    ],
    "pt": [
        "Entrega 3 horas atrasada e sem avisar, grilos meio mortos de frio. Enfim.",
        "Metade dos gafanhotos mortos no pote desta vez. E o tapete térmico mal aquece.",
        "Agora é preciso foto de CADA inseto morto para ter crédito? Estão a brincar?",
        "Preços a subir pela segunda vez em dois meses e os portes do Plus voltaram a aparecer.",
        '9,90 € de "taxa de devolução" por uma lâmpada devolvida na caixa original. Estou furiosa.',
        "O meu cunhado compra na {c}, esta semana já encomendei lá os grilos.",
    ],
    "en": [
        "Delivery 3 hours late with no warning, crickets half dead from the cold. Meh.",
        "Half the locusts dead in the tub this time. And the heat mat barely warms.",
        "Now you want a photo of EVERY dead insect for a credit? Seriously?",
        "Prices up for the second time in two months and Plus delivery charges creeping back.",
        "A £8 'return fee' for a lamp sent back in its original box. I'm furious.",
        "My brother-in-law orders from {c}, I've placed this week's cricket order there.",
    ],
    "de": [
        "Lieferung 3 Stunden zu spät und ohne Info, die Heimchen halb erfroren. Naja.",
        "Diesmal die Hälfte der Heuschrecken tot in der Dose. Und die Heizmatte wird kaum warm.",
        "Jetzt soll ich für eine Gutschrift JEDES tote Tier fotografieren? Im Ernst?",
        "Zweite Preiserhöhung in zwei Monaten und plötzlich wieder Versandkosten bei Plus.",
        "9,90 € „Rücksendegebühr“ für eine Lampe in Originalverpackung. Ich bin stinksauer.",
        "Mein Schwager bestellt bei {c}, die Heimchen habe ich diese Woche dort bestellt.",
    ],
    "it": [
        "Consegna con 3 ore di ritardo senza avvisare, grilli mezzi morti di freddo. Mah.",
        "Metà delle locuste morte nel barattolo stavolta. E il tappetino riscalda a malapena.",
        "Adesso serve una foto di OGNI insetto morto per un buono? Sul serio?",
        "Prezzi su per la seconda volta in due mesi e le spese di spedizione Plus tornano.",
        '9,90 € di "costo di reso" per una lampada rimandata nella scatola originale. Sono furiosa.',
        "Mio cognato compra da {c}, l'ordine di grilli di questa settimana l'ho fatto lì.",
    ],
    "es": [
        "Entrega 3 horas tarde y sin avisar, grillos medio muertos de frío. En fin.",
        "La mitad de las langostas muertas en el bote esta vez. Y la manta térmica apenas calienta.",
        "¿Ahora hay que mandar foto de CADA insecto muerto para un abono? ¿En serio?",
        "Segunda subida de precios en dos meses y vuelven los gastos de envío del Plus.",
        '9,90 € de "gastos de devolución" por una lámpara devuelta en su caja original. Estoy furiosa.',
        "Mi cuñado pide en {c}, los grillos de esta semana ya los he pedido allí.",
    ],
}

CANCEL_ASK: Table = {
    "fr": [
        "Bonjour, notre gecko est parti chez ma sœur qui a la place pour un grand terrarium, on n'a plus d'animaux. Je voudrais résilier Lagartix Plus et fermer mon compte. Merci",
        "Bonjour, on déménage dans un studio où les animaux ne sont pas acceptés. Merci de résilier mon abonnement Plus et de fermer le compte.",
    ],
    "pt": [
        "Olá, a nossa iguana foi para casa da minha irmã que tem espaço, já não temos animais. Quero cancelar o Lagartix Plus e fechar a conta. Obrigada",
        "Boa tarde, vamos mudar para um T0 onde não se aceitam animais. Peço o cancelamento do Plus e o fecho da conta.",
    ],
    "en": [
        "Hi, our gecko has gone to my sister's, we have no reptiles any more. I'd like to cancel Lagartix Plus and close my account. Thanks"
    ],
    "de": [
        "Hallo, unser Gecko ist zu meiner Schwester gezogen, wir haben keine Tiere mehr. Bitte Lagartix Plus kündigen und mein Konto schließen. Danke"
    ],
    "it": [
        "Salve, il nostro geco è andato da mia sorella, non abbiamo più animali. Vorrei disdire Lagartix Plus e chiudere l'account. Grazie"
    ],
    "es": [
        "Hola, nuestro gecko se ha ido a casa de mi hermana, ya no tenemos animales. Quiero darme de baja de Lagartix Plus y cerrar la cuenta. Gracias"
    ],
}
SUBJ_CANCEL: Table = {
    "fr": ["Résiliation Plus"],
    "pt": ["Cancelamento Plus"],
    "en": ["Cancel Plus"],
    "de": ["Kündigung Plus"],
    "it": ["Disdetta Plus"],
    "es": ["Baja Plus"],
}

SORRY_GO: Table = {
    "fr": [
        "Bonjour {n}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'application ou sur le site, rubrique Mon compte. Longue vie à votre gecko !"
    ],
    "pt": [
        "Olá {n}, temos pena de a ver partir. Pode cancelar na app ou no site, em A minha conta. Tudo de bom!"
    ],
    "en": [
        "Hi {n}, sorry to see you go. You can cancel yourself in the app or on the website under My account."
    ],
    "de": [
        "Hallo {n}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Mein Konto kündigen."
    ],
    "it": [
        "Ciao {n}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, in Il mio account."
    ],
    "es": [
        "Hola {n}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Mi cuenta."
    ],
}

GRUMBLE: Table = {
    "fr": [
        "L'appli me déconnecte à CHAQUE fois, c'est pénible",
        "La notif « votre livraison arrive » à 6h du matin, vraiment ?",
        "Toujours ces boîtes énormes pour 50 criquets",
        "Le créneau de livraison change sans prévenir, encore",
    ],
    "pt": [
        "A app faz logout SEMPRE, é irritante",
        'Notificação "a sua entrega chega hoje" às 6 da manhã, a sério?',
        "Sempre estas caixas enormes para 50 gafanhotos",
        "A janela de entrega mudou sem avisar, outra vez",
    ],
    "en": ["The app logs me out EVERY time, so annoying", "Delivery notification at 6am, really?"],
    "de": [
        "Die App meldet mich JEDES Mal ab, nervig",
        "Lieferbenachrichtigung um 6 Uhr morgens, echt jetzt?",
    ],
    "it": [
        "L'app mi disconnette OGNI volta, che noia",
        "Notifica di consegna alle 6 del mattino, davvero?",
    ],
    "es": [
        "La app me cierra sesión CADA vez, qué pesadez",
        "Aviso de entrega a las 6 de la mañana, ¿en serio?",
    ],
}

SARCASM: Table = {
    "fr": [
        "Livraison « express » arrivée à 20h40, pile pour nourrir les geckos en pleine nuit 👏",
        "Merci {b} pour les criquets « vivants », ils sont très calmes. Très très calmes 😂",
    ],
    "pt": [
        'Entrega "expresso" às 20h40, mesmo a tempo de dar de comer aos geckos a meio da noite 👏',
        'Obrigada {b} pelos gafanhotos "vivos", estão muito calmos. Muito mesmo 😂',
    ],
    "en": ["'Express' delivery at 8:40pm, just in time to feed the geckos at midnight 👏"],
    "de": ["„Express“-Lieferung um 20:40, perfekt um die Geckos mitten in der Nacht zu füttern 👏"],
    "it": [
        'Consegna "express" alle 20:40, giusto in tempo per dar da mangiare ai gechi a mezzanotte 👏'
    ],
    "es": [
        'Entrega "exprés" a las 20:40, justo a tiempo para dar de comer a los geckos de madrugada 👏'
    ],
}

MILD: Table = {
    "fr": [
        "L'appli m'affiche les guides de soin en anglais alors que tout est réglé en français",
        "La recherche de points relais me propose une ville à 300 km",
    ],
    "pt": [
        "A app mostra os guias de cuidados em inglês apesar de estar em português",
        "A pesquisa de pontos de recolha mostra uma cidade a 300 km",
    ],
    "en": ["The app shows me care guides in German though it's set to English"],
    "de": ["Die App zeigt mir die Pflegeanleitungen auf Englisch, obwohl alles auf Deutsch steht"],
    "it": ["L'app mi mostra le guide in inglese anche se è impostata in italiano"],
    "es": ["La app me enseña las guías de cuidado en inglés aunque la tengo en español"],
}
MILD_A: Table = {
    "fr": [
        "Bonjour {n}, merci, c'est signalé à l'équipe appli. En attendant, déconnectez-vous et reconnectez-vous, ça règle souvent le souci."
    ],
    "pt": [
        "Olá {n}, obrigado, já passámos à equipa da app. Entretanto, saia e volte a entrar, costuma resolver."
    ],
    "en": [
        "Hi {n}, thanks, passed on to the app team. Logging out and in again usually fixes it meanwhile."
    ],
    "de": [
        "Hallo {n}, danke, ist ans App-Team weitergegeben. Ab- und wieder anmelden hilft meistens."
    ],
    "it": [
        "Ciao {n}, grazie, segnalato al team dell'app. Nel frattempo esci e rientra, di solito risolve."
    ],
    "es": [
        "Hola {n}, gracias, lo hemos pasado al equipo de la app. Mientras, cierra sesión y vuelve a entrar, suele arreglarlo."
    ],
}

# ---- the spike ----------------------------------------------------------------------
SPIKE_REPORT: Table = {
    "fr": [
        "Impossible de payer ma commande de grillons, le panier s'affiche en yens avec des montants délirants et le paiement est refusé : erreur {code}. Mes geckos ont faim",
        "Panier à 2 340 au lieu de 23,40 et une devise bizarre, puis erreur {code} au paiement. Appli et site pareil",
        "{code} à chaque tentative de paiement, le total est dans une autre monnaie. Quelqu'un d'autre ?",
    ],
    "pt": [
        "Não consigo pagar a encomenda dos grilos, o carrinho aparece noutra moeda com valores absurdos e o pagamento dá erro {code}",
        "Carrinho a 2 340 em vez de 23,40 e uma moeda estranha, depois erro {code} no pagamento. Na app e no site",
        "{code} sempre que tento pagar, o total vem noutra moeda. Mais alguém?",
    ],
    "en": [
        "Can't pay for my cricket order, the basket shows some other currency with silly totals and checkout fails with error {code}",
        "Basket total in the wrong currency and payment refused, {code}. App and website both",
    ],
    "de": [
        "Ich kann meine Heimchen-Bestellung nicht bezahlen, der Warenkorb zeigt eine andere Währung mit absurden Beträgen und dann Fehler {code}",
        "Warenkorb in falscher Währung, Zahlung abgelehnt mit {code}. App und Website",
    ],
    "it": [
        "Non riesco a pagare l'ordine di grilli, il carrello è in un'altra valuta con cifre assurde e il pagamento dà errore {code}",
        "Totale in valuta sbagliata e pagamento rifiutato, {code}. Sia app che sito",
    ],
    "es": [
        "No puedo pagar el pedido de grillos, el carrito sale en otra moneda con importes absurdos y el pago da error {code}",
        "Carrito en moneda equivocada y pago rechazado con {code}. En la app y en la web",
    ],
}
SPIKE_REPEAT: Table = {
    "fr": [
        "Toujours {code}, même sur l'ordinateur de mon conjoint. Toujours pas moyen de commander",
        "Re-essayé avec une autre carte : {code} encore, panier toujours dans une autre devise",
    ],
    "pt": [
        "Continua {code}, até no portátil do meu marido. Ainda não dá para encomendar",
        "Tentei com outro cartão: {code} outra vez, o carrinho continua noutra moeda",
    ],
    "en": ["Still {code}, on my partner's laptop too. Still can't order"],
    "de": ["Immer noch {code}, auch am Laptop meines Mannes. Bestellen geht weiterhin nicht"],
    "it": ["Sempre {code}, anche dal portatile di mio marito. Ancora impossibile ordinare"],
    "es": ["Sigue el {code}, también desde el portátil de mi pareja. Sigo sin poder pedir"],
}
SPIKE_CHAT_A: Table = {
    "fr": [
        "Bonjour {n}, oui, le paiement échoue pour tout le monde en ce moment ({code}), nos équipes sont dessus. Désolés !"
    ],
    "pt": [
        "Olá {n}, sim, os pagamentos estão a falhar para todos neste momento ({code}), a equipa já está a tratar. Desculpe!"
    ],
    "en": [
        "Hi {n}, yes, checkout is failing for everyone right now ({code}), our engineers are on it. Sorry!"
    ],
    "de": [
        "Hallo {n}, ja, die Zahlung schlägt gerade bei allen fehl ({code}), unser Team ist dran. Sorry!"
    ],
    "it": [
        "Ciao {n}, sì, il pagamento non funziona per nessuno in questo momento ({code}), ci stiamo lavorando. Scusa!"
    ],
    "es": [
        "Hola {n}, sí, el pago está fallando a todo el mundo ahora mismo ({code}), el equipo está en ello. ¡Perdona!"
    ],
}
SPIKE_FIXED: Table = {
    "fr": [
        "Bonjour {n}, le paiement fonctionne de nouveau depuis {t}. Pour la gêne, la livraison de votre prochaine commande est offerte et un avoir de 5 € est ajouté."
    ],
    "pt": [
        "Olá {n}, os pagamentos voltaram a funcionar desde as {t}. Pelo incómodo, a próxima entrega é grátis e juntámos 5 € de crédito."
    ],
    "en": [
        "Hi {n}, checkout works again since {t}. For the trouble, your next delivery is free and a credit has been added."
    ],
    "de": [
        "Hallo {n}, die Zahlung funktioniert wieder seit {t}. Für den Ärger ist die nächste Lieferung gratis und 5 € Gutschrift sind gebucht."
    ],
    "it": [
        "Ciao {n}, il pagamento funziona di nuovo dalle {t}. Per il disagio la prossima consegna è gratis e ti abbiamo accreditato 5 €."
    ],
    "es": [
        "Hola {n}, el pago vuelve a funcionar desde las {t}. Por las molestias, el próximo envío es gratis y te hemos sumado 5 € de saldo."
    ],
}
SUBJ_SPIKE: Table = {
    "fr": ["Paiement impossible"],
    "pt": ["Pagamento impossível"],
    "en": ["Can't pay"],
    "de": ["Zahlung geht nicht"],
    "it": ["Pagamento impossibile"],
    "es": ["No puedo pagar"],
}
SUBJ_FIXED: Table = {
    "fr": ["Paiement rétabli"],
    "pt": ["Pagamentos repostos"],
    "en": ["Checkout working again"],
    "de": ["Zahlung geht wieder"],
    "it": ["Pagamento ripristinato"],
    "es": ["Pago restablecido"],
}

LONE_Q: Table = {
    "fr": [
        "Bonjour, hier soir mon panier affichait le total en francs suisses un court instant avant de repasser en euros et la commande est passée normalement. C'est normal ? Je recommande demain"
    ],
    "pt": [
        "Olá, ontem à noite o carrinho mostrou o total em francos suíços por um instante e depois voltou aos euros, a encomenda passou bem. É normal? Volto a encomendar amanhã"
    ],
    "en": [
        "Hi, last night my basket flashed the total in Swiss francs for a second, then went back to pounds and the order went through fine. Is that normal? Ordering again tomorrow"
    ],
    "de": [
        "Hallo, gestern Abend zeigte der Warenkorb kurz Franken statt Euro, dann wieder Euro, und die Bestellung ging normal durch. Ist das normal? Ich bestelle morgen wieder"
    ],
    "it": [
        "Ciao, ieri sera il carrello ha mostrato per un attimo il totale in franchi svizzeri, poi è tornato in euro e l'ordine è passato. È normale? Riordino domani"
    ],
    "es": [
        "Hola, anoche el carrito enseñó el total en francos suizos un segundo y luego volvió a euros, el pedido salió bien. ¿Es normal? Mañana vuelvo a pedir"
    ],
}
LONE_A: Table = {
    "fr": [
        "Bonjour {n}, c'est l'affichage qui se charge avant votre pays, tout est facturé en euros. Aucun souci pour demain !"
    ],
    "pt": [
        "Olá {n}, é só o ecrã a carregar antes do país, tudo é cobrado em euros. Amanhã está tudo bem!"
    ],
    "en": [
        "Hi {n}, that's just the display loading before your country, you're charged in your own currency. All fine for tomorrow!"
    ],
    "de": [
        "Hallo {n}, das ist nur die Anzeige, bevor Ihr Land geladen ist, berechnet wird in Euro. Morgen klappt alles!"
    ],
    "it": [
        "Ciao {n}, è solo la pagina che si carica prima del paese, si paga in euro. Domani nessun problema!"
    ],
    "es": [
        "Hola {n}, es solo la pantalla cargando antes del país, se cobra en euros. ¡Mañana sin problema!"
    ],
}
SPIKE_WEEK_GRUMBLE: Table = {
    "fr": ["La page « mes animaux » met une éternité à charger ce matin"],
    "pt": ['A página "os meus animais" demora imenso a carregar hoje'],
    "en": ["The 'my animals' page takes ages to load this morning"],
    "de": ["Die Seite „Meine Tiere“ lädt heute ewig"],
    "it": ['La pagina "i miei animali" ci mette una vita a caricare stamattina'],
    "es": ['La página "mis animales" tarda una eternidad en cargar esta mañana'],
}

# ---- Lagartix Pro (companies on account) ---------------------------------------------
B2B_TOPIC: dict[str, Table] = {
    "invoice": {
        "fr": ["factures"],
        "pt": ["faturas"],
        "en": ["invoices"],
        "de": ["Rechnungen"],
        "it": ["fatture"],
        "es": ["facturas"],
    },
    "service_blocked": {
        "fr": ["commande permanente bloquée"],
        "pt": ["encomenda fixa bloqueada"],
        "en": ["standing order blocked"],
        "de": ["Dauerauftrag gesperrt"],
        "it": ["ordine fisso bloccato"],
        "es": ["pedido fijo bloqueado"],
    },
    "portal": {
        "fr": ["portail Pro"],
        "pt": ["portal Pro"],
        "en": ["Pro portal"],
        "de": ["Pro-Portal"],
        "it": ["portale Pro"],
        "es": ["portal Pro"],
    },
    "overbilled": {
        "fr": ["tarif contrat"],
        "pt": ["tarifa de contrato"],
        "en": ["contract price"],
        "de": ["Vertragspreis"],
        "it": ["prezzo da contratto"],
        "es": ["tarifa de contrato"],
    },
}

B2B_PROBLEM: dict[str, Table] = {
    "invoice": {
        "fr": [
            "Bonjour, vos factures du mois sont encore établies au nom de l'ancienne entité et sans notre numéro de bon de commande. Notre comptabilité les rejette toutes. Merci de les rééditer.",
            "Bonjour, les factures Lagartix Pro arrivent sans numéro de commande et au mauvais nom, la compta bloque le paiement.",
        ],
        "pt": [
            "Bom dia, as faturas deste mês continuam em nome da entidade antiga e sem o número da nota de encomenda. A contabilidade rejeita todas. Agradeço a reemissão.",
            "Bom dia, as faturas Lagartix Pro chegam sem número de encomenda e com o nome errado, a contabilidade não paga.",
        ],
        "en": [
            "Hello, this month's invoices are still made out to our old entity and carry no PO number. Accounts are rejecting every one. Please reissue them."
        ],
        "de": [
            "Guten Tag, die Rechnungen dieses Monats lauten immer noch auf die alte Gesellschaft und ohne Bestellnummer. Unsere Buchhaltung weist alle zurück. Bitte neu ausstellen."
        ],
        "it": [
            "Buongiorno, le fatture del mese sono ancora intestate alla vecchia società e senza numero d'ordine. L'amministrazione le respinge tutte. Vi prego di riemetterle."
        ],
        "es": [
            "Buenos días, las facturas del mes siguen a nombre de la antigua sociedad y sin número de pedido. Contabilidad las rechaza todas. Por favor, reemitidlas."
        ],
    },
    "service_blocked": {
        "fr": [
            "Bonjour, notre livraison hebdomadaire de grillons et criquets n'est pas partie : « compte suspendu ». Nos factures sont payées. Nous avons 40 animaux à nourrir.",
            "Bonjour, commande permanente bloquée pour « compte suspendu » alors que tout est réglé. Les animaux n'attendent pas.",
        ],
        "pt": [
            'Bom dia, a nossa entrega semanal de grilos e gafanhotos não saiu: "conta suspensa". As faturas estão pagas. Temos 40 animais para alimentar.',
            'Bom dia, encomenda fixa bloqueada por "conta suspensa" e está tudo pago. Os animais não esperam.',
        ],
        "en": [
            "Hello, our weekly cricket and locust delivery didn't leave: 'account on hold'. Our invoices are paid. We have 40 animals to feed."
        ],
        "de": [
            "Guten Tag, unsere wöchentliche Lieferung Heimchen und Heuschrecken ist nicht raus: „Konto gesperrt“. Alle Rechnungen sind bezahlt. Wir haben 40 Tiere zu füttern."
        ],
        "it": [
            'Buongiorno, la consegna settimanale di grilli e locuste non è partita: "account sospeso". Le fatture sono pagate. Abbiamo 40 animali da nutrire.'
        ],
        "es": [
            'Buenos días, nuestro envío semanal de grillos y langostas no ha salido: "cuenta bloqueada". Las facturas están pagadas. Tenemos 40 animales que alimentar.'
        ],
    },
    "portal": {
        "fr": [
            "Bonjour, le portail Pro n'affiche plus aucune commande permanente, impossible de modifier les quantités ou de suspendre une livraison. On reçoit donc des insectes dont on n'a pas besoin.",
            "Bonjour, portail Pro vide depuis lundi, aucune commande visible, on ne peut rien changer.",
        ],
        "pt": [
            "Bom dia, o portal Pro já não mostra nenhuma encomenda fixa, não conseguimos alterar quantidades nem suspender entregas. Recebemos insetos de que não precisamos.",
            "Bom dia, portal Pro vazio desde segunda, nenhuma encomenda visível, não dá para alterar nada.",
        ],
        "en": [
            "Hello, the Pro portal shows no standing orders at all, so we can't change quantities or pause a delivery. We keep receiving feeders we don't need."
        ],
        "de": [
            "Guten Tag, das Pro-Portal zeigt keine Daueraufträge mehr, wir können weder Mengen ändern noch Lieferungen pausieren. Wir bekommen Futtertiere, die wir nicht brauchen."
        ],
        "it": [
            "Buongiorno, il portale Pro non mostra più nessun ordine fisso, non possiamo cambiare quantità né sospendere consegne. Riceviamo insetti che non ci servono."
        ],
        "es": [
            "Buenos días, el portal Pro no muestra ningún pedido fijo, no podemos cambiar cantidades ni pausar entregas. Nos llegan insectos que no necesitamos."
        ],
    },
    "overbilled": {
        "fr": [
            "Bonjour, les trois dernières livraisons sont facturées au prix public et non au tarif de notre contrat annuel. La différence dépasse 600 €.",
            "Bonjour, facturé au prix catalogue au lieu du tarif contrat, encore. Plus de 600 € d'écart.",
        ],
        "pt": [
            "Bom dia, as últimas três entregas foram faturadas a preço de tabela e não à tarifa do contrato anual. A diferença passa dos 600 €.",
            "Bom dia, faturado a preço de catálogo em vez da tarifa de contrato, outra vez. Mais de 600 € de diferença.",
        ],
        "en": [
            "Hello, the last three deliveries were billed at list price, not our annual contract price. The difference is over £500."
        ],
        "de": [
            "Guten Tag, die letzten drei Lieferungen wurden zum Listenpreis statt zu unserem Jahresvertragspreis berechnet. Die Differenz liegt über 600 €."
        ],
        "it": [
            "Buongiorno, le ultime tre consegne sono fatturate a prezzo di listino e non alla tariffa del contratto annuale. La differenza supera i 600 €."
        ],
        "es": [
            "Buenos días, las tres últimas entregas se han facturado a precio de tarifa y no al precio del contrato anual. La diferencia supera los 600 €."
        ],
    },
}

B2B_LATER: Table = {
    "fr": [
        "Bonjour, je reviens sur ce que {first} vous a écrit {day} (dossier {ref}) : toujours le même problème chez nous.",
        "Bonjour, même sujet que {first} {day}, dossier {ref}, rien n'a bougé.",
    ],
    "pt": [
        "Bom dia, volto ao que a/o {first} vos escreveu {day} (processo {ref}): continuamos com o mesmo problema.",
        "Bom dia, mesmo assunto que o/a {first} {day}, processo {ref}, nada mudou.",
    ],
    "en": [
        "Hello, following up on what {first} wrote {day} (case {ref}): same problem here still."
    ],
    "de": [
        "Guten Tag, ich komme auf die Nachricht von {first} {day} zurück (Vorgang {ref}): bei uns weiterhin dasselbe Problem."
    ],
    "it": [
        "Buongiorno, riprendo quanto scritto da {first} {day} (pratica {ref}): da noi stesso problema."
    ],
    "es": [
        "Buenos días, sigo con lo que os escribió {first} {day} (incidencia {ref}): seguimos con el mismo problema."
    ],
}
B2B_DAYS: Table = {
    "fr": ["mercredi", "jeudi", "ce matin"],
    "pt": ["na quarta", "na quinta", "esta manhã"],
    "en": ["on Wednesday", "on Thursday", "this morning"],
    "de": ["am Mittwoch", "am Donnerstag", "heute Morgen"],
    "it": ["mercoledì", "giovedì", "stamattina"],
    "es": ["el miércoles", "el jueves", "esta mañana"],
}
B2B_LAST_MAIL: Table = {
    "fr": [
        "Dossier {ref} : toujours rien de réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {c}."
    ],
    "pt": [
        "Processo {ref}: continua tudo por resolver, vários colegas já vos escreveram. As compras já pediram preços à {c}."
    ],
    "en": [
        "Case {ref}: still nothing fixed, several colleagues have written. Procurement has already asked {c} for their prices."
    ],
    "de": [
        "Vorgang {ref}: weiterhin nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {c} Preise angefragt."
    ],
    "it": [
        "Pratica {ref}: ancora niente di risolto, diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {c}."
    ],
    "es": [
        "Incidencia {ref}: sigue sin arreglarse, varios compañeros os han escrito. Compras ya ha pedido precios a {c}."
    ],
}
B2B_LAST_CALL: Table = {
    "fr": [
        "bonjour c'est pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit et ma directrice dit qu'on change de fournisseur si c'est pas réglé cette semaine"
    ],
    "pt": [
        "bom dia é sobre o processo {ref} nada está resolvido vários colegas já escreveram e a minha chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "en": [
        "hi it's about case {ref} nothing's fixed several colleagues have written and my boss says we move the account if it isn't sorted this week"
    ],
    "de": [
        "guten Tag es geht um Vorgang {ref} nichts ist gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno è per la pratica {ref} non è risolto niente diversi colleghi hanno scritto e il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "es": [
        "hola es por la incidencia {ref} no se ha arreglado nada varios compañeros han escrito y mi jefa dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_ACK: Table = {
    "fr": [
        "Bonjour {n}, merci, nous avons ouvert le dossier {ref} pour {co} et revenons vers vous rapidement. Lagartix Pro"
    ],
    "pt": [
        "Bom dia {n}, obrigado, abrimos o processo {ref} para a {co} e voltamos ao assunto em breve. Lagartix Pro"
    ],
    "en": [
        "Hello {n}, thank you, we've opened case {ref} for {co} and will come back to you shortly. Lagartix Pro"
    ],
    "de": [
        "Guten Tag {n}, danke, wir haben den Vorgang {ref} für {co} eröffnet und melden uns zeitnah. Lagartix Pro"
    ],
    "it": [
        "Buongiorno {n}, grazie, abbiamo aperto la pratica {ref} per {co} e vi ricontattiamo a breve. Lagartix Pro"
    ],
    "es": [
        "Buenos días {n}, gracias, hemos abierto la incidencia {ref} para {co} y os respondemos en breve. Lagartix Pro"
    ],
}
B2B_Q: Table = {
    "fr": [
        "Bonjour, peut-on passer à 2 000 grillons par semaine à partir du mois prochain ?",
        "Bonjour, où trouve-t-on les fiches sanitaires des lots sur le portail ?",
    ],
    "pt": [
        "Bom dia, podemos passar a 2 000 grilos por semana a partir do próximo mês?",
        "Bom dia, onde estão as fichas sanitárias dos lotes no portal?",
    ],
    "en": ["Hello, can we go up to 2,000 crickets a week from next month?"],
    "de": ["Hallo, können wir ab nächstem Monat auf 2.000 Heimchen pro Woche erhöhen?"],
    "it": ["Buongiorno, possiamo passare a 2.000 grilli a settimana dal mese prossimo?"],
    "es": ["Hola, ¿podemos subir a 2.000 grillos por semana desde el mes que viene?"],
}
B2B_A: Table = {
    "fr": [
        "Bonjour {n}, c'est noté sur votre commande permanente, et les fiches sont dans Documents > Lots. Bonne journée"
    ],
    "pt": [
        "Bom dia {n}, ficou registado na encomenda fixa, e as fichas estão em Documentos > Lotes. Bom dia"
    ],
    "en": [
        "Hello {n}, that's noted on your standing order. Documents are under Documents > Batches."
    ],
    "de": [
        "Hallo {n}, ist im Dauerauftrag vermerkt. Die Unterlagen finden Sie unter Dokumente > Chargen."
    ],
    "it": ["Buongiorno {n}, registrato sull'ordine fisso. Le schede sono in Documenti > Lotti."],
    "es": ["Hola {n}, anotado en vuestro pedido fijo. Las fichas están en Documentos > Lotes."],
}
B2B_PRAISE: Table = {
    "fr": [
        "Chez {co} on est ravis de Lagartix Pro, livraisons régulières et insectes en pleine forme",
        "Le nouveau portail Pro est vraiment pratique pour nos trois sites",
    ],
    "pt": [
        "Na {co} estamos muito contentes com a Lagartix Pro, entregas certinhas e insetos em forma",
        "O novo portal Pro é mesmo prático para os nossos três espaços",
    ],
    "en": ["Very happy with Lagartix Pro at {co}, regular deliveries and healthy feeders"],
    "de": ["Bei {co} sind wir mit Lagartix Pro sehr zufrieden, pünktlich und gesunde Futtertiere"],
    "it": ["Da {co} siamo molto contenti di Lagartix Pro, consegne puntuali e insetti in forma"],
    "es": ["En {co} estamos encantados con Lagartix Pro, entregas puntuales e insectos sanos"],
}
B2B_SUGGEST: Table = {
    "fr": [
        "Suggestion : pouvoir exporter les achats par enclos ou par projet dans le portail",
        "Ce serait bien d'avoir la date de la dernière éclosion sur les bons de livraison",
    ],
    "pt": [
        "Sugestão: poder exportar as compras por recinto ou projeto no portal",
        "Seria útil ter a data da última eclosão nas guias de remessa",
    ],
    "en": ["Suggestion: export purchases by enclosure or project code from the portal"],
    "de": ["Vorschlag: Einkäufe im Portal nach Gehege oder Projekt exportieren können"],
    "it": ["Suggerimento: poter esportare gli acquisti per recinto o progetto dal portale"],
    "es": ["Sugerencia: poder exportar las compras por recinto o proyecto desde el portal"],
}
B2B_SUGGEST_ACK: Table = {
    "fr": ["Bonjour {n}, merci pour la suggestion, transmise à l'équipe produit."],
    "pt": ["Olá {n}, obrigado pela sugestão, já seguiu para a equipa de produto."],
    "en": ["Hello {n}, thanks for the suggestion, passed to our product team."],
    "de": ["Hallo {n}, danke für den Vorschlag, ist beim Produktteam."],
    "it": ["Ciao {n}, grazie del suggerimento, girato al team prodotto."],
    "es": ["Hola {n}, gracias por la sugerencia, la hemos pasado al equipo de producto."],
}
