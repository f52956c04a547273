# ruff: noqa: E501
"""Wording of heldout161 (Gelvora: party ice, dry ice and ice sculptures by app and web).

Written from the stories, blind: no rule, lexicon or taxonomy of the pipeline was read.
Placeholders: case, comp, product, amount, first, day. Italian and Portuguese first.
"""

from __future__ import annotations

T = dict[str, list[str]]
QA = dict[str, list[tuple[str, str]]]

BRAND = "Gelvora"
CLUB = "Gelvora Club"
PRO = "Gelvora Horeca"
COMPETITORS = ("Brinvo", "Frostano")

LANGS = ("it", "pt", "en", "fr", "de", "es")

FIRST: T = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Sara",
        "Matteo",
        "Elena",
        "Alessandro",
        "Martina",
        "Simone",
        "Federica",
        "Paolo",
        "Valentina",
        "Stefano",
        "Ilaria",
        "Andrea",
        "Silvia",
        "Riccardo",
        "Beatrice",
        "Lorenzo",
        "Roberta",
        "Gianluca",
    ],
    "pt": [
        "Ana",
        "João",
        "Mariana",
        "Pedro",
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Nuno",
        "Joana",
        "Ricardo",
        "Marta",
        "Hugo",
        "Rita",
        "André",
        "Carla",
        "Diogo",
        "Filipa",
        "Bruno",
        "Leonor",
        "Vasco",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Tom",
        "Sophie",
        "Liam",
        "Grace",
        "Ben",
        "Chloe",
        "Owen",
        "Niamh",
        "Harry",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Thomas",
        "Manon",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Inès",
        "Hugo",
    ],
    "de": ["Anna", "Lukas", "Lena", "Jonas", "Sophie", "Felix", "Marie", "Tobias", "Laura", "Max"],
    "es": [
        "Lucía",
        "Pablo",
        "Carmen",
        "Javier",
        "Elena",
        "Sergio",
        "Marta",
        "Diego",
        "Irene",
        "Álvaro",
    ],
}

SURNAMES: T = {
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
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Ferri",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
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
        "Jesus",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Soares",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Hughes",
        "Byrne",
        "Clarke",
        "Evans",
        "Kelly",
        "Wright",
        "Doyle",
        "Price",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Gil",
        "Molina",
    ],
}

MARKETS: dict[str, list[str]] = {
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT", "PT", "PT", "PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
}

