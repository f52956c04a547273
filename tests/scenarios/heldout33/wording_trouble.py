# ruff: noqa: E501
"""Hand-written wording for heldout33 (Croquo): complaints, follow-ups, slides, the spike.

Placeholders as in wording_happy, plus {ref} (the case reference, CQ- and six digits),
{sref} (the reference as speech-to-text hears it), {comp} (a competitor), {complaint}
(a complaint inside a long e-mail), {fix} (what the agent fixed), {still} (the problem
said again in a few words).
"""

from __future__ import annotations

PROBLEMS = ("late_delivery", "double_charge", "wrong_product", "vet_call", "refund", "damaged")

TOPIC: dict[str, dict[str, str]] = {
    "late_delivery": {
        "fr": "colis non reçu",
        "es": "pedido no recibido",
        "de": "Lieferung fehlt",
        "en": "order not delivered",
        "it": "ordine non arrivato",
        "pt": "encomenda não entregue",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "es": "cobro duplicado",
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "it": "doppio addebito",
        "pt": "cobrança duplicada",
    },
    "wrong_product": {
        "fr": "mauvais produit",
        "es": "producto equivocado",
        "de": "falsches Futter",
        "en": "wrong food sent",
        "it": "prodotto sbagliato",
        "pt": "produto errado",
    },
    "vet_call": {
        "fr": "visio véto",
        "es": "videoconsulta",
        "de": "Videosprechstunde",
        "en": "vet video call",
        "it": "videoconsulto",
        "pt": "consulta por vídeo",
    },
    "refund": {
        "fr": "remboursement",
        "es": "reembolso",
        "de": "Erstattung",
        "en": "refund",
        "it": "rimborso",
        "pt": "reembolso",
    },
    "damaged": {
        "fr": "colis abîmé",
        "es": "paquete dañado",
        "de": "Paket beschädigt",
        "en": "damaged parcel",
        "it": "pacco danneggiato",
        "pt": "encomenda danificada",
    },
}

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "late_delivery": {
        "fr": [
            "Ça fait 6 jours que le suivi dit « en cours d'acheminement » et toujours RIEN. Il reste une gamelle pour {pet}. C'est quoi le problème ???",
            "Commande passée il y a une semaine, suivi bloqué depuis lundi, PERSONNE ne répond. {mypet} n'a plus de croquettes, je fais comment moi ?",
        ],
        "es": [
            "Seis días con el seguimiento en «en tránsito» y NADA. Le queda un cuenco de pienso a {pet}. ¿Qué pasa???",
            "Pedido hecho hace una semana, el seguimiento parado desde el lunes y NADIE contesta. {mypet} se queda sin comer, ¿qué hago?",
        ],
        "de": [
            "Seit 6 Tagen steht die Sendung auf «unterwegs» und NICHTS kommt. {pet} hat noch eine Mahlzeit. Was ist da los???"
        ],
        "en": [
            "Tracking has said «in transit» for 6 days and NOTHING. {pet} has one bowl left. What is going on???"
        ],
        "it": [
            "Da 6 giorni il tracciamento dice «in transito» e NIENTE. A {pet} resta una ciotola. Ma che succede???"
        ],
        "pt": [
            "Há 6 dias que o seguimento diz «em trânsito» e NADA. {pet} só tem ração para hoje. O que se passa???"
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez prélevé l'abonnement DEUX FOIS ce mois-ci, {amount} et encore {amount} le même jour. Je veux mon argent, pas un avoir.",
            "Double prélèvement de {amount} sur mon compte. DEUX FOIS. Fin de mois serrée, merci beaucoup.",
        ],
        "es": [
            "Me habéis cobrado la suscripción DOS VECES este mes, {amount} y otra vez {amount} el mismo día. Quiero mi dinero, no un vale.",
            "Cobro duplicado de {amount} en mi cuenta. DOS VECES. Con el mes justito, genial.",
        ],
        "de": [
            "Sie haben das Abo ZWEIMAL abgebucht, {amount} und nochmal {amount} am selben Tag. Ich will mein Geld zurück."
        ],
        "en": [
            "You've taken the subscription TWICE this month, {amount} and {amount} again the same day. I want it back, not a voucher."
        ],
        "it": [
            "Mi avete addebitato l'abbonamento DUE volte questo mese, {amount} e ancora {amount} lo stesso giorno. Rivoglio i miei soldi."
        ],
        "pt": [
            "Cobraram-me a assinatura DUAS vezes este mês, {amount} e outra vez {amount} no mesmo dia. Quero o dinheiro de volta."
        ],
    },
    "wrong_product": {
        "fr": [
            "J'ai reçu des croquettes AU POULET alors que {mypet} est allergique et que c'est marqué en gros sur son profil. J'aurais pu ne pas voir. Inadmissible.",
            "Sac de croquettes pour chat alors que j'ai un chien. Deuxième erreur de préparation. Vous lisez les commandes ?",
        ],
        "es": [
            "Me ha llegado pienso CON POLLO cuando {mypet} es alérgico y está puesto en su perfil. Si no me doy cuenta... Inadmisible.",
            "Un saco de pienso de gato y yo tengo un perro. ¿Alguien lee los pedidos?",
        ],
        "de": [
            "Futter MIT HUHN geliefert, obwohl {pet} allergisch ist und es im Profil steht. Unglaublich."
        ],
        "en": [
            "Got food WITH CHICKEN when {pet} is allergic and it's on the profile in big letters. Unbelievable."
        ],
        "it": [
            "Arrivate crocchette AL POLLO quando {pet} è allergico ed è scritto nel profilo. Inaccettabile."
        ],
        "pt": ["Recebi ração COM FRANGO quando {pet} é alérgico e está no perfil. Inadmissível."],
    },
    "vet_call": {
        "fr": [
            "Visio véto réservée à 18h30, j'ai attendu 40 minutes devant l'écran avec {pet} qui boitait. Personne. Aucun message. Et c'est facturé.",
            "Deuxième fois que la visio véto coupe au bout de 2 minutes et impossible de se reconnecter. {pet} a besoin d'un avis, pas d'un écran noir.",
        ],
        "es": [
            "Videoconsulta reservada a las 18:30, 40 minutos esperando delante de la pantalla con {pet} cojeando. Nadie. Ni un mensaje. Y me la cobráis.",
            "Segunda vez que la videoconsulta se corta a los 2 minutos y no hay forma de volver a entrar. {pet} necesita un veterinario, no una pantalla negra.",
        ],
        "de": [
            "Videosprechstunde um 18:30 gebucht, 40 Minuten gewartet, {pet} humpelt. Niemand. Keine Nachricht. Und abgerechnet."
        ],
        "en": [
            "Booked the vet video call for 6:30, waited 40 minutes with {pet} limping. Nobody. Not a message. And you've charged me."
        ],
        "it": [
            "Videoconsulto prenotato alle 18:30, 40 minuti davanti allo schermo con {pet} che zoppica. Nessuno. E me lo fate pagare."
        ],
        "pt": [
            "Consulta por vídeo marcada para as 18:30, 40 minutos à espera com {pet} a coxear. Ninguém. E cobraram."
        ],
    },
    "refund": {
        "fr": [
            "J'ai renvoyé l'arbre à chat il y a TROIS semaines, vous l'avez reçu le 4, et toujours pas remboursé[[e|]] de {amount}. Ça devient long.",
            "Retour accepté, colis livré chez vous, et le remboursement de {amount} ? Rien depuis trois semaines.",
        ],
        "es": [
            "Devolví el rascador hace TRES semanas, os llegó el día 4 y sigo sin el reembolso de {amount}. Ya está bien.",
            "Devolución aceptada, paquete entregado en vuestro almacén, ¿y los {amount}? Nada en tres semanas.",
        ],
        "de": [
            "Kratzbaum vor DREI Wochen zurückgeschickt, bei Ihnen angekommen, und die {amount} sind immer noch nicht erstattet."
        ],
        "en": [
            "Sent the cat tree back THREE weeks ago, you got it on the 4th, still no refund of {amount}."
        ],
        "it": [
            "Ho reso il tiragraffi TRE settimane fa, vi è arrivato il 4, e il rimborso di {amount} ancora niente."
        ],
        "pt": [
            "Devolvi o arranhador há TRÊS semanas, chegou-vos dia 4 e ainda não vi os {amount}."
        ],
    },
    "damaged": {
        "fr": [
            "Colis arrivé éventré, la litière partout dans le hall de l'immeuble, le sac de croquettes percé. Le livreur l'a laissé comme ça. Super.",
            "Carton défoncé, sac de 12 kg ouvert, la moitié des croquettes dans le carton. Je ne vais pas donner ça à {pet}.",
        ],
        "es": [
            "Paquete reventado, la arena por todo el portal, el saco de pienso roto. El repartidor lo dejó así. Genial.",
            "Caja destrozada, el saco de 12 kilos abierto y medio pienso suelto. No le voy a dar eso a {pet}.",
        ],
        "de": [
            "Paket aufgerissen, Streu im ganzen Treppenhaus, der Futtersack kaputt. So einfach abgestellt."
        ],
        "en": [
            "Box arrived ripped open, litter all over the hall, the food bag split. Just left like that."
        ],
        "it": [
            "Pacco sventrato, lettiera per tutto l'androne, sacco di crocchette bucato. Lasciato così."
        ],
        "pt": [
            "Caixa rebentada, areia pela entrada do prédio toda, saco de ração furado. Deixaram assim."
        ],
    },
}

