# ruff: noqa: E501
"""Consumer wording for heldout63 (Affilo: knife and scissor sharpening by post).

Every text was written from the people's stories; templates take str.format
keywords ({case}, {amt}, {prod}, {comp}, {agent}, {me}, {when}, {code}).
"""

from __future__ import annotations

BRAND = "Affilo"
COMPETITORS = ("Tranchelo", "Edgeby")
SPIKE_CODE = "T9/ADX"

# label (English / French), price in euros
PRODUCTS: list[tuple[str, int]] = [
    ("Sleeve of 3 knives / Pochette 3 couteaux", 24),
    ("Sleeve of 6 knives / Pochette 6 couteaux", 42),
    ("Japanese knife, whetstone finish / Couteau japonais, finition pierre", 16),
    ("Scissors and secateurs / Ciseaux et sécateurs", 18),
    ("Serrated bread knife / Couteau à pain dentelé", 9),
    ("Chip repair and sharpening / Réparation d'ébréchure et affûtage", 22),
    ("Mandoline blade / Lame de mandoline", 11),
]
CLUB = ("Affilo Club, one year / Affilo Club, un an", 39)
PAGES = [
    "/sleeves",
    "/club",
    "/japanese-knives",
    "/scissors",
    "/track",
    "/faq/angles",
    "/gift-card",
    "/account/orders",
    "/how-it-works",
]

AGENTS: dict[str, list[str]] = {
    "en": ["Hannah", "Tom", "Priya"],
    "fr": ["Camille", "Julien", "Nadia"],
    "de": ["Jana", "Felix"],
    "it": ["Marta", "Davide"],
    "pt": ["Rita", "Tiago"],
    "es": ["Lucía", "Andrés"],
}

# ---------------------------------------------------------------- happy acts
PRAISE = {
    "en": [
        "Got my sleeve back from Affilo this morning. Tomato test: the knife just falls through it. Honestly forgot what a sharp knife feels like",
        "Sent off my gran's old carving knife to Affilo thinking it was beyond saving. It's back, gleaming, and they even oiled the wooden handle. Made my week",
        "Affilo sharpened the kitchen scissors and the secateurs, pruned the roses in half the time. Small joys",
        "the prepaid sleeve thing from Affilo is genius, pop the knives in, courier takes them, back in 4 days sharper than new",
        "Shout out to whoever at Affilo sharpened my santoku, the edge is ridiculous. Paper cuts like butter",
    ],
    "fr": [
        "Récupéré mes couteaux chez Affilo ce matin, ils coupent une tomate sans l'écraser. Je ne savais plus ce que c'était",
        "J'avais envoyé le vieux couteau à découper de mon grand-père à Affilo sans trop y croire. Il est revenu impeccable, manche ciré en plus. Merci !",
        "La pochette prépayée Affilo, franchement c'est malin : on glisse les couteaux, le coursier passe, et 4 jours après ils sont comme neufs",
        "Mes ciseaux de couture affûtés par Affilo, ils coupent le tissu d'un coup sans mâcher. Ravie",
        "Affilo a sauvé mon couteau japonais que j'avais ébréché sur un os. On ne voit plus rien. Bravo à l'atelier",
    ],
    "de": [
        "Messer von Affilo zurück, die Tomate fällt quasi von allein auseinander. Hätte ich viel früher machen sollen",
        "Das alte Tranchiermesser von Opa war stumpf wie ein Löffel, Affilo hat es wieder hinbekommen. Sogar der Holzgriff wurde geölt",
    ],
    "it": [
        "Coltelli tornati da Affilo stamattina, tagliano il pomodoro senza schiacciarlo. Non mi ricordavo più com'era",
        "Le forbici da sarta di mia nonna affilate da Affilo, tagliano la seta come niente. Grazie davvero",
    ],
    "pt": [
        "As facas voltaram da Affilo hoje, cortam o tomate sem esmagar. Já nem me lembrava como era",
        "Mandei a faca de trinchar do meu avô para a Affilo sem grande esperança e voltou impecável. Obrigada!",
    ],
    "es": [
        "Me han devuelto los cuchillos de Affilo esta mañana y cortan el tomate sin aplastarlo. Ya ni me acordaba",
        "El cuchillo de trinchar de mi abuelo volvió de Affilo como nuevo, hasta le aceitaron el mango de madera",
    ],
}

AGAIN = {
    "en": [
        "Third sleeve with Affilo this year and still the same: back in 4 days, sharper than the day I bought them",
        "Again the little handwritten note in the sleeve from the Affilo workshop. Still love that",
    ],
    "fr": [
        "Troisième pochette chez Affilo cette année, toujours aussi nickel",
        "Encore une fois le petit mot écrit à la main dans la pochette Affilo. J'adore toujours autant",
    ],
    "de": ["Schon das dritte Mal bei Affilo dieses Jahr, immer noch top"],
    "it": ["Terza volta con Affilo quest'anno, sempre perfetto"],
    "pt": ["Terceira vez com a Affilo este ano e continua tudo impecável"],
    "es": ["Tercera vez este año con Affilo y siguen igual de bien"],
}

GRIPE = {
    "en": [
        "Knives back from Affilo and they're brilliant, only gripe is the sleeve velcro which is already peeling. Otherwise spot on",
        "Really happy with Affilo, just wish the tracking said more than 'in workshop' for three days",
    ],
    "fr": [
        "Très contente d'Affilo, seul bémol le scratch de la pochette qui se décolle déjà. Sinon parfait",
        "Couteaux top, mais le suivi reste bloqué sur « en atelier » pendant trois jours, on se demande un peu",
    ],
    "de": [
        "Sehr gut geschärft, nur der Klettverschluss an der Hülle löst sich schon. Sonst alles bestens"
    ],
    "it": [
        "Affilatura ottima, solo che il velcro della busta si stacca già. Per il resto perfetto"
    ],
    "pt": ["Muito bom, só o velcro da bolsa que já está a descolar. De resto tudo ótimo"],
    "es": ["Muy contenta, solo que el velcro de la funda ya se despega. Por lo demás genial"],
}