PHONE_PREFIX: dict[str, tuple[str, str, int]] = {
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "PT": ("+351", "9", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "ES": ("+34", "6", 8),
}

TOWNS: dict[str, list[str]] = {
    "IT": ["Bologna", "Torino", "Bari", "Verona", "Rimini", "Padova", "Lecce", "Milano"],
    "CH": ["Lugano", "Bellinzona", "Zürich", "Genève"],
    "PT": ["Porto", "Lisboa", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal", "Cascais"],
    "UK": ["Leeds", "Bristol", "Brighton"],
    "IE": ["Cork", "Galway"],
    "FR": ["Lyon", "Nantes", "Montpellier"],
    "BE": ["Liège", "Namur"],
    "DE": ["Köln", "Leipzig", "Freiburg"],
    "AT": ["Graz", "Linz"],
    "ES": ["Valencia", "Sevilla", "Málaga"],
}

PRODUCTS: list[tuple[str, int]] = [
    ("Ghiaccio party 10 kg / Party ice 10 kg", 12),
    ("Cubetti cristallo 5 kg / Crystal cubes 5 kg", 14),
    ("Ghiaccio tritato 5 kg / Crushed ice 5 kg", 9),
    ("Sfere da cocktail x24 / Cocktail spheres x24", 19),
    ("Ghiaccio secco 5 kg / Dry ice pellets 5 kg", 29),
    ("Borsa termica 40 l (cauzione) / Cool box 40 l (deposit)", 25),
    ("Scultura di ghiaccio piccola / Ice sculpture, small", 180),
    ("Bancone di ghiaccio 2 m / Ice bar 2 m", 640),
    ("Ghiaccio party 30 kg / Party ice 30 kg", 31),
]

B2B_PRODUCTS: list[tuple[str, int]] = [
    ("Ordine fisso cubetti 60 kg / Standing order cubes 60 kg", 58),
    ("Ghiaccio in scaglie 100 kg / Flake ice 100 kg", 74),
    ("Ghiaccio secco 25 kg / Dry ice 25 kg", 96),
    ("Cubetti cristallo 20 kg / Crystal cubes 20 kg", 45),
    ("Blocchi 10 kg x10 / Ice blocks 10 kg x10", 88),
]

PAGES = [
    "/app/home",
    "/shop/party-ice",
    "/shop/dry-ice",
    "/shop/sculptures",
    "/club",
    "/delivery-slots",
    "/account/orders",
    "/help/cool-box-deposit",
]
B2B_PAGES = [
    "/horeca/portal/orders",
    "/horeca/portal/invoices",
    "/horeca/portal/standing-orders",
    "/horeca/portal/sites",
]

PRAISE: T = {
    "it": [
        "Festa di laurea di mia figlia salvata da Gelvora: 30 kg di ghiaccio arrivati alle 18 in punto, cubetti perfetti. Bravissimi!",
        "ok ufficiale, il ghiaccio cristallo di Gelvora nei gin tonic è un altro mondo. Gli amici mi chiedono dove lo compro 😄",
        "Consegna puntuale, autista gentilissimo che mi ha pure aiutato a portare le borse termiche in terrazza. Consigliato Gelvora",
    ],
    "pt": [
        "O gelo da Gelvora chegou antes da hora e o rapaz ainda ajudou a meter tudo na arca. Festa dos 40 impecável!",
        "cubos de cristal da Gelvora nas caipirinhas... nunca mais volto ao gelo do supermercado 😍",
        "Encomendei ao meio-dia, às 16h estava cá. Gelo seco para a festa de Halloween dos miúdos, um sucesso. Obrigada Gelvora",
    ],
    "en": [
        "Gelvora sorted 20 kg of ice for our garden party in under three hours. Driver even knew where to park. Top stuff"
    ],
    "fr": [
        "Livraison Gelvora pile dans le créneau, glaçons bien secs et pas un bloc. Apéro sauvé, merci !"
    ],
    "de": [
        "Gelvora hat zur Gartenparty 20 kg Eis pünktlich geliefert, alles lose, nix verklumpt. Sehr gut"
    ],
    "es": [
        "Gelvora nos trajo el hielo para la boda de mi hermana justo a tiempo y sin una gota de agua en la bolsa. Genial"
    ],
}

AGAIN: T = {
    "it": [
        "Terza volta quest'estate che ordino da Gelvora e ancora una volta tutto perfetto. Ormai è tradizione",
        "di nuovo lo stesso autista simpatico di agosto! Ghiaccio ancora asciutto dopo due ore in giardino, top",
    ],
    "pt": [
        "Terceira encomenda este mês e outra vez tudo certinho. A Gelvora continua a ser a melhor",
        "ainda fico parva como o gelo chega sempre seco. outra vez 5 estrelas",
    ],
    "en": ["Third order this month and still spot on every time. Gelvora never misses"],
    "fr": ["Troisième commande cet été et toujours aussi nickel"],
    "de": ["Schon wieder alles perfekt, dritte Bestellung diesen Sommer"],
    "es": ["Tercera vez este verano y otra vez todo perfecto, qué maravilla"],
}

GRIPE_PRAISE: T = {
    "it": [
        "Ghiaccio ottimo e consegna puntuale, solo la borsa termica era un po' ammaccata. Per il resto nulla da dire",
        "Servizio top, peccato che l'app mi faccia rifare il login ogni volta. Ma il ghiaccio è il migliore",
    ],
    "pt": [
        "Tudo impecável, só a caixa térmica vinha com a tampa a fechar mal. De resto, recomendo",
        "Entrega rapidíssima, pena a janela de entrega de 2 horas ser tão larga. Mas o gelo é ótimo",
    ],
    "en": ["Great ice and lovely driver, only the delivery text came at 6am. Otherwise happy"],
    "fr": ["Très contente, juste le sac isotherme un peu petit. Sinon parfait"],
    "de": ["Sehr zufrieden, nur das Zeitfenster von zwei Stunden ist lang. Sonst top"],
    "es": ["Todo genial, solo que la app tarda en cargar los horarios. Por lo demás, de diez"],
}

QUESTIONS: QA = {
    "it": [
        (
            "Ciao, quanto dura il ghiaccio secco in una borsa termica chiusa? Mi serve per sabato sera",
            "Ciao! In una borsa termica chiusa 5 kg durano circa 18-24 ore. Ti consigliamo la consegna sabato mattina.",
        ),
        (
            "Buongiorno, posso cambiare l'indirizzo di consegna dopo aver pagato?",
            "Buongiorno, certo: dall'app in Ordini > Modifica fino a due ore prima della fascia.",
        ),
        (
            "scusate, le borse termiche le ritirate voi alla prossima consegna?",
            "Sì, le ritiriamo alla prossima consegna e la cauzione torna sulla carta in 3 giorni lavorativi.",
        ),
    ],
    "pt": [
        (
            "Olá, o gelo seco pode ir no carro fechado? É para levar para a quinta",
            "Olá! Pode, mas com uma janela entreaberta e nunca no habitáculo fechado muito tempo. Boa festa!",
        ),
        (
            "Boa tarde, consigo marcar entrega para domingo de manhã?",
            "Boa tarde, sim, aos domingos entregamos das 9h às 13h. Escolha a janela no passo 2.",
        ),
        (
            "bom dia, o desconto do Club aplica-se às esculturas de gelo?",
            "Bom dia! Aplica-se: 15% em esculturas e bares de gelo, e a entrega é grátis.",
        ),
    ],
    "en": [
        (
            "Hi, can you leave the ice in the side passage if we're out?",
            "Hi! Yes, add a note at checkout and the driver leaves it in the shade with the cool boxes closed.",
        )
    ],
    "fr": [
        (
            "Bonjour, vous livrez le dimanche à Lyon ?",
            "Bonjour, oui, le dimanche de 9h à 13h. Bonne fête !",
        )
    ],
    "de": [
        (
            "Hallo, wie lange hält sich das Trockeneis in der Kühlbox?",
            "Hallo! In der geschlossenen Box etwa 18-24 Stunden.",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo pedir hielo picado y en cubitos en el mismo pedido?",
            "¡Hola! Sí, se añaden al mismo pedido y llegan en la misma franja.",
        )
    ],
}

THANKS: T = {
    "it": ["grazie mille, gentilissimi!", "perfetto grz 👍", "ok top, grazie raga"],
    "pt": ["obrigadão, são uns queridos", "obg 👌", "top, valeu!"],
    "en": ["cheers, legend 🙌"],
    "fr": ["super merci !"],
    "de": ["danke dir, passt!"],
    "es": ["mil gracias, cracks"],
}

PHONE_Q: QA = {
    "it": [
        (
            "si buongiorno volevo sapere se la scultura per il matrimonio può arrivare il venerdì sera invece del sabato perché la sala apre presto",
            "Buongiorno, come detto al telefono la scultura può arrivare venerdì tra le 19 e le 21: la cella della sala la tiene perfetta. A presto!",
        ),
        (
            "salve chiamo per capire come si attiva il Club perché mi dice che non risulto socio",
            "Salve, grazie della chiamata: il Club ora risulta attivo sul suo profilo, lo sconto vale già dal prossimo ordine.",
        ),
    ],
    "pt": [
        (
            "sim boa tarde queria saber se posso pagar a escultura em duas vezes é para o casamento do meu filho",
            "Boa tarde, como falámos: pode pagar 50% agora e 50% na semana do casamento. Qualquer coisa estamos cá.",
        ),
        (
            "olá era só para confirmar se o gelo seco vem em caixa própria porque tenho crianças em casa",
            "Olá, confirmamos: o gelo seco vem numa caixa isolada fechada, com luvas e instruções. Obrigado pela chamada!",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering if the ice bar needs a power socket or anything for saturday",
            "Hi, as promised on the phone: the ice bar needs no power, just a level spot in the shade. Enjoy Saturday!",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut récupérer la glace au dépôt de Lyon samedi matin",
            "Bonjour, comme convenu : retrait au dépôt de Lyon samedi de 8h à 12h. Bonne journée !",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob die Eisskulptur auch mit Firmenlogo geht für eine Feier im Garten",
            "Hallo, wie am Telefon besprochen: das Logo geht, bitte die Datei bis Mittwoch schicken.",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el hielo seco se puede pedir para el viernes por la noche",
            "Hola, como le dijimos: sí, el viernes de 19 a 21 h. ¡Que vaya bien!",
        )
    ],
}

REVIEWS: T = {
    "it": [
        "5 stelle. Ghiaccio cristallino, consegna nella fascia giusta, borsa termica pulita.",
        "Ottimo servizio, il bancone di ghiaccio ha fatto il matrimonio 😍",
    ],
    "pt": [
        "5 estrelas. Gelo limpo, entrega na hora, motorista simpático.",
        "Muito bom, a escultura do cisne durou a noite toda!",
    ],
    "en": ["Five stars, ice bar was the talk of the party."],
    "fr": ["Parfait du début à la fin, glaçons bien secs."],
    "de": ["Alles bestens, Eis lose und trocken."],
    "es": ["Cinco estrellas, el hielo seco fue todo un espectáculo."],
}

SURVEY_HAPPY: T = {
    "it": ["Perfetto", "👍", "top", ""],
    "pt": ["Excelente", "😊", "5 estrelas", ""],
    "en": ["Spot on", ""],
    "fr": ["Parfait", ""],
    "de": ["Super", ""],
    "es": ["Genial", ""],
}

NIGHT_POST: T = {
    "it": [
        "sono le 2 e la festa è ancora viva, il ghiaccio di Gelvora regge ancora, miracolo 🥂",
        "turno di notte in pronto soccorso finito, ordino ora il ghiaccio per il compleanno di domani così non me lo scordo",
    ],
    "pt": [
        "3 da manhã e ainda há gelo nas caixas da Gelvora, isto é bruxaria 😂",
        "saí agora do turno da noite no hospital, já marquei o gelo para o batizado de domingo",
    ],
    "en": ["2am and the Gelvora ice is still going strong. Party's winning"],
    "fr": ["3h du mat, la fête continue et les glaçons tiennent encore 😄"],
    "de": ["2 Uhr nachts, Party läuft, das Eis hält immer noch"],
    "es": ["las 3 de la mañana y el hielo aguanta, qué bien"],
}

NIGHT_CHAT: QA = {
    "it": [
        (
            "ciao, ordino ora alle 2 di notte, la consegna delle 9 è ancora disponibile?",
            "Ciao! Sì, la fascia 9-11 è ancora libera: se la scegli ora è confermata.",
        ),
        (
            "scusate l'ora, la cauzione della borsa quando torna?",
            "Nessun problema! Torna in 3 giorni lavorativi dal ritiro della borsa.",
        ),
    ],
    "pt": [
        (
            "boa noite, ainda dá para pedir gelo para amanhã às 10?",
            "Boa noite! Dá sim, a janela das 10h às 12h ainda está livre.",
        ),
        (
            "desculpem a hora, posso juntar gelo picado a uma encomenda já paga?",
            "Sem problema! Em Encomendas > Alterar, até 2 horas antes da janela.",
        ),
    ],
    "en": [
        (
            "late one sorry, can I add dry ice to tomorrow's order?",
            "No worries! Yes, under Orders > Edit until two hours before the slot.",
        )
    ],
    "fr": [
        (
            "bonsoir, je peux encore commander pour demain 9h ?",
            "Bonsoir ! Oui, le créneau 9h-11h est encore libre.",
        )
    ],
    "de": [
        (
            "hallo so spät noch, geht Lieferung morgen um 10?",
            "Hallo! Ja, das Fenster 10-12 Uhr ist noch frei.",
        )
    ],
    "es": [
        (
            "hola, ¿aún puedo pedir para mañana a las 10?",
            "¡Hola! Sí, la franja de 10 a 12 sigue libre.",
        )
    ],
}

PROBLEMS = ("no_show", "melted", "double_charge", "refund", "wrong_price", "cancel_fee")

PROBLEM_TEXT: dict[str, T] = {
    "no_show": {
        "it": [
            "Il ghiaccio per la festa risulta CONSEGNATO alle 17:40 ma qui non è arrivato nessuno. 40 invitati e bibite calde. Ordine {case}",
            "ordine {case} segnato come consegnato, io ero a casa tutto il pomeriggio e non ha suonato nessuno. Festa rovinata",
        ],
        "pt": [
            "A encomenda {case} aparece como ENTREGUE às 17h40 e aqui não chegou nada. Tenho 30 pessoas e as bebidas quentes",
            "diz entregue mas ninguém tocou à campainha, estive em casa a tarde toda. encomenda {case}",
        ],
        "en": [
            "Order {case} shows DELIVERED at 5:40pm. Nobody came. 30 guests and warm drinks. Brilliant."
        ],
        "fr": [
            "Commande {case} marquée LIVRÉE à 17h40, personne n'est venu. 30 invités et boissons chaudes."
        ],
        "de": [
            "Bestellung {case} steht als GELIEFERT um 17:40, hier kam niemand. 30 Gäste und warme Getränke."
        ],
        "es": [
            "El pedido {case} pone ENTREGADO a las 17:40 y aquí no ha venido nadie. 30 invitados y bebidas calientes."
        ],
    },
    "melted": {
        "it": [
            "Il ghiaccio è arrivato mezzo sciolto, 10 kg diventati UN blocco unico con l'acqua nel sacco. Ordine {case}, inutilizzabile",
            "cubetti arrivati bagnati e tutti attaccati, un mattone di ghiaccio. ordine {case}, così non serve a niente",
        ],
        "pt": [
            "O gelo chegou meio derretido, 10 kg feitos num BLOCO só com água no saco. Encomenda {case}, não serve para nada",
            "os cubos vieram todos colados e a pingar, encomenda {case}. assim não dá",
        ],
        "en": [
            "Ice arrived half melted, 10 kg turned into ONE block sitting in water. Order {case}, useless."
        ],
        "fr": [
            "La glace est arrivée à moitié fondue, un SEUL bloc dans l'eau. Commande {case}, inutilisable."
        ],
        "de": [
            "Das Eis kam halb geschmolzen an, EIN Block im Wasser. Bestellung {case}, unbrauchbar."
        ],
        "es": ["El hielo llegó medio derretido, UN bloque en agua. Pedido {case}, no sirve."],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato DUE volte 64 € per l'ordine {case}. Il conto è in rosso per colpa vostra",
            "doppio addebito sulla carta per l'ordine {case}, 64 € due volte. Rimborsate subito per favore",
        ],
        "pt": [
            "Cobraram-me DUAS vezes 64 € pela encomenda {case}. Fiquei a descoberto por vossa causa",
            "cobrança duplicada no cartão, encomenda {case}, 64 € duas vezes. quero o dinheiro de volta já",
        ],
        "en": [
            "You charged me TWICE, £55 two times for order {case}. My account is overdrawn because of you."
        ],
        "fr": [
            "Vous m'avez débité DEUX fois 64 € pour la commande {case}. Mon compte est à découvert."
        ],
        "de": [
            "Sie haben mir ZWEIMAL 64 € für Bestellung {case} abgebucht. Mein Konto ist im Minus."
        ],
        "es": [
            "Me habéis cobrado DOS veces 64 € por el pedido {case}. Tengo la cuenta en números rojos."
        ],
    },
    "refund": {
        "it": [
            "Ho restituito tre borse termiche tre SETTIMANE fa e la cauzione di 75 € non è mai tornata. Ordine {case}",
            "cauzione delle borse termiche ancora non rimborsata dopo 3 settimane, ordine {case}. 75 euro non sono pochi",
        ],
        "pt": [
            "Devolvi três caixas térmicas há TRÊS semanas e a caução de 75 € nunca voltou. Encomenda {case}",
            "a caução das caixas ainda não foi devolvida passadas 3 semanas, encomenda {case}. são 75 euros",
        ],
        "en": [
            "Returned three cool boxes THREE weeks ago and the £65 deposit never came back. Order {case}."
        ],
        "fr": [
            "J'ai rendu trois sacs isothermes il y a TROIS semaines, la caution de 75 € n'est jamais revenue. Commande {case}."
        ],
        "de": [
            "Drei Kühlboxen vor DREI Wochen zurückgegeben, die 75 € Pfand sind nie zurückgekommen. Bestellung {case}."
        ],
        "es": [
            "Devolví tres neveras hace TRES semanas y la fianza de 75 € no ha vuelto. Pedido {case}."
        ],
    },
    "wrong_price": {
        "it": [
            "Sono socia del Club da un anno e mi avete fatto pagare la consegna 9,90 € e il prezzo pieno. Ordine {case}. Allora a che serve il Club?",
            "socio Club ma ordine {case} pagato a prezzo pieno con consegna. controllate per favore",
        ],
        "pt": [
            "Sou sócia do Club há um ano e cobraram-me entrega e preço normal na encomenda {case}. Então para que serve o Club?",
            "sou do Club e paguei preço cheio com portes na encomenda {case}. vejam isso",
        ],
        "en": [
            "I'm a Club member and got charged full price AND delivery on order {case}. What am I paying the Club for?"
        ],
        "fr": [
            "Je suis membre du Club et j'ai payé plein tarif ET livraison sur la commande {case}. Le Club sert à quoi ?"
        ],
        "de": [
            "Ich bin Club-Mitglied und habe für Bestellung {case} vollen Preis UND Lieferung bezahlt. Wozu der Club?"
        ],
        "es": [
            "Soy socia del Club y me habéis cobrado precio completo Y envío en el pedido {case}. ¿Para qué pago el Club?"
        ],
    },
    "cancel_fee": {
        "it": [
            "Ho annullato l'ordine {case} CINQUE giorni prima e mi avete trattenuto 20 € di penale per annullamento tardivo. Ma scherziamo?",
            "penale di 20 euro per l'ordine {case} annullato con 5 giorni di anticipo, non ha senso",
        ],
        "pt": [
            "Cancelei a encomenda {case} com CINCO dias de antecedência e cobraram 20 € de cancelamento tardio. Estão a brincar?",
            "taxa de 20 € por cancelar a encomenda {case} 5 dias antes, não faz sentido nenhum",
        ],
        "en": [
            "Cancelled order {case} FIVE days ahead and got a £17 late-cancellation fee. Are you joking?"
        ],
        "fr": [
            "Commande {case} annulée CINQ jours avant et 20 € de frais d'annulation tardive. Sérieusement ?"
        ],
        "de": ["Bestellung {case} FÜNF Tage vorher storniert und 20 € Spätstornogebühr. Im Ernst?"],
        "es": [
            "Cancelé el pedido {case} con CINCO días de antelación y me cobráis 20 € por cancelación tardía. ¿En serio?"
        ],
    },
}

LONG_EMAIL: T = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo che ha la febbre e la grande che sabato compie diciotto anni, quindi perdonate se vado dritta al punto. Da due anni ordino da voi per ogni festa di famiglia e non avevo mai avuto problemi: il vostro autista di zona lo conosciamo ormai per nome.\n\nQuesta volta però non ci siamo. {problem}\n\nHo già spiegato la cosa a mio marito tre volte e non ho la forza di farlo una quarta al telefono, per questo vi scrivo. Vorrei una risposta scritta e una soluzione entro domani.\n\nCordiali saluti",
        "Buonasera,\n\nsono in macchina fuori dalla piscina dove mio figlio fa allenamento, l'unico momento della giornata in cui riesco a scrivere. Stiamo sistemando la casa dei nonni per la festa dei loro cinquant'anni di matrimonio e il ghiaccio era l'ultima cosa di cui pensavo di dovermi preoccupare.\n\n{problem}\n\nVi chiedo di sistemare e di farmi sapere per iscritto, perché tra muratori e parenti ho già abbastanza telefonate.\n\nGrazie e buona serata",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo-vos do banco do hospital enquanto a minha mãe faz exames, por isso desculpem se for direta. Sou cliente há três anos, encomendo convosco para todos os aniversários cá de casa e sempre correu bem.\n\nDesta vez não. {problem}\n\nJá contei esta história duas vezes e não tenho paciência para uma terceira ao telefone. Peço resposta por escrito e que resolvam até amanhã.\n\nCumprimentos",
        "Olá,\n\nestou na bancada da feira entre clientes, único momento em que consigo pegar no telemóvel. Andamos a preparar o batizado da minha neta e o gelo era a parte que eu achava que estava garantida.\n\n{problem}\n\nAgradeço que tratem disto e me respondam por email, porque entre a feira e a família não atendo o telefone.\n\nObrigada",
    ],
    "en": [
        "Hello,\n\nwriting from the car outside my son's football training, only quiet moment of the day. We're doing up my late dad's house for the family and the ice was the one thing I thought was sorted.\n\n{problem}\n\nPlease put it right and reply in writing.\n\nThanks"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris de la salle d'attente du dentiste, entre deux rendez-vous des enfants. Cliente depuis deux ans, jamais eu de souci.\n\n{problem}\n\nMerci de régler cela et de me répondre par écrit.\n\nCordialement"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, die Katze ist dran, danach geht es weiter mit der Renovierung. Ich bestelle seit Jahren bei Ihnen und war immer zufrieden.\n\n{problem}\n\nBitte klären Sie das und antworten Sie schriftlich.\n\nMit freundlichen Grüßen"
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche a la salida del colegio, el único rato tranquilo del día. Soy clienta desde hace dos años y nunca había tenido problemas.\n\n{problem}\n\nPor favor, solucionadlo y contestadme por escrito.\n\nSaludos"
    ],
}

