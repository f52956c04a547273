# ruff: noqa: E501
"""Consumers' and agents' words for heldout79 (Olfavia, perfume and home fragrance).

Written from the people's stories; fields in braces are filled by make_heldout79.py:
{name} the customer's first name, {case} the case reference, {amount} money in the
customer's market, {product} a product label, {comp} a competitor, {day} a weekday.
"""

from __future__ import annotations

BRAND = "Olfavia"
COMPETITORS = ("Duftaro", "Brumelle")

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Personal blend 50 ml / Eigenes Parfum 50 ml", 69.0, "/my-blend"),
    ("Personal blend 30 ml / Eigenes Parfum 30 ml", 49.0, "/my-blend"),
    ("Blend refill 100 ml / Nachfüllung 100 ml", 79.0, "/refills"),
    ("Discovery set, 12 samples / Probierset 12 Proben", 24.0, "/discovery-set"),
    ("Candle Fig & Tobacco 220 g / Kerze Feige & Tabak 220 g", 34.0, "/candles"),
    ("Reed diffuser Cedar 200 ml / Duftstäbchen Zeder 200 ml", 39.0, "/home"),
    ("Olfavia Home plug-in diffuser kit / Steckdosen-Diffusor Set", 119.0, "/home-diffuser"),
    ("Diffuser cartridges x3 / Diffusor-Kartuschen x3", 42.0, "/home-diffuser/cartridges"),
    ("Travel atomiser set / Reisezerstäuber-Set", 19.0, "/accessories"),
    ("Gift box blend 30 ml + candle / Geschenkbox", 79.0, "/gift"),
]

PAGES = [
    "/quiz",
    "/my-blend",
    "/club",
    "/refills",
    "/candles",
    "/home-diffuser",
    "/gift",
    "/discovery-set",
    "/account/orders",
    "/help/returns",
    "/help/delivery",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Mein eigenes Parfum von Olfavia ist da und ich bin echt baff. Riecht nach Sommerabend im Garten, genau wie im Quiz beschrieben 😍",
        "Die Feigenkerze von Olfavia brennt seit drei Abenden und das ganze Wohnzimmer duftet. Mein Mann fragt dauernd was das ist",
        "Hab das Probierset bestellt, 12 Proben, super verpackt, mit kleinen Karten zu jeder Note. Olfavia weiß was es tut",
        "Ehrlich, bester Kauf des Monats. Der Zedern-Diffusor im Flur, Gäste fragen jedes Mal",
        "Kollegin hat gefragt welches Parfum ich trage. Meins! Selbst zusammengestellt bei Olfavia 😎",
    ],
    "pt": [
        "Chegou o meu perfume personalizado da Olfavia e estou apaixonada. Cheira a figo e a verão na avó",
        "A vela de figo e tabaco da Olfavia é outra coisa, a sala toda cheira bem e dura imenso",
        "Fiz o quiz por brincadeira e o perfume saiu mesmo a minha cara. Obrigada Olfavia!!",
        "Kit de amostras impecável, 12 frasquinhos bem embalados e com explicação de cada nota. Recomendo",
        "O difusor de cedro na entrada é um sucesso, toda a gente pergunta o que é",
    ],
    "en": [
        "My own Olfavia blend arrived and honestly it smells like the orchard at my gran's. Didn't think a quiz could do that",
        "The fig & tobacco candle from Olfavia is gorgeous, whole flat smells amazing and it burns clean",
        "Discovery set was beautifully packed, little card for every note. Olfavia know what they're doing",
    ],
    "fr": [
        "Mon parfum perso Olfavia est arrivé, il sent exactement ce que le quiz promettait. Bluffée",
        "La bougie figue tabac d'Olfavia, une merveille, tout le salon embaume",
        "Coffret découverte top, 12 échantillons bien emballés avec une petite fiche par note",
    ],
    "it": [
        "Arrivato il mio profumo personalizzato Olfavia, sa di estate in campagna. Proprio come diceva il quiz",
        "La candela fico e tabacco di Olfavia è favolosa, profuma tutta la casa",
        "Set scoperta arrivato benissimo, 12 campioni e una schedina per ogni nota",
    ],
    "es": [
        "Me ha llegado mi perfume personalizado de Olfavia y huele a verano en el pueblo. Tal cual el quiz",
        "La vela de higo y tabaco de Olfavia es una pasada, toda la casa huele genial",
        "El set de muestras venía perfecto, 12 frasquitos y una tarjetita por nota",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon die dritte Nachfüllung meines Olfavia-Parfums und es riecht jedes Mal gleich gut. Verlässlich",
        "Wieder die Feigenkerze gekauft, das ist jetzt die vierte. Ich komm nicht mehr davon los",
        "Immer noch begeistert von meinem eigenen Duft, nach einem halben Jahr",
    ],
    "pt": [
        "Terceira recarga do meu perfume Olfavia e continua igualzinho. Sempre certinho",
        "Outra vez a vela de figo, já vou na quarta. Viciada",
        "Continuo a adorar o meu perfume, seis meses depois",
    ],
    "en": ["Third refill of my Olfavia blend and it's spot on every time"],
    "fr": ["Troisième recharge de mon parfum Olfavia, toujours pareil, toujours aussi bon"],
    "it": ["Terza ricarica del mio profumo Olfavia e sempre identico, perfetto"],
    "es": ["Tercera recarga de mi perfume Olfavia y sigue oliendo igual de bien"],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Parfum ist traumhaft, nur der Sprühkopf sprüht ein bisschen zu viel auf einmal. Trotzdem 5 Sterne fast",
        "Kerze super, nur der Deckel passt nicht richtig drauf. Sonst alles top",
        "Sehr schöner Duft, nur die Lieferung hat eine Woche gedauert. Gerne wieder",
    ],
    "pt": [
        "Perfume lindo, só o frasco de 30 ml acaba depressa demais. De resto adoro",
        "Adoro a vela, só a caixa vinha um bocado amachucada. Mas o cheiro compensa",
        "Tudo ótimo, só acho que o quiz devia ter menos perguntas sobre citrinos lol",
    ],
    "en": [
        "Love the blend, only wish the 30 ml bottle came with a proper cap and not that flimsy one"
    ],
    "fr": ["Parfum sublime, seul bémol la livraison un peu longue. Je recommande quand même"],
    "it": ["Profumo stupendo, solo il tappo del flacone da 30 ml è un po' fragile"],
    "es": ["El perfume me encanta, solo que el tapón del de 30 ml es un poco flojo"],
}

REVIEW: dict[str, list[str]] = {
    "de": [
        "Hält den ganzen Tag, riecht nicht billig. Klare Empfehlung",
        "Schöne Kerze, brennt gleichmäßig, Duft füllt den Raum",
    ],
    "pt": [
        "Dura o dia todo e não enjoa. Recomendo muito",
        "Vela linda e cheira bem sem ser intensa demais",
    ],
    "en": ["Lasts all day, doesn't smell cheap. Recommend"],
    "fr": ["Tient toute la journée, rien à redire"],
    "it": ["Dura tutto il giorno, consigliatissimo"],
    "es": ["Dura todo el día y no empalaga. Recomendado"],
}