# (question, agent answer)
CHAT_Q = {
    "en": [
        (
            "hi, can I put a ceramic knife in the sleeve or do you not do those?",
            "Hi! Yes we do ceramic knives, they go to our diamond wheel. Just wrap the tip in the foam piece that comes with the sleeve. {agent}",
        ),
        (
            "how long does a japanese knife take? need it for saturday",
            "Hello, usually 3-4 working days door to door, so if the courier collects tomorrow you should have it Friday. {agent}",
        ),
        (
            "Do Club members get the bread knife for free or is that extra",
            "Hi, serrated knives are included in the Club rate, no extra. {agent}",
        ),
    ],
    "fr": [
        (
            "bjr, est-ce que vous affûtez les couteaux en céramique ?",
            "Bonjour ! Oui, sur meule diamant. Pensez juste à protéger la pointe avec la mousse fournie. {agent}",
        ),
        (
            "Combien de temps pour un couteau japonais ? j'en ai besoin samedi",
            "Bonjour, comptez 3 à 4 jours ouvrés porte à porte : si le coursier passe demain, vous l'aurez vendredi. {agent}",
        ),
        (
            "Le couteau à pain est compris dans le Club ou c'est en plus ?",
            "Bonjour, les couteaux à dents sont compris dans le tarif Club. {agent}",
        ),
        (
            "on peut mettre des ciseaux de coiffure dans la pochette ?",
            "Bonjour, oui, ciseaux de coiffure et de couture, on les affûte à la main. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, schärft ihr auch Keramikmesser?",
            "Hallo! Ja, mit Diamantscheibe. Bitte die Spitze mit dem beigelegten Schaumstoff schützen. {agent}",
        )
    ],
    "it": [
        (
            "Ciao, affilate anche i coltelli in ceramica?",
            "Ciao! Sì, con la mola diamantata. Proteggi solo la punta con la spugna nella busta. {agent}",
        )
    ],
    "pt": [
        (
            "Olá, afiam facas de cerâmica?",
            "Olá! Sim, com mó de diamante. Só tem de proteger a ponta com a espuma que vem na bolsa. {agent}",
        )
    ],
    "es": [
        (
            "Hola, ¿afiláis cuchillos de cerámica?",
            "¡Hola! Sí, con muela de diamante. Solo protege la punta con la espuma que viene en la funda. {agent}",
        )
    ],
}
THANKS = {
    "en": ["perfect thanks", "great, thank you!", "ah brilliant cheers", "thanks 👍"],
    "fr": ["super merci", "parfait, merci beaucoup !", "ok merci 👍", "top merci"],
    "de": ["super, danke!", "perfekt, danke"],
    "it": ["perfetto grazie", "ok grz!"],
    "pt": ["ótimo obrigado", "perfeito, obg"],
    "es": ["genial gracias", "perfecto, grcs!"],
}
EMAIL_Q = {
    "en": [
        (
            "Gift card question",
            "Hello, can I buy a gift card for my brother in Dublin and have it emailed to him directly? Thanks, {me}",
            "Hi {me}, yes: at /gift-card you can enter his e-mail and a date, it is sent that morning. Kind regards, {agent} (Affilo)",
        )
    ],
    "fr": [
        (
            "Question carte cadeau",
            "Bonjour, peut-on offrir une carte cadeau Affilo et l'envoyer directement par mail à ma sœur ? Merci, {me}",
            "Bonjour {me}, oui : sur /gift-card vous indiquez son adresse et une date, elle la reçoit le matin même. Bien à vous, {agent} (Affilo)",
        )
    ],
    "de": [
        (
            "Frage Gutschein",
            "Hallo, kann ich einen Gutschein direkt an meine Schwester mailen lassen? Grüße, {me}",
            "Hallo {me}, ja, unter /gift-card die Adresse und ein Datum eingeben. Viele Grüße, {agent} (Affilo)",
        )
    ],
    "it": [
        (
            "Buono regalo",
            "Buongiorno, posso regalare un buono Affilo e farlo arrivare via mail a mio fratello? Grazie, {me}",
            "Buongiorno {me}, sì: su /gift-card inserisce la sua mail e la data. Cordiali saluti, {agent} (Affilo)",
        )
    ],
    "pt": [
        (
            "Cartão presente",
            "Bom dia, posso oferecer um cartão presente e enviá-lo por email à minha irmã? Obrigada, {me}",
            "Bom dia {me}, sim: em /gift-card indica o email e a data. Cumprimentos, {agent} (Affilo)",
        )
    ],
    "es": [
        (
            "Tarjeta regalo",
            "Hola, ¿puedo regalar una tarjeta Affilo y que le llegue por email a mi hermana? Gracias, {me}",
            "Hola {me}, sí: en /gift-card pones su email y la fecha. Un saludo, {agent} (Affilo)",
        )
    ],
}
PHONE_Q = {
    "en": [
        "yeah hi I just wanted to ask if the sleeve fits a 25 centimetre carving knife because it looks a bit short",
        "hi there um my dad has an old pair of pinking shears can you do those or not",
    ],
    "fr": [
        "oui bonjour je voulais savoir si la pochette accepte un couteau à découper de 25 centimètres parce qu'elle a l'air un peu courte",
        "allô bonjour c'est pour savoir si vous affûtez les ciseaux cranteurs de ma mère",
    ],
    "de": [
        "ja hallo ich wollte fragen ob in die Hülle auch ein 25 Zentimeter Tranchiermesser passt"
    ],
    "it": ["sì buongiorno volevo sapere se nella busta ci sta un coltello da 25 centimetri"],
    "pt": ["sim bom dia queria saber se na bolsa cabe uma faca de trinchar de 25 centímetros"],
    "es": ["sí hola quería saber si en la funda cabe un cuchillo de trinchar de 25 centímetros"],
}
PHONE_FOLLOW = {
    "en": (
        "Your call today",
        "Hi {me}, following your call: yes, blades up to 30 cm fit the long sleeve, which we have added to your account at no cost. Best, {agent}",
    ),
    "fr": (
        "Votre appel",
        "Bonjour {me}, suite à votre appel : oui, jusqu'à 30 cm, nous avons ajouté une pochette longue à votre compte, sans frais. Cordialement, {agent}",
    ),
    "de": (
        "Ihr Anruf",
        "Hallo {me}, wie besprochen: bis 30 cm passt die lange Hülle, wir haben sie Ihrem Konto kostenlos hinzugefügt. Grüße, {agent}",
    ),
    "it": (
        "La sua chiamata",
        "Buongiorno {me}, come detto al telefono: fino a 30 cm va bene la busta lunga, l'abbiamo aggiunta al suo account. Saluti, {agent}",
    ),
    "pt": (
        "A sua chamada",
        "Olá {me}, como falámos: até 30 cm cabe na bolsa longa, já a juntámos à sua conta sem custo. Cumprimentos, {agent}",
    ),
    "es": (
        "Tu llamada",
        "Hola {me}, como hablamos: hasta 30 cm cabe en la funda larga, ya la hemos añadido a tu cuenta sin coste. Un saludo, {agent}",
    ),
}
REVIEW = {
    "en": [
        "Sharp, fast, well packed. Five stars",
        "Knives came back razor sharp, sleeve is clever. Would use again",
    ],
    "fr": [
        "Rapide, bien emballé, couteaux rasoirs. 5 étoiles",
        "Service sérieux, résultat bluffant",
    ],
    "de": ["Schnell, gut verpackt, scharf. Gerne wieder"],
    "it": ["Veloce e preciso, coltelli come nuovi"],
    "pt": ["Rápido e bem embalado, recomendo"],
    "es": ["Rápido, bien embalado y los cuchillos cortan que da gusto"],
}
SURVEY_WORD = {
    "en": ["great service", "", "👍", "sharp!", "quick and easy", ""],
    "fr": ["top", "", "très bien", "👍", "rapide", ""],
    "de": ["super", "", "👍"],
    "it": ["ottimo", "", "👍"],
    "pt": ["muito bom", "", "👍"],
    "es": ["genial", "", "👍"],
}
NIGHT_POST = {
    "en": [
        "2am and I'm watching whetstone videos again. Sending my knives to Affilo tomorrow instead of ruining them myself",
        "night shift done, ordered a sleeve from Affilo for the chef's knife before bed",
    ],
    "fr": [
        "2h du mat et je regarde des vidéos d'affûtage… je vais plutôt envoyer mes couteaux chez Affilo demain",
        "fin de garde de nuit, commandé une pochette Affilo avant de dormir",
    ],
    "de": [
        "2 Uhr nachts und ich schaue Schleifstein-Videos. Schicke meine Messer morgen lieber zu Affilo"
    ],
    "it": ["le 2 di notte e guardo video di affilatura. domani mando i coltelli ad Affilo"],
    "pt": ["2 da manhã a ver vídeos de afiar facas. Amanhã mando as minhas para a Affilo"],
    "es": ["las 2 de la mañana viendo vídeos de afilar cuchillos. mañana mando los míos a Affilo"],
}
NIGHT_CHAT = {
    "en": [
        (
            "can the courier pick up from a neighbour if I'm at work?",
            "Hi, yes, just add their name and door in the collection note. {agent}",
        ),
        (
            "is there a size limit for cleavers",
            "Hello, cleavers up to 22 cm blade go in the long sleeve. {agent}",
        ),
    ],
    "fr": [
        (
            "le coursier peut récupérer la pochette chez un voisin si je travaille ?",
            "Bonjour, oui, indiquez son nom et sa porte dans la note d'enlèvement. {agent}",
        ),
        (
            "y a une taille max pour les feuilles de boucher ?",
            "Bonjour, jusqu'à 22 cm de lame dans la pochette longue. {agent}",
        ),
    ],
    "de": [
        (
            "Kann der Kurier die Hülle beim Nachbarn abholen?",
            "Hallo, ja, einfach Name und Tür in der Abholnotiz angeben. {agent}",
        )
    ],
    "it": [
        (
            "il corriere può ritirare dal vicino se sono al lavoro?",
            "Ciao, sì, basta scrivere nome e porta nella nota di ritiro. {agent}",
        )
    ],
    "pt": [
        (
            "o estafeta pode recolher no vizinho se eu estiver a trabalhar?",
            "Olá, sim, indique o nome e a porta na nota de recolha. {agent}",
        )
    ],
    "es": [
        (
            "¿el mensajero puede recoger en casa del vecino si estoy trabajando?",
            "Hola, sí, pon su nombre y puerta en la nota de recogida. {agent}",
        )
    ],
}