#: the problem as a phone transcript hears it (after the opener)
SPOKEN: dict[str, dict[str, str]] = {
    "late_delivery": {
        "fr": "j'appelle parce que ma commande est bloquée depuis six jours sur le suivi et mon chien a plus rien à manger",
        "es": "llamo porque el pedido lleva seis días parado en el seguimiento y al perro ya no le queda pienso",
        "de": "ich rufe an weil meine bestellung seit sechs tagen hängt und der hund nichts mehr hat",
        "en": "I'm ringing about my order it's been stuck six days on the tracking and the dog has nothing left",
        "it": "chiamo perché l'ordine è fermo da sei giorni e il cane non ha più niente",
        "pt": "estou a ligar porque a encomenda está parada há seis dias e o cão já não tem ração",
    },
    "double_charge": {
        "fr": "vous m'avez prélevé deux fois l'abonnement ce mois-ci deux fois le même jour",
        "es": "me habéis cobrado dos veces la suscripción este mes dos veces el mismo día",
        "de": "sie haben das abo zweimal abgebucht am selben tag",
        "en": "you've charged me twice for the subscription the same day",
        "it": "mi avete addebitato due volte l'abbonamento lo stesso giorno",
        "pt": "cobraram-me duas vezes a assinatura no mesmo dia",
    },
    "wrong_product": {
        "fr": "j'ai reçu des croquettes au poulet alors que mon chat est allergique c'est marqué sur son profil",
        "es": "me ha llegado pienso con pollo y mi perro es alérgico está puesto en el perfil",
        "de": "ich hab futter mit huhn bekommen obwohl die katze allergisch ist",
        "en": "I got food with chicken in it and he's allergic it's on his profile",
        "it": "mi sono arrivate crocchette al pollo e il gatto è allergico",
        "pt": "recebi ração com frango e o gato é alérgico está no perfil",
    },
    "vet_call": {
        "fr": "j'avais une visio véto à dix-huit heures trente et personne est venu j'ai attendu quarante minutes",
        "es": "tenía una videoconsulta a las seis y media y no apareció nadie estuve cuarenta minutos esperando",
        "de": "ich hatte eine videosprechstunde um halb sieben und es kam niemand vierzig minuten gewartet",
        "en": "I had the vet video call at half six and nobody came on I waited forty minutes",
        "it": "avevo un videoconsulto alle sei e mezza e non si è presentato nessuno",
        "pt": "tinha uma consulta por vídeo às seis e meia e não apareceu ninguém",
    },
    "refund": {
        "fr": "j'ai renvoyé un arbre à chat il y a trois semaines et j'ai toujours pas été remboursé",
        "es": "devolví un rascador hace tres semanas y todavía no me habéis devuelto el dinero",
        "de": "ich hab vor drei wochen einen kratzbaum zurückgeschickt und noch kein geld gesehen",
        "en": "I sent back a cat tree three weeks ago and I've still no refund",
        "it": "ho reso un tiragraffi tre settimane fa e non ho ancora avuto il rimborso",
        "pt": "devolvi um arranhador há três semanas e ainda não fui reembolsado",
    },
    "damaged": {
        "fr": "le colis est arrivé complètement ouvert la litière partout et le sac de croquettes percé",
        "es": "el paquete ha llegado abierto la arena por todas partes y el saco roto",
        "de": "das paket kam total aufgerissen an streu überall und der sack kaputt",
        "en": "the box came ripped open litter everywhere and the bag split",
        "it": "il pacco è arrivato aperto lettiera dappertutto e il sacco bucato",
        "pt": "a caixa chegou toda aberta areia por todo o lado e o saco furado",
    },
}

