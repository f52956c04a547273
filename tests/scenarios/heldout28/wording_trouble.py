# ruff: noqa: E501
"""Trouble wording for heldout28 (Fiorvento), written by hand from the stories.

Italian and Spanish first, then de, en, fr, pt. {ref} is the case reference (FV-123456),
{ref_spoken} the same as heard on a call ("fv 123456"), {comp} a competitor, {price} a price
written the local way.
"""

from __future__ import annotations

COMPETITORS = ["Petalia", "Ramoverde"]

PROBLEMS = [
    "wilted",
    "late_delivery",
    "not_delivered",
    "double_charge",
    "voucher_refused",
    "refund",
]

SUBJECT: dict[str, dict[str, str]] = {
    "it": {
        "wilted": "Reclamo: fiori appassiti",
        "late_delivery": "Reclamo: consegna in ritardo",
        "not_delivered": "Reclamo: ordine mai arrivato",
        "double_charge": "Reclamo: addebito doppio Club",
        "voucher_refused": "Reclamo: buono regalo rifiutato",
        "refund": "Reclamo: rimborso non ricevuto",
    },
    "es": {
        "wilted": "Reclamación: flores marchitas",
        "late_delivery": "Reclamación: entrega tarde",
        "not_delivered": "Reclamación: pedido no entregado",
        "double_charge": "Reclamación: cobro doble del Club",
        "voucher_refused": "Reclamación: tarjeta regalo rechazada",
        "refund": "Reclamación: reembolso pendiente",
    },
    "de": {
        "wilted": "Reklamation: verwelkte Blumen",
        "late_delivery": "Reklamation: zu spät geliefert",
        "not_delivered": "Reklamation: nie angekommen",
        "double_charge": "Reklamation: Club doppelt abgebucht",
        "voucher_refused": "Reklamation: Gutschein abgelehnt",
        "refund": "Reklamation: Erstattung fehlt",
    },
    "en": {
        "wilted": "Complaint: dead flowers",
        "late_delivery": "Complaint: delivered late",
        "not_delivered": "Complaint: order never arrived",
        "double_charge": "Complaint: Club charged twice",
        "voucher_refused": "Complaint: gift card refused",
        "refund": "Complaint: refund missing",
    },
    "fr": {
        "wilted": "Réclamation : fleurs fanées",
        "late_delivery": "Réclamation : livraison en retard",
        "not_delivered": "Réclamation : commande jamais reçue",
        "double_charge": "Réclamation : Club prélevé deux fois",
        "voucher_refused": "Réclamation : carte cadeau refusée",
        "refund": "Réclamation : remboursement manquant",
    },
    "pt": {
        "wilted": "Reclamação: flores murchas",
        "late_delivery": "Reclamação: entrega atrasada",
        "not_delivered": "Reclamação: encomenda nunca chegou",
        "double_charge": "Reclamação: Club cobrado duas vezes",
        "voucher_refused": "Reclamação: cartão oferta recusado",
        "refund": "Reclamação: reembolso em falta",
    },
}

