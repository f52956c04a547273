"""Wording of heldout289 (Grembio: school uniforms and kids' sportswear), six languages.

Every table is keyed by language (pt, it first, with more variants; then de, en, es, fr).
Placeholders: {ref} case reference, {item} product, {amt} amount, {comp} competitor,
{who} a colleague's first name, {day} a weekday, {time} a local time, {code} error code.
"""

from __future__ import annotations

# ruff: noqa: E501

T = dict[str, list[str]]

BRAND = "Grembio"
PLAN = "Grembio Cresci"
PRO = "Grembio Escola"
COMPETITORS = ("Scolino", "Vestaro")
CODE = "CHK-PAY-207"

# (label, EUR price)
PRODUCTS: list[tuple[str, float]] = [
    ("School polo shirts, 2-pack / Polos escolares, pack 2", 18.9),
    ("School jumper, navy / Camisola escolar azul", 24.5),
    ("PE kit: shorts, T-shirt, socks / Kit de educação física", 32.0),
    ("School blazer with crest / Blazer escolar com brasão", 59.0),
    ("Black school shoes / Sapatos escolares pretos", 45.0),
    ("Padded winter coat / Casaco acolchoado de inverno", 69.0),
    ("School backpack 22 l / Mochila escolar 22 l", 38.0),
    ("Pinafore dress, grey / Bibe cinzento", 27.5),
]
PRO_PRODUCTS: list[tuple[str, float]] = [
    ("Class set of 30 polo shirts with crest / Conjunto de turma 30 polos", 486.0),
    ("Club football kits x 20 / Equipamentos de clube x 20", 760.0),
    ("Staff fleece jackets x 12 / Casacos polares para pessoal x 12", 398.0),
    ("Choir sweatshirts x 40 / Sweats de coro x 40", 612.0),
]
PAGES = [
    "/uniformes",
    "/tamanhos",
    "/cresci",
    "/trocas",
    "/escolas/lista",
    "/devolucoes",
    "/desporto",
    "/calcado",
]
PRO_PAGES = ["/escola/portal", "/escola/encomendas", "/escola/faturas", "/escola/catalogo"]

PRAISE: T = {
    "pt": [
        "Os polos da {brand} aguentaram um período inteiro de recreio e ainda parecem novos. Obrigada!",
        "Encomendei na segunda, chegou na quarta, tudo no tamanho certo. Assim dá gosto",
        "A troca de tamanho do casaco foi facílima, o estafeta até trouxe o novo e levou o velho",
        "Finalmente uma loja de fardas que percebe que as crianças crescem. Muito bom serviço {brand}",
    ],
    "it": [
        "Le polo di {brand} dopo venti lavaggi sono ancora blu, non grigie. Bravi",
        "Ordinato la divisa alle 22, arrivata due giorni dopo, taglia perfetta. Mio figlio contentissimo",
        "Il cambio taglia della felpa è stato velocissimo, niente code in negozio a settembre finalmente",
        "Servizio clienti gentile e scarpe comode, {brand} promossa a pieni voti",
    ],
    "de": [
        "Die Schulpullis von {brand} sind nach dem Winter noch top, keine Knötchen. Danke!",
        "Bestellt am Montag, am Mittwoch da, alles passt. So einfach kann Schulanfang sein",
    ],
    "en": [
        "The {brand} PE kit survived a whole term of mud and still looks decent. Impressed",
        "Ordered Sunday night, here by Tuesday, every size right. Back to school sorted",
    ],
    "es": [
        "Los polos de {brand} aguantan todo el curso y siguen como el primer día. Gracias",
        "Pedí el lunes y el miércoles ya estaba en casa, tallas perfectas",
    ],
    "fr": [
        "Les polos {brand} tiennent toute l'année, même après la cantine. Merci !",
        "Commandé lundi, reçu mercredi, tout à la bonne taille. Rentrée sans stress",
    ],
}

AGAIN: T = {
    "pt": [
        "Terceiro ano seguido que compro as fardas na {brand} e outra vez tudo impecável",
        "Mais uma troca de tamanho sem problema nenhum. Continuo fã",
        "Outra vez a mesma estafeta simpática, já nos conhece pelo nome",
    ],
    "it": [
        "Terzo anno che prendo le divise da {brand}, sempre tutto perfetto",
        "Ancora una volta cambio taglia in due giorni, non mi deludete mai",
        "Di nuovo il corriere gentilissimo di sempre, ormai è di famiglia",
    ],
    "de": ["Schon das dritte Schuljahr mit {brand} und wieder alles pünktlich"],
    "en": ["Third year running with {brand} and still no complaints at all"],
    "es": ["Tercer curso con {brand} y otra vez todo perfecto"],
    "fr": ["Troisième rentrée avec {brand}, et toujours aussi bien"],
}

GRIPE: T = {
    "pt": [
        "Muito contente com a farda, só as etiquetas com o nome demoram a chegar. De resto, impecável",
        "Tudo ótimo, só a app às vezes esquece o tamanho guardado. Mas recomendo",
    ],
    "it": [
        "Divisa bellissima, solo le istruzioni di lavaggio sono minuscole. Per il resto ottimo",
        "Tutto bene, solo la mail di conferma arriva un po' tardi. Ricomprerò",
    ],
    "de": ["Sehr gute Qualität, nur der Karton war riesig für zwei Polos. Sonst super"],
    "en": ["Lovely jumpers, only wish the size guide had photos. Otherwise great"],
    "es": ["Muy contenta, solo que la caja era enorme para dos polos. Por lo demás genial"],
    "fr": ["Très bien, seul le guide des tailles manque de photos. Sinon parfait"],
}

REVIEW: T = {
    "pt": [
        "Tecido resistente e tamanhos fiéis. Cinco estrelas",
        "Sapatos confortáveis, a minha filha não se queixou uma única vez",
    ],
    "it": [
        "Tessuto robusto, taglie precise. Cinque stelle meritate",
        "Zaino leggero e capiente, consigliato",
    ],
    "de": ["Robuste Qualität, Größen stimmen. Gerne wieder"],
    "en": ["Sturdy fabric and true to size. Five stars"],
    "es": ["Tejido resistente y tallas exactas. Cinco estrellas"],
    "fr": ["Tissu solide et tailles justes. Cinq étoiles"],
}

QUESTIONS: T = {
    "pt": [
        "Olá, a camisola da escola X ainda tem o tamanho 10 anos em stock?",
        "Boa tarde, com o {plan} posso trocar os sapatos se o pé crescer a meio do ano?",
        "Podem entregar no sábado de manhã?",
    ],
    "it": [
        "Buongiorno, la felpa della scuola media è disponibile nella taglia 12 anni?",
        "Con {plan} il cambio taglia delle scarpe è gratis anche a metà anno?",
        "Si può scegliere la consegna di sabato?",
    ],
    "de": [
        "Hallo, gibt es die Sporthose auch in 146?",
        "Kann ich mit {plan} auch Schuhe tauschen?",
    ],
    "en": ["Hi, does the grey pinafore come in age 7?", "Can I swap shoes too with {plan}?"],
    "es": ["Hola, ¿el chándal está en talla 10?", "¿Con {plan} puedo cambiar también los zapatos?"],
    "fr": [
        "Bonjour, le pull existe en 10 ans ?",
        "Avec {plan}, je peux échanger les chaussures aussi ?",
    ],
}