#: the problem said again in a few words, in follow-ups
STILL: dict[str, dict[str, str]] = {
    "late_delivery": {
        "fr": "toujours pas de colis, le suivi n'a pas bougé",
        "es": "sigue sin llegar el pedido, el seguimiento no se mueve",
        "de": "immer noch kein Paket",
        "en": "still no parcel, tracking hasn't moved",
        "it": "il pacco ancora non c'è",
        "pt": "a encomenda continua sem chegar",
    },
    "double_charge": {
        "fr": "toujours pas recrédité du double prélèvement",
        "es": "sigo sin la devolución del cobro duplicado",
        "de": "die doppelte Abbuchung ist immer noch nicht zurück",
        "en": "the double charge still hasn't come back",
        "it": "il doppio addebito non è ancora rientrato",
        "pt": "a cobrança duplicada continua por devolver",
    },
    "wrong_product": {
        "fr": "toujours pas reçu le bon sac, {pet} mange du riz",
        "es": "sigo sin el saco correcto, {pet} comiendo arroz",
        "de": "immer noch nicht das richtige Futter",
        "en": "still haven't got the right food",
        "it": "ancora niente sacco giusto",
        "pt": "continuo sem o saco certo",
    },
    "vet_call": {
        "fr": "toujours pas de nouveau créneau ni de remboursement de la visio",
        "es": "ni nueva cita ni devolución de la videoconsulta",
        "de": "weder neuer Termin noch Geld zurück",
        "en": "no new slot and no refund for the call",
        "it": "né nuovo appuntamento né rimborso",
        "pt": "nem nova consulta nem reembolso",
    },
    "refund": {
        "fr": "toujours pas remboursé[[e|]]",
        "es": "sigo sin el reembolso",
        "de": "immer noch nicht erstattet",
        "en": "still not refunded",
        "it": "ancora nessun rimborso",
        "pt": "continuo sem reembolso",
    },
    "damaged": {
        "fr": "toujours pas de renvoi du colis abîmé",
        "es": "sigo esperando que me reenviéis el pedido roto",
        "de": "immer noch kein Ersatz für das kaputte Paket",
        "en": "still no replacement for the damaged box",
        "it": "ancora nessuna sostituzione del pacco rotto",
        "pt": "continuo sem substituição da caixa estragada",
    },
}

FIX: dict[str, dict[str, str]] = {
    "late_delivery": {
        "fr": "le colis était bloqué au dépôt de Rungis, il est reparti en express et arrive demain avant 13h",
        "es": "el paquete estaba retenido en el almacén, sale hoy en urgente y llega mañana antes de las 14h",
        "de": "das Paket hing im Lager fest und kommt morgen per Express",
        "en": "the parcel was stuck at the depot and is going out express for tomorrow",
        "it": "il pacco era fermo al deposito, parte oggi in espresso e arriva domani",
        "pt": "a encomenda estava retida no armazém e segue hoje em expresso",
    },
    "double_charge": {
        "fr": "le second prélèvement de {amount} a été annulé, vous le verrez sous 2 à 3 jours",
        "es": "hemos anulado el segundo cobro de {amount}, lo verás en 2-3 días",
        "de": "die zweite Abbuchung über {amount} ist storniert",
        "en": "the second charge of {amount} is reversed, 2-3 days to show",
        "it": "il secondo addebito di {amount} è stato annullato",
        "pt": "a segunda cobrança de {amount} foi anulada",
    },
    "wrong_product": {
        "fr": "le bon sac sans poulet part aujourd'hui, gardez l'autre pour un refuge si vous voulez",
        "es": "el saco correcto sin pollo sale hoy, el otro puedes donarlo a una protectora",
        "de": "das richtige Futter ohne Huhn geht heute raus",
        "en": "the right chicken-free bag goes out today",
        "it": "il sacco giusto senza pollo parte oggi",
        "pt": "o saco certo sem frango segue hoje",
    },
    "vet_call": {
        "fr": "la visio est remboursée et une véto vous rappelle demain à 18h",
        "es": "te devolvemos la videoconsulta y una veterinaria te llama mañana a las 18h",
        "de": "die Sprechstunde ist erstattet und eine Tierärztin ruft morgen um 18 Uhr an",
        "en": "the call is refunded and a vet will ring you tomorrow at 6",
        "it": "il videoconsulto è rimborsato e una veterinaria la richiama domani alle 18",
        "pt": "a consulta foi reembolsada e uma veterinária liga amanhã às 18h",
    },
    "refund": {
        "fr": "le remboursement de {amount} est parti ce matin",
        "es": "el reembolso de {amount} ha salido esta mañana",
        "de": "die Erstattung über {amount} ist heute raus",
        "en": "the refund of {amount} went out this morning",
        "it": "il rimborso di {amount} è partito stamattina",
        "pt": "o reembolso de {amount} saiu esta manhã",
    },
    "damaged": {
        "fr": "une nouvelle commande complète part aujourd'hui, sans frais",
        "es": "sale hoy un pedido nuevo completo, sin coste",
        "de": "eine komplette Ersatzlieferung geht heute kostenlos raus",
        "en": "a full replacement goes out today, no charge",
        "it": "un nuovo ordine completo parte oggi, senza costi",
        "pt": "segue hoje uma encomenda nova completa, sem custos",
    },
}