CASE_WORD = {
    "it": "Pratica",
    "es": "Caso",
    "de": "Fall",
    "en": "Case",
    "fr": "Dossier",
    "pt": "Processo",
}
REPLY_PREFIX = {
    "it": ["R:", "Re:", "R: R:"],
    "es": ["RE:", "Re:", "RE: RE:"],
    "de": ["AW:", "AW: AW:"],
    "en": ["RE:", "Re:"],
    "fr": ["RE :", "TR:"],
    "pt": ["RE:", "Re:"],
}

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "wilted": {
        "it": [
            "Il mazzo {occ} è arrivato con le rose già appassite e le foglie nere. Li ho pagati {price}. VERGOGNOSO",
            "ma scherziamo?? fiori {occ} morti dopo UN giorno, la scatola puzzava di marcio. voglio un rimborso",
            "Buongiorno, vi scrivo perché il bouquet {occ} è arrivato con metà dei fiori piegati e appassiti. Ho dovuto buttarlo. Sono molto [[delusa|deluso]].",
        ],
        "es": [
            "El ramo {occ} llegó con las rosas MUSTIAS y el agua verde. {price} tirados a la basura",
            "en serio? flores {occ} muertas al día siguiente, vaya vergüenza",
            "Hola, el centro {occ} llegó con la mitad de las flores dobladas y secas. Estoy muy [[decepcionada|decepcionado]].",
        ],
        "de": [
            "Der Strauß {occ} kam mit schon verwelkten Rosen an. {price} für Kompost. UNFASSBAR",
            "blumen {occ} nach einem tag tot. ich will mein geld zurück",
        ],
        "en": [
            "The bouquet {occ} turned up with the roses already dead and brown. {price} straight in the bin",
            "seriously?? flowers {occ} wilted after ONE day",
        ],
        "fr": [
            "Le bouquet {occ} est arrivé avec les roses déjà fanées. {price} à la poubelle. INADMISSIBLE",
            "fleurs {occ} mortes en un jour, franchement",
        ],
        "pt": [
            "O ramo {occ} chegou com as rosas já murchas. {price} para o lixo. INACREDITÁVEL",
            "flores {occ} mortas num dia, que vergonha",
        ],
    },
    "late_delivery": {
        "it": [
            "Avevo pagato la consegna entro le 12 {occ} e i fiori sono arrivati alle 19, a festa finita. NESSUNO mi ha avvisato",
            "ordine {occ} consegnato IL GIORNO DOPO. a cosa serve pagare la consegna espressa??",
            "Buonasera, i fiori {occ} dovevano arrivare sabato e sono arrivati lunedì. La cerimonia era sabato. Non ho parole.",
        ],
        "es": [
            "Pagué entrega antes de las 12 {occ} y llegó a las 8 de la tarde, con la fiesta acabada. NADIE avisó",
            "pedido {occ} entregado AL DÍA SIGUIENTE, para qué pago el urgente??",
            "Buenas tardes, las flores {occ} tenían que llegar el sábado y llegaron el lunes. El entierro era el sábado.",
        ],
        "de": [
            "Expresslieferung bis 12 Uhr {occ} bezahlt, angekommen um 19 Uhr. NIEMAND hat Bescheid gesagt",
            "Blumen {occ} einen Tag zu spät. Wofür zahle ich Express?",
        ],
        "en": [
            "Paid for delivery before noon {occ}, it turned up at 7pm after everyone had gone. NOBODY told me",
            "flowers {occ} came the NEXT DAY. what's the point of paying for express",
        ],
        "fr": [
            "J'ai payé la livraison avant midi {occ}, arrivé à 19h, la fête était finie. PERSONNE ne m'a prévenu[[e|]]",
            "fleurs {occ} livrées LE LENDEMAIN, à quoi sert l'express ?",
        ],
        "pt": [
            "Paguei entrega até ao meio-dia {occ} e chegou às 19h, já tinha acabado tudo. NINGUÉM avisou",
            "flores {occ} entregues NO DIA SEGUINTE, para que pago o expresso?",
        ],
    },
    "not_delivered": {
        "it": [
            "Il tracking dice consegnato ma mia madre non ha ricevuto NIENTE. ordine {occ}, {price} pagati",
            "Il corriere ha segnato 'consegnato' ma i fiori {occ} non sono mai arrivati. Ho chiesto anche ai vicini.",
            "fiori {occ} spariti nel nulla. stato: consegnato. realtà: niente. complimenti",
        ],
        "es": [
            "El seguimiento dice entregado pero mi madre no ha recibido NADA. pedido {occ}, {price}",
            "El repartidor marcó 'entregado' y las flores {occ} nunca llegaron. He preguntado hasta a los vecinos.",
            "flores {occ} desaparecidas. estado: entregado. realidad: nada",
        ],
        "de": [
            "Laut Tracking zugestellt, aber meine Mutter hat NICHTS bekommen. Bestellung {occ}, {price}"
        ],
        "en": ["Tracking says delivered but my mum got NOTHING. Flowers {occ}, {price} paid"],
        "fr": ["Le suivi dit livré mais ma mère n'a RIEN reçu. Commande {occ}, {price}"],
        "pt": [
            "O seguimento diz entregue mas a minha mãe não recebeu NADA. Encomenda {occ}, {price}"
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato il Club DUE volte questo mese, {price} + {price}. Rivoglio i miei soldi",
            "scusate ma perché vedo due addebiti del Club sulla carta?? uno solo grazie",
            "Buongiorno, nell'estratto conto ci sono due addebiti identici per l'abbonamento Club. Attendo lo storno.",
        ],
        "es": [
            "Me habéis cobrado el Club DOS veces este mes, {price} + {price}. Quiero mi dinero",
            "a ver, por qué tengo dos cargos del Club en la tarjeta??",
            "Hola, en el extracto aparecen dos cargos idénticos de la suscripción Club. Espero la devolución.",
        ],
        "de": ["Der Club wurde ZWEIMAL abgebucht, {price} + {price}. Ich will das zurück"],
        "en": ["You've taken the Club fee TWICE this month, {price} + {price}. I want it back"],
        "fr": [
            "Vous avez prélevé le Club DEUX FOIS ce mois-ci, {price} + {price}. Je veux être remboursé[[e|]]"
        ],
        "pt": ["Cobraram o Club DUAS vezes este mês, {price} + {price}. Quero o dinheiro de volta"],
    },
    "voucher_refused": {
        "it": [
            "Il buono regalo che mi hanno regalato viene rifiutato al checkout, 'codice non valido'. Scade tra una settimana",
            "buono da 50 euro rifiutato, ho provato da app e da sito. NON valido?? me l'hanno regalato a natale",
        ],
        "es": [
            "La tarjeta regalo que me regalaron da 'código no válido' al pagar. Caduca la semana que viene",
            "tarjeta regalo de 50 rechazada en la app y en la web. NO válida?? fue un regalo de cumple",
        ],
        "de": [
            "Mein Geschenkgutschein wird an der Kasse abgelehnt, 'Code ungültig'. Er läuft nächste Woche ab"
        ],
        "en": [
            "My gift card keeps getting refused at checkout, 'invalid code'. It runs out next week"
        ],
        "fr": [
            "Ma carte cadeau est refusée au paiement, 'code invalide'. Elle expire la semaine prochaine"
        ],
        "pt": [
            "O meu cartão oferta é recusado no pagamento, 'código inválido'. Expira para a semana"
        ],
    },
    "refund": {
        "it": [
            "Ordine {occ} annullato tre settimane fa e il rimborso di {price} ancora NIENTE. Mi avevate detto 5 giorni",
            "aspetto ancora il rimborso dei fiori {occ}, {price}. tre settimane. ma davvero?",
        ],
        "es": [
            "Pedido {occ} cancelado hace tres semanas y el reembolso de {price} sigue sin llegar. Me dijisteis 5 días",
            "sigo esperando el reembolso de las flores {occ}, {price}. tres semanas ya",
        ],
        "de": [
            "Bestellung {occ} vor drei Wochen storniert, Erstattung von {price} fehlt immer noch"
        ],
        "en": [
            "Order {occ} cancelled three weeks ago and still no refund of {price}. You said 5 days"
        ],
        "fr": [
            "Commande {occ} annulée il y a trois semaines, toujours pas de remboursement de {price}"
        ],
        "pt": ["Encomenda {occ} cancelada há três semanas e o reembolso de {price} ainda nada"],
    },
}