SUBJECT_COMPLAINT: T = {
    "it": ["Reclamo ordine {case}", "Problema con l'ordine {case}"],
    "pt": ["Reclamação encomenda {case}", "Problema com a encomenda {case}"],
    "en": ["Complaint: order {case}"],
    "fr": ["Réclamation commande {case}"],
    "de": ["Beschwerde Bestellung {case}"],
    "es": ["Reclamación pedido {case}"],
}

RE_SUBJECT: T = {
    "it": ["R: Segnalazione {case}"],
    "pt": ["RE: Pedido {case}"],
    "en": ["Re: Your case {case}"],
    "fr": ["RE : Demande {case}"],
    "de": ["AW: Vorgang {case}"],
    "es": ["RE: Incidencia {case}"],
}

CASE_OPENED: T = {
    "it": [
        "Buongiorno, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la seguiamo noi: la ricontattiamo entro 24 ore. Il team Gelvora",
        "Salve, abbiamo registrato la sua segnalazione con il numero {case}. Un collega la prende in carico oggi stesso. Gelvora",
    ],
    "pt": [
        "Olá, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar em 24 horas. Equipa Gelvora",
        "Boa tarde, registámos a sua reclamação com a referência {case}. Um colega trata do caso hoje. Gelvora",
    ],
    "en": [
        "Hello, we're very sorry. We've opened case {case} and will be back to you within 24 hours. The Gelvora team"
    ],
    "fr": [
        "Bonjour, nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 24 heures. L'équipe Gelvora"
    ],
    "de": [
        "Hallo, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 24 Stunden. Ihr Gelvora-Team"
    ],
    "es": [
        "Hola, lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos en 24 horas. El equipo de Gelvora"
    ],
}