LONG_EMAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris un peu tard, la semaine a été compliquée : ma mère s'est cassé le col du fémur samedi, je fais les allers-retours à l'hôpital de {town} tous les jours et c'est ma voisine qui passe nourrir {pet}.\n\nDonc vraiment, je n'avais pas besoin de ça : {complaint}\n\nJe suis client[[e|]] depuis deux ans, j'ai toujours tout payé à l'heure, j'ai parrainé trois amies. Je ne demande pas la lune, juste que ce soit réglé.\n\nCordialement,\n{first} {last}",
        "Bonjour,\n\nOn vient de déménager à {town} avec deux enfants en bas âge, les cartons sont encore partout et {mypet} est complètement perdu dans le nouvel appartement.\n\nAlors quand {complaint}\n\n...je vous avoue que j'ai craqué. Merci de régler ça vite.\n\n{first} {last}",
    ],
    "es": [
        "Hola,\n\nOs escribo tarde porque ha sido una semana horrible: a mi padre lo operaron el lunes y estoy todo el día entre el hospital de {town} y casa, y es mi vecina la que baja a dar de comer a {pet}.\n\nAsí que de verdad que no necesitaba esto: {complaint}\n\nLlevo dos años como cliente, siempre he pagado, os he recomendado a media familia. Solo pido que se arregle.\n\nUn saludo,\n{first} {last}",
        "Buenas,\n\nNos acabamos de mudar a {town} con dos críos pequeños, todo en cajas, y {mypet} no se adapta al piso nuevo.\n\nY encima: {complaint}\n\nPues eso, que necesito que lo arregléis ya.\n\n{first} {last}",
    ],
    "de": [
        "Guten Tag,\n\nentschuldigen Sie die späte Nachricht, meine Mutter liegt seit Samstag im Krankenhaus in {town}, ich pendle jeden Tag, und die Nachbarin füttert {pet}.\n\nUnd dann das: {complaint}\n\nIch bin seit zwei Jahren [[Kundin|Kunde]] und habe immer pünktlich bezahlt. Bitte kümmern Sie sich darum.\n\n{first} {last}"
    ],
    "en": [
        "Hi,\n\nSorry this is late, my dad had an operation on Monday and I'm back and forth to the hospital in {town} every day, the neighbour is feeding {pet}.\n\nSo I really didn't need this: {complaint}\n\nI've been with you two years and always paid on time. Please just sort it.\n\n{first} {last}"
    ],
    "it": [
        "Buongiorno,\n\nscrivo tardi perché mia madre è stata operata all'anca sabato e faccio avanti e indietro dall'ospedale di {town}, la vicina dà da mangiare a {pet}.\n\nE poi questo: {complaint}\n\nSono cliente da due anni e ho sempre pagato. Chiedo solo che venga risolto.\n\n{first} {last}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo tarde porque a minha mãe foi operada à anca no sábado e ando entre o hospital de {town} e casa, é a vizinha que dá de comer a {pet}.\n\nE agora isto: {complaint}\n\nSou cliente há dois anos e sempre paguei a horas. Só peço que resolvam.\n\n{first} {last}"
    ],
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "de": "Reklamation: {topic}",
    "en": "Complaint: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT: dict[str, str] = {
    "fr": "Dossier {ref}",
    "es": "Caso {ref}",
    "de": "Fall {ref}",
    "en": "Case {ref}",
    "it": "Pratica {ref}",
    "pt": "Processo {ref}",
}

CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour {name}, nous sommes vraiment désolés pour ce souci. J'ai ouvert le dossier {ref} et je m'en occupe. Vous aurez des nouvelles très vite. {agent}, service client Croquo",
    "es": "Hola {name}, sentimos mucho lo ocurrido. He abierto el caso {ref} y me encargo yo. Te escribimos en cuanto sepamos algo. {agent}, atención al cliente Croquo",
    "de": "Hallo {name}, das tut uns sehr leid. Ich habe den Fall {ref} eröffnet und kümmere mich darum. {agent}, Croquo Kundenservice",
    "en": "Hi {name}, really sorry about this. I've opened case {ref} and I'm on it. {agent}, Croquo customer care",
    "it": "Ciao {name}, ci dispiace molto. Ho aperto la pratica {ref} e me ne occupo io. {agent}, assistenza Croquo",
    "pt": "Olá {name}, lamentamos muito. Abri o processo {ref} e estou a tratar disso. {agent}, apoio ao cliente Croquo",
}

PASSED_ON: dict[str, str] = {
    "fr": "Bonjour {name}, votre demande (dossier {ref}) a été transmise à notre équipe logistique et facturation. Ils reviennent vers vous sous 48 h. {agent}",
    "es": "Hola {name}, tu solicitud (caso {ref}) se ha pasado a nuestro equipo de logística y facturación. Te contestarán en 48 h. {agent}",
    "de": "Hallo {name}, Ihr Anliegen (Fall {ref}) wurde an unser Logistik- und Abrechnungsteam weitergegeben. Antwort innerhalb von 48 h. {agent}",
    "en": "Hi {name}, your request (case {ref}) has been passed on to our logistics and billing team. They'll be back to you within 48 h. {agent}",
    "it": "Ciao {name}, la tua richiesta (pratica {ref}) è passata al team logistica e fatturazione. Risposta entro 48 h. {agent}",
    "pt": "Olá {name}, o seu pedido (processo {ref}) foi passado à equipa de logística e faturação. Resposta em 48 h. {agent}",
}

