"""Consumer and spike wording for heldout121 (Risolva: shoe and leather repair by post).

Every table maps a language to its variants; placeholders are filled with str.format.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("fr", "pt", "en", "de", "es", "it")

PRODUCTS: list[tuple[str, int]] = [
    ("Full resole, leather / Ressemelage complet cuir", 79),
    ("Heel tips, pair / Talons, la paire", 19),
    ("Boot zip replacement / Remplacement fermeture de botte", 45),
    ("Shoe stretching / Elargissement de chaussure", 22),
    ("Handbag strap repair / Reparation anse de sac", 35),
    ("Leather jacket lining / Doublure de blouson cuir", 89),
    ("Clean and recolour / Nettoyage et recoloration", 39),
    ("Trainer sole reglue / Recollage semelle de basket", 25),
    ("Riding boot resole / Ressemelage botte d'equitation", 95),
    ("Vibram half sole / Demi-semelle Vibram", 42),
]

PAGES = [
    "/repairs/resole",
    "/repairs/heels",
    "/repairs/zips",
    "/repairs/bags",
    "/club",
    "/how-it-works",
    "/kiosks",
    "/prices",
    "/my-repairs",
]

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Mes bottines ressemelées par {brand} sont revenues impeccables, le cordonnier a même recousu la languette sans que je demande. Merci !",
        "Envoyé mes mocassins lundi dans la boîte prépayée, retour vendredi. Service top chez {brand} 👌",
        "Franchement bluffée par {brand} : le sac de ma grand-mère a une anse neuve et on ne voit pas la différence.",
        "Les talons de mes escarpins changés en 4 jours, cirés en plus. Je recommande {brand} à tout le monde",
    ],
    "pt": [
        "As minhas botas voltaram da {brand} impecáveis, sola nova e ainda vieram engraxadas. Obrigada!",
        "Mandei os sapatos do meu marido na caixa pré-paga e em 5 dias estavam cá. Muito bom serviço {brand} 👏",
        "Recomendo a {brand}: arranjaram o fecho das botas da minha filha que já ninguém queria arranjar",
        "Serviço impecável, a mala de pele ficou com a alça nova e cosida à mão. Parabéns {brand}",
    ],
    "en": [
        "Sent my old Chelsea boots to {brand} and they came back with proper leather soles. Really chuffed",
        "Great job {brand}, my wife's handbag strap is fixed and you honestly can't tell where it was torn",
    ],
    "de": [
        "Meine Lieblingsstiefel von {brand} neu besohlt zurück, sogar die Nähte nachgezogen. Top!",
        "Schuhe Montag in die Versandbox, Freitag wieder da. {brand} macht das richtig gut",
    ],
    "es": [
        "Mis botines han vuelto de {brand} con suela nueva y limpios. Un servicio genial",
        "Le arreglaron la cremallera de las botas a mi hija en cuatro días. Gracias {brand}!",
    ],
    "it": [
        "Stivali risuolati da {brand} e tornati perfetti in una settimana. Bravissimi",
        "La borsa di mia madre ha di nuovo il manico, cucito a mano. Grazie {brand}!",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "fr": [
        "Troisième paire envoyée chez {brand} cette année et toujours le même soin. Encore bravo",
        "Encore une fois parfait, mes derbies ont retrouvé leur forme. {brand} ne m'a jamais déçue",
    ],
    "pt": [
        "Terceira vez que uso a {brand} e outra vez tudo perfeito",
        "Mais uma vez as botas chegaram antes do prazo. Continuo fã da {brand}",
    ],
    "en": ["Third pair through {brand} this year and still spot on every time"],
    "de": ["Schon wieder top, das dritte Paar dieses Jahr bei {brand}. Immer noch begeistert"],
    "es": ["Tercera vez que mando zapatos a {brand} y otra vez perfecto"],
    "it": ["Terza volta con {brand} e ancora una volta tutto perfetto"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "fr": [
        "Très contente du ressemelage, seul bémol la boîte de retour était un peu écrasée. Sinon rien à dire",
        "Travail nickel sur mes boots, dommage que le suivi dans l'app se mette à jour si tard",
    ],
    "pt": [
        "Muito contente com as solas novas, só a caixa vinha um bocado amachucada. De resto tudo ótimo",
        "Bom trabalho nas botas, pena o kiosque mais perto fechar às 18h",
    ],
    "en": [
        "Lovely work on the heels, only gripe is the tracking updates a day late. Would use again"
    ],
    "de": [
        "Sehr gute Arbeit, nur die Anleitung zum Verpacken gibt es bloß als PDF. Sonst gerne wieder"
    ],
    "es": ["Muy contenta con las suelas, solo que la caja de vuelta llegó algo aplastada"],
    "it": ["Lavoro ottimo, peccato che il chiosco vicino a casa chiuda alle 18"],
}

QUESTION_CHAT: dict[str, list[str]] = {
    "fr": [
        "Bonjour, est-ce que vous pouvez ressemeler des baskets en daim ?",
        "Salut, c'est combien pour changer une fermeture de botte en cuir ?",
        "bonjour, je peux déposer deux paires au même kiosque ou il faut deux commandes ?",
    ],
    "pt": [
        "Olá, conseguem trocar a sola de umas sapatilhas de camurça?",
        "Boa tarde, quanto custa mudar o fecho de uma bota de pele?",
        "Posso pôr dois pares na mesma caixa pré-paga?",
    ],
    "en": [
        "Hi, do you do stretching for wide feet or just resoles?",
        "How long does a full resole take at the moment?",
    ],
    "de": [
        "Hallo, könnt ihr auch Reitstiefel neu besohlen?",
        "Wie lange dauert gerade eine komplette Neubesohlung?",
    ],
    "es": [
        "Hola, ¿arregláis también asas de bolsos de piel?",
        "¿Cuánto tarda ahora un cambio de suela completo?",
    ],
    "it": [
        "Ciao, riparate anche le cerniere degli stivali?",
        "Quanto ci vuole adesso per una risuolatura completa?",
    ],
}

ANSWER_CHAT: dict[str, list[str]] = {
    "fr": [
        "Bonjour ! Oui, c'est possible : choisissez la réparation dans l'app, la boîte prépayée part demain. Bonne journée, {agent}"
    ],
    "pt": [
        "Olá! Sim, é possível: escolha a reparação na app e a caixa pré-paga segue amanhã. Bom dia, {agent}"
    ],
    "en": [
        "Hi! Yes we can: pick the repair in the app and the prepaid box goes out tomorrow. {agent}"
    ],
    "de": [
        "Hallo! Ja, das geht: Reparatur in der App wählen, die Versandbox kommt morgen. Viele Grüße, {agent}"
    ],
    "es": [
        "¡Hola! Sí, se puede: elige la reparación en la app y la caja prepagada sale mañana. Un saludo, {agent}"
    ],
    "it": [
        "Ciao! Sì, si può: scegli la riparazione nell'app e la scatola prepagata parte domani. {agent}"
    ],
}

THANKS: dict[str, list[str]] = {
    "fr": ["Merci beaucoup !", "super merci", "Parfait, merci 🙂"],
    "pt": ["Obrigada!", "ok obrigado", "Perfeito, obrigada 🙂"],
    "en": ["Brilliant, thanks!", "cheers"],
    "de": ["Danke!", "Super, danke"],
    "es": ["¡Gracias!", "genial gracias"],
    "it": ["Grazie mille!", "perfetto grazie"],
}

PHONE_QUESTION: dict[str, list[str]] = {
    "fr": [
        "oui bonjour je voulais savoir si vous réparez aussi les sacs en toile avec des parties en cuir parce que j'en ai un de ma mère"
    ],
    "pt": [
        "olá boa tarde queria saber se arranjam também malas de lona com partes em pele é que tenho uma da minha mãe"
    ],
    "en": [
        "hi there just wondering if you can fix the lining of a leather jacket it's my dad's old one"
    ],
    "de": [
        "ja hallo ich wollte fragen ob Sie auch das Futter einer Lederjacke machen das ist die alte von meinem Vater"
    ],
    "es": [
        "hola buenas quería saber si arregláis el forro de una chaqueta de cuero es la de mi padre"
    ],
    "it": [
        "buongiorno volevo sapere se riparate anche la fodera di una giacca di pelle è quella di mio padre"
    ],
}

PHONE_FOLLOWUP: dict[str, list[str]] = {
    "fr": [
        "Suite à votre appel : oui, nous le faisons. Le devis se fait dans l'app avec deux photos. Bien à vous, {agent}"
    ],
    "pt": [
        "Na sequência da sua chamada: sim, fazemos. O orçamento é feito na app com duas fotos. Cumprimentos, {agent}"
    ],
    "en": [
        "Following your call: yes, we do that. You get a quote in the app from two photos. Kind regards, {agent}"
    ],
    "de": [
        "Zu Ihrem Anruf: Ja, das machen wir. Das Angebot bekommen Sie in der App mit zwei Fotos. Viele Grüße, {agent}"
    ],
    "es": [
        "Sobre tu llamada: sí, lo hacemos. El presupuesto sale en la app con dos fotos. Saludos, {agent}"
    ],
    "it": [
        "In seguito alla sua chiamata: sì, lo facciamo. Il preventivo arriva nell'app con due foto. Cordiali saluti, {agent}"
    ],
}

EMAIL_QUESTION: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Question ressemelage",
            "Bonjour, mes chaussures ont une semelle cousue Goodyear, est-ce que vous gardez la trépointe ? Merci",
        )
    ],
    "pt": [
        (
            "Pergunta sola",
            "Boa tarde, as minhas botas têm sola cosida Goodyear, mantêm a vira original? Obrigada",
        )
    ],
    "en": [
        (
            "Resole question",
            "Hello, my brogues are Goodyear welted, do you keep the original welt? Thanks",
        )
    ],
    "de": [
        (
            "Frage Besohlung",
            "Guten Tag, meine Schuhe sind rahmengenäht, bleibt der Rahmen erhalten? Danke",
        )
    ],
    "es": [
        (
            "Pregunta suela",
            "Hola, mis zapatos son cosido Goodyear, ¿mantenéis el cerco original? Gracias",
        )
    ],
    "it": [
        (
            "Domanda risuolatura",
            "Buongiorno, le mie scarpe sono Goodyear, mantenete il guardolo originale? Grazie",
        )
    ],
}

EMAIL_ANSWER: dict[str, list[str]] = {
    "fr": [
        "Bonjour, oui, nous gardons la trépointe d'origine si elle est saine. Belle journée, {agent}"
    ],
    "pt": ["Olá, sim, mantemos a vira original se estiver em bom estado. Bom dia, {agent}"],
    "en": ["Hello, yes, we keep the original welt when it's sound. Best, {agent}"],
    "de": ["Guten Tag, ja, der Rahmen bleibt, wenn er in Ordnung ist. Viele Grüße, {agent}"],
    "es": ["Hola, sí, mantenemos el cerco si está en buen estado. Un saludo, {agent}"],
    "it": ["Buongiorno, sì, manteniamo il guardolo se è in buono stato. Saluti, {agent}"],
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Ressemelage soigné, délai tenu. Je renverrai mes bottes.",
        "Très bon travail sur un sac ancien",
    ],
    "pt": [
        "Trabalho cuidado e prazo cumprido. Vou voltar a usar.",
        "Muito bom arranjo numa mala antiga",
    ],
    "en": ["Neat resole, on time. Will use again."],
    "de": ["Saubere Arbeit, pünktlich zurück."],
    "es": ["Trabajo cuidado y a tiempo."],
    "it": ["Lavoro curato e puntuale."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["Parfait", "Rapide et soigné", "👍", ""],
    "pt": ["Excelente", "Rápido e bem feito", "👍", ""],
    "en": ["Great", "Quick and tidy", ""],
    "de": ["Sehr gut", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, garde de nuit aux urgences, et je viens de commander le ressemelage de mes sabots chez {brand}. Vive les apps",
        "Insomnie, j'ai ciré toutes les chaussures revenues de chez {brand}. Elles brillent",
    ],
    "pt": [
        "Turno da noite na bomba de gasolina e já marquei a recolha das botas na {brand} para segunda",
        "Sem sono, a ver vídeos de sapateiros. Amanhã mando as botas à {brand}",
    ],
    "en": ["Night shift at the depot and just booked my work boots in with {brand}. Sorted"],
    "de": ["Nachtschicht und gerade die Wanderschuhe bei {brand} angemeldet. Läuft"],
    "es": ["Turno de noche y acabo de pedir la recogida de mis botas en {brand}"],
    "it": ["Turno di notte, ho appena prenotato la risuolatura su {brand}"],
}

NIGHT_QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonsoir, je peux laisser la boîte prépayée chez le gardien si je travaille demain matin ?"
    ],
    "pt": [
        "Boa noite, posso deixar a caixa pré-paga com o porteiro se amanhã estiver a trabalhar?"
    ],
    "en": ["Evening, can I leave the prepaid box with a neighbour if I'm out tomorrow?"],
    "de": ["Guten Abend, kann ich die Versandbox beim Nachbarn lassen, wenn ich morgen arbeite?"],
    "es": ["Buenas noches, ¿puedo dejar la caja prepagada al portero si mañana trabajo?"],
    "it": ["Buonasera, posso lasciare la scatola prepagata al portiere se domani lavoro?"],
}

NIGHT_ANSWER: dict[str, list[str]] = {
    "fr": ["Bonsoir ! Oui, indiquez-le dans la note de collecte de l'app. {agent}"],
    "pt": ["Boa noite! Sim, indique-o na nota de recolha da app. {agent}"],
    "en": ["Evening! Yes, just add it in the collection note in the app. {agent}"],
    "de": ["Guten Abend! Ja, einfach in der Abholnotiz in der App eintragen. {agent}"],
    "es": ["¡Buenas noches! Sí, indícalo en la nota de recogida de la app. {agent}"],
    "it": ["Buonasera! Sì, indicalo nella nota di ritiro nell'app. {agent}"],
}

# The six consumer problems, as a customer names them in a sentence.
PROBLEM: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "mes chaussures sont marquées livrées depuis mardi et je n'ai RIEN reçu",
        "pt": "as botas aparecem como ENTREGUES desde terça e não recebi nada",
        "en": "my boots show as DELIVERED since Tuesday and nothing ever came",
        "de": "meine Schuhe stehen seit Dienstag als GELIEFERT drin und nichts ist gekommen",
        "es": "mis zapatos salen como ENTREGADOS desde el martes y no ha llegado nada",
        "it": "le mie scarpe risultano CONSEGNATE da martedì e non è arrivato niente",
    },
    "double_charge": {
        "fr": "vous m'avez débité DEUX fois {amt} pour le même ressemelage",
        "pt": "cobraram-me DUAS vezes {amt} pela mesma reparação",
        "en": "you've charged me TWICE, {amt} each, for the same resole",
        "de": "Sie haben mir ZWEIMAL {amt} für dieselbe Reparatur abgebucht",
        "es": "me habéis cobrado DOS veces {amt} por la misma reparación",
        "it": "mi avete addebitato DUE volte {amt} per la stessa riparazione",
    },
    "damage": {
        "fr": "les bottes sont revenues avec la semelle collée de travers et une rayure sur le cuir",
        "pt": "as botas voltaram com a sola colada torta e um risco na pele",
        "en": "the boots came back with the sole glued on crooked and a gouge in the leather",
        "de": "die Stiefel kamen mit schief geklebter Sohle und einem Kratzer im Leder zurück",
        "es": "las botas han vuelto con la suela pegada torcida y un arañazo en la piel",
        "it": "gli stivali sono tornati con la suola incollata storta e un graffio sulla pelle",
    },
    "refund": {
        "fr": "ma paire a été déclarée irréparable il y a TROIS semaines et je n'ai toujours pas été remboursée de {amt}",
        "pt": "disseram que o par não tinha arranjo há TRÊS semanas e ainda não me devolveram os {amt}",
        "en": "my pair was declared beyond repair THREE weeks ago and the {amt} still hasn't been refunded",
        "de": "mein Paar wurde vor DREI Wochen als nicht reparierbar eingestuft und die {amt} sind immer noch nicht zurück",
        "es": "hace TRES semanas dijeron que mi par no tenía arreglo y aún no me han devuelto los {amt}",
        "it": "TRE settimane fa il mio paio è stato dichiarato irreparabile e i {amt} non sono ancora rimborsati",
    },
    "wrong_price": {
        "fr": "je suis membre du Club et on m'a facturé le prix non-membre, {amt} au lieu du tarif Club",
        "pt": "sou sócia do Club e cobraram-me o preço de não-sócio, {amt}",
        "en": "I'm a Club member and got charged the non-member price, {amt}",
        "de": "ich bin Club-Mitglied und habe den Nichtmitgliederpreis bezahlt, {amt}",
        "es": "soy socia del Club y me han cobrado el precio de no socio, {amt}",
        "it": "sono socia del Club e mi avete fatto pagare il prezzo da non socio, {amt}",
    },
    "cancel_fee": {
        "fr": "j'ai annulé avant même la collecte et vous me prenez {amt} de frais d'annulation",
        "pt": "cancelei antes da recolha e mesmo assim cobraram {amt} de taxa de cancelamento",
        "en": "I cancelled before the courier even came and you've taken a {amt} cancellation fee",
        "de": "ich habe vor der Abholung storniert und trotzdem {amt} Stornogebühr bezahlt",
        "es": "cancelé antes de la recogida y me habéis cobrado {amt} de gastos de cancelación",
        "it": "ho annullato prima del ritiro e mi avete preso {amt} di penale",
    },
}

PROBLEM_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "chaussures jamais livrées",
        "pt": "botas nunca entregues",
        "en": "boots never delivered",
        "de": "Schuhe nie geliefert",
        "es": "zapatos nunca entregados",
        "it": "scarpe mai consegnate",
    },
    "double_charge": {
        "fr": "double débit",
        "pt": "cobrança duplicada",
        "en": "charged twice",
        "de": "doppelte Abbuchung",
        "es": "cobro doble",
        "it": "doppio addebito",
    },
    "damage": {
        "fr": "bottes abîmées",
        "pt": "botas danificadas",
        "en": "damaged boots",
        "de": "beschädigte Stiefel",
        "es": "botas dañadas",
        "it": "stivali danneggiati",
    },
    "refund": {
        "fr": "remboursement",
        "pt": "reembolso",
        "en": "refund",
        "de": "Erstattung",
        "es": "reembolso",
        "it": "rimborso",
    },
    "wrong_price": {
        "fr": "tarif Club",
        "pt": "preço Club",
        "en": "Club price",
        "de": "Club-Preis",
        "es": "precio Club",
        "it": "prezzo Club",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "pt": "taxa de cancelamento",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "es": "gastos de cancelación",
        "it": "penale di annullamento",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
}

SHORT_EMAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour, {problem}. C'est inadmissible, je veux une solution aujourd'hui.",
        "{problem} !!! Personne ne répond dans l'app. J'attends votre retour.",
    ],
    "pt": [
        "Bom dia, {problem}. Isto é inaceitável, quero uma solução hoje.",
        "{problem}!!! Ninguém responde na app. Aguardo resposta.",
    ],
    "en": ["Hello, {problem}. This isn't acceptable, I want it sorted today."],
    "de": ["Guten Tag, {problem}. Das ist nicht in Ordnung, ich erwarte heute eine Lösung."],
    "es": ["Hola, {problem}. Esto no es normal, quiero una solución hoy."],
    "it": ["Buongiorno, {problem}. Non è accettabile, voglio una soluzione oggi."],
}

CHAT_COMPLAINT: dict[str, list[str]] = {
    "fr": ["{problem}, c'est quoi ce délire ?", "bonjour {problem} et ça m'énerve vraiment"],
    "pt": ["{problem}, o que se passa??", "olá {problem} e estou mesmo chateada"],
    "en": ["{problem}, what is going on??"],
    "de": ["{problem}, was soll das??"],
    "es": ["{problem}, ¿qué pasa??"],
    "it": ["{problem}, ma che succede??"],
}

SOCIAL_COMPLAINT: dict[str, list[str]] = {
    "fr": ["Merci {brand} 😡 {problem}. Et aucune réponse.", "{problem}. Bravo {brand}, vraiment."],
    "pt": [
        "Obrigadinha {brand} 😡 {problem}. E ninguém responde.",
        "{problem}. Parabéns {brand}, a sério.",
    ],
    "en": ["Cheers {brand} 😡 {problem}. No reply either."],
    "de": ["Danke {brand} 😡 {problem}. Keine Antwort."],
    "es": ["Gracias {brand} 😡 {problem}. Y sin respuesta."],
    "it": ["Grazie {brand} 😡 {problem}. E nessuna risposta."],
}

FORM_COMPLAINT: dict[str, list[str]] = {
    "fr": ["Réclamation : {problem}. Merci de traiter rapidement."],
    "pt": ["Reclamação: {problem}. Peço resolução rápida."],
    "en": ["Complaint: {problem}. Please deal with this quickly."],
    "de": ["Beschwerde: {problem}. Bitte schnell klären."],
    "es": ["Reclamación: {problem}. Por favor, resolvedlo rápido."],
    "it": ["Reclamo: {problem}. Vi prego di risolvere in fretta."],
}

PHONE_COMPLAINT: dict[str, list[str]] = {
    "fr": [
        "oui bonjour alors voilà {problem} et franchement j'en ai marre je veux que quelqu'un s'en occupe aujourd'hui"
    ],
    "pt": [
        "sim bom dia olhe {problem} e francamente estou farta quero que alguém trate disto hoje"
    ],
    "en": ["yeah hi so {problem} and honestly I'm fed up I want someone to sort it today"],
    "de": [
        "ja guten Tag also {problem} und ehrlich gesagt reicht es mir ich will dass sich heute jemand kümmert"
    ],
    "es": ["sí hola mire {problem} y sinceramente estoy harta quiero que alguien lo mire hoy"],
    "it": [
        "sì buongiorno allora {problem} e sinceramente sono stufa voglio che qualcuno se ne occupi oggi"
    ],
}

LONG_EMAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le parking de l'hôpital où ma mère est en rééducation, entre deux visites, donc pardonnez le ton. Je suis cliente depuis trois ans, j'ai envoyé chez vous les chaussures de toute la famille et je n'ai jamais eu à me plaindre. Mais là, {problem}. J'ai essayé l'app, le chat, rien. Je n'ai ni le temps ni l'énergie de courir après vous en ce moment.\n\nJe vous demande de régler cela sans que j'aie à relancer.\n\nCordialement",
        "Madame, Monsieur,\n\nEntre le déménagement de mon père et les devoirs des enfants, j'avais confié à {brand} les chaussures de cérémonie pour le mariage de ma sœur samedi. Or {problem}. Je vous laisse imaginer.\n\nJe compte sur une réponse écrite rapide.\n\nBien à vous",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo do café em frente à escola de condução do meu filho, à espera que ele saia, por isso desculpem algum erro. Sou cliente há anos, mando-vos os sapatos da família toda e nunca me queixei. Mas agora {problem}. Tentei a app, o chat, nada. Não tenho cabeça para andar atrás de vocês, estou a tratar das obras da casa da minha avó.\n\nPeço que resolvam sem eu ter de voltar a escrever.\n\nCumprimentos",
        "Exmos. Senhores,\n\nEntre o trabalho e as consultas da minha mãe, tinha confiado à {brand} os sapatos para o batizado do meu sobrinho no domingo. Acontece que {problem}. Imaginem.\n\nAguardo resposta por escrito com urgência.\n\nCom os melhores cumprimentos",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer der Tierärztin, während unser Hund operiert wird, entschuldigen Sie also die Kürze der Geduld. Ich bin seit Jahren Kundin und war immer sehr froh mit Ihnen. Aber jetzt: {problem}. App, Chat, nichts hilft. Ich habe gerade weder Zeit noch Nerven dafür.\n\nBitte klären Sie das, ohne dass ich nachhaken muss.\n\nMit freundlichen Grüßen",
    ],
}

AGENT_CASE_OPENED: dict[str, list[str]] = {
    "fr": [
        "Bonjour, nous sommes désolés. Votre dossier {case} est ouvert, nous revenons vers vous très vite. {agent}"
    ],
    "pt": [
        "Olá, lamentamos muito. O seu processo {case} está aberto, voltamos a contactar muito em breve. {agent}"
    ],
    "en": [
        "Hello, we're very sorry. Your case {case} is open and we'll be back to you shortly. {agent}"
    ],
    "de": [
        "Guten Tag, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns schnell. {agent}"
    ],
    "es": [
        "Hola, lo sentimos mucho. Tu incidencia {case} está abierta, te respondemos muy pronto. {agent}"
    ],
    "it": [
        "Buongiorno, ci dispiace molto. La sua pratica {case} è aperta, la ricontattiamo a breve. {agent}"
    ],
}

CASE_SUBJECT: dict[str, str] = {
    "fr": "RE : Dossier {case}",
    "pt": "RE: Processo {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "it": "R: Pratica {case}",
}

AGENT_CHAT_CASE: dict[str, list[str]] = {
    "fr": [
        "Je suis vraiment désolée. J'ouvre le dossier {case} et je le transmets tout de suite. {agent}"
    ],
    "pt": ["Lamento imenso. Abri o processo {case} e passei já à equipa. {agent}"],
    "en": [
        "Really sorry about this. I've opened case {case} and passed it on straight away. {agent}"
    ],
    "de": [
        "Das tut mir sehr leid. Ich habe den Vorgang {case} eröffnet und sofort weitergegeben. {agent}"
    ],
    "es": ["Lo siento mucho. He abierto la incidencia {case} y la paso ya al equipo. {agent}"],
    "it": ["Mi dispiace davvero. Ho aperto la pratica {case} e l'ho già passata al team. {agent}"],
}

AGENT_GOOD_NEWS: dict[str, list[str]] = {
    "fr": [
        "Bonne nouvelle concernant le dossier {case} : c'est réglé de notre côté. Pourriez-vous nous confirmer que tout est bon ? {agent}"
    ],
    "pt": [
        "Boas notícias sobre o processo {case}: está resolvido do nosso lado. Pode confirmar-nos que está tudo bem? {agent}"
    ],
    "en": [
        "Good news on case {case}: it's sorted on our side. Could you confirm all is well? {agent}"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {case}: Es ist bei uns erledigt. Können Sie bestätigen, dass alles passt? {agent}"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos confirmas que todo está bien? {agent}"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: è risolta. Può confermarci che è tutto a posto? {agent}"
    ],
}

AGENT_QUALITY_LEAD: dict[str, list[str]] = {
    "fr": [
        "Votre dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "pt": [
        "O seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}"
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}"
    ],
    "es": [
        "Tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
    "it": [
        "La sua pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
    ],
}

AGENT_URGENT: dict[str, list[str]] = {
    "fr": ["C'est ajouté au dossier {case} et marqué urgent. Toutes nos excuses. {agent}"],
    "pt": ["Acrescentei ao processo {case} e marquei como urgente. As nossas desculpas. {agent}"],
    "en": ["Added to case {case} and marked urgent. Our apologies. {agent}"],
    "de": ["Zum Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigung. {agent}"],
    "es": ["Añadido a la incidencia {case} y marcado urgente. Disculpa. {agent}"],
    "it": ["Aggiunto alla pratica {case} e segnato urgente. Ci scusi. {agent}"],
}

STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : toujours rien. {problem}. Je relance.",
        "re dossier {case}, toujours pas réglé, {problem}",
    ],
    "pt": [
        "Processo {case}: ainda nada. {problem}. Volto a insistir.",
        "sobre o processo {case}, continua por resolver, {problem}",
    ],
    "en": ["Case {case}: still nothing. {problem}. Chasing again."],
    "de": ["Vorgang {case}: immer noch nichts. {problem}. Ich hake nach."],
    "es": ["Incidencia {case}: sigue sin resolver. {problem}. Vuelvo a escribir."],
    "it": ["Pratica {case}: ancora niente. {problem}. Sollecito."],
}

THIRD_CONTACT: dict[str, list[str]] = {
    "fr": [
        "Troisième fois que j'écris pour le dossier {case}. Une collègue passe par {comp} et chez eux c'est réglé le jour même.",
        "Dossier {case}, troisième relance. J'ai regardé les prix de {comp}, je réfléchis.",
    ],
    "pt": [
        "Terceira vez que escrevo sobre o processo {case}. Uma colega usa a {comp} e lá resolvem no próprio dia.",
        "Processo {case}, terceira vez. Já fui ver os preços da {comp}.",
    ],
    "en": [
        "Third time writing about case {case}. A colleague uses {comp} and they sort this the same day."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case}. Eine Kollegin nimmt {comp}, die klären so etwas am selben Tag."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {case}. Una compañera usa {comp} y allí lo arreglan el mismo día."
    ],
    "it": [
        "Terza volta che scrivo per la pratica {case}. Una collega usa {comp} e lì risolvono in giornata."
    ],
}

FOURTH_CONTACT: dict[str, list[str]] = {
    "fr": ["QUATRIÈME fois. Dossier {case}. {problem}. Ça suffit maintenant."],
    "pt": ["QUARTA vez. Processo {case}. {problem}. Já chega."],
    "en": ["FOURTH time. Case {case}. {problem}. Enough now."],
    "de": ["Zum VIERTEN Mal. Vorgang {case}. {problem}. JETZT REICHTS."],
    "es": ["CUARTA vez. Incidencia {case}. {problem}. YA ESTÁ BIEN."],
    "it": ["QUARTA volta. Pratica {case}. {problem}. Adesso basta."],
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "C'est bon pour le dossier {case}, tout est en ordre. Merci !",
        "confirmé pour {case}, merci beaucoup",
    ],
    "pt": [
        "Confirmo, o processo {case} está resolvido. Obrigada!",
        "tudo ok com o {case}, obrigado",
    ],
    "en": ["Confirmed, case {case} is all sorted. Thanks!"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "es": ["Confirmado, la incidencia {case} está resuelta. ¡Gracias!"],
    "it": ["Confermo, la pratica {case} è risolta. Grazie!"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "pt": [
        "Desculpem a mensagem de ontem, estava mesmo nervosa. Obrigada por resolverem tão depressa."
    ],
    "en": [
        "Sorry for yesterday's message, I was at the end of my rope. Thanks for sorting it so fast."
    ],
    "de": ["Entschuldigung für gestern, ich war völlig durch. Danke, dass es so schnell ging."],
    "es": ["Perdón por el mensaje de ayer, estaba desbordada. Gracias por resolverlo tan rápido."],
    "it": [
        "Scusate per il messaggio di ieri, ero esausta. Grazie per aver risolto così in fretta."
    ],
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Collecte prévue mardi matin, le coursier est passé à 19h sans prévenir. Bof {brand}",
        "Talons revenus bien, mais les lacets d'origine ont disparu. Dommage",
        "Maintenant il faut photographier chaque chaussure avant l'envoi sinon pas de garantie ? Sérieusement",
        "Deux semaines pour un simple recollage, avant c'était quatre jours. {brand} n'est plus ce que c'était",
        "ET MAINTENANT 9 € de « frais de nettoyage » pour des bottes que j'avais cirées moi-même, photos à l'appui. Inadmissible",
        "Mon beau-frère passe par {comp}, j'ai envoyé mes boots chez eux cette semaine.",
    ],
    "pt": [
        "A recolha era terça de manhã, o estafeta veio às 19h sem avisar. Enfim {brand}",
        "Os saltos vieram bem, mas os atacadores originais desapareceram. Pena",
        "Agora é preciso fotografar cada sapato antes de enviar senão não há garantia? A sério",
        "Duas semanas para colar uma sola, antes eram quatro dias. A {brand} já não é o que era",
        "E AGORA 9 € de «taxa de limpeza» por umas botas que eu própria engraxei, com fotos. Inaceitável",
        "O meu cunhado usa a {comp}, esta semana mandei as botas para lá.",
    ],
    "en": [
        "Collection was booked for Tuesday morning, courier turned up at 7pm with no warning. Meh {brand}",
        "Heels fine but the original laces have gone missing. Shame",
        "Now I have to photograph every shoe before sending or no guarantee? Seriously",
        "Two weeks for a sole reglue, it used to be four days. {brand} isn't what it was",
        "AND NOW a £8 'cleaning fee' for boots I'd polished myself, photos and all. Outrageous",
        "My brother-in-law uses {comp}, sent my boots there this week.",
    ],
    "de": [
        "Abholung war für Dienstagmorgen gebucht, der Kurier kam um 19 Uhr ohne Ankündigung. Naja {brand}",
        "Absätze gut, aber die Originalschnürsenkel sind weg. Schade",
        "Jetzt muss man jeden Schuh vor dem Versand fotografieren, sonst keine Garantie? Ernsthaft",
        "Zwei Wochen fürs Kleben einer Sohle, früher waren es vier Tage. {brand} ist nicht mehr, was es war",
        "UND JETZT 9 € „Reinigungsgebühr“ für Stiefel, die ich selbst geputzt hatte, mit Fotos. Unverschämt",
        "Mein Schwager nimmt {comp}, meine Stiefel sind diese Woche dort hin.",
    ],
    "es": [
        "La recogida era el martes por la mañana, el mensajero vino a las 19h sin avisar. En fin {brand}",
        "Los tacones bien, pero los cordones originales han desaparecido. Qué pena",
        "¿Ahora hay que fotografiar cada zapato antes de enviarlo o no hay garantía? En serio",
        "Dos semanas para pegar una suela, antes eran cuatro días. {brand} ya no es lo que era",
        "Y AHORA 9 € de «gastos de limpieza» por unas botas que limpié yo, con fotos. Inaceptable",
        "Mi cuñado usa {comp}, esta semana les he mandado mis botas.",
    ],
    "it": [
        "Il ritiro era martedì mattina, il corriere è passato alle 19 senza avvisare. Mah {brand}",
        "Tacchi a posto, ma i lacci originali sono spariti. Peccato",
        "Adesso bisogna fotografare ogni scarpa prima di spedirla, altrimenti niente garanzia? Davvero",
        "Due settimane per incollare una suola, prima erano quattro giorni. {brand} non è più quella di prima",
        "E ADESSO 9 € di «spese di pulizia» per stivali che avevo lucidato io, con le foto. Vergognoso",
        "Mio cognato usa {comp}, questa settimana ho mandato gli stivali da loro.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Club",
            "Bonjour, je pars vivre à l'étranger pour le travail et je n'aurai plus l'usage du service. Merci de résilier mon abonnement Club et de fermer mon compte. Merci pour ces années.",
        )
    ],
    "pt": [
        (
            "Cancelar Club",
            "Olá, mudo-me para o estrangeiro por trabalho e já não vou usar o serviço. Peço que cancelem a minha assinatura Club e fechem a conta. Obrigada por estes anos.",
        )
    ],
    "en": [
        (
            "Cancel Club",
            "Hi, I now only wear trainers I replace rather than repair, so please cancel my Club membership and close my account. Thanks for everything.",
        )
    ],
    "de": [
        (
            "Kündigung Club",
            "Hallo, ich habe einen Schuster bei mir um die Ecke gefunden. Bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie mein Konto.",
        )
    ],
    "es": [
        (
            "Baja Club",
            "Hola, me mudo fuera por trabajo y ya no usaré el servicio. Por favor, dad de baja mi Club y cerrad mi cuenta.",
        )
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno, mi trasferisco all'estero per lavoro. Vi prego di disdire il mio Club e chiudere il mio account.",
        )
    ],
}

AGENT_SORRY_GO: dict[str, list[str]] = {
    "fr": [
        "Nous sommes tristes de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site, rubrique Club. {agent}"
    ],
    "pt": ["Temos pena de a ver partir. Pode cancelar na app ou no site, secção Club. {agent}"],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website, under Club. {agent}"
    ],
    "de": [
        "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Club kündigen. {agent}"
    ],
    "es": [
        "Sentimos que te vayas. Puedes darte de baja en la app o en la web, sección Club. {agent}"
    ],
    "it": ["Ci dispiace vederla andare. Può disdire nell'app o sul sito, sezione Club. {agent}"],
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'app me déconnecte à chaque fois que je veux suivre une réparation. Pénible",
        "Le SMS « votre boîte arrive » à 6h du matin, vraiment ?",
        "Le kiosque de la gare est encore fermé à midi.",
        "Les boîtes prépayées sont trop petites pour des bottes hautes, faut tout plier",
    ],
    "pt": [
        "A app faz logout sempre que quero ver o estado da reparação. Chato",
        "SMS «a sua caixa vem a caminho» às 6h da manhã, a sério?",
        "O quiosque da estação outra vez fechado à hora de almoço.",
        "As caixas pré-pagas são pequenas demais para botas altas",
    ],
    "en": [
        "The app logs me out every time I check a repair. Annoying",
        "Station kiosk shut at lunchtime again.",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab, wenn ich eine Reparatur verfolgen will. Nervig",
        "Der Kiosk am Bahnhof mittags schon wieder zu.",
    ],
    "es": [
        "La app me cierra sesión cada vez que miro una reparación. Un rollo",
        "El quiosco de la estación otra vez cerrado a mediodía.",
    ],
    "it": [
        "L'app mi disconnette ogni volta che controllo una riparazione. Che noia",
        "Il chiosco della stazione di nuovo chiuso a pranzo.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": ["Livraison « express » à 21h, pile pour aller au mariage d'hier 👏 merci {brand}"],
    "pt": ["Entrega «expresso» às 21h, mesmo a tempo do casamento de ontem 👏 obrigada {brand}"],
    "en": ["'Express' return at 9pm, just in time for yesterday's wedding 👏 cheers {brand}"],
    "de": [
        "„Express“-Rücksendung um 21 Uhr, genau rechtzeitig für die Hochzeit gestern 👏 danke {brand}"
    ],
    "es": ["Entrega «exprés» a las 21h, justo a tiempo para la boda de ayer 👏 gracias {brand}"],
    "it": [
        "Consegna «express» alle 21, giusto in tempo per il matrimonio di ieri 😂 grazie {brand}"
    ],
}

MILD: dict[str, list[str]] = {
    "fr": [
        "Petit souci : la carte des kiosques m'affiche Lyon alors que je suis à Lille.",
        "Les notifications arrivent en anglais depuis hier, c'est normal ?",
    ],
    "pt": [
        "Pequeno problema: o mapa dos quiosques mostra Lisboa e eu estou no Porto.",
        "As notificações vêm em inglês desde ontem, é normal?",
    ],
    "en": ["Small thing: the kiosk map shows Leeds and I'm in York."],
    "de": ["Kleinigkeit: Die Kiosk-Karte zeigt Köln, ich bin in Bonn."],
    "es": ["Una cosa: el mapa de quioscos me muestra Sevilla y estoy en Málaga."],
    "it": ["Piccola cosa: la mappa dei chioschi mi mostra Torino e sono a Milano."],
}

MILD_ANSWER: dict[str, list[str]] = {
    "fr": ["Merci de nous l'avoir signalé, c'est transmis à l'équipe de l'app. {agent}"],
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app. {agent}"],
    "en": ["Thanks for flagging it, passed on to the app team. {agent}"],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben. {agent}"],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app. {agent}"],
    "it": ["Grazie della segnalazione, passata al team dell'app. {agent}"],
}

# The planted spike: Saturday morning, accounts put on a false security hold.
SPIKE: dict[str, list[str]] = {
    "fr": [
        "{brand} m'affiche « Compte en suspension de sécurité, erreur {code} » ce matin, impossible de voir mes réparations ou de réserver la collecte !!",
        "Bonjour, depuis ce matin l'app dit que mon compte est bloqué pour sécurité (erreur {code}) et me demande d'aller au kiosque prouver mon identité. Je n'ai rien fait !",
        "compte gelé, code {code}, le livreur de mes bottes me dit qu'il doit garder le colis. c'est quoi ça ??",
    ],
    "pt": [
        "A app da {brand} diz «Conta em retenção de segurança, erro {code}» desde manhã, não vejo as reparações nem marco recolhas!!",
        "Bom dia, desde hoje de manhã a conta está bloqueada por segurança (erro {code}) e pede para ir ao quiosque provar a identidade. Não fiz nada!",
        "conta congelada, código {code}, o estafeta com as minhas botas diz que tem de ficar com a encomenda. o que é isto??",
    ],
    "en": [
        "{brand} app says 'Account on security hold, error {code}' this morning, can't see my repairs or book a collection!!",
        "Morning, my account's been frozen for 'security' (error {code}), courier with my boots says he has to keep them. What?",
    ],
    "de": [
        "{brand} zeigt seit heute früh „Konto mit Sicherheitssperre, Fehler {code}“, keine Reparaturen sichtbar, keine Abholung buchbar!!",
        "Konto gesperrt, Code {code}, der Bote mit meinen Stiefeln sagt, er muss das Paket behalten. Was soll das?",
    ],
    "es": [
        "La app de {brand} dice «Cuenta en bloqueo de seguridad, error {code}» desde esta mañana, no veo mis reparaciones!!",
        "Cuenta congelada, código {code}, el mensajero con mis botas dice que se las tiene que llevar. ¿Qué es esto?",
    ],
    "it": [
        "L'app {brand} dice «Account in blocco di sicurezza, errore {code}» da stamattina, non vedo le riparazioni!!",
        "Account bloccato, codice {code}, il corriere con i miei stivali dice che deve tenersi il pacco. Ma cosa?",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "fr": "Compte bloqué {code}",
    "pt": "Conta bloqueada {code}",
    "en": "Account frozen {code}",
    "de": "Konto gesperrt {code}",
    "es": "Cuenta bloqueada {code}",
    "it": "Account bloccato {code}",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "fr": [
        "Toujours {code}, même sur le téléphone de mon mari, et le livreur est reparti avec mes chaussures.",
        "Je réécris : toujours bloqué, {code}, même après réinstallation.",
    ],
    "pt": [
        "Continua {code}, até no telemóvel do meu marido, e o estafeta foi-se embora com os sapatos.",
        "Volto a escrever: ainda bloqueada, {code}, mesmo depois de reinstalar.",
    ],
    "en": ["Still {code}, on my wife's phone too, and the courier's gone off with my shoes."],
    "de": [
        "Immer noch {code}, auch auf dem Handy meiner Frau, und der Bote ist mit den Schuhen weg."
    ],
    "es": [
        "Sigue {code}, también en el móvil de mi mujer, y el mensajero se ha ido con los zapatos."
    ],
    "it": [
        "Ancora {code}, anche sul telefono di mia moglie, e il corriere se n'è andato con le scarpe."
    ],
}

SPIKE_CHAT_ANSWER: dict[str, list[str]] = {
    "fr": [
        "Oui, des comptes sont bloqués à tort ce matin (erreur {code}), nos équipes y travaillent. Rien à faire de votre côté. {agent}"
    ],
    "pt": [
        "Sim, há contas bloqueadas por engano esta manhã (erro {code}), as equipas estão a tratar. Não precisa de fazer nada. {agent}"
    ],
    "en": [
        "Yes, accounts are being wrongly held this morning (error {code}), our engineers are on it. Nothing to do on your side. {agent}"
    ],
    "de": [
        "Ja, heute früh werden Konten fälschlich gesperrt (Fehler {code}), unsere Technik ist dran. {agent}"
    ],
    "es": [
        "Sí, esta mañana se están bloqueando cuentas por error ({code}), el equipo ya está en ello. {agent}"
    ],
    "it": [
        "Sì, stamattina alcuni account sono bloccati per errore ({code}), i tecnici ci stanno lavorando. {agent}"
    ],
}

SPIKE_FIXED: dict[str, list[str]] = {
    "fr": [
        "Votre compte est de nouveau actif depuis {time} (heure locale). Les livraisons bloquées repartent lundi et la prochaine réparation est offerte, {credit} crédités. Toutes nos excuses. {agent}"
    ],
    "pt": [
        "A sua conta está de novo ativa desde as {time} (hora local). As entregas retidas seguem segunda e a próxima reparação é oferta, {credit} creditados. Pedimos desculpa. {agent}"
    ],
    "en": [
        "Your account is active again since {time} (local time). Held deliveries go out on Monday and your next repair is on us, {credit} credited. Our apologies. {agent}"
    ],
    "de": [
        "Ihr Konto ist seit {time} Uhr (Ortszeit) wieder aktiv. Zurückgehaltene Lieferungen gehen Montag raus, {credit} Gutschrift. Entschuldigung. {agent}"
    ],
    "es": [
        "Tu cuenta vuelve a estar activa desde las {time} (hora local). Los envíos retenidos salen el lunes, {credit} abonados. Disculpa. {agent}"
    ],
    "it": [
        "Il suo account è di nuovo attivo dalle {time} (ora locale). Le consegne trattenute partono lunedì, {credit} accreditati. Ci scusi. {agent}"
    ],
}

LONE_QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, hier soir l'app m'a demandé de confirmer mon mot de passe puis tout a marché normalement. C'est bien vous ?"
    ],
    "pt": [
        "Olá, ontem à noite a app pediu para confirmar a palavra-passe e depois funcionou normalmente. Foram vocês?"
    ],
}

LONE_ANSWER: dict[str, list[str]] = {
    "fr": ["Oui, c'est une vérification de routine tous les 90 jours, tout est normal. {agent}"],
    "pt": ["Sim, é uma verificação de rotina a cada 90 dias, está tudo normal. {agent}"],
}

GRUMBLE_SPIKE_WEEK: dict[str, list[str]] = {
    "fr": ["La carte des kiosques met une éternité à charger ce matin."],
    "pt": ["O mapa dos quiosques está lentíssimo hoje."],
}

AGENTS: dict[str, list[str]] = {
    "fr": ["Camille", "Julien", "Inès"],
    "pt": ["Rita", "Tiago", "Joana"],
    "en": ["Sophie", "Tom"],
    "de": ["Jana", "Lukas"],
    "es": ["Nuria", "Pablo"],
    "it": ["Chiara", "Marco"],
}