CHAT_CASE: T = {
    "it": [
        "Mi dispiace davvero. Ho aperto la segnalazione {case}, la sistemiamo e ti scriviamo per mail."
    ],
    "pt": ["Lamento imenso. Abri o pedido {case}, vamos resolver e damos notícias por email."],
    "en": ["Really sorry about that. I've opened case {case}, we'll sort it and e-mail you."],
    "fr": ["Vraiment désolé. J'ai ouvert la demande {case}, on règle ça et on vous écrit."],
    "de": ["Das tut mir leid. Ich habe den Vorgang {case} eröffnet, wir melden uns per Mail."],
    "es": ["Lo siento mucho. He abierto la incidencia {case}, lo resolvemos y te escribimos."],
}

GOOD_NEWS: T = {
    "it": [
        "Buone notizie sulla segnalazione {case}: abbiamo sistemato tutto e riaccreditato l'importo. Ci conferma che ora è a posto?",
        "Salve, per la segnalazione {case} il problema è risolto dalla nostra parte. Può confermarci che è tutto ok?",
    ],
    "pt": [
        "Boas notícias sobre o pedido {case}: está resolvido e o valor foi devolvido. Pode confirmar que está tudo bem?",
        "Olá, o caso {case} ficou tratado do nosso lado. Consegue confirmar-nos?",
    ],
    "en": [
        "Good news on case {case}: it's fixed and the amount is refunded. Could you confirm all is well now?"
    ],
    "fr": [
        "Bonne nouvelle pour la demande {case} : c'est réglé et remboursé. Pouvez-vous confirmer ?"
    ],
    "de": ["Gute Nachricht zu Vorgang {case}: erledigt und erstattet. Können Sie das bestätigen?"],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está resuelto y reembolsado. ¿Nos lo confirmas?"
    ],
}

