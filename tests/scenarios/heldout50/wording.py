# ruff: noqa: E501
"""Hand-written wording for heldout50's consumers and spike (Vinolta, wine club by app and web).

Placeholders: {case} case reference, {comp} a competitor, {wine} a wine, {amount} money,
{time} a local time, {credit} a credit. Spanish and German carry the most variants.
"""

from __future__ import annotations

BRAND = "Vinolta"
CLUB = "Vinolta Club"
COMPETITORS = ("Bodegix", "Kellerwerk")
SPIKE_CODE = "AGV-736"

WINES = (
    ("Rioja Crianza 2021, caja de 6", "38.40"),
    ("Albariño Rías Baixas 2024, 3 botellas", "41.70"),
    ("Riesling Kabinett Mosel 2023, 6er", "52.80"),
    ("Douro tinto 2022, caja de 6", "44.10"),
    ("Chianti Classico 2021, 3 bottiglie", "47.25"),
    ("Crémant de Loire brut, 6 bouteilles", "59.90"),
    ("Grüner Veltliner 2024, 6er", "49.20"),
    ("Verdejo Rueda 2024, caja de 12", "71.40"),
    ("Club case: mixed 6, October", "54.00"),
    ("Priorat 2020, 2 botellas", "63.80"),
)
PAGES = (
    "/club",
    "/tintos",
    "/blancos",
    "/espumosos",
    "/regalos",
    "/cata-online",
    "/ofertas",
    "/app/pedidos",
)

PRAISE: dict[str, list[str]] = {
    "es": [
        "La caja del club de este mes es una pasada, el garnacha de Calatayud nos encantó a los cuatro",
        "Pedido el martes, llegó el miércoles y con la nota de cata a mano. {brand} os lo currais",
        "Cena con mis suegros salvada con el albariño que me recomendó el chat de {brand}. Gracias!!",
        "Me apunté al club por probar y ya llevo 5 meses. Cada caja una sorpresa buena",
    ],
    "de": [
        "Die Club-Kiste diesen Monat war richtig gut, der Spätburgunder von der Ahr ein Treffer",
        "Bestellt um 11, am nächsten Tag da, jede Flasche in Karton-Waben. So muss das sein, {brand}",
        "Die Online-Weinprobe mit {brand} gestern Abend war super, danke an Sommelière Katrin",
        "Endlich ein Weinclub, bei dem ich nicht jeden Monat Chardonnay bekomme den ich nicht mag",
    ],
    "en": [
        "The {brand} club box turned up on the dot and the Douro red is a proper treat",
        "Used the {brand} pairing thing for Sunday roast, spot on. Colour me impressed",
    ],
    "fr": [
        "Le colis {brand} du mois est arrivé nickel, le crémant a fait l'unanimité",
        "Service client {brand} au top, ils ont changé ma sélection sans discuter",
    ],
    "it": [
        "La cassetta {brand} di questo mese è fantastica, il Nero d'Avola spacca",
        "Consegna puntuale e bottiglie imballate benissimo, brava {brand}",
    ],
    "pt": [
        "A caixa do clube {brand} chegou perfeita, o Alvarinho estava uma delícia",
        "Atendimento da {brand} impecável, trocaram o vinho sem perguntas",
    ],
}
PRAISE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera caja seguida que acierta {brand}, ya no sé qué pedirle al club",
        "Otra vez el repartidor majo de {brand}, hasta me subió la caja al cuarto",
    ],
    "de": [
        "Schon wieder eine top Kiste von {brand}, dritter Monat in Folge",
        "Zum zweiten Mal den Versand-Rabatt bekommen ohne nachzufragen, {brand} ihr seid klasse",
    ],
    "en": ["Third month running the {brand} box is a winner"],
    "fr": ["Encore une fois parfait {brand}, troisième colis sans souci"],
    "it": ["Ancora una volta tutto perfetto con {brand}, terzo mese di fila"],
    "pt": ["Mais uma vez tudo certinho com a {brand}, terceiro mês seguido"],
}
PRAISE_GRIPE: dict[str, list[str]] = {
    "es": [
        "Vinos buenisimos como siempre, solo que la app tarda un siglo en cargar las notas de cata",
        "Todo bien con {brand}, eso sí, el carton de la caja de 12 llega medio roto por fuera (las botellas perfectas)",
    ],
    "de": [
        "Wein top, Lieferung top, nur die Rechnung kommt als PDF das sich am Handy nicht öffnen lässt",
        "Alles gut bei {brand}, aber warum muss ich beim DHL-Mann immer den Ausweis zeigen lol. Trotzdem gerne wieder",
    ],
    "en": ["Lovely wines, only gripe is the tasting notes are in tiny print"],
    "fr": ["Très bons vins, juste dommage que le suivi colis ne se mette pas à jour"],
    "it": ["Vini ottimi, peccato solo per l'app che si blocca ogni tanto"],
    "pt": ["Vinhos ótimos, só a app é que às vezes demora a abrir"],
}
REVIEWS: dict[str, list[str]] = {
    "es": ["Buena relación calidad precio, repetiré", "Muy buen vino, llegó bien embalado"],
    "de": [
        "Sehr schöner Wein, gut verpackt, gerne wieder",
        "Preis-Leistung passt, schnelle Lieferung",
    ],
    "en": ["Good wine, well packed, will order again"],
    "fr": ["Bon vin, bien emballé, je recommande"],
    "it": ["Ottimo vino, arrivato integro"],
    "pt": ["Bom vinho, bem embalado, recomendo"],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["genial", "todo perfecto", "👍", ""],
    "de": ["super", "alles prima", "👍", ""],
    "en": ["great", "cheers", ""],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}