ANSWERS: T = {
    "pt": [
        "Olá! Sim, está disponível e sai hoje se encomendar até às 16h. Qualquer dúvida, estamos aqui."
    ],
    "it": [
        "Buongiorno! Sì, è disponibile e parte oggi se ordina entro le 16. Restiamo a disposizione."
    ],
    "de": ["Hallo! Ja, das ist verfügbar und geht heute noch raus, wenn Sie bis 16 Uhr bestellen."],
    "en": [
        "Hi! Yes, it's in stock and goes out today if you order by 4pm. Anything else, just ask."
    ],
    "es": ["¡Hola! Sí, está disponible y sale hoy si pide antes de las 16 h."],
    "fr": ["Bonjour ! Oui, c'est disponible et part aujourd'hui pour toute commande avant 16 h."],
}

THANKS: T = {
    "pt": ["Obrigada, foi rápido!", "Perfeito, obrigado", "Muito obrigada pela ajuda"],
    "it": ["Grazie mille, gentilissimi", "Perfetto, grazie", "Ok grazie, ordino subito"],
    "de": ["Danke, super schnell!"],
    "en": ["Brilliant, thanks!"],
    "es": ["¡Gracias, qué rápido!"],
    "fr": ["Merci, c'est parfait"],
}

CALL_QUESTIONS: T = {
    "pt": [
        "bom dia queria saber se com o cartão cresci a troca de tamanho tem portes ou não",
        "olá liguei porque a escola mudou o emblema e queria saber se as camisolas novas já têm o emblema novo",
    ],
    "it": [
        "buongiorno volevo sapere se il cambio taglia con cresci ha la spedizione gratuita",
        "salve chiamo perché la scuola ha cambiato il logo e volevo sapere se le polo nuove hanno già il logo nuovo",
    ],
    "de": ["guten tag ich wollte fragen ob der Größentausch mit Cresci Versandkosten hat"],
    "en": ["hi there just wanted to check if size swaps on cresci are free to send back"],
    "es": ["hola quería saber si el cambio de talla con cresci tiene gastos de envío"],
    "fr": ["bonjour je voulais savoir si l'échange de taille avec cresci est gratuit"],
}

CALL_FOLLOWUP: T = {
    "pt": [
        "Na sequência da sua chamada: sim, com o {plan} as trocas de tamanho não têm portes. Boas aulas!"
    ],
    "it": [
        "Come da telefonata: sì, con {plan} i cambi taglia sono senza spese di spedizione. Buon anno scolastico!"
    ],
    "de": ["Wie am Telefon besprochen: Mit {plan} ist der Größentausch versandkostenfrei."],
    "en": ["Following your call: yes, size swaps are free to send with {plan}."],
    "es": ["Tras su llamada: sí, con {plan} los cambios de talla no tienen gastos de envío."],
    "fr": ["Suite à votre appel : oui, avec {plan} les échanges de taille sont gratuits."],
}

SURVEY_WORDS: T = {
    "pt": ["Excelente", "Rápido e simpático", "", "👍"],
    "it": ["Ottimo", "Veloci e gentili", "", "👌"],
    "de": ["Top", ""],
    "en": ["Great service", ""],
    "es": ["Muy bien", ""],
    "fr": ["Parfait", ""],
}

NIGHT_POSTS: T = {
    "pt": [
        "2 da manhã a coser etiquetas com o nome em doze meias. Pelo menos as fardas da {brand} chegaram a tempo",
        "Turno da noite no hospital e aproveitei a pausa para encomendar os polos. Feito em dois minutos",
        "Insónia, por isso encomendei já o casaco de inverno. Adoro a app da {brand}",
    ],
    "it": [
        "Sono le due e sto ancora attaccando le etichette col nome sulle calze. Almeno le divise {brand} sono arrivate",
        "Turno di notte in farmacia, in pausa ho ordinato le polo. Due minuti, fatto",
        "Non dormo, allora ho già ordinato il cappotto invernale. Comodissimo",
    ],
    "de": ["2 Uhr nachts, Namensschilder bügeln. Immerhin sind die {brand} Sachen schon da"],
    "en": ["2am, ironing name labels onto twelve socks. At least the {brand} order came on time"],
    "es": [
        "Las 2 de la mañana cosiendo etiquetas con el nombre. Menos mal que {brand} llegó a tiempo"
    ],
    "fr": [
        "2 h du matin à coudre des étiquettes. Au moins la commande {brand} est arrivée à temps"
    ],
}

NIGHT_CHAT: T = {
    "pt": [
        "Boa noite, se encomendar agora ainda chega antes de segunda?",
        "Olá, a devolução pode ser num cacifo ou só nos correios?",
    ],
    "it": [
        "Buonasera, se ordino adesso arriva prima di lunedì?",
        "Il reso si può fare anche in un locker o solo in posta?",
    ],
    "de": ["Hallo, wenn ich jetzt bestelle, ist es bis Montag da?"],
    "en": ["Hi, if I order now will it arrive before Monday?"],
    "es": ["Hola, si pido ahora, ¿llega antes del lunes?"],
    "fr": ["Bonsoir, si je commande maintenant, ce sera là lundi ?"],
}

NIGHT_ANSWER: T = {
    "pt": ["Boa noite! Sim, encomendas até domingo às 12h chegam na segunda. Durma bem!"],
    "it": ["Buonasera! Sì, gli ordini entro domenica alle 12 arrivano lunedì. Buona notte!"],
    "de": ["Guten Abend! Ja, Bestellungen bis Sonntag 12 Uhr kommen am Montag."],
    "en": ["Evening! Yes, orders by Sunday noon arrive Monday."],
    "es": ["¡Buenas noches! Sí, lo pedido antes del domingo a las 12 llega el lunes."],
    "fr": ["Bonsoir ! Oui, les commandes avant dimanche midi arrivent lundi."],
}

# --- the six consumer problems: a short description of each, per language ---
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "swap_refused"]