PHONE_OPEN = {
    "it": ["pronto buongiorno", "sì salve"],
    "es": ["sí hola buenas", "hola buenas tardes"],
    "de": ["äh hallo guten tag"],
    "en": ["yeah hi", "hiya hello"],
    "fr": ["oui bonjour euh"],
    "pt": ["está sim boa tarde"],
}

PHONE_COMPLAINT: dict[str, dict[str, str]] = {
    "it": {
        "wilted": "chiamo perché i fiori {occ} sono arrivati appassiti li ho dovuti buttare ho pagato {price_spoken}",
        "late_delivery": "avevo pagato la consegna entro mezzogiorno {occ} e sono arrivati la sera nessuno mi ha avvisato",
        "not_delivered": "il tracciamento dice consegnato ma mia madre non ha ricevuto niente",
        "double_charge": "mi avete addebitato il club due volte questo mese vorrei lo storno",
        "voucher_refused": "il buono regalo mi dà codice non valido e scade tra una settimana",
        "refund": "sto aspettando un rimborso da tre settimane di {price_spoken}",
    },
    "es": {
        "wilted": "llamo porque las flores {occ} llegaron mustias las tuve que tirar pagué {price_spoken}",
        "late_delivery": "pagué la entrega antes de mediodía {occ} y llegaron por la tarde nadie avisó",
        "not_delivered": "el seguimiento pone entregado pero mi madre no ha recibido nada",
        "double_charge": "me habéis cobrado el club dos veces este mes quiero que me lo devolváis",
        "voucher_refused": "la tarjeta regalo me da código no válido y caduca la semana que viene",
        "refund": "llevo tres semanas esperando un reembolso de {price_spoken}",
    },
    "de": {
        "wilted": "ich rufe an weil die blumen {occ} verwelkt angekommen sind ich habe {price_spoken} bezahlt",
        "late_delivery": "ich habe express bis mittag bezahlt und die blumen kamen erst am abend",
        "not_delivered": "im tracking steht zugestellt aber meine mutter hat nichts bekommen",
        "double_charge": "sie haben den club zweimal abgebucht diesen monat",
        "voucher_refused": "mein gutschein wird abgelehnt code ungültig und er läuft bald ab",
        "refund": "ich warte seit drei wochen auf eine erstattung von {price_spoken}",
    },
    "en": {
        "wilted": "i'm ringing because the flowers {occ} came dead i had to bin them and i paid {price_spoken}",
        "late_delivery": "i paid for before noon delivery and they turned up in the evening nobody rang me",
        "not_delivered": "the tracking says delivered but my mum's got nothing",
        "double_charge": "you've taken the club fee twice this month i want one of them back",
        "voucher_refused": "my gift card says invalid code and it runs out next week",
        "refund": "i've been waiting three weeks for a refund of {price_spoken}",
    },
    "fr": {
        "wilted": "j'appelle parce que les fleurs {occ} sont arrivées fanées j'ai payé {price_spoken}",
        "late_delivery": "j'ai payé la livraison avant midi et c'est arrivé le soir personne n'a prévenu",
        "not_delivered": "le suivi dit livré mais ma mère n'a rien reçu",
        "double_charge": "vous avez prélevé le club deux fois ce mois-ci",
        "voucher_refused": "ma carte cadeau est refusée code invalide et elle expire bientôt",
        "refund": "j'attends un remboursement de {price_spoken} depuis trois semaines",
    },
    "pt": {
        "wilted": "estou a ligar porque as flores {occ} chegaram murchas paguei {price_spoken}",
        "late_delivery": "paguei entrega até ao meio-dia e chegaram à noite ninguém avisou",
        "not_delivered": "o seguimento diz entregue mas a minha mãe não recebeu nada",
        "double_charge": "cobraram o club duas vezes este mês",
        "voucher_refused": "o cartão oferta dá código inválido e expira para a semana",
        "refund": "estou há três semanas à espera de um reembolso de {price_spoken}",
    },
}