# (question, agent's answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "hallo, kann ich meine Mischung nachträglich etwas weniger süß machen lassen?",
            "Hallo {name}, ja: im Bereich Mein Duft unter 'Feinabstimmen' können Sie die Süße eine Stufe runter setzen, das gilt ab der nächsten Nachfüllung.",
            "super danke!",
        ),
        (
            "Wie lange hält eine Diffusor-Kartusche ungefähr?",
            "Hallo {name}, bei mittlerer Stufe etwa 45 Tage, auf niedrig eher zwei Monate.",
            "ok danke",
        ),
        (
            "kann ich die Nachfüllung einen Monat aussetzen? sind im Urlaub",
            "Hallo {name}, klar, unter Club > Lieferungen auf 'Aussetzen' tippen, kostet nichts.",
            "perfekt, danke euch",
        ),
    ],
    "pt": [
        (
            "boa tarde, posso mandar o perfume como presente com um cartão?",
            "Olá {name}, sim, no último passo da encomenda escolha 'Oferta' e escreva a mensagem do cartão.",
            "obg!",
        ),
        (
            "Quanto tempo dura uma recarga do difusor?",
            "Olá {name}, cerca de 45 dias na intensidade média.",
            "ok obrigada",
        ),
        (
            "dá para adiar a recarga deste mês? vou estar fora",
            "Olá {name}, dá sim: Club > Entregas > Adiar. Não tem custo.",
            "top, obrigado",
        ),
    ],
    "en": [
        (
            "hi, can I make my blend a bit less woody for the next refill?",
            "Hi {name}, yes: My blend > Fine-tune, move woody down a step and it applies from the next refill.",
            "brilliant thanks",
        )
    ],
    "fr": [
        (
            "bonjour, je peux offrir le coffret avec un petit mot ?",
            "Bonjour {name}, oui, à la dernière étape choisissez 'Cadeau' et écrivez votre message.",
            "merci !",
        )
    ],
    "it": [
        (
            "ciao, posso spostare la ricarica di un mese?",
            "Ciao {name}, certo: Club > Consegne > Rimanda, senza costi.",
            "grazie mille",
        )
    ],
    "es": [
        (
            "hola, puedo regalar el perfume con una tarjeta?",
            "Hola {name}, sí, en el último paso elige 'Regalo' y escribe el mensaje.",
            "genial gracias",
        )
    ],
}

EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Frage zur Nachfüllung",
            "Guten Tag,\nich würde gern wissen ob ich die 100-ml-Nachfüllung auch in die 50-ml-Flasche umfüllen kann oder ob ich eine neue Flasche brauche.\nViele Grüße\n{name}",
            "Guten Tag {name},\ndie Nachfüllung kommt mit einem kleinen Trichter, Sie können Ihre Flasche zweimal auffüllen. Eine neue Flasche brauchen Sie nicht.\nHerzliche Grüße, Ihr Olfavia-Team",
        ),
        (
            "Allergie",
            "Hallo, meine Tochter reagiert auf Linalool. Ist das in den Kerzen? Danke, {name}",
            "Hallo {name},\ndie Inhaltsstoffe jeder Kerze stehen auf der Produktseite unter 'Zusammensetzung'; die Feigenkerze enthält Linalool, die Zedernkerze nicht.\nViele Grüße, Olfavia",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre recargas",
            "Bom dia,\nqueria saber se posso passar a recarga de 100 ml para o frasco de 50 ml ou se preciso de frasco novo.\nCumprimentos,\n{name}",
            "Bom dia {name},\na recarga vem com um pequeno funil, pode encher o seu frasco duas vezes.\nCom os melhores cumprimentos, equipa Olfavia",
        ),
        (
            "Ingredientes",
            "Olá, as velas têm parafina? Prefiro só cera vegetal. {name}",
            "Olá {name},\nas nossas velas são de cera de colza e soja, sem parafina.\nCumprimentos, Olfavia",
        ),
    ],
    "en": [
        (
            "Refill question",
            "Hi,\ncan I pour the 100 ml refill into my 50 ml bottle or do I need a new one?\nThanks\n{name}",
            "Hi {name},\nthe refill comes with a little funnel, it fills your bottle twice. No new bottle needed.\nBest, the Olfavia team",
        )
    ],
    "fr": [
        (
            "Question recharge",
            "Bonjour,\npuis-je verser la recharge de 100 ml dans mon flacon de 50 ml ?\nMerci\n{name}",
            "Bonjour {name},\noui, la recharge est livrée avec un petit entonnoir.\nBien à vous, l'équipe Olfavia",
        )
    ],
    "it": [
        (
            "Domanda ricarica",
            "Buongiorno,\nposso versare la ricarica da 100 ml nel flacone da 50?\nGrazie\n{name}",
            "Buongiorno {name},\nsì, la ricarica ha un piccolo imbuto incluso.\nCordiali saluti, team Olfavia",
        )
    ],
    "es": [
        (
            "Duda recarga",
            "Hola,\n¿puedo pasar la recarga de 100 ml a mi frasco de 50?\nGracias\n{name}",
            "Hola {name},\nsí, la recarga trae un embudo pequeño.\nUn saludo, equipo Olfavia",
        )
    ],
}

# speech-to-text, no punctuation; agent's follow-up e-mail
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "ja hallo ich wollte fragen ob ich beim Geschenkset die Kerze gegen den Diffusor tauschen kann das ist für meine Schwiegermutter die mag keine Kerzen",
            "Hallo {name}, wie am Telefon besprochen: wir haben im Geschenkset die Kerze gegen den Zedern-Diffusor getauscht, der Preis bleibt gleich. Viele Grüße, Olfavia",
        ),
        (
            "guten tag ich hab das Quiz gemacht aber mich bei der Frage mit dem Rauch verklickt kann man das nochmal machen ohne neu zu bestellen",
            "Hallo {name}, wie besprochen: Sie können das Quiz jederzeit wiederholen, Ihre Bestellung haben wir bis morgen angehalten. Viele Grüße, Olfavia",
        ),
    ],
    "pt": [
        (
            "olá queria saber se a vela de figo dá para mandar para a Madeira ou se só entregam no continente",
            "Olá {name}, como falámos: entregamos na Madeira e nos Açores, em 4 a 6 dias úteis. Cumprimentos, Olfavia",
        ),
        (
            "boa tarde eu enganei-me no quiz numa pergunta dos florais dá para refazer antes de enviarem",
            "Olá {name}, como combinado ao telefone, suspendemos a encomenda até amanhã para refazer o quiz. Cumprimentos, Olfavia",
        ),
    ],
    "en": [
        (
            "hi yeah I wanted to ask if you deliver to Jersey or just the mainland thanks",
            "Hi {name}, as we said on the phone: yes, we deliver to Jersey, 4 to 6 working days. Best, Olfavia",
        )
    ],
    "fr": [
        (
            "bonjour je voulais savoir si on peut changer la bougie du coffret cadeau contre le diffuseur",
            "Bonjour {name}, comme convenu au téléphone, la bougie du coffret est remplacée par le diffuseur. Bien à vous, Olfavia",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se potete spedire in Sardegna e quanto ci mette",
            "Buongiorno {name}, come detto al telefono: sì, in 3-5 giorni lavorativi. Saluti, Olfavia",
        )
    ],
    "es": [
        (
            "hola quería saber si enviáis a Canarias y cuánto tarda",
            "Hola {name}, como hablamos: sí, enviamos a Canarias en 5-7 días laborables. Un saludo, Olfavia",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Top", "alles gut", "👍", "Sehr nett am Telefon", ""],
    "pt": ["Impecável", "tudo ótimo", "😊", "Muito simpáticos", ""],
    "en": ["Great", "spot on", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "3 Uhr nachts, Nachtschicht in der Notaufnahme vorbei, und das Erste was ich mach: Olfavia-Kerze an. Runterkommen",
        "Kann nicht schlafen, mach zum dritten Mal das Duftquiz nur aus Spaß. Diesmal kam was mit Tee raus, Olfavia ihr seid gefährlich",
    ],
    "pt": [
        "Turno da noite na padaria acabado, chego a casa e a vela da Olfavia a arder. Melhor parte do dia",
        "Insónia, fiz o quiz outra vez só para ver. Saiu chá preto e bergamota. Olfavia vocês são perigosos",
    ],
    "en": [
        "2am after a night shift at the depot and the Olfavia candle is the only thing keeping me sane"
    ],
    "fr": [
        "Insomnie, j'ai refait le quiz Olfavia pour rire, cette fois c'est thé noir et bergamote"
    ],
    "it": ["Notte insonne, rifatto il quiz Olfavia per gioco, è uscito tè nero e bergamotto"],
    "es": [
        "Insomnio, he vuelto a hacer el quiz de Olfavia por gusto, me ha salido té negro y bergamota"
    ],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "noch jemand wach? wann wird die Nachfüllung diesen Monat verschickt?",
            "Hallo {name}, die Club-Nachfüllungen gehen am 3. des Monats raus.",
            "danke, gute Nacht",
        )
    ],
    "pt": [
        (
            "ainda está alguém aí? quando é que sai a recarga deste mês?",
            "Olá {name}, as recargas do Club saem no dia 3 de cada mês.",
            "obg boa noite",
        )
    ],
    "en": [
        (
            "anyone up? when does this month's refill ship?",
            "Hi {name}, Club refills ship on the 3rd of each month.",
            "cheers, night",
        )
    ],
    "fr": [
        (
            "quelqu'un ? la recharge part quand ce mois-ci ?",
            "Bonjour {name}, les recharges du Club partent le 3 de chaque mois.",
            "merci bonne nuit",
        )
    ],
    "it": [
        (
            "c'è qualcuno? quando parte la ricarica di questo mese?",
            "Ciao {name}, le ricariche del Club partono il 3 di ogni mese.",
            "grazie notte",
        )
    ],
    "es": [
        (
            "hay alguien? cuándo sale la recarga de este mes?",
            "Hola {name}, las recargas del Club salen el día 3 de cada mes.",
            "gracias buenas noches",
        )
    ],
}