GOOD_NEWS: dict[str, str] = {
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous me confirmer que tout est bon de votre côté ? {agent}",
    "es": "Hola {name}, buenas noticias sobre el caso {ref}: {fix}. ¿Nos confirmas que está todo bien? {agent}",
    "de": "Hallo {name}, gute Nachrichten zu Fall {ref}: {fix}. Können Sie bestätigen, dass alles passt? {agent}",
    "en": "Hi {name}, good news on case {ref}: {fix}. Can you confirm all is OK your end? {agent}",
    "it": "Ciao {name}, buone notizie sulla pratica {ref}: {fix}. Ci confermi che è tutto a posto? {agent}",
    "pt": "Olá {name}, boas notícias sobre o processo {ref}: {fix}. Pode confirmar que está tudo bem? {agent}",
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé pour le dossier {ref}, tout est rentré dans l'ordre. Merci {agent}, {pet} aussi vous remercie",
        "Dossier {ref} : c'est bon, bien reçu. Merci pour le suivi",
    ],
    "es": [
        "Confirmado lo del caso {ref}, todo solucionado. Gracias {agent}, {pet} también te lo agradece",
        "Caso {ref}: todo bien, recibido. Gracias por el seguimiento",
    ],
    "de": ["Fall {ref}: alles gut, ist angekommen. Danke {agent}"],
    "en": ["Case {ref}: all sorted, got it. Thanks {agent}"],
    "it": ["Pratica {ref}: tutto a posto, ricevuto. Grazie {agent}"],
    "pt": ["Processo {ref}: está tudo resolvido. Obrigad[[a|o]] {agent}"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Bonjour, désolé[[e|]] pour le ton de mon message d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite",
        "Je m'excuse pour hier, ce n'était pas contre vous. Merci {agent}",
    ],
    "es": [
        "Hola, perdón por el tono de ayer, estaba a tope. Gracias por solucionarlo tan rápido",
        "Siento lo de ayer, no iba contra vosotros. Gracias {agent}",
    ],
    "de": ["Entschuldigung für den Ton gestern, ich war fertig. Danke fürs schnelle Lösen"],
    "en": [
        "Sorry about the tone yesterday, I was at the end of my rope. Thanks for sorting it so fast"
    ],
    "it": [
        "Scusate per il tono di ieri, ero esaust[[a|o]]. Grazie per aver risolto così in fretta"
    ],
    "pt": [
        "Desculpem o tom de ontem, estava exaust[[a|o]]. Obrigad[[a|o]] por resolverem tão depressa"
    ],
}

FOLLOW2: dict[str, list[str]] = {
    "fr": [
        "Dossier {ref} : {still}. Quelqu'un s'en occupe vraiment ?",
        "Je relance pour le dossier {ref}, {still}. Ça fait deux jours.",
    ],
    "es": [
        "Caso {ref}: {still}. ¿Alguien se está ocupando?",
        "Vuelvo a escribir por el caso {ref}, {still}. Ya van dos días.",
    ],
    "de": ["Fall {ref}: {still}. Kümmert sich jemand?"],
    "en": ["Case {ref}: {still}. Is anyone actually on this?"],
    "it": ["Pratica {ref}: {still}. Qualcuno se ne occupa?"],
    "pt": ["Processo {ref}: {still}. Alguém está a tratar disto?"],
}

FOLLOW3: dict[str, list[str]] = {
    "fr": [
        "TROISIÈME fois que j'écris pour le dossier {ref}. {still}. Si ce n'est pas réglé demain je passe chez {comp}, au moins ils répondent.",
        "Troisième relance, dossier {ref}, et TOUJOURS rien : {still}. {comp} me fait une offre de bienvenue, je réfléchis sérieusement.",
    ],
    "es": [
        "TERCERA vez que escribo por el caso {ref}. {still}. Si mañana no está resuelto me voy a {comp}, que por lo menos contestan.",
        "Tercer mensaje, caso {ref}, y NADA: {still}. {comp} me ofrece el primer mes gratis, me lo estoy pensando.",
    ],
    "de": [
        "Zum DRITTEN Mal wegen Fall {ref}. {still}. Wenn das morgen nicht gelöst ist, gehe ich zu {comp}."
    ],
    "en": [
        "THIRD time writing about case {ref}. {still}. If it's not fixed tomorrow I'm off to {comp}."
    ],
    "it": [
        "TERZA volta che scrivo per la pratica {ref}. {still}. Se domani non è risolto passo a {comp}."
    ],
    "pt": [
        "TERCEIRA vez que escrevo sobre o processo {ref}. {still}. Se amanhã não estiver resolvido vou para a {comp}."
    ],
}

FOLLOW4: dict[str, list[str]] = {
    "fr": [
        "QUATRIÈME message pour le dossier {ref}. {still}. Je n'ai jamais vu un service client pareil.",
        "Dossier {ref}, quatrième fois. {still}. JAMAIS de réponse concrète.",
    ],
    "es": [
        "CUARTO mensaje por el caso {ref}. {still}. No he visto nunca algo igual.",
        "Caso {ref}, cuarta vez. {still}. NUNCA una respuesta de verdad.",
    ],
    "de": ["VIERTE Nachricht zu Fall {ref}. {still}. So etwas habe ich NIE erlebt."],
    "en": ["FOURTH message about case {ref}. {still}. NEVER seen anything like it."],
    "it": ["QUARTO messaggio per la pratica {ref}. {still}. MAI vista una cosa così."],
    "pt": ["QUARTA mensagem sobre o processo {ref}. {still}. NUNCA vi nada assim."],
}