# Long e-mails: the complaint stands in the middle of a letter about something else.
LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n\nvi scrivo con un po' di calma solo adesso perché sono giorni complicati: mio padre è ricoverato da due settimane e facciamo i turni con mia sorella, io la mattina prima del lavoro e lei la sera. Per questo avevo pensato di mandare dei fiori a casa sua per quando torna, e anche {occ}.\n\n{complaint}\n\nCapite che in un momento così non ho tempo né voglia di stare al telefono. Vi chiedo di sistemare la cosa per email.\n\nCordiali saluti,\n{name} {last}",
        "Salve,\n\nsono [[cliente affezionata|cliente affezionato]] da anni e di solito non scrivo reclami. Questo mese abbiamo traslocato a {city} con due bambini piccoli, la scuola nuova, gli scatoloni ovunque, e il regalo {occ} era l'unica cosa che pensavo di aver organizzato bene.\n\n{complaint}\n\nMi dispiace il tono, ma sono davvero stanc[[a|o]].\n\n{name}",
    ],
    "es": [
        "Hola,\n\nos escribo ahora con un poco de calma porque han sido unos días malos: mi padre lleva dos semanas ingresado y nos turnamos con mi hermana, yo por las mañanas antes de trabajar y ella por las noches. Por eso quise mandar flores a casa, y también {occ}.\n\n{complaint}\n\nEntenderéis que ahora mismo no tengo tiempo de estar al teléfono. Por favor resolvedlo por email.\n\nUn saludo,\n{name} {last}",
        "Buenas,\n\nsoy [[clienta|cliente]] desde hace años y no suelo quejarme. Este mes nos hemos mudado a {city} con dos niños pequeños, cole nuevo, cajas por todas partes, y el regalo {occ} era lo único que creía tener controlado.\n\n{complaint}\n\nPerdonad el tono, pero estoy agotad[[a|o]].\n\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe erst jetzt, weil die letzten Wochen schwierig waren: mein Vater liegt im Krankenhaus und meine Schwester und ich wechseln uns ab. Deshalb wollte ich Blumen schicken, auch {occ}.\n\n{complaint}\n\nBitte regeln Sie das per E-Mail, ich habe keine Zeit für Warteschleifen.\n\nMit freundlichen Grüßen\n{name} {last}"
    ],
    "en": [
        "Hello,\n\nSorry this is a long one. We've just moved to {city} with the kids, new school, boxes everywhere, my partner working away, and the flowers {occ} were the one thing I thought I'd sorted.\n\n{complaint}\n\nI'm not one for complaining normally but honestly this week.\n\nThanks,\n{name} {last}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris seulement maintenant car les semaines ont été compliquées : mon père est hospitalisé et nous nous relayons avec ma sœur. Je voulais lui faire envoyer des fleurs, et aussi {occ}.\n\n{complaint}\n\nMerci de régler cela par mail, je n'ai pas le temps d'attendre au téléphone.\n\nCordialement,\n{name} {last}"
    ],
    "pt": [
        "Boa tarde,\n\nSó agora consigo escrever com calma: o meu pai está internado há duas semanas e eu e a minha irmã revezamo-nos. Quis mandar flores, e também {occ}.\n\n{complaint}\n\nPeço que resolvam por email, não tenho tempo para esperar ao telefone.\n\nCumprimentos,\n{name} {last}"
    ],
}

FOLLOW_UP: dict[str, list[str]] = {
    "it": [
        "Pratica {ref}: ancora tutto fermo, nessuna risposta. Quanto devo aspettare?",
        "scrivo di nuovo per {ref}, il problema è ancora lì. è la seconda volta",
        "Ancora niente per la pratica {ref}. Vi ho già scritto, possibile che nessuno risponda?",
    ],
    "es": [
        "Caso {ref}: todo sigue igual y nadie contesta. ¿Cuánto más tengo que esperar?",
        "vuelvo a escribir por {ref}, sigue sin resolverse. segunda vez",
        "Nada todavía del caso {ref}. Ya os escribí, nadie responde?",
    ],
    "de": ["Fall {ref}: immer noch nichts passiert. Wie lange noch?"],
    "en": ["Case {ref}: still nothing, nobody's come back to me. How long am I meant to wait?"],
    "fr": ["Dossier {ref} : toujours rien, aucune réponse. Je dois attendre combien de temps ?"],
    "pt": ["Processo {ref}: continua tudo igual e ninguém responde. Quanto tempo mais?"],
}

THIRD_TIME: dict[str, list[str]] = {
    "it": [
        "È la TERZA volta che scrivo per {ref}. Se domani non è risolto passo a {comp}.",
        "terza volta per la pratica {ref}, ancora aperta. {comp} almeno risponde al telefono",
    ],
    "es": [
        "Es la TERCERA vez que escribo por {ref}. Si mañana no está resuelto me voy a {comp}.",
        "tercera vez con el caso {ref}, sigue abierto. en {comp} por lo menos contestan",
    ],
    "de": [
        "Zum DRITTEN Mal wegen {ref}. Wenn das morgen nicht gelöst ist, bestelle ich bei {comp}."
    ],
    "en": [
        "THIRD time writing about {ref}. If it's not sorted tomorrow I'm taking my orders to {comp}."
    ],
    "fr": [
        "TROISIÈME fois que j'écris pour {ref}. Si ce n'est pas réglé demain je passe chez {comp}."
    ],
    "pt": [
        "TERCEIRA vez que escrevo por causa do {ref}. Se amanhã não estiver resolvido vou para a {comp}."
    ],
}

