# ruff: noqa: E501
"""Wording of heldout195 (Suolava: shoe and leather repair by post), per language.

Placeholders: {b} brand, {case} case reference, {comp} competitor, {item} the repair,
{name} a first name, {code} the planted incident's error code. Never tune on this.
"""

from __future__ import annotations

LANGS = ("it", "es", "en", "fr", "de", "pt")

ITEMS = [
    "Risuolatura stivali / Resoling boots",
    "Tacchi nuovi / New heels",
    "Pulizia sneakers / Sneaker clean",
    "Riparazione borsa in pelle / Leather bag repair",
    "Cerniera giacca / Jacket zip",
    "Allargamento scarpe / Shoe stretching",
]

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "it": [
            "I miei stivali sono tornati come nuovi, suola perfetta. Bravissimi {b}!",
            "ragazzi che lavoro sulle scarpe di mio padre, non ci credeva nemmeno lui",
            "Ritirate martedi, riconsegnate venerdi, lucidate da far paura. Grazie {b}",
        ],
        "es": [
            "Mis botas han vuelto preciosas, la suela perfecta. Gracias {b}!",
            "que maravilla de trabajo con los zapatos de mi abuela, lloró y todo",
            "Recogida el lunes y el jueves ya las tenía. Así da gusto, {b}",
        ],
        "en": ["Boots back from {b} and they look better than when I bought them. Cheers!"],
        "fr": ["Mes bottines sont revenues nickel, talons refaits au top. Merci {b} !"],
        "de": ["Die Stiefel sind zurück und sehen besser aus als neu gekauft. Danke {b}!"],
        "pt": ["As minhas botas voltaram impecáveis, sola novinha. Obrigada {b}!"],
    },
    "again": {
        "it": [
            "Terza volta che mando le scarpe a {b} e ancora una volta tutto perfetto",
            "Di nuovo un lavoro pulitissimo sulla borsa, ormai siete di famiglia",
        ],
        "es": [
            "Tercera vez este año que os mando zapatos y otra vez de diez",
            "Otra vez el mismo repartidor tan majo, y las botas como siempre perfectas",
        ],
        "en": ["Third pair through {b} this year and still spot on every time"],
        "fr": ["Encore une fois un travail impeccable, c'est la troisième paire chez {b}"],
        "de": ["Schon wieder perfekt, das dritte Paar bei {b} und immer noch begeistert"],
        "pt": ["Terceira vez que mando sapatos e outra vez perfeito, continuo fã"],
    },
    "gripe_praise": {
        "it": [
            "Lavoro ottimo sui mocassini, solo la scatola di ritorno era un po' ammaccata",
            "Contentissima dei tacchi, peccato che la notifica di consegna arrivi sempre dopo",
        ],
        "es": [
            "Muy contenta con las botas, solo que el tracking no se actualiza nunca",
            "Trabajo genial, aunque la bolsa de envío es un poco justa para botas altas",
        ],
        "en": ["Great job on the brogues, only the return box was a bit squashed"],
        "fr": ["Très bon travail, juste dommage que le suivi ne se mette pas à jour"],
        "de": ["Sehr gute Arbeit, nur die Versandtüte ist für hohe Stiefel zu klein"],
        "pt": ["Trabalho ótimo, só a caixa de volta veio um bocado amachucada"],
    },
    "question": {
        "it": [
            "Ciao, si possono risuolare anche scarpe da trekking con suola Vibram?",
            "quanto ci mettete per cambiare la cerniera di una giacca di pelle?",
        ],
        "es": [
            "Hola, ¿arregláis también bolsos de piel con el asa rota?",
            "cuanto tardais en cambiar tapas de tacon? las necesito para una boda",
        ],
        "en": ["Hi, do you stretch leather boots half a size or is that a risk?"],
        "fr": ["Bonjour, vous refaites aussi les semelles de baskets en cuir ?"],
        "de": ["Hallo, macht ihr auch neue Absätze bei Pumps mit Pfennigabsatz?"],
        "pt": ["Olá, também arranjam malas de pele com a alça partida?"],
    },
    "answer": {
        "it": [
            "Ciao! Sì, certo: nell'app scegli il servizio e ti diamo i tempi esatti. Buona giornata"
        ],
        "es": [
            "¡Hola! Sí, claro: elige el servicio en la app y te damos el plazo exacto. Un saludo"
        ],
        "en": [
            "Hi! Yes, we do: pick the repair in the app and it shows you the exact time. Have a nice day"
        ],
        "fr": [
            "Bonjour ! Oui bien sûr : choisissez la réparation dans l'appli, le délai s'affiche. Bonne journée"
        ],
        "de": [
            "Hallo! Ja, klar: Reparatur in der App wählen, dort steht die genaue Dauer. Schönen Tag"
        ],
        "pt": ["Olá! Sim, claro: escolha o serviço na app e vê logo o prazo. Bom dia"],
    },
    "thanks": {
        "it": ["grazie mille, gentilissimi", "top, grz!"],
        "es": ["genial, mil gracias!", "vale, grcs crack"],
        "en": ["brill, ta very much"],
        "fr": ["super merci bcp"],
        "de": ["super, danke dir!"],
        "pt": ["obg, top!"],
    },
    "night_post": {
        "it": [
            "le 2 di notte e sto ancora guardando video di risuolature. {b} mi ha rovinato",
            "turno di notte finito, prenotato il ritiro degli stivali per lunedì. vado a dormire",
        ],
        "es": [
            "las 3 y yo limpiando zapatillas para mandarlas a {b} mañana. el insomnio es así",
            "acabo de salir del turno de noche y ya he pedido la recogida de las botas jaja",
        ],
        "en": ["3am and I'm reading about Goodyear welts. send help. or {b}"],
        "fr": ["2h du mat et je compare des semelles sur l'appli {b}, normal"],
        "de": ["Nachtschicht vorbei, Abholung für die Winterstiefel gebucht. Gute Nacht"],
        "pt": ["3 da manhã e eu a ver vídeos de solas. a culpa é da {b}"],
    },
    "night_q": {
        "it": ["ciao, se metto le scarpe nel locker stanotte partono domani mattina?"],
        "es": ["hola, si dejo las botas en el locker esta noche salen mañana?"],
        "en": ["hi, if I drop the boots in the locker tonight do they go out tomorrow?"],
        "fr": ["bonsoir, si je dépose les chaussures au casier cette nuit elles partent demain ?"],
        "de": [
            "hallo, wenn ich die Schuhe heute Nacht ins Schließfach lege, gehen sie morgen raus?"
        ],
        "pt": ["olá, se deixar os sapatos no cacifo esta noite seguem amanhã?"],
    },
    "night_a": {
        "it": ["Ciao! Sì, il ritiro dal locker è alle 8: partono domattina. Buonanotte"],
        "es": ["¡Hola! Sí, el locker se vacía a las 8: salen mañana. Buenas noches"],
        "en": ["Hi! Yes, lockers are emptied at 8am, so they leave tomorrow. Good night"],
        "fr": ["Bonsoir ! Oui, les casiers sont vidés à 8h, départ demain. Bonne nuit"],
        "de": ["Hallo! Ja, die Fächer werden um 8 Uhr geleert, sie gehen morgen raus. Gute Nacht"],
        "pt": ["Olá! Sim, os cacifos são esvaziados às 8h, seguem amanhã. Boa noite"],
    },
    "survey_word": {
        "it": ["Perfetto", "👍", ""],
        "es": ["Genial", "😊", ""],
        "en": ["Spot on", ""],
        "fr": ["Parfait", ""],
        "de": ["Top", ""],
        "pt": ["Excelente", ""],
    },
    "low_word": {
        "it": ["Pessimo", ""],
        "es": ["Fatal", ""],
        "en": ["Poor", ""],
        "fr": ["Nul", ""],
        "de": ["Schlecht", ""],
        "pt": ["Péssimo", ""],
    },
    "review": {
        "it": ["Risuolatura fatta a regola d'arte, tempi rispettati. Consigliato"],
        "es": ["Arreglo perfecto y en plazo. Muy recomendable"],
        "en": ["Proper cobbler work, on time, fair price"],
        "fr": ["Réparation soignée et dans les délais, je recommande"],
        "de": ["Saubere Arbeit, pünktlich, fairer Preis"],
        "pt": ["Reparação impecável e dentro do prazo, recomendo"],
    },
}

