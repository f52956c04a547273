# ruff: noqa: E501
"""Hand-written trouble wording of heldout39 (Sonriva dental clinics).

Placeholders: {brand}, {comp}, {case}, {case_spoken}, {topic}, {spoken}, {agent}, {name},
{opener}, {town}, money as {fee}, {fee_old}, {quote}, {bill}, {refund}, {cfee}, {efee},
{credit}; ``[[fem|masc]]`` agrees with the writer.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

# short topic, used in subjects and follow-ups
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "cita anulada sin avisar",
        "en": "appointment cancelled on arrival",
        "de": "Termin ohne Bescheid abgesagt",
        "fr": "rendez-vous annulé sans prévenir",
        "it": "appuntamento annullato senza avviso",
        "pt": "consulta cancelada sem aviso",
    },
    "double_charge": {
        "es": "cuota cobrada dos veces",
        "en": "plan fee taken twice",
        "de": "Monatsbeitrag doppelt abgebucht",
        "fr": "mensualité prélevée deux fois",
        "it": "quota addebitata due volte",
        "pt": "mensalidade cobrada duas vezes",
    },
    "damage": {
        "es": "férulas rotas",
        "en": "aligners arrived cracked",
        "de": "Aligner gebrochen geliefert",
        "fr": "gouttières arrivées fendues",
        "it": "allineatori arrivati rotti",
        "pt": "alinhadores partidos",
    },
    "refund": {
        "es": "reembolso del blanqueamiento",
        "en": "whitening refund",
        "de": "Erstattung Bleaching",
        "fr": "remboursement blanchiment",
        "it": "rimborso sbiancamento",
        "pt": "reembolso do branqueamento",
    },
    "wrong_price": {
        "es": "factura de la corona",
        "en": "crown bill vs quote",
        "de": "Rechnung Krone",
        "fr": "facture de la couronne",
        "it": "fattura della corona",
        "pt": "fatura da coroa",
    },
    "cancel_fee": {
        "es": "penalización por cita anulada",
        "en": "missed appointment fee",
        "de": "Ausfallgebühr",
        "fr": "frais de rendez-vous manqué",
        "it": "penale appuntamento",
        "pt": "taxa de falta",
    },
}

# the problem as said on the phone (lower case, no punctuation)
SPOKEN: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "que fui a mi cita y me dijeron que la dentista no estaba y nadie me avisó",
        "en": "I turned up for my appointment and they said the dentist wasn't in and nobody told me",
        "de": "ich war zum Termin da und die Zahnärztin war nicht da und keiner hat Bescheid gesagt",
        "fr": "je suis venu au rendez-vous et le dentiste n'était pas là personne m'a prévenu",
        "it": "sono andato all'appuntamento e il dentista non c'era nessuno mi ha avvisato",
        "pt": "fui à consulta e a dentista não estava e ninguém me avisou",
    },
    "double_charge": {
        "es": "que me han cobrado la cuota del plan dos veces este mes",
        "en": "you've taken the plan fee twice this month",
        "de": "dass der Monatsbeitrag zweimal abgebucht wurde",
        "fr": "que la mensualité a été prélevée deux fois",
        "it": "che mi avete addebitato la quota due volte",
        "pt": "que me cobraram a mensalidade duas vezes",
    },
    "damage": {
        "es": "que las férulas nuevas llegaron rotas y tengo el tratamiento parado",
        "en": "the new aligners arrived cracked and my treatment's on hold",
        "de": "dass die neuen Schienen gebrochen angekommen sind",
        "fr": "que les gouttières sont arrivées fendues",
        "it": "che gli allineatori sono arrivati rotti",
        "pt": "que os alinhadores chegaram partidos",
    },
    "refund": {
        "es": "que sigo sin el reembolso del blanqueamiento que cancelé",
        "en": "I'm still waiting on the refund for the whitening I cancelled",
        "de": "dass die Erstattung für das Bleaching immer noch fehlt",
        "fr": "que j'attends toujours le remboursement du blanchiment",
        "it": "che aspetto ancora il rimborso dello sbiancamento",
        "pt": "que ainda não recebi o reembolso do branqueamento",
    },
    "wrong_price": {
        "es": "que la factura de la corona es mucho más que el presupuesto",
        "en": "the bill for my crown is way more than the quote",
        "de": "dass die Rechnung für die Krone viel höher ist als der Kostenvoranschlag",
        "fr": "que la facture de la couronne dépasse le devis",
        "it": "che la fattura della corona è molto più alta del preventivo",
        "pt": "que a fatura da coroa é muito mais do que o orçamento",
    },
    "cancel_fee": {
        "es": "que me han cobrado una penalización por una cita que anulé con dos días",
        "en": "you've charged me a missed appointment fee when I cancelled two days before",
        "de": "dass ich eine Ausfallgebühr zahlen soll obwohl ich abgesagt habe",
        "fr": "qu'on m'a facturé des frais alors que j'avais annulé",
        "it": "che mi avete addebitato una penale anche se avevo disdetto",
        "pt": "que me cobraram uma taxa de falta mas eu desmarquei",
    },
}

FIRST: dict[str, dict[str, tuple[str, ...]]] = {
    "no_show": {
        "es": (
            "Me pedí la mañana libre en el trabajo para la cita de las 9 en {town}. Llego y la recepcionista me dice que la dentista está de baja y que 'se ha anulado'. A mí NADIE me avisó, ni SMS ni llamada ni nada. He perdido medio día de sueldo. Quiero una explicación.",
            "Vaya tela. Cita confirmada en la app, me cruzo media ciudad, y allí me dicen que hoy no hay dentista. ¿Para qué sirve la app si no avisáis de nada?",
        ),
        "en": (
            "I took the morning off work for a 9am appointment at {town}. Got there and reception told me the dentist was off sick and it had been 'cancelled'. NOBODY told me. No text, no call, nothing. That's half a day's pay gone. I want an explanation.",
            "Appointment confirmed in the app, two buses to get there, and I'm told there's no dentist today. What's the point of reminders if you can't tell people when it's off??",
        ),
        "de": (
            "Ich habe mir extra frei genommen für den Termin um 9 in {town}. Vor Ort heißt es, die Zahnärztin ist krank, Termin 'storniert'. Mir hat NIEMAND Bescheid gesagt. Einen halben Tag Urlaub verschwendet.",
        ),
        "fr": (
            "J'ai posé ma matinée pour le rendez-vous de 9h à {town}. Sur place on me dit que le dentiste est malade et que c'est 'annulé'. PERSONNE ne m'a prévenu[[e|]]. Une demi-journée perdue.",
        ),
        "it": (
            "Ho preso mezza giornata di permesso per l'appuntamento delle 9 a {town}. Arrivo e mi dicono che il dentista è malato e che è 'annullato'. NESSUNO mi ha avvisat[[a|o]]. Mezza giornata buttata.",
        ),
        "pt": (
            "Pedi a manhã no trabalho para a consulta das 9h em {town}. Chego e dizem-me que a dentista está de baixa e que foi 'cancelada'. NINGUÉM me avisou. Meio dia de trabalho perdido.",
        ),
    },
    "double_charge": {
        "es": (
            "Me habéis cobrado la cuota de Sonriva Plus DOS VECES este mes, {fee} el día 1 y otros {fee} el día 2. A final de mes voy [[justa|justo]] y ese dinero lo necesito. Devolvedlo ya, por favor.",
            "Revisando el banco veo dos cargos de {brand} de {fee} con un día de diferencia. Solo tengo un plan. ¿Qué ha pasado?",
        ),
        "en": (
            "You've taken my Sonriva Plus fee TWICE this month, {fee} on the 1st and another {fee} on the 2nd. Rent comes out on Friday and I need that money back now please.",
            "Two payments of {fee} to {brand} a day apart on my statement. I have ONE plan. What's going on?",
        ),
        "de": (
            "Ihr habt den Sonriva-Plus-Beitrag ZWEIMAL abgebucht, {fee} am 1. und nochmal {fee} am 2. Ich brauche das Geld zurück, und zwar schnell.",
        ),
        "fr": (
            "Vous avez prélevé ma mensualité Sonriva Plus DEUX FOIS ce mois-ci, {fee} le 1er et {fee} le 2. Je veux être remboursé[[e|]] rapidement.",
        ),
        "it": (
            "Mi avete addebitato la quota Sonriva Plus DUE VOLTE questo mese, {fee} il 1 e {fee} il 2. Rivoglio i miei soldi subito.",
        ),
        "pt": (
            "Cobraram-me a mensalidade do Sonriva Plus DUAS VEZES este mês, {fee} no dia 1 e {fee} no dia 2. Quero o dinheiro de volta já.",
        ),
    },
    "damage": {
        "es": (
            "Abro la caja de las férulas nuevas (la fase 6) y dos están PARTIDAS por la mitad. El tratamiento parado y la dentista dice que si no las cambio en una semana se mueven los dientes. ¿Quién me lo soluciona?",
            "Las férulas de este mes han llegado rajadas. Pago un dineral por la ortodoncia y me llegan así. Fotos adjuntas.",
        ),
        "en": (
            "Opened the box with my new aligners (stage 6) and two of the trays are CRACKED right through. Treatment on hold and the dentist says my teeth will move back if I wait. Who is sorting this?",
            "This month's aligners arrived split down the middle. I'm paying a fortune for this treatment and it turns up like that. Photos attached.",
        ),
        "de": (
            "Die neuen Aligner (Stufe 6) sind GEBROCHEN angekommen, zwei Schienen durchgerissen. Die Behandlung steht still. Wer kümmert sich darum?",
        ),
        "fr": (
            "Les nouvelles gouttières (étape 6) sont arrivées FENDUES, deux sur deux. Le traitement est bloqué. Qui s'en occupe ?",
        ),
        "it": (
            "Gli allineatori nuovi (fase 6) sono arrivati ROTTI, due mascherine spaccate. Il trattamento è fermo. Chi mi aiuta?",
        ),
        "pt": (
            "Os alinhadores novos (fase 6) chegaram PARTIDOS, duas goteiras rachadas. O tratamento está parado. Quem resolve isto?",
        ),
    },
    "refund": {
        "es": (
            "Cancelé el blanqueamiento hace TRES SEMANAS y me dijeron que en 5 días tenía los {refund}. Sigo esperando. Cada vez que pregunto me dicen 'en trámite'.",
            "Tres semanas esperando el reembolso de {refund} del blanqueamiento que no me hice. No es normal.",
        ),
        "en": (
            "I cancelled my whitening THREE WEEKS ago and was told the {refund} would be back in 5 working days. Still nothing. Every time I ask it's 'being processed'.",
            "Three weeks waiting for a {refund} refund for a whitening I never had. This isn't on.",
        ),
        "de": (
            "Ich habe das Bleaching vor DREI WOCHEN storniert, die {refund} sollten in 5 Tagen zurück sein. Bis heute nichts.",
        ),
        "fr": (
            "J'ai annulé le blanchiment il y a TROIS SEMAINES, on m'avait promis les {refund} sous 5 jours. Toujours rien.",
        ),
        "it": (
            "Ho annullato lo sbiancamento TRE SETTIMANE fa, i {refund} dovevano tornare in 5 giorni. Ancora niente.",
        ),
        "pt": (
            "Cancelei o branqueamento há TRÊS SEMANAS e os {refund} deviam chegar em 5 dias. Até hoje nada.",
        ),
    },
    "wrong_price": {
        "es": (
            "El presupuesto de la corona era de {quote}, firmado y en la app. La factura: {bill}. Nadie me avisó de ningún extra. No pienso pagar la diferencia.",
            "¿Me explicáis cómo una corona presupuestada en {quote} acaba costando {bill}? Porque yo no lo entiendo.",
        ),
        "en": (
            "My crown was quoted at {quote}, signed, it's in the app. The bill says {bill}. Nobody mentioned any extras. I'm not paying the difference.",
            "Can someone explain how a crown quoted at {quote} ends up at {bill}? Because I can't.",
        ),
        "de": (
            "Kostenvoranschlag für die Krone: {quote}. Rechnung: {bill}. Von Zusatzkosten war NIE die Rede.",
        ),
        "fr": (
            "Devis de la couronne : {quote}. Facture : {bill}. Personne ne m'a parlé d'un supplément.",
        ),
        "it": (
            "Preventivo della corona: {quote}. Fattura: {bill}. Nessuno mi ha parlato di extra.",
        ),
        "pt": ("Orçamento da coroa: {quote}. Fatura: {bill}. Ninguém me falou em extras.",),
    },
    "cancel_fee": {
        "es": (
            "Me habéis cobrado {cfee} de 'penalización por no presentarse' por una cita que ANULÉ en la app dos días antes. Tengo la captura. Quiero que me lo devolváis.",
            "Anulo la cita con 48 h como pide la app y encima me cobráis {cfee} de penalización. De risa.",
        ),
        "en": (
            "You've charged me a {cfee} 'missed appointment' fee for an appointment I CANCELLED in the app two days before. I have the screenshot. I want it back.",
            "Cancelled with 48 hours' notice like the app says and still got hit with a {cfee} no-show fee. Unreal.",
        ),
        "de": (
            "Ihr verlangt {cfee} Ausfallgebühr für einen Termin, den ich zwei Tage vorher in der App ABGESAGT habe. Screenshot habe ich.",
        ),
        "fr": (
            "Vous m'avez facturé {cfee} de frais pour un rendez-vous que j'avais ANNULÉ deux jours avant dans l'appli.",
        ),
        "it": (
            "Mi avete addebitato {cfee} di penale per un appuntamento che avevo DISDETTO due giorni prima nell'app.",
        ),
        "pt": (
            "Cobraram-me {cfee} de taxa de falta por uma consulta que DESMARQUEI na app dois dias antes.",
        ),
    },
}

# the fix an agent reports
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "te hemos reservado nueva cita y abonado {credit} por las molestias",
        "en": "we've booked you a new appointment and credited {credit} for the trouble",
        "de": "wir haben einen neuen Termin eingetragen und {credit} gutgeschrieben",
        "fr": "nous avons réservé un nouveau rendez-vous et crédité {credit}",
        "it": "abbiamo fissato un nuovo appuntamento e accreditato {credit}",
        "pt": "marcámos nova consulta e creditámos {credit}",
    },
    "double_charge": {
        "es": "hemos devuelto el cargo duplicado de {fee}",
        "en": "we've refunded the duplicate {fee}",
        "de": "die doppelte Abbuchung von {fee} ist erstattet",
        "fr": "le prélèvement en double de {fee} est remboursé",
        "it": "l'addebito doppio di {fee} è stato rimborsato",
        "pt": "devolvemos a cobrança duplicada de {fee}",
    },
    "damage": {
        "es": "las férulas de repuesto salen hoy por mensajería urgente",
        "en": "replacement aligners go out today by next-day courier",
        "de": "Ersatzschienen gehen heute per Express raus",
        "fr": "des gouttières de remplacement partent aujourd'hui en express",
        "it": "gli allineatori sostitutivi partono oggi con corriere espresso",
        "pt": "os alinhadores de substituição seguem hoje por correio expresso",
    },
    "refund": {
        "es": "el reembolso de {refund} se ha emitido hoy",
        "en": "the {refund} refund was sent today",
        "de": "die Erstattung von {refund} wurde heute angewiesen",
        "fr": "le remboursement de {refund} est parti aujourd'hui",
        "it": "il rimborso di {refund} è partito oggi",
        "pt": "o reembolso de {refund} foi emitido hoje",
    },
    "wrong_price": {
        "es": "hemos corregido la factura al presupuesto de {quote}",
        "en": "we've corrected the bill to the {quote} quote",
        "de": "die Rechnung ist auf {quote} korrigiert",
        "fr": "la facture est corrigée à {quote}",
        "it": "la fattura è corretta a {quote}",
        "pt": "corrigimos a fatura para {quote}",
    },
    "cancel_fee": {
        "es": "hemos anulado la penalización de {cfee}",
        "en": "we've cancelled the {cfee} fee",
        "de": "die Ausfallgebühr von {cfee} ist storniert",
        "fr": "les frais de {cfee} sont annulés",
        "it": "la penale di {cfee} è annullata",
        "pt": "anulámos a taxa de {cfee}",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_WORD: dict[str, str] = {
    "es": "Expediente",
    "en": "Case",
    "de": "Vorgang",
    "fr": "Dossier",
    "it": "Pratica",
    "pt": "Processo",
}
REPLY_PREFIX: dict[str, tuple[str, ...]] = {
    "es": ("RE:", "Re:", "RV:"),
    "en": ("RE:", "Re:"),
    "de": ("AW:", "Aw:"),
    "fr": ("RE :", "Re:"),
    "it": ("R:", "Re:"),
    "pt": ("RE:", "RES:"),
}

# a letter with the complaint inside
LONG_EMAIL: dict[str, tuple[str, ...]] = {
    "es": (
        "Hola,\n\nos escribo desde la sala de espera de la residencia de mi padre en Valladolid, donde he pasado toda la semana (ya está mejor, gracias a Dios). Entre una cosa y otra no había mirado nada hasta hoy.\n\nY hoy miro y me encuentro con esto: {complaint}\n\nLlevo cuatro años con vosotros y siempre os he recomendado, a mi hermana, a mis compañeros del trabajo... por eso me duele más.\n\nEspero vuestra respuesta.\n\n{name}",
        "Buenas tardes:\n\nAntes que nada, quería decir que la higienista de la clínica de {town} es lo mejor que me ha pasado en años, y que mis hijos ya van al dentista sin llorar, cosa que agradezco mucho.\n\nPero tengo que contaros algo que no me ha gustado nada. {complaint}\n\nEstoy [[cansada|cansado]] de perseguir estas cosas, con el trabajo y los niños no tengo tiempo.\n\nUn saludo,\n{name}",
    ),
    "en": (
        "Hi,\n\nI'm writing this at the kitchen table at 6am before my shift, the first quiet minute I've had all week with the new baby, so forgive the rambling.\n\n{complaint}\n\nI've been with you four years, I recommended you to half my office. That's why this annoys me so much.\n\nThanks,\n{name}",
        "Hello,\n\nFirst of all, the dentist at {town} who did my son's fillings was brilliant with him and I told her so.\n\nHowever, I have to raise something. {complaint}\n\nBetween work and the kids' football I don't have time to chase this.\n\nRegards,\n{name}",
    ),
    "de": (
        "Hallo,\n\nnach einer Woche Spätdienst komme ich erst heute dazu, meine Post durchzugehen.\n\n{complaint}\n\nIch bin seit Jahren zufrieden gewesen und habe euch weiterempfohlen. Umso ärgerlicher.\n\nGrüße\n{name}",
    ),
    "fr": (
        "Bonjour,\n\nJe vous écris du TGV, je rentre d'une semaine chez ma mère. Je n'avais rien regardé avant aujourd'hui.\n\n{complaint}\n\nJe suis client[[e|]] depuis des années et je vous ai recommandés autour de moi. C'est d'autant plus décevant.\n\nCordialement,\n{name}",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, è la prima volta in settimana che ho un attimo per guardare la posta.\n\n{complaint}\n\nSono vostr[[a|o]] cliente da anni e vi ho sempre consigliato. Per questo mi dispiace ancora di più.\n\nCordiali saluti,\n{name}",
    ),
    "pt": (
        "Boa tarde,\n\nescrevo do comboio, estive a semana toda com a minha mãe no hospital. Só hoje olhei para as coisas.\n\n{complaint}\n\nSou cliente há anos e sempre vos recomendei. Por isso custa mais.\n\nCumprimentos,\n{name}",
    ),
}

FOLLOW2: dict[str, tuple[str, ...]] = {
    "es": (
        "Vuelvo a escribir por el expediente {case} ({topic}). Sigue igual, nadie me ha dicho nada.",
        "Expediente {case}: han pasado días y sigo sin solución. ¿Alguien lo está mirando?",
        "Otra vez yo con lo mismo, {case}. Sigue sin resolverse lo de: {topic}.",
    ),
    "en": (
        "Writing again about case {case} ({topic}). Still the same, nobody has come back to me.",
        "Case {case}: it's been days and it's still not sorted. Is anyone actually looking at this?",
        "Me again, same thing, {case}. Still open: {topic}.",
    ),
    "de": (
        "Ich schreibe nochmal wegen Vorgang {case} ({topic}). Immer noch nicht erledigt.",
        "Vorgang {case}: immer noch keine Lösung. Kümmert sich jemand?",
    ),
    "fr": (
        "Je vous relance pour le dossier {case} ({topic}). Toujours rien.",
        "Dossier {case} : toujours pas réglé. Quelqu'un s'en occupe ?",
    ),
    "it": (
        "Vi riscrivo per la pratica {case} ({topic}). Ancora niente.",
        "Pratica {case}: ancora nessuna soluzione.",
    ),
    "pt": (
        "Volto a escrever sobre o processo {case} ({topic}). Continua tudo igual.",
        "Processo {case}: continua sem solução. Alguém está a ver isto?",
    ),
}

FOLLOW3: dict[str, tuple[str, ...]] = {
    "es": (
        "TERCERA vez que escribo por el {case}. Como mañana siga igual, me cambio a {comp}, que ya me han pasado presupuesto.",
        "Ya es la TERCERA vez, {case}, {topic}. Mi cuñada está en {comp} y me dice que allí esto no pasa. Me lo estoy pensando.",
    ),
    "en": (
        "THIRD time writing about {case}. One more day of this and I'm off to {comp}, they've already sent me a quote.",
        "That's the THIRD time now, {case}, {topic}. My sister's with {comp} and says this never happens there. Thinking about it.",
    ),
    "de": (
        "Zum DRITTEN Mal wegen {case}. Noch ein Tag, dann bin ich bei {comp}, die haben mir schon ein Angebot geschickt.",
    ),
    "fr": (
        "TROISIÈME fois pour le dossier {case}. Encore une journée comme ça et je passe chez {comp}.",
    ),
    "it": ("È la TERZA volta per la pratica {case}. Ancora un giorno così e passo a {comp}.",),
    "pt": ("TERCEIRA vez por causa do {case}. Mais um dia assim e passo-me para a {comp}.",),
}

FOLLOW4: dict[str, tuple[str, ...]] = {
    "es": ("CUARTA vez. {case}. {topic}. Sigue sin resolverse. No sé qué más tengo que hacer.",),
    "en": (
        "FOURTH time. {case}. {topic}. Still not fixed. I honestly don't know what else to do.",
    ),
    "de": ("Zum VIERTEN Mal: {case}, {topic}. Immer noch offen.",),
    "fr": ("QUATRIÈME fois. {case}, {topic}. Toujours pas réglé.",),
    "it": ("QUARTA volta. {case}, {topic}. Ancora aperta.",),
    "pt": ("QUARTA vez. {case}, {topic}. Continua por resolver.",),
}

PHONE_COMPLAINT: dict[str, str] = {
    "es": "{opener} le llamo porque {spoken} y quiero que alguien me lo solucione",
    "en": "{opener} I'm ringing because {spoken} and I want someone to sort it out",
    "de": "{opener} ich rufe an weil {spoken} und ich will dass das jemand klärt",
    "fr": "{opener} j'appelle parce que {spoken} et je veux que quelqu'un règle ça",
    "it": "{opener} chiamo perché {spoken} e voglio che qualcuno lo risolva",
    "pt": "{opener} estou a ligar porque {spoken} e quero que alguém resolva isto",
}

PHONE_FOLLOW: dict[str, str] = {
    "es": "{opener} le llamo otra vez por el expediente {case_spoken} {spoken} sigue sin resolverse {extra}",
    "en": "{opener} I'm ringing again about case {case_spoken} {spoken} it's still not sorted {extra}",
    "de": "{opener} ich rufe nochmal an wegen Vorgang {case_spoken} {spoken} ist immer noch nicht erledigt {extra}",
    "fr": "{opener} je rappelle pour le dossier {case_spoken} {spoken} c'est toujours pas réglé {extra}",
    "it": "{opener} richiamo per la pratica {case_spoken} {spoken} ancora non è risolto {extra}",
    "pt": "{opener} estou a ligar outra vez pelo processo {case_spoken} {spoken} continua por resolver {extra}",
}

PHONE_EXTRA3: dict[str, str] = {
    "es": "es la tercera vez como siga así me cambio a {comp}",
    "en": "this is the third time one more day and I'm off to {comp}",
    "de": "das ist das dritte Mal noch ein Tag dann bin ich bei {comp}",
    "fr": "c'est la troisième fois encore un jour comme ça et je passe chez {comp}",
    "it": "è la terza volta ancora un giorno così e passo a {comp}",
    "pt": "é a terceira vez mais um dia assim e passo-me para a {comp}",
}
PHONE_EXTRA4: dict[str, str] = {
    "es": "y ya es la cuarta vez que llamo",
    "en": "and this is the fourth time I've called",
    "de": "und das ist jetzt das vierte Mal",
    "fr": "et c'est la quatrième fois",
    "it": "ed è la quarta volta",
    "pt": "e já é a quarta vez",
}

# spoken case prefix: the letters S R as heard
CASE_SPOKEN: dict[str, str] = {
    "es": "ese erre",
    "en": "s r",
    "de": "es er",
    "fr": "esse erre",
    "it": "esse erre",
    "pt": "esse erre",
}

CASE_OPENED: dict[str, str] = {
    "es": "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto el expediente {case} ({topic}) y te escribimos en cuanto tengamos novedades. Un saludo, {agent} - Atención al paciente {brand}",
    "en": "Hi {name}, we're really sorry about this. We've opened case {case} ({topic}) and will get back to you as soon as we have news. Kind regards, {agent} - {brand} Patient Care",
    "de": "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} ({topic}) angelegt und melden uns so bald wie möglich. Viele Grüße, {agent} - {brand} Patientenservice",
    "fr": "Bonjour {name}, nous sommes désolés. Nous avons ouvert le dossier {case} ({topic}) et revenons vers vous rapidement. Cordialement, {agent} - Service patients {brand}",
    "it": "Gentile {name}, ci dispiace molto. Abbiamo aperto la pratica {case} ({topic}) e la ricontattiamo appena possibile. Cordiali saluti, {agent} - Servizio pazienti {brand}",
    "pt": "Olá {name}, lamentamos muito. Abrimos o processo {case} ({topic}) e voltamos a contactar assim que possível. Cumprimentos, {agent} - Apoio ao paciente {brand}",
}

CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {name}. Te he abierto el expediente {case} y lo paso ahora mismo al equipo. {agent}",
    "en": "I'm so sorry, {name}. I've opened case {case} and passed it to the team right now. {agent}",
    "de": "Das tut mir leid, {name}. Ich habe den Vorgang {case} angelegt und weitergegeben. {agent}",
    "fr": "Je suis désolée, {name}. J'ai ouvert le dossier {case} et je le transmets à l'équipe. {agent}",
    "it": "Mi dispiace molto, {name}. Ho aperto la pratica {case} e l'ho passata al team. {agent}",
    "pt": "Lamento muito, {name}. Abri o processo {case} e passei já à equipa. {agent}",
}

PASSED_ON: dict[str, str] = {
    "es": "Hola {name}, tu expediente {case} ({topic}) está ya en manos del equipo de facturación y de la dirección de la clínica. Te avisaremos. {agent} - {brand}",
    "en": "Hi {name}, your case {case} ({topic}) has been passed to our billing team and the clinic manager. We'll keep you posted. {agent} - {brand}",
    "de": "Hallo {name}, Ihr Vorgang {case} ({topic}) liegt jetzt bei Abrechnung und Praxisleitung. Wir melden uns. {agent} - {brand}",
    "fr": "Bonjour {name}, votre dossier {case} ({topic}) est transmis à la facturation et à la direction de la clinique. {agent} - {brand}",
    "it": "Gentile {name}, la pratica {case} ({topic}) è passata all'amministrazione e alla direzione della clinica. {agent} - {brand}",
    "pt": "Olá {name}, o processo {case} ({topic}) passou para a faturação e a direção da clínica. {agent} - {brand}",
}

GOOD_NEWS: dict[str, str] = {
    "es": "Hola {name}, buenas noticias sobre el expediente {case}: {fix}. ¿Nos confirmas que todo está bien? Un saludo, {agent}",
    "en": "Hi {name}, good news on case {case}: {fix}. Could you confirm everything's OK on your side? Best, {agent}",
    "de": "Hallo {name}, gute Nachrichten zu Vorgang {case}: {fix}. Können Sie bestätigen, dass alles passt? {agent}",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer que tout est en ordre ? {agent}",
    "it": "Gentile {name}, buone notizie sulla pratica {case}: {fix}. Ci conferma che è tutto a posto? {agent}",
    "pt": "Olá {name}, boas notícias sobre o processo {case}: {fix}. Pode confirmar que está tudo bem? {agent}",
}

CONFIRM: dict[str, tuple[str, ...]] = {
    "es": (
        "Confirmado, ya está todo bien ({case}). Gracias por solucionarlo",
        "Sí, todo correcto con el {case}. Gracias!",
    ),
    "en": (
        "Confirmed, all sorted now ({case}). Thanks for fixing it",
        "Yes that's all fine now re {case}, thank you!",
    ),
    "de": ("Bestätigt, jetzt passt alles ({case}). Danke!",),
    "fr": ("Confirmé, tout est en ordre ({case}). Merci !",),
    "it": ("Confermo, ora è tutto a posto ({case}). Grazie!",),
    "pt": ("Confirmo, está tudo resolvido ({case}). Obrigad[[a|o]]!",),
}

APOLOGY: dict[str, tuple[str, ...]] = {
    "es": (
        "Oye, perdón por cómo os escribí ayer, estaba con los nervios de punta. Gracias por solucionarlo tan rápido",
        "Perdonad el tono de ayer, mal día. Ya está todo bien",
    ),
    "en": (
        "Sorry about my tone yesterday, I was at the end of my rope. Thanks for sorting it so fast",
        "Apologies for yesterday's email, bad day. All good now",
    ),
    "de": (
        "Sorry wegen gestern, ich war total durch. Danke, dass ihr das so schnell geklärt habt",
    ),
    "fr": ("Désolé[[e|]] pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite",),
    "it": ("Scusate per il tono di ieri, ero esaurit[[a|o]]. Grazie per la rapidità",),
    "pt": (
        "Desculpem a mensagem de ontem, tinha tido um dia horrível. Obrigad[[a|o]] por resolverem tão depressa",
    ),
}

LOW_SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "es": ("fatal", "", "nadie avisa"),
    "en": ("poor", "", "nobody tells you anything"),
    "de": ("schlecht", ""),
    "fr": ("nul", ""),
    "it": ("pessimo", ""),
    "pt": ("mau", ""),
}

# the sliders' six steps
SLIDE: dict[str, tuple[tuple[str, ...], ...]] = {
    "es": (
        (
            "El recordatorio de la cita me llegó... una hora DESPUÉS de la cita. Menos mal que lo tenía apuntado",
            "La app de {brand} cada vez va más lenta para ver huecos, hoy casi un minuto cargando",
        ),
        (
            "Me entero por el extracto de que Sonriva Plus pasa de {fee_old} a {fee}. Ni un correo avisando. Decepcionante",
            "Subida de la cuota a {fee} sin avisar. Me ha sentado fatal, la verdad",
        ),
        (
            "Me han cambiado la cita DOS veces esta semana con menos de 24 h de aviso. Yo también trabajo, eh",
        ),
        (
            "Le pregunto al asistente de la app por una factura y me ofrece un blanqueamiento. Gracias, muy útil 😒",
        ),
        (
            "Me cobran {efee} por una urgencia que según el plan está INCLUIDA. Estoy [[FURIOSA|FURIOSO]]. ¿Para qué pago la cuota?",
        ),
        (
            "Mira, hasta aquí. El lunes pido presupuesto en {comp} y comparo.",
            "Se acabó la paciencia. Voy a pedir precio a {comp} esta semana.",
        ),
    ),
    "en": (
        (
            "Appointment reminder arrived an hour AFTER my appointment. Good job I'd written it down",
            "{brand} app getting slower and slower, took nearly a minute to show me any slots today",
        ),
        (
            "Found out from my bank statement that Sonriva Plus has gone from {fee_old} to {fee}. Not one email about it. Disappointed",
            "Plan fee up to {fee} without a word. Not impressed",
        ),
        (
            "They've moved my appointment TWICE this week with less than 24 hours' notice. Some of us have jobs",
        ),
        (
            "Asked the app assistant about an invoice and it tried to sell me whitening. Really helpful 😒",
        ),
        (
            "Charged {efee} for an emergency visit that the plan says is INCLUDED. I'm FUMING. What am I paying the fee for?",
        ),
        (
            "Right, I've had enough. Getting a quote off {comp} on Monday.",
            "Patience gone. Getting a price from {comp} this week.",
        ),
    ),
    "de": (
        ("Die Terminerinnerung kam eine Stunde NACH dem Termin. Super",),
        ("Sonriva Plus von {fee_old} auf {fee}, und keine Mail dazu. Enttäuschend",),
        ("Termin ZWEIMAL diese Woche kurzfristig verschoben. Ich arbeite auch",),
        ("Frage den App-Assistenten nach einer Rechnung, er bietet mir Bleaching an 😒",),
        ("{efee} für einen Notfalltermin, der laut Plan INKLUSIVE ist. Ich bin stinksauer",),
        ("Mir reicht's. Ich hole mir jetzt ein Angebot von {comp}.",),
    ),
    "fr": (
        ("Le rappel du rendez-vous est arrivé une heure APRÈS le rendez-vous. Bravo",),
        ("Sonriva Plus passe de {fee_old} à {fee} sans un mail. Déçu[[e|]]",),
        ("Rendez-vous déplacé DEUX fois cette semaine, la veille pour le lendemain",),
        ("Je demande une facture à l'assistant de l'appli, il me propose un blanchiment 😒",),
        ("{efee} pour une urgence INCLUSE dans le plan. Je suis [[FURIEUSE|FURIEUX]]",),
        ("J'en ai marre. Je demande un devis chez {comp} cette semaine.",),
    ),
    "it": (
        ("Il promemoria dell'appuntamento è arrivato un'ora DOPO. Bene",),
        ("Sonriva Plus da {fee_old} a {fee} senza una mail. Delus[[a|o]]",),
        ("Appuntamento spostato DUE volte questa settimana all'ultimo",),
        ("Chiedo una fattura all'assistente dell'app e mi propone uno sbiancamento 😒",),
        ("{efee} per un'urgenza che il piano dice INCLUSA. Sono furios[[a|o]]",),
        ("Ne ho abbastanza. Chiedo un preventivo a {comp}.",),
    ),
    "pt": (
        ("O lembrete da consulta chegou uma hora DEPOIS da consulta. Boa",),
        ("O Sonriva Plus passou de {fee_old} para {fee} sem um email. Desiludid[[a|o]]",),
        ("Mudaram-me a consulta DUAS vezes esta semana em cima da hora",),
        ("Pergunto ao assistente da app por uma fatura e oferece-me um branqueamento 😒",),
        ("{efee} por uma urgência que o plano diz estar INCLUÍDA. Estou [[FURIOSA|FURIOSO]]",),
        ("Acabou-se. Vou pedir orçamento à {comp} e depois logo se vê.",),
    ),
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)

LEAVE: dict[str, tuple[str, ...]] = {
    "es": (
        "Hola, me han ofrecido trabajo en Dublín y me mudo el mes que viene. Quiero dar de baja Sonriva Plus y cerrar mi cuenta, por favor. Ha sido un placer.",
        "Buenas, me voy a vivir con mi hija a Canarias, donde no tenéis clínica. Por favor, dad de baja el plan y cerrad la cuenta. Gracias por todo.",
    ),
    "en": (
        "Hi, I've got a job in Toronto and I'm moving next month, so I'd like to cancel Sonriva Plus and close my account please. Thanks for everything.",
        "Hello, I'm moving in with my son in Inverness where you've no clinic. Please cancel my plan and close the account. You've been great.",
    ),
    "de": (
        "Hallo, ich ziehe beruflich nach Kanada. Bitte Sonriva Plus kündigen und das Konto schließen. Danke für alles.",
    ),
    "fr": (
        "Bonjour, je pars travailler à Montréal. Merci de résilier Sonriva Plus et de fermer mon compte.",
    ),
    "it": (
        "Buongiorno, mi trasferisco all'estero per lavoro. Vorrei disdire Sonriva Plus e chiudere l'account.",
    ),
    "pt": (
        "Olá, vou trabalhar para o Luxemburgo. Quero cancelar o Sonriva Plus e fechar a conta. Obrigad[[a|o]] por tudo.",
    ),
}
LEAVE_SUBJECT: dict[str, str] = {
    "es": "Baja del plan",
    "en": "Cancel my plan",
    "de": "Kündigung",
    "fr": "Résiliation",
    "it": "Disdetta",
    "pt": "Cancelamento",
}
LEAVE_ANSWER: dict[str, str] = {
    "es": "Hola {name}, qué pena perderte, ¡mucha suerte en la nueva etapa! Puedes darte de baja tú [[misma|mismo]] en la app o en la web, en Cuenta > Plan. Un abrazo, {agent}",
    "en": "Hi {name}, sorry to see you go and good luck with the move! You can cancel yourself in the app or on the website under Account > Plan. Best, {agent}",
    "de": "Hallo {name}, schade! Viel Glück! Sie können selbst in der App oder auf der Website unter Konto > Plan kündigen. {agent}",
    "fr": "Bonjour {name}, dommage ! Bonne chance ! Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Plan. {agent}",
    "it": "Gentile {name}, ci dispiace! In bocca al lupo! Può disdire da [[sola|solo]] nell'app o sul sito, Account > Piano. {agent}",
    "pt": "Olá {name}, que pena! Boa sorte! Pode cancelar na app ou no site, em Conta > Plano. {agent}",
}
CANCEL_REASON: dict[str, tuple[str, ...]] = {
    "es": ("me mudo", "", "cambio de país"),
    "en": ("moving abroad", "", "relocating"),
    "de": ("Umzug",),
    "fr": ("déménagement",),
    "it": ("trasferimento",),
    "pt": ("mudança",),
}

GRUMPY: dict[str, tuple[str, ...]] = {
    "es": (
        "Otra actualización de la app y otra vez a meter la contraseña. Cada semana igual",
        "Llevo 25 minutos en la sala de espera de {town}. Cita a las 17:00. Como siempre",
        "¿Por qué me llegan los recordatorios en inglés si tengo todo en español?",
        "Me piden valorar la visita cada vez que salgo. Tres mensajes hoy. Dejadme en paz",
        "El teléfono de la clínica de {town} no lo coge nadie nunca",
        "El asistente de la app no entiende nada, le pregunto el horario y me ofrece un irrigador",
        "La factura sigue saliendo con mi dirección antigua, y eso que la cambié hace meses",
    ),
    "en": (
        "Another app update, another forced logout. Every single week",
        "25 minutes in the waiting room at {town} for a 5pm slot. As usual",
        "Why do I get reminders in Spanish when my account is in English?",
        "Three 'rate your visit' texts today. Please stop",
        "Nobody ever answers the phone at the {town} clinic",
        "The app assistant is useless, asked the opening hours and it offered me a water flosser",
        "Invoice still going to my old address, changed it months ago",
    ),
    "de": (
        "Nach jedem Update wieder ausgeloggt",
        "25 Minuten im Wartezimmer, wie immer",
        "Schon wieder drei Bewertungsanfragen heute",
        "Rechnung geht immer noch an die alte Adresse",
    ),
    "fr": (
        "Encore déconnecté[[e|]] après la mise à jour",
        "25 minutes d'attente, comme d'habitude",
        "Trois demandes d'avis aujourd'hui, stop",
    ),
    "it": (
        "Di nuovo disconness[[a|o]] dopo l'aggiornamento",
        "25 minuti in sala d'attesa, come sempre",
        "Tre richieste di recensione oggi, basta",
    ),
    "pt": (
        "Outra vez fora da conta depois da atualização",
        "25 minutos na sala de espera, como sempre",
        "Três pedidos de avaliação hoje, chega",
    ),
}

MILD: dict[str, tuple[str, ...]] = {
    "es": (
        "Las fotos de las clínicas en la web tardan mucho en cargar desde el móvil, por si lo podéis mirar",
        "El vídeo de cómo usar el irrigador no tiene subtítulos, se agradecerían",
    ),
    "en": (
        "The clinic photos on the website are really slow to load on my phone, just so you know",
        "The water flosser how-to video has no subtitles, would be handy",
    ),
    "de": ("Die Praxisfotos laden am Handy sehr langsam",),
    "fr": ("Les photos des cliniques chargent lentement sur mobile",),
    "it": ("Le foto delle cliniche caricano lentamente dal telefono",),
    "pt": ("As fotos das clínicas demoram a carregar no telemóvel",),
}
MILD_ANSWER: dict[str, str] = {
    "es": "¡Gracias por avisar! Se lo pasamos al equipo web. {agent}",
    "en": "Thanks for letting us know, passed on to the web team. {agent}",
    "de": "Danke für den Hinweis, ist weitergegeben. {agent}",
    "fr": "Merci, c'est transmis à l'équipe web. {agent}",
    "it": "Grazie della segnalazione, l'abbiamo girata al team. {agent}",
    "pt": "Obrigado pelo aviso, passámos à equipa. {agent}",
}

# the planted spike: app cannot load appointments, QR check-in fails
SPIKE: dict[str, tuple[str, ...]] = {
    "es": (
        "Estoy en recepción de {brand} y la app no carga mi cita: 'Error APT-472'. El código QR no sale y no me dejan pasar hasta que aparezca. Llego tarde al curro",
        "@{brand} la app da 'Error APT-472' al abrir Mis citas, no puedo hacer el check-in. ¿Qué pasa?",
        "No me deja ni reservar ni ver citas, sale Error APT-472 todo el rato. Tengo cita a las 10",
        "APT-472 en la app. Estoy en la puerta de la clínica con el niño y no hay manera de sacar el QR",
    ),
    "en": (
        "Standing in {brand} reception and the app won't load my appointment: 'Error APT-472'. No QR code, they can't check me in. Going to be late for work",
        "@{brand} app says 'Error APT-472' when I open My appointments, can't check in. What's going on?",
        "Can't book or see anything, just Error APT-472 over and over. I've an appointment at 9",
        "APT-472 on the app. At the clinic door with my daughter and no QR code",
    ),
    "de": (
        "Die App zeigt 'Fehler APT-472' bei Meine Termine, kein QR-Code, Check-in geht nicht. Stehe an der Anmeldung",
        "@{brand} Fehler APT-472, Termine laden nicht",
    ),
    "fr": (
        "L'appli affiche 'Erreur APT-472' sur Mes rendez-vous, pas de QR code, impossible de m'enregistrer à l'accueil",
        "@{brand} erreur APT-472, rien ne charge",
    ),
    "it": (
        "L'app dà 'Errore APT-472' su I miei appuntamenti, niente QR, non riesco a fare il check-in",
        "@{brand} errore APT-472, non carica niente",
    ),
    "pt": (
        "A app dá 'Erro APT-472' nas Minhas consultas, sem código QR não consigo fazer check-in",
        "@{brand} erro APT-472, não carrega nada",
    ),
}
SPIKE_SUBJECT: dict[str, str] = {
    "es": "La app no funciona",
    "en": "App not working",
    "de": "App geht nicht",
    "fr": "Appli en panne",
    "it": "App non funziona",
    "pt": "App não funciona",
}
SPIKE_REPEAT: dict[str, tuple[str, ...]] = {
    "es": (
        "Media hora después sigue el APT-472. He cerrado sesión y vuelto a entrar, igual. El chat dice 'todos los agentes ocupados'",
        "Sigo con el APT-472, ya me he perdido la cita",
    ),
    "en": (
        "Half an hour on and still APT-472. Logged out and back in, same thing. Chat just says 'all agents busy'",
        "Still APT-472, I've missed my slot now",
    ),
    "de": (
        "Eine halbe Stunde später immer noch APT-472. Ab- und wieder angemeldet, gleiches Spiel",
    ),
    "fr": ("Une demi-heure après, toujours APT-472. Déconnexion, reconnexion, pareil",),
    "it": ("Mezz'ora dopo ancora APT-472. Esco e rientro nell'app, uguale",),
    "pt": ("Meia hora depois ainda dá APT-472. Saí da conta e voltei a entrar, igual",),
}
SPIKE_FIXED: dict[str, str] = {
    "es": "Hola {name}, el problema de la app de esta mañana (error APT-472) está resuelto desde las {fixed_local}. Sentimos las molestias: hemos reprogramado las citas perdidas sin coste y te hemos abonado {credit}. {agent}",
    "en": "Hi {name}, this morning's app problem (error APT-472) has been fixed since {fixed_local}. Sorry for the trouble: missed appointments are rebooked free and we've credited {credit}. {agent}",
    "de": "Hallo {name}, das App-Problem von heute Morgen (Fehler APT-472) ist seit {fixed_local} behoben. Verpasste Termine buchen wir kostenlos um, {credit} sind gutgeschrieben. {agent}",
    "fr": "Bonjour {name}, le problème de l'appli ce matin (erreur APT-472) est réglé depuis {fixed_local}. Les rendez-vous manqués sont reprogrammés et {credit} crédités. {agent}",
    "it": "Gentile {name}, il problema dell'app di stamattina (errore APT-472) è risolto dalle {fixed_local}. Appuntamenti persi riprogrammati e {credit} accreditati. {agent}",
    "pt": "Olá {name}, o problema da app desta manhã (erro APT-472) está resolvido desde as {fixed_local}. Remarcámos as consultas perdidas e creditámos {credit}. {agent}",
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "es": "Problema de la app resuelto",
    "en": "App problem fixed",
    "de": "App-Problem behoben",
    "fr": "Problème d'appli résolu",
    "it": "Problema app risolto",
    "pt": "Problema da app resolvido",
}

LONE: dict[str, tuple[str, str]] = {
    "es": (
        "ayer la app tardó como medio minuto en enseñarme la cita, luego ya bien. ¿es normal?",
        "Hola, a veces la app tarda unos segundos en sincronizar con la agenda de la clínica. Si vuelve a pasar avísanos. {agent}",
    ),
    "en": (
        "yesterday the app took about 30 seconds to show my appointment, then it was fine. is that normal?",
        "Hi, the app sometimes takes a few seconds to sync with the clinic diary. Let us know if it happens again. {agent}",
    ),
}