# ---------------------------------------------------------------- problems
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
TOPIC = {
    "en": {
        "no_show": "sleeve marked delivered, never arrived",
        "double_charge": "charged twice",
        "damage": "knife returned broken",
        "refund": "refund not received",
        "wrong_price": "Club rate not applied",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "no_show": "pochette marquée livrée, jamais reçue",
        "double_charge": "débité deux fois",
        "damage": "couteau rendu cassé",
        "refund": "remboursement non reçu",
        "wrong_price": "tarif Club non appliqué",
        "cancel_fee": "frais d'annulation",
    },
    "de": {
        "no_show": "Hülle als zugestellt markiert, nie angekommen",
        "double_charge": "doppelt abgebucht",
        "damage": "Messer kaputt zurück",
        "refund": "Erstattung fehlt",
        "wrong_price": "Club-Preis nicht berechnet",
        "cancel_fee": "Stornogebühr",
    },
    "it": {
        "no_show": "busta segnata consegnata, mai arrivata",
        "double_charge": "addebito doppio",
        "damage": "coltello tornato rotto",
        "refund": "rimborso mai arrivato",
        "wrong_price": "tariffa Club non applicata",
        "cancel_fee": "penale di annullamento",
    },
    "pt": {
        "no_show": "bolsa marcada entregue, nunca chegou",
        "double_charge": "cobrança duplicada",
        "damage": "faca devolvida partida",
        "refund": "reembolso em falta",
        "wrong_price": "preço Club não aplicado",
        "cancel_fee": "taxa de cancelamento",
    },
    "es": {
        "no_show": "funda marcada entregada, nunca llegó",
        "double_charge": "cobro doble",
        "damage": "cuchillo devuelto roto",
        "refund": "reembolso pendiente",
        "wrong_price": "tarifa Club no aplicada",
        "cancel_fee": "gastos de cancelación",
    },
}
# written form: what happened, in the customer's words
DESC: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "the tracking says my sleeve was DELIVERED yesterday at 14:12 but nothing came, nobody rang, it's not with the neighbours. That's six knives including my wedding present santoku",
        "double_charge": "you've taken {amt} TWICE for the same sleeve, same day, same reference, and now I'm overdrawn",
        "damage": "my chef's knife came back with the tip snapped off. It went in whole, it came back 1 cm shorter",
        "refund": "I cancelled my sleeve THREE weeks ago and I'm still waiting for the {amt} refund",
        "wrong_price": "I pay for the Club and you charged me the full non-member price again, {amt} instead of the Club rate",
        "cancel_fee": "I cancelled the collection two days ahead like your page says and you still charged me a {amt} cancellation fee",
    },
    "fr": {
        "no_show": "le suivi dit que ma pochette a été LIVRÉE hier à 14h12 mais je n'ai rien reçu, personne n'a sonné, rien chez les voisins. Six couteaux dont le santoku de notre mariage",
        "double_charge": "vous m'avez débité {amt} DEUX fois pour la même pochette, même jour, même référence, et je suis à découvert",
        "damage": "mon couteau de chef est revenu avec la pointe cassée. Il est parti entier, il revient avec 1 cm en moins",
        "refund": "j'ai annulé ma pochette il y a TROIS semaines et j'attends toujours le remboursement de {amt}",
        "wrong_price": "je paie le Club et vous m'avez encore facturé le prix plein non-membre, {amt} au lieu du tarif Club",
        "cancel_fee": "j'ai annulé l'enlèvement deux jours avant comme indiqué sur votre site et vous m'avez quand même pris {amt} de frais d'annulation",
    },
    "de": {
        "no_show": "laut Sendungsverfolgung wurde meine Hülle gestern um 14:12 ZUGESTELLT, aber hier ist nichts angekommen, keiner hat geklingelt, auch nicht bei den Nachbarn. Sechs Messer",
        "double_charge": "Sie haben {amt} ZWEIMAL für dieselbe Hülle abgebucht, gleicher Tag, gleiche Referenz, und jetzt ist mein Konto im Minus",
        "damage": "mein Kochmesser kam mit abgebrochener Spitze zurück. Ganz hingeschickt, einen Zentimeter kürzer zurückbekommen",
        "refund": "ich habe vor DREI Wochen storniert und warte immer noch auf die Erstattung von {amt}",
        "wrong_price": "ich zahle für den Club und Sie haben mir wieder den vollen Preis berechnet, {amt} statt Club-Tarif",
        "cancel_fee": "ich habe die Abholung zwei Tage vorher storniert, wie es auf Ihrer Seite steht, und trotzdem {amt} Stornogebühr bezahlt",
    },
    "it": {
        "no_show": "il tracking dice CONSEGNATA ieri alle 14:12 ma non è arrivato niente, nessuno ha suonato, nemmeno dai vicini. Sei coltelli",
        "double_charge": "mi avete addebitato {amt} DUE volte per la stessa busta, stesso giorno, e ora sono in rosso",
        "damage": "il mio coltello da chef è tornato con la punta spezzata. Partito intero, tornato un centimetro più corto",
        "refund": "ho annullato la busta TRE settimane fa e aspetto ancora il rimborso di {amt}",
        "wrong_price": "pago il Club e mi avete di nuovo fatto pagare il prezzo pieno, {amt} invece della tariffa Club",
        "cancel_fee": "ho annullato il ritiro due giorni prima come dice il vostro sito e mi avete comunque preso {amt} di penale",
    },
    "pt": {
        "no_show": "o seguimento diz ENTREGUE ontem às 14:12 mas não chegou nada, ninguém tocou, nem nos vizinhos. Seis facas",
        "double_charge": "cobraram-me {amt} DUAS vezes pela mesma bolsa, mesmo dia, e agora estou a descoberto",
        "damage": "a minha faca de chef voltou com a ponta partida. Foi inteira e voltou com menos um centímetro",
        "refund": "cancelei a bolsa há TRÊS semanas e continuo à espera do reembolso de {amt}",
        "wrong_price": "pago o Club e voltaram a cobrar-me o preço cheio, {amt} em vez da tarifa Club",
        "cancel_fee": "cancelei a recolha dois dias antes como diz o vosso site e mesmo assim cobraram {amt} de taxa",
    },
    "es": {
        "no_show": "el seguimiento dice ENTREGADA ayer a las 14:12 pero aquí no ha llegado nada, nadie ha llamado, tampoco en los vecinos. Seis cuchillos",
        "double_charge": "me habéis cobrado {amt} DOS veces por la misma funda, mismo día, y ahora estoy en números rojos",
        "damage": "mi cuchillo de chef ha vuelto con la punta rota. Se fue entero y vuelve un centímetro más corto",
        "refund": "cancelé la funda hace TRES semanas y sigo esperando el reembolso de {amt}",
        "wrong_price": "pago el Club y me habéis vuelto a cobrar el precio completo, {amt} en vez de la tarifa Club",
        "cancel_fee": "cancelé la recogida dos días antes como pone en vuestra web y aun así me cobrasteis {amt} de gastos",
    },
}
# spoken form (speech-to-text, no punctuation)
SPOKEN: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "yeah hi it says my sleeve was delivered yesterday but it never came nobody rang and it's got six knives in it so I need to know where it is",
        "double_charge": "hi I'm calling because you've charged me {amt} twice for the same sleeve and I'm overdrawn now so I need one of them back today",
        "damage": "hello my chef's knife came back from you with the tip snapped off and it went in perfectly fine so what happened",
        "refund": "hi I cancelled three weeks ago and I still haven't got the {amt} back and nobody answers the emails",
        "wrong_price": "hi I'm a Club member and I've been charged the full price again {amt} can you sort that out",
        "cancel_fee": "yeah I cancelled the pickup two days before and you've still charged me {amt} for cancelling which is not what your website says",
    },
    "fr": {
        "no_show": "oui bonjour le suivi dit que ma pochette est livrée depuis hier mais j'ai rien reçu personne a sonné et il y a six couteaux dedans",
        "double_charge": "bonjour j'appelle parce que vous m'avez prélevé {amt} deux fois pour la même pochette et je suis à découvert",
        "damage": "allô bonjour mon couteau de chef est revenu avec la pointe cassée alors qu'il est parti entier",
        "refund": "bonjour j'ai annulé il y a trois semaines et j'ai toujours pas été remboursée des {amt} et personne répond",
        "wrong_price": "oui bonjour je suis membre du Club et on m'a encore facturé le plein tarif {amt}",
        "cancel_fee": "bonjour j'ai annulé l'enlèvement deux jours avant et vous m'avez pris {amt} de frais c'est pas ce qui est écrit sur le site",
    },
    "de": {
        "no_show": "ja hallo laut Verfolgung ist meine Hülle seit gestern zugestellt aber hier ist nichts angekommen da sind sechs Messer drin",
        "double_charge": "hallo ich rufe an weil Sie {amt} zweimal abgebucht haben für dieselbe Hülle",
        "damage": "ja guten Tag mein Kochmesser ist mit abgebrochener Spitze zurückgekommen",
        "refund": "hallo ich habe vor drei Wochen storniert und die {amt} sind immer noch nicht da",
        "wrong_price": "hallo ich bin im Club und mir wurde wieder der volle Preis berechnet {amt}",
        "cancel_fee": "ja hallo ich habe zwei Tage vorher storniert und trotzdem {amt} Gebühr bezahlt",
    },
    "it": {
        "no_show": "sì buongiorno il tracking dice consegnata da ieri ma non è arrivato niente e dentro ci sono sei coltelli",
        "double_charge": "buongiorno chiamo perché mi avete addebitato {amt} due volte per la stessa busta",
        "damage": "pronto buongiorno il mio coltello da chef è tornato con la punta spezzata",
        "refund": "buongiorno ho annullato tre settimane fa e i {amt} non sono ancora tornati",
        "wrong_price": "sì buongiorno sono socia del Club e mi avete fatto pagare prezzo pieno {amt}",
        "cancel_fee": "buongiorno ho annullato due giorni prima e mi avete preso lo stesso {amt} di penale",
    },
    "pt": {
        "no_show": "sim bom dia o seguimento diz entregue desde ontem mas não chegou nada e tem seis facas lá dentro",
        "double_charge": "bom dia estou a ligar porque me cobraram {amt} duas vezes pela mesma bolsa",
        "damage": "olá bom dia a minha faca de chef voltou com a ponta partida",
        "refund": "bom dia cancelei há três semanas e os {amt} ainda não voltaram",
        "wrong_price": "sim olá sou do Club e cobraram-me outra vez o preço cheio {amt}",
        "cancel_fee": "bom dia cancelei a recolha dois dias antes e cobraram-me {amt} na mesma",
    },
    "es": {
        "no_show": "sí hola el seguimiento dice entregada desde ayer pero aquí no ha llegado nada y hay seis cuchillos dentro",
        "double_charge": "hola llamo porque me habéis cobrado {amt} dos veces por la misma funda",
        "damage": "hola buenas mi cuchillo de chef ha vuelto con la punta rota",
        "refund": "hola cancelé hace tres semanas y los {amt} todavía no han vuelto",
        "wrong_price": "sí hola soy del Club y me habéis cobrado otra vez el precio completo {amt}",
        "cancel_fee": "hola cancelé la recogida dos días antes y aun así me cobrasteis {amt}",
    },
}
AMOUNT = {
    "no_show": 42,
    "double_charge": 42,
    "damage": 22,
    "refund": 24,
    "wrong_price": 42,
    "cancel_fee": 12,
}