# The six consumer problems: one short complaint per language (and the topic words).
PROBLEMS = ("no_pickup", "lost_pair", "ruined", "refund", "wrong_price", "late_return")

TOPIC: dict[str, dict[str, str]] = {
    "no_pickup": {
        "it": "ritiro mai fatto",
        "es": "recogida no realizada",
        "en": "pick-up never happened",
        "fr": "enlèvement jamais fait",
        "de": "Abholung nie erfolgt",
        "pt": "recolha nunca feita",
    },
    "lost_pair": {
        "it": "scarpe smarrite",
        "es": "zapatos perdidos",
        "en": "lost shoes",
        "fr": "chaussures perdues",
        "de": "Schuhe verloren",
        "pt": "sapatos perdidos",
    },
    "ruined": {
        "it": "scarpe rovinate",
        "es": "zapatos estropeados",
        "en": "ruined shoes",
        "fr": "chaussures abîmées",
        "de": "Schuhe beschädigt",
        "pt": "sapatos estragados",
    },
    "refund": {
        "it": "rimborso mai arrivato",
        "es": "reembolso sin llegar",
        "en": "refund missing",
        "fr": "remboursement absent",
        "de": "Erstattung fehlt",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "it": "prezzo da non socio",
        "es": "precio de no socio",
        "en": "non-member price",
        "fr": "tarif non-membre",
        "de": "Nicht-Mitglieder-Preis",
        "pt": "preço de não sócio",
    },
    "late_return": {
        "it": "riconsegna in ritardo",
        "es": "devolución con retraso",
        "en": "late return",
        "fr": "retour en retard",
        "de": "Rücksendung verspätet",
        "pt": "devolução atrasada",
    },
}

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_pickup": {
        "it": [
            "Sono rimasta a casa TUTTA la mattina per il ritiro e il corriere non si è visto. L'app dice 'ritirato'. Ma ritirato da chi??",
            "il ritiro risulta fatto ma le scarpe sono ancora qui sul tavolo, ho perso mezza giornata di ferie",
        ],
        "es": [
            "Me quedé en casa TODA la mañana esperando la recogida y nadie vino. La app dice 'recogido'. ¿Recogido por quién?",
            "pone recogida hecha y las botas siguen en mi recibidor, he pedido el día libre para nada",
        ],
        "en": [
            "Stayed in ALL morning for the pick-up, nobody came, and the app says 'collected'. Collected by who?"
        ],
        "fr": [
            "Je suis restée chez moi TOUTE la matinée, personne n'est venu et l'appli affiche 'enlevé'. Enlevé par qui ?"
        ],
        "de": [
            "Ich war den GANZEN Vormittag zu Hause, niemand kam, und in der App steht 'abgeholt'. Von wem denn?"
        ],
        "pt": [
            "Fiquei em casa a manhã TODA à espera da recolha, ninguém veio e a app diz 'recolhido'. Recolhido por quem?"
        ],
    },
    "lost_pair": {
        "it": [
            "Le mie Church's sono sparite. DUE settimane e nessuno sa dove siano. Erano un regalo di mio marito",
            "avete perso le mie scarpe. il tracking è fermo da 12 giorni a 'in laboratorio'",
        ],
        "es": [
            "Mis botas de piel han desaparecido. DOS semanas y nadie sabe dónde están. Eran de mi padre",
            "habeis perdido mis zapatos, el seguimiento lleva 12 dias parado en 'en taller'",
        ],
        "en": ["My boots have VANISHED. Two weeks and nobody can tell me where they are"],
        "fr": ["Mes bottes ont DISPARU. Deux semaines et personne ne sait où elles sont"],
        "de": ["Meine Stiefel sind VERSCHWUNDEN. Zwei Wochen und keiner weiß, wo sie sind"],
        "pt": ["As minhas botas DESAPARECERAM. Duas semanas e ninguém sabe onde estão"],
    },
    "ruined": {
        "it": [
            "Ho mandato stivali marroni e mi tornano tinti di NERO. Non li ho chiesti neri. Sono da buttare",
            "la borsa è tornata con la cucitura storta e una macchia di colla sul davanti",
        ],
        "es": [
            "Mandé unas botas marrones y me vuelven teñidas de NEGRO. Nadie pidió eso. Están para tirar",
            "el bolso ha vuelto con la costura torcida y un pegote de cola delante",
        ],
        "en": ["Sent brown boots, got them back dyed BLACK. Nobody asked for that. They're ruined"],
        "fr": ["J'ai envoyé des bottes marron, elles reviennent teintes en NOIR. Fichues"],
        "de": ["Braune Stiefel eingeschickt, SCHWARZ gefärbt zurückbekommen. Ruiniert"],
        "pt": ["Mandei botas castanhas e voltaram pintadas de PRETO. Estão estragadas"],
    },
    "refund": {
        "it": [
            "Ordine annullato da voi TRE settimane fa e i 48 € non sono ancora tornati sulla carta",
            "mi avete promesso il rimborso 'entro 5 giorni'. sono passati 19 giorni",
        ],
        "es": [
            "Me cancelasteis el pedido hace TRES semanas y los 48 € siguen sin volver a la tarjeta",
            "me prometisteis el reembolso en 5 dias. van 19",
        ],
        "en": ["You cancelled my order THREE weeks ago and the £42 still isn't back on my card"],
        "fr": [
            "Commande annulée par vous il y a TROIS semaines, les 48 € ne sont toujours pas revenus"
        ],
        "de": [
            "Ihr habt den Auftrag vor DREI Wochen storniert, die 48 € sind immer noch nicht zurück"
        ],
        "pt": ["Cancelaram a encomenda há TRÊS semanas e os 48 € ainda não voltaram ao cartão"],
    },
    "wrong_price": {
        "it": [
            "Pago il Club ogni mese e mi avete fatto pagare la risuolatura a prezzo pieno. A cosa serve il Club allora?",
            "sono socia Club e la fattura dice tariffa standard, 20 € in più",
        ],
        "es": [
            "Pago el Club cada mes y me habéis cobrado el resolado a precio de no socio. ¿Para qué pago entonces?",
            "soy socia del Club y en la factura sale tarifa normal, 20 € de mas",
        ],
        "en": [
            "I pay for Club every month and got charged the non-member price. What am I paying for?"
        ],
        "fr": [
            "Je paie le Club chaque mois et on m'a facturé le tarif non-membre. À quoi ça sert ?"
        ],
        "de": [
            "Ich zahle jeden Monat für den Club und bekomme den Nicht-Mitglieder-Preis berechnet. Wofür zahle ich?"
        ],
        "pt": ["Pago o Club todos os meses e cobraram-me o preço de não sócio. Para que pago?"],
    },
    "late_return": {
        "it": [
            "Consegna promessa per venerdì, il matrimonio era sabato, le scarpe arrivano LUNEDÌ. Sono andata in ciabatte quasi",
            "avevo pagato l'espresso per avere i tacchi in tempo. arrivati 4 giorni dopo",
        ],
        "es": [
            "Me prometisteis el viernes, la boda era el sábado y los zapatos llegan el LUNES. Genial",
            "pagué el urgente para tener los tacones a tiempo. llegaron 4 dias tarde",
        ],
        "en": [
            "Promised Friday, wedding was Saturday, shoes turned up MONDAY. Paid express for that"
        ],
        "fr": [
            "Promis pour vendredi, mariage samedi, chaussures arrivées LUNDI. Et j'ai payé l'express"
        ],
        "de": [
            "Freitag versprochen, Hochzeit am Samstag, Schuhe kamen MONTAG. Express bezahlt dafür"
        ],
        "pt": [
            "Prometido para sexta, casamento no sábado, sapatos chegaram SEGUNDA. Paguei o expresso"
        ],
    },
}