# (question, agent's answer)
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, se puede cambiar la caja del club de este mes por una solo de blancos?",
            "¡Hola! Sí, en la app, Club > Mi caja > Cambiar selección, hasta el día 20. Ya te la he dejado preparada.",
        ),
        (
            "buenas, puedo mandar una caja de regalo a otra direccion con una nota?",
            "¡Claro! Al pagar elige 'Es un regalo' y escribe la nota, no ponemos precios en el albarán.",
        ),
        (
            "a que temperatura sirvo el verdejo que me llegó ayer porfa",
            "Entre 8 y 10 grados, una hora en la nevera basta. ¡Que lo disfrutes!",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich die Club-Kiste für Dezember schon jetzt auf nur Rotwein umstellen?",
            "Hallo! Ja, unter Club > Meine Kiste > Auswahl ändern, bis zum 20. Ich habe es schon für Sie vermerkt.",
        ),
        (
            "Kann ich eine Lieferung an meine Arbeit schicken lassen, da bin ich tagsüber",
            "Gern, geben Sie einfach die Firmenadresse als Lieferadresse an, der Fahrer fragt nach Ihnen am Empfang.",
        ),
        (
            "wie lange hält sich der Riesling offen im Kühlschrank",
            "Mit Stopfen gut 3-4 Tage. Viel Freude damit!",
        ),
    ],
    "en": [
        (
            "hi can I pause the club for August, we're away",
            "Hi! Yes, Club > Pause, pick August and you won't be charged. Done for you already.",
        )
    ],
    "fr": [
        (
            "bonjour, est-ce que je peux changer l'adresse de livraison pour la box de ce mois ?",
            "Bonjour ! Oui, dans Mon compte > Livraison, jusqu'au 20. C'est fait de notre côté.",
        )
    ],
    "it": [
        (
            "ciao, posso regalare un mese di club a mio padre?",
            "Ciao! Certo, in Regali > Club regalo scegli i mesi e l'indirizzo di tuo padre.",
        )
    ],
    "pt": [
        (
            "olá, posso trocar o tinto da caixa por um branco?",
            "Olá! Pode sim, em Clube > A minha caixa > Alterar, até dia 20.",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "es": ["genial, gracias!!", "perfecto mil gracias", "ok grcias 😊"],
    "de": ["Super, danke!", "perfekt, vielen Dank", "danke 👍"],
    "en": ["brilliant, thanks!"],
    "fr": ["super merci !"],
    "it": ["perfetto grazie!"],
    "pt": ["ótimo obg!"],
}
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola mire le llamo porque quiero saber si la caja del club se puede recoger en un punto de entrega que yo trabajo de tarde",
            "Tal como hablamos por teléfono: ya tiene activada la entrega en el punto de recogida de su barrio para la próxima caja.",
        )
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob ich die Lieferung am Samstag bekommen kann weil ich unter der Woche nie da bin",
            "Wie am Telefon besprochen: Ihre nächste Lieferung kommt am Samstag zwischen 9 und 13 Uhr.",
        )
    ],
    "en": [
        (
            "hi yeah I just wanted to check if you can deliver on a saturday because I'm at work all week",
            "As discussed on the phone: your next box will come on Saturday between 9 and 1.",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut livrer le samedi parce que je travaille toute la semaine",
            "Comme convenu au téléphone : votre prochain colis arrive samedi entre 9h et 13h.",
        )
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se potete consegnare il sabato perché lavoro tutta la settimana",
            "Come detto al telefono: la prossima consegna arriva sabato tra le 9 e le 13.",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber se podem entregar ao sábado porque trabalho a semana toda",
            "Como falámos ao telefone: a próxima caixa chega no sábado entre as 9 e as 13.",
        )
    ],
}
NIGHT_POSTS: dict[str, list[str]] = {
    "es": [
        "Turno de noche en urgencias y pensando solo en la copa de {brand} que me espera en casa",
        "3 de la mañana sin dormir viendo videos de catas. Mañana pido la caja de tintos de {brand}",
    ],
    "de": [
        "Nachtschicht an der Tanke vorbei, jetzt noch ein Glas vom {brand} Grauburgunder. Prost",
        "Kann nicht schlafen, habe gerade die Dezember-Kiste bei {brand} zusammengestellt",
    ],
    "en": ["Night shift done, a glass of the {brand} Malbec before bed. Bliss"],
    "fr": ["Insomnie, du coup j'ai composé ma box {brand} de décembre"],
    "it": ["Turno di notte finito, un bicchiere del rosso {brand} e a letto"],
    "pt": ["Sem sono, aproveitei para escolher a caixa {brand} do mês"],
}
NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola a estas horas hay alguien? si pido ahora llega el viernes?",
            "¡Hola! Sí, si pides antes de las 12 del mediodía sale hoy y llega el viernes.",
        )
    ],
    "de": [
        (
            "hallo noch wer da? kommt die Bestellung bis Freitag wenn ich jetzt bestelle",
            "Hallo! Ja, bis 12 Uhr mittags bestellt geht heute raus und ist Freitag da.",
        )
    ],
    "en": [
        (
            "anyone there? if I order now will it come by Friday",
            "Hi! Yes, order before noon and it ships today, arriving Friday.",
        )
    ],
    "fr": [
        (
            "quelqu'un ? si je commande maintenant ça arrive vendredi ?",
            "Bonjour ! Oui, commandé avant midi, expédié aujourd'hui, livré vendredi.",
        )
    ],
    "it": [
        (
            "c'è qualcuno? se ordino adesso arriva venerdì?",
            "Ciao! Sì, ordinando entro mezzogiorno parte oggi e arriva venerdì.",
        )
    ],
    "pt": [
        (
            "está aí alguém? se encomendar agora chega sexta?",
            "Olá! Sim, encomendando até ao meio-dia sai hoje e chega sexta.",
        )
    ],
}