# ---- the six consumer problems: written core, phone transcript, complaint subject
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "wrong_blend")

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "de": [
            "Laut Sendungsverfolgung wurde mein Paket am Dienstag um 11:02 ZUGESTELLT. Ich war den ganzen Tag zu Hause. Nichts. Kein Zettel, nicht beim Nachbarn, nichts. Das war das Parfum zum 40. meiner Schwester, {amount}.",
            "Paket angeblich geliefert, ist aber nie angekommen. Die Feier ist Samstag, was mach ich jetzt? {amount} bezahlt für NICHTS",
        ],
        "pt": [
            "O seguimento diz ENTREGUE às 11:02 de terça e eu estive em casa o dia todo. Não recebi nada, nem aviso, nem vizinho. Era o perfume para os 40 anos da minha irmã, {amount}.",
            "Dizem que foi entregue mas nunca chegou. A festa é sábado e eu sem presente. Paguei {amount}",
        ],
        "en": [
            "Tracking says DELIVERED Tuesday 11:02. I was in all day. Nothing, no card, not with the neighbours. It was my sister's 40th present, {amount}."
        ],
        "fr": [
            "Le suivi indique LIVRÉ mardi à 11h02, j'étais chez moi toute la journée. Rien reçu. C'était le cadeau des 40 ans de ma sœur, {amount}."
        ],
        "it": [
            "Il tracking dice CONSEGNATO martedì alle 11:02 ma io ero a casa tutto il giorno. Niente. Era il regalo per i 40 anni di mia sorella, {amount}."
        ],
        "es": [
            "El seguimiento pone ENTREGADO el martes a las 11:02 y yo estaba en casa. No ha llegado nada. Era el regalo de los 40 de mi hermana, {amount}."
        ],
    },
    "double_charge": {
        "de": [
            "Die Club-Nachfüllung wurde ZWEIMAL abgebucht, zweimal {amount}, am selben Tag. Geliefert wurde natürlich nur eine.",
            "Zwei Abbuchungen über {amount} für eine einzige Nachfüllung. Mein Konto ist jetzt im Minus, danke auch",
        ],
        "pt": [
            "Cobraram a recarga do Club DUAS vezes, duas vezes {amount} no mesmo dia. E só veio uma, claro.",
            "Dois débitos de {amount} por uma recarga. Fiquei com a conta a zeros, obrigadinha",
        ],
        "en": [
            "You charged my Club refill TWICE, {amount} twice on the same day, and only one turned up."
        ],
        "fr": [
            "La recharge du Club a été prélevée DEUX fois, deux fois {amount} le même jour. Une seule reçue."
        ],
        "it": [
            "Mi avete addebitato la ricarica del Club DUE volte, {amount} due volte nello stesso giorno."
        ],
        "es": ["Me habéis cobrado la recarga del Club DOS veces, {amount} dos veces el mismo día."],
    },
    "damage": {
        "de": [
            "Der Karton war klatschnass und roch bis ins Treppenhaus, die Flasche ist am Hals gebrochen. Das ganze Parfum ({amount}) im Karton ausgelaufen. Die Glassplitter lagen lose drin.",
            "Flasche kaputt angekommen, alles ausgelaufen, der Karton stinkt nach Parfum. {amount} im Altpapier",
        ],
        "pt": [
            "A caixa chegou encharcada e a cheirar pela escada toda, o frasco partido no gargalo. O perfume todo ({amount}) derramado e vidros soltos lá dentro.",
            "Frasco partido, perfume todo entornado, a caixa a tresandar. {amount} para o lixo",
        ],
        "en": [
            "Box arrived soaking wet, you could smell it down the stairs, bottle snapped at the neck. The whole blend ({amount}) gone and glass loose in the box."
        ],
        "fr": [
            "Le carton est arrivé trempé, le flacon cassé au goulot, tout le parfum ({amount}) renversé, des éclats de verre dedans."
        ],
        "it": [
            "Il pacco è arrivato fradicio, flacone rotto sul collo, tutto il profumo ({amount}) versato e vetri sciolti dentro."
        ],
        "es": [
            "La caja llegó empapada, el frasco roto por el cuello, todo el perfume ({amount}) derramado y cristales sueltos."
        ],
    },
    "refund": {
        "de": [
            "Ich habe die Geschenkbox ungeöffnet zurückgeschickt, seit DREI Wochen bei euch angekommen laut DHL, und die {amount} sind immer noch nicht zurück.",
            "Rücksendung ist seit drei Wochen da, Geld ({amount}) immer noch nicht. Wie lange noch?",
        ],
        "pt": [
            "Devolvi a caixa de oferta fechada, chegou aí há TRÊS semanas segundo os CTT e os {amount} ainda não voltaram.",
            "Devolução entregue há três semanas e do reembolso de {amount} nada. Quanto tempo mais?",
        ],
        "en": [
            "I sent the gift box back unopened, you've had it THREE weeks according to tracking and the {amount} still isn't back."
        ],
        "fr": [
            "J'ai renvoyé le coffret non ouvert, reçu chez vous depuis TROIS semaines, et toujours pas remboursée des {amount}."
        ],
        "it": [
            "Ho rispedito la confezione regalo chiusa, vi è arrivata da TRE settimane e i {amount} non sono ancora tornati."
        ],
        "es": [
            "Devolví la caja regalo sin abrir, os llegó hace TRES semanas y los {amount} siguen sin aparecer."
        ],
    },
    "wrong_price": {
        "de": [
            "Ich bin seit einem Jahr im Club und die Nachfüllung wurde zum Normalpreis berechnet, {amount} mehr als sonst. Wofür zahl ich den Club eigentlich?",
            "Clubmitglied, aber Nichtmitgliederpreis bezahlt. {amount} Unterschied. Bitte korrigieren",
        ],
        "pt": [
            "Sou do Club há um ano e a recarga veio ao preço normal, mais {amount} do que o costume. Então pago o Club para quê?",
            "Sou sócia do Club e cobraram preço de não sócio. {amount} de diferença. Corrijam por favor",
        ],
        "en": [
            "Club member for a year and the refill was billed at the full price, {amount} more than usual. What am I paying the Club for?"
        ],
        "fr": [
            "Membre du Club depuis un an et la recharge facturée au prix normal, {amount} de plus. Le Club sert à quoi ?"
        ],
        "it": [
            "Socia del Club da un anno e la ricarica pagata a prezzo pieno, {amount} in più. A cosa serve il Club?"
        ],
        "es": [
            "Socia del Club desde hace un año y la recarga cobrada a precio normal, {amount} más. ¿Para qué pago el Club?"
        ],
    },
    "wrong_blend": {
        "de": [
            "Die Nachfüllung hat mein Etikett, aber das ist nicht mein Duft. Riecht nach Rosenseife statt nach Vetiver. Ich hab {amount} für einen Duft bezahlt den ich nie tragen würde.",
            "Nachfüllung riecht komplett anders als meine Mischung. Süß, blumig, nix mit meinem Duft. {amount}",
        ],
        "pt": [
            "A recarga tem o meu rótulo mas não é o meu perfume. Cheira a sabonete de rosa em vez de vetiver. Paguei {amount} por uma coisa que nunca usaria.",
            "A recarga cheira completamente diferente da minha mistura. Doce, floral, nada a ver. {amount}",
        ],
        "en": [
            "The refill has my label on it but it is NOT my blend. Smells like rose soap instead of vetiver. {amount} for something I'd never wear."
        ],
        "fr": [
            "La recharge porte mon étiquette mais ce n'est pas mon parfum. Savon à la rose au lieu du vétiver. {amount} pour rien."
        ],
        "it": [
            "La ricarica ha la mia etichetta ma non è il mio profumo. Sa di sapone alla rosa invece che di vetiver. {amount} buttati."
        ],
        "es": [
            "La recarga lleva mi etiqueta pero no es mi perfume. Huele a jabón de rosas en vez de vetiver. {amount} tirados."
        ],
    },
}