#: a follow-up by phone: "{n}" is the spoken ordinal
SPOKEN_FOLLOW: dict[str, str] = {
    "fr": "c'est la {n} fois que j'appelle pour le dossier {sref} et c'est toujours pas réglé",
    "es": "es la {n} vez que llamo por el caso {sref} y sigue sin resolverse",
    "de": "ich rufe jetzt zum {n} mal an wegen fall {sref} und es ist immer noch nicht gelöst",
    "en": "this is the {n} time I'm ringing about case {sref} and it's still not sorted",
    "it": "è la {n} volta che chiamo per la pratica {sref} e non è ancora risolto",
    "pt": "é a {n} vez que ligo por causa do processo {sref} e continua por resolver",
}
SPOKEN_ORDINAL: dict[str, list[str]] = {
    "fr": ["deuxième", "troisième", "quatrième"],
    "es": ["segunda", "tercera", "cuarta"],
    "de": ["zweiten", "dritten", "vierten"],
    "en": ["second", "third", "fourth"],
    "it": ["seconda", "terza", "quarta"],
    "pt": ["segunda", "terceira", "quarta"],
}
#: how speech-to-text writes "CQ-" before the digits
SPOKEN_REF: dict[str, list[str]] = {
    "fr": ["cé ku", "c q", "cé cu"],
    "es": ["ce cu", "ce ku", "c q"],
    "de": ["ce ku", "zeh ku"],
    "en": ["c q", "see queue"],
    "it": ["ci cu", "c q"],
    "pt": ["cê quê", "c q"],
}

SLIDE: dict[str, list[list[str]]] = {
    "fr": [
        [
            "Depuis la mise à jour, l'appli {at} met trois plombes à charger mon historique. Bon.",
            "Un peu déçu[[e|]] : l'abonnement passe de 49,90 à 54,90 sans vraiment prévenir. {at}",
            "Deuxième livraison en retard d'affilée chez {at}. Ça commence à faire.",
            "Le chat du service client {at}, c'est un robot qui ne comprend rien. Je veux un humain.",
            "Et maintenant {at} me facture une fontaine à eau que je n'ai JAMAIS commandée. C'est une blague ?",
            "Bon, ça suffit. Je regarde ce que {comp} propose pour le même sac.",
        ],
        [
            "L'appli {at} plante à chaque fois que je veux modifier la date de livraison. Pénible.",
            "Un peu déçu[[e|]] de {at}, le sac a augmenté de 5 € et la qualité n'a pas bougé.",
            "Encore un colis {at} arrivé avec deux jours de retard. {pet} a eu droit aux restes.",
            "Trois jours pour une réponse du service client {at}, et à côté de la plaque.",
            "{at} m'a prélevé des frais de port alors que l'abonnement les inclut. Vraiment énervé[[e|]].",
            "J'en ai marre. {comp} livre à {town} aussi, je vais comparer ce soir.",
        ],
    ],
    "es": [
        [
            "Desde la actualización la app de {at} tarda un siglo en cargar el historial. En fin.",
            "Algo decepcionad[[a|o]]: la suscripción pasa de 49,90 a 54,90 sin avisar casi. {at}",
            "Segundo envío seguido con retraso de {at}. Ya empieza a cansar.",
            "El chat de {at} es un bot que no entiende nada. Quiero hablar con una persona.",
            "Y ahora {at} me cobra una fuente de agua que NUNCA he pedido. ¿Es broma?",
            "Pues ya está. Voy a mirar cuánto cobra {comp} por el mismo saco.",
        ],
        [
            "La app de {at} se cuelga cada vez que quiero cambiar la fecha de envío. Qué pesadez.",
            "Un poco decepcionad[[a|o]] con {at}, el saco ha subido 5 € y sigue igual.",
            "Otra vez el pedido de {at} con dos días de retraso. {pet} tirando de sobras.",
            "Tres días para que atención al cliente de {at} conteste, y encima mal.",
            "{at} me ha cobrado gastos de envío cuando la suscripción los incluye. Estoy muy enfadad[[a|o]].",
            "Estoy hart[[a|o]]. {comp} también envía a {town}, esta noche comparo.",
        ],
    ],
    "de": [
        [
            "Seit dem Update lädt die {at} App ewig.",
            "Etwas enttäuscht: das Abo kostet jetzt 5 € mehr. {at}",
            "Zweite Lieferung in Folge zu spät bei {at}.",
            "Der Chat von {at} ist ein Bot, der nichts versteht.",
            "Jetzt berechnet mir {at} einen Trinkbrunnen, den ich NIE bestellt habe.",
            "Jetzt reicht's. Ich schaue, was {comp} für denselben Sack nimmt.",
        ]
    ],
    "en": [
        [
            "Since the update the {at} app takes forever to load.",
            "Bit disappointed: the subscription's gone up a fiver. {at}",
            "Second late delivery in a row from {at}.",
            "The {at} chat is a bot that understands nothing.",
            "Now {at} have charged me for a water fountain I NEVER ordered.",
            "Right, that's it. Looking at what {comp} charge for the same bag.",
        ]
    ],
    "it": [
        [
            "Dall'aggiornamento l'app {at} è lentissima.",
            "Un po' delus[[a|o]]: l'abbonamento è aumentato di 5 €. {at}",
            "Seconda consegna in ritardo di fila con {at}.",
            "La chat di {at} è un bot che non capisce niente.",
            "Ora {at} mi addebita una fontanella che non ho MAI ordinato.",
            "Basta così. Guardo quanto chiede {comp} per lo stesso sacco.",
        ]
    ],
    "pt": [
        [
            "Desde a atualização a app da {at} demora imenso.",
            "Um bocado desiludid[[a|o]]: a assinatura subiu 5 €. {at}",
            "Segunda entrega seguida atrasada da {at}.",
            "O chat da {at} é um bot que não percebe nada.",
            "Agora a {at} cobrou-me uma fonte de água que NUNCA encomendei.",
            "Pronto, chega. Vou ver quanto é que a {comp} cobra pelo mesmo saco.",
        ]
    ],
}