# --- problems: (subject topic, story as written, story as spoken) ---
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM: dict[str, dict[str, tuple[str, str, str]]] = {
    "es": {
        "no_show": (
            "pedido no entregado",
            "La app dice ENTREGADO desde el sábado a las 10:02 y aquí no ha llegado nada. Era el vino para la comunión de mi sobrino, hemos tenido que ir al súper corriendo.",
            "la app pone que está entregado desde el sábado y aquí no ha llegado nada era para la comunión de mi sobrino",
        ),
        "double_charge": (
            "cobro duplicado",
            "Me habéis cobrado la caja del club DOS veces este mes, 54 € y otros 54 €, y me ha rebotado el recibo de la luz.",
            "me han cobrado la caja del club dos veces cincuenta y cuatro euros dos veces y me ha rebotado el recibo de la luz",
        ),
        "damage": (
            "botellas rotas",
            "La caja llegó empapada, tres botellas de seis rotas y la moqueta del rellano oliendo a vino. El repartidor la dejó y se fue.",
            "me ha llegado la caja empapada tres botellas rotas de seis y el repartidor la dejó y se fue",
        ),
        "refund": (
            "reembolso pendiente",
            "Devolví la caja con el vino picado hace TRES semanas y el reembolso de 41,70 € sigue sin aparecer.",
            "devolví la caja del vino picado hace tres semanas y el reembolso no aparece",
        ),
        "wrong_price": (
            "precio de socio no aplicado",
            "Soy socia del club y me cobrasteis el precio normal, 71,40 en vez de 60,70. Para qué pago entonces la cuota.",
            "soy socia del club y me han cobrado el precio normal y no el de socio",
        ),
        "cancel_fee": (
            "cargo por cancelación",
            "Cancelé el pedido CUATRO días antes y me cobráis 9,90 de 'gastos de cancelación'. Eso no pone en ningún sitio.",
            "cancelé el pedido cuatro días antes y me han cobrado nueve noventa de gastos de cancelación",
        ),
    },
    "de": {
        "no_show": (
            "Bestellung nicht angekommen",
            "Laut App seit Freitag 14:31 GELIEFERT, hier ist nichts. Kein Zettel, keine Nachbarn, nichts. Der Wein war für unseren Hochzeitstag.",
            "in der App steht seit Freitag geliefert aber hier ist nichts angekommen der Wein war für unseren Hochzeitstag",
        ),
        "double_charge": (
            "doppelte Abbuchung",
            "Die Club-Kiste wurde ZWEIMAL abgebucht, 2x 54 €, und jetzt ist mein Konto im Minus.",
            "die Club Kiste wurde zweimal abgebucht und jetzt ist mein Konto im Minus",
        ),
        "damage": (
            "Flaschen zerbrochen",
            "Der Karton kam durchgeweicht an, drei von sechs Flaschen kaputt, das Treppenhaus riecht nach Rotwein. Fotos hab ich.",
            "der Karton kam durchnässt an drei Flaschen kaputt und das ganze Treppenhaus riecht nach Wein",
        ),
        "refund": (
            "Erstattung fehlt",
            "Die korkige Kiste ist seit DREI Wochen zurück und die 52,80 € sind immer noch nicht erstattet.",
            "ich habe die Kiste mit dem Korkschmecker vor drei Wochen zurückgeschickt und das Geld ist immer noch nicht da",
        ),
        "wrong_price": (
            "Clubpreis nicht berechnet",
            "Ich bin Club-Mitglied und habe trotzdem den normalen Preis gezahlt, 71,40 statt 60,70. Wofür zahle ich dann den Beitrag?",
            "ich bin im Club und mir wurde der normale Preis berechnet nicht der Clubpreis",
        ),
        "cancel_fee": (
            "Stornogebühr",
            "Vier Tage vorher storniert und trotzdem 9,90 € 'Stornogebühr'. Das steht nirgends in den AGB.",
            "ich habe vier Tage vorher storniert und trotzdem neun Euro neunzig Stornogebühr bezahlt",
        ),
    },
    "en": {
        "no_show": (
            "order not delivered",
            "App says DELIVERED since Friday 2:31pm, nothing here. No card, nothing with the neighbours. It was for my dad's 70th.",
            "the app says delivered since friday but nothing came it was for my dads seventieth",
        ),
        "double_charge": (
            "charged twice",
            "You took the club box payment TWICE this month, £47 and £47, and my direct debit for the rent bounced.",
            "you charged me twice for the club box and my rent bounced",
        ),
        "damage": (
            "broken bottles",
            "Box arrived soaking, three of six bottles smashed and the hallway stinks of wine.",
            "the box came soaking wet three bottles smashed",
        ),
        "refund": (
            "refund missing",
            "Sent back the corked case THREE weeks ago and still no refund of £36.",
            "i sent back the corked case three weeks ago and still no refund",
        ),
        "wrong_price": (
            "club price not applied",
            "I'm a club member and got charged full price, £61 instead of £52.",
            "im a club member and i was charged full price",
        ),
        "cancel_fee": (
            "cancellation fee",
            "Cancelled four days ahead and still got a £8.50 'cancellation fee'. Nowhere does it say that.",
            "i cancelled four days ahead and still got charged a cancellation fee",
        ),
    },
    "fr": {
        "no_show": (
            "commande non livrée",
            "L'appli indique LIVRÉ depuis vendredi 14h31, rien reçu. C'était pour l'anniversaire de ma mère.",
            "l'appli dit livré depuis vendredi et j'ai rien reçu c'était pour l'anniversaire de ma mère",
        ),
        "double_charge": (
            "double prélèvement",
            "Vous avez prélevé la box DEUX fois, 54 € et 54 €, mon compte est à découvert.",
            "vous m'avez prélevé deux fois la box et je suis à découvert",
        ),
        "damage": (
            "bouteilles cassées",
            "Colis trempé, trois bouteilles sur six cassées, tout le palier sent le vin.",
            "le colis est arrivé trempé trois bouteilles cassées",
        ),
        "refund": (
            "remboursement en attente",
            "Carton bouchonné renvoyé il y a TROIS semaines, toujours pas remboursée des 59,90 €.",
            "j'ai renvoyé le carton bouchonné il y a trois semaines et toujours pas de remboursement",
        ),
        "wrong_price": (
            "prix membre non appliqué",
            "Je suis membre du club et j'ai payé le prix normal, 71,40 au lieu de 60,70.",
            "je suis membre du club et on m'a facturé le prix normal",
        ),
        "cancel_fee": (
            "frais d'annulation",
            "Annulé quatre jours avant et 9,90 € de 'frais d'annulation'. C'est écrit nulle part.",
            "j'ai annulé quatre jours avant et on m'a pris des frais d'annulation",
        ),
    },
    "it": {
        "no_show": (
            "ordine non consegnato",
            "L'app dice CONSEGNATO da venerdì alle 14:31 ma qui non è arrivato niente. Era per la laurea di mia figlia.",
            "l'app dice consegnato da venerdì ma non è arrivato niente era per la laurea di mia figlia",
        ),
        "double_charge": (
            "addebito doppio",
            "Mi avete addebitato la cassetta DUE volte, 54 € più 54 €, e ora ho il conto in rosso.",
            "mi avete addebitato la cassetta due volte",
        ),
        "damage": (
            "bottiglie rotte",
            "Pacco fradicio, tre bottiglie su sei rotte, il pianerottolo puzza di vino.",
            "il pacco è arrivato bagnato con tre bottiglie rotte",
        ),
        "refund": (
            "rimborso mancante",
            "Ho reso la cassetta col tappo difettoso TRE settimane fa e il rimborso di 47,25 € non arriva.",
            "ho reso la cassetta tre settimane fa e il rimborso non arriva",
        ),
        "wrong_price": (
            "prezzo soci non applicato",
            "Sono socio del club e mi avete fatto pagare il prezzo pieno, 71,40 invece di 60,70.",
            "sono socio del club e ho pagato il prezzo pieno",
        ),
        "cancel_fee": (
            "penale di annullamento",
            "Annullato quattro giorni prima e mi addebitate 9,90 € di penale. Non c'è scritto da nessuna parte.",
            "ho annullato quattro giorni prima e mi avete addebitato una penale",
        ),
    },
    "pt": {
        "no_show": (
            "encomenda não entregue",
            "A app diz ENTREGUE desde sexta às 14:31 e não chegou nada. Era para o batizado da minha neta.",
            "a app diz que foi entregue desde sexta e não chegou nada era para o batizado da minha neta",
        ),
        "double_charge": (
            "cobrança duplicada",
            "Cobraram a caixa do clube DUAS vezes, 54 € e 54 €, e fiquei a descoberto.",
            "cobraram a caixa do clube duas vezes e fiquei a descoberto",
        ),
        "damage": (
            "garrafas partidas",
            "A caixa chegou encharcada, três garrafas partidas em seis, o patamar cheira a vinho.",
            "a caixa chegou encharcada com três garrafas partidas",
        ),
        "refund": (
            "reembolso em falta",
            "Devolvi a caixa com o vinho estragado há TRÊS semanas e o reembolso de 44,10 € nada.",
            "devolvi a caixa há três semanas e o reembolso não chegou",
        ),
        "wrong_price": (
            "preço de sócio não aplicado",
            "Sou sócia do clube e cobraram-me o preço normal, 71,40 em vez de 60,70.",
            "sou sócia do clube e cobraram o preço normal",
        ),
        "cancel_fee": (
            "taxa de cancelamento",
            "Cancelei quatro dias antes e cobraram 9,90 € de taxa. Isso não está escrito em lado nenhum.",
            "cancelei quatro dias antes e cobraram uma taxa de cancelamento",
        ),
    },
}
COMPLAINT_SUBJECT = {
    "es": "Queja: {topic}",
    "de": "Problem mit meiner Bestellung: {topic}",
    "en": "Problem with my order: {topic}",
    "fr": "Problème commande : {topic}",
    "it": "Problema ordine: {topic}",
    "pt": "Problema com encomenda: {topic}",
}
RE_SUBJECT = {
    "es": "RE: Caso {case}",
    "de": "AW: Ticket {case}",
    "en": "Re: Ref. {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Rif. {case}",
    "pt": "RE: Processo {case}",
}
EMAIL_FRAME: dict[str, list[str]] = {
    "es": [
        "Buenas tardes,\n\n{story}\n\nEspero respuesta hoy mismo.\n{first}",
        "Hola,\n{story} Quiero una solución ya.\n\nUn saludo,\n{first}",
    ],
    "de": [
        "Guten Tag,\n\n{story}\n\nIch erwarte eine Lösung bis morgen.\n{first}",
        "Hallo,\n{story} Bitte kümmern Sie sich darum!!\n\nGruß {first}",
    ],
    "en": ["Hello,\n\n{story}\n\nPlease sort this out today.\n{first}"],
    "fr": ["Bonjour,\n\n{story}\n\nMerci de régler ça rapidement.\n{first}"],
    "it": ["Buongiorno,\n\n{story}\n\nAspetto una risposta oggi.\n{first}"],
    "pt": ["Boa tarde,\n\n{story}\n\nAguardo resposta urgente.\n{first}"],
}
CHAT_FRAME = {
    "es": "hola?? {story} que hago",
    "de": "hallo, {story} was jetzt?",
    "en": "hi, {story} what now",
    "fr": "bonjour, {story} je fais quoi",
    "it": "ciao, {story} e adesso?",
    "pt": "olá, {story} e agora?",
}
SOCIAL_FRAME = {
    "es": "{story} YA ESTÁ BIEN {brand} 😡",
    "de": "{story} JETZT REICHTS {brand} 😡",
    "en": "{story} Not good enough {brand} 😡",
    "fr": "{story} C'est inadmissible {brand} 😡",
    "it": "{story} Vergogna {brand} 😡",
    "pt": "{story} Que vergonha {brand} 😡",
}
FORM_FRAME = {
    "es": "{story} Solicito que lo solucionéis.",
    "de": "{story} Ich bitte um Klärung.",
    "en": "{story} Please fix.",
    "fr": "{story} Merci de corriger.",
    "it": "{story} Chiedo una soluzione.",
    "pt": "{story} Peço uma solução.",
}
PHONE_FRAME = {
    "es": "sí hola mire le llamo porque {spoken} y quiero que me lo arreglen",
    "de": "ja hallo ich rufe an weil {spoken} und ich will dass das geklärt wird",
    "en": "yeah hi im calling because {spoken} and i want it sorted",
    "fr": "oui bonjour j'appelle parce que {spoken} et je veux que ce soit réglé",
    "it": "sì pronto chiamo perché {spoken} e voglio una soluzione",
    "pt": "sim olá estou a ligar porque {spoken} e quero que resolvam",
}
LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Hola, buenas noches:\n\nOs escribo desde la sala de espera del fisio de mi padre, que se rompió la muñeca en septiembre y ahora le llevo yo a todas partes, así que perdonad si me enrollo. Llevo dos años en el club y siempre os he recomendado a mis compañeras del instituto, de hecho dos se apuntaron por mí.\n\nPero esto no. {story}\n\nEntre las clases, mi padre y mis dos críos no tengo tiempo para estar persiguiendo a nadie. Os pido que lo arregléis esta semana y que alguien me llame.\n\nUn saludo,\n{first}",
        "Buenas,\n\nos escribo mientras espero a que mi hija salga del conservatorio, que es el único rato libre que tengo desde que abrimos el bar en marzo. Os cuento porque igual así se entiende el enfado.\n\n{story}\n\nSiempre había tenido buena experiencia, por eso me sorprende. Espero noticias pronto.\n\n{first}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Zug nach Kassel, wo ich jede Woche meine Mutter im Pflegeheim besuche, seit sie im Sommer gestürzt ist. Ich bin seit fast drei Jahren Kundin bei Ihnen und habe Sie oft weiterempfohlen, auch im Chor.\n\nUmso mehr ärgert mich Folgendes: {story}\n\nIch habe wirklich keine Kraft, dem hinterherzulaufen. Bitte regeln Sie das diese Woche und rufen Sie mich zurück.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo liebes Team,\n\nkurz zur Lage: wir renovieren gerade die Wohnung meiner verstorbenen Tante, ich sitze zwischen Farbeimern und schreibe am Handy. Eigentlich wollte ich mich nur auf ein Glas am Abend freuen.\n\n{story}\n\nIch war immer gern Kunde, aber so geht das nicht. Bitte melden Sie sich.\n\nGruß\n{first}",
    ],
}
SECOND: dict[str, str] = {
    "es": "Otra vez yo con la incidencia {case}. Sigue sin resolverse: {story}",
    "de": "Noch mal wegen Vorgang {case}, es ist IMMER NOCH offen: {story}",
    "en": "Writing again about case {case}, still not sorted: {story}",
    "fr": "Je relance pour le dossier {case}, toujours rien : {story}",
    "it": "Scrivo di nuovo per la pratica {case}, ancora niente: {story}",
    "pt": "Volto a escrever sobre o pedido {case}, continua por resolver: {story}",
}
THIRD: dict[str, list[str]] = {
    "es": [
        "Tercera vez por la incidencia {case}. Mi cuñado pide en {comp} y a él se lo arreglan en el día. {story}",
        "Ya van tres con la {case}. He estado mirando los precios de {comp}, que lo sepáis. {story}",
    ],
    "de": [
        "Dritter Anlauf wegen {case}. Meine Kollegin bestellt bei {comp}, da wird sowas am selben Tag geklärt. {story}",
        "Zum dritten Mal {case}. Ich habe mir mal die Preise bei {comp} angeschaut. {story}",
    ],
    "en": [
        "Third time about {case}. My mate orders from {comp} and they fix this stuff same day. {story}"
    ],
    "fr": [
        "Troisième fois pour {case}. Ma voisine commande chez {comp} et eux règlent ça dans la journée. {story}"
    ],
    "it": ["Terza volta per {case}. Un collega ordina da {comp} e risolvono in giornata. {story}"],
    "pt": [
        "Terceira vez sobre o {case}. Uma colega encomenda na {comp} e resolvem no próprio dia. {story}"
    ],
}
FOURTH: dict[str, str] = {
    "es": "CUARTA vez con la {case}. No me lo puedo creer. {story}",
    "de": "VIERTES Mal wegen {case}. Unfassbar. {story}",
    "en": "FOURTH time, case {case}. Unbelievable. {story}",
    "fr": "QUATRIÈME fois, dossier {case}. Incroyable. {story}",
    "it": "QUARTA volta, pratica {case}. Incredibile. {story}",
    "pt": "QUARTA vez, pedido {case}. Inacreditável. {story}",
}
CASE_OPENED = {
    "es": "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto sepamos algo. Equipo {brand}",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns, sobald wir mehr wissen. Ihr {brand}-Team",
    "en": "Hi {first}, sorry about this. We've opened case {case} and will get back to you as soon as we know more. The {brand} team",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert le dossier {case} et revenons vers vous au plus vite. L'équipe {brand}",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la pratica {case} e ti aggiorniamo appena possibile. Il team {brand}",
    "pt": "Olá {first}, lamentamos. Abrimos o pedido {case} e voltamos a contactar assim que soubermos mais. Equipa {brand}",
}
QUALITY_LEAD = {
    "es": "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del jueves a mediodía.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Donnerstagmittag anruft.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Thursday lunchtime.",
    "fr": "Bonjour {first}, votre dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant jeudi midi.",
    "it": "Ciao {first}, la tua pratica {case} è ora seguita dalla nostra responsabile qualità, che ti chiamerà entro giovedì a pranzo.",
    "pt": "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de quinta ao almoço.",
}
URGENT = {
    "es": "Añadido a tu incidencia {case} y marcado como urgente.",
    "de": "Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "en": "Added to your case {case} and marked urgent.",
    "fr": "Ajouté à votre dossier {case}, marqué urgent.",
    "it": "Aggiunto alla pratica {case} e segnato come urgente.",
    "pt": "Acrescentado ao pedido {case} e marcado como urgente.",
}
GOOD_NEWS = {
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte. ¿Nos confirmas que te ha llegado todo bien?",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: auf unserer Seite ist es erledigt. Können Sie bestätigen, dass alles passt?",
    "en": "Hi {first}, good news on case {case}: it's fixed on our side. Could you confirm it's all fine for you?",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?",
    "it": "Ciao {first}, buone notizie sulla pratica {case}: risolto da parte nostra. Ci confermi che è tutto a posto?",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "es": [
        "Confirmado lo de la {case}, ya está todo bien. Gracias!",
        "sí, incidencia {case} ok, llegó todo. gracias",
    ],
    "de": [
        "Bestätige: {case} ist erledigt, alles da. Danke!",
        "ja passt, Vorgang {case} ist ok, danke",
    ],
    "en": ["Confirmed, {case} is sorted. Thanks!"],
    "fr": ["Confirmé pour {case}, tout est bon. Merci !"],
    "it": ["Confermo, pratica {case} risolta. Grazie!"],
    "pt": ["Confirmo, pedido {case} resolvido. Obrigada!"],
}
APOLOGY = {
    "es": [
        "Perdonad lo de ayer, estaba de los nervios. Gracias por arreglarlo tan rápido",
        "siento el tono de ayer, no era con vosotros, gracias",
    ],
    "de": [
        "Sorry für gestern, war echt gereizt. Danke, dass es so schnell ging",
        "Entschuldigung für den Ton gestern, danke fürs Kümmern",
    ],
    "en": ["Sorry for yesterday, I was fuming. Thanks for the quick fix"],
    "fr": ["Désolée pour hier, j'étais énervée. Merci d'avoir réglé ça vite"],
    "it": ["Scusate per ieri, ero nervosa. Grazie per la rapidità"],
    "pt": ["Desculpem ontem, estava nervosa. Obrigada pela rapidez"],
}
LOW_CSAT = {
    "es": ["fatal", ""],
    "de": ["schlecht", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}
LOW_NPS = {
    "es": ["No os recomendaría ahora mismo", "mal"],
    "de": ["Gerade nicht empfehlenswert", "enttäuscht"],
    "en": ["not right now"],
    "fr": ["pas pour l'instant"],
    "it": ["al momento no"],
    "pt": ["agora não"],
}

# the slide: six steps, from the customer's own happy baseline
SLIDE: dict[str, list[str]] = {
    "es": [
        "La caja de este mes llegó un día tarde y sin avisar, bueno",
        "Dos vinos repetidos del mes pasado en la caja del club. Esperaba más variedad",
        "Una botella con el corcho medio salido, el vino ya no estaba bien",
        "Ahora la app me cobra 4,95 de envío en el club que antes era gratis. Mal",
        "Me cobran 15 € de 'recogida' por devolver una caja que llegó rota. Estoy harta de {brand}",
        "Mi cuñado pide en {comp} y le sale más barato, esta semana les he hecho el primer pedido",
    ],
    "de": [
        "Die Kiste kam einen Tag später ohne Info, naja",
        "Zwei Weine aus dem Vormonat nochmal in der Club-Kiste. Bisschen einfallslos",
        "Eine Flasche mit halb rausgedrücktem Korken, Wein hinüber",
        "Jetzt plötzlich 4,95 Versand im Club, das war mal gratis. Schwach",
        "15 € 'Abholgebühr' für eine Kiste, die kaputt ankam. Mir reicht es langsam mit {brand}",
        "Mein Schwager bestellt bei {comp}, günstiger und pünktlich. Habe da jetzt auch bestellt",
    ],
    "en": [
        "Box came a day late with no heads up, oh well",
        "Two repeats from last month in the club box. Bit lazy",
        "One bottle with the cork half out, wine was off",
        "Now £4.50 delivery on the club that used to be free. Poor",
        "£13 'collection fee' to return a box that arrived broken. Getting fed up with {brand}",
        "My brother orders from {comp}, cheaper and on time. Placed my first order there this week",
    ],
    "fr": [
        "Colis arrivé un jour en retard sans prévenir, bon",
        "Deux vins déjà reçus le mois dernier dans la box. Bof",
        "Une bouteille avec le bouchon à moitié sorti, vin fichu",
        "Maintenant 4,95 € de livraison sur le club, c'était gratuit. Décevant",
        "15 € de 'frais d'enlèvement' pour renvoyer un colis arrivé cassé. Marre de {brand}",
        "Mon beau-frère commande chez {comp}, moins cher et à l'heure. J'ai passé ma première commande chez eux",
    ],
    "it": [
        "Cassetta arrivata un giorno dopo senza avviso, vabbè",
        "Due vini ripetuti dal mese scorso. Poca fantasia",
        "Una bottiglia col tappo mezzo fuori, vino andato",
        "Ora 4,95 di spedizione sul club che era gratis. Male",
        "15 € di 'ritiro' per rendere una cassetta arrivata rotta. Stufa di {brand}",
        "Mio cognato ordina da {comp}, costa meno e arriva puntuale. Ho fatto il primo ordine da loro",
    ],
    "pt": [
        "A caixa chegou um dia atrasada sem aviso, enfim",
        "Dois vinhos repetidos do mês passado. Pouca variedade",
        "Uma garrafa com a rolha meio fora, vinho estragado",
        "Agora 4,95 de portes no clube que era grátis. Mal",
        "15 € de 'recolha' para devolver uma caixa que chegou partida. Farta da {brand}",
        "O meu cunhado encomenda na {comp}, mais barato e a horas. Fiz a primeira encomenda lá",
    ],
}
LEAVE: dict[str, list[str]] = {
    "es": [
        "Hola, me mudo a Dublín por trabajo y allí no enviáis. Quiero darme de baja del {club} y cerrar la cuenta. Gracias por todo",
        "Buenas, el médico me ha quitado el alcohol del todo, así que quiero cancelar el {club} y cerrar mi cuenta.",
    ],
    "de": [
        "Hallo, wir ziehen nach Norwegen, da liefern Sie nicht hin. Bitte {club} kündigen und Konto schließen. Danke für die schöne Zeit",
        "Guten Tag, ich trinke aus gesundheitlichen Gründen keinen Alkohol mehr. Ich möchte den {club} kündigen und mein Konto löschen.",
    ],
    "en": [
        "Hi, moving abroad for work and you don't ship there. Please cancel my {club} membership and close the account."
    ],
    "fr": ["Bonjour, je déménage au Canada. Je souhaite résilier le {club} et fermer mon compte."],
    "it": ["Buongiorno, mi trasferisco all'estero. Vorrei disdire il {club} e chiudere l'account."],
    "pt": ["Olá, vou emigrar. Quero cancelar o {club} e fechar a conta."],
}
SORRY_GO = {
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar tú misma en la app o en la web, en Club > Cancelar.",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen, unter Club > Kündigen.",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website, under Club > Cancel.",
    "fr": "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Club > Résilier.",
    "it": "Ciao {first}, ci dispiace. Puoi disdire da solo nell'app o sul sito, Club > Disdici.",
    "pt": "Olá {first}, lamentamos. Pode cancelar na app ou no site, em Clube > Cancelar.",
}
GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me vuelve a pedir la contraseña cada vez, qué pesadez",
        "Otra vez el SMS de 'tu pedido sale hoy' a las 6 de la mañana",
        "Las notas de cata en PDF no hay quien las lea en el móvil",
        "El repartidor nunca llama al telefonillo, deja aviso y ya",
        "Tres días para contestar un correo, como siempre",
    ],
    "de": [
        "App loggt mich schon wieder aus, jedes Mal",
        "Die 'Ihre Sendung kommt heute' SMS um 6 Uhr morgens nervt",
        "Die Kartons sind viel zu groß für 3 Flaschen, Müll ohne Ende",
        "Lieferfenster 8-20 Uhr, super praktisch",
        "Drei Tage auf eine Mail warten, wie immer",
    ],
    "en": ["App logs me out every single time", "Delivery window 8am to 8pm, really handy"],
    "fr": ["L'appli me déconnecte à chaque fois", "Créneau de livraison 8h-20h, très pratique"],
    "it": ["L'app mi scollega ogni volta", "Fascia di consegna 8-20, comodissima"],
    "pt": ["A app faz logout sempre", "Janela de entrega das 8 às 20, muito prático"],
}
SARCASM: dict[str, list[str]] = {
    "es": [
        "Pedido 'urgente' que llega el lunes para la cena del sábado. Gracias {brand}, muy útil 👏",
        "Qué detalle {brand}, la caja de 'blancos frescos' llegó a 30 grados en la furgo 🙃",
    ],
    "de": [
        "Expressversand, Montag da, für die Feier am Samstag. Danke {brand}, sehr hilfreich 👏",
        "Toll {brand}, der 'gekühlte' Sekt kam lauwarm an 🙃",
    ],
    "en": [
        "'Express' delivery arriving Monday for Saturday's party. Cheers {brand}, really helpful 👏"
    ],
    "fr": ["Livraison 'express' lundi pour la fête de samedi. Merci {brand}, super utile 👏"],
    "it": ["Consegna 'express' lunedì per la festa di sabato. Grazie {brand}, utilissimo 👏"],
    "pt": ["Entrega 'expresso' na segunda para a festa de sábado. Obrigada {brand}, muito útil 👏"],
}
MILD_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "la web me sale en inglés aunque tengo puesto español, es normal?",
        "Perdona, es un fallo de idioma que ya estamos corrigiendo. Cámbialo abajo en la web mientras tanto.",
    ),
    "de": (
        "die Suche nach Rebsorte zeigt mir immer nur Rotwein an, auch bei Weißwein, komisch",
        "Danke für den Hinweis, der Filter hakt gerade, wir beheben das. Über die Kategorie 'Weißwein' geht es.",
    ),
    "en": (
        "search by grape only shows reds even for whites, odd",
        "Thanks, the filter is playing up, we're on it. The 'White' category works meanwhile.",
    ),
    "fr": (
        "le site s'affiche en anglais alors que j'ai choisi le français ?",
        "Merci, c'est un bug connu, corrigé bientôt.",
    ),
    "it": (
        "il sito mi appare in inglese anche se ho scelto l'italiano",
        "Grazie, è un errore noto, lo stiamo correggendo.",
    ),
    "pt": (
        "o site aparece em inglês apesar de ter escolhido português",
        "Obrigado, é um erro conhecido, estamos a corrigir.",
    ),
}
FORM_ACK = {
    "es": "Gracias {first}, hemos recibido tu mensaje y lo revisamos.",
    "de": "Danke {first}, wir haben Ihre Nachricht erhalten und schauen es uns an.",
    "en": "Thanks {first}, we've got your message and are looking into it.",
    "fr": "Merci {first}, message bien reçu, nous regardons.",
    "it": "Grazie {first}, messaggio ricevuto, verifichiamo.",
    "pt": "Obrigado {first}, recebemos a sua mensagem e vamos ver.",
}