COMPLAINT_SUBJECT = {
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}
CASE_SUBJECT = {
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
}

SHORT_EMAIL = {
    "en": [
        "Hello, {desc}. I want this sorted today please. {me}",
        "Seriously? {desc}. Not impressed. {me}",
    ],
    "fr": [
        "Bonjour, {desc}. Merci de régler ça rapidement. {me}",
        "Franchement ? {desc}. Je suis très déçue. {me}",
    ],
    "de": ["Guten Tag, {desc}. Bitte umgehend klären. {me}"],
    "it": ["Buongiorno, {desc}. Chiedo che si risolva subito. {me}"],
    "pt": ["Bom dia, {desc}. Quero isto resolvido hoje. {me}"],
    "es": ["Hola, {desc}. Quiero que se solucione ya. {me}"],
}
LONG_EMAIL = {
    "en": [
        "Dear Affilo,\n\nI'm writing this on my phone from the school gate, waiting for the twins' swimming lesson to finish, so forgive the typos. We moved house in March, my mother-in-law has been living with us since her hip operation and, honestly, cooking for six every night is most of what I do now. Which is exactly why I sent you the knives in the first place: I was tired of squashing tomatoes.\n\nSo here's the thing: {desc}. I have looked at the tracking four times, I have checked the recycling bin in case someone left it there, I have asked the postman.\n\nI have recommended you to half the parents at this school. Please don't make me take that back. I'd like someone to tell me what is happening and what you are going to do about it, in writing.\n\nRegards,\n{me}",
        "Hello,\n\nThis is a long one, sorry. I run a small stall at the Saturday market (cheese, mostly) and I'm between customers, so this gets written in bits. I've used Affilo for two years for my home knives and the cheese wires, and I always told people how good you were.\n\nBut {desc}, and when I asked in the app it just says 'we'll get back to you'.\n\nI'm not someone who complains. I just want it put right, and I'd like to hear from an actual person.\n\nThanks,\n{me}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de mon père, donc pardon pour la mise en page. On refait la cuisine de la maison de ma grand-mère depuis l'été, je fais les allers-retours tous les week-ends, et j'avais justement envoyé nos couteaux chez vous pour que tout soit prêt à Noël.\n\nOr {desc}. J'ai regardé le suivi plusieurs fois, j'ai demandé aux voisins, à la gardienne, rien.\n\nJe vous ai recommandés à toute ma famille. J'aimerais une réponse écrite, d'une vraie personne, qui me dise ce que vous allez faire.\n\nCordialement,\n{me}",
        "Madame, Monsieur,\n\nCela fait plusieurs jours que j'hésite à écrire, entre le travail, les devoirs des enfants et mon père qui sort de l'hôpital. Je suis cliente depuis deux ans et j'ai toujours été contente, je le dis sincèrement.\n\nMais {desc}. Je ne comprends pas comment cela a pu arriver, et encore moins pourquoi personne ne me répond dans l'application.\n\nJe voudrais simplement que cela soit réglé, et qu'on me tienne informée.\n\nBien cordialement,\n{me}",
    ],
}
CHAT_ANGRY = {
    "en": ["{desc}!! what is going on", "hello?? {desc}"],
    "fr": ["{desc} !! c'est quoi ce délire", "allô ?? {desc}"],
    "de": ["{desc}!! was ist da los"],
    "it": ["{desc}!! ma cosa succede"],
    "pt": ["{desc}!! o que se passa"],
    "es": ["{desc}!! qué está pasando"],
}
SOCIAL_ANGRY = {
    "en": [
        "Well done Affilo, {desc}. Brilliant.",
        "Affilo {desc} and the app just says 'in progress'. Not happy",
    ],
    "fr": [
        "Bravo Affilo, {desc}. Génial.",
        "Affilo : {desc}, et l'appli répond « en cours ». Pas contente",
    ],
    "de": ["Danke Affilo: {desc}. Super."],
    "it": ["Complimenti Affilo, {desc}."],
    "pt": ["Parabéns Affilo, {desc}."],
    "es": ["Enhorabuena Affilo, {desc}."],
}
FORM = {
    "en": ["{desc}. Please call me back.", "{desc}. I want an explanation"],
    "fr": ["{desc}. Merci de me rappeler.", "{desc}. J'attends une explication"],
    "de": ["{desc}. Bitte um Rückruf."],
    "it": ["{desc}. Vorrei essere richiamata."],
    "pt": ["{desc}. Peço que me liguem."],
    "es": ["{desc}. Quiero que me llaméis."],
}
CASE_OPENED = {
    "en": "Hello {me}, we're sorry. We have opened case {case} and the workshop team is looking into it; you will hear from us within 24 hours. {agent}, Affilo",
    "fr": "Bonjour {me}, nous sommes désolés. Nous avons ouvert la demande {case} et l'atelier s'en occupe ; vous aurez un retour sous 24 h. {agent}, Affilo",
    "de": "Hallo {me}, das tut uns leid. Wir haben den Vorgang {case} eröffnet, Sie hören innerhalb von 24 Stunden von uns. {agent}, Affilo",
    "it": "Buongiorno {me}, ci dispiace. Abbiamo aperto la segnalazione {case}, avrà una risposta entro 24 ore. {agent}, Affilo",
    "pt": "Olá {me}, lamentamos. Abrimos o pedido {case} e terá resposta em 24 horas. {agent}, Affilo",
    "es": "Hola {me}, lo sentimos. Hemos abierto la incidencia {case} y tendrás respuesta en 24 horas. {agent}, Affilo",
}
CHAT_CASE = {
    "en": "I'm really sorry. I've opened case {case} for this and flagged it to the workshop, you'll get an e-mail today. {agent}",
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {case} et prévenu l'atelier, vous recevrez un mail aujourd'hui. {agent}",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt, Sie bekommen heute eine Mail. {agent}",
    "it": "Mi dispiace davvero. Ho aperto la segnalazione {case}, riceverà una mail oggi. {agent}",
    "pt": "Lamento muito. Abri o pedido {case}, vai receber um email hoje. {agent}",
    "es": "Lo siento mucho. He abierto la incidencia {case}, te llegará un email hoy. {agent}",
}
GOOD_NEWS = {
    "en": "Hello {me}, good news on case {case}: {fix}. Could you confirm everything is fine on your side? {agent}, Affilo",
    "fr": "Bonjour {me}, bonne nouvelle pour la demande {case} : {fix}. Pouvez-vous nous confirmer que tout est en ordre ? {agent}, Affilo",
    "de": "Hallo {me}, gute Nachricht zu Vorgang {case}: {fix}. Können Sie bestätigen, dass alles passt? {agent}, Affilo",
    "it": "Buongiorno {me}, buone notizie sulla segnalazione {case}: {fix}. Può confermarci che è tutto a posto? {agent}, Affilo",
    "pt": "Olá {me}, boas notícias sobre o pedido {case}: {fix}. Pode confirmar que está tudo bem? {agent}, Affilo",
    "es": "Hola {me}, buenas noticias sobre la incidencia {case}: {fix}. ¿Puedes confirmarnos que todo está bien? {agent}, Affilo",
}
FIX = {
    "en": {
        "no_show": "the courier found your sleeve at the wrong address and it will be with you tomorrow morning",
        "double_charge": "the second charge has been refunded",
        "damage": "we are sending you a replacement chef's knife of the same make",
        "refund": "the refund left today",
        "wrong_price": "the difference has been refunded and your Club rate fixed",
        "cancel_fee": "the fee has been refunded",
    },
    "fr": {
        "no_show": "le coursier a retrouvé votre pochette à une mauvaise adresse, elle arrive demain matin",
        "double_charge": "le second prélèvement a été remboursé",
        "damage": "nous vous envoyons un couteau de chef neuf de la même marque",
        "refund": "le remboursement est parti aujourd'hui",
        "wrong_price": "la différence a été remboursée et votre tarif Club corrigé",
        "cancel_fee": "les frais ont été remboursés",
    },
    "de": {
        "no_show": "der Kurier hat Ihre Hülle an falscher Adresse gefunden, sie kommt morgen früh",
        "double_charge": "die zweite Abbuchung wurde erstattet",
        "damage": "wir schicken Ihnen ein neues Kochmesser derselben Marke",
        "refund": "die Erstattung ist heute raus",
        "wrong_price": "die Differenz wurde erstattet",
        "cancel_fee": "die Gebühr wurde erstattet",
    },
    "it": {
        "no_show": "il corriere ha ritrovato la busta a un indirizzo sbagliato, arriva domattina",
        "double_charge": "il secondo addebito è stato rimborsato",
        "damage": "le mandiamo un coltello da chef nuovo della stessa marca",
        "refund": "il rimborso è partito oggi",
        "wrong_price": "la differenza è stata rimborsata",
        "cancel_fee": "la penale è stata rimborsata",
    },
    "pt": {
        "no_show": "o estafeta encontrou a bolsa numa morada errada, chega amanhã de manhã",
        "double_charge": "a segunda cobrança foi devolvida",
        "damage": "vamos enviar uma faca de chef nova da mesma marca",
        "refund": "o reembolso saiu hoje",
        "wrong_price": "a diferença foi devolvida",
        "cancel_fee": "a taxa foi devolvida",
    },
    "es": {
        "no_show": "el mensajero ha encontrado la funda en una dirección equivocada, llega mañana por la mañana",
        "double_charge": "el segundo cobro se ha devuelto",
        "damage": "te enviamos un cuchillo de chef nuevo de la misma marca",
        "refund": "el reembolso ha salido hoy",
        "wrong_price": "la diferencia se ha devuelto",
        "cancel_fee": "los gastos se han devuelto",
    },
}
APOLOGY = {
    "en": [
        "Sorry about my message yesterday, bad day all round. Thanks for sorting it so fast",
        "ok I was a bit harsh yesterday, sorry. all good now",
    ],
    "fr": [
        "Désolée pour mon message d'hier, journée pourrie. Merci d'avoir réglé ça si vite",
        "bon j'ai été un peu sèche hier, pardon. tout est ok",
    ],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke fürs schnelle Klären"],
    "it": ["Scusate per ieri, giornata no. Grazie per la rapidità"],
    "pt": ["Desculpem a mensagem de ontem, dia mau. Obrigada pela rapidez"],
    "es": ["Perdón por lo de ayer, mal día. Gracias por solucionarlo tan rápido"],
}
CONFIRM = {
    "en": "Confirmed for {case}, all fine now, thanks",
    "fr": "C'est confirmé pour la demande {case}, tout est bon, merci",
    "de": "Bestätigt für {case}, alles in Ordnung, danke",
    "it": "Confermo per {case}, tutto a posto, grazie",
    "pt": "Confirmo para o pedido {case}, está tudo bem, obrigado",
    "es": "Confirmado lo de {case}, todo bien, gracias",
}
LOW_CSAT = {
    "en": ["", "useless"],
    "fr": ["", "nul"],
    "de": ["", "schlecht"],
    "it": ["", "pessimo"],
    "pt": ["", "mau"],
    "es": ["", "fatal"],
}
NPS_LOW = {
    "en": ["", "not after this"],
    "fr": ["", "pas après ça"],
    "de": ["", "nicht nach dem"],
    "it": ["", "non dopo questo"],
    "pt": ["", "depois disto não"],
    "es": ["", "después de esto no"],
}