CANCEL_ASK: dict[str, str] = {
    "fr": "Bonjour, je souhaite résilier mon abonnement et fermer mon compte Croquo. {pet} nous a quittés la semaine dernière, à 16 ans. Merci pour toutes ces années.",
    "es": "Hola, quiero dar de baja la suscripción y cerrar mi cuenta de Croquo. {pet} se nos fue la semana pasada, con 15 años. Gracias por todo este tiempo.",
    "de": "Guten Tag, ich möchte mein Abo kündigen und das Croquo Konto schließen. {pet} ist letzte Woche mit 15 Jahren gestorben.",
    "en": "Hi, I'd like to cancel my subscription and close my Croquo account. We lost {pet} last week, fifteen years with us.",
    "it": "Buongiorno, vorrei disdire l'abbonamento e chiudere l'account Croquo. {pet} ci ha lasciati la settimana scorsa, a 15 anni.",
    "pt": "Olá, queria cancelar a assinatura e fechar a conta Croquo. {pet} deixou-nos na semana passada, com 15 anos.",
}
CANCEL_SUBJECT: dict[str, str] = {
    "fr": "Résiliation",
    "es": "Baja",
    "de": "Kündigung",
    "en": "Cancellation",
    "it": "Disdetta",
    "pt": "Cancelamento",
}
CANCEL_ANSWER: dict[str, str] = {
    "fr": "Bonjour {name}, toutes nos condoléances pour {pet}. Vous pouvez résilier vous-même dans l'appli ou sur le site, Mon compte > Résilier l'abonnement ; le compte se ferme ensuite en un clic. {agent}",
    "es": "Hola {name}, lo sentimos muchísimo por {pet}. Puedes darte de baja tú [[misma|mismo]] en la app o en la web, Mi cuenta > Cancelar suscripción; luego la cuenta se cierra con un clic. {agent}",
    "de": "Hallo {name}, unser herzliches Beileid. Sie können selbst in der App oder auf der Website kündigen: Mein Konto > Abo kündigen. {agent}",
    "en": "Hi {name}, we're so sorry about {pet}. You can cancel yourself in the app or on the website, My account > Cancel subscription. {agent}",
    "it": "Ciao {name}, ci dispiace tantissimo per {pet}. Puoi disdire da sol[[a|o]] nell'app o sul sito, Il mio account > Disdici. {agent}",
    "pt": "Olá {name}, lamentamos muito. Pode cancelar sozinh[[a|o]] na app ou no site, A minha conta > Cancelar assinatura. {agent}",
}
CANCEL_REASON: dict[str, list[str]] = {
    "fr": ["", "Décès de l'animal", "plus d'animal"],
    "es": ["", "Fallecimiento de la mascota", "ya no tengo mascota"],
    "de": ["", "Tier verstorben"],
    "en": ["", "Pet passed away"],
    "it": ["", "Animale scomparso"],
    "pt": ["", "Animal faleceu"],
}

GRUMPY: dict[str, list[str]] = {
    "fr": [
        "Encore déconnecté[[e|]] de l'appli après la mise à jour. Pourquoi ?",
        "Le chatbot {at} ne comprend même pas « décaler livraison ». Bravo.",
        "Il faut retaper mon IBAN à chaque changement de carte, sérieusement ?",
        "Des frais pour une facture papier en 2026, vraiment {at} ?",
        "L'appli a encore oublié ma carte enregistrée.",
        "Le créneau de livraison « 8h-13h » c'est toujours 12h58.",
    ],
    "es": [
        "Otra vez fuera de la app tras la actualización. ¿Por qué?",
        "El chatbot de {at} no entiende ni «aplazar envío». Bravo.",
        "¿Tengo que volver a meter el IBAN cada vez que cambio de tarjeta?",
        "¿Cobrar por la factura en papel en 2026, {at}?",
        "La app se ha vuelto a olvidar de mi tarjeta.",
        "La franja de entrega «8-13h» siempre es a las 12:58.",
    ],
    "de": [
        "Schon wieder aus der App geflogen nach dem Update.",
        "Der {at} Chatbot versteht nicht mal «Lieferung verschieben».",
        "Gebühr für Papierrechnung, im Ernst {at}?",
        "Die App hat meine Karte schon wieder vergessen.",
    ],
    "en": [
        "Logged out of the app again after the update.",
        "The {at} chatbot doesn't even get «postpone delivery».",
        "A fee for a paper bill, seriously {at}?",
        "App's forgotten my card again.",
    ],
    "it": [
        "Di nuovo disconness[[a|o]] dall'app dopo l'aggiornamento.",
        "Il chatbot di {at} non capisce neanche «rimanda consegna».",
        "Costi per la fattura cartacea, davvero {at}?",
        "L'app ha di nuovo dimenticato la carta.",
    ],
    "pt": [
        "Outra vez fora da app depois da atualização.",
        "O chatbot da {at} nem percebe «adiar entrega».",
        "Taxa pela fatura em papel, a sério {at}?",
        "A app voltou a esquecer o cartão.",
    ],
}