CALL: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "ja hallo mein Paket steht als zugestellt drin seit Dienstag aber hier ist nichts angekommen ich war zu Hause das war ein Geschenk für {amount} was machen wir jetzt",
        "pt": "olá o meu pacote aparece como entregue desde terça mas não chegou nada eu estive em casa era uma prenda de {amount} o que é que se faz agora",
        "en": "hi my parcel says delivered since Tuesday but nothing came I was home all day it was a present {amount} what happens now",
        "fr": "bonjour mon colis est marqué livré depuis mardi mais j'ai rien reçu j'étais là c'était un cadeau de {amount}",
        "it": "buongiorno il pacco risulta consegnato da martedì ma non è arrivato niente ero a casa era un regalo da {amount}",
        "es": "hola el paquete pone entregado desde el martes pero no ha llegado nada estaba en casa era un regalo de {amount}",
    },
    "double_charge": {
        "de": "guten tag sie haben mir die Nachfüllung zweimal abgebucht zweimal {amount} und ich hab nur eine bekommen ich will das Geld zurück",
        "pt": "boa tarde cobraram-me a recarga duas vezes duas vezes {amount} e só recebi uma quero o dinheiro de volta",
        "en": "hello you've taken the refill twice {amount} twice and I only got one I want that back",
        "fr": "bonjour vous avez prélevé la recharge deux fois {amount} deux fois j'en ai reçu qu'une",
        "it": "buongiorno mi avete addebitato la ricarica due volte {amount} due volte ne ho ricevuta una",
        "es": "hola me habéis cobrado la recarga dos veces {amount} dos veces y solo ha llegado una",
    },
    "damage": {
        "de": "hallo das Paket ist gerade angekommen die Flasche ist kaputt alles ausgelaufen der Karton ist nass das waren {amount}",
        "pt": "olá acabou de chegar o pacote e o frasco vem partido está tudo entornado a caixa molhada foram {amount}",
        "en": "hi the parcel just came and the bottle is smashed it's all leaked out box is soaked that was {amount}",
        "fr": "bonjour le colis vient d'arriver le flacon est cassé tout a coulé c'était {amount}",
        "it": "salve è appena arrivato il pacco il flacone è rotto è uscito tutto erano {amount}",
        "es": "hola acaba de llegar el paquete y el frasco viene roto se ha salido todo eran {amount}",
    },
    "refund": {
        "de": "ja guten tag ich hab vor drei Wochen eine Geschenkbox zurückgeschickt ungeöffnet und die {amount} sind immer noch nicht da",
        "pt": "bom dia devolvi uma caixa de oferta há três semanas fechada e os {amount} ainda não voltaram",
        "en": "hi I sent a gift box back three weeks ago unopened and the {amount} still isn't back",
        "fr": "bonjour j'ai renvoyé un coffret il y a trois semaines et toujours pas les {amount}",
        "it": "buongiorno ho rimandato una confezione tre settimane fa e i {amount} non sono tornati",
        "es": "hola devolví una caja hace tres semanas sin abrir y los {amount} no han vuelto",
    },
    "wrong_price": {
        "de": "hallo ich bin im Club und die Nachfüllung wurde zum normalen Preis berechnet das sind {amount} zu viel",
        "pt": "olá sou do Club e a recarga foi cobrada a preço normal são {amount} a mais",
        "en": "hi I'm in the Club and the refill was charged at full price that's {amount} too much",
        "fr": "bonjour je suis membre du Club et la recharge est au prix normal ça fait {amount} de trop",
        "it": "salve sono del Club e la ricarica è stata fatta pagare a prezzo pieno sono {amount} in più",
        "es": "hola soy del Club y me han cobrado la recarga a precio normal son {amount} de más",
    },
    "wrong_blend": {
        "de": "ja hallo die Nachfüllung riecht überhaupt nicht wie mein Parfum das ist was Blumiges mein Name steht drauf aber das ist nicht meins {amount} bezahlt",
        "pt": "olá a recarga não cheira nada ao meu perfume é uma coisa floral tem o meu nome mas não é o meu paguei {amount}",
        "en": "hi the refill doesn't smell anything like my blend it's all flowery my name's on it but it's not mine {amount}",
        "fr": "bonjour la recharge sent pas du tout mon parfum c'est floral mon nom est dessus mais c'est pas le mien {amount}",
        "it": "salve la ricarica non sa per niente del mio profumo è floreale c'è il mio nome ma non è il mio {amount}",
        "es": "hola la recarga no huele nada a mi perfume es floral lleva mi nombre pero no es el mío {amount}",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "Paket nie angekommen",
        "pt": "encomenda nunca chegou",
        "en": "parcel never arrived",
        "fr": "colis jamais reçu",
        "it": "pacco mai arrivato",
        "es": "paquete nunca llegado",
    },
    "double_charge": {
        "de": "doppelte Abbuchung",
        "pt": "cobrança duplicada",
        "en": "charged twice",
        "fr": "double prélèvement",
        "it": "doppio addebito",
        "es": "cobro doble",
    },
    "damage": {
        "de": "Flasche kaputt",
        "pt": "frasco partido",
        "en": "bottle broken",
        "fr": "flacon cassé",
        "it": "flacone rotto",
        "es": "frasco roto",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "pt": "reembolso em falta",
        "en": "refund missing",
        "fr": "remboursement manquant",
        "it": "rimborso mancante",
        "es": "reembolso pendiente",
    },
    "wrong_price": {
        "de": "falscher Preis im Club",
        "pt": "preço errado no Club",
        "en": "wrong Club price",
        "fr": "mauvais prix Club",
        "it": "prezzo Club sbagliato",
        "es": "precio Club erróneo",
    },
    "wrong_blend": {
        "de": "falscher Duft",
        "pt": "perfume errado",
        "en": "wrong blend",
        "fr": "mauvais parfum",
        "it": "profumo sbagliato",
        "es": "perfume equivocado",
    },
}

COMPLAINT_SUBJ = {
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}
CASE_SUBJ = {
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "es": "RE: Incidencia {case}",
}