CALL: dict[str, str] = {
    "it": "si buongiorno chiamo per {topic} ho già scritto nell app ma nessuno mi risponde è una vergogna io pago il club",
    "es": "hola buenas llamo por lo de {topic} ya lo puse en la app y nadie me dice nada esto no puede ser",
    "en": "yeah hi I'm calling about {topic} I've put it in the app and heard nothing it's not good enough",
    "fr": "oui bonjour j appelle pour {topic} j ai écrit dans l appli et personne ne répond c est pas normal",
    "de": "ja hallo ich rufe an wegen {topic} ich hab in der App geschrieben und keiner meldet sich das geht so nicht",
    "pt": "sim bom dia ligo por causa de {topic} já escrevi na app e ninguém responde isto não pode ser",
}

LONG_EMAIL: dict[str, str] = {
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con due bambini che si contendono il mio telefono, "
        "quindi perdonate lo stile. Uso {b} da più di un anno e vi ho sempre consigliato alle colleghe. "
        "Il problema è questo: {topic}. Ho controllato l'app più volte e non c'è nessuna spiegazione. "
        "Vorrei una risposta chiara e una soluzione, non un messaggio automatico.\n\nCordiali saluti,\n{name}"
    ),
    "es": (
        "Hola:\n\nOs escribo desde el coche, esperando a que mi hija salga de natación, así que seré breve aunque no lo parezca. "
        "Soy clienta de {b} desde hace dos años y hasta ahora todo bien, de verdad. "
        "Pero lo de ahora no tiene nombre: {topic}. Nadie me ha explicado nada y la app no dice nada útil. "
        "Quiero una solución, no otra respuesta automática.\n\nUn saludo,\n{name}"
    ),
}

