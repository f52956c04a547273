# ruff: noqa: E501
"""Trouble, leaving and the spike: Mantelo's household customers (heldout103, written blind).

Placeholders for ``str.format``: {amount}, {case}, {comp}, {first}, {name}, {agent},
{fix}, {restate}, {topic}, {order}, {time}, {credit}.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

#: what each consumer problem is, for the truth
PROBLEM_ABOUT = {
    "no_show": "order marked delivered in the app, the van never came",
    "double_charge": "damage deposit held twice for one order",
    "damage": "kit broken or damaged on arrival (marquee, glasses, heater)",
    "refund": "deposit not released weeks after collection",
    "wrong_price": "Mantelo Club member charged the non-member rate and delivery",
    "cancel_fee": "late-cancellation fee charged for a cancellation twelve days ahead",
}

#: the amount (EUR) each problem names
PROBLEM_EUR = {
    "no_show": 0.0,
    "double_charge": 150.0,
    "damage": 0.0,
    "refund": 200.0,
    "wrong_price": 38.0,
    "cancel_fee": 96.0,
}

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "La app dice ENTREGADO a las 10:02 y aquí no ha llegado nada: ni mesas ni sillas. Tengo 60 invitados a las 14:00 y nadie coge el teléfono.",
            "Me marcáis el pedido como entregado y no ha venido ninguna furgoneta. Llevo desde las 8 esperando en la puerta con la comida de la comunión a medio hacer.",
            "Pedido entregado según vosotros. Mentira. No hay ni una silla en mi jardín y la fiesta empieza en tres horas.",
        ],
        "fr": [
            "L'appli indique LIVRÉ à 10h02 et rien n'est arrivé : ni tables ni chaises. J'ai 60 invités à 14h et personne ne répond au téléphone.",
            "Vous avez marqué ma commande comme livrée alors qu'aucune camionnette n'est passée. J'attends devant chez moi depuis 8h avec le repas du baptême à moitié prêt.",
            "Commande livrée d'après vous. C'est faux. Pas une seule chaise dans mon jardin et la fête commence dans trois heures.",
        ],
        "en": [
            "The app says DELIVERED at 10:02 and nothing has turned up, no tables, no chairs. 60 guests coming at 2pm and nobody answers the phone."
        ],
        "de": [
            "Die App sagt GELIEFERT um 10:02 Uhr und hier ist nichts angekommen, keine Tische, keine Stühle. Um 14 Uhr kommen 60 Gäste und niemand geht ans Telefon."
        ],
        "pt": [
            "A app diz ENTREGUE às 10:02 e não chegou nada, nem mesas nem cadeiras. Tenho 60 convidados às 14h e ninguém atende o telefone."
        ],
        "it": [
            "L'app dice CONSEGNATO alle 10:02 e qui non è arrivato niente, né tavoli né sedie. Ho 60 invitati alle 14 e nessuno risponde al telefono."
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado la fianza DOS veces, {amount} y otros {amount}, por el mismo pedido. Ahora tengo la cuenta en números rojos.",
            "En el banco me aparecen dos retenciones de {amount} por la fianza de las sillas. Un solo pedido, dos cobros. Devolvedme uno ya.",
            "Fianza duplicada: {amount} + {amount}. Me han devuelto el recibo de la luz por vuestra culpa.",
        ],
        "fr": [
            "Vous avez prélevé la caution DEUX fois, {amount} et encore {amount}, pour la même commande. Mon compte est à découvert.",
            "Ma banque affiche deux blocages de {amount} pour la caution des chaises. Une commande, deux prélèvements. Remboursez-en un tout de suite.",
            "Caution en double : {amount} + {amount}. Mon prélèvement de loyer a été rejeté à cause de vous.",
        ],
        "en": [
            "You've taken the deposit TWICE, {amount} and another {amount}, for one order. My account is overdrawn now."
        ],
        "de": [
            "Sie haben die Kaution ZWEIMAL abgebucht, {amount} und nochmal {amount}, für eine einzige Bestellung. Mein Konto ist jetzt im Minus."
        ],
        "pt": [
            "Cobraram a caução DUAS vezes, {amount} e mais {amount}, pela mesma encomenda. Fiquei com a conta a descoberto."
        ],
        "it": [
            "Mi avete addebitato la cauzione DUE volte, {amount} e altri {amount}, per lo stesso ordine. Ora ho il conto in rosso."
        ],
    },
    "damage": {
        "es": [
            "La carpa llegó con el techo rajado y faltaban tres patas. Ha empezado a llover y se nos ha mojado todo el buffet.",
            "Media caja de copas venía desportillada y la mitad de los platos con grietas. Así no puedo poner la mesa para la boda.",
            "La estufa de exterior no enciende y la otra huele a gas. Tengo a los abuelos cenando con abrigo en la terraza.",
        ],
        "fr": [
            "Le chapiteau est arrivé avec le toit déchiré et il manquait trois pieds. Il s'est mis à pleuvoir et tout le buffet a pris l'eau.",
            "La moitié des verres était ébréchée et plusieurs assiettes fendues. Impossible de dresser la table du mariage comme ça.",
            "Le chauffage d'extérieur ne s'allume pas et l'autre sent le gaz. Mes beaux-parents dînent en manteau sur la terrasse.",
        ],
        "en": [
            "The marquee came with a ripped roof and three legs missing. It's started raining and the whole buffet is soaked."
        ],
        "de": [
            "Das Zelt kam mit eingerissenem Dach und drei fehlenden Beinen. Jetzt regnet es und das ganze Buffet ist nass."
        ],
        "pt": [
            "A tenda chegou com o teto rasgado e faltavam três pés. Começou a chover e o buffet ficou todo molhado."
        ],
        "it": [
            "Il tendone è arrivato con il telo strappato e mancavano tre gambe. Si è messo a piovere e il buffet è tutto bagnato."
        ],
    },
    "refund": {
        "es": [
            "Hace TRES semanas que recogisteis las mesas y la fianza de {amount} sigue sin aparecer. Cada vez que pregunto me decís que de 3 a 5 días.",
            "Sigo esperando la devolución de la fianza, {amount}, desde la recogida del día 2. Ni un correo, ni una explicación.",
            "{amount} de fianza retenidos casi un mes por unas sillas que devolvimos perfectas. Esto ya no es normal.",
        ],
        "fr": [
            "Ça fait TROIS semaines que vous avez repris les tables et la caution de {amount} n'est toujours pas revenue. À chaque fois on me dit 3 à 5 jours.",
            "J'attends toujours le remboursement de la caution, {amount}, depuis la reprise du 2. Pas un mail, pas une explication.",
            "{amount} de caution bloqués presque un mois pour des chaises rendues en parfait état. Ce n'est plus normal.",
        ],
        "en": [
            "You collected the tables THREE weeks ago and the {amount} deposit still hasn't come back. Every time I ask it's 3 to 5 days."
        ],
        "de": [
            "Vor DREI Wochen haben Sie die Tische abgeholt und die Kaution von {amount} ist immer noch nicht zurück. Jedes Mal heißt es 3 bis 5 Tage."
        ],
        "pt": [
            "Recolheram as mesas há TRÊS semanas e a caução de {amount} continua sem aparecer. Sempre que pergunto dizem 3 a 5 dias."
        ],
        "it": [
            "Avete ritirato i tavoli TRE settimane fa e la cauzione di {amount} non è ancora tornata. Ogni volta mi dite 3-5 giorni."
        ],
    },
    "wrong_price": {
        "es": [
            "Soy socia del Mantelo Club desde hace dos años y me habéis cobrado la tarifa normal y el transporte, {amount} de más. ¿Para qué pago la cuota entonces?",
            "En la factura no aparece el descuento Club ni el envío gratis. Son {amount} más de lo que tocaba y el Club está pagado hasta diciembre.",
            "Pago el Club cada año y el pedido del sábado sale a precio de no socio. {amount} de diferencia, quiero que me los devolváis.",
        ],
        "fr": [
            "Je suis membre du Mantelo Club depuis deux ans et vous m'avez facturé le tarif normal plus la livraison, {amount} de trop. À quoi sert l'abonnement ?",
            "Sur la facture il n'y a ni la remise Club ni la livraison offerte. Ça fait {amount} de plus et le Club est payé jusqu'en décembre.",
            "Je paie le Club chaque année et la commande de samedi est au prix non membre. {amount} d'écart, je veux être remboursé.",
        ],
        "en": [
            "I've been a Mantelo Club member for two years and you've charged me the normal rate plus delivery, {amount} too much. What's the membership for then?"
        ],
        "de": [
            "Ich bin seit zwei Jahren im Mantelo Club und Sie haben mir den normalen Preis plus Lieferung berechnet, {amount} zu viel. Wofür zahle ich den Beitrag?"
        ],
        "pt": [
            "Sou sócia do Mantelo Club há dois anos e cobraram-me a tarifa normal e o transporte, {amount} a mais. Para que pago a quota?"
        ],
        "it": [
            "Sono socia del Mantelo Club da due anni e mi avete fatto pagare la tariffa normale più il trasporto, {amount} in più. A cosa serve l'abbonamento?"
        ],
    },
    "cancel_fee": {
        "es": [
            "Cancelé el castillo hinchable DOCE días antes y me habéis cobrado {amount} de gastos de cancelación. Vuestras condiciones dicen gratis hasta 7 días antes.",
            "Anulé el pedido con casi dos semanas de margen y aun así me llega un cargo de {amount} por cancelación tardía. Tengo el correo de confirmación con la fecha.",
        ],
        "fr": [
            "J'ai annulé le château gonflable DOUZE jours avant et vous m'avez prélevé {amount} de frais d'annulation. Vos conditions disent gratuit jusqu'à 7 jours avant.",
            "J'ai annulé la commande presque deux semaines avant et je reçois quand même {amount} de frais d'annulation tardive. J'ai le mail de confirmation avec la date.",
        ],
        "en": [
            "I cancelled the bouncy castle TWELVE days before and you've charged me {amount} as a cancellation fee. Your terms say free up to 7 days before."
        ],
        "de": [
            "Ich habe die Hüpfburg ZWÖLF Tage vorher storniert und Sie buchen {amount} Stornogebühr ab. In Ihren Bedingungen steht kostenlos bis 7 Tage vorher."
        ],
        "pt": [
            "Cancelei o insuflável DOZE dias antes e cobraram-me {amount} de taxa de cancelamento. As vossas condições dizem grátis até 7 dias antes."
        ],
        "it": [
            "Ho annullato il gonfiabile DODICI giorni prima e mi avete addebitato {amount} di penale. Le vostre condizioni dicono gratis fino a 7 giorni prima."
        ],
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "pedido marcado como entregado y no ha llegado",
        "fr": "commande marquée livrée mais jamais arrivée",
        "en": "order marked delivered, never arrived",
        "de": "Bestellung als geliefert markiert, nie angekommen",
        "pt": "encomenda marcada como entregue e não chegou",
        "it": "ordine segnato come consegnato ma mai arrivato",
    },
    "double_charge": {
        "es": "fianza cobrada dos veces",
        "fr": "caution prélevée deux fois",
        "en": "deposit taken twice",
        "de": "Kaution doppelt abgebucht",
        "pt": "caução cobrada duas vezes",
        "it": "cauzione addebitata due volte",
    },
    "damage": {
        "es": "material roto a la entrega",
        "fr": "matériel abîmé à la livraison",
        "en": "kit damaged on delivery",
        "de": "Material beschädigt geliefert",
        "pt": "material danificado na entrega",
        "it": "materiale danneggiato alla consegna",
    },
    "refund": {
        "es": "fianza sin devolver",
        "fr": "caution non remboursée",
        "en": "deposit not returned",
        "de": "Kaution nicht erstattet",
        "pt": "caução por devolver",
        "it": "cauzione non restituita",
    },
    "wrong_price": {
        "es": "no me aplicáis el precio Club",
        "fr": "tarif Club non appliqué",
        "en": "Club rate not applied",
        "de": "Club-Preis nicht berechnet",
        "pt": "preço Club não aplicado",
        "it": "tariffa Club non applicata",
    },
    "cancel_fee": {
        "es": "gastos de cancelación indebidos",
        "fr": "frais d'annulation injustifiés",
        "en": "wrong cancellation fee",
        "de": "unberechtigte Stornogebühr",
        "pt": "taxa de cancelamento indevida",
        "it": "penale di annullamento ingiusta",
    },
}

#: one sentence restating the open problem, for later contacts
RESTATE: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "El pedido sigue como entregado, me lo habéis cobrado entero y nadie me explica dónde acabaron mis mesas.",
        "fr": "La commande est toujours marquée livrée, payée en entier, et personne ne m'explique où sont passées mes tables.",
        "en": "The order still shows as delivered, I've paid in full and nobody can tell me where my tables went.",
        "de": "Die Bestellung steht immer noch auf geliefert, ist voll bezahlt und niemand sagt mir, wo meine Tische sind.",
        "pt": "A encomenda continua como entregue, paguei tudo e ninguém me explica onde foram parar as mesas.",
        "it": "L'ordine risulta ancora consegnato, l'ho pagato tutto e nessuno mi spiega dove siano finiti i tavoli.",
    },
    "double_charge": {
        "es": "La segunda fianza de {amount} sigue retenida.",
        "fr": "La deuxième caution de {amount} est toujours bloquée.",
        "en": "The second {amount} deposit is still taken.",
        "de": "Die zweite Kaution von {amount} ist immer noch abgebucht.",
        "pt": "A segunda caução de {amount} continua cobrada.",
        "it": "La seconda cauzione di {amount} è ancora bloccata.",
    },
    "damage": {
        "es": "Nadie ha mirado el material que llegó roto ni me habéis devuelto nada del alquiler.",
        "fr": "Personne n'a regardé le matériel arrivé abîmé et rien ne m'a été remboursé sur la location.",
        "en": "Nobody has looked at the damaged kit and nothing has been refunded on the hire.",
        "de": "Niemand hat sich das kaputte Material angesehen und von der Miete ist nichts erstattet.",
        "pt": "Ninguém viu o material que chegou estragado e não me devolveram nada do aluguer.",
        "it": "Nessuno ha guardato il materiale arrivato rotto e non mi avete rimborsato niente.",
    },
    "refund": {
        "es": "La fianza de {amount} sigue sin devolver.",
        "fr": "La caution de {amount} n'est toujours pas rendue.",
        "en": "The {amount} deposit still hasn't come back.",
        "de": "Die Kaution von {amount} ist immer noch nicht zurück.",
        "pt": "A caução de {amount} continua por devolver.",
        "it": "La cauzione di {amount} non è ancora tornata.",
    },
    "wrong_price": {
        "es": "Sigo sin ver los {amount} del precio Club.",
        "fr": "Je n'ai toujours pas les {amount} du tarif Club.",
        "en": "I still haven't had the {amount} Club difference back.",
        "de": "Die {amount} Club-Differenz habe ich immer noch nicht.",
        "pt": "Continuo sem os {amount} da diferença do Club.",
        "it": "Non ho ancora ricevuto i {amount} di differenza Club.",
    },
    "cancel_fee": {
        "es": "Los {amount} de cancelación siguen cobrados.",
        "fr": "Les {amount} de frais d'annulation sont toujours prélevés.",
        "en": "The {amount} cancellation fee is still on my card.",
        "de": "Die {amount} Stornogebühr sind immer noch abgebucht.",
        "pt": "Os {amount} da taxa de cancelamento continuam cobrados.",
        "it": "I {amount} di penale sono ancora addebitati.",
    },
}

#: what the agent says was done, in the "good news" e-mail
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "hemos anulado el cargo del pedido que no llegó y te devolvemos el importe completo",
        "fr": "nous avons annulé le paiement de la commande jamais livrée et vous remboursons la totalité",
        "en": "we've cancelled the charge for the order that never arrived and refunded it in full",
        "de": "wir haben die Belastung für die nie gelieferte Bestellung storniert und den vollen Betrag erstattet",
        "pt": "anulámos a cobrança da encomenda que não chegou e devolvemos o valor total",
        "it": "abbiamo annullato l'addebito dell'ordine mai arrivato e rimborsato l'intero importo",
    },
    "double_charge": {
        "es": "hemos liberado la fianza cobrada de más",
        "fr": "nous avons libéré la caution prélevée en double",
        "en": "we've released the duplicate deposit",
        "de": "wir haben die doppelte Kaution freigegeben",
        "pt": "libertámos a caução cobrada a mais",
        "it": "abbiamo sbloccato la cauzione addebitata in più",
    },
    "damage": {
        "es": "te devolvemos el alquiler del material dañado",
        "fr": "nous vous remboursons la location du matériel abîmé",
        "en": "we've refunded the hire of the damaged kit",
        "de": "wir erstatten die Miete für das beschädigte Material",
        "pt": "devolvemos o aluguer do material danificado",
        "it": "le rimborsiamo il noleggio del materiale danneggiato",
    },
    "refund": {
        "es": "la fianza ya está liberada",
        "fr": "la caution est libérée",
        "en": "your deposit has been released",
        "de": "die Kaution ist freigegeben",
        "pt": "a caução já foi libertada",
        "it": "la cauzione è stata sbloccata",
    },
    "wrong_price": {
        "es": "hemos aplicado el precio Club y te devolvemos la diferencia",
        "fr": "nous avons appliqué le tarif Club et remboursé la différence",
        "en": "we've applied the Club rate and refunded the difference",
        "de": "wir haben den Club-Preis angewendet und die Differenz erstattet",
        "pt": "aplicámos o preço Club e devolvemos a diferença",
        "it": "abbiamo applicato la tariffa Club e rimborsato la differenza",
    },
    "cancel_fee": {
        "es": "hemos anulado los gastos de cancelación",
        "fr": "nous avons annulé les frais d'annulation",
        "en": "we've cancelled the cancellation fee",
        "de": "wir haben die Stornogebühr zurückgenommen",
        "pt": "anulámos a taxa de cancelamento",
        "it": "abbiamo annullato la penale",
    },
}

SUBJECT_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "it": "Reclamo: {topic}",
}
SUBJECT_CASE = {
    "es": "RE: Caso {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Case {case}",
    "de": "AW: Vorgang {case}",
    "pt": "RE: Processo {case}",
    "it": "R: Pratica {case}",
}

EMAIL_OPEN: dict[str, list[str]] = {
    "es": ["Hola,", "Buenos días:", "A quien corresponda:"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonsoir,"],
    "en": ["Hello,", "Hi,"],
    "de": ["Hallo,", "Guten Tag,"],
    "pt": ["Olá,", "Bom dia,"],
    "it": ["Buongiorno,", "Salve,"],
}
EMAIL_CLOSE: dict[str, list[str]] = {
    "es": [
        "Quiero una solución hoy mismo.",
        "Espero vuestra respuesta cuanto antes.",
        "YA ESTÁ BIEN.",
    ],
    "fr": [
        "J'attends une solution aujourd'hui.",
        "Merci de me répondre rapidement.",
        "C'est inadmissible.",
    ],
    "en": ["I want this sorted today.", "Please get back to me asap."],
    "de": ["Ich erwarte heute noch eine Lösung.", "Bitte melden Sie sich umgehend."],
    "pt": ["Quero uma solução hoje.", "Aguardo resposta urgente."],
    "it": ["Voglio una soluzione oggi stesso.", "Aspetto una risposta al più presto."],
}
CHAT_OPEN: dict[str, list[str]] = {
    "es": ["", "hola", "Buenas,"],
    "fr": ["", "bonjour", "Bonjour,"],
    "en": ["", "hi"],
    "de": ["", "Hallo,"],
    "pt": ["", "olá"],
    "it": ["", "salve"],
}
SOCIAL_TAIL: dict[str, list[str]] = {
    "es": [
        "Vaya servicio, Mantelo.",
        "Gracias por nada Mantelo",
        "Vergüenza os debería dar, Mantelo.",
    ],
    "fr": ["Merci pour rien Mantelo.", "Bravo Mantelo, vraiment.", "Honteux, Mantelo."],
    "en": ["Cheers for nothing Mantelo."],
    "de": ["Danke für nichts, Mantelo."],
    "pt": ["Que vergonha, Mantelo."],
    "it": ["Grazie di niente, Mantelo."],
}
FORM_PREFIX = {
    "es": "Pedido {order}. ",
    "fr": "Commande {order}. ",
    "en": "Order {order}. ",
    "de": "Bestellung {order}. ",
    "pt": "Encomenda {order}. ",
    "it": "Ordine {order}. ",
}
PHONE_OPEN: dict[str, list[str]] = {
    "es": ["sí hola buenas mire", "hola buenos días a ver"],
    "fr": ["oui bonjour écoutez", "allô bonjour alors voilà"],
    "en": ["yeah hi look", "hello right so"],
    "de": ["ja hallo also", "guten Tag hören Sie"],
    "pt": ["olá boa tarde olhe", "sim bom dia é assim"],
    "it": ["sì buongiorno guardi", "pronto salve allora"],
}
PHONE_CLOSE: dict[str, list[str]] = {
    "es": ["a ver si me lo solucionan hoy", "espero que me llamen vale gracias"],
    "fr": ["j'attends qu'on me rappelle", "voilà merci de faire vite"],
    "en": ["so yeah sort it out please", "I want a call back today"],
    "de": ["ich erwarte einen Rückruf", "bitte kümmern Sie sich heute darum"],
    "pt": ["espero que me liguem hoje", "resolvam isto por favor"],
    "it": ["aspetto che mi richiamiate", "per favore risolvete oggi"],
}

#: long e-mails with the complaint inside a letter: (language, problem, subject, text)
LONG_EMAILS: list[tuple[str, str, str, str]] = [
    (
        "es",
        "no_show",
        "Reclamación: pedido marcado como entregado y no ha llegado",
        "Buenos días:\n\nLes escribo desde el coche, aparcada delante del salón parroquial donde mañana celebramos la comunión de mi sobrina, porque mi hermana está ingresada desde el martes y me ha tocado organizarlo todo a mí. Llevo una semana entre el hospital, el trabajo y los recados, y lo único que tenía claro era que las mesas y las sillas las traía Mantelo, porque el año pasado lo hicimos igual y fue estupendo.\n\nPues bien: hoy a las 10:02 la app me ha dicho que el pedido estaba ENTREGADO. Aquí no ha llegado nada. He preguntado al sacristán, a la vecina, he mirado detrás del salón por si acaso. Nada. He llamado cuatro veces y nadie coge el teléfono, y el chat me dice que espere.\n\nMañana vienen 60 personas. Necesito saber hoy dónde están mis mesas y mis sillas, o que me digan claramente que no vienen para buscarme la vida.\n\nUn saludo,\n{name}",
    ),
    (
        "es",
        "damage",
        "Carpa rota - bodas de oro",
        'Hola,\n\nperdonen la extensión, pero necesito contarlo entero. Escribo desde la sala de espera del fisio de mi madre, que es el único rato tranquilo que tengo esta semana. Estamos celebrando las bodas de oro de mis padres en la casa del pueblo y alquilamos con ustedes la carpa de 6x12, veinte mesas y la vajilla.\n\nLa carpa llegó con una lona del techo rajada de lado a lado y faltaban tres patas, así que el montador la dejó medio puesta "para que no se vuele" y se fue diciendo que nos llamarían. No ha llamado nadie. A las cinco empezó a llover, el agua entró por la raja y se nos mojaron las bandejas del catering y los regalos. Mi padre, con 80 años, sujetando una lona con una escoba.\n\nTengo fotos de todo. No quiero un descuento simbólico, quiero que alguien se haga cargo.\n\nAtentamente,\n{name}',
    ),
    (
        "fr",
        "double_charge",
        "Caution prélevée deux fois",
        "Bonjour,\n\nJe vous écris entre deux clients, depuis l'arrière-boutique de ma boulangerie, donc pardon si c'est un peu décousu. Pour l'anniversaire de mariage de mes parents samedi dernier, nous avons loué chez vous tables, chaises et vaisselle. Tout s'est bien passé le jour J, je n'ai rien à dire là-dessus.\n\nLe problème, c'est la caution. Vous l'avez prélevée DEUX fois : {amount} le jeudi, puis encore {amount} le vendredi, pour une seule et même commande. Résultat, mon compte personnel est passé à découvert et le prélèvement de mon loyer a été rejeté hier, avec des frais bancaires en prime.\n\nJ'ai les relevés sous les yeux et je peux vous les envoyer. Je veux que la caution en trop soit rendue aujourd'hui et que les frais de rejet me soient remboursés.\n\nCordialement,\n{name}",
    ),
    (
        "fr",
        "cancel_fee",
        "Réclamation : frais d'annulation injustifiés",
        "Madame, Monsieur,\n\nJe prends enfin le temps de vous écrire, assise sur un banc devant l'école de musique de mon fils, parce que depuis dix jours je n'ai pas eu une minute entre le déménagement de ma grand-mère en maison de retraite et le travail.\n\nJustement, à cause de ce déménagement, nous avons dû annuler la fête prévue pour ses 90 ans. J'ai annulé la commande (château gonflable pour les arrière-petits-enfants, tables, chapiteau) DOUZE jours avant la date, en ligne, et j'ai reçu le mail de confirmation. Vos conditions disent clairement que l'annulation est gratuite jusqu'à 7 jours avant.\n\nCe matin je vois un prélèvement de {amount} « frais d'annulation tardive ». Franchement, vu les circonstances, ça fait mal. Merci d'annuler ce prélèvement.\n\nSincères salutations,\n{name}",
    ),
]

#: agent: case opened by e-mail (subject, text)
CASE_EMAIL: dict[str, tuple[str, str]] = {
    "es": (
        "Tu caso {case}",
        "Hola {first}:\n\nSentimos mucho lo ocurrido. Hemos abierto el caso {case} y te responderemos en un máximo de 24 horas.\n\nUn saludo,\n{agent}, Mantelo",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nNous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 24 heures maximum.\n\nBien à vous,\n{agent}, Mantelo",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nWe're really sorry. We've opened case {case} and will get back to you within 24 hours.\n\nBest wishes,\n{agent}, Mantelo",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first},\n\ndas tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden.\n\nViele Grüße,\n{agent}, Mantelo",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nLamentamos muito. Abrimos o processo {case} e respondemos no prazo máximo de 24 horas.\n\nCumprimentos,\n{agent}, Mantelo",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {first},\n\nci dispiace molto. Abbiamo aperto la pratica {case} e le rispondiamo entro 24 ore.\n\nCordiali saluti,\n{agent}, Mantelo",
    ),
}
CASE_CHAT = {
    "es": "Lo siento mucho, {first}. He abierto el caso {case} y lo paso ahora mismo a logística; te escribimos por e-mail.",
    "fr": "Je suis vraiment désolée, {first}. J'ai ouvert le dossier {case} et je le transmets tout de suite à la logistique, on vous écrit par mail.",
    "en": "I'm so sorry, {first}. I've opened case {case} and passed it to logistics, we'll e-mail you.",
    "de": "Das tut mir sehr leid, {first}. Ich habe den Vorgang {case} angelegt und an die Logistik gegeben, wir schreiben Ihnen per E-Mail.",
    "pt": "Lamento muito, {first}. Abri o processo {case} e passei já à logística, enviamos-lhe um e-mail.",
    "it": "Mi dispiace molto, {first}. Ho aperto la pratica {case} e la passo subito alla logistica, le scriviamo per e-mail.",
}
QUALITY_EMAIL: dict[str, tuple[str, str]] = {
    "es": (
        "Caso {case}: lo lleva nuestra responsable de calidad",
        "Hola {first}:\n\nHemos pasado tu caso {case} a nuestra responsable de calidad, que te llamará en los próximos dos días laborables.\n\nUn saludo,\n{agent}, Mantelo",
    ),
    "fr": (
        "Dossier {case} : suivi par notre responsable qualité",
        "Bonjour {first},\n\nVotre dossier {case} est désormais suivi par notre responsable qualité, qui vous appellera dans les deux jours ouvrés.\n\nBien à vous,\n{agent}, Mantelo",
    ),
    "en": (
        "Case {case}: now with our quality lead",
        "Hi {first},\n\nYour case {case} is now with our quality lead, who will ring you within two working days.\n\nBest wishes,\n{agent}, Mantelo",
    ),
    "de": (
        "Vorgang {case}: bei unserer Qualitätsleitung",
        "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie innerhalb von zwei Werktagen anruft.\n\nViele Grüße,\n{agent}, Mantelo",
    ),
    "pt": (
        "Processo {case}: com a nossa responsável de qualidade",
        "Olá {first},\n\nO seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga nos próximos dois dias úteis.\n\nCumprimentos,\n{agent}, Mantelo",
    ),
    "it": (
        "Pratica {case}: ora alla nostra responsabile qualità",
        "Buongiorno {first},\n\nla sua pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro due giorni lavorativi.\n\nCordiali saluti,\n{agent}, Mantelo",
    ),
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "Buenas noticias sobre tu caso {case}",
        "Hola {first}:\n\nBuenas noticias: {fix}. ¿Nos confirmas que lo ves todo bien?\n\nUn saludo,\n{agent}, Mantelo",
    ),
    "fr": (
        "Bonne nouvelle pour votre dossier {case}",
        "Bonjour {first},\n\nBonne nouvelle : {fix}. Pouvez-vous nous confirmer que tout est en ordre ?\n\nBien à vous,\n{agent}, Mantelo",
    ),
    "en": (
        "Good news on case {case}",
        "Hi {first},\n\nGood news: {fix}. Could you confirm it all looks right on your side?\n\nBest wishes,\n{agent}, Mantelo",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}",
        "Hallo {first},\n\ngute Nachricht: {fix}. Können Sie uns bestätigen, dass alles passt?\n\nViele Grüße,\n{agent}, Mantelo",
    ),
    "pt": (
        "Boas notícias sobre o processo {case}",
        "Olá {first},\n\nBoas notícias: {fix}. Pode confirmar-nos que está tudo certo?\n\nCumprimentos,\n{agent}, Mantelo",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {first},\n\nbuone notizie: {fix}. Può confermarci che è tutto a posto?\n\nCordiali saluti,\n{agent}, Mantelo",
    ),
}
URGENT_CHAT = {
    "es": "Lo he añadido a tu caso {case} y lo he marcado como urgente, {first}.",
    "fr": "C'est ajouté à votre dossier {case}, marqué urgent, {first}.",
    "en": "Added to your case {case} and marked urgent, {first}.",
    "de": "Ist zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert, {first}.",
    "pt": "Acrescentado ao seu processo {case} e marcado como urgente, {first}.",
    "it": "Aggiunto alla sua pratica {case} e segnato come urgente, {first}.",
}

SECOND: dict[str, list[str]] = {
    "es": [
        "Vuelvo a escribir por el caso {case}: sigue sin resolverse. {restate}",
        "Caso {case}. Sigo igual que ayer. {restate} ¿Alguien lo está mirando?",
    ],
    "fr": [
        "Je reviens vers vous pour le dossier {case} : toujours rien. {restate}",
        "Dossier {case}. Rien n'a bougé depuis hier. {restate} Quelqu'un s'en occupe ?",
    ],
    "en": ["Writing again about case {case}: still not sorted. {restate}"],
    "de": ["Ich schreibe nochmal wegen Vorgang {case}: immer noch nicht gelöst. {restate}"],
    "pt": ["Volto a escrever sobre o processo {case}: continua por resolver. {restate}"],
    "it": ["Scrivo di nuovo per la pratica {case}: ancora niente. {restate}"],
}
THIRD: dict[str, list[str]] = {
    "es": [
        "Tercera vez que contacto por el caso {case}. {restate} Una compañera del trabajo alquila en {comp} y allí esto lo solucionan el mismo día.",
        "Ya es la tercera vez, caso {case}. {restate} He estado mirando lo que cobra {comp}, para que lo sepáis.",
    ],
    "fr": [
        "Troisième fois que je vous contacte pour le dossier {case}. {restate} Une collègue loue chez {comp} et chez eux c'est réglé dans la journée.",
        "C'est la troisième fois, dossier {case}. {restate} J'ai regardé les tarifs de {comp}, pour info.",
    ],
    "en": [
        "Third time now, case {case}. {restate} A colleague hires from {comp} and they sort this kind of thing the same day."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case}. {restate} Ein Kollege mietet bei {comp}, da ist so etwas am selben Tag erledigt."
    ],
    "pt": [
        "Terceira vez que contacto por causa do processo {case}. {restate} Uma colega aluga na {comp} e lá resolvem isto no mesmo dia."
    ],
    "it": [
        "Terza volta che vi contatto per la pratica {case}. {restate} Una collega noleggia da {comp} e lì lo risolvono in giornata."
    ],
}
FOURTH: dict[str, list[str]] = {
    "es": [
        "CUARTA vez. Caso {case}. {restate} No pienso volver a escribir, lo siguiente es una hoja de reclamaciones."
    ],
    "fr": [
        "QUATRIÈME fois. Dossier {case}. {restate} La prochaine fois, c'est une réclamation officielle."
    ],
    "en": ["FOURTH time. Case {case}. {restate} Next stop is a formal complaint."],
    "de": [
        "Zum VIERTEN Mal. Vorgang {case}. {restate} Als Nächstes geht das an die Verbraucherzentrale."
    ],
    "pt": ["QUARTA vez. Processo {case}. {restate} A seguir é o livro de reclamações."],
    "it": ["QUARTA volta. Pratica {case}. {restate} La prossima volta faccio reclamo formale."],
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmo, caso {case} resuelto. Gracias por la rapidez",
        "Sí, ya lo veo bien en el banco. Gracias, caso {case} cerrado por mi parte",
        "todo ok con el {case}, gracias!",
    ],
    "fr": [
        "Je confirme, dossier {case} réglé. Merci pour la rapidité",
        "Oui c'est bon, je vois le remboursement. Merci, dossier {case} clos pour moi",
        "tout est ok pour le {case}, merci !",
    ],
    "en": ["Confirmed, case {case} sorted. Thanks for being quick"],
    "de": ["Bestätige, Vorgang {case} ist erledigt. Danke für die schnelle Hilfe"],
    "pt": ["Confirmo, processo {case} resolvido. Obrigada pela rapidez"],
    "it": ["Confermo, pratica {case} risolta. Grazie per la rapidità"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdón por el tono de ayer, estaba desbordada con la fiesta. Gracias por solucionarlo tan rápido",
        "Siento haberme puesto así ayer, no era nada personal. Gracias",
    ],
    "fr": [
        "Désolé pour le ton d'hier, j'étais débordé avec la fête. Merci d'avoir réglé ça vite",
        "Pardon de m'être emportée hier, ce n'était pas contre vous. Merci",
    ],
    "en": [
        "Sorry for the tone yesterday, it was all a bit much with the party. Thanks for sorting it"
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war mit dem Fest völlig im Stress. Danke fürs schnelle Klären"
    ],
    "pt": ["Desculpem o tom de ontem, estava com a cabeça na festa. Obrigada por resolverem"],
    "it": ["Scusate il tono di ieri, ero nel pieno della festa. Grazie per aver risolto"],
}
LOW_CSAT_WORDS: dict[str, list[str]] = {
    "es": ["Fatal", "muy mal", "", "😡"],
    "fr": ["Nul", "très déçue", "", "😡"],
    "en": ["awful", ""],
    "de": ["Schlecht", ""],
    "pt": ["Péssimo", ""],
    "it": ["Pessimo", ""],
}
LOW_NPS_WORDS: dict[str, list[str]] = {
    "es": ["No os recomendaría", "", "mal"],
    "fr": ["Je ne recommanderai pas", ""],
    "en": ["wouldn't recommend", ""],
    "de": ["Nicht zu empfehlen", ""],
    "pt": ["Não recomendo", ""],
    "it": ["Non vi consiglio", ""],
}

#: six steps of a slide, the last naming a competitor; {amount} and {comp}
SLIDE: dict[str, list[list[str]]] = {
    "es": [
        [
            "La furgoneta de Mantelo llegó a las 13:45 en vez de a las 10 y sin avisar. Los invitados casi llegando. Bueno, un mal día lo tiene cualquiera",
            "Esta vez los manteles venían con manchas de vino y dos sillas cojas. Antes esto no pasaba con Mantelo",
            "El conductor no quiso recoger hasta contar copa por copa delante de él, una hora en la puerta. Qué necesidad",
            "Diez días esperando la fianza y dos correos sin respuesta. Cada vez peor",
            "Me cobráis {amount} por 12 copas 'perdidas' que estaban en las cajas, tengo las fotos de la app. ESTO YA ES DEMASIADO",
            "Mi cuñada alquila en {comp} y ya he reservado allí las mesas para el bautizo. Se acabó Mantelo",
        ],
        [
            "Primera vez que Mantelo me llega tarde, casi tres horas y sin una llamada. Raro en vosotros",
            "Estufa sin bombona y la guirnalda con media tira fundida. Empiezo a dudar",
            "Ahora para devolver hay que poner cada plato en su hueco o no recogen. Vaya lío un domingo por la noche",
            "Fianza retenida una semana y media y nadie contesta. Esto antes no era así",
            "{amount} de 'limpieza' por una carpa que devolvimos impecable. Os pasáis muchísimo, Mantelo",
            "Una amiga me ha pasado {comp} y ya tengo allí la reserva de la fiesta de fin de curso. Adiós",
        ],
    ],
    "fr": [
        [
            "La camionnette Mantelo est arrivée à 13h45 au lieu de 10h, sans prévenir. Les invités arrivaient presque. Bon, ça peut arriver",
            "Cette fois les nappes avaient des taches de vin et deux chaises étaient bancales. Ça ne se passait pas comme ça avant chez Mantelo",
            "Le chauffeur a refusé de reprendre tant qu'on n'avait pas compté chaque verre devant lui, une heure sur le trottoir. Sérieusement ?",
            "Dix jours à attendre la caution, deux mails sans réponse. De pire en pire",
            "{amount} pour 12 verres « manquants » qui étaient dans les caisses, j'ai les photos de l'appli. LÀ C'EST TROP",
            "Ma belle-sœur loue chez {comp} et j'ai déjà réservé les tables du baptême chez eux. Terminé Mantelo",
        ],
        [
            "Première fois que Mantelo me livre en retard, presque trois heures et pas un appel. Pas votre genre",
            "Chauffage sans bouteille de gaz et guirlande à moitié grillée. Je commence à douter",
            "Maintenant pour rendre il faut remettre chaque assiette à sa place sinon ils ne reprennent pas. Super un dimanche soir",
            "Caution bloquée depuis une semaine et demie et personne ne répond. Avant ce n'était pas comme ça",
            "{amount} de « nettoyage » pour un chapiteau rendu impeccable. Vous abusez vraiment, Mantelo",
            "Une amie m'a conseillé {comp} et la fête de fin d'année est déjà réservée chez eux. Adieu",
        ],
    ],
    "en": [
        [
            "Mantelo van turned up at 1:45 instead of 10, no call. Guests nearly arriving. Oh well, off day",
            "Tablecloths with wine stains this time and two wobbly chairs. Never used to be like this with Mantelo",
            "Driver wouldn't collect until we counted every single glass in front of him, an hour on the doorstep. Really?",
            "Ten days waiting for the deposit, two emails unanswered. Getting worse",
            "{amount} for 12 'missing' glasses that were in the crates, I have the app photos. THIS IS TOO MUCH",
            "My sister-in-law uses {comp} and I've booked the christening tables there already. Done with Mantelo",
        ]
    ],
    "de": [
        [
            "Der Mantelo-Transporter kam um 13:45 statt um 10, ohne Anruf. Die Gäste fast schon da. Na ja, kann passieren",
            "Diesmal Tischdecken mit Rotweinflecken und zwei wackelige Stühle. Früher war das bei Mantelo nicht so",
            "Der Fahrer wollte erst abholen, als wir jedes Glas vor ihm gezählt hatten, eine Stunde an der Haustür. Echt jetzt?",
            "Zehn Tage auf die Kaution gewartet, zwei Mails ohne Antwort. Wird immer schlimmer",
            "{amount} für 12 „fehlende“ Gläser, die in den Kisten waren, ich habe die Fotos aus der App. JETZT IST SCHLUSS",
            "Meine Schwägerin mietet bei {comp}, die Tische für die Taufe sind dort schon bestellt. Das war's, Mantelo",
        ]
    ],
    "pt": [
        [
            "A carrinha da Mantelo chegou às 13:45 em vez das 10, sem avisar. Os convidados quase a chegar. Enfim, acontece",
            "Desta vez as toalhas vinham com nódoas de vinho e duas cadeiras a abanar. Antes não era assim na Mantelo",
            "O motorista só recolheu depois de contarmos copo a copo à frente dele, uma hora à porta. A sério?",
            "Dez dias à espera da caução e dois e-mails sem resposta. Cada vez pior",
            "{amount} por 12 copos 'perdidos' que estavam nas caixas, tenho as fotos da app. ISTO JÁ É DEMAIS",
            "A minha cunhada aluga na {comp} e já reservei lá as mesas para o batizado. Acabou, Mantelo",
        ]
    ],
    "it": [
        [
            "Il furgone Mantelo è arrivato alle 13:45 invece che alle 10, senza avvisare. Gli ospiti quasi arrivati. Vabbè, capita",
            "Stavolta tovaglie con macchie di vino e due sedie traballanti. Prima con Mantelo non succedeva",
            "L'autista non ha voluto ritirare finché non abbiamo contato ogni bicchiere davanti a lui, un'ora sulla porta. Ma dai",
            "Dieci giorni ad aspettare la cauzione, due mail senza risposta. Sempre peggio",
            "{amount} per 12 bicchieri 'mancanti' che erano nelle casse, ho le foto dell'app. ADESSO BASTA",
            "Mia cognata noleggia da {comp} e ho già prenotato lì i tavoli per il battesimo. Chiuso con Mantelo",
        ]
    ],
}

#: asking to cancel the Club and close the account: (subject, text)
LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del Mantelo Club y cierre de cuenta",
            "Hola,\n\nNos hemos comprado por fin nuestras propias mesas y sillas plegables para el jardín y los niños ya son mayores para castillos hinchables, así que no vamos a seguir alquilando. Quiero darme de baja del Mantelo Club y cerrar la cuenta, por favor.\n\nGracias por todos estos años,\n{name}",
        ),
        (
            "Quiero cancelar el Club",
            "Buenas,\n\nNos mudamos a un piso en el centro sin terraza ni jardín, se acabaron las fiestas en casa. Por favor, cancelad mi Mantelo Club y cerrad mi cuenta.\n\nSaludos,\n{name}",
        ),
    ],
    "fr": [
        (
            "Résiliation Mantelo Club et fermeture du compte",
            "Bonjour,\n\nNous avons fini par acheter nos propres tables et chaises pliantes, et les enfants sont trop grands pour les châteaux gonflables. Je souhaite résilier mon Mantelo Club et fermer mon compte.\n\nMerci pour ces années,\n{name}",
        ),
        (
            "Résilier le Club",
            "Bonjour,\n\nNous déménageons dans un appartement en centre-ville, sans jardin ni terrasse, donc plus de fêtes à la maison. Merci de résilier mon Mantelo Club et de fermer mon compte.\n\nCordialement,\n{name}",
        ),
    ],
    "en": [
        (
            "Cancel Mantelo Club and close account",
            "Hi,\n\nWe've finally bought our own folding tables and chairs for the garden and the kids have outgrown bouncy castles, so we won't be hiring any more. Please cancel my Mantelo Club and close my account.\n\nThanks for everything,\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung Mantelo Club und Konto",
            "Hallo,\n\nwir ziehen in eine Stadtwohnung ohne Garten und Balkon, Feste zu Hause sind damit vorbei. Bitte kündigen Sie meinen Mantelo Club und schließen Sie mein Konto.\n\nViele Grüße,\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar o Mantelo Club e fechar a conta",
            "Olá,\n\nComprámos finalmente as nossas próprias mesas e cadeiras dobráveis e os miúdos já estão crescidos para insufláveis. Quero cancelar o Mantelo Club e fechar a minha conta.\n\nObrigada por tudo,\n{name}",
        )
    ],
    "it": [
        (
            "Disdetta Mantelo Club e chiusura account",
            "Buongiorno,\n\nci trasferiamo in un appartamento in centro senza giardino né terrazzo, niente più feste in casa. Vorrei disdire il Mantelo Club e chiudere il mio account.\n\nGrazie,\n{name}",
        )
    ],
}
LEAVE_REPLY: dict[str, tuple[str, str]] = {
    "es": (
        "Sentimos que te vayas",
        "Hola {first}:\n\nSentimos mucho que te vayas. Puedes darte de baja en la app o en la web, en Cuenta > Mantelo Club > Darse de baja; al hacerlo se cierra también la cuenta.\n\nGracias por habernos elegido,\n{agent}, Mantelo",
    ),
    "fr": (
        "Nous sommes tristes de vous voir partir",
        "Bonjour {first},\n\nNous sommes désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Mantelo Club > Résilier ; le compte est fermé en même temps.\n\nMerci de nous avoir fait confiance,\n{agent}, Mantelo",
    ),
    "en": (
        "Sorry to see you go",
        "Hi {first},\n\nSorry to see you go. You can cancel yourself in the app or on the website under Account > Mantelo Club > Cancel, which also closes the account.\n\nThanks for hiring with us,\n{agent}, Mantelo",
    ),
    "de": (
        "Schade, dass Sie gehen",
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Mantelo Club > Kündigen selbst kündigen, damit wird auch das Konto geschlossen.\n\nDanke für Ihr Vertrauen,\n{agent}, Mantelo",
    ),
    "pt": (
        "Lamentamos a sua saída",
        "Olá {first},\n\nLamentamos que se vá embora. Pode cancelar na app ou no site, em Conta > Mantelo Club > Cancelar, o que fecha também a conta.\n\nObrigada pela preferência,\n{agent}, Mantelo",
    ),
    "it": (
        "Ci dispiace vederla andare via",
        "Buongiorno {first},\n\nci dispiace che ci lasci. Può disdire da sé nell'app o sul sito, in Account > Mantelo Club > Disdici, e così si chiude anche l'account.\n\nGrazie per averci scelto,\n{agent}, Mantelo",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me pide la contraseña CADA vez que la abro. Cada vez.",
        "Otra vez el SMS de 'tu conductor está en camino' a las 6:30 de la mañana. Un sábado.",
        "35 minutos al teléfono un viernes para cambiar una hora de recogida. Así no, Mantelo",
        "Las fundas de las sillas siempre llegan arrugadas, siempre.",
        "Franja de entrega de 8 a 14. Seis horas encerrada en casa esperando unas sillas.",
        "En la foto las sillas son blancas y llegan color crema. Pequeño detalle para una boda",
        "Las mesas de caballete pesan un quintal y no tienen asas. Mi espalda os lo agradece",
    ],
    "fr": [
        "L'appli me redemande le mot de passe À CHAQUE fois. Chaque fois.",
        "Encore le SMS « votre chauffeur est en route » à 6h30. Un samedi.",
        "35 minutes d'attente au téléphone un vendredi pour changer une heure de reprise. Non merci Mantelo",
        "Les housses de chaises arrivent toujours froissées, toujours.",
        "Créneau de livraison 8h-14h. Six heures enfermée chez moi pour des chaises.",
        "Sur la photo les chaises sont blanches, elles arrivent crème. Détail qui compte pour un mariage",
        "Les tréteaux pèsent une tonne et n'ont pas de poignées. Mon dos vous remercie",
    ],
    "en": [
        "The app logs me out EVERY single time. Every time.",
        "Another 'your driver is on the way' text at 6:30am. On a Saturday.",
        "35 minutes on hold on a Friday to change a collection time. Come on Mantelo",
        "Chair covers always arrive creased, always.",
        "8am to 2pm delivery window. Six hours stuck indoors waiting for chairs.",
    ],
    "de": [
        "Die App will JEDES Mal das Passwort. Jedes Mal.",
        "Schon wieder die SMS „Ihr Fahrer ist unterwegs“ um 6:30 Uhr. An einem Samstag.",
        "35 Minuten in der Warteschleife, um eine Abholzeit zu ändern. So nicht, Mantelo",
        "Die Stuhlhussen kommen immer zerknittert an, immer.",
        "Lieferfenster 8 bis 14 Uhr. Sechs Stunden zu Hause festsitzen wegen ein paar Stühlen.",
    ],
    "pt": [
        "A app pede a palavra-passe SEMPRE que a abro. Sempre.",
        "Outra vez a SMS 'o seu motorista está a caminho' às 6:30. Num sábado.",
        "35 minutos ao telefone numa sexta para mudar a hora de recolha. Assim não, Mantelo",
        "As capas das cadeiras chegam sempre amarrotadas, sempre.",
        "Janela de entrega das 8 às 14. Seis horas fechada em casa à espera de cadeiras.",
    ],
    "it": [
        "L'app mi chiede la password OGNI volta. Ogni volta.",
        "Di nuovo l'SMS 'il tuo autista è in arrivo' alle 6:30. Di sabato.",
        "35 minuti al telefono di venerdì per cambiare l'orario di ritiro. Così no, Mantelo",
        "Le fodere delle sedie arrivano sempre stropicciate, sempre.",
        "Fascia di consegna 8-14. Sei ore chiusa in casa ad aspettare delle sedie.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Qué maravilla, la pista de baile llegó a las 20:30, justo cuando se iban los invitados 👏👏",
        "Me encanta que las copas 'limpias' vengan con pintalabios de la boda anterior 😂 Gracias Mantelo",
    ],
    "fr": [
        "Génial, le chauffage d'extérieur livré à 22h, pile pour la fin de la soirée 👏",
        "J'adore les nappes « propres » avec les taches de vin du mariage d'avant 😂 merci Mantelo",
    ],
    "en": ["Love that the bouncy castle turned up at 6pm, just as the kids went home 👏"],
    "de": ["Toll, die Heizstrahler kamen um 22 Uhr, genau als die Gäste gingen 👏"],
    "pt": [
        "Adorei as toalhas 'lavadas' com as nódoas de vinho da festa anterior 😂 obrigadinha Mantelo"
    ],
    "it": ["Bellissimo, le stufe consegnate alle 22, giusto quando gli ospiti andavano via 👏"],
}

# --- the spike: the app rewrites every order's delivery address to the billing address ---

SPIKE_CODE = "ADR/77-B"
SPIKE_TOPIC = "party-hire app rewrote orders' delivery address to the customer's billing address: vans sent to homes instead of venues, the address cannot be edited back, error ADR/77-B"

SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "La app me ha cambiado la dirección de entrega del pedido a mi casa en vez del salón y al intentar corregirla sale error ADR/77-B. El repartidor me llama desde MI portal. La fiesta es a las 13 h!!",
        "¿Qué pasa hoy con la app? La entrega de la carpa aparece con mi dirección de facturación, no la de la finca, y no me deja editarla: 'ADR/77-B'. Ayuda urgente",
        "error ADR/77-B al cambiar la dirección del pedido, y la furgoneta ya va camino de mi piso en vez del local de la asociación",
        "Mantelo me está mandando las mesas a casa de mi madre (la dirección de la factura) en vez de al polideportivo. No se puede modificar, error ADR/77-B. Son las 9 y empezamos a montar a las 11",
    ],
    "fr": [
        "L'appli a remplacé l'adresse de livraison par mon adresse perso au lieu de la salle des fêtes, et quand je corrige : erreur ADR/77-B. Le chauffeur m'appelle devant CHEZ MOI. La fête est à midi !!",
        "Il se passe quoi avec l'appli ce matin ? Ma commande affiche l'adresse de facturation et pas celle du gîte, impossible de la modifier : « ADR/77-B ». Urgent",
        "erreur ADR/77-B en voulant changer l'adresse de la commande, et la camionnette roule déjà vers mon appart au lieu de la salle paroissiale",
        "Mantelo livre mes tables chez ma mère (adresse de facturation) au lieu du gymnase. Pas modifiable, erreur ADR/77-B. Il est 9h et on installe à 11h",
    ],
    "en": [
        "Mantelo app has switched my delivery address to my home address instead of the village hall and won't let me change it back: error ADR/77-B. Driver's ringing from my front door. Party's at 1!",
        "anyone else getting ADR/77-B? my order now shows the billing address not the venue and the van is heading to my flat",
    ],
    "de": [
        "Die Mantelo-App hat die Lieferadresse auf meine Wohnadresse geändert statt aufs Vereinsheim, und beim Korrigieren kommt Fehler ADR/77-B. Der Fahrer steht bei MIR vor der Tür. Das Fest ist um 12!",
        "Fehler ADR/77-B, wenn ich die Adresse der Bestellung ändern will, und der Transporter fährt zu meiner Rechnungsadresse statt zur Grillhütte",
    ],
    "pt": [
        "A app da Mantelo mudou a morada de entrega para a minha casa em vez do salão e não deixa corrigir: erro ADR/77-B. O motorista está à MINHA porta. A festa é ao meio-dia!",
        "erro ADR/77-B ao mudar a morada da encomenda e a carrinha já vai para a morada de faturação em vez da quinta",
    ],
    "it": [
        "L'app Mantelo ha cambiato l'indirizzo di consegna con quello di casa mia invece della sala, e se provo a correggerlo esce errore ADR/77-B. L'autista è sotto casa MIA. La festa è alle 13!",
        "errore ADR/77-B quando provo a cambiare l'indirizzo dell'ordine e il furgone sta andando all'indirizzo di fatturazione invece che all'agriturismo",
    ],
}
SPIKE_SUBJECT = {
    "es": "Urgente: dirección de entrega cambiada (ADR/77-B)",
    "fr": "Urgent : adresse de livraison modifiée (ADR/77-B)",
    "en": "Urgent: delivery address changed, ADR/77-B",
    "de": "Dringend: Lieferadresse falsch (ADR/77-B)",
    "pt": "Urgente: morada de entrega alterada (ADR/77-B)",
    "it": "Urgente: indirizzo di consegna cambiato (ADR/77-B)",
}
SPIKE_CHAT_ANSWER = {
    "es": "Sí, {first}: desde esta mañana la app está enviando los pedidos a la dirección de facturación y no deja cambiarla (ADR/77-B). Estamos avisando a los conductores uno a uno y el equipo técnico ya está en ello.",
    "fr": "Oui {first}, depuis ce matin l'appli envoie les commandes à l'adresse de facturation et bloque la modification (ADR/77-B). Nous prévenons les chauffeurs un par un et l'équipe technique est dessus.",
    "en": "Yes {first}, since this morning the app is sending orders to the billing address and blocking changes (ADR/77-B). We're calling the drivers one by one and our tech team is on it.",
    "de": "Ja, {first}, seit heute Morgen schickt die App Bestellungen an die Rechnungsadresse und sperrt Änderungen (ADR/77-B). Wir informieren die Fahrer einzeln, die Technik ist dran.",
    "pt": "Sim, {first}, desde esta manhã a app está a enviar as encomendas para a morada de faturação e não deixa alterar (ADR/77-B). Estamos a avisar os motoristas um a um e a equipa técnica já está a tratar.",
    "it": "Sì {first}, da stamattina l'app manda gli ordini all'indirizzo di fatturazione e blocca le modifiche (ADR/77-B). Stiamo avvisando gli autisti uno per uno e il team tecnico ci sta lavorando.",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue igual, ADR/77-B también desde el ordenador, y el conductor dice que él solo ve la dirección de mi casa",
        "otra vez yo: ahora ADR/77-B también en el móvil de mi marido y la furgoneta sigue en mi calle",
    ],
    "fr": [
        "Toujours pareil, ADR/77-B aussi depuis l'ordinateur, et le chauffeur dit qu'il ne voit que mon adresse perso",
        "encore moi : ADR/77-B aussi sur le téléphone de mon mari et la camionnette est toujours dans ma rue",
    ],
    "en": [
        "Still the same, ADR/77-B on the laptop too and the driver says he only sees my home address"
    ],
    "de": ["Immer noch, ADR/77-B auch am Laptop, und der Fahrer sieht nur meine Wohnadresse"],
    "pt": [
        "Continua igual, ADR/77-B também no computador e o motorista diz que só vê a morada da minha casa"
    ],
    "it": [
        "Sempre uguale, ADR/77-B anche dal computer e l'autista dice che vede solo l'indirizzo di casa mia"
    ],
}
SPIKE_REPEAT_SUBJECT = {
    "es": "RE: Urgente ADR/77-B",
    "fr": "RE : Urgent ADR/77-B",
    "en": "Re: ADR/77-B",
    "de": "AW: Dringend ADR/77-B",
    "pt": "RE: Urgente ADR/77-B",
    "it": "R: Urgente ADR/77-B",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu entrega de hoy",
        "Hola {first}:\n\nDesde las {time} las direcciones de entrega vuelven a funcionar y tu pedido ya va al sitio correcto. Te devolvemos los gastos de envío de hoy y te hemos añadido {credit} de saldo. Perdona el susto.\n\nUn saludo,\n{agent}, Mantelo",
    ),
    "fr": (
        "Votre livraison d'aujourd'hui",
        "Bonjour {first},\n\nDepuis {time}, les adresses de livraison fonctionnent de nouveau et votre commande part au bon endroit. Nous vous remboursons la livraison du jour et avons ajouté {credit} d'avoir sur votre compte. Toutes nos excuses.\n\nBien à vous,\n{agent}, Mantelo",
    ),
    "en": (
        "Your delivery today",
        "Hi {first},\n\nSince {time} delivery addresses are working again and your order is on its way to the right place. Today's delivery is refunded and we've added {credit} credit to your account. Sorry for the scare.\n\nBest wishes,\n{agent}, Mantelo",
    ),
    "de": (
        "Ihre Lieferung heute",
        "Hallo {first},\n\nseit {time} Uhr funktionieren die Lieferadressen wieder und Ihre Bestellung ist zum richtigen Ort unterwegs. Die Liefergebühr von heute erstatten wir und haben Ihnen {credit} Guthaben gutgeschrieben. Entschuldigen Sie den Schreck.\n\nViele Grüße,\n{agent}, Mantelo",
    ),
    "pt": (
        "A sua entrega de hoje",
        "Olá {first},\n\nDesde as {time} as moradas de entrega voltaram a funcionar e a sua encomenda já vai para o sítio certo. Devolvemos o transporte de hoje e juntámos {credit} de saldo. Desculpe o susto.\n\nCumprimentos,\n{agent}, Mantelo",
    ),
    "it": (
        "La sua consegna di oggi",
        "Buongiorno {first},\n\ndalle {time} gli indirizzi di consegna funzionano di nuovo e il suo ordine sta andando nel posto giusto. Le rimborsiamo la consegna di oggi e abbiamo aggiunto {credit} di credito. Ci scusi per lo spavento.\n\nCordiali saluti,\n{agent}, Mantelo",
    ),
}
#: the calm Friday's lone questions: (question, agent's answer)
LONE_QUESTION: dict[str, tuple[str, str]] = {
    "es": (
        "hola, anoche en el resumen del pedido salía un momento mi dirección de facturación y luego ya la de la finca. Mañana la entrega va a la finca, verdad?",
        "Hola {first}: sí, el resumen muestra primero la dirección de la factura; la entrega va a la finca, como pone en tu pedido.",
    ),
    "fr": (
        "bonjour, hier soir le récapitulatif de commande affichait une seconde mon adresse de facturation puis celle de la salle. La livraison de demain va bien à la salle ?",
        "Bonjour {first}, oui : le récapitulatif affiche d'abord l'adresse de facturation, la livraison va bien à la salle indiquée dans votre commande.",
    ),
}
#: the calm Monday's one-off grumble in chat: (text, agent's answer)
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "las fotos del catálogo tardan muchísimo en cargar hoy, es normal?",
        "Hola {first}, estamos cambiando las imágenes del catálogo esta semana, perdona la lentitud.",
    ),
    "fr": (
        "les photos du catalogue mettent une éternité à charger aujourd'hui, c'est normal ?",
        "Bonjour {first}, nous changeons les images du catalogue cette semaine, désolés pour la lenteur.",
    ),
}