ASK = {
    "de": [
        "Ich will mein Geld zurück oder Ersatz, und zwar diese Woche.",
        "Bitte um schnelle Rückmeldung.",
        "JETZT REICHTS mir ehrlich gesagt.",
    ],
    "pt": [
        "Quero o dinheiro de volta ou um novo, esta semana.",
        "Aguardo resposta rápida.",
        "Já chega, a sério.",
    ],
    "en": ["I want my money back or a replacement this week."],
    "fr": ["Je veux un remboursement ou un remplacement cette semaine."],
    "it": ["Voglio un rimborso o la sostituzione entro la settimana."],
    "es": ["Quiero el dinero o un reemplazo esta semana."],
}

SHORT_MAIL = {
    "de": "Hallo,\n{core}\n{ask}\n{name}",
    "pt": "Boa tarde,\n{core}\n{ask}\n{name}",
    "en": "Hi,\n{core}\n{ask}\n{name}",
    "fr": "Bonjour,\n{core}\n{ask}\n{name}",
    "it": "Buongiorno,\n{core}\n{ask}\n{name}",
    "es": "Hola,\n{core}\n{ask}\n{name}",
}

LONG_MAIL = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Krankenhausflur, weil mein Vater seit Montag auf der Kardiologie liegt und ich zwischen Besuchszeit und Arbeit hin und her fahre, also entschuldigen Sie den Ton. Ich habe bei Ihnen bisher immer gern bestellt, meine Mutter trägt seit zwei Jahren ihre eigene Mischung und ich habe ihr sogar das Quiz auf dem Tablet eingerichtet. Diesmal wollte ich ihr etwas Gutes tun, weil sie gerade so viel mitmacht.\n\n{core}\n\nIch habe weder Zeit noch Nerven, dem hinterherzulaufen. {ask}\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\neigentlich hätte ich diese Mail schon gestern schreiben sollen, aber wir renovieren gerade das Bad und der Fliesenleger hat uns zwei Tage früher als geplant beglückt, also sitze ich jetzt zwischen Kartons auf der Waschmaschine. Ich bin seit fast zwei Jahren im Club, habe Ihnen schon Freundinnen geschickt und war immer zufrieden.\n\n{core}\n\nSo etwas geht nicht, ehrlich. {ask}\n\nGruß\n{name}",
    ],
    "pt": [
        "Boa noite,\n\nescrevo-vos do carro, à porta do treino de futebol do meu filho, porque durante o dia entre o trabalho e a minha mãe, que partiu o pulso na semana passada, não tenho um minuto. Sou cliente há mais de um ano, já ofereci perfumes vossos a meia família e até convenci a minha chefe a fazer o quiz.\n\n{core}\n\nNão tenho paciência nem tempo para andar atrás disto. {ask}\n\nCumprimentos,\n{name}",
        "Exmos. Senhores,\n\nperdoem o texto comprido mas estou na sala de espera do centro de saúde com a minha sogra e tenho tempo. Estamos a mudar de casa este mês, está tudo em caixas, e a única coisa que eu queria era o meu perfume de sempre para me sentir eu própria no meio da confusão.\n\n{core}\n\nSempre gostei muito do vosso serviço e por isso ainda custa mais. {ask}\n\nCom os melhores cumprimentos,\n{name}",
    ],
}

CHAT_ANGRY = {
    "de": "{core} Was passiert jetzt?",
    "pt": "{core} E agora?",
    "en": "{core} What now?",
    "fr": "{core} On fait quoi ?",
    "it": "{core} E adesso?",
    "es": "{core} ¿Y ahora qué?",
}

# agents
CASE_OPENED = {
    "de": "Hallo {name},\nes tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns spätestens morgen mit einer Lösung.\nViele Grüße, Ihr Olfavia-Team",
    "pt": "Olá {name},\nlamentamos muito. Abrimos o pedido {case} e damos notícias até amanhã.\nCumprimentos, equipa Olfavia",
    "en": "Hi {name},\nwe're really sorry. We've opened case {case} and will come back to you by tomorrow.\nBest, the Olfavia team",
    "fr": "Bonjour {name},\nnous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous d'ici demain.\nL'équipe Olfavia",
    "it": "Ciao {name},\nci dispiace molto. Abbiamo aperto la segnalazione {case}, ti aggiorniamo entro domani.\nIl team Olfavia",
    "es": "Hola {name},\nlo sentimos mucho. Hemos abierto la incidencia {case} y te decimos algo mañana como tarde.\nEquipo Olfavia",
}
CHAT_CASE = {
    "de": "Das tut mir leid, {name}. Ich habe den Vorgang {case} angelegt, Sie hören spätestens morgen von uns.",
    "pt": "Lamento muito, {name}. Abri o pedido {case}, terá notícias até amanhã.",
    "en": "So sorry, {name}. I've opened case {case}, you'll hear from us by tomorrow.",
    "fr": "Désolée, {name}. J'ai ouvert la demande {case}, vous aurez des nouvelles d'ici demain.",
    "it": "Mi dispiace, {name}. Ho aperto la segnalazione {case}, avrai notizie entro domani.",
    "es": "Lo siento, {name}. He abierto la incidencia {case}, tendrás noticias mañana.",
}
GOOD_NEWS = {
    "de": "Hallo {name},\ngute Nachrichten zu {case}: wir haben das erledigt (Erstattung bzw. Ersatz ist unterwegs). Können Sie uns kurz bestätigen, dass alles passt?\nViele Grüße, Olfavia",
    "pt": "Olá {name},\nboas notícias sobre o pedido {case}: está resolvido (reembolso ou substituição a caminho). Pode confirmar-nos que está tudo bem?\nCumprimentos, Olfavia",
    "en": "Hi {name},\ngood news on case {case}: it's sorted (refund or replacement on its way). Could you confirm all is well?\nBest, Olfavia",
    "fr": "Bonjour {name},\nbonne nouvelle pour la demande {case} : c'est réglé (remboursement ou remplacement en route). Pouvez-vous nous confirmer ?\nOlfavia",
    "it": "Ciao {name},\nbuone notizie sulla segnalazione {case}: risolto (rimborso o sostituzione in arrivo). Ci confermi che è tutto a posto?\nOlfavia",
    "es": "Hola {name},\nbuenas noticias sobre la incidencia {case}: resuelto (reembolso o reposición en camino). ¿Nos confirmas que está todo bien?\nOlfavia",
}
QUALITY_LEAD = {
    "de": "Hallo {name},\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\nViele Grüße, Olfavia",
    "pt": "Olá {name},\no seu pedido {case} passou para a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.\nCumprimentos, Olfavia",
    "en": "Hi {name},\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\nBest, Olfavia",
    "fr": "Bonjour {name},\nvotre demande {case} est entre les mains de notre responsable qualité, qui vous appelle avant vendredi midi.\nOlfavia",
    "it": "Ciao {name},\nla tua segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.\nOlfavia",
    "es": "Hola {name},\ntu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\nOlfavia",
}
URGENT = {
    "de": "Hallo {name}, ich habe das zu {case} hinzugefügt und als dringend markiert.",
    "pt": "Olá {name}, acrescentei ao pedido {case} e marquei como urgente.",
    "en": "Hi {name}, I've added this to case {case} and marked it urgent.",
    "fr": "Bonjour {name}, c'est ajouté à la demande {case}, marquée urgente.",
    "it": "Ciao {name}, aggiunto alla segnalazione {case} e segnata come urgente.",
    "es": "Hola {name}, lo he añadido a la incidencia {case} y la he marcado urgente.",
}
FORM_ACK = {
    "de": "Hallo {name},\ndanke für Ihre Nachricht, wir haben den Vorgang {case} angelegt und melden uns.\nOlfavia",
    "pt": "Olá {name},\nobrigado pela mensagem, abrimos o pedido {case} e voltamos a falar.\nOlfavia",
    "en": "Hi {name},\nthanks for your message, we've opened case {case} and will be in touch.\nOlfavia",
    "fr": "Bonjour {name},\nmerci pour votre message, la demande {case} est ouverte.\nOlfavia",
    "it": "Ciao {name},\ngrazie del messaggio, abbiamo aperto la segnalazione {case}.\nOlfavia",
    "es": "Hola {name},\ngracias por tu mensaje, hemos abierto la incidencia {case}.\nOlfavia",
}