PROBLEM_TEXT: dict[str, T] = {
    "no_show": {
        "pt": [
            "a encomenda aparece como ENTREGUE desde terça e nunca chegou cá a casa",
            "a app diz entregue às 8:12 mas ninguém tocou à porta e o miúdo foi para a escola sem farda",
        ],
        "it": [
            "l'ordine risulta CONSEGNATO da martedì ma qui non è mai arrivato niente",
            "l'app dice consegnato alle 8:12 ma nessuno ha suonato e mia figlia è andata a scuola senza divisa",
        ],
        "de": ["die Bestellung steht seit Dienstag auf GELIEFERT, angekommen ist nichts"],
        "en": ["the order says DELIVERED since Tuesday and nothing ever arrived"],
        "es": ["el pedido pone ENTREGADO desde el martes y aquí no ha llegado nada"],
        "fr": ["la commande est marquée LIVRÉE depuis mardi et rien n'est arrivé"],
    },
    "double_charge": {
        "pt": [
            "cobraram-me a mesma encomenda DUAS vezes, {amt} cada, e agora tenho a conta a descoberto",
            "vejo dois débitos iguais de {amt} no cartão pela mesma farda",
        ],
        "it": [
            "mi avete addebitato lo stesso ordine DUE volte, {amt} ciascuno",
            "sulla carta vedo due addebiti identici di {amt} per la stessa divisa",
        ],
        "de": ["Sie haben dieselbe Bestellung ZWEIMAL abgebucht, je {amt}"],
        "en": ["you've charged me TWICE for the same order, {amt} each"],
        "es": ["me habéis cobrado el mismo pedido DOS veces, {amt} cada uno"],
        "fr": ["vous m'avez débité DEUX fois la même commande, {amt} chacune"],
    },
    "damage": {
        "pt": [
            "o blazer chegou com a costura do ombro aberta e o emblema a descolar ao primeiro uso",
            "as calças do fato de treino rasgaram no joelho na primeira semana",
        ],
        "it": [
            "il blazer è arrivato con la cucitura della spalla aperta e lo stemma che si stacca",
            "i pantaloni della tuta si sono strappati al ginocchio dopo una settimana",
        ],
        "de": ["der Blazer kam mit offener Schulternaht, das Wappen löst sich schon"],
        "en": ["the blazer arrived with the shoulder seam split and the crest peeling off"],
        "es": ["el blazer llegó con la costura del hombro abierta y el escudo despegándose"],
        "fr": [
            "le blazer est arrivé avec la couture de l'épaule ouverte et l'écusson qui se décolle"
        ],
    },
    "refund": {
        "pt": [
            "devolvi os sapatos há TRÊS semanas e o reembolso de {amt} ainda não apareceu",
            "a devolução foi recebida no dia 3 e continuo sem os {amt}",
        ],
        "it": [
            "ho reso le scarpe TRE settimane fa e il rimborso di {amt} non si vede",
            "il reso risulta ricevuto da giorni e dei {amt} nessuna traccia",
        ],
        "de": [
            "ich habe die Schuhe vor DREI Wochen zurückgeschickt, die {amt} sind immer noch nicht da"
        ],
        "en": ["I sent the shoes back THREE weeks ago and the {amt} refund still hasn't come"],
        "es": ["devolví los zapatos hace TRES semanas y el reembolso de {amt} no llega"],
        "fr": [
            "j'ai renvoyé les chaussures il y a TROIS semaines et toujours pas de remboursement de {amt}"
        ],
    },
    "wrong_price": {
        "pt": [
            "sou sócia {plan} e cobraram-me o preço normal, {amt} a mais",
            "o desconto de sócio não foi aplicado, paguei {amt} a mais",
        ],
        "it": [
            "sono socia {plan} e mi avete fatto pagare il prezzo pieno, {amt} in più",
            "lo sconto soci non è stato applicato, ho pagato {amt} di troppo",
        ],
        "de": ["ich bin {plan}-Mitglied und habe trotzdem den vollen Preis bezahlt, {amt} zu viel"],
        "en": ["I'm on {plan} and got charged full price, {amt} too much"],
        "es": ["soy socia de {plan} y me cobrasteis el precio normal, {amt} de más"],
        "fr": ["je suis abonnée {plan} et j'ai payé le plein tarif, {amt} de trop"],
    },
    "swap_refused": {
        "pt": [
            "pedi a troca de tamanho incluída no {plan} e recusaram porque a etiqueta foi cortada",
            "a troca de tamanho foi recusada sem explicação, e o casaco não serve",
        ],
        "it": [
            "ho chiesto il cambio taglia incluso in {plan} e me l'avete rifiutato perché l'etichetta era tagliata",
            "il cambio taglia è stato rifiutato senza spiegazioni e il cappotto non entra",
        ],
        "de": ["der Größentausch aus {plan} wurde abgelehnt, angeblich weil das Etikett fehlt"],
        "en": ["my {plan} size swap was refused because the label had been cut"],
        "es": ["me rechazaron el cambio de talla de {plan} porque la etiqueta estaba cortada"],
        "fr": ["l'échange de taille {plan} a été refusé parce que l'étiquette était coupée"],
    },
}

SUBJECT_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "encomenda não entregue",
        "it": "ordine non consegnato",
        "de": "Bestellung nicht geliefert",
        "en": "order never arrived",
        "es": "pedido no entregado",
        "fr": "commande non livrée",
    },
    "double_charge": {
        "pt": "cobrança em duplicado",
        "it": "doppio addebito",
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "es": "cobro duplicado",
        "fr": "double débit",
    },
    "damage": {
        "pt": "peça com defeito",
        "it": "capo difettoso",
        "de": "beschädigte Ware",
        "en": "faulty item",
        "es": "prenda defectuosa",
        "fr": "article défectueux",
    },
    "refund": {
        "pt": "reembolso em falta",
        "it": "rimborso mancante",
        "de": "Erstattung fehlt",
        "en": "missing refund",
        "es": "reembolso pendiente",
        "fr": "remboursement manquant",
    },
    "wrong_price": {
        "pt": "desconto de sócio",
        "it": "sconto soci",
        "de": "Mitgliederpreis",
        "en": "member price",
        "es": "precio de socio",
        "fr": "tarif abonné",
    },
    "swap_refused": {
        "pt": "troca recusada",
        "it": "cambio rifiutato",
        "de": "Tausch abgelehnt",
        "en": "swap refused",
        "es": "cambio rechazado",
        "fr": "échange refusé",
    },
}

COMPLAINT_SUBJECT = {
    "pt": "Reclamação: {topic}",
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
}
CASE_SUBJECT = {
    "pt": "RE: Pedido {ref}",
    "it": "R: Segnalazione {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "fr": "RE : Demande {ref}",
}

ANGRY_FRAME: T = {
    "pt": [
        "Isto é inaceitável: {p}. Quero uma solução hoje.",
        "Estou mesmo chateada, {p}. Ninguém responde?",
        "{p}. Já chega, resolvam isto!",
    ],
    "it": [
        "È inaccettabile: {p}. Voglio una soluzione oggi.",
        "Sono davvero arrabbiata, {p}. Qualcuno risponde?",
        "{p}. ADESSO BASTA, risolvete!",
    ],
    "de": ["Das ist unmöglich: {p}. Ich erwarte heute eine Lösung."],
    "en": ["This is not acceptable: {p}. I want it sorted today."],
    "es": ["Esto es inaceptable: {p}. Quiero una solución hoy."],
    "fr": ["C'est inadmissible : {p}. Je veux une solution aujourd'hui."],
}