CASE_OPENED: dict[str, str] = {
    "it": "Ciao {name}, ci dispiace molto. Abbiamo aperto la pratica {case} e la seguiamo noi. Ti aggiorniamo entro 48 ore.",
    "es": "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {case} y la llevamos nosotros. Te decimos algo en 48 horas.",
    "en": "Hi {name}, we're very sorry. We've opened case {case} and we're on it. We'll update you within 48 hours.",
    "fr": "Bonjour {name}, nous sommes désolés. Le dossier {case} est ouvert, nous revenons vers vous sous 48 heures.",
    "de": "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 48 Stunden.",
    "pt": "Olá {name}, lamentamos muito. Abrimos o processo {case} e damos notícias em 48 horas.",
}

PASSED_ON: dict[str, str] = {
    "it": "Ciao {name}, la pratica {case} ora è in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno.",
    "es": "Hola {name}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "en": "Hi {name}, case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {name}, le dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Hallo {name}, der Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.",
    "pt": "Olá {name}, o processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
}

GOOD_NEWS: dict[str, str] = {
    "it": "Ciao {name}, buone notizie sulla pratica {case}: dovrebbe essere tutto sistemato. Ci confermi?",
    "es": "Hola {name}, buenas noticias sobre la incidencia {case}: debería estar todo resuelto. ¿Nos lo confirmas?",
    "en": "Hi {name}, good news on case {case}: it should all be sorted now. Could you confirm?",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : tout devrait être réglé. Pouvez-vous confirmer ?",
    "de": "Hallo {name}, gute Nachrichten zu Vorgang {case}: Es sollte alles erledigt sein. Können Sie das bestätigen?",
    "pt": "Olá {name}, boas notícias sobre o processo {case}: deve estar tudo resolvido. Pode confirmar?",
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {case} risolta. Grazie davvero",
        "tutto ok per la {case}, grazie della pazienza",
    ],
    "es": [
        "Confirmo, incidencia {case} resuelta. Muchas gracias",
        "todo bien con la {case}, gracias por la paciencia",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks a lot"],
    "fr": ["Je confirme, dossier {case} réglé. Merci beaucoup"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Vielen Dank"],
    "pt": ["Confirmo, processo {case} resolvido. Muito obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per i toni di ieri, ero nervosa. Grazie per aver risolto",
        "ieri ho esagerato, scusate. voi siete stati gentili",
    ],
    "es": [
        "Perdón por cómo escribí ayer, estaba de los nervios. Gracias por arreglarlo",
        "ayer me pasé, lo siento. habeis sido muy amables",
    ],
    "en": ["Sorry for yesterday's rant, bad day. Thanks for sorting it"],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça"],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke fürs Lösen"],
    "pt": ["Desculpem a mensagem de ontem, estava nervosa. Obrigada por resolverem"],
}

STILL_OPEN: dict[str, list[str]] = {
    "it": [
        "Pratica {case}: ancora niente. {topic}, e nessuno mi ha richiamato",
        "scrivo di nuovo per la {case}, il problema è sempre lo stesso: {topic}",
    ],
    "es": [
        "Incidencia {case}: sigue igual. {topic} y nadie me ha llamado",
        "vuelvo a escribir por la {case}, sigue sin resolverse: {topic}",
    ],
    "en": ["Case {case}: still nothing. {topic}, and nobody has called me back"],
    "fr": ["Dossier {case} : toujours rien. {topic}, et personne ne m'a rappelée"],
    "de": ["Vorgang {case}: immer noch nichts. {topic}, und niemand hat zurückgerufen"],
    "pt": ["Processo {case}: continua igual. {topic} e ninguém me ligou"],
}

THIRD: dict[str, str] = {
    "it": "Una collega porta le scarpe da {comp} e lì queste cose le risolvono in giornata.",
    "es": "Una compañera lleva sus zapatos a {comp} y allí esto lo arreglan en el día.",
    "en": "A mate uses {comp} and they sort this kind of thing the same day.",
    "fr": "Une collègue passe par {comp} et chez eux c'est réglé dans la journée.",
    "de": "Eine Kollegin geht zu {comp}, da wird so was am selben Tag gelöst.",
    "pt": "Uma colega usa a {comp} e lá resolvem isto no mesmo dia.",
}