APOLOGY = {
    "de": [
        "Sorry wegen gestern, war nicht gegen die Person am Telefon/Chat gerichtet. Hatte einen furchtbaren Tag",
        "Entschuldigung für meinen Ton gestern. Danke dass ihr euch gekümmert habt",
    ],
    "pt": [
        "Desculpem o tom de ontem, não era nada convosco pessoalmente. Foi um dia horrível",
        "Peço desculpa pela mensagem de ontem. Obrigada por resolverem",
    ],
    "en": ["Sorry about yesterday, wasn't aimed at you personally. Awful day"],
    "fr": ["Désolée pour hier, ce n'était pas contre vous. Journée horrible"],
    "it": ["Scusate per ieri, non ce l'avevo con voi. Giornataccia"],
    "es": ["Perdón por lo de ayer, no iba contra vosotros. Día horrible"],
}

CONFIRM = {
    "de": "Bestätigt, {case} ist erledigt, alles angekommen. Danke!",
    "pt": "Confirmo, o pedido {case} está resolvido, já recebi. Obrigada!",
    "en": "Confirmed, case {case} is sorted, all received. Thanks!",
    "fr": "Je confirme, la demande {case} est réglée. Merci !",
    "it": "Confermo, la segnalazione {case} è risolta. Grazie!",
    "es": "Confirmado, la incidencia {case} está resuelta. ¡Gracias!",
}

STILL_OPEN = {
    "de": [
        "Zu {case}: immer noch nichts passiert. {core_short} Ich warte seit {day}.",
        "{case} ist immer noch offen!! Niemand meldet sich. {core_short}",
    ],
    "pt": [
        "Sobre o pedido {case}: continua tudo igual. {core_short} Estou à espera desde {day}.",
        "O pedido {case} continua aberto!! Ninguém diz nada. {core_short}",
    ],
    "en": ["About case {case}: still nothing. {core_short} Waiting since {day}."],
    "fr": ["Pour la demande {case} : toujours rien. {core_short} J'attends depuis {day}."],
    "it": ["Per la segnalazione {case}: ancora niente. {core_short} Aspetto da {day}."],
    "es": ["Sobre la incidencia {case}: sigue igual. {core_short} Espero desde el {day}."],
}
THIRD = {
    "de": [
        "Dritte Nachricht zu {case}. Eine Kollegin bestellt bei {comp}, da ist sowas am selben Tag geklärt.",
        "Zum dritten Mal wegen {case}. Hab mir inzwischen angeschaut was {comp} für einen eigenen Duft nimmt.",
    ],
    "pt": [
        "Terceira mensagem sobre o {case}. Uma colega compra na {comp} e lá isto resolve-se no mesmo dia.",
        "Pela terceira vez por causa do {case}. Já fui ver quanto a {comp} cobra por um perfume personalizado.",
    ],
    "en": [
        "Third message about {case}. A colleague buys from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième message pour {case}. Une collègue commande chez {comp}, chez eux c'est réglé dans la journée."
    ],
    "it": [
        "Terzo messaggio per {case}. Una collega compra da {comp} e lì lo risolvono in giornata."
    ],
    "es": [
        "Tercer mensaje por {case}. Una compañera compra en {comp} y allí esto lo arreglan el mismo día."
    ],
}
FOURTH = {
    "de": "Das VIERTE Mal wegen {case}. Immer noch offen. Ich fass es nicht.",
    "pt": "É a QUARTA vez por causa do {case}. Continua aberto. Inacreditável.",
    "en": "FOURTH time about {case}. Still open. Unbelievable.",
    "fr": "QUATRIÈME fois pour {case}. Toujours ouvert. Incroyable.",
    "it": "QUARTA volta per {case}. Ancora aperta. Incredibile.",
    "es": "CUARTA vez por {case}. Sigue abierta. Increíble.",
}
CALL_STILL = {
    "de": "ja hallo ich ruf an wegen {case} das ist immer noch nicht erledigt {core_call}",
    "pt": "olá estou a ligar por causa do pedido {case} continua por resolver {core_call}",
    "en": "hi calling about case {case} it's still not sorted {core_call}",
    "fr": "bonjour j'appelle pour la demande {case} c'est toujours pas réglé {core_call}",
    "it": "buongiorno chiamo per la segnalazione {case} non è ancora risolta {core_call}",
    "es": "hola llamo por la incidencia {case} sigue sin resolverse {core_call}",
}
WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