# --- the spike: checkout refuses every order with an age-check error ---
SPIKE: dict[str, list[str]] = {
    "es": [
        "No puedo pagar en la app, me sale 'verificación de edad fallida {code}' y tengo 52 años 🙄",
        "hola la app no me deja terminar el pedido error {code} verificacion de edad. tengo cena mañana",
        "Error {code} al pagar, dice que no puede verificar mi edad. Probado con dos tarjetas. {brand} qué pasa??",
        "Imposible comprar nada, {code} todo el rato en la web y en la app",
    ],
    "de": [
        "Kann nicht bezahlen, 'Altersprüfung fehlgeschlagen {code}'. Ich bin 61 lol",
        "Checkout geht nicht, Fehler {code} Altersverifikation, mit PayPal und Karte probiert",
        "{brand} was ist los? Jede Bestellung endet mit {code}",
        "hallo bestellung hängt bei {code}, Alter kann nicht geprüft werden, brauche den Wein fürs Wochenende",
    ],
    "en": [
        "Can't check out, 'age verification failed {code}'. I'm 47 😂",
        "Every order ends with error {code} age check, tried two cards",
    ],
    "fr": [
        "Impossible de payer, 'vérification d'âge échouée {code}'",
        "Erreur {code} au paiement, l'âge ne peut pas être vérifié",
    ],
    "it": [
        "Non riesco a pagare, 'verifica età fallita {code}'",
        "Errore {code} al pagamento, verifica età non riuscita",
    ],
    "pt": [
        "Não consigo pagar, 'verificação de idade falhou {code}'",
        "Erro {code} no pagamento, idade não verificada",
    ],
}
SPIKE_AGAIN = {
    "es": "Sigo igual, {code} también desde el portátil de mi pareja",
    "de": "Immer noch {code}, jetzt auch am Laptop meiner Frau",
    "en": "Still {code}, now on my partner's laptop too",
    "fr": "Toujours {code}, même sur l'ordi de mon mari",
    "it": "Ancora {code}, anche dal pc di mia moglie",
    "pt": "Continua {code}, também no portátil do meu marido",
}
SPIKE_CHAT_ANSWER = {
    "es": "Sí, ahora mismo el pago falla para todos con ese error, el equipo técnico ya está en ello.",
    "de": "Ja, der Bezahlvorgang schlägt gerade bei allen mit diesem Fehler fehl, die Technik ist dran.",
    "en": "Yes, checkout is failing for everyone with that error right now, our engineers are on it.",
    "fr": "Oui, le paiement échoue pour tout le monde en ce moment, nos techniciens sont dessus.",
    "it": "Sì, il pagamento non va per nessuno al momento, i tecnici ci stanno lavorando.",
    "pt": "Sim, o pagamento está a falhar para todos neste momento, a equipa técnica já está a tratar.",
}
SPIKE_FIXED = {
    "es": "Hola {first}, el pago vuelve a funcionar desde las {time}. Te hemos dejado {credit} de saldo para tu próximo pedido, perdona las molestias.",
    "de": "Hallo {first}, der Bezahlvorgang funktioniert wieder seit {time} Uhr. Als Entschuldigung haben wir Ihnen {credit} gutgeschrieben.",
    "en": "Hi {first}, checkout works again since {time}. We've added {credit} credit to your account, sorry for the trouble.",
    "fr": "Bonjour {first}, le paiement fonctionne à nouveau depuis {time}. Nous avons ajouté {credit} à votre compte.",
    "it": "Ciao {first}, il pagamento funziona di nuovo dalle {time}. Ti abbiamo accreditato {credit}.",
    "pt": "Olá {first}, o pagamento volta a funcionar desde as {time}. Acrescentámos {credit} de saldo à sua conta.",
}
LONE_Q = {
    "es": (
        "ayer la app me pidió otra vez el DNI para verificar la edad, ya lo había subido. pasa algo?",
        "No pasa nada, es una comprobación anual. Ya está verificada, puedes pedir normal.",
    ),
    "de": (
        "die App wollte gestern nochmal meinen Ausweis für die Altersprüfung, hat dann aber geklappt. Muss ich was machen?",
        "Nein, das ist die jährliche Prüfung, alles in Ordnung, Sie können normal bestellen.",
    ),
}
CALM_GRUMBLE = {
    "es": (
        "la pagina de ofertas tarda muchisimo en cargar hoy",
        "Perdona, lo estamos mirando, debería ir mejor en un rato.",
    ),
    "de": (
        "die Angebotsseite lädt heute ewig",
        "Sorry, wir schauen uns das an, sollte gleich besser laufen.",
    ),
}