QUALITY_LEAD: T = {
    "it": [
        "Buongiorno, la sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Bom dia, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço."
    ],
    "en": [
        "Hello, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour, votre demande {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "es": [
        "Hola, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

URGENT_CHAT: T = {
    "it": ["Ho aggiunto il messaggio alla segnalazione {case} e l'ho segnata come urgente."],
    "pt": ["Juntei a mensagem ao pedido {case} e marquei como urgente."],
    "en": ["I've added this to case {case} and marked it urgent."],
    "fr": ["J'ai ajouté ceci à la demande {case}, marquée urgente."],
    "de": ["Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert."],
    "es": ["Lo he añadido a la incidencia {case} y la he marcado como urgente."],
}

CONFIRM: T = {
    "it": [
        "Confermo, segnalazione {case} risolta, rimborso arrivato. Grazie!",
        "tutto ok per la {case}, grazie della pazienza",
    ],
    "pt": [
        "Confirmo, pedido {case} resolvido, o dinheiro já entrou. Obrigada!",
        "tudo certo com o {case}, obrigado",
    ],
    "en": ["Confirmed, case {case} sorted, refund landed. Thanks!"],
    "fr": ["Je confirme, demande {case} réglée, merci !"],
    "de": ["Bestätigt, Vorgang {case} erledigt, danke!"],
    "es": ["Confirmo, incidencia {case} resuelta, ¡gracias!"],
}

APOLOGY: T = {
    "it": [
        "Scusate per i toni di ieri sul {case}, era una giornataccia. Grazie per aver sistemato",
        "ieri ero nervosissima, scusate. Grazie per la {case}",
    ],
    "pt": [
        "Desculpem o tom de ontem no {case}, foi um dia péssimo. Obrigado por resolverem",
        "ontem passei-me, desculpem. obrigada pelo {case}",
    ],
    "en": ["Sorry for yesterday's tone about {case}, rough day. Thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier sur la {case}, journée difficile. Merci"],
    "de": ["Sorry für meinen Ton gestern wegen {case}, schlechter Tag. Danke"],
    "es": ["Perdón por el tono de ayer con la {case}, mal día. Gracias"],
}

LATER: T = {
    "it": [
        "Segnalazione {case}: ancora niente. Ve l'ho già scritto, il problema è sempre lì. {problem}",
        "scrivo di nuovo per la {case} perché nessuno mi ha risposto e non è cambiato nulla",
    ],
    "pt": [
        "Pedido {case}: continua tudo igual. Já vos escrevi, o problema mantém-se. {problem}",
        "volto a escrever sobre o {case} porque ninguém respondeu e nada mudou",
    ],
    "en": ["Case {case}: still nothing. I've already written, it's still not fixed. {problem}"],
    "fr": ["Demande {case} : toujours rien, le problème est toujours là. {problem}"],
    "de": ["Vorgang {case}: immer noch nichts, das Problem besteht weiter. {problem}"],
    "es": ["Incidencia {case}: sigue igual, el problema sigue ahí. {problem}"],
}

THIRD: T = {
    "it": [
        "Terza volta che scrivo per la {case}. Una collega ordina da {comp} e a lei queste cose le risolvono in giornata.",
        "{case}, terzo messaggio. Ho già guardato quanto costa {comp}, sinceramente.",
    ],
    "pt": [
        "Terceira vez que escrevo sobre o {case}. Uma colega encomenda na {comp} e resolvem-lhe isto no próprio dia.",
        "{case}, terceira mensagem. Já fui ver os preços da {comp}, sinceramente.",
    ],
    "en": [
        "Third time writing about {case}. A mate orders from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour la demande {case}. Une collègue commande chez {comp}, eux règlent ça dans la journée."
    ],
    "de": [
        "Dritte Nachricht zu {case}. Ein Kollege bestellt bei {comp}, die lösen das am selben Tag."
    ],
    "es": [
        "Tercera vez que escribo por la {case}. Una compañera pide a {comp} y se lo arreglan en el día."
    ],
}

FOURTH: T = {
    "it": ["QUARTA volta per la {case}. Non è ancora risolto. Basta."],
    "pt": ["QUARTA vez com o {case}. Continua por resolver. Chega."],
    "en": ["FOURTH time about {case}. Still not fixed."],
    "fr": ["QUATRIÈME fois pour {case}. Toujours pas réglé."],
    "de": ["VIERTES Mal wegen {case}. Immer noch nicht gelöst."],
    "es": ["CUARTA vez con la {case}. Sigue sin resolverse."],
}

NPS_LOW: T = {
    "it": ["Pessima esperienza", "", "delusa"],
    "pt": ["Muito mau", "", "desiludido"],
    "en": ["Not good enough"],
    "fr": ["Décevant"],
    "de": ["Enttäuschend"],
    "es": ["Muy decepcionante"],
}

CSAT_LOW: T = {
    "it": ["lento", ""],
    "pt": ["demorado", ""],
    "en": ["slow"],
    "fr": [""],
    "de": ["langsam"],
    "es": [""],
}

SLIDE: T = {
    "it": [
        "Consegna arrivata con un'ora e mezza di ritardo, senza una chiamata. Peccato, di solito siete puntuali",
        "Le sfere da cocktail questa volta erano mezze rotte e opache. Non come prima",
        "Adesso vogliono una foto di ogni borsa termica alla restituzione? Che burocrazia",
        "Cauzione raddoppiata sulle borse termiche e una settimana per riaverla. Sto perdendo la pazienza",
        "Mi avete addebitato 30 € di 'pulizia' per una borsa termica restituita pulita, con le foto dell'app che lo dimostrano. Vergognoso",
        "Mio cognato ordina da {comp}, sabato il ghiaccio per la grigliata lo prendo lì.",
    ],
    "pt": [
        "Entrega com hora e meia de atraso e sem um telefonema. Pena, costumavam ser pontuais",
        "As esferas de cocktail desta vez vinham partidas e baças. Já não é o que era",
        "Agora querem uma foto de cada caixa térmica na devolução? Que burocracia",
        "Caução das caixas a dobrar e uma semana para a reaver. Estou a perder a paciência",
        "Cobraram-me 30 € de 'limpeza' por uma caixa devolvida limpa, com as fotos da própria app. Vergonhoso",
        "O meu cunhado encomenda na {comp}, o gelo do churrasco de sábado vai ser de lá.",
    ],
    "en": [
        "Delivery an hour and a half late, no call. Shame, you used to be on time",
        "Cocktail spheres cracked and cloudy this time. Not what it was",
        "Now you want a photo of every cool box at return? Bit much",
        "Deposits doubled on the cool boxes and a week to get them back. Losing patience",
        "£25 'cleaning fee' for a cool box returned spotless, with your own app's photos. Disgraceful",
        "My brother-in-law orders from {comp}, getting Saturday's barbecue ice there.",
    ],
    "fr": [
        "Livraison avec une heure et demie de retard, sans appel. Dommage",
        "Les sphères à cocktail étaient fêlées et troubles cette fois",
        "Une photo de chaque sac isotherme au retour maintenant ? Franchement",
        "Caution doublée et une semaine pour la récupérer. Je perds patience",
        "30 € de 'nettoyage' pour un sac rendu propre, avec les photos de votre appli. Honteux",
        "Mon beau-frère commande chez {comp}, je prends la glace du barbecue de samedi là-bas.",
    ],
    "de": [
        "Lieferung anderthalb Stunden zu spät, ohne Anruf. Schade",
        "Die Cocktailkugeln diesmal gesprungen und trüb",
        "Jetzt ein Foto von jeder Kühlbox bei der Rückgabe? Echt jetzt",
        "Pfand verdoppelt und eine Woche bis zur Erstattung. Mir reicht es langsam",
        "30 € 'Reinigungsgebühr' für eine saubere Kühlbox, mit den Fotos aus Ihrer eigenen App. Unverschämt",
        "Mein Schwager bestellt bei {comp}, das Grilleis für Samstag hole ich dort.",
    ],
    "es": [
        "Entrega con hora y media de retraso y sin llamar. Una pena",
        "Las esferas de cóctel llegaron rotas y turbias esta vez",
        "¿Ahora una foto de cada nevera al devolverla? Vaya",
        "Fianza doblada y una semana para recuperarla. Se me acaba la paciencia",
        "30 € de 'limpieza' por una nevera devuelta limpia, con las fotos de vuestra app. Vergonzoso",
        "Mi cuñado pide a {comp}, el hielo de la barbacoa del sábado lo compro allí.",
    ],
}

CANCEL_REQ: T = {
    "it": [
        "Buongiorno, ci siamo trasferiti in un bilocale senza terrazzo e le feste sono finite, almeno per un po'. Vorrei annullare il Gelvora Club e chiudere l'account. Grazie di tutto",
        "Salve, abbiamo comprato una macchina del ghiaccio nostra e non ordiniamo più. Per favore annullate il Club e chiudete il mio account.",
    ],
    "pt": [
        "Bom dia, mudámos para um T1 sem varanda e as festas acabaram. Quero cancelar o Gelvora Club e fechar a conta. Obrigada por tudo",
        "Olá, comprámos uma máquina de gelo e já não vamos encomendar. Cancelem o Club e fechem a minha conta, por favor.",
    ],
    "en": [
        "Hi, we've bought our own ice machine so we won't be ordering any more. Please cancel my Gelvora Club and close the account."
    ],
    "fr": [
        "Bonjour, nous avons acheté une machine à glaçons. Merci d'annuler mon Gelvora Club et de fermer mon compte."
    ],
    "de": [
        "Hallo, wir haben jetzt eine eigene Eismaschine. Bitte kündigen Sie meinen Gelvora Club und schließen Sie das Konto."
    ],
    "es": [
        "Hola, nos hemos comprado una máquina de hielo. Por favor, cancelad mi Gelvora Club y cerrad la cuenta."
    ],
}

SORRY_GO: T = {
    "it": [
        "Ci dispiace vederla andare! Può annullare il Club da sola in app o sul sito, in Profilo > Club > Annulla."
    ],
    "pt": [
        "Temos pena de a ver partir! Pode cancelar o Club na app ou no site, em Perfil > Club > Cancelar."
    ],
    "en": [
        "Sorry to see you go! You can cancel yourself in the app or on the website under Profile > Club > Cancel."
    ],
    "fr": [
        "Désolés de vous voir partir ! Vous pouvez annuler dans l'appli ou sur le site, Profil > Club > Annuler."
    ],
    "de": [
        "Schade, dass Sie gehen! Sie können in der App oder im Web unter Profil > Club > Kündigen kündigen."
    ],
    "es": [
        "¡Qué pena que te vayas! Puedes cancelar en la app o en la web, en Perfil > Club > Cancelar."
    ],
}

SARCASM: T = {
    "it": [
        "Consegna 'express' alle 23:10, giusto in tempo per il brindisi... dell'anno prossimo 👏",
        "ghiaccio arrivato già in forma liquida, comodissimo per risparmiare tempo 🙃",
    ],
    "pt": [
        "Entrega 'expresso' às 23h10, mesmo a tempo do brinde... do ano que vem 👏",
        "o gelo já veio em estado líquido, poupa imenso trabalho 🙃",
    ],
    "en": ["'Express' delivery at 11:10pm, just in time for next year's toast 👏"],
    "fr": ["Livraison 'express' à 23h10, pile pour le toast... de l'an prochain 👏"],
    "de": ["'Express'-Lieferung um 23:10, gerade rechtzeitig zum Anstoßen... nächstes Jahr 👏"],
    "es": ["Entrega 'exprés' a las 23:10, justo a tiempo para el brindis... del año que viene 👏"],
}

GRUMPY: T = {
    "it": [
        "L'app mi slogga ogni volta che la apro, ogni volta.",
        "Il messaggio 'la consegna arriva tra 2 ore' alle 6 di mattina. Davvero?",
        "Fascia di consegna di 2 ore e arrivano sempre all'ultimo minuto",
        "I sacchi si bucano sempre sul fondo",
        "Nessun avviso quando cambia l'orario di consegna",
        "Il numero verde risponde dopo 15 minuti di musica",
    ],
    "pt": [
        "A app faz logout sempre que a abro. Sempre.",
        "Mensagem 'a entrega chega em 2 horas' às 6 da manhã. A sério?",
        "Janela de 2 horas e chegam sempre no último minuto",
        "Os sacos rompem sempre no fundo",
        "Nenhum aviso quando muda a hora de entrega",
        "A linha de apoio atende ao fim de 15 minutos de música",
    ],
    "en": [
        "App logs me out every single time.",
        "'Delivery in 2 hours' text at 6am. Really?",
        "Two-hour slot and they always come in the last minute",
        "Bags always split at the bottom",
        "No warning when the delivery time changes",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois.",
        "SMS 'livraison dans 2 heures' à 6h du matin. Sérieux ?",
        "Créneau de 2 heures et toujours à la dernière minute",
        "Les sacs se percent toujours par le fond",
        "Aucun avertissement quand l'heure change",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus.",
        "SMS 'Lieferung in 2 Stunden' um 6 Uhr früh. Echt?",
        "Zwei-Stunden-Fenster und immer in der letzten Minute",
        "Die Säcke reißen immer unten",
        "Keine Info, wenn sich die Lieferzeit ändert",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "SMS 'tu entrega llega en 2 horas' a las 6 de la mañana. ¿En serio?",
        "Franja de 2 horas y siempre en el último minuto",
        "Las bolsas siempre se rompen por abajo",
        "Ningún aviso cuando cambia la hora",
    ],
}

MILD_GRUMBLE: QA = {
    "it": [
        (
            "la ricerca del deposito mi mostra Bari invece di Bologna, sbaglio io?",
            "Ciao, è un problema noto della mappa: scegli la città a mano, lo sistemiamo a breve.",
        ),
        (
            "le notifiche mi arrivano in inglese anche se l'app è in italiano",
            "Grazie della segnalazione! Lo passiamo ai colleghi dell'app.",
        ),
    ],
    "pt": [
        (
            "as notificações chegam em inglês apesar de ter a app em português",
            "Obrigado pelo aviso! Já passámos à equipa da app.",
        ),
        (
            "a pesquisa de depósitos mostra Braga em vez do Porto",
            "Olá, é um erro conhecido do mapa: escolha a cidade à mão, corrigimos em breve.",
        ),
    ],
    "en": [
        (
            "store finder keeps showing Leeds when I'm in Bristol",
            "Thanks! Known map issue, pick the city by hand for now.",
        )
    ],
    "fr": [("les notifications arrivent en anglais", "Merci ! On transmet à l'équipe de l'appli.")],
    "de": [
        ("Benachrichtigungen kommen auf Englisch", "Danke für den Hinweis, wir geben es weiter.")
    ],
    "es": [("las notificaciones me llegan en inglés", "¡Gracias! Lo pasamos al equipo de la app.")],
}

FORM_ACK: T = {
    "it": ["Grazie per la segnalazione, l'abbiamo girata al team dell'app. Gelvora"],
    "pt": ["Obrigado pelo aviso, seguiu para a equipa da app. Gelvora"],
    "en": ["Thanks for letting us know, passed to the app team. Gelvora"],
    "fr": ["Merci, transmis à l'équipe de l'appli. Gelvora"],
    "de": ["Danke, an das App-Team weitergegeben. Gelvora"],
    "es": ["Gracias, lo pasamos al equipo de la app. Gelvora"],
}

LONE_QUESTION: QA = {
    "it": [
        (
            "ieri sera nel passaggio 'sicurezza ghiaccio secco' ho dovuto spuntare la casella due volte, poi è andato. È normale? Domani devo ordinare di nuovo",
            "Ciao! Succede se la pagina si ricarica: una spunta basta, l'ordine di ieri è confermato e domani funziona.",
        )
    ],
    "pt": [
        (
            "ontem à noite no passo de segurança do gelo seco tive de marcar a caixa duas vezes e depois passou. é normal? amanhã volto a encomendar",
            "Olá! Acontece se a página recarregar: basta uma vez, a encomenda de ontem está confirmada.",
        )
    ],
}

SPIKE_REPORT: dict[str, list[tuple[str, bool]]] = {
    "it": [
        (
            "Non riesco a ordinare NIENTE: al passaggio sicurezza ghiaccio secco spunto la casella e torna vuota, errore SFT-714. Ho la festa stasera!",
            True,
        ),
        (
            "l'app si blocca al checkout, mi chiede di confermare le istruzioni per il ghiaccio secco ma io ho ordinato solo cubetti. Non va avanti",
            False,
        ),
        ("Errore SFT-714 al pagamento, tre volte di fila. Ma che succede stamattina?", True),
    ],
    "pt": [
        (
            "Não consigo fazer encomenda nenhuma: no passo de segurança do gelo seco marco a caixa e ela desmarca-se sozinha, erro SFT-714. Tenho festa hoje!",
            True,
        ),
        (
            "o checkout fica preso a pedir para confirmar as instruções do gelo seco e eu só quero gelo normal. não avança",
            False,
        ),
        ("erro SFT-714 no pagamento, já tentei 4 vezes. alguém sabe o que se passa?", True),
    ],
    "en": [
        (
            "Can't place any order, checkout stuck on the dry ice safety tick box, keeps unticking itself. Error SFT-714",
            True,
        ),
        (
            "your app won't let me pay, it wants me to agree to dry ice rules for a bag of normal ice and then just loops",
            False,
        ),
    ],
    "fr": [
        (
            "Impossible de commander : l'étape sécurité glace carbonique se décoche toute seule, erreur SFT-714",
            True,
        ),
        (
            "le paiement bloque sur les consignes de glace carbonique alors que je prends des glaçons",
            False,
        ),
    ],
    "de": [
        (
            "Bestellen geht nicht: beim Sicherheitsschritt Trockeneis springt das Häkchen immer wieder raus, Fehler SFT-714",
            True,
        ),
        ("Kasse hängt bei den Trockeneis-Hinweisen, dabei will ich nur Würfeleis", False),
    ],
    "es": [
        (
            "No puedo pedir nada: en el paso de seguridad del hielo seco la casilla se desmarca sola, error SFT-714",
            True,
        ),
        ("el pago se queda atascado en las normas del hielo seco y yo solo quiero cubitos", False),
    ],
}

SPIKE_REPEAT: T = {
    "it": [
        "Ancora SFT-714, ho provato anche dal sito sul computer: stessa cosa. La festa è alle 13",
        "sempre bloccato al ghiaccio secco anche dal telefono di mio marito, ancora SFT-714",
    ],
    "pt": [
        "Continua SFT-714, tentei no site pelo computador e é igual. A festa é à uma",
        "ainda preso no gelo seco, tentei no telemóvel da minha mulher, SFT-714 outra vez",
    ],
    "en": ["Still SFT-714, tried on the website too. Same."],
    "fr": ["Toujours SFT-714, même sur le site."],
    "de": ["Immer noch SFT-714, auch auf der Website."],
    "es": ["Sigue el SFT-714, también desde la web."],
}

SPIKE_CHAT_ANSWER: T = {
    "it": [
        "Sì, il checkout si blocca al passaggio sicurezza per tutti in questo momento, i tecnici ci stanno lavorando."
    ],
    "pt": [
        "Sim, o checkout está a bloquear no passo de segurança para todos neste momento, a equipa técnica está a tratar."
    ],
    "en": [
        "Yes, checkout is stuck at the safety step for everyone right now, our engineers are on it."
    ],
    "fr": [
        "Oui, le paiement bloque à l'étape sécurité pour tout le monde, nos équipes s'en occupent."
    ],
    "de": ["Ja, die Kasse hängt gerade für alle beim Sicherheitsschritt, die Technik ist dran."],
    "es": [
        "Sí, el pago se bloquea en el paso de seguridad para todos ahora mismo, el equipo técnico está en ello."
    ],
}

SPIKE_FIXED: T = {
    "it": [
        "Il checkout funziona di nuovo dalle 12:40 (ora locale). La consegna di oggi è gratis e le abbiamo aggiunto 10 € di credito. Ci scusi."
    ],
    "pt": [
        "O checkout voltou a funcionar às 11h40 (hora local). A entrega de hoje é por nossa conta e juntámos 10 € de crédito. As nossas desculpas."
    ],
    "en": [
        "Checkout works again since 11:40 (local time). Today's delivery is on us and we've added credit to your account. Sorry."
    ],
    "fr": [
        "Le paiement fonctionne de nouveau depuis 12h40 (heure locale). Livraison offerte aujourd'hui et 10 € de crédit ajoutés."
    ],
    "de": [
        "Die Kasse funktioniert seit 12:40 Uhr (Ortszeit) wieder. Lieferung heute gratis, 10 € Guthaben gutgeschrieben."
    ],
    "es": [
        "El pago funciona de nuevo desde las 12:40 (hora local). La entrega de hoy es gratis y te hemos añadido 10 € de saldo."
    ],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "it": [
            "Buongiorno, le fatture di settembre hanno la partita IVA sbagliata e nessun numero d'ordine: il nostro commercialista non le può registrare. Servono corrette.",
            "Salve, ancora fatture con P.IVA errata e senza riferimento ordine. Così non possiamo pagare.",
        ],
        "pt": [
            "Bom dia, as faturas de setembro vêm com o NIF errado e sem número de encomenda: a contabilidade não as aceita. Precisamos de faturas corrigidas.",
            "Olá, outra vez faturas com NIF errado e sem referência. Assim não conseguimos pagar.",
        ],
        "en": [
            "Hello, September's invoices carry the wrong VAT number and no PO number, our accounts team can't book them."
        ],
        "fr": [
            "Bonjour, les factures de septembre ont le mauvais numéro de TVA et pas de bon de commande."
        ],
        "de": [
            "Guten Tag, die Septemberrechnungen haben die falsche USt-IdNr. und keine Bestellnummer."
        ],
        "es": ["Hola, las facturas de septiembre llevan el NIF equivocado y sin número de pedido."],
    },
    "service_blocked": {
        "it": [
            "Buongiorno, stamattina l'ordine fisso delle 7 non è arrivato: l'autista dice che il conto è 'sospeso'. Abbiamo pagato tutto il 30. Apriamo il bar senza ghiaccio.",
            "Salve, consegna rifiutata di nuovo per 'conto sospeso', ma è tutto pagato.",
        ],
        "pt": [
            "Bom dia, a encomenda fixa das 7h não veio: o motorista diz que a conta está 'suspensa'. Pagámos tudo no dia 30. Abrimos o bar sem gelo.",
            "Olá, entrega recusada outra vez por 'conta suspensa', está tudo pago.",
        ],
        "en": [
            "Morning, the 7am standing order didn't come, the driver says our account is 'on hold'. Paid in full on the 30th."
        ],
        "fr": [
            "Bonjour, la livraison fixe de 7h n'est pas venue, compte 'suspendu' alors que tout est payé."
        ],
        "de": [
            "Guten Morgen, die feste 7-Uhr-Lieferung kam nicht, Konto angeblich 'gesperrt', obwohl bezahlt."
        ],
        "es": [
            "Buenos días, el pedido fijo de las 7 no llegó, la cuenta 'bloqueada' aunque está pagada."
        ],
    },
    "portal": {
        "it": [
            "Buongiorno, il portale non mostra più gli ordini fissi: non possiamo cambiare le quantità per il weekend e continuate a mandarci 100 kg che non ci servono.",
            "Salve, il portale ordini è vuoto di nuovo, nessun ordine fisso visibile.",
        ],
        "pt": [
            "Bom dia, o portal deixou de mostrar as encomendas fixas: não conseguimos mudar as quantidades para o fim de semana e continuam a mandar 100 kg a mais.",
            "Olá, o portal continua vazio, não aparece nenhuma encomenda fixa.",
        ],
        "en": [
            "Hello, the portal no longer shows our standing orders, so we can't change the weekend quantities."
        ],
        "fr": [
            "Bonjour, le portail n'affiche plus nos commandes fixes, impossible de modifier les quantités."
        ],
        "de": [
            "Hallo, das Portal zeigt unsere Daueraufträge nicht mehr, wir können nichts ändern."
        ],
        "es": ["Hola, el portal ya no muestra los pedidos fijos y no podemos cambiar cantidades."],
    },
    "overbilled": {
        "it": [
            "Buongiorno, da agosto ci fatturate il prezzo di listino e non quello del contratto (0,58 €/kg). Sono oltre 600 € di differenza.",
            "Salve, anche questo mese prezzo di listino invece di quello contrattuale.",
        ],
        "pt": [
            "Bom dia, desde agosto estão a faturar preço de tabela e não o do contrato (0,58 €/kg). São mais de 600 € de diferença.",
            "Olá, este mês outra vez preço de tabela em vez do contratado.",
        ],
        "en": [
            "Hello, since August you bill list price instead of our contract rate, over £500 difference."
        ],
        "fr": [
            "Bonjour, depuis août vous facturez le tarif public au lieu du tarif contrat, plus de 600 € d'écart."
        ],
        "de": [
            "Hallo, seit August berechnen Sie Listenpreis statt Vertragspreis, über 600 € Differenz."
        ],
        "es": [
            "Hola, desde agosto facturáis precio de tarifa y no el de contrato, más de 600 € de diferencia."
        ],
    },
}

B2B_LATER: T = {
    "it": [
        "Buongiorno, scrivo anch'io per la segnalazione {case} aperta da {first} {day}: il problema è lo stesso e non è risolto. {problem}",
        "Salve, collega di {first}: {day} vi ha scritto per la {case}, da noi è ancora tutto fermo. {problem}",
    ],
    "pt": [
        "Bom dia, escrevo também sobre o pedido {case} que a {first} abriu {day}: o problema é o mesmo e continua. {problem}",
        "Olá, sou colega do {first}, que vos escreveu {day} (caso {case}). Continua tudo igual. {problem}",
    ],
    "en": [
        "Hello, following up on case {case} that {first} raised {day}: same problem, still open. {problem}"
    ],
    "fr": [
        "Bonjour, je reviens sur la demande {case} ouverte par {first} {day} : même problème. {problem}"
    ],
    "de": [
        "Hallo, zu Vorgang {case}, den {first} {day} gemeldet hat: dasselbe Problem, weiterhin offen. {problem}"
    ],
    "es": [
        "Hola, sobre la incidencia {case} que abrió {first} {day}: el mismo problema sigue. {problem}"
    ],
}

B2B_LAST_EMAIL: T = {
    "it": [
        "Segnalazione {case}: non è cambiato niente, vi hanno scritto in tre. L'ufficio acquisti ha già chiesto i prezzi a {comp}."
    ],
    "pt": [
        "Pedido {case}: nada mudou e já vos escreveram três pessoas. As compras já pediram preços à {comp}."
    ],
    "en": [
        "Case {case}: nothing has changed and several of us wrote. Procurement has already asked {comp} for their rates."
    ],
    "fr": ["Demande {case} : rien n'a changé. Les achats ont déjà demandé les tarifs de {comp}."],
    "de": ["Vorgang {case}: nichts passiert. Der Einkauf hat schon bei {comp} angefragt."],
    "es": ["Incidencia {case}: nada ha cambiado. Compras ya ha pedido precios a {comp}."],
}

B2B_LAST_CALL: T = {
    "it": [
        "sì buongiorno chiamo per la segnalazione {case} non è ancora risolto vi hanno scritto diversi colleghi e il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
        "salve è ancora per la {case} niente di fatto il titolare dice che spostiamo il conto se entro venerdì non è a posto",
    ],
    "pt": [
        "sim bom dia ligo por causa do pedido {case} continua por resolver já vos escreveram vários colegas e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
        "olá é outra vez o {case} nada resolvido o patrão diz que muda a conta se até sexta não estiver tratado",
    ],
    "en": [
        "hi it's about case {case} still not fixed several of us have written and my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour c'est pour la demande {case} toujours pas réglé mon patron dit qu'on change de fournisseur si ce n'est pas fait cette semaine"
    ],
    "de": [
        "ja hallo wegen Vorgang {case} immer noch nicht gelöst mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "hola llamo por la incidencia {case} sigue sin resolverse mi jefe dice que cambiamos de proveedor si no está esta semana"
    ],
}

B2B_SUGGEST: T = {
    "it": [
        "Suggerimento: sarebbe utile esportare i costi del ghiaccio per centro di costo dal portale.",
        "Sarebbe comodo avere l'orario di consegna previsto nella mail di conferma.",
    ],
    "pt": [
        "Sugestão: dava jeito exportar os custos por centro de custo no portal.",
        "Seria útil ter a hora prevista de entrega no email de confirmação.",
    ],
    "en": ["Suggestion: it would help to export ice costs by cost centre from the portal."],
    "fr": ["Suggestion : pouvoir exporter les coûts par centre de coût depuis le portail."],
    "de": ["Vorschlag: Kosten nach Kostenstelle aus dem Portal exportieren."],
    "es": ["Sugerencia: poder exportar los costes por centro de coste desde el portal."],
}

B2B_ACK: T = {
    "it": [
        "Buongiorno, grazie. Abbiamo aperto la segnalazione {case} e la seguiamo con priorità. Gelvora Horeca"
    ],
    "pt": ["Bom dia, obrigado. Abrimos o pedido {case} e tratamos com prioridade. Gelvora Horeca"],
    "en": ["Hello, thank you. We've opened case {case} and are on it. Gelvora Horeca"],
    "fr": ["Bonjour, merci. Demande {case} ouverte, nous nous en occupons. Gelvora Horeca"],
    "de": ["Hallo, danke. Vorgang {case} ist eröffnet, wir kümmern uns. Gelvora Horeca"],
    "es": ["Hola, gracias. Hemos abierto la incidencia {case}. Gelvora Horeca"],
}

B2B_IDEA_ACK: T = {
    "it": ["Grazie del suggerimento, lo giriamo al team del portale. Gelvora Horeca"],
    "pt": ["Obrigado pela sugestão, seguiu para a equipa do portal. Gelvora Horeca"],
    "en": ["Thanks for the suggestion, passed to the portal team. Gelvora Horeca"],
    "fr": ["Merci pour la suggestion, transmise. Gelvora Horeca"],
    "de": ["Danke für den Vorschlag, weitergegeben. Gelvora Horeca"],
    "es": ["Gracias por la sugerencia, la pasamos al equipo. Gelvora Horeca"],
}

B2B_CHAT_Q: QA = {
    "it": [
        (
            "Buongiorno, possiamo anticipare la consegna di venerdì alle 6?",
            "Buongiorno, sì: l'ho spostata alle 6-7, confermato.",
        ),
        (
            "ciao, ci servono 40 kg in più per sabato, si può?",
            "Certo, aggiunti 40 kg all'ordine di sabato.",
        ),
    ],
    "pt": [
        (
            "Bom dia, dá para antecipar a entrega de sexta para as 6h?",
            "Bom dia, sim, passou para as 6h-7h.",
        ),
        (
            "olá, precisamos de mais 40 kg para sábado",
            "Claro, juntámos 40 kg à encomenda de sábado.",
        ),
    ],
    "en": [("Morning, can Friday's drop come at 6?", "Morning, yes, moved to 6-7am.")],
    "fr": [("Bonjour, livraison de vendredi possible à 6h ?", "Bonjour, oui, déplacée à 6h-7h.")],
    "de": [
        ("Hallo, kann die Freitagslieferung um 6 kommen?", "Hallo, ja, auf 6-7 Uhr verschoben.")
    ],
    "es": [("Hola, ¿el viernes podéis venir a las 6?", "Hola, sí, cambiada a las 6-7.")],
}

B2B_PRAISE: T = {
    "it": [
        "Stagione estiva chiusa senza un giorno senza ghiaccio. Grazie al team Gelvora Horeca",
        "Autisti sempre puntuali alle 6, il nostro barman ringrazia",
    ],
    "pt": [
        "Verão inteiro sem um dia sem gelo. Obrigado à equipa Gelvora Horeca",
        "Motoristas sempre às 6h em ponto, o bar agradece",
    ],
    "en": ["Not a single day without ice all summer. Thanks Gelvora Horeca"],
    "fr": ["Pas un jour sans glace cet été, merci Gelvora Horeca"],
    "de": ["Den ganzen Sommer kein Tag ohne Eis, danke Gelvora Horeca"],
    "es": ["Ni un día sin hielo en todo el verano, gracias Gelvora Horeca"],
}

WEEKDAY: T = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
}