FOURTH: dict[str, str] = {
    "it": "È la QUARTA volta che scrivo per la stessa cosa.",
    "es": "Es la CUARTA vez que escribo por lo mismo.",
    "en": "This is the FOURTH time I'm writing about this.",
    "fr": "C'est la QUATRIÈME fois que j'écris pour ça.",
    "de": "Das ist das VIERTE Mal, dass ich deswegen schreibe.",
    "pt": "É a QUARTA vez que escrevo pelo mesmo.",
}

URGENT: dict[str, str] = {
    "it": "Aggiunto alla tua pratica {case} e segnato come urgente. Ci scusiamo.",
    "es": "Añadido a tu incidencia {case} y marcado como urgente. Lo sentimos.",
    "en": "Added to your case {case} and marked urgent. We're sorry.",
    "fr": "Ajouté à votre dossier {case} et marqué urgent. Toutes nos excuses.",
    "de": "Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigung.",
    "pt": "Acrescentado ao processo {case} e marcado como urgente. Pedimos desculpa.",
}

SLIDE: dict[str, list[str]] = {
    "it": [
        "Mah, stavolta il ritiro è arrivato con tre ore di ritardo e nessuno ha avvisato",
        "Tacchi rifatti ma uno dei due già traballa dopo una settimana",
        "Ora vogliono le foto di ogni scarpa prima del ritiro. Ma che senso ha",
        "Il Club costa di più da questo mese e nessuno l'ha detto. Poco elegante",
        "BASTA. 15 € di 'supplemento pulizia' per scarpe che ho mandato pulite, con le vostre foto come prova",
        "Mia sorella porta tutto da {comp}, ho già mandato lì gli stivali per sabato",
    ],
    "es": [
        "Pues esta vez la recogida llegó tres horas tarde y sin avisar",
        "Tacones nuevos pero uno ya cojea a la semana",
        "Ahora piden fotos de cada zapato antes de recoger. ¿En serio?",
        "El Club sube de precio este mes y nadie avisa. Feo",
        "YA ESTÁ BIEN. 15 € de 'suplemento de limpieza' por zapatos que mandé limpios, con vuestras propias fotos",
        "Mi hermana lo lleva todo a {comp}, ya les he mandado las botas para el sábado",
    ],
    "en": [
        "Pick-up three hours late this time, no text, nothing",
        "New heels but one's already wobbling after a week",
        "Now they want photos of every shoe before collection. Why",
        "Club price went up this month and nobody said. Not great",
        "ENOUGH. £13 'cleaning surcharge' for shoes I sent clean, with your own photos to prove it",
        "My sister uses {comp} for everything, I've sent the boots there for Saturday",
    ],
    "fr": [
        "Enlèvement avec trois heures de retard cette fois, sans prévenir",
        "Talons neufs mais l'un bouge déjà au bout d'une semaine",
        "Maintenant il faut photographier chaque chaussure avant l'enlèvement. Pourquoi ?",
        "Le Club augmente ce mois-ci et personne ne prévient. Pas top",
        "ÇA SUFFIT. 15 € de 'supplément nettoyage' pour des chaussures envoyées propres, vos photos le prouvent",
        "Ma sœur passe par {comp}, je leur ai envoyé les bottes pour samedi",
    ],
    "de": [
        "Abholung diesmal drei Stunden zu spät, ohne Bescheid",
        "Neue Absätze, aber einer wackelt schon nach einer Woche",
        "Jetzt soll man jeden Schuh vor der Abholung fotografieren. Wozu?",
        "Der Club wird diesen Monat teurer und keiner sagt was. Nicht schön",
        "JETZT REICHTS. 15 € 'Reinigungszuschlag' für Schuhe, die ich sauber geschickt habe, eure eigenen Fotos zeigen es",
        "Meine Schwester bringt alles zu {comp}, die Stiefel sind schon für Samstag dort",
    ],
    "pt": [
        "Desta vez a recolha chegou com três horas de atraso e sem aviso",
        "Saltos novos mas um já abana ao fim de uma semana",
        "Agora querem fotos de cada sapato antes da recolha. Para quê?",
        "O Club subiu este mês e ninguém avisou. Feio",
        "CHEGA. 15 € de 'suplemento de limpeza' por sapatos que mandei limpos, com as vossas fotos",
        "A minha irmã usa a {comp} para tudo, já lhes mandei as botas para sábado",
    ],
}

CANCEL_ASK: dict[str, list[str]] = {
    "it": [
        "Buongiorno, ho comprato un paio di scarpe nuove e per un po' non ne avrò bisogno: vorrei disdire il Club e chiudere l'account",
        "ciao, mi trasferisco all'estero per lavoro, disdico il Club e chiudo l'account. grazie di tutto",
    ],
    "es": [
        "Hola, me mudo a otra ciudad y ya no voy a usar el servicio: quiero darme de baja del Club y cerrar la cuenta",
        "buenas, quiero cancelar el Club y cerrar la cuenta, ya no lo necesito. gracias por todo",
    ],
    "en": ["Hi, I'm moving abroad, please cancel my Club membership and close the account"],
    "fr": ["Bonjour, je déménage à l'étranger : je veux résilier le Club et fermer mon compte"],
    "de": ["Hallo, ich ziehe ins Ausland und möchte den Club kündigen und das Konto schließen"],
    "pt": ["Olá, vou mudar de país: quero cancelar o Club e fechar a conta"],
}

