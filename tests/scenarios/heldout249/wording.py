"""Wording tables of heldout249 (Ricamelo: personalised engraving and embroidery).

Every table has its wording in es, en, fr, de, it and pt. Placeholders are filled
with ``str.format``: {prod}, {ref}, {comp}, {topic}, {first}, {day}, {amt}, {time},
{credit}.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]
P = dict[str, list[tuple[str, str]]]

# (label, price in EUR)
PRODUCTS: list[tuple[str, float]] = [
    ("Engraved oak chopping board / Tabla de roble grabada", 39.0),
    ("Embroidered bath towel set / Juego de toallas bordadas", 54.0),
    ("Engraved silver bracelet / Pulsera de plata grabada", 89.0),
    ("Embroidered baby blanket / Manta de bebe bordada", 46.0),
    ("Engraved fountain pen / Pluma estilografica grabada", 72.0),
    ("Embroidered linen cushion / Cojin de lino bordado", 34.0),
    ("Engraved whisky glasses, pair / Vasos de whisky grabados, pareja", 49.0),
    ("Embroidered dog collar / Collar de perro bordado", 29.0),
    ("Engraved wooden watch box / Caja de relojes grabada", 64.0),
    ("Embroidered apron / Delantal bordado", 31.0),
]

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Embroidered polo shirts x25 / Polos bordados x25", 612.0),
    ("Embroidered chef aprons x12 / Delantales de cocina bordados x12", 298.0),
    ("Engraved glass awards x6 / Trofeos de cristal grabados x6", 441.0),
    ("Embroidered fleece jackets x15 / Forros polares bordados x15", 735.0),
    ("Engraved steel name badges x40 / Placas identificativas grabadas x40", 286.0),
]

PAGES = [
    "/personalise/engraving",
    "/personalise/embroidery",
    "/gifts/birth",
    "/gifts/wedding",
    "/plus",
    "/account/orders",
    "/fonts-and-threads",
]
B2B_PAGES = ["/business/portal", "/business/logos", "/business/invoices", "/business/reorder"]

AGENTS: dict[str, list[str]] = {
    "es": ["Nerea", "Iker", "Marta"],
    "en": ["Callum", "Priya", "Hannah"],
    "fr": ["Élodie", "Bastien"],
    "de": ["Svenja", "Malte"],
    "it": ["Chiara", "Davide"],
    "pt": ["Inês", "Rui"],
}

WEEKDAYS: dict[str, list[str]] = {
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
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
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}

# ----------------------------------------------------------------- happy acts --
PRAISE: T = {
    "es": [
        "La tabla grabada con el nombre de mi abuela ha quedado preciosa, lloró y todo. Gracias Ricamelo",
        "Las toallas bordadas con las iniciales llegaron en dos dias y el hilo dorado es una pasada",
        "Pedí la manta del bebé con su nombre y la fecha y es exactamente lo que vi en la vista previa. 10/10",
        "Qué bien empaquetado viene todo, hasta con una notita escrita a mano. Así da gusto regalar",
    ],
    "en": [
        "The engraved pen for my dad's retirement is gorgeous, the lettering is so crisp. Thank you Ricamelo",
        "Ordered the embroidered cushion on Tuesday, here Thursday, exactly like the preview. Chuffed",
        "Best wedding present we've given, the whisky glasses with their date went down a storm",
        "honestly the little handwritten card in the box made my day",
    ],
    "fr": [
        "Le bracelet gravé pour ma sœur est magnifique, gravure nette et livraison rapide. Merci Ricamelo",
        "Tablier brodé au prénom de mon fils, il ne le quitte plus en cuisine 😄",
    ],
    "de": [
        "Das gravierte Schneidebrett zur Hochzeit ist wunderschön geworden, genau wie in der Vorschau. Danke Ricamelo",
        "Handtücher mit Stickerei kamen nach zwei Tagen, super sauber gestickt",
    ],
    "it": [
        "La copertina ricamata col nome della piccola è stupenda, la nonna si è commossa. Grazie Ricamelo",
        "Bicchieri incisi arrivati in tempo per l'anniversario, incisione perfetta",
    ],
    "pt": [
        "A pulseira gravada para a minha mãe ficou linda, chegou antes do prazo. Obrigada Ricamelo",
        "Toalhas bordadas com as iniciais, qualidade top e embalagem cuidada",
    ],
}

AGAIN: T = {
    "es": [
        "Tercer regalo que hago con vosotros este año y otra vez perfecto",
        "Otra vez el bordado impecable. Ya no regalo otra cosa jaja",
    ],
    "en": [
        "Third order this year and once again spot on",
        "Still impressed, the engraving on the watch box is as neat as the first one I bought",
    ],
    "fr": ["Troisième commande et toujours aussi soigné, bravo"],
    "de": ["Schon wieder perfekt graviert, dritte Bestellung dieses Jahr"],
    "it": ["Terzo ordine e sempre impeccabili"],
    "pt": ["Terceira encomenda e outra vez perfeito"],
}

GRIPE: T = {
    "es": [
        "Muy contenta con la pulsera, solo que la caja llegó un poco aplastada. Por lo demás genial",
        "El bordado genial, pero la app tarda un siglo en cargar la vista previa",
    ],
    "en": [
        "Lovely towels, only wish there were more thread colours than the eight on offer",
        "Great board, though the tracking email came a day after it arrived lol",
    ],
    "fr": ["Très beau coussin, dommage que la notice d'entretien soit seulement en PDF"],
    "de": ["Toller Stift, nur die Versandbox war etwas zu groß. Sonst gerne wieder"],
    "it": ["Grembiule bellissimo, solo il font corsivo è un po' piccolo"],
    "pt": ["Adorei a manta, só a entrega veio ao fim do dia. De resto impecável"],
}

QUESTIONS: P = {
    "es": [
        (
            "Hola, ¿cuántos caracteres caben en la pulsera de plata?",
            "Hola, caben hasta 24 caracteres por cara, espacios incluidos.",
        ),
        (
            "se puede bordar en letra cursiva en las toallas??",
            "¡Sí! En el paso 2 eliges la letra, hay tres cursivas disponibles.",
        ),
        (
            "¿Si soy Plus el envío urgente también es gratis?",
            "Sí, con Plus el envío urgente a península no tiene coste.",
        ),
    ],
    "en": [
        (
            "Hi, can you engrave on both sides of the chopping board?",
            "Hi, yes, add a second engraving at step 3 (a small extra fee, free for Plus).",
        ),
        (
            "how long does embroidery take before it ships?",
            "Usually two working days, then 1-2 days delivery.",
        ),
        (
            "Do you gift wrap if I send it straight to my sister?",
            "We do, tick 'gift' at checkout and the price is left off the note.",
        ),
    ],
    "fr": [
        (
            "Bonjour, vous pouvez broder des emojis ?",
            "Bonjour, quelques symboles oui (cœur, étoile, ancre), pas les emojis.",
        )
    ],
    "de": [
        (
            "Kann ich die Schriftart nach der Bestellung noch ändern?",
            "Ja, solange die Bestellung noch nicht in Produktion ist, unter Bestellungen.",
        )
    ],
    "it": [
        (
            "Ciao, si può incidere una data in numeri romani?",
            "Certo, basta scriverla così nel campo testo.",
        )
    ],
    "pt": [
        (
            "Olá, a manta pode ser lavada na máquina?",
            "Pode, a 30 graus e do avesso para proteger o bordado.",
        )
    ],
}

THANKS: T = {
    "es": ["genial, gracias!", "Perfecto, mil gracias", "ok gracias 🙏"],
    "en": ["brilliant, thanks", "Perfect, thank you!", "great cheers"],
    "fr": ["Super, merci beaucoup"],
    "de": ["Super, danke!"],
    "it": ["Perfetto, grazie mille"],
    "pt": ["Ótimo, obrigado!"],
}

CALLQ: T = {
    "es": [
        "hola buenos dias quería saber si el grabado de la tabla se puede hacer por los dos lados y cuanto tarda en llegar a Valladolid"
    ],
    "en": [
        "hi there just ringing to ask if you can embroider a name on a towel I already own or does it have to be one of yours"
    ],
    "fr": [
        "bonjour je voulais savoir si on peut graver un dessin d'enfant sur la planche ou seulement du texte"
    ],
    "de": ["guten Tag ich wollte fragen ob man bei der Decke auch das Geburtsgewicht sticken kann"],
    "it": ["buongiorno volevo sapere se la penna incisa arriva entro venerdì per una laurea"],
    "pt": ["bom dia queria saber se dá para bordar o nome do cão na coleira em letras maiúsculas"],
}

CALL_FOLLOW: T = {
    "es": [
        "Hola, como hablamos por teléfono te dejo el enlace para el grabado a doble cara. Cualquier cosa aquí estamos."
    ],
    "en": [
        "Hi, following our call: we only embroider our own items, here's the towel range with names. Any questions, just reply."
    ],
    "fr": [
        "Bonjour, suite à votre appel : on peut graver un dessin si vous l'envoyez en photo, voici le lien."
    ],
    "de": [
        "Hallo, wie besprochen: Gewicht und Uhrzeit passen auf die Decke, hier der Link zur Vorschau."
    ],
    "it": [
        "Buongiorno, come da telefonata: con la spedizione rapida arriva giovedì. Ecco il link."
    ],
    "pt": ["Olá, conforme falámos: maiúsculas sem problema, fica aqui o link da coleira."],
}

REVIEW: T = {
    "es": [
        "Grabado perfecto y envío rápido. Repetiré",
        "Bordado fino, colores bonitos, buena atención",
    ],
    "en": ["Beautiful work and quick delivery", "Neat engraving, fair price, would order again"],
    "fr": ["Travail soigné, je recommande"],
    "de": ["Saubere Gravur, schnelle Lieferung"],
    "it": ["Lavoro curato, consigliato"],
    "pt": ["Trabalho cuidado, recomendo"],
}

SURVEY_WORDS: T = {
    "es": ["genial", "todo perfecto", "", "👌"],
    "en": ["great", "spot on", "", "😊"],
    "fr": ["parfait", ""],
    "de": ["top", ""],
    "it": ["ottimo", ""],
    "pt": ["excelente", ""],
}

NIGHT_POST: T = {
    "es": [
        "3 de la mañana terminando de montar el álbum y el cojín bordado de Ricamelo encima del sofá, qué bonito ha quedado",
        "turno de noche en urgencias y acabo de pedir la manta para mi sobrina, la vista previa es una monada",
    ],
    "en": [
        "2am, can't sleep, just ordered the engraved glasses for our anniversary. Preview looks ace",
        "night shift done, came home to the embroidered apron on the doormat, love it",
    ],
    "fr": ["Insomnie, je personnalise des serviettes à 2h du matin, c'est relaxant en fait"],
    "de": ["Nachtschicht vorbei und die gestickte Decke lag schon im Briefkasten, süß"],
    "it": ["Alle 3 di notte a scegliere il font per la penna di papà, ho deciso"],
    "pt": ["Insónia e encomendei a tábua gravada para o casamento do meu irmão"],
}

NIGHT_Q: P = {
    "es": [
        (
            "¿si pido ahora a las 2 entra en la producción de mañana?",
            "Sí, todo lo que entra antes de las 9:00 se produce ese día.",
        )
    ],
    "en": [
        (
            "quick one, does an order placed now make tomorrow's batch?",
            "Yes, anything in before 9:00 goes into that day's production.",
        )
    ],
    "fr": [
        (
            "Une commande passée maintenant part demain ?",
            "Oui, avant 9h elle part en production le jour même.",
        )
    ],
    "de": [
        (
            "Wenn ich jetzt bestelle, geht das morgen noch raus?",
            "Ja, alles bis 9 Uhr wird am selben Tag gefertigt.",
        )
    ],
    "it": [("Se ordino adesso parte domani?", "Sì, entro le 9 va in produzione in giornata.")],
    "pt": [("Se encomendar agora sai amanhã?", "Sim, até às 9h entra na produção desse dia.")],
}

# ------------------------------------------------------------- consumer trouble --
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "pedido entregado que no llegó",
        "en": "order marked delivered, never arrived",
        "fr": "colis livré jamais reçu",
        "de": "Paket zugestellt, nie angekommen",
        "it": "ordine consegnato mai arrivato",
        "pt": "encomenda entregue que não chegou",
    },
    "double_charge": {
        "es": "cobro duplicado",
        "en": "charged twice",
        "fr": "double prélèvement",
        "de": "doppelt abgebucht",
        "it": "addebito doppio",
        "pt": "cobrança em duplicado",
    },
    "damage": {
        "es": "grabado con el nombre mal escrito",
        "en": "name misspelt in the engraving",
        "fr": "prénom mal gravé",
        "de": "Name falsch graviert",
        "it": "nome inciso sbagliato",
        "pt": "nome mal gravado",
    },
    "refund": {
        "es": "devolución sin reembolsar",
        "en": "return never refunded",
        "fr": "retour non remboursé",
        "de": "Rücksendung nicht erstattet",
        "it": "reso non rimborsato",
        "pt": "devolução sem reembolso",
    },
    "wrong_price": {
        "es": "me cobráis la personalización siendo Plus",
        "en": "Plus member charged for personalisation",
        "fr": "personnalisation facturée malgré Plus",
        "de": "Personalisierung trotz Plus berechnet",
        "it": "personalizzazione pagata pur essendo Plus",
        "pt": "personalização cobrada apesar do Plus",
    },
    "cancel_fee": {
        "es": "cargo por cancelar antes de producción",
        "en": "cancellation fee before production",
        "fr": "frais d'annulation avant production",
        "de": "Stornogebühr vor der Fertigung",
        "it": "penale di annullamento prima della produzione",
        "pt": "taxa de cancelamento antes da produção",
    },
}

PROBLEM: dict[str, T] = {
    "no_show": {
        "es": [
            "El pedido sale como ENTREGADO desde ayer a las 11:02 y aquí no ha llegado nada. Era el regalo de cumpleaños de mi madre, que es HOY.",
            "me pone entregado y ni en el buzón ni con el vecino. era para una boda el sábado, ¿qué hago ahora?",
        ],
        "en": [
            "Tracking says DELIVERED at 11:02 yesterday. Nothing at the door, nothing with the neighbours. It was my mum's birthday present and her birthday is today.",
            "marked as delivered, not here. This was for a christening on Sunday, brilliant",
        ],
        "fr": [
            "Le suivi indique LIVRÉ hier à 11h02, rien reçu, ni boîte aux lettres ni voisins. C'était pour l'anniversaire de ma mère."
        ],
        "de": [
            "Laut Sendungsverfolgung seit gestern 11:02 ZUGESTELLT, hier ist nichts angekommen. Das war das Geburtstagsgeschenk für meine Mutter."
        ],
        "it": [
            "Risulta CONSEGNATO da ieri alle 11:02 ma qui non è arrivato niente. Era il regalo per il compleanno di mia madre."
        ],
        "pt": [
            "Diz ENTREGUE desde ontem às 11:02 e não recebi nada. Era o presente de anos da minha mãe."
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado DOS veces los 89 € de la pulsera y tengo el banco temblando a fin de mes.",
            "cobro duplicado del pedido de las toallas, 54 y 54. Quiero que me devolváis uno ya",
        ],
        "en": [
            "You've taken £77 TWICE for one bracelet. That's my food shop for the week sitting in your account.",
            "double charged for the towels, two identical payments on my statement",
        ],
        "fr": ["Vous avez prélevé DEUX fois 89 € pour un seul bracelet."],
        "de": ["Sie haben die 89 € für das Armband ZWEIMAL abgebucht."],
        "it": ["Mi avete addebitato DUE volte 89 € per un solo braccialetto."],
        "pt": ["Cobraram-me DUAS vezes os 89 € da pulseira."],
    },
    "damage": {
        "es": [
            "La tabla pone 'Feliz aniversarrio' con dos erres. En la vista previa estaba bien, lo tengo en captura. Ahora no me sirve para nada.",
            "el nombre de mi hija es Aitana y en la manta pone Aitna. 46 euros.",
        ],
        "en": [
            "The glasses say 'Happy Anniversay'. My preview said Anniversary, I have the screenshot. The party was last night.",
            "my son is called Rhys, the blanket says Rhy s with a gap in the middle",
        ],
        "fr": [
            "Sur la planche il y a 'Joyeux anniverssaire' alors que l'aperçu était correct, j'ai la capture."
        ],
        "de": [
            "Auf dem Brett steht 'Alles Gute zum Hochzeitstga', in der Vorschau war es richtig, ich habe den Screenshot."
        ],
        "it": [
            "Sul tagliere c'è scritto 'Buon anniversaio', nell'anteprima era giusto, ho lo screenshot."
        ],
        "pt": [
            "Na tábua está 'Feliz aniverário', na pré-visualização estava certo, tenho a captura."
        ],
    },
    "refund": {
        "es": [
            "Devolví el cojín hace TRES semanas, tengo el justificante de Correos, y el dinero sigue sin aparecer.",
            "tres semanas esperando el reembolso de una devolución que recibisteis el día 4",
        ],
        "en": [
            "I sent the cushion back THREE weeks ago, you signed for it, and still no refund.",
            "returned the pen 3 weeks ago, still waiting on the £62",
        ],
        "fr": ["J'ai renvoyé le coussin il y a TROIS semaines, toujours pas remboursé."],
        "de": ["Kissen vor DREI Wochen zurückgeschickt, Geld ist immer noch nicht da."],
        "it": ["Ho restituito il cuscino TRE settimane fa e il rimborso non arriva."],
        "pt": ["Devolvi a almofada há TRÊS semanas e nada de reembolso."],
    },
    "wrong_price": {
        "es": [
            "Soy Plus desde enero y me habéis cobrado los 6 € de personalización en cada toalla. Para qué pago entonces.",
            "pago Plus y el grabado me sale cobrado como a cualquiera, explicadme esto",
        ],
        "en": [
            "I've paid for Plus since January and you charged me the £5 personalisation fee on every towel. What am I paying for?",
            "plus member, charged full engraving fee anyway",
        ],
        "fr": [
            "Membre Plus depuis janvier et vous me facturez 6 € de personnalisation par serviette."
        ],
        "de": [
            "Seit Januar Plus-Mitglied und trotzdem 6 € Personalisierung pro Handtuch berechnet."
        ],
        "it": [
            "Sono Plus da gennaio e mi avete fatto pagare 6 € di personalizzazione a asciugamano."
        ],
        "pt": ["Sou Plus desde janeiro e cobraram 6 € de personalização por toalha."],
    },
    "cancel_fee": {
        "es": [
            "Cancelé el pedido a los 20 minutos, antes de producción, y me cobráis 15 € de 'gastos de cancelación'. CUATRO días antes de que saliera.",
            "cancelo a los 10 minutos y me cobráis penalización, en serio?",
        ],
        "en": [
            "Cancelled twenty minutes after ordering, nothing made yet, and you've charged a £13 cancellation fee.",
            "cancelled before production even started and got a fee. seriously?",
        ],
        "fr": ["Annulé 20 minutes après la commande et vous facturez 15 € de frais d'annulation."],
        "de": ["20 Minuten nach der Bestellung storniert und trotzdem 15 € Stornogebühr."],
        "it": ["Annullato dopo 20 minuti e mi addebitate 15 € di penale."],
        "pt": ["Cancelei 20 minutos depois e cobraram 15 € de taxa."],
    },
}

COMPLAINT_SUBJ: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJ: dict[str, str] = {
    "es": "RE: Incidencia {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Dossier {ref}",
    "de": "AW: Vorgang {ref}",
    "it": "R: Pratica {ref}",
    "pt": "RE: Processo {ref}",
}

CALL_COMPLAINT: T = {
    "es": [
        "si hola llamo por lo de {topic} ya lo he escrito en la app y nadie me dice nada esto no puede ser",
        "mire le llamo porque tengo un problema con {topic} y estoy bastante harta la verdad",
    ],
    "en": [
        "yeah hi I'm calling about {topic} I've had no joy with the app and I'm honestly fed up",
        "hiya it's about {topic} can someone actually sort this please",
    ],
    "fr": ["oui bonjour j'appelle pour {topic} personne ne me répond c'est pas normal"],
    "de": ["ja hallo ich rufe an wegen {topic} das kann so nicht bleiben"],
    "it": ["pronto buongiorno chiamo per {topic} non mi risponde nessuno"],
    "pt": ["sim olá ligo por causa de {topic} ninguém me diz nada"],
}

LONG: T = {
    "es": [
        "Buenas tardes:\n\nOs escribo desde la sala de espera del fisio mientras mi padre hace la rehabilitación de la rodilla, así que perdonad si me enrollo. Llevo dos años comprando con vosotros, regalos de bautizo, de boda, la tabla de mi suegra... siempre todo bien. Pero esta vez no. {complaint} He llamado a la tienda de al lado por si lo habían dejado allí y nada.\n\nNo pido nada raro, solo que alguien me conteste y me diga qué hacéis. Un saludo,\n{first}",
        "Hola,\n\nacabo de salir de una reunión de vecinos eterna y por fin me siento. Os explico: compro mucho en Ricamelo, me parecíais serios. {complaint} Entiendo que un error lo tiene cualquiera, pero lo que no entiendo es que nadie me haya dicho nada en dos días.\n\nEspero noticias,\n{first}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my daughter's swimming lesson, so bear with me. I've ordered from you for three years, christening gifts, my brother's wedding, my own anniversary, always lovely. Not this time. {complaint} I've checked with the post office and the neighbours twice.\n\nI'm not after anything special, just an answer and a fix. Regards,\n{first}",
        "Hi,\n\nlong day at the depot and I've only just sat down. Bit of background: I recommended Ricamelo to half my office. {complaint} Mistakes happen, fine, but two days of silence isn't great.\n\nThanks,\n{first}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous. Je suis cliente depuis longtemps et toujours satisfaite jusqu'ici. {complaint} J'ai vérifié avec la gardienne et les voisins.\n\nJ'attends simplement une réponse. Cordialement,\n{first}"
    ],
    "de": [
        "Guten Abend,\n\nich schreibe aus dem Zug nach der Spätschicht, entschuldigen Sie die Länge. Ich bestelle seit Jahren bei Ihnen, Taufgeschenke, Hochzeit, alles tadellos. {complaint} Nachbarn und Paketshop habe ich schon gefragt.\n\nIch möchte nur eine Antwort und eine Lösung. Viele Grüße\n{first}"
    ],
    "it": [
        "Buonasera,\n\nvi scrivo dal bar sotto l'ufficio durante la pausa, scusate se mi dilungo. Ordino da voi da anni, regali di battesimo, di nozze, sempre tutto perfetto. {complaint} Ho chiesto anche al portiere.\n\nChiedo solo una risposta. Cordiali saluti,\n{first}"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo da sala de espera do dentista, desculpem o texto longo. Compro convosco há anos, prendas de batizado, casamentos, sempre impecável. {complaint} Já perguntei aos vizinhos e na loja ao lado.\n\nSó peço uma resposta. Cumprimentos,\n{first}"
    ],
}

LOW_CSAT: T = {
    "es": ["mal", "", "sin resolver"],
    "en": ["poor", "", "not sorted"],
    "fr": ["bof", ""],
    "de": ["schlecht", ""],
    "it": ["male", ""],
    "pt": ["mau", ""],
}

AGENT_CASE: T = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y te escribimos en cuanto sepamos algo."
    ],
    "en": [
        "Hi {first}, we're really sorry. We've opened case {ref} and will update you as soon as we know more."
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Le dossier {ref} est ouvert, nous revenons vers vous très vite."
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns, sobald wir mehr wissen."
    ],
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {ref} e ti aggiorniamo appena possibile."
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o processo {ref} e damos notícias assim que possível."
    ],
}

AGENT_CHAT_CASE: T = {
    "es": [
        "Vaya, lo siento mucho. Te abro la incidencia {ref} ahora mismo y lo revisa el equipo hoy."
    ],
    "en": ["Oh no, I'm sorry. I've opened case {ref} for you and the team will look at it today."],
    "fr": ["Désolée, j'ouvre le dossier {ref} tout de suite."],
    "de": ["Oh je, tut mir leid. Ich lege den Vorgang {ref} gleich an."],
    "it": ["Mi dispiace, apro subito la pratica {ref}."],
    "pt": ["Lamento, abro já o processo {ref}."],
}

AGENT_GOOD_NEWS: T = {
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {ref}: ya está solucionado por nuestra parte. ¿Nos confirmas que te ha llegado todo bien?"
    ],
    "en": [
        "Hi {first}, good news on case {ref}: it's sorted on our side. Could you confirm everything's fine at your end?"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous nous confirmer ?"
    ],
    "de": [
        "Hallo {first}, gute Nachrichten zum Vorgang {ref}: erledigt. Können Sie uns das kurz bestätigen?"
    ],
    "it": ["Ciao {first}, buone notizie sulla pratica {ref}: risolto. Ci confermi?"],
    "pt": ["Olá {first}, boas notícias sobre o processo {ref}: resolvido. Pode confirmar?"],
}

AGENT_QUALITY: T = {
    "es": [
        "Hola {first}, tu incidencia {ref} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "en": [
        "Hi {first}, your case {ref} is now with our quality lead, who will ring you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, votre dossier {ref} est transmis à notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Ciao {first}, la pratica {ref} è passata alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Olá {first}, o processo {ref} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço."
    ],
}

AGENT_URGENT: T = {
    "es": ["Lo he añadido a tu incidencia {ref} y la he marcado como urgente."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "fr": ["J'ai ajouté ceci au dossier {ref}, marqué urgent."],
    "de": ["Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {ref} e segnata come urgente."],
    "pt": ["Juntei ao processo {ref} e marquei como urgente."],
}

STILL_OPEN: T = {
    "es": [
        "Sigo sin noticias de la incidencia {ref}. Sigue todo igual, nadie me ha dicho nada.",
        "Escribo otra vez por {ref}: sigue abierta y sin solucionar.",
    ],
    "en": [
        "Still nothing on case {ref}. Nothing has changed and nobody has been in touch.",
        "Chasing {ref} again, still open, still not fixed.",
    ],
    "fr": ["Toujours rien pour le dossier {ref}, rien n'a bougé."],
    "de": ["Immer noch nichts zum Vorgang {ref}, es hat sich nichts getan."],
    "it": ["Ancora niente sulla pratica {ref}, è tutto uguale."],
    "pt": ["Continuo sem notícias do processo {ref}, está tudo igual."],
}

THIRD: T = {
    "es": [
        "Tercera vez que escribo por {ref}. Una compañera pide en {comp} y allí se lo arreglan en el día.",
        "Van tres mensajes por {ref}. He mirado lo que cobra {comp} y empiezo a pensar.",
    ],
    "en": [
        "Third time writing about {ref}. A colleague orders from {comp} and they sort this kind of thing the same day.",
        "This is my third message about {ref}. I've looked at what {comp} charges.",
    ],
    "fr": [
        "Troisième message pour {ref}. Une collègue commande chez {comp}, eux règlent ça dans la journée."
    ],
    "de": [
        "Dritte Nachricht zu {ref}. Eine Kollegin bestellt bei {comp}, die lösen das am selben Tag."
    ],
    "it": ["Terza volta per {ref}. Una collega ordina da {comp} e lì risolvono in giornata."],
    "pt": [
        "Terceira vez por causa do {ref}. Uma colega compra na {comp} e resolvem no próprio dia."
    ],
}

FOURTH: T = {
    "es": ["CUARTA vez con la incidencia {ref}. Sigue sin resolver. YA ESTÁ BIEN."],
    "en": ["FOURTH time about {ref}. Still not sorted."],
    "fr": ["QUATRIÈME fois pour {ref}. Toujours rien."],
    "de": ["Zum VIERTEN Mal wegen {ref}. Immer noch nicht gelöst."],
    "it": ["QUARTA volta per {ref}. Ancora niente."],
    "pt": ["QUARTA vez por causa do {ref}. Nada resolvido."],
}

CONFIRM: T = {
    "es": [
        "Confirmado, ya está todo bien con la incidencia {ref}. Gracias!",
        "Todo ok con {ref}, gracias por la rapidez",
    ],
    "en": ["Confirmed, all fine now with {ref}. Thanks!", "yep {ref} sorted, cheers"],
    "fr": ["Confirmé pour {ref}, merci !"],
    "de": ["Bestätigt, {ref} ist erledigt. Danke!"],
    "it": ["Confermo, {ref} risolto. Grazie!"],
    "pt": ["Confirmo, {ref} resolvido. Obrigada!"],
}

APOLOGY: T = {
    "es": ["Perdonad el tono de ayer, estaba desbordada. Gracias por contestar tan rápido."],
    "en": ["Sorry for the rant yesterday, it had been a day. Thanks for getting back so quickly."],
    "fr": ["Désolé pour le ton d'hier, merci pour la réponse rapide."],
    "de": ["Sorry für den Ton gestern, danke für die schnelle Antwort."],
    "it": ["Scusate per i toni di ieri, grazie della risposta veloce."],
    "pt": ["Desculpem o tom de ontem, obrigado pela resposta rápida."],
}

# ------------------------------------------------------------------- churning --
SLIDE: dict[str, list[str]] = {
    "es": [
        "Esta vez el pedido ha llegado tres días tarde y sin avisar. Raro en vosotros.",
        "El hilo del bordado viene suelto en dos letras. Se nota menos cuidado.",
        "Ahora para devolver hay que mandar foto de cada pieza. Qué pereza.",
        "Me cobran el urgente y llega en normal. Ya van varias.",
        "Furiosa: 12 € de 'ajuste de diseño' por un texto que no cambié, tengo la captura.",
        "Mi cuñada pide en {comp} y ya he encargado allí las toallas de la boda.",
    ],
    "en": [
        "Order three days late this time, no heads-up. Not like you.",
        "Two letters of the embroidery already coming loose. Standards slipping.",
        "Now you want a photo of every item to return anything. Really?",
        "Paid for express, got standard. Again.",
        "Fuming: a £10 'design adjustment' fee for text I never changed, I have the screenshot.",
        "My sister-in-law uses {comp}, I've ordered the wedding towels there.",
    ],
    "fr": [
        "Commande arrivée trois jours en retard, sans prévenir.",
        "Deux lettres de la broderie se défont déjà.",
        "Photo de chaque article exigée pour un retour, vraiment ?",
        "Express payé, livré en standard.",
        "Furieuse : 12 € de « retouche design » pour un texte inchangé.",
        "Ma belle-sœur commande chez {comp}, j'y ai pris les serviettes du mariage.",
    ],
    "de": [
        "Diesmal drei Tage zu spät, ohne Info.",
        "Zwei Buchstaben der Stickerei lösen sich schon.",
        "Jetzt ein Foto von jedem Teil für eine Rücksendung?",
        "Express bezahlt, Standard bekommen.",
        "Stinksauer: 12 € 'Designanpassung' für einen Text, den ich nie geändert habe.",
        "Meine Schwägerin bestellt bei {comp}, die Handtücher für die Hochzeit habe ich dort bestellt.",
    ],
    "it": [
        "Stavolta tre giorni di ritardo, senza avviso.",
        "Due lettere del ricamo si scuciono già.",
        "Ora serve una foto di ogni pezzo per un reso?",
        "Pagato l'express, arrivato standard.",
        "Furiosa: 12 € di 'adeguamento grafico' per un testo mai cambiato.",
        "Mia cognata ordina da {comp}, gli asciugamani del matrimonio li ho presi lì.",
    ],
    "pt": [
        "Desta vez três dias de atraso, sem aviso.",
        "Duas letras do bordado já se estão a soltar.",
        "Agora é preciso foto de cada peça para devolver?",
        "Paguei expresso, veio normal.",
        "Furiosa: 12 € de 'ajuste de design' por um texto que não mudei.",
        "A minha cunhada compra na {comp}, já encomendei lá as toalhas do casamento.",
    ],
}

CHURN: T = {
    "es": [
        "Hola, quiero darme de baja de Ricamelo Plus y cerrar mi cuenta. Ya he hecho todos los regalos que tenía que hacer y me mudo al extranjero.",
        "Por favor cancelad mi Plus y borrad la cuenta, ya no lo voy a usar.",
    ],
    "en": [
        "Hi, please cancel my Ricamelo Plus and close my account. The wedding's done and I won't need it any more.",
        "I'd like to cancel Plus and close the account, thanks.",
    ],
    "fr": ["Bonjour, je souhaite résilier Ricamelo Plus et fermer mon compte."],
    "de": ["Hallo, bitte kündigen Sie mein Ricamelo Plus und schließen Sie mein Konto."],
    "it": ["Buongiorno, vorrei disdire Ricamelo Plus e chiudere l'account."],
    "pt": ["Olá, quero cancelar o Ricamelo Plus e fechar a conta."],
}

AGENT_SORRY_GO: T = {
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes cancelar Plus tú mismo en la app o en la web, en Cuenta > Plus."
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel Plus yourself in the app or on the website under Account > Plus."
    ],
    "fr": [
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Compte > Plus."
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können Plus selbst in der App oder auf der Website kündigen."
    ],
    "it": ["Ciao {first}, ci dispiace. Puoi disdire Plus dall'app o dal sito, Account > Plus."],
    "pt": ["Olá {first}, lamentamos. Pode cancelar o Plus na app ou no site, Conta > Plus."],
}

GRUMBLES: T = {
    "es": [
        "La app me cierra la sesión cada vez que la abro.",
        "El aviso de 'tu pedido entra en producción' a las 6 de la mañana, en serio",
        "La vista previa en móvil corta el texto largo.",
        "Solo 8 colores de hilo, qué poca variedad.",
        "El código de descuento nunca funciona a la primera.",
    ],
    "en": [
        "App logs me out every single time.",
        "A 'your order is in production' text at 6am, cheers",
        "Preview on mobile cuts off longer text.",
        "Only eight thread colours, come on.",
        "Discount codes never work first go.",
    ],
    "fr": ["L'appli me déconnecte à chaque fois.", "Seulement huit couleurs de fil."],
    "de": ["Die App meldet mich jedes Mal ab.", "Nur acht Garnfarben, echt jetzt."],
    "it": ["L'app mi disconnette ogni volta.", "Solo otto colori di filo."],
    "pt": ["A app faz logout sempre.", "Só oito cores de linha."],
}

MILD: T = {
    "es": [
        "La vista previa me sale en inglés aunque tengo la app en español",
        "el buscador de regalos me enseña cosas de bebé sin haber buscado nada de bebé",
    ],
    "en": [
        "Preview shows in Spanish even though my app is set to English",
        "gift finder keeps suggesting baby stuff, I've no babies lol",
    ],
    "fr": ["L'aperçu s'affiche en anglais alors que l'appli est en français"],
    "de": ["Die Vorschau ist auf Englisch, obwohl die App auf Deutsch steht"],
    "it": ["L'anteprima è in inglese anche se l'app è in italiano"],
    "pt": ["A pré-visualização aparece em inglês com a app em português"],
}

MILD_ANS: T = {
    "es": ["Gracias por avisar, se lo paso al equipo de la app."],
    "en": ["Thanks for flagging, I've passed it to the app team."],
    "fr": ["Merci, je transmets à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ich gebe es ans App-Team weiter."],
    "it": ["Grazie della segnalazione, la passo al team dell'app."],
    "pt": ["Obrigado pelo aviso, passo à equipa da app."],
}

SARCASM: T = {
    "es": [
        "Me encanta que el envío 'express' llegue a las 21:40, justo para envolver el regalo de madrugada 👏",
        "Genial que la caja de la pulsera sea del tamaño de una nevera, el planeta os lo agradece 🙃",
    ],
    "en": [
        "Love that 'express' means 21:40, just in time to wrap presents at midnight 👏",
        "great that a pen comes in a box the size of a microwave 🙃",
    ],
    "fr": ["J'adore que l'« express » arrive à 21h40, parfait pour emballer à minuit 👏"],
    "de": ["Toll, dass 'Express' 21:40 heißt, perfekt zum Einpacken um Mitternacht 👏"],
    "it": ["Adoro che l''express' arrivi alle 21:40, giusto per incartare a mezzanotte 👏"],
    "pt": ["Adoro que o 'expresso' chegue às 21:40, perfeito para embrulhar à meia-noite 👏"],
}

# ------------------------------------------------------------------ business arm --
B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "facturas sin número de pedido",
        "en": "invoices without PO numbers",
        "fr": "factures sans numéro de commande",
        "de": "Rechnungen ohne Bestellnummer",
        "it": "fatture senza numero d'ordine",
        "pt": "faturas sem número de encomenda",
    },
    "service_blocked": {
        "es": "cuenta bloqueada en el portal",
        "en": "account on hold in the portal",
        "fr": "compte bloqué sur le portail",
        "de": "Konto im Portal gesperrt",
        "it": "account bloccato nel portale",
        "pt": "conta bloqueada no portal",
    },
    "portal": {
        "es": "biblioteca de logos vacía",
        "en": "empty logo library",
        "fr": "bibliothèque de logos vide",
        "de": "leere Logo-Bibliothek",
        "it": "libreria loghi vuota",
        "pt": "biblioteca de logótipos vazia",
    },
    "overbilled": {
        "es": "cargo de puesta en marcha repetido",
        "en": "set-up fee charged again",
        "fr": "frais de mise en route refacturés",
        "de": "Einrichtungsgebühr erneut berechnet",
        "it": "costo di avviamento riaddebitato",
        "pt": "taxa de preparação cobrada outra vez",
    },
}

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "es": [
            "Las tres últimas facturas vienen sin nuestro número de pedido y a nombre de la razón social antigua. Contabilidad no las puede pagar así."
        ],
        "en": [
            "Your last three invoices have no PO number and still carry our old company name. Accounts can't pay them like that."
        ],
        "fr": [
            "Vos trois dernières factures n'ont pas notre numéro de commande et portent l'ancienne raison sociale."
        ],
        "de": [
            "Ihre letzten drei Rechnungen haben keine Bestellnummer und den alten Firmennamen. So kann die Buchhaltung nicht zahlen."
        ],
        "it": [
            "Le ultime tre fatture non hanno il nostro numero d'ordine e riportano la vecchia ragione sociale."
        ],
        "pt": [
            "As últimas três faturas não têm o nosso número de encomenda e vêm com a denominação antiga."
        ],
    },
    "service_blocked": {
        "es": [
            "El portal dice 'cuenta en espera' y no nos deja pedir los polos del nuevo personal, aunque está todo pagado."
        ],
        "en": [
            "The portal says 'account on hold' and won't let us order uniforms for new starters, though every invoice is paid."
        ],
        "fr": [
            "Le portail affiche « compte en attente » et bloque la commande, alors que tout est payé."
        ],
        "de": [
            "Das Portal zeigt 'Konto gesperrt' und lässt uns keine Poloshirts bestellen, obwohl alles bezahlt ist."
        ],
        "it": ["Il portale dice 'account sospeso' e non ci fa ordinare, anche se è tutto pagato."],
        "pt": ["O portal diz 'conta suspensa' e não deixa encomendar, apesar de estar tudo pago."],
    },
    "portal": {
        "es": [
            "La biblioteca de logos del portal está vacía, no podemos repetir ningún pedido de delantales."
        ],
        "en": ["The logo library in the portal is empty, so we can't reorder anything."],
        "fr": ["La bibliothèque de logos du portail est vide, impossible de recommander."],
        "de": ["Die Logo-Bibliothek im Portal ist leer, wir können nichts nachbestellen."],
        "it": ["La libreria loghi del portale è vuota, non possiamo riordinare."],
        "pt": [
            "A biblioteca de logótipos do portal está vazia, não conseguimos repetir encomendas."
        ],
    },
    "overbilled": {
        "es": [
            "Nos habéis vuelto a cobrar la puesta en marcha del bordado (85 €) con un logo que ya tenéis guardado. El contrato dice que solo se paga una vez."
        ],
        "en": [
            "You've charged the embroidery set-up fee again (£74) for a logo you already hold. Our contract says it's a one-off."
        ],
        "fr": ["Vous refacturez les frais de mise en route (85 €) pour un logo déjà enregistré."],
        "de": [
            "Sie berechnen die Einrichtungsgebühr (85 €) erneut für ein Logo, das Sie schon haben."
        ],
        "it": ["Ci avete riaddebitato l'avviamento (85 €) per un logo già in archivio."],
        "pt": ["Voltaram a cobrar a preparação (85 €) por um logótipo que já têm."],
    },
}

B2B_LATER: T = {
    "es": ["Os escribo por lo mismo que {first} {day} (incidencia {ref}): {topic}. Sigue igual."],
    "en": [
        "Writing about the same thing {first} raised {day} (case {ref}): {topic}. Still the same."
    ],
    "fr": ["Même sujet que {first} {day} (dossier {ref}) : {topic}. Rien n'a changé."],
    "de": ["Gleiches Thema wie {first} {day} (Vorgang {ref}): {topic}. Unverändert."],
    "it": ["Stesso problema segnalato da {first} {day} (pratica {ref}): {topic}. Tutto uguale."],
    "pt": ["O mesmo que {first} escreveu {day} (processo {ref}): {topic}. Continua igual."],
}

B2B_LAST_EMAIL: T = {
    "es": [
        "Vuelvo a escribir por la incidencia {ref}: nada arreglado y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
    "en": [
        "Writing again on case {ref}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for prices."
    ],
    "fr": [
        "Je relance le dossier {ref} : rien n'est réglé. Les achats ont déjà demandé un devis à {comp}."
    ],
    "de": [
        "Nochmals zu Vorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "it": [
        "Riscrivo per la pratica {ref}: niente risolto. L'ufficio acquisti ha già chiesto prezzi a {comp}."
    ],
    "pt": [
        "Volto a escrever pelo processo {ref}: nada resolvido. As compras já pediram preços à {comp}."
    ],
}

B2B_LAST_CALL: T = {
    "es": [
        "hola llamo otra vez por la incidencia {ref} sigue sin arreglarse y ya os han escrito varios mi jefe dice que si no está esta semana nos vamos a otro proveedor"
    ],
    "en": [
        "hi it's about case {ref} again nothing's fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour je rappelle pour le dossier {ref} toujours rien mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "hallo ich rufe nochmal wegen Vorgang {ref} an es ist nichts passiert mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno richiamo per la pratica {ref} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "bom dia volto a ligar pelo processo {ref} nada resolvido o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}

B2B_MILD: T = {
    "es": [
        "Estaría bien poder exportar los pedidos por centro de coste.",
        "Sugerencia: que el albarán indique la talla de cada prenda.",
    ],
    "en": [
        "Would be handy to export orders by cost centre.",
        "Suggestion: put each garment's size on the delivery note.",
    ],
    "fr": ["Ce serait pratique d'exporter les commandes par centre de coût."],
    "de": ["Praktisch wäre ein Export der Bestellungen nach Kostenstelle."],
    "it": ["Sarebbe utile esportare gli ordini per centro di costo."],
    "pt": ["Dava jeito exportar as encomendas por centro de custo."],
}

AGENT_ACK_FORM: T = {
    "es": ["Gracias {first}, lo hemos pasado al equipo de producto."],
    "en": ["Thanks {first}, we've passed this to the product team."],
    "fr": ["Merci {first}, c'est transmis à l'équipe produit."],
    "de": ["Danke {first}, wir haben das ans Produktteam weitergegeben."],
    "it": ["Grazie {first}, l'abbiamo girato al team prodotto."],
    "pt": ["Obrigado {first}, passámos à equipa de produto."],
}

B2B_PRAISE: T = {
    "es": [
        "Los polos bordados para la inauguración quedaron de diez, el equipo encantado.",
        "Pedido de delantales en tres días, muy profesionales.",
    ],
    "en": [
        "The embroidered fleeces for the site team look really sharp, thanks.",
        "Awards arrived in time for the gala, spot on.",
    ],
    "fr": ["Les polos brodés pour l'ouverture sont parfaits."],
    "de": ["Die bestickten Fleecejacken sehen top aus, danke."],
    "it": ["Le polo ricamate per l'apertura sono perfette."],
    "pt": ["Os polos bordados ficaram ótimos, obrigado."],
}

B2B_Q: P = {
    "es": [
        (
            "¿Podemos añadir un segundo logo en la manga?",
            "Sí, desde el portal en Logos > Posición, con su propio coste de puesta en marcha.",
        ),
        ("¿Cuánto tarda un pedido de 40 placas?", "Unos cinco días laborables."),
    ],
    "en": [
        ("Can we add a second logo on the sleeve?", "Yes, under Logos > Position in the portal."),
        ("Lead time on 40 name badges?", "About five working days."),
    ],
    "fr": [("Peut-on ajouter un logo sur la manche ?", "Oui, dans Logos > Position.")],
    "de": [
        ("Können wir ein zweites Logo am Ärmel haben?", "Ja, im Portal unter Logos > Position.")
    ],
    "it": [("Si può aggiungere un logo sulla manica?", "Sì, da Loghi > Posizione nel portale.")],
    "pt": [("Dá para pôr um logótipo na manga?", "Sim, em Logótipos > Posição no portal.")],
}

# ------------------------------------------------------------------------ spike --
SPIKE_REPORT: T = {
    "es": [
        "No me deja terminar el pedido: en el texto del grabado pongo 'Begoña' y sale error GLY-358 'caracteres no válidos'. Sin la ñ sí va. ¿Qué pasa?",
        "error GLY-358 al poner un acento en el bordado, no puedo pedir la manta de José",
        "La web y la app rechazan cualquier tilde en la personalización, GLY-358. Así no puedo pedir nada",
    ],
    "en": [
        "Can't check out: the engraving text 'O'Neill' gives error GLY-358 'invalid characters'. Without the apostrophe it goes through.",
        "getting GLY-358 on every personalised order with an accent or apostrophe, app and website both",
        "Error GLY-358 when I type Zoë on the blanket. Works as Zoe, but that's not her name",
    ],
    "fr": [
        "Impossible de commander : 'François' dans la gravure donne l'erreur GLY-358 « caractères non valides »."
    ],
    "de": [
        "Bestellung geht nicht: bei 'Jürgen' in der Gravur kommt Fehler GLY-358 'ungültige Zeichen'."
    ],
    "it": [
        "Non riesco a ordinare: con 'Niccolò' nel ricamo esce errore GLY-358 'caratteri non validi'."
    ],
    "pt": ["Não consigo encomendar: 'João' na gravação dá erro GLY-358 'caracteres inválidos'."],
}

SPIKE_REPEAT: T = {
    "es": ["Sigue dando GLY-358, he probado desde el ordenador de mi marido y lo mismo."],
    "en": ["Still GLY-358, tried on my partner's laptop too, same thing."],
    "fr": ["Toujours GLY-358, même sur l'ordinateur de mon mari."],
    "de": ["Immer noch GLY-358, auch am Laptop meiner Frau."],
    "it": ["Ancora GLY-358, anche dal portatile di mia moglie."],
    "pt": ["Continua GLY-358, também no portátil do meu marido."],
}

SPIKE_CHAT_ANS: T = {
    "es": [
        "Sí, ahora mismo la personalización rechaza tildes, eñes y apóstrofos en todos los pedidos. El equipo técnico está en ello."
    ],
    "en": [
        "Yes, personalisation is rejecting accents and apostrophes on every order right now. Our engineers are on it."
    ],
    "fr": ["Oui, la personnalisation refuse les accents en ce moment, nos équipes sont dessus."],
    "de": ["Ja, die Personalisierung lehnt gerade Umlaute und Akzente ab, die Technik ist dran."],
    "it": [
        "Sì, al momento la personalizzazione rifiuta gli accenti, i tecnici ci stanno lavorando."
    ],
    "pt": ["Sim, neste momento a personalização rejeita acentos, a equipa técnica está a tratar."],
}

SPIKE_FIXED: T = {
    "es": [
        "Hola {first}, la personalización con tildes y eñes vuelve a funcionar desde las {time}. Te hemos añadido {credit} de saldo por las molestias."
    ],
    "en": [
        "Hi {first}, accents and apostrophes work again in personalisation since {time}. We've added {credit} credit for the trouble."
    ],
    "fr": [
        "Bonjour {first}, les accents fonctionnent de nouveau depuis {time}. Nous avons ajouté {credit} de crédit."
    ],
    "de": [
        "Hallo {first}, Umlaute und Akzente funktionieren seit {time} wieder. Wir haben Ihnen {credit} gutgeschrieben."
    ],
    "it": [
        "Ciao {first}, gli accenti funzionano di nuovo dalle {time}. Ti abbiamo accreditato {credit}."
    ],
    "pt": ["Olá {first}, os acentos voltaram a funcionar desde as {time}. Creditámos {credit}."],
}

LONE_Q: T = {
    "es": [
        "Una pregunta: si pongo 'Mª Ángeles' en la pulsera, ¿sale la tilde grabada igual que en la vista previa?"
    ],
    "en": [
        "Quick question, will the apostrophe in D'Arcy show up on the engraving like in the preview?"
    ],
    "fr": ["Petite question : l'accent de 'Hélène' sera bien gravé comme sur l'aperçu ?"],
    "de": ["Kurze Frage: wird das ö in 'Jörg' genauso graviert wie in der Vorschau?"],
    "it": ["Domanda: l'accento di 'Nicolò' viene inciso come nell'anteprima?"],
    "pt": ["Pergunta: o til de 'Simão' sai gravado como na pré-visualização?"],
}

LONE_ANS: T = {
    "es": ["¡Sí! Lo que ves en la vista previa es exactamente lo que se graba, tildes incluidas."],
    "en": ["Yes, what you see in the preview is exactly what's engraved, apostrophes included."],
    "fr": ["Oui, l'aperçu correspond exactement à la gravure, accents compris."],
    "de": ["Ja, die Vorschau entspricht genau der Gravur, Umlaute inklusive."],
    "it": ["Sì, l'anteprima corrisponde esattamente all'incisione."],
    "pt": ["Sim, a pré-visualização é exatamente o que fica gravado."],
}

SPIKE_GRUMBLE: T = {
    "es": ["la vista previa del papel de regalo tarda muchísimo en cargar hoy"],
    "en": ["gift-wrap preview is painfully slow to load today"],
    "fr": ["L'aperçu de l'emballage cadeau est très lent aujourd'hui"],
    "de": ["Die Geschenkpapier-Vorschau lädt heute ewig"],
    "it": ["L'anteprima della carta regalo è lentissima oggi"],
    "pt": ["A pré-visualização do papel de embrulho está lentíssima hoje"],
}