# ---- slow churners: six steps, the last names a competitor
SLIDE: dict[str, list[str]] = {
    "de": [
        "Nachfüllung diesmal fünf Tage später als angekündigt, ohne Info. Naja",
        "Der neue Sprühkopf sprüht nur noch so halb, und die Flasche hat einen Kratzer",
        "Warum muss ich zum Feinabstimmen jetzt jedes Mal das ganze Quiz neu machen? Vorher waren es drei Klicks",
        "Der Duft hält nicht mehr wie früher. Morgens aufgesprüht, mittags weg. Hat sich die Rezeptur geändert?",
        "Und jetzt 6,90 € 'Glasgebühr' auf die Nachfüllung, obwohl ich meine Flasche wiederverwende. Echt jetzt??",
        "Meine Schwägerin bestellt bei {comp}, hab mir dort einen Duft zusammengestellt und er kommt Samstag. Mal sehen",
    ],
    "pt": [
        "A recarga desta vez chegou cinco dias depois do previsto e sem aviso. Enfim",
        "O novo vaporizador só borrifa metade e o frasco veio riscado",
        "Porque é que agora para ajustar tenho de refazer o quiz todo? Antes eram três cliques",
        "O perfume já não dura como antes. Ponho de manhã e ao almoço já não se sente. Mudaram a fórmula?",
        "E agora uma 'taxa de vidro' de 6,90 € na recarga, quando eu reutilizo o frasco. A sério??",
        "A minha cunhada compra na {comp}, fiz lá um perfume e chega sábado. Vamos ver",
    ],
    "en": [
        "Refill turned up five days late this time, no word. Oh well",
        "New atomiser only sprays half and the bottle came scratched",
        "Why do I have to redo the whole quiz now just to fine-tune? Used to be three clicks",
        "Scent doesn't last like it used to. On in the morning, gone by lunch. Did the formula change?",
        "And now a £6 'glass fee' on the refill when I reuse my own bottle. Seriously??",
        "My sister-in-law orders from {comp}, I've made a blend there, arrives Saturday. We'll see",
    ],
    "fr": [
        "Recharge arrivée cinq jours en retard cette fois, sans prévenir. Bon",
        "Le nouveau vaporisateur ne pulvérise qu'à moitié et le flacon est rayé",
        "Pourquoi faut-il refaire tout le quiz pour ajuster ? Avant c'était trois clics",
        "Le parfum ne tient plus comme avant. Le matin oui, à midi plus rien. La formule a changé ?",
        "Et maintenant 6,90 € de 'frais de verre' alors que je réutilise mon flacon. Sérieux ??",
        "Ma belle-sœur commande chez {comp}, je me suis fait un parfum là-bas, il arrive samedi",
    ],
    "it": [
        "Ricarica arrivata cinque giorni in ritardo stavolta, senza avviso. Vabbè",
        "Il nuovo spruzzino spruzza a metà e il flacone è graffiato",
        "Perché per regolare devo rifare tutto il quiz? Prima erano tre clic",
        "Il profumo non dura più come prima. La mattina sì, a pranzo sparito. Avete cambiato formula?",
        "E adesso 6,90 € di 'tassa vetro' sulla ricarica anche se riuso il flacone. Sul serio??",
        "Mia cognata compra da {comp}, mi sono fatta un profumo lì, arriva sabato",
    ],
    "es": [
        "La recarga llegó cinco días tarde esta vez, sin avisar. En fin",
        "El vaporizador nuevo solo echa la mitad y el frasco vino rayado",
        "¿Por qué ahora para ajustar hay que repetir todo el quiz? Antes eran tres clics",
        "El perfume ya no dura como antes. Por la mañana sí, a mediodía nada. ¿Habéis cambiado la fórmula?",
        "Y ahora 6,90 € de 'tasa de vidrio' en la recarga aunque reutilizo mi frasco. ¿En serio??",
        "Mi cuñada compra en {comp}, me he hecho un perfume allí y llega el sábado",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Club kündigen",
            "Hallo,\nich möchte meine Club-Mitgliedschaft kündigen und mein Konto schließen. Ich bin schwanger und vertrage gerade gar keine Düfte, und ehrlich gesagt weiß ich nicht ob das wiederkommt. War immer schön mit euch.\n{name}",
        ),
        (
            "Kündigung",
            "Guten Tag,\nbitte Club beenden und Konto löschen. Wir ziehen nach Kanada zu meinem Sohn und ihr liefert da nicht hin.\nDanke für alles, {name}",
        ),
    ],
    "pt": [
        (
            "Cancelar Club",
            "Olá,\nquero cancelar o Club e fechar a conta. Estou grávida e agora não suporto cheiros nenhuns, não sei se volta. Foi sempre bom convosco.\n{name}",
        ),
        (
            "Cancelamento",
            "Bom dia,\npor favor terminem o Club e fechem a minha conta. Vou emigrar para o Canadá e lá não entregam.\nObrigado por tudo, {name}",
        ),
    ],
    "en": [
        (
            "Cancel Club",
            "Hi,\nplease cancel my Club membership and close my account. I've developed an allergy to half the base notes, doctor says no perfume at all for now.\n{name}",
        )
    ],
    "fr": [
        (
            "Résiliation Club",
            "Bonjour,\nje souhaite résilier le Club et fermer mon compte. Je pars vivre au Québec et vous ne livrez pas là-bas.\n{name}",
        )
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno,\nvorrei disdire il Club e chiudere l'account. Sono incinta e non sopporto nessun profumo, non so se passerà.\n{name}",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola,\nquiero darme de baja del Club y cerrar la cuenta. Me ha salido alergia a medio mundo y el médico dice nada de perfumes.\n{name}",
        )
    ],
}
SORRY_GO = {
    "de": "Hallo {name},\nschade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website unter Club > Kündigen beenden; das Konto schließt sich danach.\nAlles Gute, Olfavia",
    "pt": "Olá {name},\ntemos pena. Pode cancelar o Club na app ou no site em Club > Cancelar; a conta fecha a seguir.\nTudo de bom, Olfavia",
    "en": "Hi {name},\nsorry to see you go. You can cancel the Club yourself in the app or on the website under Club > Cancel; the account closes after that.\nAll the best, Olfavia",
    "fr": "Bonjour {name},\ndommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Club > Résilier.\nOlfavia",
    "it": "Ciao {name},\nci dispiace. Puoi disdire nell'app o sul sito, Club > Disdici.\nOlfavia",
    "es": "Hola {name},\nqué pena. Puedes darte de baja en la app o en la web, Club > Baja.\nOlfavia",
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich JEDES Mal aus. Jedes Mal.",
        "Warum kommt die 'Dein Duft ist unterwegs'-Push um 6 Uhr morgens",
        "Kerzendeckel passt wieder nicht. Wie schwer kann das sein",
        "Versand 4,90 ab dem zweiten Artikel? Echt",
        "Die Proben sind so winzig dass man nach einmal Sprühen nichts mehr hat",
        "Schon wieder Karton dreimal so groß wie nötig",
        "Duftbeschreibung auf der Seite ist reine Poesie, sagt null darüber wie es riecht",
    ],
    "pt": [
        "A app faz logout SEMPRE. Sempre.",
        "Porque é que a notificação do envio chega às 6 da manhã",
        "A tampa da vela outra vez não encaixa",
        "Portes de 4,90 a partir do segundo artigo? A sério",
        "As amostras são tão pequenas que dá para um borrifo",
        "Outra vez uma caixa três vezes maior do que o necessário",
        "As descrições dos perfumes são só poesia, não dizem nada do cheiro",
    ],
    "en": [
        "App logs me out EVERY time.",
        "Why does the shipping push come at 6am",
        "Candle lid doesn't fit, again",
        "Samples are so tiny you get one spray",
        "Box three times bigger than needed, again",
    ],
    "fr": [
        "L'appli me déconnecte à CHAQUE fois.",
        "Pourquoi la notif d'envoi arrive à 6h du matin",
        "Le couvercle de la bougie ne ferme toujours pas",
        "Échantillons minuscules, une pulvérisation et c'est fini",
        "Encore un carton trois fois trop grand",
    ],
    "it": [
        "L'app mi disconnette OGNI volta.",
        "Perché la notifica di spedizione arriva alle 6 di mattina",
        "Il coperchio della candela non chiude, di nuovo",
        "Campioni minuscoli, uno spruzzo e basta",
        "Di nuovo una scatola tre volte più grande del necessario",
    ],
    "es": [
        "La app me cierra sesión CADA vez.",
        "Por qué la notificación de envío llega a las 6 de la mañana",
        "La tapa de la vela sigue sin cerrar",
        "Muestras diminutas, un espray y se acabó",
        "Otra vez una caja tres veces más grande de lo necesario",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Toll, 'Expressversand' und das Geburtstagsgeschenk kommt am Tag NACH dem Geburtstag. Sehr express 👏",
        "Danke Olfavia für die Gratis-Duftprobe im ganzen Treppenhaus, der Karton war undicht 😂",
    ],
    "pt": [
        "Adoro o 'envio expresso' que chega no dia A SEGUIR ao aniversário. Muito expresso 👏",
        "Obrigada Olfavia pela amostra grátis na escada toda, a caixa vinha a pingar 😂",
    ],
    "en": ["Love the 'express' shipping that arrives the day AFTER the birthday. Very express 👏"],
    "fr": [
        "J'adore la livraison 'express' qui arrive le lendemain de l'anniversaire. Très express 👏"
    ],
    "it": ["Adoro la spedizione 'express' che arriva il giorno DOPO il compleanno. Velocissima 👏"],
    "es": ["Me encanta el envío 'exprés' que llega el día DESPUÉS del cumpleaños. Muy exprés 👏"],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Filialsuche in der App zeigt mir Läden in Graz obwohl ich in Linz bin",
            "Hallo {name}, danke, wir schauen uns die Standortsuche an. Sie können den Ort oben manuell setzen.",
        ),
        (
            "Newsletter kommt neuerdings auf Englisch, ich hab Deutsch eingestellt",
            "Hallo {name}, danke für den Hinweis, wir haben die Sprache korrigiert.",
        ),
    ],
    "pt": [
        (
            "A pesquisa de lojas na app mostra-me Braga e eu estou em Faro",
            "Olá {name}, obrigado, vamos ver a pesquisa. Pode escolher a cidade manualmente em cima.",
        ),
        (
            "A newsletter agora vem em inglês, tenho português escolhido",
            "Olá {name}, obrigado pelo aviso, já corrigimos o idioma.",
        ),
    ],
    "en": [
        (
            "Store finder keeps showing me Leeds, I'm in Bristol",
            "Hi {name}, thanks, we'll look at it. You can set the town manually at the top.",
        )
    ],
    "fr": [
        (
            "La newsletter arrive en anglais alors que j'ai choisi le français",
            "Bonjour {name}, merci, la langue est corrigée.",
        )
    ],
    "it": [
        (
            "La ricerca negozi mi mostra Torino ma sono a Bari",
            "Ciao {name}, grazie, controlliamo. Puoi impostare la città in alto.",
        )
    ],
    "es": [
        (
            "La newsletter me llega en inglés y tengo español",
            "Hola {name}, gracias, ya está corregido el idioma.",
        )
    ],
}