SOCIAL_FRAME: T = {
    "pt": ["Obrigadinha {brand} 🙄 {p}. Nunca mais", "{brand} {p} e ninguém responde. Vergonha"],
    "it": ["Complimenti {brand} 🙄 {p}. Mai più", "{brand} {p} e nessuno risponde. Vergogna"],
    "de": ["Danke für nichts, {brand}: {p}"],
    "en": ["Cheers {brand}, {p}. Never again"],
    "es": ["Gracias por nada {brand}: {p}"],
    "fr": ["Merci pour rien {brand} : {p}"],
}

CALL_FRAME: T = {
    "pt": [
        "olá estou a ligar porque {p} e já é a segunda vez que ligo isto não pode ser",
        "boa tarde olhe {p} e eu preciso disto resolvido hoje",
    ],
    "it": [
        "buongiorno chiamo perché {p} e non è possibile così",
        "salve guardi {p} e ho bisogno che lo risolviate oggi",
    ],
    "de": ["ja hallo ich rufe an weil {p} und das geht so nicht"],
    "en": ["hi yeah i'm calling because {p} and honestly this isn't on"],
    "es": ["hola llamo porque {p} y esto no puede ser"],
    "fr": ["bonjour j'appelle parce que {p} et ça ne va pas du tout"],
}

LONG_EMAIL: T = {
    "pt": [
        "Bom dia,\n\nEscrevo-vos da sala de espera do centro de saúde, com o mais novo ao colo com febre, por isso desculpem se for confuso. Este mês tem sido uma loucura: mudança de casa, a avó a recuperar de uma operação ao joelho e o início das aulas ao mesmo tempo. Confiei na {brand} precisamente para não ter de me preocupar com as fardas.\n\nMas {p}. Liguei, escrevi, e até agora nada. Isto deixou-me numa situação muito difícil.\n\nCompro convosco há anos e sempre correu bem, mas assim não. Peço que me digam hoje o que vão fazer.\n\nCumprimentos",
        "Olá,\n\nEstou a escrever no carro, à porta do treino de natação das gémeas, porque é o único momento calmo do dia. Trabalho por turnos e organizo tudo com antecedência, incluindo as fardas, que encomendei em julho.\n\nAcontece que {p}. Sinceramente não percebo como é possível.\n\nAgradeço uma resposta rápida e uma solução a sério.\n\nObrigada",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal bancone del mio bar tra un cliente e l'altro, quindi perdonate la fretta. È un periodo pesante: mia madre è appena uscita dall'ospedale e settembre è sempre un caos. Mi sono affidata a {brand} proprio per non pensare alle divise.\n\nPerò {p}. Ho già chiamato e scritto senza risposta.\n\nSono cliente da anni e mi sono sempre trovata bene, ma così proprio no. Vi chiedo di dirmi oggi come risolvete.\n\nCordiali saluti",
        "Salve,\n\nscrivo seduta in macchina davanti alla palestra, aspettando che finisca l'allenamento di mio figlio. Ho tre figli in tre scuole diverse e ordino tutto in anticipo per non impazzire.\n\nMa {p}. Non capisco come possa succedere.\n\nAttendo una risposta seria e veloce.\n\nGrazie",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, entschuldigen Sie die Kürze. Wir sind gerade umgezogen und die Schule fängt an, deshalb habe ich extra früh bei {brand} bestellt.\n\nAber {p}. Auf meine Anrufe kam nichts.\n\nIch bin seit Jahren Kundin, aber so geht das nicht. Bitte melden Sie sich heute.\n\nMit freundlichen Grüßen"
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside Scouts, the only quiet ten minutes I get. We've just moved and my dad is in hospital, so I ordered the uniforms from {brand} early to have one less thing to worry about.\n\nBut {p}. I've rung and written and heard nothing.\n\nI've bought from you for years without a problem, but this isn't good enough. Please tell me today what you'll do.\n\nRegards"
    ],
    "es": [
        "Hola,\n\nos escribo desde el puesto del mercado entre cliente y cliente, perdonad las prisas. Mi suegra está recién operada y septiembre es un caos, por eso pedí los uniformes a {brand} con tiempo.\n\nPero {p}. He llamado y escrito y nada.\n\nSoy clienta desde hace años y siempre bien, pero así no. Espero respuesta hoy.\n\nUn saludo"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du dentiste, excusez la brièveté. Nous venons de déménager et la rentrée arrive, j'avais donc commandé tôt chez {brand}.\n\nMais {p}. J'ai appelé et écrit, sans réponse.\n\nCliente depuis des années, je suis très déçue. Merci de me répondre aujourd'hui.\n\nCordialement"
    ],
}

CASE_OPENED: T = {
    "pt": [
        "Lamentamos muito. Abrimos o pedido {ref} e voltamos a contactar assim que tivermos novidades."
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la ricontatteremo appena possibile."
    ],
    "de": ["Das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns."],
    "en": ["Sorry about this. We've opened case {ref} and will be back in touch."],
    "es": ["Lo sentimos mucho. Hemos abierto la incidencia {ref} y le contactaremos."],
    "fr": ["Nous sommes désolés. La demande {ref} est ouverte, nous revenons vers vous."],
}

QUALITY_LEAD: T = {
    "pt": [
        "O seu pedido {ref} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "it": [
        "La sua segnalazione {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "de": [
        "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "en": [
        "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "es": [
        "Su incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Votre demande {ref} est désormais chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
}

GOOD_NEWS: T = {
    "pt": [
        "Boas notícias sobre o pedido {ref}: já está resolvido do nosso lado. Pode confirmar que está tudo bem?"
    ],
    "it": [
        "Buone notizie sulla segnalazione {ref}: è risolta da parte nostra. Può confermarci che è tutto a posto?"
    ],
    "de": [
        "Gute Nachrichten zu {ref}: Bei uns ist alles erledigt. Können Sie bestätigen, dass alles passt?"
    ],
    "en": ["Good news on case {ref}: it's sorted on our side. Could you confirm all is well?"],
    "es": [
        "Buenas noticias sobre {ref}: está resuelta por nuestra parte. ¿Nos confirma que todo está bien?"
    ],
    "fr": ["Bonne nouvelle pour {ref} : c'est réglé de notre côté. Pouvez-vous confirmer ?"],
}

CONFIRM: T = {
    "pt": [
        "Confirmo, o pedido {ref} está resolvido. Obrigada",
        "Sim, chegou tudo, {ref} pode ser fechado. Obrigado",
    ],
    "it": [
        "Confermo, la segnalazione {ref} è risolta. Grazie",
        "Sì, tutto arrivato, potete chiudere {ref}. Grazie",
    ],
    "de": ["Bestätigt, {ref} ist erledigt. Danke"],
    "en": ["Confirmed, {ref} is sorted. Thanks"],
    "es": ["Confirmado, {ref} está resuelta. Gracias"],
    "fr": ["Confirmé, {ref} est réglée. Merci"],
}

APOLOGY: T = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava num dia péssimo. Obrigada por tratarem do assunto",
        "Desculpem a mensagem de ontem, foi o cansaço a falar",
    ],
    "it": [
        "Scusate il tono di ieri, era una giornataccia. Grazie per esservene occupati",
        "Chiedo scusa per il messaggio di ieri, ero stanchissima",
    ],
    "de": ["Entschuldigung für meinen Ton gestern, war ein schlimmer Tag"],
    "en": ["Sorry for my tone yesterday, it was a rough day"],
    "es": ["Perdón por el tono de ayer, fue un día horrible"],
    "fr": ["Désolée pour mon ton d'hier, c'était une mauvaise journée"],
}