FOURTH_TIME: dict[str, list[str]] = {
    "it": [
        "QUARTA volta. Pratica {ref}, ancora aperta, ancora NIENTE.",
        "quarto messaggio per {ref}. siete incredibili",
    ],
    "es": [
        "CUARTA vez. Caso {ref}, todavía abierto, todavía NADA.",
        "cuarto mensaje por {ref}. increíble",
    ],
    "de": ["VIERTES Mal. Fall {ref}, immer noch offen, NICHTS."],
    "en": ["FOURTH time. Case {ref}, still open, NOTHING."],
    "fr": ["QUATRIÈME fois. Dossier {ref}, toujours ouvert, RIEN."],
    "pt": ["QUARTA vez. Processo {ref}, ainda aberto, NADA."],
}

PHONE_FOLLOW: dict[str, str] = {
    "it": "pronto sì chiamo per la pratica {ref_spoken} è ancora aperta nessuno mi ha richiamato",
    "es": "sí hola llamo por el caso {ref_spoken} sigue abierto y nadie me ha llamado",
    "de": "ja hallo es geht um den fall {ref_spoken} der ist immer noch offen",
    "en": "yeah hi it's about case {ref_spoken} it's still open nobody's rung me back",
    "fr": "oui bonjour c'est pour le dossier {ref_spoken} toujours pas réglé personne ne m'a rappelé[[e|]]",
    "pt": "sim boa tarde é sobre o processo {ref_spoken} continua aberto ninguém me ligou",
}

AGENT_OPENED: dict[str, str] = {
    "it": "Gentile [[Sig.ra|Sig.]] {last}, abbiamo aperto la pratica {ref} e la stiamo verificando. La ricontatteremo al più presto. {agent}, servizio clienti {brand}",
    "es": "Estimad[[a Sra.|o Sr.]] {last}, hemos abierto el caso {ref} y lo estamos revisando. Le responderemos lo antes posible. {agent}, atención al cliente {brand}",
    "de": "Sehr geehrte[[ Frau|r Herr]] {last}, wir haben den Fall {ref} eröffnet und prüfen ihn. {agent}, Kundenservice {brand}",
    "en": "Dear [[Ms|Mr]] {last}, we've opened case {ref} and are looking into it. {agent}, {brand} customer care",
    "fr": "[[Madame|Monsieur]] {last}, nous avons ouvert le dossier {ref} et le vérifions. {agent}, service client {brand}",
    "pt": "Car[[a Sra.|o Sr.]] {last}, abrimos o processo {ref} e estamos a analisar. {agent}, apoio ao cliente {brand}",
}

AGENT_PASSED: dict[str, str] = {
    "it": "Gentile [[Sig.ra|Sig.]] {last}, la pratica {ref} è stata passata al nostro team consegne e pagamenti, che la contatterà. {agent}, {brand}",
    "es": "Estimad[[a Sra.|o Sr.]] {last}, el caso {ref} se ha pasado a nuestro equipo de entregas y pagos, que le contactará. {agent}, {brand}",
    "de": "Sehr geehrte[[ Frau|r Herr]] {last}, der Fall {ref} wurde an unser Team für Lieferung und Zahlungen weitergegeben. {agent}, {brand}",
    "en": "Dear [[Ms|Mr]] {last}, case {ref} has been passed on to our delivery and payments team, who will be in touch. {agent}, {brand}",
    "fr": "[[Madame|Monsieur]] {last}, le dossier {ref} a été transmis à notre équipe livraisons et paiements. {agent}, {brand}",
    "pt": "Car[[a Sra.|o Sr.]] {last}, o processo {ref} foi passado à nossa equipa de entregas e pagamentos. {agent}, {brand}",
}

FIX: dict[str, dict[str, str]] = {
    "it": {
        "wilted": "le abbiamo rimborsato l'intero importo e rispedito un mazzo nuovo",
        "late_delivery": "le abbiamo rimborsato la consegna espressa e aggiunto un buono",
        "not_delivered": "il mazzo è stato riconsegnato oggi con firma",
        "double_charge": "il secondo addebito è stato stornato",
        "voucher_refused": "il buono è stato riattivato e prorogato di tre mesi",
        "refund": "il rimborso è stato emesso oggi",
    },
    "es": {
        "wilted": "le hemos devuelto el importe y enviado un ramo nuevo",
        "late_delivery": "le hemos devuelto el envío urgente y añadido un cupón",
        "not_delivered": "el ramo se ha vuelto a entregar hoy con firma",
        "double_charge": "el segundo cargo ha sido devuelto",
        "voucher_refused": "la tarjeta regalo está reactivada y ampliada tres meses",
        "refund": "el reembolso se ha emitido hoy",
    },
    "de": {
        "wilted": "wir haben den vollen Betrag erstattet und einen neuen Strauß geschickt",
        "late_delivery": "wir haben die Expressgebühr erstattet",
        "not_delivered": "der Strauß wurde heute mit Unterschrift neu zugestellt",
        "double_charge": "die zweite Abbuchung wurde zurückgebucht",
        "voucher_refused": "der Gutschein ist wieder aktiv und drei Monate verlängert",
        "refund": "die Erstattung wurde heute ausgelöst",
    },
    "en": {
        "wilted": "we've refunded it in full and sent a fresh bouquet",
        "late_delivery": "we've refunded the express fee and added a voucher",
        "not_delivered": "the bouquet was redelivered today and signed for",
        "double_charge": "the second charge has been reversed",
        "voucher_refused": "the gift card is active again and extended by three months",
        "refund": "the refund went out today",
    },
    "fr": {
        "wilted": "nous avons remboursé la totalité et renvoyé un bouquet neuf",
        "late_delivery": "nous avons remboursé les frais express",
        "not_delivered": "le bouquet a été relivré aujourd'hui contre signature",
        "double_charge": "le second prélèvement a été annulé",
        "voucher_refused": "la carte cadeau est réactivée et prolongée de trois mois",
        "refund": "le remboursement est parti aujourd'hui",
    },
    "pt": {
        "wilted": "devolvemos o valor total e enviámos um ramo novo",
        "late_delivery": "devolvemos a taxa de entrega expresso",
        "not_delivered": "o ramo foi reentregue hoje com assinatura",
        "double_charge": "a segunda cobrança foi anulada",
        "voucher_refused": "o cartão oferta está ativo outra vez e prolongado três meses",
        "refund": "o reembolso foi emitido hoje",
    },
}

