# ruff: noqa: E501
"""Hand-written wording of heldout38: households' trouble, agents' replies, the spike.

``[[fem|masc]]`` agrees with the writer. Amounts ({fee}, {cam}, {quote}, {bill},
{visit}, {old}, {new}, {credit}) are written in the customer's market's money.
"""

from __future__ import annotations

PROBLEMS: tuple[str, ...] = (
    "no_show",
    "double_charge",
    "damage",
    "refund",
    "wrong_price",
    "false_alarm",
)

#: Amounts in euros; the generator writes them in pounds or francs where needed.
AMOUNTS: dict[str, float] = {
    "fee": 24.90,
    "cam": 89.0,
    "quote": 199.0,
    "bill": 389.0,
    "visit": 85.0,
    "old": 21.90,
    "new": 24.90,
    "credit": 5.0,
}

TOPIC: dict[str, dict[str, str]] = {
    "pt": {
        "no_show": "Técnico não apareceu",
        "double_charge": "Mensalidade cobrada duas vezes",
        "damage": "Cano furado na instalação",
        "refund": "Reembolso da câmara devolvida",
        "wrong_price": "Fatura muito acima do orçamento",
        "false_alarm": "Taxa de patrulha por alarme falso",
    },
    "de": {
        "no_show": "Techniker nicht erschienen",
        "double_charge": "Monatsbeitrag doppelt abgebucht",
        "damage": "Wasserleitung angebohrt",
        "refund": "Erstattung zurückgeschickte Kamera",
        "wrong_price": "Rechnung weit über Angebot",
        "false_alarm": "Einsatzgebühr nach Fehlalarm",
    },
    "en": {
        "no_show": "Engineer never turned up",
        "double_charge": "Charged twice this month",
        "damage": "Pipe drilled during install",
        "refund": "Refund for returned camera",
        "wrong_price": "Install bill way over quote",
        "false_alarm": "Call-out fee for false alarm",
    },
    "es": {
        "no_show": "El técnico no vino",
        "double_charge": "Cuota cobrada dos veces",
        "damage": "Tubería perforada en la instalación",
        "refund": "Reembolso de la cámara devuelta",
        "wrong_price": "Factura muy por encima del presupuesto",
        "false_alarm": "Cargo de patrulla por falsa alarma",
    },
    "fr": {
        "no_show": "Technicien jamais venu",
        "double_charge": "Mensualité prélevée deux fois",
        "damage": "Tuyau percé pendant la pose",
        "refund": "Remboursement caméra retournée",
        "wrong_price": "Facture bien au-dessus du devis",
        "false_alarm": "Frais d'intervention fausse alerte",
    },
    "it": {
        "no_show": "Tecnico mai arrivato",
        "double_charge": "Canone addebitato due volte",
        "damage": "Tubo forato durante l'installazione",
        "refund": "Rimborso telecamera restituita",
        "wrong_price": "Fattura molto sopra il preventivo",
        "false_alarm": "Costo intervento per falso allarme",
    },
}