# repeat contacts: later contacts (case still open)
STILL = {
    "en": [
        "Case {case}: still nothing. {desc}. When is someone going to fix this?",
        "I wrote about this already ({case}). It's STILL not sorted.",
    ],
    "fr": [
        "Demande {case} : toujours rien. {desc}. Quand est-ce que ça va être réglé ?",
        "J'ai déjà écrit pour ça ({case}). C'est TOUJOURS pas réglé.",
    ],
    "de": ["Vorgang {case}: immer noch nichts. {desc}. Wann wird das erledigt?"],
    "it": ["Segnalazione {case}: ancora niente. {desc}. Quando si risolve?"],
    "pt": ["Pedido {case}: ainda nada. {desc}. Quando é que resolvem?"],
    "es": ["Incidencia {case}: sigue sin resolverse. {desc}. ¿Cuándo lo vais a arreglar?"],
}
STILL_SPOKEN: dict[str, str] = {
    "en": "hi it's about case {case} again it's still not sorted",
    "fr": "oui bonjour c'est encore pour la demande {case} c'est toujours pas réglé",
    "de": "ja hallo es geht nochmal um Vorgang {case} das ist immer noch nicht erledigt",
    "it": "buongiorno chiamo ancora per la segnalazione {case} non è ancora risolto",
    "pt": "bom dia é outra vez o pedido {case} ainda não está resolvido",
    "es": "hola es otra vez por la incidencia {case} sigue sin resolver",
}
THIRD = {
    "en": [
        "Third time about {case}. A colleague sends hers to {comp} and they sort this kind of thing the same day.",
        "This is the third message for {case}. I've looked at what {comp} charges, just so you know.",
    ],
    "fr": [
        "Troisième message pour {case}. Une collègue passe par {comp} et chez eux ce genre de chose est réglé dans la journée.",
        "Troisième fois pour {case}. J'ai regardé les tarifs de {comp}, je vous le dis.",
    ],
    "de": [
        "Dritte Nachricht zu {case}. Eine Kollegin schickt ihre Messer zu {comp}, da ist so was am selben Tag erledigt."
    ],
    "it": ["Terzo messaggio per {case}. Una collega usa {comp} e lì risolvono in giornata."],
    "pt": ["Terceira mensagem sobre {case}. Uma colega usa a {comp} e lá resolvem no mesmo dia."],
    "es": ["Tercer mensaje por {case}. Una compañera usa {comp} y allí lo arreglan en el día."],
}
THIRD_SPOKEN: dict[str, str] = {
    "en": "this is the third time I'm calling about {case} my colleague uses {comp} and they'd have sorted it the same day",
    "fr": "c'est la troisième fois pour {case} ma collègue passe par {comp} et eux ils règlent ça dans la journée",
    "de": "das ist jetzt das dritte Mal wegen {case} meine Kollegin ist bei {comp} und da geht das am selben Tag",
    "it": "è la terza volta per {case} una collega usa {comp} e lì si risolve in giornata",
    "pt": "é a terceira vez por causa do {case} uma colega usa a {comp} e lá resolvem no próprio dia",
    "es": "es la tercera vez por la {case} una compañera usa {comp} y allí lo resuelven en el día",
}
FOURTH = {
    "en": "FOURTH time: case {case}. {desc}. I'm done being polite.",
    "fr": "QUATRIÈME fois : demande {case}. {desc}. J'arrête d'être polie.",
    "de": "VIERTES Mal: Vorgang {case}. {desc}. Jetzt reichts.",
    "it": "QUARTA volta: segnalazione {case}. {desc}. Basta.",
    "pt": "QUARTA vez: pedido {case}. {desc}. Chega.",
    "es": "CUARTA vez: incidencia {case}. {desc}. YA ESTÁ BIEN.",
}
FOURTH_SPOKEN: dict[str, str] = {
    "en": "this is the fourth time about {case} fourth time",
    "fr": "c'est la quatrième fois pour {case} la quatrième",
    "de": "das ist das vierte Mal wegen {case}",
    "it": "è la quarta volta per {case}",
    "pt": "é a quarta vez por causa do {case}",
    "es": "es la cuarta vez por la {case}",
}
URGENT = {
    "en": "Added to your case {case} and marked urgent, sorry. {agent}",
    "fr": "Ajouté à votre demande {case}, marquée urgente. Désolée. {agent}",
    "de": "Zu Vorgang {case} hinzugefügt und dringend markiert. {agent}",
    "it": "Aggiunto alla segnalazione {case}, segnata come urgente. {agent}",
    "pt": "Acrescentado ao pedido {case}, marcado como urgente. {agent}",
    "es": "Añadido a tu incidencia {case}, marcada como urgente. {agent}",
}
QUALITY = {
    "en": "Hello {me}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}, Affilo",
    "fr": "Bonjour {me}, votre demande {case} est désormais suivie par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}, Affilo",
    "de": "Hallo {me}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}, Affilo",
    "it": "Buongiorno {me}, la segnalazione {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}, Affilo",
    "pt": "Olá {me}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}, Affilo",
    "es": "Hola {me}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}, Affilo",
}