AGENT_SORTED: dict[str, str] = {
    "it": "Gentile [[Sig.ra|Sig.]] {last}, pratica {ref}: {fix}. Può confermarci che ora è tutto a posto? Ci scusiamo. {agent}, {brand}",
    "es": "Estimad[[a Sra.|o Sr.]] {last}, caso {ref}: {fix}. ¿Nos confirma que ya está todo bien? Disculpe las molestias. {agent}, {brand}",
    "de": "Sehr geehrte[[ Frau|r Herr]] {last}, Fall {ref}: {fix}. Können Sie bestätigen, dass alles in Ordnung ist? {agent}, {brand}",
    "en": "Dear [[Ms|Mr]] {last}, case {ref}: {fix}. Could you confirm it's all sorted your end? Sorry again. {agent}, {brand}",
    "fr": "[[Madame|Monsieur]] {last}, dossier {ref} : {fix}. Pouvez-vous confirmer que tout est en ordre ? {agent}, {brand}",
    "pt": "Car[[a Sra.|o Sr.]] {last}, processo {ref}: {fix}. Pode confirmar que está tudo bem? {agent}, {brand}",
}

CONFIRM: dict[str, list[str]] = {
    "it": ["Confermo, pratica {ref} risolta. Grazie!", "sì tutto ok per {ref}, grazie mille"],
    "es": ["Confirmo, caso {ref} resuelto. ¡Gracias!", "sí todo bien con {ref}, gracias"],
    "de": ["Bestätigt, Fall {ref} erledigt. Danke!"],
    "en": ["Confirmed, case {ref} all sorted. Thanks!"],
    "fr": ["Confirmé, dossier {ref} réglé. Merci !"],
    "pt": ["Confirmo, processo {ref} resolvido. Obrigad[[a|o]]!"],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate il tono di ieri, ero nervos[[a|o]] per la giornata. Grazie per aver sistemato",
        "chiedo scusa per ieri, avete risolto in fretta. grazie",
    ],
    "es": [
        "Perdonad el tono de ayer, estaba de los nervios. Gracias por arreglarlo",
        "perdón por lo de ayer, lo habéis solucionado rápido. gracias",
    ],
    "de": ["Entschuldigung für den Ton gestern, war ein schlimmer Tag. Danke fürs Lösen"],
    "en": ["Sorry for the tone yesterday, bad day. Thanks for sorting it"],
    "fr": ["Désolé[[e|]] pour le ton d'hier, journée difficile. Merci d'avoir réglé ça"],
    "pt": ["Desculpem o tom de ontem, estava nervos[[a|o]]. Obrigad[[a|o]] por resolverem"],
}

LOW_SCORE_WORD: dict[str, list[str]] = {
    "it": ["pessimo", "mai più", "😡", ""],
    "es": ["fatal", "nunca más", "😡", ""],
    "de": ["schlecht", "😡", ""],
    "en": ["awful", "😡", ""],
    "fr": ["nul", "😡", ""],
    "pt": ["péssimo", "😡", ""],
}