#: The first, angry message about a problem (a few variants for pt and de).
COMPLAINT: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {
        "no_show": (
            "Tirei o dia de folga para a instalação entre as 9h e as 13h e NINGUÉM apareceu. Ninguém ligou, nem uma mensagem. São 15h. Quem me paga o dia perdido? {brand} isto não se faz",
            "Estive em casa das 8 às 14 à espera do técnico da {brand}. Não veio. A app continua a dizer 'técnico a caminho' desde as 10h 🤬",
        ),
        "double_charge": (
            "A mensalidade de {fee} foi cobrada DUAS VEZES este mês, no dia 3 e no dia 4. Tenho a renda para pagar sexta-feira, quero o dinheiro de volta já",
            "{brand} cobraram-me o Custodra Plus duas vezes este mês. Duas! Vejam lá isso depressa que a conta não estica",
        ),
        "damage": (
            "O técnico da {brand} furou um cano ao pôr o sensor na casa de banho. Água pela parede abaixo, tive de fechar a água do prédio e chamar um canalizador à minha custa. Quem paga isto?",
            "Instalaram o teclado e FURARAM o cano da cozinha. A parede está toda molhada e o canalizador quer 180 €. Quero saber já quem assume",
        ),
        "refund": (
            "Devolvi a câmara de exterior dentro dos 30 dias e passadas TRÊS SEMANAS nada de reembolso. {cam} não é pouco dinheiro",
            "Há três semanas que espero o reembolso da câmara que devolvi. Tenho o talão dos CTT e o e-mail a confirmar que a receberam. Onde está o dinheiro?",
        ),
        "wrong_price": (
            "Orçamento da instalação: {quote}. Fatura: {bill}. 'Horas extra e cabo'. Ninguém me avisou de nada. Isto é quase o DOBRO",
            "Recebi a fatura da instalação e quase caí da cadeira: {bill} quando o orçamento dizia {quote}. O técnico esteve cá 2 horas, não 5",
        ),
        "false_alarm": (
            "O sensor da varanda disparou às 3h da manhã sem ninguém em casa, ninguém me ligou antes de mandarem a patrulha e agora cobram-me {visit} de deslocação. O sensor é VOSSO e está avariado",
            "{visit} de 'intervenção' por um alarme falso do vosso sensor, que já tinha dado erro na semana anterior. E a central nem me ligou primeiro. Não pago",
        ),
    },
    "de": {
        "no_show": (
            "Extra Urlaub genommen für die Installation zwischen 8 und 12 Uhr und es kam NIEMAND. Kein Anruf, keine Nachricht. Jetzt ist es 14 Uhr. Wer bezahlt mir den Tag? {brand}, so nicht",
            "Seit 8 Uhr sitze ich zuhause und warte auf den Techniker von {brand}. In der App steht seit 10 'Techniker unterwegs'. Es ist halb drei. Echt jetzt?",
        ),
        "double_charge": (
            "Der Monatsbeitrag von {fee} wurde ZWEIMAL abgebucht, am 3. und am 4. Die Miete geht am Freitag raus, ich will das Geld sofort zurück",
            "{brand} hat mir Custodra Plus diesen Monat doppelt abgebucht. Doppelt! Bitte schnell klären, mein Konto ist knapp",
        ),
        "damage": (
            "Der Techniker von {brand} hat beim Bohren für den Sensor im Bad eine Wasserleitung angebohrt. Wasser läuft die Wand runter, Haupthahn zu, Klempner auf meine Kosten. Wer zahlt das?",
            "Beim Montieren des Bedienteils wurde die Leitung in der Küche ANGEBOHRT. Wand klatschnass, der Installateur will 180 €. Ich will sofort wissen, wer das übernimmt",
        ),
        "refund": (
            "Außenkamera innerhalb der 30 Tage zurückgeschickt und nach DREI WOCHEN immer noch keine Erstattung. {cam} sind nicht nichts",
            "Seit drei Wochen warte ich auf das Geld für die zurückgesendete Kamera. Sendungsnummer und Eingangsbestätigung habe ich. Wo bleibt die Erstattung?",
        ),
        "wrong_price": (
            "Angebot für die Installation: {quote}. Rechnung: {bill}. 'Mehraufwand und Kabel'. Keiner hat vorher was gesagt. Das ist fast das DOPPELTE",
            "Rechnung für die Montage bekommen und fast vom Stuhl gefallen: {bill}, im Angebot standen {quote}. Der Techniker war 2 Stunden hier, nicht 5",
        ),
        "false_alarm": (
            "Der Balkonmelder hat um 3 Uhr nachts ausgelöst, keiner hat mich vorher angerufen, Streife geschickt und jetzt {visit} Einsatzgebühr. Der Melder ist EUER Gerät und offensichtlich kaputt",
            "{visit} 'Einsatzpauschale' für einen Fehlalarm von eurem Melder, der schon letzte Woche eine Störung gemeldet hat. Und die Leitstelle hat mich nicht mal zuerst angerufen. Zahle ich nicht",
        ),
    },
    "en": {
        "no_show": (
            "Took a day's leave for the install, 8 to 12 slot, and NOBODY came. No call, no text. It's 2pm. Who's paying for my day off {brand}?",
        ),
        "double_charge": (
            "{brand} took the {fee} monthly TWICE this month, on the 3rd and the 4th. Rent's due Friday, I need that back now",
        ),
        "damage": (
            "Your engineer drilled straight into a water pipe fitting the bathroom sensor. Water down the wall, had to turn the mains off and get a plumber in myself. Who's paying for that?",
        ),
        "refund": (
            "Sent the outdoor camera back inside the 30 days and THREE WEEKS later still no refund. {cam} isn't nothing",
        ),
        "wrong_price": (
            "Quote for the install: {quote}. Bill: {bill}. 'Extra labour and cable'. Nobody said a word. That's nearly DOUBLE",
        ),
        "false_alarm": (
            "Balcony sensor went off at 3am with nobody home, nobody rang me before sending the patrol and now there's a {visit} call-out fee. It's YOUR sensor and it's faulty",
        ),
    },
    "es": {
        "no_show": (
            "Pedí el día libre para la instalación de 9 a 13 y NO VINO NADIE. Ni una llamada ni un mensaje. Son las tres. ¿Quién me paga el día {brand}?",
        ),
        "double_charge": (
            "Me habéis cobrado la cuota de {fee} DOS VECES este mes, el día 3 y el 4. El alquiler se paga el viernes, quiero el dinero ya",
        ),
        "damage": (
            "El técnico de {brand} perforó una tubería al poner el sensor del baño. Agua por la pared, tuve que cerrar la llave general y llamar a un fontanero por mi cuenta. ¿Quién paga esto?",
        ),
        "refund": (
            "Devolví la cámara exterior dentro de los 30 días y TRES SEMANAS después ni rastro del reembolso. {cam} no es poco",
        ),
        "wrong_price": (
            "Presupuesto de instalación: {quote}. Factura: {bill}. 'Horas extra y cable'. Nadie me avisó. Es casi el DOBLE",
        ),
        "false_alarm": (
            "El sensor del balcón saltó a las 3 de la mañana sin nadie en casa, nadie me llamó antes de mandar la patrulla y ahora me cobran {visit}. El sensor es VUESTRO y está roto",
        ),
    },
    "fr": {
        "no_show": (
            "J'ai posé une journée pour l'installation, créneau 8h-12h, et PERSONNE n'est venu. Pas un appel, pas un SMS. Il est 14h. Qui me rembourse ma journée {brand} ?",
        ),
        "double_charge": (
            "La mensualité de {fee} a été prélevée DEUX FOIS ce mois-ci, le 3 et le 4. Le loyer part vendredi, je veux être remboursé[[e|]] tout de suite",
        ),
        "damage": (
            "Le technicien {brand} a percé un tuyau en posant le capteur de la salle de bain. De l'eau plein le mur, j'ai dû couper l'eau et appeler un plombier à mes frais. Qui paie ?",
        ),
        "refund": (
            "Caméra extérieure renvoyée dans les 30 jours et TROIS SEMAINES après toujours pas de remboursement. {cam} c'est pas rien",
        ),
        "wrong_price": (
            "Devis pour l'installation : {quote}. Facture : {bill}. 'Main d'œuvre supplémentaire et câble'. Personne ne m'a prévenu[[e|]]. C'est presque le DOUBLE",
        ),
        "false_alarm": (
            "Le détecteur du balcon s'est déclenché à 3h du matin sans personne à la maison, personne ne m'a appelé[[e|]] avant d'envoyer la patrouille et maintenant {visit} de frais. C'est VOTRE détecteur et il est défectueux",
        ),
    },
    "it": {
        "no_show": (
            "Ho preso un giorno di ferie per l'installazione, fascia 8-12, e non è venuto NESSUNO. Nessuna chiamata, nessun messaggio. Sono le 14. Chi mi paga la giornata {brand}?",
        ),
        "double_charge": (
            "Il canone di {fee} mi è stato addebitato DUE VOLTE questo mese, il 3 e il 4. Venerdì esce l'affitto, rivoglio i soldi subito",
        ),
        "damage": (
            "Il tecnico di {brand} ha forato un tubo montando il sensore del bagno. Acqua giù per il muro, ho chiuso l'acqua generale e chiamato un idraulico a spese mie. Chi paga?",
        ),
        "refund": (
            "Telecamera esterna restituita entro i 30 giorni e dopo TRE SETTIMANE ancora nessun rimborso. {cam} non sono pochi",
        ),
        "wrong_price": (
            "Preventivo installazione: {quote}. Fattura: {bill}. 'Ore extra e cavo'. Nessuno mi ha detto niente. È quasi il DOPPIO",
        ),
        "false_alarm": (
            "Il sensore del balcone è scattato alle 3 di notte con la casa vuota, nessuno mi ha chiamat[[a|o]] prima di mandare la pattuglia e ora mi addebitano {visit}. Il sensore è VOSTRO ed è guasto",
        ),
    },
}