SORRY_GO: dict[str, str] = {
    "it": "Ciao {name}, ci dispiace vederti andare. Puoi disdire il Club da solo nell'app o sul sito, in Profilo.",
    "es": "Hola {name}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Perfil.",
    "en": "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website, under Profile.",
    "fr": "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Profil.",
    "de": "Hallo {name}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Profil kündigen.",
    "pt": "Olá {name}, lamentamos que saia. Pode cancelar na app ou no site, em Perfil.",
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Consegna 'espressa' alle 21:40, giusto in tempo per uscire scalza 👏",
        "Che bello ricevere le scarpe con la suola nuova e il fango vecchio 😂",
    ],
    "es": [
        "Entrega 'urgente' a las 21:40, justo a tiempo para salir descalza 👏",
        "Qué detalle devolverme las botas con suela nueva y el barro de siempre 😂",
    ],
    "en": ["'Express' delivery at 21:40, just in time to go out barefoot 👏"],
    "fr": ["Livraison 'express' à 21h40, pile pour sortir pieds nus 👏"],
    "de": ["'Express'-Lieferung um 21:40, gerade rechtzeitig, um barfuß auszugehen 👏"],
    "pt": ["Entrega 'expresso' às 21:40, mesmo a tempo de sair descalça 👏"],
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "l'app mi slogga ogni volta che la apro",
        "la notifica 'riconsegna tra 2 ore' alle 6 del mattino, ma perché",
        "le buste per gli stivali alti sono sempre troppo corte",
    ],
    "es": [
        "la app me cierra la sesión cada vez",
        "el aviso de 'entrega en 2 horas' a las 6 de la mañana, por qué",
        "las bolsas para botas altas siempre se quedan cortas",
    ],
    "en": ["app logs me out every single time"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App meldet mich jedes Mal ab"],
    "pt": ["a app faz logout sempre que a abro"],
}

MILD: dict[str, str] = {
    "it": "la ricerca dei locker mi mostra sempre un'altra città, non è grave ma è scomodo",
    "es": "el buscador de lockers me sale siempre en otra ciudad, no es grave pero molesta",
    "en": "locker search keeps showing another town, not a big deal but annoying",
    "fr": "la recherche de casiers affiche toujours une autre ville, pas grave mais pénible",
    "de": "die Schließfachsuche zeigt immer eine andere Stadt, nicht schlimm, aber lästig",
    "pt": "a pesquisa de cacifos mostra sempre outra cidade, não é grave mas chateia",
}

MILD_A: dict[str, str] = {
    "it": "Grazie della segnalazione, la giriamo al team dell'app.",
    "es": "Gracias por avisar, se lo pasamos al equipo de la app.",
    "en": "Thanks for flagging it, we've passed it to the app team.",
    "fr": "Merci du signalement, nous transmettons à l'équipe de l'appli.",
    "de": "Danke für den Hinweis, wir geben es an das App-Team weiter.",
    "pt": "Obrigado pelo aviso, passámos à equipa da app.",
}

# The planted incident (topic_spike only).
SPIKE: dict[str, list[str]] = {
    "it": [
        "Mi è appena arrivata una mail che il mio ordine è ANNULLATO, ma le scarpe sono già da voi. Errore {code} nell'app. Che succede??",
        "app dice ordine annullato e rimborso in corso, io non ho annullato niente. i miei stivali dove sono",
        "@Suolava tutti gli ordini risultano annullati? nell'app esce solo {code}",
    ],
    "es": [
        "Me acaba de llegar un email de que mi pedido está CANCELADO, pero las botas ya las tenéis vosotros. Sale error {code}",
        "la app dice pedido cancelado y yo no he cancelado nada. y mis zapatos??",
        "¿A alguien más le sale el pedido cancelado en {b}? yo no he tocado nada",
    ],
    "en": [
        "Just got an email saying my order is CANCELLED but you've got my shoes. App shows {code}. What's going on?",
        "anyone else's {b} order suddenly showing cancelled? didn't cancel anything",
    ],
    "fr": [
        "Je viens de recevoir un mail 'commande annulée' alors que vous avez mes chaussures. Erreur {code} dans l'appli"
    ],
    "de": [
        "Gerade eine Mail bekommen, mein Auftrag sei STORNIERT, dabei habt ihr meine Schuhe schon. App zeigt {code}",
        "bei mir steht auch Auftrag storniert, hab nichts storniert. was ist da los",
    ],
    "pt": [
        "Recebi agora um email a dizer que a encomenda foi CANCELADA, mas os sapatos já estão convosco. Erro {code}"
    ],
}

SPIKE_AGAIN: dict[str, str] = {
    "it": "Ancora ordine annullato, anche dal sito e non solo dall'app. {code}. Le mie scarpe che fine fanno?",
    "es": "Sigue saliendo cancelado, también en la web, no solo en la app. {code}. ¿Qué pasa con mis zapatos?",
    "en": "Still showing cancelled, on the website too now. {code}. What happens to my shoes?",
    "fr": "Toujours annulée, sur le site aussi. {code}. Et mes chaussures ?",
    "de": "Immer noch storniert, jetzt auch auf der Website. {code}. Was passiert mit meinen Schuhen?",
    "pt": "Continua cancelada, também no site. {code}. E os meus sapatos?",
}