# The slide: six steps from mild to leaving.
SLIDE: dict[str, list[str]] = {
    "it": [
        "Le rose questa volta erano un po' più piccole del solito, boh",
        "Un po' [[delusa|deluso]] dall'aumento del Club, da 24,90 a 29,90 senza avvisare",
        "Stuf[[a|o]] dell'app che si blocca ogni volta che scrivo il biglietto",
        "In chat solo un bot che non capisce niente. Possibile?",
        "FURIOS[[A|O]]: mazzo sbagliato, gigli invece di rose, e la sostituzione me la fate pagare di nuovo",
        "Ne ho abbastanza. Sto confrontando i prezzi con {comp}",
    ],
    "es": [
        "Esta vez las rosas eran más pequeñas de lo normal, no sé",
        "Un poco [[decepcionada|decepcionado]] con la subida del Club, de 24,90 a 29,90 sin avisar",
        "Hart[[a|o]] de que la app se cuelgue cada vez que escribo la tarjeta",
        "En el chat solo hay un bot que no entiende nada. En serio?",
        "FURIOS[[A|O]]: ramo equivocado, lirios en vez de rosas, y encima me cobráis el cambio",
        "Ya está bien. Estoy comparando precios con {comp}",
    ],
    "de": [
        "Die Rosen waren diesmal kleiner als sonst",
        "Etwas enttäuscht von der Club-Preiserhöhung",
        "Genervt, dass die App beim Kartentext abstürzt",
        "Im Chat nur ein Bot, der nichts versteht",
        "WÜTEND: falscher Strauß und der Ersatz kostet wieder Versand",
        "Mir reicht's. Ich vergleiche gerade Preise bei {comp}",
    ],
    "en": [
        "Roses were a bit smaller than usual this time",
        "Bit disappointed the Club went up without a word",
        "Fed up of the app crashing every time I type the card message",
        "Nobody in the chat, just a bot that understands nothing",
        "FURIOUS: wrong bouquet, lilies not roses, and you charge delivery again for the swap",
        "Had enough. Comparing prices at {comp}",
    ],
    "fr": [
        "Les roses étaient un peu plus petites que d'habitude",
        "Un peu déçu[[e|]] par la hausse du Club sans prévenir",
        "Marre de l'appli qui plante quand j'écris le message",
        "Personne dans le chat, juste un bot qui ne comprend rien",
        "FURIEU[[SE|X]] : mauvais bouquet, des lys au lieu de roses, et l'échange est payant",
        "J'en ai assez. Je compare les prix chez {comp}",
    ],
    "pt": [
        "As rosas desta vez eram mais pequenas",
        "Um pouco desiludid[[a|o]] com o aumento do Club",
        "Fart[[a|o]] da app que bloqueia quando escrevo o cartão",
        "No chat só há um bot que não percebe nada",
        "FURIOS[[A|O]]: ramo errado, lírios em vez de rosas, e ainda cobram a troca",
        "Chega. Estou a comparar preços na {comp}",
    ],
}

CANCEL_ASK: dict[str, list[str]] = {
    "it": [
        "Buongiorno, vorrei disdire il Club e chiudere il mio account. Ci trasferiamo all'estero. Grazie",
        "Salve, come faccio a cancellare l'abbonamento Club e chiudere l'account?",
    ],
    "es": [
        "Hola, quiero darme de baja del Club y cerrar mi cuenta. Nos vamos al extranjero. Gracias",
        "Buenas, cómo cancelo el Club y cierro la cuenta?",
    ],
    "de": ["Guten Tag, ich möchte den Club kündigen und mein Konto schließen."],
    "en": ["Hi, I'd like to cancel the Club and close my account please."],
    "fr": ["Bonjour, je souhaite résilier le Club et fermer mon compte."],
    "pt": ["Boa tarde, quero cancelar o Club e fechar a minha conta."],
}

CANCEL_ANSWER: dict[str, str] = {
    "it": "Ciao {name}, puoi disdire il Club e chiudere l'account da solo dall'app, in Profilo > Account. Ci dispiace vederti andare. {agent}, {brand}",
    "es": "Hola {name}, puedes cancelar el Club y cerrar la cuenta tú mism[[a|o]] en la app, en Perfil > Cuenta. Sentimos que te vayas. {agent}, {brand}",
    "de": "Hallo {name}, Sie können den Club in der App unter Profil > Konto selbst kündigen. {agent}, {brand}",
    "en": "Hi {name}, you can cancel the Club and close the account yourself in the app, under Profile > Account. Sorry to see you go. {agent}, {brand}",
    "fr": "Bonjour {name}, vous pouvez résilier le Club vous-même dans l'appli, Profil > Compte. {agent}, {brand}",
    "pt": "Olá {name}, pode cancelar o Club na app, em Perfil > Conta. {agent}, {brand}",
}

CANCEL_REASON: dict[str, list[str]] = {
    "it": ["trasferimento all'estero", "non lo uso più", ""],
    "es": ["me mudo fuera", "ya no lo uso", ""],
    "de": ["Umzug", ""],
    "en": ["moving abroad", ""],
    "fr": ["déménagement", ""],
    "pt": ["mudança", ""],
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "L'app mi ha di nuovo sloggato dopo l'aggiornamento. Che noia",
        "Il Club costa troppo per quello che dà",
        "Il bot in chat è inutile",
        "Spese di consegna più care dei fiori, ma dai",
        "Le cartoline costano uno sproposito",
    ],
    "es": [
        "La app me ha vuelto a cerrar sesión tras la actualización. Qué pesadez",
        "El Club es caro para lo que da",
        "El bot del chat no sirve para nada",
        "El envío cuesta más que las flores, venga ya",
        "Las tarjetas son carísimas",
    ],
    "de": [
        "Die App hat mich schon wieder ausgeloggt",
        "Der Club ist zu teuer",
        "Der Chatbot ist nutzlos",
    ],
    "en": [
        "App logged me out again after the update. Tedious",
        "The Club's overpriced for what it is",
        "That chat bot is useless",
    ],
    "fr": [
        "L'appli m'a encore déconnecté[[e|]] après la mise à jour",
        "Le Club est trop cher",
        "Le bot du chat ne sert à rien",
    ],
    "pt": [
        "A app voltou a fazer logout depois da atualização",
        "O Club é caro para o que dá",
        "O bot do chat não serve para nada",
    ],
}