LOW_CSAT_WORDS: T = {
    "pt": ["Mau", "", "Demorado"],
    "it": ["Pessimo", "", "Lenti"],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "es": ["Mal", ""],
    "fr": ["Mauvais", ""],
}
NPS_LOW_WORDS: T = {
    "pt": ["Não recomendo depois disto", ""],
    "it": ["Non vi consiglio dopo questa", ""],
    "de": ["Nach dem Ärger nicht", ""],
    "en": ["Not after this", ""],
    "es": ["Después de esto, no", ""],
    "fr": ["Pas après ça", ""],
}

CHAT_CASE: T = {
    "pt": ["Lamento imenso. Abri já o pedido {ref} e estou a tratar disso."],
    "it": ["Mi dispiace molto. Ho aperto la segnalazione {ref} e me ne occupo subito."],
    "de": ["Das tut mir leid. Ich habe den Vorgang {ref} angelegt."],
    "en": ["So sorry. I've opened case {ref} and I'm on it."],
    "es": ["Lo siento mucho. He abierto la incidencia {ref}."],
    "fr": ["Vraiment désolé. J'ai ouvert la demande {ref}."],
}

URGENT: T = {
    "pt": ["Acrescentei isto ao pedido {ref} e marquei como urgente."],
    "it": ["Ho aggiunto tutto alla segnalazione {ref} e l'ho segnata come urgente."],
    "de": ["Ich habe das zu {ref} hinzugefügt und als dringend markiert."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "es": ["Lo he añadido a {ref} y la he marcado como urgente."],
    "fr": ["J'ai ajouté ceci à {ref} et l'ai marquée urgente."],
}

STILL_OPEN: T = {
    "pt": [
        "Pedido {ref}: continua tudo igual, {p}. Ninguém me disse nada",
        "Volto a escrever sobre o {ref}, continua por resolver: {p}",
    ],
    "it": [
        "Segnalazione {ref}: è ancora tutto uguale, {p}. Nessuno mi ha detto nulla",
        "Riscrivo per la {ref}, ancora aperta: {p}",
    ],
    "de": ["Vorgang {ref}: immer noch nichts, {p}"],
    "en": ["Case {ref}: still nothing, {p}"],
    "es": ["Incidencia {ref}: sigue igual, {p}"],
    "fr": ["Demande {ref} : toujours rien, {p}"],
}
THIRD_CONTACT: T = {
    "pt": [
        "Terceira vez que escrevo sobre o {ref}. Uma colega compra na {comp} e lá resolvem isto no mesmo dia",
        "{ref} ainda aberto. Já fui ver quanto custa na {comp}",
    ],
    "it": [
        "Terza volta che scrivo per la {ref}. Una collega compra da {comp} e lì risolvono in giornata",
        "{ref} ancora aperta. Ho già guardato i prezzi di {comp}",
    ],
    "de": [
        "Zum dritten Mal wegen {ref}. Bei {comp} klärt man das am selben Tag, sagt meine Kollegin"
    ],
    "en": ["Third time about {ref}. A colleague buys from {comp} and they sort this the same day"],
    "es": ["Tercera vez por {ref}. Una compañera compra en {comp} y allí lo resuelven en el día"],
    "fr": [
        "Troisième fois pour {ref}. Une collègue achète chez {comp}, ils règlent ça le jour même"
    ],
}
FOURTH_CONTACT: T = {
    "pt": ["QUARTA vez: {ref} continua aberto. Isto é ridículo"],
    "it": ["QUARTA volta: {ref} è ancora aperta. È ridicolo"],
    "de": ["Zum VIERTEN Mal: {ref} ist immer noch offen"],
    "en": ["FOURTH time: {ref} is still open. Ridiculous"],
    "es": ["CUARTA vez: {ref} sigue abierta. Es ridículo"],
    "fr": ["QUATRIÈME fois : {ref} est toujours ouverte"],
}
CALL_STILL: T = {
    "pt": ["olá é sobre o pedido {ref} continua por resolver {p}"],
    "it": ["buongiorno è per la segnalazione {ref} è ancora aperta {p}"],
    "de": ["hallo es geht um {ref} das ist immer noch offen {p}"],
    "en": ["hi it's about case {ref} it's still open {p}"],
    "es": ["hola es por la incidencia {ref} sigue abierta {p}"],
    "fr": ["bonjour c'est pour la demande {ref} toujours ouverte {p}"],
}

# six steps of a slide; the last names {comp}
SLIDE: T = {
    "pt": [
        "A encomenda chegou um dia mais tarde do que o prometido, mas pronto, chegou",
        "Os polos novos já têm borbotos ao fim de duas semanas. Estranho, antes não era assim",
        "Para trocar um tamanho agora pedem fotografias de todas as etiquetas. Complicado",
        "Reembolso de uma devolução a demorar mais de dez dias. Começo a perder a paciência",
        "Cobraram-me 6 € de 'portes de troca' sendo sócia Cresci. Não é isto que pago",
        "A minha cunhada compra na {comp} e encomendei lá o casaco de inverno. Chega",
    ],
    "it": [
        "L'ordine è arrivato un giorno dopo del previsto, va beh, è arrivato",
        "Le polo nuove hanno già i pallini dopo due settimane. Prima non succedeva",
        "Per cambiare una taglia adesso chiedono la foto di ogni etichetta. Che fatica",
        "Il rimborso di un reso ci mette più di dieci giorni. Sto perdendo la pazienza",
        "Mi hanno addebitato 6 € di 'spese di cambio' pur essendo socia Cresci. Non è quello che pago",
        "Mia cognata compra da {comp} e il cappotto invernale l'ho ordinato lì. Basta",
    ],
    "de": [
        "Die Lieferung kam einen Tag später als versprochen, naja",
        "Die neuen Polos haben nach zwei Wochen schon Knötchen",
        "Für einen Größentausch soll ich jetzt jedes Etikett fotografieren",
        "Die Erstattung dauert schon über zehn Tage",
        "6 € Tauschgebühr als Cresci-Mitglied. Dafür zahle ich nicht",
        "Meine Schwägerin kauft bei {comp}, die Winterjacke habe ich dort bestellt",
    ],
    "en": [
        "Order came a day later than promised, but fine",
        "New polos already bobbling after two weeks. Didn't used to",
        "Now they want a photo of every label to swap a size",
        "Refund on a return taking over ten days now",
        "Charged £5 'swap postage' on Cresci. Not what I pay for",
        "My sister-in-law uses {comp}, ordered the winter coat there",
    ],
    "es": [
        "El pedido llegó un día tarde, bueno",
        "Los polos nuevos ya tienen bolitas a las dos semanas",
        "Ahora piden foto de cada etiqueta para cambiar una talla",
        "El reembolso de una devolución tarda ya más de diez días",
        "6 € de 'gastos de cambio' siendo socia Cresci. No pago para esto",
        "Mi cuñada compra en {comp}, el abrigo lo he pedido allí",
    ],
    "fr": [
        "Commande arrivée un jour en retard, bon",
        "Les nouveaux polos boulochent déjà après deux semaines",
        "Il faut maintenant photographier chaque étiquette pour un échange",
        "Le remboursement d'un retour prend plus de dix jours",
        "6 € de 'frais d'échange' en étant abonnée Cresci. Non",
        "Ma belle-sœur achète chez {comp}, j'ai commandé le manteau là-bas",
    ],
}

CANCEL_REQUEST: T = {
    "pt": [
        "Olá, os miúdos passaram para uma escola sem farda, por isso quero cancelar o {plan} e fechar a conta. Obrigada",
        "Boa tarde, mudamo-nos para o estrangeiro e quero cancelar o {plan} e fechar a minha conta",
    ],
    "it": [
        "Buongiorno, i ragazzi sono passati a una scuola senza divisa, vorrei disdire {plan} e chiudere l'account",
        "Salve, ci trasferiamo all'estero: vorrei cancellare {plan} e chiudere il mio account",
    ],
    "de": [
        "Hallo, die Kinder sind jetzt auf einer Schule ohne Uniform. Bitte {plan} kündigen und Konto schließen"
    ],
    "en": [
        "Hi, the kids have moved to a school without uniform, so please cancel {plan} and close my account"
    ],
    "es": [
        "Hola, los niños han cambiado a un colegio sin uniforme, quiero cancelar {plan} y cerrar la cuenta"
    ],
    "fr": [
        "Bonjour, les enfants changent pour une école sans uniforme, je veux résilier {plan} et fermer mon compte"
    ],
}
SORRY_GO: T = {
    "pt": ["Lamentamos vê-la partir. Pode cancelar o {plan} na app ou no site, em Conta > Plano."],
    "it": [
        "Ci dispiace vederla andare via. Può disdire {plan} dall'app o dal sito, in Account > Piano."
    ],
    "de": [
        "Schade, dass Sie gehen. Sie können {plan} in der App oder online unter Konto > Tarif kündigen."
    ],
    "en": ["Sorry to see you go. You can cancel {plan} in the app or online under Account > Plan."],
    "es": ["Sentimos que se vaya. Puede cancelar {plan} en la app o la web, en Cuenta > Plan."],
    "fr": [
        "Désolés de vous voir partir. Vous pouvez résilier {plan} dans l'app ou sur le site, Compte > Formule."
    ],
}

GRUMBLES: T = {
    "pt": [
        "A app faz logout sempre que a abro. Sempre.",
        "Lá vem a mensagem das 7 da manhã a lembrar a troca. Obrigada...",
        "Os tamanhos do guia nunca batem certo com a realidade",
        "Mais uma caixa gigante para duas meias",
    ],
    "it": [
        "L'app mi disconnette ogni volta che la apro",
        "Ecco il solito sms delle 7 del mattino sul cambio taglia",
        "La guida taglie non corrisponde mai",
        "Un altro scatolone enorme per due paia di calze",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus",
        "Wieder die SMS um 7 Uhr morgens",
        "Größentabelle stimmt nie",
    ],
    "en": [
        "App logs me out every single time",
        "Another 7am text about swaps",
        "Size guide is never right",
    ],
    "es": [
        "La app me echa cada vez que la abro",
        "Otra vez el SMS de las 7 de la mañana",
        "La guía de tallas nunca acierta",
    ],
    "fr": [
        "L'app me déconnecte à chaque fois",
        "Encore le SMS de 7 h du matin",
        "Le guide des tailles est toujours faux",
    ],
}

SARCASM: T = {
    "pt": [
        "Entrega 'expresso' às 21h50 na véspera do primeiro dia de aulas. Mesmo a tempo de passar a ferro 👏",
        "Adoro quando a caixa chega com as calças do irmão de outra família 😂",
    ],
    "it": [
        "Consegna 'express' alle 21:50 la sera prima del primo giorno di scuola. Giusto in tempo per stirare 👏",
        "Adoro quando nel pacco trovo i pantaloni di un altro bambino 😂",
    ],
    "de": [
        "'Express'-Lieferung um 21:50 am Abend vor Schulbeginn. Gerade rechtzeitig zum Bügeln 👏"
    ],
    "en": ["'Express' delivery at 9:50pm the night before term. Just in time for ironing 👏"],
    "es": ["Entrega 'exprés' a las 21:50 la víspera del cole. Justo para planchar 👏"],
    "fr": ["Livraison 'express' à 21 h 50 la veille de la rentrée. Pile pour repasser 👏"],
}

MILD_GRUMBLE: T = {
    "pt": [
        "A pesquisa de escolas mostra a escola errada quando escrevo o nome",
        "As notificações chegam em inglês, não em português",
    ],
    "it": [
        "La ricerca scuole mi mostra la scuola sbagliata",
        "Le notifiche arrivano in inglese e non in italiano",
    ],
    "de": ["Die Schulsuche zeigt die falsche Schule an"],
    "en": ["School search keeps showing the wrong school"],
    "es": ["El buscador de colegios muestra el colegio equivocado"],
    "fr": ["La recherche d'école affiche la mauvaise école"],
}
MILD_ANSWER: T = {
    "pt": ["Obrigado pelo aviso, já passámos à equipa técnica."],
    "it": ["Grazie della segnalazione, l'abbiamo girata al team tecnico."],
    "de": ["Danke für den Hinweis, ist an die Technik weitergegeben."],
    "en": ["Thanks for flagging, passed to the tech team."],
    "es": ["Gracias por avisar, lo pasamos al equipo técnico."],
    "fr": ["Merci du signalement, transmis à l'équipe technique."],
}

# --- the spike ---
SPIKE_REPORT: T = {
    "pt": [
        "O pagamento no checkout falha sempre com o erro {code}, tentei três cartões. Não consigo encomendar nada",
        "{brand} o site não aceita nenhum cartão, dá {code}. A loja está em baixo?",
        "erro {code} ao pagar na app e no site, e as aulas começam segunda",
    ],
    "it": [
        "Il pagamento al checkout fallisce sempre con errore {code}, ho provato tre carte",
        "{brand} il sito non accetta nessuna carta, esce {code}. È tutto fermo?",
        "errore {code} pagando sia da app che da sito, e lunedì inizia la scuola",
    ],
    "de": ["Bezahlen geht nicht, immer Fehler {code}, mit drei Karten probiert"],
    "en": ["Checkout keeps failing with error {code}, tried three cards"],
    "es": ["El pago falla siempre con el error {code}, he probado tres tarjetas"],
    "fr": ["Le paiement échoue toujours avec l'erreur {code}, trois cartes essayées"],
}
SPIKE_AGAIN: T = {
    "pt": [
        "Continua {code}, agora também no telemóvel do meu marido",
        "Ainda {code}, mesmo com MB Way",
    ],
    "it": ["Ancora {code}, anche dal telefono di mio marito", "Sempre {code}, anche con PayPal"],
    "de": ["Immer noch {code}, auch auf dem Handy meines Mannes"],
    "en": ["Still {code}, on my husband's phone too"],
    "es": ["Sigue {code}, también en el móvil de mi marido"],
    "fr": ["Toujours {code}, même sur le téléphone de mon mari"],
}
SPIKE_CHAT_ANSWER: T = {
    "pt": [
        "Sim, os pagamentos estão a falhar em todo o site e na app neste momento, a equipa técnica já está a tratar."
    ],
    "it": [
        "Sì, i pagamenti non vanno su tutto il sito e l'app in questo momento, i tecnici ci stanno lavorando."
    ],
    "de": ["Ja, Zahlungen schlagen gerade überall fehl, die Technik arbeitet daran."],
    "en": ["Yes, payments are failing across the site and app right now, our engineers are on it."],
    "es": [
        "Sí, los pagos fallan ahora mismo en toda la web y la app, el equipo técnico ya está en ello."
    ],
    "fr": ["Oui, les paiements échouent partout en ce moment, nos techniciens s'en occupent."],
}
SPIKE_FIXED: T = {
    "pt": [
        "Os pagamentos voltaram a funcionar desde as {time}. Pelo incómodo, os portes desta encomenda são por nossa conta e juntámos {credit} de crédito."
    ],
    "it": [
        "I pagamenti funzionano di nuovo dalle {time}. Per il disagio la spedizione è offerta e le abbiamo aggiunto {credit} di credito."
    ],
    "de": [
        "Zahlungen funktionieren seit {time} wieder. Versand geht auf uns, dazu {credit} Guthaben."
    ],
    "en": [
        "Payments work again since {time}. Shipping on this order is on us, plus {credit} credit."
    ],
    "es": [
        "Los pagos funcionan de nuevo desde las {time}. El envío corre de nuestra cuenta y añadimos {credit} de crédito."
    ],
    "fr": [
        "Les paiements fonctionnent de nouveau depuis {time}. Livraison offerte et {credit} de crédit ajoutés."
    ],
}
LONE_QUESTION: T = {
    "pt": [
        "Ontem à noite o pagamento pediu-me uma confirmação extra no banco, mas passou. Amanhã vai ser igual?"
    ],
    "it": [
        "Ieri sera il pagamento mi ha chiesto una conferma in più dalla banca, ma è andato. Domani sarà uguale?"
    ],
    "de": [
        "Gestern wollte die Bank eine extra Bestätigung, hat dann aber geklappt. Ist das morgen auch so?"
    ],
    "en": [
        "Last night my bank asked for an extra confirmation at checkout but it went through. Same tomorrow?"
    ],
    "es": [
        "Anoche el banco me pidió una confirmación extra al pagar, pero funcionó. ¿Mañana igual?"
    ],
    "fr": [
        "Hier soir la banque a demandé une confirmation en plus, mais c'est passé. Pareil demain ?"
    ],
}
LONE_ANSWER: T = {
    "pt": ["Sim, é a autenticação do seu banco, é normal e vai funcionar."],
    "it": ["Sì, è l'autenticazione della sua banca, è normale e funzionerà."],
    "de": ["Ja, das ist die Freigabe Ihrer Bank, ganz normal."],
    "en": ["Yes, that's your bank's check, quite normal, it'll work."],
    "es": ["Sí, es la verificación de su banco, es normal."],
    "fr": ["Oui, c'est la vérification de votre banque, c'est normal."],
}
CALM_GRUMBLE: T = {
    "pt": ["A página dos tamanhos demora imenso a carregar hoje"],
    "it": ["La pagina delle taglie oggi è lentissima"],
    "de": ["Die Größenseite lädt heute ewig"],
    "en": ["Size page is really slow today"],
    "es": ["La página de tallas va lentísima hoy"],
    "fr": ["La page des tailles est très lente aujourd'hui"],
}

WEEKDAY = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}