SPIKE_A: dict[str, str] = {
    "it": "Sì, in questo momento molti ordini risultano annullati per errore: le scarpe sono al sicuro e il lavoro continua, stiamo sistemando.",
    "es": "Sí, ahora mismo muchos pedidos salen cancelados por error: tus zapatos están a salvo y el arreglo sigue, lo estamos solucionando.",
    "en": "Yes, many orders are showing as cancelled by mistake right now: your shoes are safe and the repair goes on, we're fixing it.",
    "fr": "Oui, beaucoup de commandes s'affichent annulées par erreur : vos chaussures sont en sécurité, nous corrigeons.",
    "de": "Ja, gerade werden viele Aufträge fälschlich als storniert angezeigt: Ihre Schuhe sind sicher, wir beheben es.",
    "pt": "Sim, neste momento muitas encomendas aparecem canceladas por erro: os sapatos estão seguros, estamos a corrigir.",
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Ciao {name}, il tuo ordine è di nuovo attivo e la riparazione prosegue. Per il disturbo ti abbiamo accreditato 10 €.",
    "es": "Hola {name}, tu pedido vuelve a estar activo y el arreglo sigue. Por las molestias te hemos abonado 10 €.",
    "en": "Hi {name}, your order is active again and the repair carries on. We've added a 10 credit for the trouble.",
    "fr": "Bonjour {name}, votre commande est de nouveau active. Nous vous avons crédité 10 € pour la gêne.",
    "de": "Hallo {name}, Ihr Auftrag ist wieder aktiv. Für die Umstände haben wir 10 € gutgeschrieben.",
    "pt": "Olá {name}, a encomenda está de novo ativa. Pelo incómodo creditámos 10 €.",
}

LONE_Q: dict[str, str] = {
    "it": "ciao, ieri l'app mi ha chiesto di nuovo la conferma dell'ordine, ma l'ordine è ancora valido vero?",
    "es": "hola, ayer la app me pidió otra vez confirmar el pedido, pero sigue en marcha verdad?",
    "en": "hi, the app asked me to confirm my order again yesterday, it's still going ahead right?",
    "fr": "bonjour, l'appli m'a redemandé de confirmer ma commande hier, elle est toujours valide ?",
    "de": "hallo, die App wollte gestern nochmal eine Bestätigung, der Auftrag läuft aber noch, oder?",
    "pt": "olá, ontem a app pediu outra vez para confirmar a encomenda, continua válida certo?",
}

LONE_A: dict[str, str] = {
    "it": "Ciao! Sì, l'ordine è attivo: quella conferma era solo un promemoria.",
    "es": "¡Hola! Sí, el pedido sigue activo: era solo un recordatorio.",
    "en": "Hi! Yes, the order is active: that was just a reminder.",
    "fr": "Bonjour ! Oui, la commande est active : c'était un simple rappel.",
    "de": "Hallo! Ja, der Auftrag ist aktiv: das war nur eine Erinnerung.",
    "pt": "Olá! Sim, a encomenda está ativa: era só um lembrete.",
}

# Business arm (Suolava Lavoro): staff footwear and uniform leather repair on account.
B2B_PROBLEMS = ("invoice", "portal", "overbilled", "blocked")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Le fatture di questo mese hanno di nuovo la ragione sociale vecchia e nessun numero d'ordine: l'amministrazione non può pagarle.",
        "es": "Las facturas de este mes vuelven a llevar la razón social antigua y sin número de pedido: contabilidad no las puede pagar.",
        "en": "This month's invoices carry our old company name again and no PO number: accounts can't pay them.",
        "fr": "Les factures du mois portent encore l'ancienne raison sociale et aucun numéro de commande : la compta ne peut pas payer.",
        "de": "Die Rechnungen dieses Monats tragen wieder den alten Firmennamen und keine Bestellnummer: die Buchhaltung kann nicht zahlen.",
        "pt": "As faturas deste mês voltam a ter o nome antigo da empresa e nenhum número de encomenda: a contabilidade não paga.",
    },
    "portal": {
        "it": "Il portale non mostra i lotti di scarpe in lavorazione, quindi non possiamo prenotare la riconsegna al reparto.",
        "es": "El portal no muestra los lotes de calzado en taller, así que no podemos pedir la entrega al departamento.",
        "en": "The portal shows none of our batches in repair, so we can't book the return to the ward.",
        "fr": "Le portail n'affiche aucun lot en réparation, impossible de commander le retour au service.",
        "de": "Das Portal zeigt keine Chargen in Reparatur, wir können die Rücklieferung an die Station nicht buchen.",
        "pt": "O portal não mostra os lotes em reparação, não conseguimos pedir a entrega ao serviço.",
    },
    "overbilled": {
        "it": "Ci fatturate le riparazioni a prezzo singolo invece del forfait del contratto: più di 600 € di differenza.",
        "es": "Nos facturáis las reparaciones a precio unitario en vez de la tarifa plana del contrato: más de 600 € de diferencia.",
        "en": "You're billing repairs at single-item prices instead of our contract flat rate: over 500 difference.",
        "fr": "Vous facturez au prix unitaire au lieu du forfait contractuel : plus de 600 € d'écart.",
        "de": "Ihr rechnet Einzelpreise statt der vertraglichen Pauschale ab: über 600 € Unterschied.",
        "pt": "Estão a faturar ao preço unitário em vez da tarifa fixa do contrato: mais de 600 € de diferença.",
    },
    "blocked": {
        "it": "Il corriere si è rifiutato di ritirare il lotto: 'account bloccato'. Abbiamo pagato tutto.",
        "es": "El mensajero se negó a recoger el lote: 'cuenta bloqueada'. Lo tenemos todo pagado.",
        "en": "The courier refused to collect our batch: 'account on stop'. We've paid everything.",
        "fr": "Le coursier a refusé d'enlever le lot : 'compte bloqué'. Tout est payé.",
        "de": "Der Kurier hat die Charge nicht abgeholt: 'Konto gesperrt'. Alles ist bezahlt.",
        "pt": "O estafeta recusou recolher o lote: 'conta bloqueada'. Está tudo pago.",
    },
}