#: (mild grumble, agent's answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, les photos des produits sont floues sur tablette, on ne lit pas la composition",
            "Bonjour {name}, merci du signalement, je transmets à l'équipe du site. En attendant, la composition est aussi dans l'onglet « Détails ».",
        ),
        (
            "le suivi de colis met longtemps à charger ce matin, c'est normal ?",
            "Bonjour {name}, oui, un petit ralentissement ce matin, c'est reparti. Désolés pour l'attente !",
        ),
    ],
    "es": [
        (
            "Hola, las fotos de los productos se ven borrosas en la tablet y no se lee la composición",
            "Hola {name}, gracias por avisar, lo paso al equipo web. La composición también está en la pestaña «Detalles».",
        ),
        (
            "el seguimiento tarda mucho en cargar esta mañana, ¿es normal?",
            "Hola {name}, sí, ha ido un poco lento esta mañana, ya va bien. ¡Perdona!",
        ),
    ],
    "de": [
        (
            "Die Produktfotos sind auf dem Tablet unscharf",
            "Hallo {name}, danke für den Hinweis, ich gebe es weiter.",
        )
    ],
    "en": [
        (
            "Product photos are blurry on the tablet, can't read the ingredients",
            "Hi {name}, thanks for flagging, passing it on to the web team.",
        )
    ],
    "it": [
        (
            "Le foto dei prodotti sono sfocate sul tablet",
            "Ciao {name}, grazie della segnalazione, la passo al team.",
        )
    ],
    "pt": [
        (
            "As fotos dos produtos estão desfocadas no tablet",
            "Olá {name}, obrigado pelo aviso, vou passar à equipa.",
        )
    ],
}
FORM_ACK: dict[str, str] = {
    "fr": "Bonjour {name}, nous avons bien reçu votre message et le transmettons à l'équipe concernée. Merci ! {agent}",
    "es": "Hola {name}, hemos recibido tu mensaje y lo pasamos al equipo. ¡Gracias! {agent}",
    "de": "Hallo {name}, Ihre Nachricht ist angekommen und weitergeleitet. Danke! {agent}",
    "en": "Hi {name}, we've got your message and passed it on. Thanks! {agent}",
    "it": "Ciao {name}, abbiamo ricevuto il messaggio e l'abbiamo girato al team. Grazie! {agent}",
    "pt": "Olá {name}, recebemos a mensagem e passámos à equipa. Obrigado! {agent}",
}

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "Impossible de payer sur {at} ce soir, « Paiement refusé (CQ-740) » à chaque fois, carte qui marche partout ailleurs. Il me faut les croquettes de {pet} !",
        "Erreur CQ-740 au paiement sur l'appli {at} depuis 20h, trois cartes essayées. Vous avez un souci ?",
        "bonsoir, paiement impossible, message CQ-740 « paiement refusé ». c'est chez vous ou chez moi ?",
    ],
    "es": [
        "No puedo pagar en {at} esta noche, «Pago rechazado (CQ-740)» cada vez, y la tarjeta funciona en todas partes. ¡Necesito el pienso de {pet}!",
        "Error CQ-740 al pagar en la app de {at} desde las 20h, probado con tres tarjetas. ¿Tenéis algún problema?",
        "hola, no me deja pagar, sale CQ-740 «pago rechazado». ¿es cosa vuestra?",
    ],
    "de": [
        "Bezahlen bei {at} geht heute Abend nicht, immer «Zahlung abgelehnt (CQ-740)», Karte geht sonst überall."
    ],
    "en": [
        "Can't pay on {at} tonight, «Payment declined (CQ-740)» every time, card works everywhere else."
    ],
    "it": [
        "Impossibile pagare su {at} stasera, «Pagamento rifiutato (CQ-740)» ogni volta, la carta funziona ovunque."
    ],
    "pt": [
        "Não consigo pagar na {at} esta noite, «Pagamento recusado (CQ-740)» sempre, o cartão funciona em todo o lado."
    ],
}
SPIKE_REPEAT: dict[str, str] = {
    "fr": "Toujours CQ-740, toujours paiement refusé. Essayé avec la carte de mon conjoint, pareil. Et personne au chat.",
    "es": "Sigue el CQ-740, sigue el pago rechazado. Probado con la tarjeta de mi pareja, igual. Y nadie en el chat.",
    "de": "Immer noch CQ-740, immer noch abgelehnt. Andere Karte probiert, dasselbe. Und niemand im Chat.",
    "en": "Still CQ-740, still declined. Tried my partner's card, same thing. Nobody on the chat.",
    "it": "Ancora CQ-740, ancora rifiutato. Provato con un'altra carta, uguale. E nessuno in chat.",
    "pt": "Continua CQ-740, continua recusado. Tentei outro cartão, igual. E ninguém no chat.",
}
SPIKE_FIXED: dict[str, str] = {
    "fr": "Bonjour {name}, le souci de paiement d'hier soir (erreur CQ-740) est réglé depuis 21h40. Pour s'excuser, la livraison de votre prochaine commande est offerte. {agent}",
    "es": "Hola {name}, el problema de pago de anoche (error CQ-740) está resuelto desde las 21:40. Para compensar, el envío de tu próximo pedido es gratis. {agent}",
    "de": "Hallo {name}, das Zahlungsproblem von gestern Abend (Fehler CQ-740) ist seit 21:40 behoben. Der Versand Ihrer nächsten Bestellung ist gratis. {agent}",
    "en": "Hi {name}, last night's payment problem (error CQ-740) has been fixed since 21:40. Your next delivery is on us. {agent}",
    "it": "Ciao {name}, il problema di pagamento di ieri sera (errore CQ-740) è risolto dalle 21:40. La prossima spedizione è gratis. {agent}",
    "pt": "Olá {name}, o problema de pagamento de ontem à noite (erro CQ-740) está resolvido desde as 21:40. A próxima entrega é por nossa conta. {agent}",
}
#: (lone question before the spike, agent's answer)
LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "hier soir le paiement a tourné genre 2 minutes et puis c'est passé. c'est normal ?",
        "Bonjour {name}, parfois la banque demande une validation 3D Secure qui prend un peu de temps. Votre commande est bien passée.",
    ),
    "es": (
        "anoche el pago se quedó como 2 minutos pensando y luego entró. ¿es normal?",
        "Hola {name}, a veces el banco pide la verificación 3D Secure y tarda un poco. Tu pedido está bien hecho.",
    ),
}