MILD_GRUMBLE: dict[str, list[str]] = {
    "it": [
        "Stamattina l'app era lentissima a caricare il catalogo",
        "L'anteprima del biglietto sul tablet si vede sgranata",
    ],
    "es": [
        "Esta mañana la app tardaba muchísimo en cargar el catálogo",
        "La vista previa de la tarjeta en la tablet se ve borrosa",
    ],
    "de": ["Die App lädt heute morgen den Katalog sehr langsam"],
    "en": ["App was really slow loading the catalogue this morning"],
    "fr": ["L'appli était très lente à charger le catalogue ce matin"],
    "pt": ["A app estava muito lenta a carregar o catálogo esta manhã"],
}

MILD_ANSWER: dict[str, str] = {
    "it": "Grazie della segnalazione {name}, l'abbiamo girata al team dell'app. {agent}, {brand}",
    "es": "Gracias por avisar {name}, se lo hemos pasado al equipo de la app. {agent}, {brand}",
    "de": "Danke für den Hinweis {name}, wir geben es an das App-Team weiter. {agent}, {brand}",
    "en": "Thanks for letting us know {name}, passed on to the app team. {agent}, {brand}",
    "fr": "Merci du signalement {name}, transmis à l'équipe de l'appli. {agent}, {brand}",
    "pt": "Obrigado pelo aviso {name}, passámos à equipa da app. {agent}, {brand}",
}

FORM_ACK: dict[str, str] = {
    "it": "Abbiamo ricevuto il tuo messaggio dal modulo web, ti risponderemo entro 48 ore. {brand}",
    "es": "Hemos recibido tu mensaje del formulario web, te responderemos en 48 horas. {brand}",
    "de": "Wir haben Ihre Nachricht aus dem Kontaktformular erhalten und antworten innerhalb von 48 Stunden. {brand}",
    "en": "We've received your message from the web form and will reply within 48 hours. {brand}",
    "fr": "Nous avons bien reçu votre message via le formulaire, réponse sous 48 h. {brand}",
    "pt": "Recebemos a sua mensagem do formulário, responderemos em 48 horas. {brand}",
}

# The spike: checkout fails with error F-482 and the basket empties (eve of All Saints).
SPIKE: dict[str, list[str]] = {
    "it": [
        "Non riesco a pagare, errore F-482 e il carrello si svuota. Devo mandare i crisantemi per domani!!",
        "app e sito: 'Pagamento non riuscito (F-482)' tre volte di fila. il carrello sparisce",
        "errore F-482 al pagamento, carrello vuoto, domani è Ognissanti. aiuto",
    ],
    "es": [
        "No puedo pagar, error F-482 y se vacía la cesta. Necesito las flores para mañana!!",
        "'Pago no completado (F-482)' tres veces seguidas, la cesta desaparece",
        "error F-482 al pagar y cesta vacía. mañana es Todos los Santos",
    ],
    "de": [
        "Bezahlen geht nicht, Fehler F-482 und der Warenkorb ist leer",
        "'Zahlung fehlgeschlagen (F-482)', dreimal. Warenkorb weg",
    ],
    "en": [
        "Can't pay, error F-482 and the basket empties itself",
        "'Payment failed (F-482)' three times, basket gone",
    ],
    "fr": [
        "Impossible de payer, erreur F-482 et le panier se vide",
        "'Paiement échoué (F-482)' trois fois, panier vidé",
    ],
    "pt": [
        "Não consigo pagar, erro F-482 e o carrinho esvazia",
        "'Pagamento falhou (F-482)' três vezes, carrinho vazio",
    ],
}

SPIKE_REPEAT: dict[str, str] = {
    "it": "ancora F-482, ho provato anche dal sito, stessa cosa. in chat non risponde nessuno",
    "es": "sigue el F-482, probé también en la web, igual. en el chat no contesta nadie",
    "de": "immer noch F-482, auch auf der Website. Im Chat antwortet niemand",
    "en": "still F-482, tried the website too now, same. nobody answering the chat",
    "fr": "toujours F-482, essayé sur le site aussi, pareil. personne au chat",
    "pt": "continua o F-482, tentei no site também, igual. ninguém responde no chat",
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Ciao {name}, l'errore di pagamento F-482 di ieri sera è stato risolto: i carrelli sono stati ripristinati. Ci scusiamo. {brand}",
    "es": "Hola {name}, el error de pago F-482 de anoche está solucionado y las cestas se han recuperado. Disculpa. {brand}",
    "de": "Hallo {name}, der Zahlungsfehler F-482 von gestern Abend ist behoben, die Warenkörbe sind wieder da. {brand}",
    "en": "Hi {name}, last night's payment error F-482 is fixed and baskets have been restored. Sorry. {brand}",
    "fr": "Bonjour {name}, l'erreur de paiement F-482 d'hier soir est corrigée, paniers restaurés. {brand}",
    "pt": "Olá {name}, o erro de pagamento F-482 de ontem à noite está resolvido. {brand}",
}

LONE_Q: dict[str, str] = {
    "it": "stasera il pagamento ci ha messo tipo 2 minuti poi è andato. è normale?",
    "es": "esta noche el pago ha tardado como 2 minutos y luego ha ido. es normal?",
}

LONE_A: dict[str, str] = {
    "it": "Ciao {name}, a volte la banca chiede una verifica in più: se l'ordine risulta confermato è tutto a posto. {agent}, {brand}",
    "es": "Hola {name}, a veces el banco pide una verificación extra: si el pedido sale confirmado está todo bien. {agent}, {brand}",
}