# ---- the topic_spike week
SLOW_PAGE = {
    "de": (
        "die Kerzenseite lädt ewig, die Fotos kommen einzeln rein",
        "Hallo {name}, danke, wir wissen davon und beschleunigen die Bilder.",
    ),
    "pt": (
        "a página das velas demora imenso a carregar as fotos",
        "Olá {name}, obrigado, já estamos a tornar as imagens mais rápidas.",
    ),
}
LONE_Q = {
    "pt": (
        "ontem à noite o quiz demorou muito na última página mas gravou. a minha nova mistura entra na recarga deste mês?",
        "Olá {name}, sim, ficou gravada e entra na próxima recarga.",
    ),
    "de": (
        "gestern Abend hing das Quiz kurz auf der letzten Seite, hat dann aber gespeichert. Kommt meine neue Mischung in die Nachfüllung diesen Monat?",
        "Hallo {name}, ja, die Mischung ist gespeichert und geht in die nächste Nachfüllung.",
    ),
}
SPIKE_CODE = "58E-QZ"
SPIKE: dict[str, list[str]] = {
    "de": [
        "Das Duftquiz springt nach der letzten Frage wieder auf Frage 1, Fehler 58E-QZ. Dreimal probiert. Heute ist Stichtag für die Nachfüllung!!",
        "Olfavia euer Quiz ist kaputt. Letzte Frage, Weiter, zack wieder Frage 1. Fehler 58E-QZ",
        "Will meine Mischung vor der Nachfüllung anpassen und komme nicht durch, nach Frage 24 fängt alles von vorne an. 58E-QZ steht unten",
        "Quiz-Endlosschleife 🙄 Frage 24 → Frage 1 → Frage 24 → Frage 1. Fehler 58E-QZ. Und morgen wird abgefüllt",
        "hallo? ich sitz seit 20 min am quiz, jedes mal nach der letzten frage wieder von vorn. unten steht 58E-QZ. was soll das",
        "Wollte nur weniger Zitrone für die nächste Nachfüllung einstellen. Geht nicht. Quiz fängt immer wieder bei 1 an, Code 58E-QZ. Bitte Stichtag verschieben!",
    ],
    "pt": [
        "O quiz volta à pergunta 1 depois da última, erro 58E-QZ. Já tentei três vezes e hoje é o último dia para ajustar a recarga!!",
        "Olfavia o vosso quiz está avariado. Última pergunta, seguinte, e volta tudo ao início. Erro 58E-QZ",
        "Quero ajustar a minha mistura antes da recarga e não consigo, depois da pergunta 24 recomeça. Aparece 58E-QZ em baixo",
        "Quiz em loop 🙄 pergunta 24 → pergunta 1 → pergunta 24. Erro 58E-QZ. E amanhã já enchem os frascos",
        "alguém mais com o quiz sempre a voltar ao início?? dá 58E-QZ no fim e perco tudo o que respondi",
        "Só queria tirar um bocadinho de baunilha à recarga e o quiz não deixa, volta à pergunta 1 com o erro 58E-QZ. Prolonguem o prazo por favor",
    ],
    "en": [
        "Your scent quiz jumps back to question 1 after the last one, error 58E-QZ. Tried three times, and today's the refill cut-off!!",
        "Olfavia quiz stuck in a loop, q24 then straight back to q1, error 58E-QZ",
    ],
    "fr": [
        "Le quiz repart à la question 1 après la dernière, erreur 58E-QZ. Trois essais et c'est la date limite pour la recharge !!",
        "Quiz Olfavia en boucle, question 24 puis retour à la 1, erreur 58E-QZ",
    ],
    "it": [
        "Il quiz torna alla domanda 1 dopo l'ultima, errore 58E-QZ. Provato tre volte e oggi è l'ultimo giorno per la ricarica!!",
        "Quiz Olfavia in loop, domanda 24 e poi di nuovo la 1, errore 58E-QZ",
    ],
    "es": [
        "El quiz vuelve a la pregunta 1 después de la última, error 58E-QZ. Tres intentos y hoy es el último día para ajustar la recarga!!",
        "Quiz de Olfavia en bucle, pregunta 24 y otra vez a la 1, error 58E-QZ",
    ],
}
SPIKE_SUBJ = {
    "de": "Quiz geht nicht – 58E-QZ",
    "pt": "Quiz não funciona - 58E-QZ",
    "en": "Quiz broken 58E-QZ",
    "fr": "Quiz en panne 58E-QZ",
    "it": "Quiz non funziona 58E-QZ",
    "es": "Quiz roto 58E-QZ",
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Immer noch 58E-QZ, jetzt auch am Laptop statt Handy. Gleiches Spiel",
        "Nochmal: auch auf dem Handy meines Mannes Schleife, 58E-QZ",
    ],
    "pt": [
        "Continua o 58E-QZ, agora também no computador. Mesma coisa",
        "Outra vez: no telemóvel do meu marido também dá loop, 58E-QZ",
    ],
    "en": ["Still 58E-QZ, tried the laptop as well now. Same loop"],
    "fr": ["Toujours 58E-QZ, même sur l'ordi"],
    "it": ["Ancora 58E-QZ, anche dal computer"],
    "es": ["Sigue el 58E-QZ, también desde el ordenador"],
}
SPIKE_CHAT_ANSWER = {
    "de": "Hallo {name}, ja, das Quiz springt gerade bei allen auf Frage 1 zurück, das Team ist dran. Der Stichtag wird verschoben.",
    "pt": "Olá {name}, sim, o quiz está a voltar à pergunta 1 para toda a gente neste momento, a equipa já está a tratar. O prazo vai ser alargado.",
    "en": "Hi {name}, yes, the quiz is looping back to question 1 for everyone right now, the team is on it. The cut-off will be moved.",
    "fr": "Bonjour {name}, oui, le quiz revient à la question 1 pour tout le monde en ce moment, l'équipe est dessus. La date limite sera décalée.",
    "it": "Ciao {name}, sì, il quiz torna alla domanda 1 per tutti in questo momento, il team ci sta lavorando. La scadenza verrà spostata.",
    "es": "Hola {name}, sí, el quiz está volviendo a la pregunta 1 a todo el mundo ahora mismo, el equipo está en ello. Se moverá el plazo.",
}
SPIKE_FIXED = {
    "de": "Hallo {name},\ndas Quiz funktioniert seit {local} Uhr wieder. Der Stichtag für die Nachfüllung ist auf Dienstag verschoben, und als Entschuldigung haben wir Ihnen {credit} gutgeschrieben.\nViele Grüße, Olfavia",
    "pt": "Olá {name},\no quiz voltou a funcionar desde as {local}. O prazo da recarga passou para terça-feira e, como pedido de desculpa, creditámos {credit} na sua conta.\nCumprimentos, Olfavia",
    "en": "Hi {name},\nthe quiz has worked again since {local}. The refill cut-off is moved to Tuesday, and we've added {credit} credit to say sorry.\nBest, Olfavia",
    "fr": "Bonjour {name},\nle quiz refonctionne depuis {local}. La date limite passe à mardi et nous vous avons crédité {credit}.\nOlfavia",
    "it": "Ciao {name},\nil quiz funziona di nuovo dalle {local}. La scadenza passa a martedì e ti abbiamo accreditato {credit}.\nOlfavia",
    "es": "Hola {name},\nel quiz vuelve a funcionar desde las {local}. El plazo pasa al martes y te hemos abonado {credit}.\nOlfavia",
}