#: The problem said again, briefly, by someone writing again about it.
RESTATE: dict[str, dict[str, str]] = {
    "pt": {
        "no_show": "O técnico nunca apareceu e ninguém remarcou a instalação.",
        "double_charge": "A mensalidade continua cobrada duas vezes.",
        "damage": "O canalizador continua por pagar e a parede está húmida.",
        "refund": "O reembolso da câmara continua sem aparecer.",
        "wrong_price": "A fatura continua com {bill} em vez de {quote}.",
        "false_alarm": "Os {visit} da patrulha continuam na minha conta.",
    },
    "de": {
        "no_show": "Der Techniker kam nie und keiner hat einen neuen Termin gemacht.",
        "double_charge": "Der Beitrag ist immer noch doppelt abgebucht.",
        "damage": "Der Klempner ist immer noch nicht bezahlt und die Wand ist feucht.",
        "refund": "Die Erstattung für die Kamera ist immer noch nicht da.",
        "wrong_price": "Auf der Rechnung stehen immer noch {bill} statt {quote}.",
        "false_alarm": "Die {visit} für die Streife sind immer noch auf meinem Konto.",
    },
    "en": {
        "no_show": "The engineer never came and nobody rebooked the install.",
        "double_charge": "I'm still charged twice for the month.",
        "damage": "The plumber still isn't paid and the wall is still damp.",
        "refund": "Still no sign of the camera refund.",
        "wrong_price": "The bill still says {bill} instead of {quote}.",
        "false_alarm": "The {visit} call-out fee is still on my account.",
    },
    "es": {
        "no_show": "El técnico nunca vino y nadie ha vuelto a dar cita.",
        "double_charge": "Sigo con la cuota cobrada dos veces.",
        "damage": "El fontanero sigue sin pagar y la pared sigue húmeda.",
        "refund": "El reembolso de la cámara sigue sin llegar.",
        "wrong_price": "La factura sigue con {bill} en vez de {quote}.",
        "false_alarm": "Los {visit} de la patrulla siguen en mi cuenta.",
    },
    "fr": {
        "no_show": "Le technicien n'est jamais venu et personne n'a reprogrammé l'installation.",
        "double_charge": "La mensualité est toujours prélevée deux fois.",
        "damage": "Le plombier n'est toujours pas payé et le mur est encore humide.",
        "refund": "Toujours pas de remboursement pour la caméra.",
        "wrong_price": "La facture est toujours à {bill} au lieu de {quote}.",
        "false_alarm": "Les {visit} de la patrouille sont toujours sur mon compte.",
    },
    "it": {
        "no_show": "Il tecnico non è mai venuto e nessuno ha fissato un nuovo appuntamento.",
        "double_charge": "Il canone risulta ancora addebitato due volte.",
        "damage": "L'idraulico è ancora da pagare e il muro è ancora umido.",
        "refund": "Il rimborso della telecamera non è ancora arrivato.",
        "wrong_price": "La fattura è ancora di {bill} invece di {quote}.",
        "false_alarm": "I {visit} della pattuglia sono ancora sul mio conto.",
    },
}