# slide: six steps, the last names a competitor
SLIDE = {
    "en": [
        "Sleeve came back a day late this time, no message. Not the end of the world",
        "Hmm, the bread knife feels less sharp than usual after Affilo. Maybe a new person in the workshop?",
        "Third order in a row where the tracking sits on 'in workshop' for ages. Used to be so quick",
        "Two knives came back with scratches on the blade. Never had that before with Affilo",
        "Paid £9 extra for 'express' and it took six days. Asked why, got a copy-paste answer",
        "My sister-in-law uses {comp}, I've sent them my japanese knife this week to compare",
    ],
    "fr": [
        "Pochette revenue avec un jour de retard cette fois, sans message. Bon",
        "Le couteau à pain coupe moins bien que d'habitude après Affilo. Nouvelle personne à l'atelier ?",
        "Troisième commande de suite où le suivi reste sur « en atelier » pendant des jours. Avant c'était si rapide",
        "Deux couteaux revenus avec des rayures sur la lame. Jamais eu ça avant chez Affilo",
        "Payé 10 € de plus pour l'« express » et six jours de délai. J'ai demandé pourquoi, réponse copier-coller",
        "Ma belle-sœur passe par {comp}, je leur ai envoyé mon couteau japonais cette semaine pour comparer",
    ],
    "de": [
        "Hülle kam diesmal einen Tag später, ohne Nachricht. Naja",
        "Das Brotmesser ist nach Affilo irgendwie weniger scharf als sonst",
        "Dritte Bestellung in Folge, bei der die Verfolgung tagelang auf 'in Werkstatt' steht",
        "Zwei Messer mit Kratzern auf der Klinge zurück. Hatte ich bei Affilo nie",
        "10 € extra für Express bezahlt, sechs Tage gedauert. Antwort: Textbaustein",
        "Meine Schwägerin ist bei {comp}, ich habe mein japanisches Messer diese Woche dorthin geschickt",
    ],
    "it": [
        "Busta tornata con un giorno di ritardo, nessun messaggio. Vabbè",
        "Il coltello del pane taglia meno del solito dopo Affilo",
        "Terzo ordine di fila col tracking fermo su 'in laboratorio' per giorni",
        "Due coltelli tornati con graffi sulla lama. Mai successo con Affilo",
        "Pagato 10 € in più per l'express, sei giorni. Risposta copiaincolla",
        "Mia cognata usa {comp}, questa settimana ho mandato a loro il coltello giapponese",
    ],
    "pt": [
        "A bolsa voltou com um dia de atraso, sem mensagem. Pronto",
        "A faca do pão está a cortar pior do que o costume depois da Affilo",
        "Terceira encomenda seguida com o seguimento parado em 'na oficina' dias a fio",
        "Duas facas voltaram riscadas. Nunca me tinha acontecido com a Affilo",
        "Paguei 10 € a mais pelo expresso e demorou seis dias. Resposta copiar-colar",
        "A minha cunhada usa a {comp}, esta semana mandei-lhes a faca japonesa",
    ],
    "es": [
        "La funda volvió con un día de retraso, sin aviso. Bueno",
        "El cuchillo del pan corta peor que de costumbre después de Affilo",
        "Tercer pedido seguido con el seguimiento parado en 'en taller' días y días",
        "Dos cuchillos han vuelto con rayas en la hoja. Nunca me había pasado con Affilo",
        "Pagué 10 € más por el exprés y tardó seis días. Respuesta de copia y pega",
        "Mi cuñada usa {comp}, esta semana les he mandado a ellos el cuchillo japonés",
    ],
}
CANCEL = {
    "en": [
        (
            "Cancel my Club",
            "Hello, I've finally bought a proper whetstone and a class to go with it, so I'd like to cancel my Affilo Club and close my account please. Thanks for everything, {me}",
        ),
        (
            "Closing my account",
            "Hi, we're moving abroad for work next month and shipping won't work from there. Please cancel the Club and close my account. {me}",
        ),
    ],
    "fr": [
        (
            "Résiliation Club",
            "Bonjour, je me suis offert une vraie pierre à aiguiser et un cours, je souhaite donc résilier mon Affilo Club et fermer mon compte. Merci pour tout, {me}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, nous partons vivre à l'étranger le mois prochain. Merci de résilier le Club et de clôturer mon compte. {me}",
        ),
    ],
    "de": [
        (
            "Club kündigen",
            "Hallo, ich habe mir einen Schleifstein gekauft und einen Kurs gemacht. Bitte den Affilo Club kündigen und mein Konto schließen. {me}",
        )
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno, ho comprato una pietra e fatto un corso, vorrei disdire l'Affilo Club e chiudere l'account. {me}",
        )
    ],
    "pt": [
        (
            "Cancelar Club",
            "Bom dia, comprei uma pedra de afiar e fiz um curso, quero cancelar o Affilo Club e fechar a conta. {me}",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola, me he comprado una piedra de afilar y he hecho un curso, quiero darme de baja del Affilo Club y cerrar la cuenta. {me}",
        )
    ],
}
SORRY_GO = {
    "en": "Hello {me}, sorry to see you go! You can cancel the Club yourself in the app or at /club, and the account closes with it. {agent}, Affilo",
    "fr": "Bonjour {me}, désolés de vous voir partir ! Vous pouvez résilier le Club vous-même dans l'appli ou sur /club, le compte se ferme avec. {agent}, Affilo",
    "de": "Hallo {me}, schade, dass Sie gehen! Sie können den Club selbst in der App oder unter /club kündigen. {agent}, Affilo",
    "it": "Buongiorno {me}, ci dispiace! Può disdire il Club da sola nell'app o su /club. {agent}, Affilo",
    "pt": "Olá {me}, temos pena! Pode cancelar o Club na app ou em /club. {agent}, Affilo",
    "es": "Hola {me}, ¡qué pena! Puedes darte de baja tú mismo en la app o en /club. {agent}, Affilo",
}
GRUMPY = {
    "en": [
        "The Affilo app logs me out EVERY time I open it",
        "Why does the courier window say 8-18? Am I supposed to take a day off for a knife sleeve",
        "sleeve velcro broken again",
        "'your sleeve is on its way' text at 6am, thanks Affilo",
        "still no way to add a note for the workshop in the app",
    ],
    "fr": [
        "L'appli Affilo me déconnecte à CHAQUE ouverture",
        "Créneau coursier 8h-18h, je pose une journée pour une pochette de couteaux ?",
        "encore le scratch de la pochette qui lâche",
        "SMS « votre pochette arrive » à 6h du matin, merci Affilo",
        "toujours pas moyen de laisser une note à l'atelier dans l'appli",
    ],
    "de": [
        "Die Affilo App loggt mich JEDES Mal aus",
        "Kurierfenster 8-18 Uhr, soll ich Urlaub nehmen?",
        "SMS um 6 Uhr morgens, danke Affilo",
    ],
    "it": [
        "L'app Affilo mi disconnette OGNI volta",
        "Finestra corriere 8-18, devo prendere ferie?",
        "SMS alle 6 del mattino, grazie Affilo",
    ],
    "pt": [
        "A app da Affilo desliga-me SEMPRE",
        "Janela do estafeta 8-18, tiro um dia de férias?",
        "SMS às 6 da manhã, obrigada Affilo",
    ],
    "es": [
        "La app de Affilo me echa CADA vez",
        "Franja del mensajero de 8 a 18, ¿me pido el día?",
        "SMS a las 6 de la mañana, gracias Affilo",
    ],
}
SARCASM = {
    "en": [
        "Love that the 'express' sleeve arrived at 21:50. Just in time to julienne some carrots at midnight 👏",
        "Affilo returned my knives so sharp I sliced my thumb opening the sleeve. Great job I guess 😂",
    ],
    "fr": [
        "J'adore la pochette « express » livrée à 21h50. Pile pour émincer des oignons à minuit 👏",
        "Couteaux tellement affûtés que je me suis coupée en ouvrant la pochette. Bravo Affilo j'imagine 😂",
    ],
    "de": ["Express-Hülle um 21:50 geliefert. Perfekt zum Zwiebelschneiden um Mitternacht 👏"],
    "it": [
        "Busta 'express' consegnata alle 21:50. Giusto in tempo per tagliare cipolle a mezzanotte 👏"
    ],
    "pt": ["Bolsa 'expresso' entregue às 21:50. Mesmo a tempo de picar cebola à meia-noite 👏"],
    "es": [
        "Funda 'exprés' entregada a las 21:50. Justo a tiempo para picar cebolla a medianoche 👏"
    ],
}
MILD = {
    "en": [
        (
            "the track page keeps showing my old address, bit confusing",
            "Thanks, that's a display bug on the track page, the courier has the right address. {agent}",
        ),
        (
            "got the sms in german for some reason?",
            "Sorry about that, I've set your language back to English. {agent}",
        ),
    ],
    "fr": [
        (
            "la page de suivi affiche mon ancienne adresse, c'est un peu perturbant",
            "Merci, c'est un bug d'affichage, le coursier a la bonne adresse. {agent}",
        ),
        ("j'ai reçu le SMS en allemand ?", "Désolée, j'ai remis votre langue en français. {agent}"),
    ],
    "de": [
        (
            "Die Tracking-Seite zeigt meine alte Adresse",
            "Danke, nur ein Anzeigefehler, der Kurier hat die richtige. {agent}",
        )
    ],
    "it": [
        (
            "la pagina di tracking mostra il mio vecchio indirizzo",
            "Grazie, è solo un errore di visualizzazione. {agent}",
        )
    ],
    "pt": [
        (
            "a página de seguimento mostra a minha morada antiga",
            "Obrigada, é só um erro de visualização. {agent}",
        )
    ],
    "es": [
        (
            "la página de seguimiento sale con mi dirección antigua",
            "Gracias, es un fallo de visualización, el mensajero tiene la buena. {agent}",
        )
    ],
}
FORM_ACK = {
    "en": "Hi {me}, thanks for letting us know, we've passed it on to the app team. {agent}",
    "fr": "Bonjour {me}, merci du signalement, transmis à l'équipe appli. {agent}",
    "de": "Hallo {me}, danke für den Hinweis, ist weitergegeben. {agent}",
    "it": "Buongiorno {me}, grazie della segnalazione, girata al team app. {agent}",
    "pt": "Olá {me}, obrigada pelo aviso, já passámos à equipa da app. {agent}",
    "es": "Hola {me}, gracias por avisar, lo hemos pasado al equipo de la app. {agent}",
}