B2B_LATER: dict[str, str] = {
    "it": "Come già scritto dalla mia collega {name} {when} (pratica {case}): {problem}",
    "es": "Como ya os escribió mi compañera {name} {when} (incidencia {case}): {problem}",
    "en": "As my colleague {name} already wrote {when} (case {case}): {problem}",
    "fr": "Comme ma collègue {name} vous l'a écrit {when} (dossier {case}) : {problem}",
    "de": "Wie meine Kollegin {name} schon {when} geschrieben hat (Vorgang {case}): {problem}",
    "pt": "Como a minha colega {name} já escreveu {when} (processo {case}): {problem}",
}

WHEN: dict[str, str] = {
    "it": "stamattina",
    "es": "esta mañana",
    "en": "this morning",
    "fr": "ce matin",
    "de": "heute Morgen",
    "pt": "esta manhã",
}

B2B_LAST: dict[str, str] = {
    "it": "pratica {case} ancora niente risolto ne hanno già scritto in tre il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "es": "incidencia {case} sigue sin arreglarse ya os hemos escrito tres personas mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "en": "case {case} still nothing fixed three of us have written my boss says we move the account if it isn't sorted this week",
    "fr": "dossier {case} toujours rien trois d entre nous ont écrit mon chef dit qu on change de fournisseur si ce n est pas réglé cette semaine",
    "de": "Vorgang {case} immer noch nichts drei von uns haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "pt": "processo {case} continua por resolver já escrevemos três o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}

B2B_LAST_MAIL: dict[str, str] = {
    "it": "Pratica {case}: ancora nulla. L'ufficio acquisti ha già chiesto un preventivo a {comp}.",
    "es": "Incidencia {case}: nada todavía. Compras ya ha pedido presupuesto a {comp}.",
    "en": "Case {case}: still nothing. Procurement has already asked {comp} for their rates.",
    "fr": "Dossier {case} : toujours rien. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Vorgang {case}: immer noch nichts. Der Einkauf hat schon bei {comp} angefragt.",
    "pt": "Processo {case}: ainda nada. As compras já pediram preços à {comp}.",
}

B2B_ACK: dict[str, str] = {
    "it": "Gentile {name}, abbiamo aperto la pratica {case} per il vostro account e la seguiamo con priorità.",
    "es": "Estimada {name}, hemos abierto la incidencia {case} para vuestra cuenta y la tratamos con prioridad.",
    "en": "Dear {name}, we've opened case {case} for your account and are treating it as a priority.",
    "fr": "Bonjour {name}, le dossier {case} est ouvert pour votre compte, traité en priorité.",
    "de": "Guten Tag {name}, wir haben für Ihr Konto den Vorgang {case} eröffnet und bearbeiten ihn vorrangig.",
    "pt": "Cara {name}, abrimos o processo {case} para a vossa conta e tratamos com prioridade.",
}

B2B_SUGGEST: dict[str, str] = {
    "it": "Suggerimento: sarebbe utile esportare i costi per centro di costo dal portale.",
    "es": "Sugerencia: estaría bien poder exportar los costes por centro de coste desde el portal.",
    "en": "Suggestion: it would help to export costs by cost centre from the portal.",
    "fr": "Suggestion : pouvoir exporter les coûts par centre de coût depuis le portail serait utile.",
    "de": "Vorschlag: ein Export der Kosten nach Kostenstelle im Portal wäre hilfreich.",
    "pt": "Sugestão: dava jeito exportar os custos por centro de custo no portal.",
}

B2B_Q: dict[str, str] = {
    "it": "Buongiorno, possiamo aggiungere dieci paia di scarpe antinfortunistiche al lotto di giovedì?",
    "es": "Buenos días, ¿podemos añadir diez pares de calzado de seguridad al lote del jueves?",
    "en": "Morning, can we add ten pairs of safety shoes to Thursday's batch?",
    "fr": "Bonjour, peut-on ajouter dix paires de chaussures de sécurité au lot de jeudi ?",
    "de": "Guten Morgen, können wir zehn Paar Sicherheitsschuhe zur Donnerstagscharge hinzufügen?",
    "pt": "Bom dia, podemos juntar dez pares de calçado de segurança ao lote de quinta?",
}

B2B_A: dict[str, str] = {
    "it": "Certo, aggiunte. Il ritiro resta giovedì mattina.",
    "es": "Claro, añadidos. La recogida sigue el jueves por la mañana.",
    "en": "Of course, added. Pick-up stays Thursday morning.",
    "fr": "Bien sûr, ajoutées. L'enlèvement reste jeudi matin.",
    "de": "Natürlich, hinzugefügt. Abholung bleibt Donnerstagmorgen.",
    "pt": "Claro, acrescentados. A recolha mantém-se na quinta de manhã.",
}

B2B_PRAISE: dict[str, str] = {
    "it": "Lotto di calzature del reparto tornato in perfetto ordine e in anticipo, grazie al team Lavoro",
    "es": "El lote de calzado del hotel ha vuelto perfecto y antes de tiempo, gracias al equipo",
    "en": "Our staff footwear batch came back perfect and early, thanks to the team",
    "fr": "Le lot de chaussures du personnel est revenu parfait et en avance, merci",
    "de": "Die Charge Dienstschuhe kam perfekt und früher zurück, danke ans Team",
    "pt": "O lote de calçado da equipa voltou perfeito e adiantado, obrigado",
}

SUBJ_CASE: dict[str, str] = {
    "it": "R: Pratica",
    "es": "RE: Incidencia",
    "en": "Re: Your case",
    "fr": "RE : Dossier",
    "de": "AW: Vorgang",
    "pt": "RE: Processo",
}
SUBJ_COMPLAINT: dict[str, str] = {
    "it": "Reclamo",
    "es": "Reclamación",
    "en": "Complaint",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "pt": "Reclamação",
}