#: Later contacts about the same open case: second, third (a competitor) and fourth time.
FOLLOWUP: dict[str, dict[int, tuple[str, ...]]] = {
    "pt": {
        2: (
            "Processo {case}: continua tudo igual. {restate} Ninguém me disse mais nada.",
            "Volto a escrever por causa do {case}. {restate} Ainda está por resolver. Alguém está a ver isto?",
        ),
        3: (
            "TERCEIRA vez que escrevo sobre o {case}. {restate} Se amanhã não estiver resolvido mudo para a {competitor}, já me mandaram proposta.",
        ),
        4: (
            "QUARTA vez. Processo {case}. {restate} Continua tudo por resolver e eu já não sei a quem mais pedir.",
        ),
    },
    "de": {
        2: (
            "Vorgang {case}: immer noch nichts passiert. {restate} Seitdem hat sich keiner gemeldet.",
            "Ich melde mich nochmal wegen {case}. {restate} Ist immer noch offen. Kümmert sich da überhaupt jemand?",
        ),
        3: (
            "Zum DRITTEN Mal wegen {case}. {restate} Wenn das morgen nicht erledigt ist, gehe ich zu {competitor}, die haben mir schon ein Angebot geschickt.",
        ),
        4: (
            "Zum VIERTEN Mal: {case}. {restate} Immer noch nicht gelöst. Ich weiß echt nicht mehr, wen ich noch fragen soll.",
        ),
    },
    "en": {
        2: ("Case {case}: still nothing. {restate} Not a word from anyone since.",),
        3: (
            "THIRD time writing about {case}. {restate} If it's not sorted tomorrow I'm going with {competitor}, they've already sent me a quote.",
        ),
        4: (
            "FOURTH time. Case {case}. {restate} Still not fixed and I've no idea who else to ask.",
        ),
    },
    "es": {
        2: ("Caso {case}: todo sigue igual. {restate} Nadie me ha dicho nada más.",),
        3: (
            "TERCERA vez que escribo por el {case}. {restate} Si mañana no está resuelto me paso a {competitor}, ya me han mandado presupuesto.",
        ),
        4: (
            "CUARTA vez. Caso {case}. {restate} Sigue sin resolver y ya no sé a quién más preguntar.",
        ),
    },
    "fr": {
        2: ("Dossier {case} : toujours rien. {restate} Personne ne m'a recontacté[[e|]].",),
        3: (
            "TROISIÈME fois que j'écris pour le {case}. {restate} Si demain ce n'est pas réglé je passe chez {competitor}, ils m'ont déjà envoyé un devis.",
        ),
        4: (
            "QUATRIÈME fois. Dossier {case}. {restate} Toujours pas résolu et je ne sais plus à qui m'adresser.",
        ),
    },
    "it": {
        2: ("Pratica {case}: ancora niente. {restate} Nessuno si è fatto più sentire.",),
        3: (
            "TERZA volta che scrivo per la {case}. {restate} Se domani non è risolto passo a {competitor}, mi hanno già mandato un preventivo.",
        ),
        4: (
            "QUARTA volta. Pratica {case}. {restate} Ancora irrisolto e non so più a chi chiedere.",
        ),
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "pt": "Reclamação: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
}

CASE_SUBJECT: dict[str, tuple[str, ...]] = {
    "pt": ("RE: Processo {case}", "Re: processo {case}", "RES: Processo {case} - {topic}"),
    "de": ("AW: Vorgang {case}", "Aw: Vorgang {case}", "RE: {case} - {topic}"),
    "en": ("RE: Case {case}", "Re: case {case}"),
    "es": ("RE: Caso {case}", "RV: Caso {case}"),
    "fr": ("RE : Dossier {case}", "Re: dossier {case}"),
    "it": ("R: Pratica {case}", "Re: pratica {case}"),
}

#: Spoken openers of phone calls, and how the speech-to-text writes "CU-".
PHONE_OPENERS: dict[str, tuple[str, ...]] = {
    "pt": ("está sim boa tarde", "bom dia olhe", "sim olá boa tarde", "está bom dia escute"),
    "de": ("ja hallo guten tag", "äh hallo also", "ja grüß gott", "hallo ja guten morgen"),
    "en": ("yeah hi there", "hello yeah hi"),
    "es": ("sí hola buenas", "oiga hola mire"),
    "fr": ("oui allô bonjour", "allô oui bonjour écoutez"),
    "it": ("pronto buongiorno", "sì salve senta"),
}
SPOKEN_CASE: dict[str, tuple[str, ...]] = {
    "pt": ("cê u", "c u"),
    "de": ("ce u", "zeh uh"),
    "en": ("see you", "c u"),
    "es": ("ce u", "ce hu"),
    "fr": ("cé u", "c u"),
    "it": ("ci u", "c u"),
}

#: Long e-mails: the complaint stands in the middle of a letter.
LONG_EMAIL: dict[str, tuple[str, ...]] = {
    "pt": (
        "Boa tarde,\n\nEscrevo do comboio, a voltar de Mirandela, onde fui ao funeral do meu tio. Não era assim que queria passar o dia, mas a vida é isto, e aproveito as três horas de viagem para tratar do que tenho andado a adiar.\n\n{complaint}\n\nSei que do outro lado está uma pessoa que não tem culpa nenhuma e peço desculpa se o tom não é o melhor. Mas já não tenho paciência para andar atrás disto. Agradecia uma resposta a sério, não um e-mail automático.\n\nCumprimentos,\n{name}",
        "Olá,\n\nSão quase meia-noite, os miúdos já dormem, acabei de rever a matéria de História com o mais velho para o teste de amanhã e só agora me sento ao computador.\n\nVou direit[[a|o]] ao assunto. {complaint}\n\nSou cliente há dois anos e até agora nunca tinha tido razão de queixa. Por isso mesmo custa-me mais.\n\nFico a aguardar.\n{name}",
    ),
    "de": (
        "Guten Tag,\n\nich schreibe Ihnen aus dem Lehrerzimmer in der großen Pause, also fasse ich mich kurz, auch wenn mir nach etwas ganz anderem zumute ist.\n\n{complaint}\n\nIch bin seit zwei Jahren [[Kundin|Kunde]] und hatte bisher nie Grund zur Klage. Umso mehr ärgert mich das jetzt. Ich erwarte eine konkrete Antwort und keinen Textbaustein.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nich sitze gerade im Auto vor dem Fußballplatz und warte, dass das Training von meinem Sohn vorbei ist, den Laptop auf dem Lenkrad. Anders komme ich diese Woche nicht dazu.\n\n{complaint}\n\nIch weiß, dass Sie persönlich nichts dafür können, und entschuldige mich, falls der Ton etwas scharf ist. Aber ich hätte gern eine richtige Antwort.\n\nGruß\n{name}",
    ),
    "en": (
        "Hi,\n\nWriting this from the staff room on my break so I'll keep it short, though I've plenty more to say.\n\n{complaint}\n\nI've been with you two years and never had a reason to complain before, which is why this annoys me so much. I'd like a proper answer, not a template.\n\nThanks,\n{name}",
    ),
    "es": (
        "Hola:\n\nOs escribo desde el tren de vuelta del pueblo, del entierro de mi tío. No es el día que habría elegido para esto, pero son tres horas de viaje y ya lo he dejado demasiado.\n\n{complaint}\n\nSé que quien lee esto no tiene la culpa y perdón si el tono no es el mejor. Pero necesito una respuesta de verdad, no un correo automático.\n\nUn saludo,\n{name}",
    ),
    "fr": (
        "Bonsoir,\n\nIl est presque minuit, les enfants dorment, je viens de faire réviser l'histoire au grand pour son contrôle de demain et je m'assois enfin devant l'ordinateur.\n\nJe vais droit au but. {complaint}\n\nJe suis client[[e|]] depuis deux ans et je n'avais jamais eu à me plaindre. C'est justement pour ça que ça m'agace autant.\n\nDans l'attente de votre réponse,\n{name}",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala professori durante l'intervallo, quindi sarò breve anche se avrei parecchio da dire.\n\n{complaint}\n\nSono cliente da due anni e non avevo mai avuto motivo di lamentarmi. Proprio per questo mi dà ancora più fastidio. Vorrei una risposta vera, non un messaggio preimpostato.\n\nCordiali saluti,\n{name}",
    ),
}

APOLOGY: dict[str, tuple[str, ...]] = {
    "pt": (
        "Peço desculpa pelo tom de ontem, estava mesmo no limite, tinha passado a noite acordad[[a|o]] com o miúdo doente. Obrigad[[a|o]] por terem resolvido",
        "Desculpem a mensagem de ontem, não foi justa para quem me atendeu. Obrigad[[a|o]] pela rapidez",
    ),
    "de": (
        "Entschuldigung für den Ton gestern, ich war echt am Ende, die Kleine hatte die ganze Nacht Fieber. Danke fürs schnelle Klären",
        "Sorry für meine Nachricht gestern, das war nicht fair Ihnen gegenüber. Danke, dass es so schnell ging",
    ),
    "en": (
        "Apologies for yesterday's message, I was short with you and you didn't deserve it. Thanks for getting it sorted so fast",
    ),
    "es": (
        "Perdón por cómo escribí ayer, no estuvo bien. Día horrible en el trabajo, pero no es excusa. Gracias por la rapidez",
    ),
    "fr": (
        "Je m'excuse pour mon message d'hier, pas très aimable. Journée horrible au boulot, ce n'est pas une excuse. Merci d'avoir fait vite",
    ),
    "it": (
        "Chiedo scusa per il messaggio di ieri, non è stato gentile. Giornataccia al lavoro, ma non è una scusa. Grazie per la rapidità",
    ),
}

#: The customer confirms a fixed case, naming it.
CONFIRM: dict[str, tuple[str, ...]] = {
    "pt": (
        "Confirmo, processo {case} resolvido. Obrigad[[a|o]]!",
        "Está tudo certo com o {case}, já vi na conta. Obg",
        "Sim, {case} tratado. Obrigad[[a|o]] pela ajuda",
    ),
    "de": (
        "Bestätige: {case} ist erledigt. Danke!",
        "Passt, {case} hat sich erledigt, ist angekommen. Danke euch",
        "Ja, {case} ist gelöst. Vielen Dank",
    ),
    "en": ("Confirmed, case {case} is sorted. Thanks!",),
    "es": ("Confirmo, caso {case} resuelto. ¡Gracias!",),
    "fr": ("Je confirme, dossier {case} réglé. Merci !",),
    "it": ("Confermo, pratica {case} risolta. Grazie!",),
}

#: Agents' replies.
CASE_OPENED: dict[str, str] = {
    "pt": "Olá {name}, lamentamos muito. Abrimos o processo {case} e a equipa responsável já está a tratar do assunto. Se tiver mais informação, basta responder a este e-mail.\n{signature}",
    "de": "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt, das zuständige Team kümmert sich darum. Weitere Infos einfach als Antwort auf diese E-Mail.\n{signature}",
    "en": "Hi {name}, we're really sorry. We've opened case {case} and the team is on it. If you've anything to add, just reply to this e-mail.\n{signature}",
    "es": "Hola {name}, lo sentimos mucho. Hemos abierto el caso {case} y el equipo ya se está ocupando. Si tienes más información, responde a este correo.\n{signature}",
    "fr": "Bonjour {name}, nous sommes vraiment désolés. Nous avons ouvert le dossier {case} et l'équipe s'en occupe. Pour toute information, répondez simplement à cet e-mail.\n{signature}",
    "it": "Ciao {name}, ci dispiace molto. Abbiamo aperto la pratica {case} e il team se ne sta occupando. Per altre informazioni basta rispondere a questa e-mail.\n{signature}",
}
CASE_OPENED_CHAT: dict[str, str] = {
    "pt": "Lamento imenso, {name}. Abri o processo {case} e passei já à equipa. Vai receber novidades por e-mail.",
    "de": "Das tut mir sehr leid, {name}. Ich habe den Vorgang {case} angelegt und direkt weitergegeben. Sie hören per E-Mail von uns.",
    "en": "I'm so sorry, {name}. I've opened case {case} and passed it straight on. You'll hear from us by e-mail.",
    "es": "Lo siento mucho, {name}. He abierto el caso {case} y lo he pasado al equipo. Te escribimos por correo.",
    "fr": "Je suis vraiment désolé, {name}. J'ai ouvert le dossier {case} et l'ai transmis. Vous aurez des nouvelles par e-mail.",
    "it": "Mi dispiace molto, {name}. Ho aperto la pratica {case} e l'ho passata al team. Ti aggiorniamo via e-mail.",
}
PASSED_ON: dict[str, str] = {
    "pt": "Olá {name}, o seu processo {case} foi passado à equipa técnica e à faturação, com prioridade. Voltamos a contactar assim que houver novidades.\n{signature}",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt mit Priorität bei der Technik und der Buchhaltung. Wir melden uns, sobald es Neuigkeiten gibt.\n{signature}",
    "en": "Hi {name}, your case {case} has been passed to our engineers and billing team as a priority. We'll be back in touch as soon as there's news.\n{signature}",
    "es": "Hola {name}, tu caso {case} ha pasado con prioridad al equipo técnico y a facturación. Te avisamos en cuanto haya novedades.\n{signature}",
    "fr": "Bonjour {name}, votre dossier {case} a été transmis en priorité à l'équipe technique et à la facturation. Nous revenons vers vous dès que possible.\n{signature}",
    "it": "Ciao {name}, la tua pratica {case} è passata con priorità al team tecnico e all'amministrazione. Ti ricontattiamo appena ci sono novità.\n{signature}",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {name}, boas notícias sobre o processo {case}: {fix}. Pode confirmar-nos que está tudo bem do seu lado?\n{signature}",
    "de": "Hallo {name}, gute Nachrichten zu Vorgang {case}: {fix}. Können Sie uns kurz bestätigen, dass bei Ihnen alles passt?\n{signature}",
    "en": "Hi {name}, good news on case {case}: {fix}. Could you confirm all is well on your side?\n{signature}",
    "es": "Hola {name}, buenas noticias sobre el caso {case}: {fix}. ¿Nos confirmas que todo está bien por tu parte?\n{signature}",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n{signature}",
    "it": "Ciao {name}, buone notizie sulla pratica {case}: {fix}. Puoi confermarci che dalla tua parte è tutto a posto?\n{signature}",
}
FIX: dict[str, dict[str, str]] = {
    "pt": {
        "no_show": "o técnico vai amanhã entre as 8h e as 10h e a instalação fica por nossa conta",
        "double_charge": "devolvemos os {fee} cobrados a mais, aparecem na conta em 1 a 2 dias",
        "damage": "a nossa seguradora paga o canalizador e a pintura, basta enviar-nos a fatura",
        "refund": "o reembolso de {cam} foi feito hoje",
        "wrong_price": "a fatura foi corrigida para {quote}",
        "false_alarm": "anulámos a taxa de {visit} e vamos trocar o sensor sem custos",
    },
    "de": {
        "no_show": "der Techniker kommt morgen zwischen 8 und 10 Uhr, die Installation geht auf uns",
        "double_charge": "die doppelt abgebuchten {fee} sind zurücküberwiesen, in 1 bis 2 Tagen auf Ihrem Konto",
        "damage": "unsere Versicherung übernimmt Klempner und Malerarbeiten, schicken Sie uns einfach die Rechnung",
        "refund": "die Erstattung über {cam} ist heute raus",
        "wrong_price": "die Rechnung ist auf {quote} korrigiert",
        "false_alarm": "die Einsatzgebühr von {visit} ist storniert und der Melder wird kostenlos getauscht",
    },
    "en": {
        "no_show": "the engineer will be with you tomorrow between 8 and 10 and the install is on us",
        "double_charge": "the extra {fee} has been refunded and will show in 1 to 2 days",
        "damage": "our insurer will cover the plumber and the painting, just send us the invoice",
        "refund": "the {cam} refund went out today",
        "wrong_price": "the bill has been corrected to {quote}",
        "false_alarm": "we've cancelled the {visit} fee and will swap the sensor free of charge",
    },
    "es": {
        "no_show": "el técnico irá mañana entre las 8 y las 10 y la instalación corre de nuestra cuenta",
        "double_charge": "te hemos devuelto los {fee} cobrados de más, los verás en 1 o 2 días",
        "damage": "nuestro seguro paga el fontanero y la pintura, solo envíanos la factura",
        "refund": "el reembolso de {cam} se ha hecho hoy",
        "wrong_price": "la factura se ha corregido a {quote}",
        "false_alarm": "hemos anulado el cargo de {visit} y cambiaremos el sensor gratis",
    },
    "fr": {
        "no_show": "le technicien passe demain entre 8h et 10h et l'installation est offerte",
        "double_charge": "les {fee} prélevés en trop sont remboursés, sous 1 à 2 jours sur votre compte",
        "damage": "notre assurance prend en charge le plombier et la peinture, envoyez-nous simplement la facture",
        "refund": "le remboursement de {cam} est parti aujourd'hui",
        "wrong_price": "la facture a été corrigée à {quote}",
        "false_alarm": "les frais de {visit} sont annulés et le détecteur sera changé gratuitement",
    },
    "it": {
        "no_show": "il tecnico passa domani tra le 8 e le 10 e l'installazione è a carico nostro",
        "double_charge": "ti abbiamo restituito i {fee} addebitati in più, li vedrai in 1-2 giorni",
        "damage": "la nostra assicurazione copre idraulico e tinteggiatura, mandaci pure la fattura",
        "refund": "il rimborso di {cam} è partito oggi",
        "wrong_price": "la fattura è stata corretta a {quote}",
        "false_alarm": "abbiamo annullato il costo di {visit} e cambieremo il sensore gratis",
    },
}
GOOD_NEWS_SUBJECT: dict[str, str] = {
    "pt": "Processo {case} resolvido",
    "de": "Vorgang {case} erledigt",
    "en": "Case {case} sorted",
    "es": "Caso {case} resuelto",
    "fr": "Dossier {case} réglé",
    "it": "Pratica {case} risolta",
}

#: Asking to cancel the plan and close the account, and the agent's goodbye.
CANCEL_REQUEST: dict[str, tuple[str, ...]] = {
    "pt": (
        "Olá, vou emigrar para o Luxemburgo no próximo mês, por isso queria cancelar o Custodra Plus e fechar a conta. Foi sempre um bom serviço. Cumprimentos, {name}",
        "Boa tarde, vou viver para casa da minha mãe, que já tem alarme no prédio. Quero cancelar o plano e fechar a conta, por favor. Obrigad[[a|o]] por tudo, {name}",
    ),
    "de": (
        "Hallo, ich ziehe beruflich nach Kanada und möchte Custodra Plus kündigen und das Konto schließen. War immer ein guter Service. Viele Grüße, {name}",
        "Guten Tag, wir ziehen in eine Wohnung mit Concierge und brauchen die Anlage nicht mehr. Bitte Vertrag kündigen und Konto auflösen. Danke für alles, {name}",
    ),
    "en": (
        "Hi, I'm moving to Australia for work next month so I'd like to cancel Custodra Plus and close my account. It's been a good service. Thanks, {name}",
    ),
    "es": (
        "Hola, me voy a vivir a Francia por trabajo y quiero cancelar Custodra Plus y cerrar la cuenta. Siempre ha ido bien. Un saludo, {name}",
    ),
    "fr": (
        "Bonjour, je pars travailler au Québec le mois prochain, je souhaite résilier Custodra Plus et fermer mon compte. Le service a toujours été bien. Cordialement, {name}",
    ),
    "it": (
        "Buongiorno, mi trasferisco in Germania per lavoro e vorrei disdire Custodra Plus e chiudere l'account. Servizio sempre ottimo. Saluti, {name}",
    ),
}
CANCEL_SUBJECT: dict[str, str] = {
    "pt": "Cancelar plano e conta",
    "de": "Kündigung",
    "en": "Cancel my plan",
    "es": "Cancelar plan y cuenta",
    "fr": "Résiliation",
    "it": "Disdetta",
}
CANCEL_REASON: dict[str, tuple[str, ...]] = {
    "pt": ("mudança para o estrangeiro", "", "vou viver com a família"),
    "de": ("Umzug", "", "brauche ich nicht mehr"),
    "en": ("moving abroad", ""),
    "es": ("me mudo", ""),
    "fr": ("déménagement", ""),
    "it": ("trasferimento", ""),
}
GOODBYE: dict[str, str] = {
    "pt": "Olá {name}, obrigado por estes anos connosco e boa sorte nesta nova etapa. Pode cancelar o Custodra Plus diretamente na app ou no site, em Conta > Plano.\n{signature}",
    "de": "Hallo {name}, danke für die gemeinsame Zeit und alles Gute für den neuen Abschnitt. Sie können Custodra Plus direkt in der App oder auf der Website unter Konto > Plan kündigen.\n{signature}",
    "en": "Hi {name}, thanks for being with us and best of luck with the move. You can cancel Custodra Plus yourself in the app or on the website under Account > Plan.\n{signature}",
    "es": "Hola {name}, gracias por estos años y mucha suerte en esta nueva etapa. Puedes cancelar Custodra Plus tú mism[[a|o]] en la app o en la web, en Cuenta > Plan.\n{signature}",
    "fr": "Bonjour {name}, merci pour ces années avec nous et bonne chance pour la suite. Vous pouvez résilier Custodra Plus vous-même dans l'appli ou sur le site, rubrique Compte > Forfait.\n{signature}",
    "it": "Ciao {name}, grazie per questi anni insieme e in bocca al lupo. Puoi disdire Custodra Plus da sol[[a|o]] nell'app o sul sito, in Account > Piano.\n{signature}",
}

#: A six-step slide from a happy baseline; the last step names a competitor.
SLIDE: dict[str, tuple[str, ...]] = {
    "pt": (
        "A app da {brand} anda lenta a abrir as câmaras. Uns 10 segundos de ecrã preto ultimamente.",
        "Um bocado desiludid[[a|o]] com o Custodra Plus a passar de {old} para {new} sem um aviso decente.",
        "O sensor da porta das traseiras deu 'falha de comunicação' duas noites seguidas às 2h. Dormir assim não dá.",
        "Perguntei ao assistente da app como mudar o código de entrada e ofereceu-me uma câmara nova. A sério?",
        "FURIOS[[A|O]]. {visit} de 'deslocação' por uma visita de manutenção que estava INCLUÍDA no plano. Chega.",
        "Pronto, já chega. Esta noite vou ver quanto a {competitor} cobra pelo mesmo.",
    ),
    "de": (
        "Die {brand}-App braucht in letzter Zeit ewig, bis die Kameras laden. 10 Sekunden schwarzer Bildschirm.",
        "Etwas enttäuscht, dass Custodra Plus ohne vernünftige Ankündigung von {old} auf {new} gestiegen ist.",
        "Der Sensor an der Hintertür meldet zwei Nächte hintereinander um 2 Uhr 'Kommunikationsfehler'. So schlafe ich nicht.",
        "Den Assistenten in der App gefragt, wie ich den Zugangscode ändere, und er bietet mir eine neue Kamera an. Im Ernst?",
        "STINKSAUER. {visit} 'Anfahrt' für eine Wartung, die im Plan INKLUSIVE ist. Mir reicht's.",
        "So, das war's. Heute Abend schaue ich, was {competitor} für das Gleiche nimmt.",
    ),
    "en": (
        "The {brand} app's gone slow opening the cameras. Ten seconds of black screen lately.",
        "Bit disappointed Custodra Plus went from {old} to {new} without any proper heads-up.",
        "Back door sensor threw 'communication fault' two nights running at 2am. Can't sleep like that.",
        "Asked the app assistant how to change my entry code and it offered me a new camera. Seriously?",
        "FUMING. {visit} 'call-out' for a maintenance visit that's INCLUDED in the plan. Enough.",
        "Right, that's it. Tonight I'm checking what {competitor} charge for the same.",
    ),
    "es": (
        "La app de {brand} tarda muchísimo en abrir las cámaras. Diez segundos de pantalla negra últimamente.",
        "Un poco decepcionad[[a|o]] con que Custodra Plus pase de {old} a {new} sin avisar como es debido.",
        "El sensor de la puerta de atrás dio 'fallo de comunicación' dos noches seguidas a las 2. Así no se duerme.",
        "Le pregunté al asistente de la app cómo cambiar el código de entrada y me ofreció una cámara nueva. ¿En serio?",
        "FURIOS[[A|O]]. {visit} de 'desplazamiento' por un mantenimiento que está INCLUIDO en el plan. Basta.",
        "Bueno, se acabó. Esta noche miro cuánto cobra {competitor} por lo mismo.",
    ),
    "fr": (
        "L'appli {brand} met un temps fou à ouvrir les caméras. Dix secondes d'écran noir ces derniers temps.",
        "Un peu déçu[[e|]] que Custodra Plus passe de {old} à {new} sans vraie information.",
        "Le capteur de la porte arrière a affiché 'défaut de communication' deux nuits de suite à 2h. Impossible de dormir.",
        "J'ai demandé à l'assistant de l'appli comment changer mon code d'entrée et il me propose une nouvelle caméra. Sérieusement ?",
        "FURIEU[[SE|X]]. {visit} de 'déplacement' pour une maintenance INCLUSE dans le forfait. Ça suffit.",
        "Bon, c'est fini. Ce soir je regarde combien {competitor} demande pour la même chose.",
    ),
    "it": (
        "L'app di {brand} ci mette una vita ad aprire le telecamere. Dieci secondi di schermo nero ultimamente.",
        "Un po' delus[[a|o]] che Custodra Plus sia passato da {old} a {new} senza un avviso decente.",
        "Il sensore della porta sul retro ha dato 'errore di comunicazione' due notti di fila alle 2. Così non si dorme.",
        "Ho chiesto all'assistente dell'app come cambiare il codice d'ingresso e mi ha proposto una telecamera nuova. Davvero?",
        "FURIOS[[A|O]]. {visit} di 'uscita' per una manutenzione che è COMPRESA nel piano. Basta.",
        "Va bene, basta così. Stasera guardo quanto chiede {competitor} per la stessa cosa.",
    ),
}

#: Steadily grumpy customers' small grumbles.
GRUMBLES: dict[str, tuple[str, ...]] = {
    "pt": (
        "Outra vez a app a pedir para iniciar sessão depois da atualização. Todas as semanas é isto.",
        "Teste da sirene às 8h de um sábado. Obrigadinho pelo despertar.",
        "A fatura continua a vir com a morada antiga, mudei há quatro meses.",
        "A câmara da entrada está há 5 minutos a dizer 'a ligar...'.",
        "Perguntei ao assistente o horário da loja e sugeriu-me um detetor de fumo.",
        "'Bateria fraca' no sensor da garagem, que foi trocado há duas semanas.",
        "Pedem-me para avaliar o serviço três vezes por dia.",
    ),
    "de": (
        "Schon wieder nach dem Update ausgeloggt. Jede Woche das Gleiche.",
        "Sirenentest um 8 Uhr am Samstag. Danke für den Weckruf.",
        "Die Rechnung kommt immer noch an die alte Adresse, umgezogen bin ich vor vier Monaten.",
        "Die Kamera an der Haustür zeigt seit 5 Minuten 'verbinde...'.",
        "Den Assistenten nach den Öffnungszeiten gefragt, er schlägt mir einen Rauchmelder vor.",
        "'Batterie schwach' am Garagensensor, die Batterie ist zwei Wochen alt.",
        "Dreimal am Tag soll ich den Service bewerten.",
    ),
    "en": (
        "Logged out again after the update. Every single week.",
        "Siren test at 8am on a Saturday. Thanks for the wake-up.",
        "Bill still going to my old address, moved four months ago.",
        "Front door camera stuck on 'connecting...' for five minutes.",
        "Asked the assistant for opening hours, it suggested a smoke detector.",
    ),
    "es": (
        "Otra vez fuera de la sesión después de la actualización. Cada semana igual.",
        "Prueba de sirena a las 8 de un sábado. Gracias por despertarme.",
        "La factura sigue llegando a la dirección antigua, me mudé hace cuatro meses.",
        "La cámara de la entrada lleva 5 minutos en 'conectando...'.",
        "Le pregunté el horario al asistente y me sugiere un detector de humo.",
    ),
    "fr": (
        "Encore déconnecté[[e|]] après la mise à jour. Toutes les semaines.",
        "Test de sirène à 8h un samedi. Merci pour le réveil.",
        "La facture arrive toujours à l'ancienne adresse, j'ai déménagé il y a quatre mois.",
        "La caméra de l'entrée affiche 'connexion...' depuis 5 minutes.",
        "Demandé les horaires à l'assistant, il me propose un détecteur de fumée.",
    ),
    "it": (
        "Di nuovo disconness[[a|o]] dopo l'aggiornamento. Ogni settimana.",
        "Test della sirena alle 8 di sabato. Grazie per la sveglia.",
        "La fattura arriva ancora al vecchio indirizzo, ho traslocato quattro mesi fa.",
        "La telecamera dell'ingresso è su 'connessione...' da 5 minuti.",
        "Ho chiesto gli orari all'assistente e mi propone un rilevatore di fumo.",
    ),
}

#: Mild, once: after a page view or purchase (quiet hours), with the answer.
MILD: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (
        (
            "A página da loja demora imenso a carregar as fotos das câmaras no telemóvel. Nada de grave, só para saberem.",
            "Obrigado pelo aviso, {name}! Já passei à equipa do site.",
        ),
        (
            "o vídeo que explica o teclado não tem legendas, e eu vejo sempre sem som. fica a sugestão",
            "Boa sugestão, {name}, obrigada! Vamos acrescentar legendas.",
        ),
    ),
    "de": (
        (
            "Die Shop-Seite lädt die Kamerafotos auf dem Handy ewig. Nichts Schlimmes, nur als Hinweis.",
            "Danke für den Hinweis, {name}! Ist an das Web-Team weitergegeben.",
        ),
        (
            "das Erklärvideo zum Bedienteil hat keine Untertitel, ich schau sowas immer ohne Ton. nur so als Idee",
            "Gute Idee, {name}, danke! Untertitel kommen.",
        ),
    ),
    "en": (
        (
            "Shop page takes ages to load the camera photos on my phone. Nothing major, just flagging it.",
            "Thanks for flagging, {name}! Passed on to the web team.",
        ),
    ),
    "es": (
        (
            "La página de la tienda tarda muchísimo en cargar las fotos de las cámaras en el móvil. Nada grave, solo para que lo sepáis.",
            "¡Gracias por avisar, {name}! Ya lo he pasado al equipo web.",
        ),
    ),
    "fr": (
        (
            "La page boutique met un temps fou à charger les photos des caméras sur mobile. Rien de grave, c'est juste pour info.",
            "Merci pour l'info, {name} ! Transmis à l'équipe du site.",
        ),
    ),
    "it": (
        (
            "La pagina del negozio ci mette un'eternità a caricare le foto delle telecamere sul telefono. Niente di grave, solo per segnalarlo.",
            "Grazie della segnalazione, {name}! Passata al team del sito.",
        ),
    ),
}