# ---------------------------------------------------------------- spike: tracking says every sleeve was returned to sender
SPIKE_TOPIC = "sharpening-by-post app tracking shows every sleeve 'returned to sender, address unknown', error T9/ADX: customers fear their knives are lost"
SPIKE = {
    "en": [
        "Affilo your tracking says my knives were RETURNED TO SENDER, address unknown, code T9/ADX?? I've lived here 11 years",
        "Just opened the Affilo app and my sleeve says 'returned to sender – address not found (T9/ADX)'. What?? Where are my knives",
        "tracking on my sleeve changed overnight to returned to sender T9/ADX, is this happening to anyone else",
        "Hello, the app shows my order as returned to sender with error T9/ADX. The address is correct, same as always. Can you check please",
        "um why does Affilo say my sleeve went back to the sender?? T9/ADX. those are my late mum's knives, please tell me they're not lost",
        "Anyone else's Affilo tracking showing 'Returned to sender (T9/ADX)' this morning? Mine was 'out for delivery' last night",
    ],
    "fr": [
        "Affilo le suivi dit que ma pochette est RETOURNÉE À L'EXPÉDITEUR, adresse inconnue, code T9/ADX ?? J'habite ici depuis 11 ans",
        "Je viens d'ouvrir l'appli Affilo : « retour à l'expéditeur – adresse introuvable (T9/ADX) ». Où sont mes couteaux ??",
        "suivi de ma pochette passé à retour expéditeur T9/ADX cette nuit, d'autres ont ça ?",
        "Bonjour, l'application indique ma commande retournée à l'expéditeur avec l'erreur T9/ADX. L'adresse est bonne. Pouvez-vous vérifier ?",
        "c'est quoi ce « T9/ADX retour à l'expéditeur » ?? hier soir c'était « en cours de livraison ». Mes couteaux de cuisine de pro dedans",
        "Quelqu'un d'autre a le suivi Affilo qui affiche « retourné à l'expéditeur » ce matin ? Code T9/ADX. Je stresse un peu là",
    ],
    "de": [
        "Affilo-App sagt 'zurück an Absender, Adresse unbekannt, T9/ADX'. Ich wohne seit Jahren hier! Wo sind meine Messer?",
        "Guten Morgen, bei meiner Hülle steht seit heute früh 'an Absender zurück' mit Fehler T9/ADX. Gestern war sie noch in Zustellung. Was ist los?",
    ],
    "it": [
        "L'app Affilo dice 'restituito al mittente, indirizzo sconosciuto T9/ADX'. Abito qui da sempre! Dove sono i miei coltelli?",
        "buongiorno, il tracking della mia busta dice reso al mittente, errore T9/ADX. ieri sera era in consegna. che succede??",
    ],
    "pt": [
        "A app da Affilo diz 'devolvido ao remetente, morada desconhecida T9/ADX'. Moro aqui há anos! Onde estão as minhas facas?",
        "bom dia, o seguimento da minha bolsa passou a 'devolvido ao remetente' com erro T9/ADX. ontem estava em entrega. o que se passa?",
    ],
    "es": [
        "La app de Affilo dice 'devuelto al remitente, dirección desconocida T9/ADX'. ¡Vivo aquí desde siempre! ¿Dónde están mis cuchillos?",
        "buenas, el seguimiento de mi funda pone devuelto al remitente, error T9/ADX. anoche ponía en reparto. ¿¿qué pasa??",
    ],
}
SPIKE_SUBJECT = {
    "en": "Returned to sender?? T9/ADX",
    "fr": "Retour à l'expéditeur ?? T9/ADX",
    "de": "Zurück an Absender? T9/ADX",
    "it": "Restituito al mittente? T9/ADX",
    "pt": "Devolvido ao remetente? T9/ADX",
    "es": "¿Devuelto al remitente? T9/ADX",
}
SPIKE_AGAIN = {
    "en": [
        "Still says returned to sender T9/ADX, now on my husband's phone too. Are my knives actually coming back?",
        "still T9/ADX on the website as well as the app. nobody's told me anything",
    ],
    "fr": [
        "Toujours « retour à l'expéditeur » T9/ADX, même sur le téléphone de mon mari. Mes couteaux reviennent ou pas ?",
        "Je réécris : toujours T9/ADX, sur le site aussi cette fois. Personne ne m'a répondu",
        "encore T9/ADX à l'instant, j'ai réinstallé l'appli, pareil",
    ],
    "de": [
        "Immer noch T9/ADX, auch auf dem Handy meiner Frau. Kommen die Messer jetzt oder nicht?"
    ],
    "it": ["Ancora T9/ADX, anche sul telefono di mio marito. I coltelli tornano o no?"],
    "pt": ["Continua T9/ADX, até no telemóvel do meu marido. As facas voltam ou não?"],
    "es": ["Sigue saliendo T9/ADX, también en el móvil de mi marido. ¿Vuelven los cuchillos o no?"],
}
SPIKE_CHAT_ANSWER = {
    "en": "Yes, the tracking page is wrongly showing 'returned to sender' on every sleeve right now, your knives are safe and nothing has been sent back. Our engineers are on it. {agent}",
    "fr": "Oui, la page de suivi affiche à tort « retour à l'expéditeur » sur toutes les pochettes en ce moment, vos couteaux sont en sécurité et rien n'a été renvoyé. Nos équipes sont dessus. {agent}",
    "de": "Ja, die Verfolgung zeigt gerade bei allen Hüllen fälschlich 'zurück an Absender'. Ihre Messer sind sicher. Wir arbeiten daran. {agent}",
    "it": "Sì, il tracking mostra per errore 'restituito al mittente' su tutte le buste, i coltelli sono al sicuro. Ci stiamo lavorando. {agent}",
    "pt": "Sim, o seguimento mostra por engano 'devolvido ao remetente' em todas as bolsas, as facas estão seguras. Estamos a tratar. {agent}",
    "es": "Sí, el seguimiento muestra por error 'devuelto al remitente' en todas las fundas, tus cuchillos están a salvo. Lo estamos arreglando. {agent}",
}
SPIKE_FIXED = {
    "en": (
        "Your sleeve tracking",
        "Hello {me}, the tracking page shows the right status again since {when} (your local time). Nothing was returned: your sleeve is on its way. Sorry for the fright, we've added {credit} credit to your account. {agent}, Affilo",
    ),
    "fr": (
        "Le suivi de votre pochette",
        "Bonjour {me}, le suivi affiche de nouveau le bon statut depuis {when} (heure locale). Rien n'a été renvoyé : votre pochette est en route. Désolés pour la frayeur, {credit} de crédit ont été ajoutés à votre compte. {agent}, Affilo",
    ),
    "de": (
        "Ihre Sendungsverfolgung",
        "Hallo {me}, seit {when} (Ortszeit) zeigt die Verfolgung wieder den richtigen Status. Nichts wurde zurückgeschickt. Als Entschuldigung {credit} Guthaben. {agent}, Affilo",
    ),
    "it": (
        "Il tracking della sua busta",
        "Buongiorno {me}, dalle {when} (ora locale) il tracking mostra di nuovo lo stato giusto. Niente è stato restituito. Per scusarci, {credit} di credito. {agent}, Affilo",
    ),
    "pt": (
        "O seguimento da sua bolsa",
        "Olá {me}, desde as {when} (hora local) o seguimento voltou ao estado certo. Nada foi devolvido. Pelo susto, {credit} de crédito. {agent}, Affilo",
    ),
    "es": (
        "El seguimiento de tu funda",
        "Hola {me}, desde las {when} (hora local) el seguimiento vuelve a mostrar el estado correcto. No se ha devuelto nada. Por el susto, {credit} de crédito. {agent}, Affilo",
    ),
}
LONE_Q = {
    "fr": (
        "hier soir le suivi de ma pochette est resté sur « étiquette créée » alors que le coursier l'avait prise, ce matin c'est passé à « en atelier ». c'est normal ?",
        "Bonjour, oui : le statut se met à jour quand l'atelier scanne la pochette, parfois le lendemain matin. Tout est normal. {agent}",
    ),
    "en": (
        "last night the tracking still said 'label created' although the courier had taken it, this morning it's 'in workshop'. normal?",
        "Hi, yes, the status updates when the workshop scans the sleeve in, sometimes the next morning. All normal. {agent}",
    ),
}
CALM_GRUMBLE = {
    "en": (
        "the angle guide video on the japanese knives page won't load for me",
        "Thanks, we're looking at the video player, here's the direct link in the meantime: /faq/angles. {agent}",
    ),
    "fr": (
        "la vidéo sur les angles d'affûtage ne se charge pas chez moi",
        "Merci, on regarde le lecteur vidéo ; en attendant voici le lien direct : /faq/angles. {agent}",
    ),
}