# --- the business arm ---
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
B2B_TEXT: dict[str, T] = {
    "invoice": {
        "pt": [
            "as faturas continuam a vir com o nome antigo do agrupamento e sem número de requisição, a contabilidade devolve-as todas",
            "as faturas não trazem o número de requisição e têm o NIF antigo",
        ],
        "it": [
            "le fatture arrivano ancora con la vecchia ragione sociale e senza numero d'ordine, l'amministrazione le respinge",
            "manca il numero d'ordine in tutte le fatture e c'è la partita IVA vecchia",
        ],
        "de": ["die Rechnungen tragen noch den alten Schulträger und keine Bestellnummer"],
        "en": ["invoices still carry the trust's old name and no PO number"],
        "es": ["las facturas siguen con el nombre antiguo y sin número de pedido"],
        "fr": ["les factures portent encore l'ancien nom et aucun numéro de commande"],
    },
    "service_blocked": {
        "pt": [
            "a encomenda dos kits do clube foi bloqueada com 'conta suspensa' apesar de estar tudo pago",
            "não nos deixam encomendar, dizem que a conta está suspensa, mas pagámos tudo",
        ],
        "it": [
            "l'ordine delle divise del club è bloccato con 'account sospeso' anche se è tutto pagato",
            "non possiamo ordinare, risulta account sospeso ma abbiamo pagato tutto",
        ],
        "de": ["unsere Bestellung wird mit 'Konto gesperrt' abgelehnt, obwohl alles bezahlt ist"],
        "en": ["our order is blocked with 'account on hold' though everything is paid"],
        "es": ["el pedido está bloqueado con 'cuenta suspendida' aunque está todo pagado"],
        "fr": ["notre commande est bloquée, 'compte suspendu', alors que tout est payé"],
    },
    "portal": {
        "pt": [
            "o portal da escola não mostra as encomendas abertas, por isso não conseguimos pedir as trocas de tamanho dos alunos",
            "no portal as encomendas em curso desapareceram e não há como pedir trocas",
        ],
        "it": [
            "il portale scuola non mostra gli ordini aperti, quindi non possiamo chiedere i cambi taglia degli alunni",
            "dal portale sono spariti gli ordini in corso e non si possono fare i cambi",
        ],
        "de": ["das Schulportal zeigt keine offenen Bestellungen, Umtausch geht nicht"],
        "en": ["the school portal shows no open orders so we can't request pupils' size swaps"],
        "es": ["el portal del colegio no muestra pedidos abiertos y no podemos pedir cambios"],
        "fr": [
            "le portail école n'affiche aucune commande ouverte, impossible de demander les échanges"
        ],
    },
    "overbilled": {
        "pt": [
            "faturaram o preço de catálogo em vez do preço do contrato anual, mais de 400 € de diferença",
            "cobraram-nos o preço unitário normal e não o do contrato",
        ],
        "it": [
            "ci avete fatturato il prezzo di listino invece di quello del contratto annuale, oltre 400 € di differenza",
            "fatturato prezzo pieno, non quello da contratto",
        ],
        "de": [
            "es wurde der Listenpreis statt des Vertragspreises berechnet, über 400 € Unterschied"
        ],
        "en": ["we've been billed list price, not our contract price, over £350 difference"],
        "es": ["nos han facturado precio de catálogo y no el del contrato, más de 400 €"],
        "fr": ["on nous facture le prix catalogue au lieu du prix contrat, plus de 400 € d'écart"],
    },
}
B2B_FIRST: T = {
    "pt": [
        "Bom dia, escrevo pela {company}: {p}. Agradeço correção urgente.",
        "Olá, {p}. Precisamos disto corrigido esta semana. Cumprimentos",
    ],
    "it": [
        "Buongiorno, scrivo per {company}: {p}. Chiedo una correzione urgente.",
        "Salve, {p}. Serve una soluzione entro questa settimana. Saluti",
    ],
    "de": ["Guten Tag, für {company}: {p}. Bitte dringend korrigieren."],
    "en": ["Hello, writing for {company}: {p}. Please fix urgently."],
    "es": ["Buenos días, escribo por {company}: {p}. Rogamos corrección urgente."],
    "fr": ["Bonjour, pour {company} : {p}. Merci de corriger rapidement."],
}
B2B_LATER: T = {
    "pt": ["Olá, a {who} já vos escreveu na {day} sobre o pedido {ref}: {p}. Continua igual."],
    "it": [
        "Buongiorno, {who} vi ha già scritto {day} per la segnalazione {ref}: {p}. Tutto uguale."
    ],
    "de": ["Hallo, {who} hat Ihnen am {day} wegen {ref} geschrieben: {p}. Unverändert."],
    "en": ["Hi, {who} wrote on {day} about case {ref}: {p}. Still the same."],
    "es": ["Hola, {who} ya os escribió el {day} por {ref}: {p}. Sigue igual."],
    "fr": ["Bonjour, {who} vous a écrit {day} pour {ref} : {p}. Rien n'a changé."],
}
B2B_LAST_MAIL: T = {
    "pt": [
        "Pedido {ref}: nada resolvido e já várias pessoas vos escreveram. As compras já pediram preços à {comp}."
    ],
    "it": [
        "Segnalazione {ref}: nulla di risolto e vi hanno scritto in tanti. L'ufficio acquisti ha già chiesto i prezzi a {comp}."
    ],
    "de": [
        "Vorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "en": [
        "Case {ref}: nothing fixed and several of us have written. Procurement has already asked {comp} for prices."
    ],
    "es": ["{ref}: nada resuelto y ya os han escrito varios. Compras ha pedido precios a {comp}."],
    "fr": [
        "{ref} : rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
}
B2B_LAST_CALL: T = {
    "pt": [
        "bom dia é sobre o pedido {ref} continua tudo por resolver já vos escreveram várias pessoas e a direção diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "it": [
        "buongiorno è per la segnalazione {ref} è ancora tutto fermo vi hanno scritto in tanti e il preside dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "de": [
        "guten Tag es geht um {ref} nichts ist gelöst mehrere Kollegen haben geschrieben und die Leitung sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt"
    ],
    "en": [
        "hi it's about case {ref} nothing's fixed several of us have written and the head says we move supplier if it isn't sorted this week"
    ],
    "es": [
        "hola es por {ref} sigue sin resolver os han escrito varios y la dirección dice que cambiamos de proveedor si no se arregla esta semana"
    ],
    "fr": [
        "bonjour c'est pour {ref} rien n'est réglé plusieurs collègues ont écrit et la direction dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
}
B2B_ACK: T = {
    "pt": [
        "Obrigado pelo contacto. Abrimos o pedido {ref} para a vossa conta e estamos a analisar."
    ],
    "it": [
        "Grazie. Abbiamo aperto la segnalazione {ref} per il vostro account e stiamo verificando."
    ],
    "de": ["Danke. Wir haben {ref} für Ihr Konto eröffnet und prüfen das."],
    "en": ["Thanks. We've opened case {ref} on your account and are looking into it."],
    "es": ["Gracias. Hemos abierto {ref} para su cuenta y lo estamos revisando."],
    "fr": ["Merci. Nous avons ouvert {ref} pour votre compte et vérifions."],
}
B2B_SUGGEST: T = {
    "pt": [
        "Sugestão: seria útil exportar as encomendas por turma para a contabilidade",
        "Seria ótimo ter o tamanho de cada aluno guardado de um ano para o outro no portal",
    ],
    "it": [
        "Suggerimento: sarebbe utile esportare gli ordini per classe",
        "Sarebbe comodo salvare la taglia di ogni alunno da un anno all'altro",
    ],
    "de": ["Vorschlag: Bestellungen nach Klasse exportieren wäre praktisch"],
    "en": ["Suggestion: exporting orders by class would really help"],
    "es": ["Sugerencia: exportar los pedidos por clase sería muy útil"],
    "fr": ["Suggestion : exporter les commandes par classe serait pratique"],
}
B2B_SUGGEST_ACK: T = {
    "pt": ["Obrigado pela sugestão, passámos à equipa do portal."],
    "it": ["Grazie del suggerimento, l'abbiamo girato al team del portale."],
    "de": ["Danke für den Vorschlag, ist beim Portal-Team."],
    "en": ["Thanks for the idea, passed to the portal team."],
    "es": ["Gracias por la idea, la pasamos al equipo del portal."],
    "fr": ["Merci pour l'idée, transmise à l'équipe du portail."],
}
B2B_QUESTION: T = {
    "pt": [
        "Bom dia, conseguem entregar os kits da equipa na escola até sexta?",
        "Podem enviar o orçamento dos polos para a turma nova?",
    ],
    "it": [
        "Buongiorno, riuscite a consegnare le divise della squadra a scuola entro venerdì?",
        "Potete mandarci il preventivo per le polo della classe nuova?",
    ],
    "de": ["Guten Tag, schaffen Sie die Lieferung an die Schule bis Freitag?"],
    "en": ["Morning, can you deliver the team kits to school by Friday?"],
    "es": ["Buenos días, ¿podéis entregar los equipos en el colegio antes del viernes?"],
    "fr": ["Bonjour, pouvez-vous livrer les tenues à l'école d'ici vendredi ?"],
}
B2B_PRAISE: T = {
    "pt": ["Entrega dos kits do clube impecável, tudo etiquetado por atleta. Obrigado {brand}"],
    "it": ["Consegna delle divise del club perfetta, tutto diviso per atleta. Grazie {brand}"],
    "de": ["Lieferung für den Verein perfekt, alles nach Namen sortiert"],
    "en": ["Club kit delivery spot on, all bagged by player name"],
    "es": ["Entrega de equipaciones perfecta, todo separado por jugador"],
    "fr": ["Livraison des tenues du club parfaite, tout trié par joueur"],
}