#: The planted spike: the app cannot reach the hub, error GW-583.
SPIKE: dict[str, tuple[str, ...]] = {
    "pt": (
        "Cheguei a casa e a app da {brand} diz 'Central offline (erro GW-583)'. Não consigo desarmar e a sirene vai disparar!!",
        "Erro GW-583 na app, não dá para armar o alarme e tenho de sair agora. Alguém?",
        "app da {brand} com erro GW-583, central offline, o alarme não desliga pelo telemóvel 😩",
        "Boa noite, a app mostra 'erro GW-583' e não consigo ligar o alarme para irmos jantar fora. O que se passa?",
    ),
    "de": (
        "Komme gerade heim und die {brand}-App zeigt 'Zentrale offline (Fehler GW-583)'. Kann nicht unscharf schalten, gleich geht die Sirene los!!",
        "Fehler GW-583 in der App, kann die Anlage nicht scharf schalten und muss jetzt los. Jemand?",
        "{brand} App: Zentrale offline, GW-583, Alarm lässt sich übers Handy nicht ausschalten 😩",
        "Guten Abend, die App meldet 'Fehler GW-583' und ich kann nicht scharf schalten, dabei wollen wir gleich zum Essen los. Was ist da los?",
    ),
    "en": (
        "Just home and the {brand} app says 'Hub offline (error GW-583)'. Can't disarm, siren's about to go off!!",
        "error GW-583 on the {brand} app, can't arm the system and I have to head out now. anyone?",
    ),
    "es": (
        "Acabo de llegar y la app de {brand} dice 'Central desconectada (error GW-583)'. No puedo desarmar y va a saltar la sirena!!",
        "error GW-583 en la app de {brand}, no puedo armar la alarma y tengo que salir ya. ¿Alguien?",
    ),
    "fr": (
        "Je rentre et l'appli {brand} affiche 'Centrale hors ligne (erreur GW-583)'. Impossible de désarmer, la sirène va sonner !!",
        "erreur GW-583 sur l'appli {brand}, impossible d'armer et je dois partir. quelqu'un ?",
    ),
    "it": (
        "Appena rientrat[[a|o]] e l'app di {brand} dice 'Centrale offline (errore GW-583)'. Non riesco a disinserire, sta per partire la sirena!!",
        "errore GW-583 sull'app di {brand}, non riesco a inserire l'allarme e devo uscire adesso. qualcuno?",
    ),
}
SPIKE_SUBJECT: dict[str, str] = {
    "pt": "Erro GW-583 na app",
    "de": "Fehler GW-583 in der App",
    "en": "Error GW-583",
    "es": "Error GW-583 en la app",
    "fr": "Erreur GW-583",
    "it": "Errore GW-583 nell'app",
}
SPIKE_AGAIN: dict[str, tuple[str, ...]] = {
    "pt": (
        "Continua o erro GW-583. Reiniciei a app, desliguei o wi-fi, nada. E no chat ninguém responde.",
        "Ainda GW-583. Já desinstalei e voltei a instalar a app. Nada. Estou à porta sem conseguir desarmar.",
    ),
    "de": (
        "Immer noch GW-583. App neu gestartet, WLAN aus und an, nichts. Und im Chat antwortet keiner.",
        "Weiterhin GW-583. App gelöscht und neu installiert. Nichts. Ich stehe vor der Tür und kann nicht unscharf schalten.",
    ),
    "en": (
        "Still GW-583. Restarted the app, wifi off and on, nothing. And nobody answering on the chat.",
    ),
    "es": (
        "Sigue el error GW-583. Reinicié la app, apagué el wifi, nada. Y en el chat no contesta nadie.",
    ),
    "fr": (
        "Toujours l'erreur GW-583. Appli redémarrée, wifi coupé, rien. Et personne ne répond au chat.",
    ),
    "it": (
        "Ancora errore GW-583. Riavviato l'app, spento il wifi, niente. E in chat non risponde nessuno.",
    ),
}
SPIKE_FIXED: dict[str, str] = {
    "pt": "Olá {name}, o problema desta noite com a app (erro GW-583, central offline) está resolvido desde as {fixtime}. Já pode voltar a armar e desarmar pela app. Pedimos desculpa pelo susto: descontámos {credit} na próxima mensalidade.\n{signature}",
    "de": "Hallo {name}, das Problem von heute Abend mit der App (Fehler GW-583, Zentrale offline) ist seit {fixtime} Uhr behoben. Sie können wieder per App scharf und unscharf schalten. Entschuldigung für den Schreck: {credit} ziehen wir vom nächsten Monatsbeitrag ab.\n{signature}",
    "en": "Hi {name}, tonight's app problem (error GW-583, hub offline) has been fixed since {fixtime}. You can arm and disarm from the app again. Sorry for the fright: we've taken {credit} off your next month.\n{signature}",
    "es": "Hola {name}, el problema de esta noche con la app (error GW-583, central desconectada) está resuelto desde las {fixtime}. Ya puedes armar y desarmar desde la app. Perdón por el susto: te descontamos {credit} de la próxima cuota.\n{signature}",
    "fr": "Bonjour {name}, le problème de ce soir avec l'appli (erreur GW-583, centrale hors ligne) est résolu depuis {fixtime}. Vous pouvez de nouveau armer et désarmer depuis l'appli. Désolés pour la frayeur : {credit} sont déduits de votre prochaine mensualité.\n{signature}",
    "it": "Ciao {name}, il problema di stasera con l'app (errore GW-583, centrale offline) è risolto dalle {fixtime}. Puoi di nuovo inserire e disinserire dall'app. Scusa per lo spavento: ti scaliamo {credit} dal prossimo canone.\n{signature}",
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "pt": "App de novo a funcionar",
    "de": "App funktioniert wieder",
    "en": "App working again",
    "es": "La app vuelve a funcionar",
    "fr": "L'appli fonctionne de nouveau",
    "it": "L'app funziona di nuovo",
}
#: Two lone questions the day before: a slow confirmation that worked.
LONE_QUESTION: dict[str, tuple[str, str]] = {
    "pt": (
        "ontem à noite a app demorou uns 30 segundos a mostrar que o alarme estava armado, depois ficou tudo bem. é normal?",
        "Olá {name}, acontece de vez em quando: a central confirma com o servidor e pode levar alguns segundos. Se passar de um minuto, diga-nos.",
    ),
    "de": (
        "gestern Abend hat die App so 30 Sekunden gebraucht bis 'scharf' angezeigt wurde, danach war alles gut. ist das normal?",
        "Hallo {name}, das kommt vor: die Zentrale bestätigt beim Server, das kann ein paar Sekunden dauern. Wenn es über eine Minute geht, melden Sie sich gern.",
    ),
}

#: A low CSAT's word, or nothing.
LOW_WORDS: dict[str, tuple[str, ...]] = {
    "pt": ("Péssimo", "Nada resolvido", "👎", ""),
    "de": ("Schlecht", "Enttäuschend", "👎", ""),
    "en": ("Poor", ""),
    "es": ("Fatal", ""),
    "fr": ("Nul", ""),
    "it": ("Pessimo", ""),
}
