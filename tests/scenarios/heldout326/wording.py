"""Wording of heldout326 (Aurivo: piercing studios booked by app, jewellery by post).

Written by hand for this set, Spanish and Italian first. Placeholders: {ref} a case
reference, {comp} a competitor, {name} a colleague's first name, {amt} an amount in
the customer's money, {day} a weekday, {code} the spike's error code.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]

LANGS = ("es", "it", "de", "en", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
COMPETITORS = ("Brillanza", "Stechwerk")

PRODUCTS: list[tuple[str, int]] = [
    ("Lobe piercing + titanium stud / Lóbulo + pendiente de titanio", 35),
    ("Helix piercing + titanium ring / Hélix + aro de titanio", 49),
    ("Nostril piercing + titanium stud / Aleta nasal + pendiente titanio", 45),
    ("Downsizing bar, titanium / Barra de reducción, titanio", 18),
    ("Gold-plated clicker 8 mm / Aro clicker dorado 8 mm", 39),
    ("Aftercare saline spray / Spray salino de cuidado", 9),
    ("Conch piercing + flat-back stud / Conch + pendiente rosca plana", 55),
]

PRAISE: T = {
    "es": [
        "Me acabo de hacer el hélix en Aurivo y ni me he enterado. La chica super delicada y todo limpísimo",
        "Primer piercing de mi hija en Aurivo, le explicaron todo con paciencia y salió feliz. Gracias!!",
        "El pendiente de titanio que me pusieron en Aurivo no me ha dado ni una molestia, cero rojeces",
        "Reservé por la app a las 10, entré a las 10:02. Así da gusto, Aurivo",
    ],
    "it": [
        "Fatto il conch da Aurivo oggi, piercer bravissima e studio pulitissimo. Contenta!",
        "Ho portato mia figlia per il primo buco ai lobi da Aurivo, gentilissimi e pazienti",
        "Gioiello in titanio di Aurivo arrivato in due giorni, confezione sterile e tutto perfetto",
        "Prenotato dall'app, zero attesa e guarigione senza problemi. Consiglio Aurivo",
    ],
    "de": [
        "Heute Nostril bei Aurivo stechen lassen, total entspannt und alles super sauber",
        "Der Titanstecker von Aurivo sitzt perfekt, nach drei Wochen null Probleme",
    ],
    "en": [
        "Got my helix done at Aurivo this morning, barely felt it and the studio was spotless",
        "Aurivo's aftercare reminders in the app are actually useful, healing nicely",
    ],
    "fr": [
        "Fait mon hélix chez Aurivo ce matin, la perceuse était adorable et tout était nickel",
        "Bijou titane Aurivo reçu en 48 h, emballage stérile, rien à redire",
    ],
    "pt": [
        "Fiz o piercing no nariz na Aurivo hoje, super tranquilo e tudo muito limpo",
        "A joia de titânio da Aurivo chegou em dois dias, perfeita",
    ],
}

AGAIN: T = {
    "es": [
        "Tercera vez que voy a Aurivo y otra vez de diez. Ya no me perforo en otro sitio",
        "Otra vez la misma piercer de Aurivo, se acordaba de mi nombre y de mi lóbulo raro jaja",
    ],
    "it": [
        "Terza volta da Aurivo e sempre una garanzia",
        "Di nuovo da Aurivo per il downsizing, sempre gentili e veloci",
    ],
    "de": ["Schon das dritte Mal bei Aurivo und wieder alles top"],
    "en": ["Third piercing at Aurivo and still the best studio I've been to"],
    "fr": ["Troisième fois chez Aurivo, toujours aussi pro"],
    "pt": ["Terceira vez na Aurivo e continua impecável"],
}

GRIPE: T = {
    "es": [
        "Muy contenta con el piercing de Aurivo, solo que la app me manda el recordatorio de limpieza a las 7 de la mañana",
        "Todo genial en Aurivo, aunque la sala de espera es minúscula un sábado",
    ],
    "it": [
        "Tutto benissimo da Aurivo, solo il parcheggio vicino allo studio è un incubo",
        "Piercing perfetto, peccato che lo spray salino sia finito subito, flacone piccolino",
    ],
    "de": ["Piercing top, nur die Wartezeit am Samstag war etwas lang"],
    "en": ["Lovely piercer, only gripe is the app takes ages to load the slots"],
    "fr": ["Super perçage, seul bémol la salle d'attente un peu petite"],
    "pt": ["Tudo ótimo, só a app às vezes demora a mostrar as vagas"],
}

QUESTION: T = {
    "es": [
        "Hola, con el Club Aurivo el cambio a barra corta es gratis o se paga aparte?",
        "Buenas, puedo ir a la piscina una semana después del lóbulo?",
        "Hola! Se puede reservar para dos personas a la misma hora?",
    ],
    "it": [
        "Ciao, con Aurivo Club il downsizing è incluso?",
        "Buongiorno, dopo quanto posso cambiare il gioiello dell'elice?",
        "Salve, posso prenotare per me e mia sorella nello stesso orario?",
    ],
    "de": ["Hallo, ab wann darf ich den Stecker im Helix wechseln?"],
    "en": ["Hi, is the downsizing bar included in the Aurivo Club?"],
    "fr": ["Bonjour, on peut réserver pour deux personnes au même créneau ?"],
    "pt": ["Olá, o Aurivo Club inclui a troca para barra mais curta?"],
}

ANSWER: T = {
    "es": ["¡Hola! Sí, con el Club el cambio de barra es gratis. ¿Te reservo hueco?"],
    "it": ["Ciao! Sì, con il Club è incluso. Vuoi che ti prenoti un appuntamento?"],
    "de": [
        "Hallo! Nach etwa 8 Wochen, am besten bei uns im Studio. Sollen wir einen Termin eintragen?"
    ],
    "en": ["Hi! Yes, it's included with the Club. Shall I book you a slot?"],
    "fr": ["Bonjour ! Oui, choisissez deux places sur le même créneau dans l'app."],
    "pt": ["Olá! Sim, está incluído no Club. Quer que marque?"],
}

THANKS: T = {
    "es": ["Genial, gracias!", "Perfecto, muchas gracias 😊", "Vale, gracias por la rapidez"],
    "it": ["Perfetto, grazie mille!", "Ok grazie, gentilissimi", "Grz!"],
    "de": ["Super, danke!"],
    "en": ["Brilliant, thanks!"],
    "fr": ["Parfait, merci !"],
    "pt": ["Ótimo, obrigada!"],
}

CALL_Q: T = {
    "es": [
        "hola buenas queria saber si con el club aurivo el cambio de barra es gratis o hay que pagarlo"
    ],
    "it": [
        "buongiorno volevo sapere se posso spostare l appuntamento di sabato a domenica mattina"
    ],
    "de": [
        "hallo ich wollte fragen ob ich meinen termin am samstag auf nachmittag verschieben kann"
    ],
    "en": ["hi there just wondering if i can move my saturday appointment to the afternoon"],
    "fr": ["bonjour je voulais savoir si je peux décaler mon rendez vous de samedi à l après midi"],
    "pt": ["olá queria saber se posso mudar a marcação de sábado para a tarde"],
}

CALL_FOLLOW: T = {
    "es": ["Hola, como hablamos por teléfono, te hemos movido la cita. Un saludo, Aurivo"],
    "it": ["Ciao, come da telefonata abbiamo spostato il tuo appuntamento. A presto, Aurivo"],
    "de": ["Hallo, wie telefonisch besprochen ist der Termin verschoben. Viele Grüße, Aurivo"],
    "en": ["Hi, as discussed on the phone your appointment has been moved. Aurivo"],
    "fr": ["Bonjour, comme convenu au téléphone, votre rendez-vous est déplacé. Aurivo"],
    "pt": ["Olá, como falámos ao telefone, a marcação foi alterada. Aurivo"],
}

REVIEW: T = {
    "es": [
        "Studio limpio, piercer profesional y precio justo. Volveré",
        "Cinco estrellas, me explicaron los cuidados con calma",
    ],
    "it": [
        "Studio pulito e personale preparato. Tornerò",
        "Cinque stelle, spiegazioni chiare sulla cura",
    ],
    "de": ["Sauber, freundlich, professionell"],
    "en": ["Clean, friendly and properly professional"],
    "fr": ["Propre, pro, accueil chaleureux"],
    "pt": ["Limpo, simpático e profissional"],
}

SURVEY_WORD: T = {
    "es": ["genial", "todo perfecto", "😊", ""],
    "it": ["ottimo", "tutto perfetto", "👍", ""],
    "de": ["super", ""],
    "en": ["great", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}

NIGHT_POST: T = {
    "es": [
        "Las 3 de la mañana y yo mirando fotos de hélix en la web de Aurivo. Mañana reservo",
        "Turno de noche en urgencias y reservando mi septum en Aurivo para el sábado",
    ],
    "it": [
        "Sono le 2 e sto scegliendo il gioiello per il conch sul sito di Aurivo, aiuto",
        "Turno di notte finito, prenotato il nostril da Aurivo per sabato",
    ],
    "de": ["Kann nicht schlafen und suche mir bei Aurivo schon den nächsten Stecker aus"],
    "en": ["2am and I'm picking out my next Aurivo hoop instead of sleeping"],
    "fr": ["3 h du mat et je choisis mon prochain bijou sur Aurivo"],
    "pt": ["3 da manhã a escolher a próxima argola na Aurivo"],
}

NIGHT_Q: T = {
    "es": [
        "Hola, es normal que el lóbulo me pique un poco la primera semana?",
        "Se puede dormir de lado con el hélix recién hecho?",
    ],
    "it": [
        "Ciao, è normale che il lobo prudi un po' la prima settimana?",
        "Si può dormire sul fianco col piercing appena fatto?",
    ],
    "de": ["Ist es normal, dass das neue Piercing nachts etwas pocht?"],
    "en": ["Is it normal for a new helix to throb a bit at night?"],
    "fr": ["C'est normal que le nouveau perçage lance un peu la nuit ?"],
    "pt": ["É normal o piercing novo latejar um pouco à noite?"],
}

NIGHT_A: T = {
    "es": ["Hola, sí, es normal los primeros días. Si hay pus o fiebre, escríbenos. ¡Descansa!"],
    "it": ["Ciao, sì, è normale i primi giorni. Se compare pus o febbre scrivici. Buon riposo!"],
    "de": ["Hallo, in den ersten Tagen ganz normal. Bei Eiter oder Fieber bitte melden."],
    "en": ["Hi, perfectly normal for the first days. If there's pus or fever, get in touch."],
    "fr": ["Bonjour, c'est normal les premiers jours. En cas de pus ou fièvre, écrivez-nous."],
    "pt": ["Olá, é normal nos primeiros dias. Se houver pus ou febre, fale connosco."],
}

COMPLAINT_SUBJ: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJ: dict[str, str] = {
    "es": "RE: Incidencia {ref}",
    "it": "R: Segnalazione {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Demande {ref}",
    "pt": "RE: Pedido {ref}",
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "cita anulada en la puerta",
        "it": "appuntamento saltato",
        "de": "Termin geplatzt",
        "en": "appointment not honoured",
        "fr": "rendez-vous non honoré",
        "pt": "marcação não cumprida",
    },
    "double_charge": {
        "es": "señal cobrada dos veces",
        "it": "acconto addebitato due volte",
        "de": "Anzahlung doppelt abgebucht",
        "en": "deposit taken twice",
        "fr": "acompte débité deux fois",
        "pt": "sinal cobrado duas vezes",
    },
    "damage": {
        "es": "joya llegó doblada",
        "it": "gioiello arrivato storto",
        "de": "Schmuck verbogen angekommen",
        "en": "jewellery arrived bent",
        "fr": "bijou arrivé tordu",
        "pt": "joia chegou torta",
    },
    "refund": {
        "es": "reembolso sin llegar",
        "it": "rimborso mai arrivato",
        "de": "Erstattung fehlt",
        "en": "refund missing",
        "fr": "remboursement jamais reçu",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "es": "cobrado precio sin Club",
        "it": "prezzo senza Club",
        "de": "Preis ohne Club berechnet",
        "en": "charged non-member price",
        "fr": "prix hors Club facturé",
        "pt": "preço sem Club cobrado",
    },
    "cancel_fee": {
        "es": "cargo por cancelar",
        "it": "penale di cancellazione",
        "de": "Stornogebühr",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "pt": "taxa de cancelamento",
    },
}

PROBLEM: dict[str, T] = {
    "no_show": {
        "es": [
            "Llego a mi cita de las 11 en Aurivo y la puerta CERRADA, nadie me avisó. He pedido el día libre para esto. Vergonzoso",
            "Cita confirmada en la app y al llegar me dicen que la piercer está de baja y que vuelva otro día. Podíais haber llamado, no?",
            "Media hora en la puerta del estudio con mi hijo para nada. Nadie coge el teléfono. Fatal",
        ],
        "it": [
            "Arrivo all'appuntamento delle 11 e lo studio è CHIUSO. Nessun avviso, ho preso un permesso apposta. Vergognoso",
            "Appuntamento confermato in app e quando arrivo mi dicono che la piercer non c'è. Bastava una telefonata!",
            "Mezz'ora davanti allo studio con mia figlia per niente, nessuno risponde al telefono",
        ],
        "de": [
            "Stehe zum Termin um 11 vor dem Studio und es ist ZU. Keine Nachricht, nichts. Extra freigenommen"
        ],
        "en": [
            "Turned up for my 11am and the studio was SHUT. No text, no call, I took the morning off for this"
        ],
        "fr": [
            "J'arrive à mon rendez-vous de 11 h et le studio est FERMÉ. Aucun message, j'avais posé ma matinée"
        ],
        "pt": [
            "Chego à marcação das 11 e o estúdio FECHADO. Ninguém avisou, tirei a manhã para isto"
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado la señal de {amt} DOS veces por la misma cita. Quiero la devolución ya",
            "En el banco veo dos cargos de {amt} de Aurivo por una sola reserva. Esto qué es?",
        ],
        "it": [
            "Mi avete addebitato l'acconto di {amt} DUE volte per lo stesso appuntamento. Rivoglio i soldi",
            "Sull'estratto conto vedo due addebiti da {amt} per una sola prenotazione. Ma scherziamo?",
        ],
        "de": ["Die Anzahlung von {amt} wurde ZWEIMAL abgebucht, für einen einzigen Termin"],
        "en": ["You've taken the {amt} deposit TWICE for one appointment. I want it back"],
        "fr": ["L'acompte de {amt} a été prélevé DEUX fois pour un seul rendez-vous"],
        "pt": ["O sinal de {amt} foi cobrado DUAS vezes para a mesma marcação"],
    },
    "damage": {
        "es": [
            "El aro de titanio que pedí llegó con el cierre doblado, no se puede poner. {amt} tirados",
            "Me llega la barra de reducción sin la bolita y el sobre roto. No es estéril ya, no me la pienso poner",
        ],
        "it": [
            "Il cerchietto in titanio è arrivato con la chiusura piegata, inutilizzabile. {amt} buttati",
            "La barretta è arrivata senza pallina e con la busta sterile aperta. Non la metto di certo",
        ],
        "de": ["Der Titanring kam mit verbogenem Verschluss an, nicht tragbar. {amt} für nichts"],
        "en": ["The titanium hoop arrived with the clicker bent, can't wear it. {amt} wasted"],
        "fr": ["L'anneau titane est arrivé avec le clicker tordu, importable. {amt} pour rien"],
        "pt": [
            "A argola de titânio chegou com o fecho torto, não dá para usar. {amt} deitados fora"
        ],
    },
    "refund": {
        "es": [
            "Devolví el pendiente sin abrir hace TRES semanas y el reembolso de {amt} sigue sin llegar",
            "Tres semanas esperando los {amt} de la devolución. Cada vez que pregunto, que cinco días más",
        ],
        "it": [
            "Ho reso l'orecchino ancora sigillato TRE settimane fa e il rimborso di {amt} non si vede",
            "Tre settimane che aspetto i {amt} del reso. Ogni volta mi dite altri cinque giorni",
        ],
        "de": [
            "Vor DREI Wochen zurückgeschickt, ungeöffnet, und die {amt} sind immer noch nicht da"
        ],
        "en": ["Sent the stud back unopened THREE weeks ago and still no sign of my {amt}"],
        "fr": ["Bijou renvoyé non ouvert il y a TROIS semaines, toujours pas mes {amt}"],
        "pt": ["Devolvi a joia fechada há TRÊS semanas e os {amt} nada"],
    },
    "wrong_price": {
        "es": [
            "Pago el Club Aurivo cada mes y me cobran el cambio de barra a precio normal, {amt}. Para qué soy socia?",
            "Soy del Club y en el ticket sale tarifa sin socio. Me debéis {amt}",
        ],
        "it": [
            "Pago Aurivo Club ogni mese e mi fate pagare il downsizing a prezzo pieno, {amt}. Allora a che serve?",
            "Sono iscritta al Club e sullo scontrino c'è la tariffa da non socio. Mi dovete {amt}",
        ],
        "de": ["Ich zahle jeden Monat für den Club und bekomme den Normalpreis berechnet, {amt}"],
        "en": [
            "I pay for the Club every month and got charged the full price, {amt}. What's the point"
        ],
        "fr": ["Je paie le Club tous les mois et on me facture le plein tarif, {amt}"],
        "pt": ["Pago o Club todos os meses e cobraram-me preço normal, {amt}"],
    },
    "cancel_fee": {
        "es": [
            "Cancelé la cita con CUATRO días de antelación y me cobráis {amt} de penalización. En serio?",
            "Anulo desde la app el lunes para el viernes y me cargáis {amt} por cancelación tardía. Ni de broma",
        ],
        "it": [
            "Ho disdetto con QUATTRO giorni di anticipo e mi addebitate {amt} di penale. Sul serio?",
            "Annullato dall'app lunedì per venerdì e mi trovo {amt} di cancellazione tardiva. Ma dai",
        ],
        "de": ["VIER Tage vorher abgesagt und trotzdem {amt} Stornogebühr. Im Ernst?"],
        "en": ["Cancelled FOUR days ahead and you've charged me a {amt} late fee. Seriously?"],
        "fr": ["Annulé QUATRE jours avant et vous me prenez {amt} de frais. Sérieusement ?"],
        "pt": ["Cancelei com QUATRO dias de antecedência e cobraram {amt}. A sério?"],
    },
}

CALL_PROBLEM: dict[str, T] = {
    "no_show": {
        "es": [
            "si hola mire tenia cita a las once y el estudio estaba cerrado nadie me ha avisado y he pedido el dia libre"
        ],
        "it": [
            "sì buongiorno avevo appuntamento alle undici e lo studio era chiuso nessuno mi ha avvisato"
        ],
        "de": [
            "ja hallo ich hatte um elf einen Termin und das Studio war zu niemand hat mir Bescheid gesagt"
        ],
        "en": ["hi yeah i had an eleven o clock and the studio was shut nobody told me anything"],
        "fr": [
            "oui bonjour j avais rendez vous à onze heures et le studio était fermé personne ne m a prévenu"
        ],
        "pt": ["sim olá tinha marcação às onze e o estúdio estava fechado ninguém me avisou"],
    },
    "double_charge": {
        "es": [
            "hola llamo porque me han cobrado la señal dos veces por la misma cita y quiero que me la devuelvan"
        ],
        "it": [
            "buongiorno chiamo perché mi avete addebitato l acconto due volte per lo stesso appuntamento"
        ],
        "de": ["hallo ich rufe an weil die Anzahlung zweimal abgebucht wurde für einen Termin"],
        "en": ["hi i'm calling because you've taken my deposit twice for the same appointment"],
        "fr": [
            "bonjour j appelle parce que l acompte a été prélevé deux fois pour le même rendez vous"
        ],
        "pt": ["olá estou a ligar porque cobraram o sinal duas vezes para a mesma marcação"],
    },
    "damage": {
        "es": [
            "hola me ha llegado el aro con el cierre doblado y no me lo puedo poner quiero otro"
        ],
        "it": ["salve mi è arrivato il cerchietto con la chiusura piegata non si può mettere"],
        "de": ["hallo der Ring ist mit verbogenem Verschluss angekommen den kann ich nicht tragen"],
        "en": ["hello the hoop came with the clicker bent i can't wear it"],
        "fr": ["bonjour l anneau est arrivé tordu je ne peux pas le porter"],
        "pt": ["olá a argola chegou com o fecho torto não consigo usar"],
    },
    "refund": {
        "es": ["hola devolvi un pendiente hace tres semanas y todavia no me ha llegado el dinero"],
        "it": ["buongiorno ho fatto un reso tre settimane fa e il rimborso non è ancora arrivato"],
        "de": [
            "hallo ich habe vor drei Wochen etwas zurückgeschickt und das Geld ist immer noch nicht da"
        ],
        "en": ["hi i sent something back three weeks ago and the refund still hasn't come through"],
        "fr": [
            "bonjour j ai renvoyé un bijou il y a trois semaines et toujours pas de remboursement"
        ],
        "pt": ["olá devolvi uma joia há três semanas e o reembolso ainda não chegou"],
    },
    "wrong_price": {
        "es": [
            "hola soy socia del club y me han cobrado el precio normal no entiendo para que pago la cuota"
        ],
        "it": ["buongiorno sono del club e mi avete fatto pagare il prezzo pieno non capisco"],
        "de": ["hallo ich bin im Club und mir wurde der volle Preis berechnet"],
        "en": ["hi i'm a club member and i've been charged the full price"],
        "fr": ["bonjour je suis membre du club et on m a facturé le plein tarif"],
        "pt": ["olá sou do club e cobraram me o preço normal"],
    },
    "cancel_fee": {
        "es": [
            "hola cancele con cuatro dias de antelacion y me han cobrado la penalizacion no es justo"
        ],
        "it": ["salve ho disdetto quattro giorni prima e mi avete messo la penale non è giusto"],
        "de": ["hallo ich habe vier Tage vorher abgesagt und trotzdem eine Stornogebühr bezahlt"],
        "en": ["hi i cancelled four days ahead and still got charged the late fee"],
        "fr": ["bonjour j ai annulé quatre jours avant et on m a quand même facturé des frais"],
        "pt": ["olá cancelei quatro dias antes e cobraram a taxa na mesma"],
    },
}

LONG: T = {
    "es": [
        "Hola,\n\nos escribo desde la cafetería del hospital mientras a mi padre le hacen unas pruebas, así que perdonad si voy a trompicones. Este mes ha sido una locura con la mudanza y el trabajo, y lo último que necesitaba era esto: {complaint}. Llevo años yendo a vuestros estudios y siempre os he recomendado, por eso me duele más.\n\nEspero una solución esta semana.\n\nUn saludo",
        "Buenas tardes:\n\nAprovecho la siesta de los mellizos para escribir. Os cuento: {complaint}. No es por el dinero solo, es que una ya no tiene tiempo para estar reclamando cosas. Siempre había quedado contenta con vosotros.\n\nQuedo a la espera.",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi scusate la fretta. Settimana pesante tra trasloco e lavoro, e ci mancava pure questa: {complaint}. Vengo da voi da anni e vi ho sempre consigliati a tutti, per questo ci resto male.\n\nAspetto una risposta in settimana.\n\nCordiali saluti",
        "Salve,\n\napprofitto della pausa pranzo in ufficio. Vi racconto: {complaint}. Non è solo per i soldi, è che non ho tempo di stare dietro a queste cose. Finora con voi mi ero sempre trovata bene.\n\nGrazie",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Zug zur Arbeit, entschuldigen Sie die Kürze. Zwischen Umzug und Job kam jetzt noch das: {complaint}. Ich bin seit Jahren Kundin und war immer angetan.\n\nIch erwarte eine Lösung diese Woche.\n\nMit freundlichen Grüßen"
    ],
    "en": [
        "Hello,\n\nwriting this from the car outside my son's football practice. It's been a hectic month and then this: {complaint}. I've been coming to you for years and always sent friends your way.\n\nI'd like this sorted this week.\n\nRegards"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du dentiste. Mois chargé entre le déménagement et le travail, et voilà : {complaint}. Je viens chez vous depuis des années.\n\nJ'attends une solution cette semaine.\n\nCordialement"
    ],
    "pt": [
        "Olá,\n\nescrevo do comboio a caminho do trabalho. Mês complicado entre mudanças e trabalho, e agora isto: {complaint}. Sou cliente há anos.\n\nEspero uma solução esta semana.\n\nCumprimentos"
    ],
}

CASE_OPENED: T = {
    "es": [
        "Hola, sentimos lo ocurrido. Hemos abierto la incidencia {ref} y te escribimos en cuanto tengamos respuesta. Equipo Aurivo"
    ],
    "it": [
        "Ciao, ci dispiace. Abbiamo aperto la segnalazione {ref} e ti aggiorniamo appena possibile. Team Aurivo"
    ],
    "de": [
        "Hallo, das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns. Ihr Aurivo-Team"
    ],
    "en": [
        "Hi, sorry about this. We've opened case {ref} and will be back in touch. The Aurivo team"
    ],
    "fr": [
        "Bonjour, nous sommes désolés. La demande {ref} est ouverte, nous revenons vers vous. L'équipe Aurivo"
    ],
    "pt": ["Olá, lamentamos. Abrimos o pedido {ref} e voltamos a contactar. Equipa Aurivo"],
}
ESCALATED: T = {
    "es": [
        "Hola, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía"
    ],
    "it": [
        "Ciao, la segnalazione {ref} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo"
    ],
    "de": [
        "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft"
    ],
    "en": [
        "Hi, case {ref} is now with our quality lead, who will call you before Friday lunchtime"
    ],
    "fr": [
        "Bonjour, la demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi"
    ],
    "pt": [
        "Olá, o pedido {ref} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço"
    ],
}
GOOD_NEWS: T = {
    "es": [
        "Hola, buenas noticias sobre {ref}: ya está resuelto. ¿Nos confirmas que te llega bien?"
    ],
    "it": [
        "Ciao, buone notizie sulla segnalazione {ref}: è risolta. Ci confermi che è tutto a posto?"
    ],
    "de": ["Hallo, gute Nachrichten zu {ref}: erledigt. Können Sie kurz bestätigen?"],
    "en": ["Hi, good news on {ref}: it's sorted. Could you confirm at your end?"],
    "fr": ["Bonjour, bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ?"],
    "pt": ["Olá, boas notícias sobre {ref}: está resolvido. Pode confirmar?"],
}
CONFIRM: T = {
    "es": [
        "Confirmado lo de {ref}, ya lo tengo. Gracias",
        "Todo bien con {ref}, gracias por arreglarlo",
    ],
    "it": ["Confermo per {ref}, tutto a posto. Grazie", "Ok per {ref}, risolto. Grazie mille"],
    "de": ["{ref} bestätigt, alles da. Danke"],
    "en": ["Confirmed on {ref}, all good now. Thanks"],
    "fr": ["C'est bon pour {ref}, merci"],
    "pt": ["Confirmo o {ref}, está tudo certo. Obrigada"],
}
APOLOGY: T = {
    "es": [
        "Perdonad el tono de ayer, estaba de los nervios. Gracias por resolverlo",
        "Siento haberme puesto así ayer, no era con vosotros",
    ],
    "it": [
        "Scusate i toni di ieri, ero nervosa. Grazie per averlo risolto",
        "Mi dispiace per ieri, non ce l'avevo con voi",
    ],
    "de": ["Entschuldigung für meinen Ton gestern, danke fürs Lösen"],
    "en": ["Sorry for snapping yesterday, thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier, merci d'avoir réglé ça"],
    "pt": ["Desculpem o tom de ontem, obrigada por resolverem"],
}
CHAT_CASE: T = {
    "es": ["Lo siento mucho. Te abro la incidencia {ref} y te escribimos por correo"],
    "it": ["Mi dispiace molto. Apro la segnalazione {ref} e ti scriviamo per email"],
    "de": ["Das tut mir leid. Ich lege den Vorgang {ref} an, Sie hören per Mail von uns"],
    "en": ["So sorry. I've opened case {ref}, we'll e-mail you"],
    "fr": ["Désolée. J'ouvre la demande {ref}, on vous écrit par mail"],
    "pt": ["Lamento muito. Abri o pedido {ref}, escrevemos por email"],
}
ADDED_URGENT: T = {
    "es": ["Lo añado a tu incidencia {ref} y la marco como urgente"],
    "it": ["Lo aggiungo alla segnalazione {ref} e la segno come urgente"],
    "de": ["Ich ergänze es im Vorgang {ref} und markiere ihn dringend"],
    "en": ["Added to your case {ref}, marked urgent"],
    "fr": ["Ajouté à votre demande {ref}, marquée urgente"],
    "pt": ["Acrescentei ao pedido {ref} e marquei como urgente"],
}
STILL_OPEN: T = {
    "es": [
        "Sigo esperando con la incidencia {ref}, sigue sin resolver y nadie me dice nada",
        "Otra vez yo con {ref}. Sigue igual, abierta y sin respuesta",
    ],
    "it": [
        "Sto ancora aspettando per la segnalazione {ref}, ancora niente",
        "Di nuovo io per {ref}. Ancora aperta e nessuna risposta",
    ],
    "de": ["Vorgang {ref} ist immer noch offen, niemand meldet sich"],
    "en": ["Case {ref} is still open and nobody has got back to me"],
    "fr": ["La demande {ref} est toujours ouverte, personne ne me répond"],
    "pt": ["O pedido {ref} continua aberto e ninguém diz nada"],
}
THIRD: T = {
    "es": [
        "Tercera vez con {ref}. Una amiga va a {comp} y allí se lo arreglan el mismo día",
        "Van tres veces con {ref}. He mirado lo que cobra {comp} y me lo estoy pensando",
    ],
    "it": [
        "Terza volta per {ref}. Una collega va da {comp} e lì risolvono in giornata",
        "Siamo a tre volte per {ref}. Ho guardato i prezzi di {comp}",
    ],
    "de": ["Drittes Mal wegen {ref}. Bei {comp} regelt eine Freundin so was am selben Tag"],
    "en": ["Third time about {ref}. A friend goes to {comp} and they sort this the same day"],
    "fr": ["Troisième fois pour {ref}. Une amie va chez {comp}, eux règlent ça dans la journée"],
    "pt": ["Terceira vez com o {ref}. Uma amiga vai à {comp} e resolvem no mesmo dia"],
}
FOURTH: T = {
    "es": ["CUARTA vez que escribo por {ref}. Sigue sin resolverse. Ya está bien"],
    "it": ["È la QUARTA volta che scrivo per {ref}. Ancora niente. Basta"],
    "de": ["Zum VIERTEN Mal wegen {ref}. Immer noch nichts"],
    "en": ["FOURTH time writing about {ref}. Still nothing"],
    "fr": ["QUATRIÈME fois pour {ref}. Toujours rien"],
    "pt": ["QUARTA vez sobre o {ref}. Continua tudo igual"],
}

SLIDE: dict[str, list[str]] = {
    "es": [
        "La última vez en Aurivo me tuvieron 40 minutos esperando con cita. Raro en ellos",
        "El pendiente que me pusieron ya tiene la rosca floja a las dos semanas. Mmm",
        "Ahora para cambiar la joya piden enviar foto del piercing antes. Qué lío",
        "Me cobran 15 € por revisión que antes era gratis con el Club. Cada vez peor",
        "Ni responden al chat. 12 € al mes de Club para esto. Estoy harta",
        "Mi cuñada va a {comp} y ya tengo cita allí el sábado. Adiós Aurivo",
    ],
    "it": [
        "L'ultima volta da Aurivo 40 minuti di attesa con appuntamento. Strano",
        "L'orecchino messo due settimane fa ha già la vite allentata. Mah",
        "Adesso per cambiare il gioiello vogliono una foto prima. Che complicazione",
        "15 € per un controllo che prima col Club era gratis. Sempre peggio",
        "In chat non risponde nessuno. 12 € al mese di Club per questo. Sono stufa",
        "Mia cognata va da {comp} e ho già preso appuntamento lì sabato. Ciao Aurivo",
    ],
    "de": [
        "Letztes Mal bei Aurivo trotz Termin 40 Minuten gewartet. Ungewöhnlich",
        "Der Stecker ist nach zwei Wochen schon locker. Hm",
        "Jetzt soll man vor jedem Schmuckwechsel ein Foto schicken. Umständlich",
        "15 € für eine Kontrolle, die mit Club gratis war. Wird immer schlechter",
        "Im Chat antwortet keiner mehr. 12 € im Monat dafür. Reicht mir",
        "Meine Schwägerin geht zu {comp}, Samstag habe ich dort einen Termin. Tschüss Aurivo",
    ],
    "en": [
        "Waited 40 minutes at Aurivo despite booking. Not like them",
        "The stud's thread is already loose after two weeks. Hmm",
        "Now they want a photo before every jewellery change. Faff",
        "£13 for a check-up that used to be free with the Club. Going downhill",
        "Nobody answers the chat any more. £10 a month for this. Fed up",
        "My sister-in-law uses {comp}, booked in there for Saturday. Bye Aurivo",
    ],
    "fr": [
        "Attendu 40 minutes chez Aurivo malgré le rendez-vous. Pas leur genre",
        "Le bijou a déjà le pas de vis lâche au bout de deux semaines. Bof",
        "Maintenant il faut envoyer une photo avant chaque changement. Pénible",
        "15 € pour un contrôle gratuit avant avec le Club. De pire en pire",
        "Personne ne répond au chat. 12 € par mois pour ça. J'en ai marre",
        "Ma belle-sœur va chez {comp}, j'y ai rendez-vous samedi. Salut Aurivo",
    ],
    "pt": [
        "Esperei 40 minutos na Aurivo mesmo com marcação. Estranho",
        "A joia já tem a rosca solta ao fim de duas semanas. Hmm",
        "Agora pedem foto antes de cada troca de joia. Que chatice",
        "15 € por uma revisão que era grátis com o Club. Cada vez pior",
        "Ninguém responde no chat. 12 € por mês para isto. Farta",
        "A minha cunhada vai à {comp}, já marquei lá para sábado. Adeus Aurivo",
    ],
}

CANCEL_ASK: T = {
    "es": [
        "Hola, me mudo a otra ciudad y no hay estudio vuestro. Quiero darme de baja del Club Aurivo y cerrar la cuenta",
        "Buenas, ya tengo todos los piercings que quería. Quiero cancelar el Club y cerrar mi cuenta, gracias",
    ],
    "it": [
        "Ciao, mi trasferisco in una città senza vostro studio. Voglio disdire Aurivo Club e chiudere l'account",
        "Salve, ormai ho tutti i piercing che volevo. Vorrei disdire il Club e chiudere l'account",
    ],
    "de": [
        "Hallo, ich ziehe um und dort gibt es kein Studio. Bitte Club kündigen und Konto schließen"
    ],
    "en": [
        "Hi, I'm moving away and there's no studio near. Please cancel my Club and close the account"
    ],
    "fr": [
        "Bonjour, je déménage loin de vos studios. Je veux résilier le Club et fermer mon compte"
    ],
    "pt": ["Olá, vou mudar de cidade. Quero cancelar o Club e fechar a conta"],
}
SORRY_GO: T = {
    "es": ["Sentimos que te vayas. Puedes cancelar tú misma en la app o en la web, en Mi cuenta"],
    "it": [
        "Ci dispiace vederti andare. Puoi disdire da sola nell'app o sul sito, in Il mio account"
    ],
    "de": ["Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen"],
    "en": ["Sorry to see you go. You can cancel yourself in the app or on the website"],
    "fr": ["Désolés de vous voir partir. Vous pouvez résilier dans l'app ou sur le site"],
    "pt": ["Lamentamos. Pode cancelar na app ou no site"],
}
GRUMBLE: T = {
    "es": [
        "La app de Aurivo me cierra sesión cada vez que la abro",
        "Otra vez el recordatorio de limpieza a las 7 de la mañana, un domingo",
        "Los sábados la sala de espera es una lata de sardinas",
        "El spray salino cada vez trae menos",
    ],
    "it": [
        "L'app di Aurivo mi disconnette ogni volta",
        "Di nuovo il promemoria di pulizia alle 7 di domenica",
        "Il sabato la sala d'attesa è una scatola di sardine",
        "Lo spray salino è sempre più piccolo",
    ],
    "de": ["Die App meldet mich jedes Mal ab", "Samstags ist das Wartezimmer brechend voll"],
    "en": ["The app logs me out every single time", "Saturday waiting room is rammed again"],
    "fr": ["L'app me déconnecte à chaque fois", "Le samedi la salle d'attente est bondée"],
    "pt": ["A app desliga a sessão sempre", "Ao sábado a sala de espera está cheia"],
}
SARCASM: T = {
    "es": [
        "Genial Aurivo, cita a las 10 y me atienden a las 11. Puntualidad británica 👏",
        "Qué detalle, Aurivo, el paquete exprés llegó en solo nueve días 😂",
    ],
    "it": [
        "Bravissimi Aurivo, appuntamento alle 10 e mi chiamano alle 11. Puntualità svizzera 👏",
        "Che gentili, la spedizione express ci ha messo solo nove giorni 😂",
    ],
    "de": ["Toll Aurivo, Express-Versand in nur neun Tagen 😂"],
    "en": ["Love it Aurivo, express post in just nine days 😂"],
    "fr": ["Bravo Aurivo, l'express en neuf jours seulement 😂"],
    "pt": ["Parabéns Aurivo, o expresso demorou só nove dias 😂"],
}
MILD: T = {
    "es": [
        "La web me enseña los huecos del estudio de otra ciudad",
        "Los correos me llegan en inglés aunque tengo la cuenta en español",
    ],
    "it": [
        "Il sito mi mostra gli orari di uno studio di un'altra città",
        "Le email mi arrivano in inglese anche se l'account è in italiano",
    ],
    "de": ["Die Seite zeigt mir das Studio einer anderen Stadt"],
    "en": ["The site keeps showing me another city's studio"],
    "fr": ["Le site m'affiche le studio d'une autre ville"],
    "pt": ["O site mostra o estúdio de outra cidade"],
}
MILD_ACK: T = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la web"],
    "it": ["Grazie della segnalazione, la passiamo al team del sito"],
    "de": ["Danke für den Hinweis, geben wir ans Web-Team weiter"],
    "en": ["Thanks for flagging, passed to the web team"],
    "fr": ["Merci du signalement, transmis à l'équipe web"],
    "pt": ["Obrigado pelo aviso, passámos à equipa do site"],
}

SPIKE: T = {
    "es": [
        "Estoy en la puerta del estudio y la app no me deja hacer el check-in, sale error {code} y no me atienden",
        "Me dice la recepcionista que sin check-in no pueden, y la app da {code}. Con la cita pagada!",
        "Error {code} al hacer check-in en la app de Aurivo, alguien más?",
    ],
    "it": [
        "Sono davanti allo studio e l'app non mi fa fare il check-in, errore {code}",
        "In reception dicono che senza check-in non possono, e l'app dà {code}. Con l'acconto pagato!",
        "Errore {code} al check-in dell'app Aurivo, anche a voi?",
    ],
    "de": ["Check-in in der App geht nicht, Fehler {code}, stehe im Studio und komme nicht dran"],
    "en": [
        "App check-in failing with error {code}, standing in the studio and they can't see me in"
    ],
    "fr": ["Impossible de faire le check-in dans l'app, erreur {code}, je suis au studio"],
    "pt": ["O check-in na app não funciona, erro {code}, estou no estúdio"],
}
SPIKE_AGAIN: T = {
    "es": ["Sigue saliendo {code}, lo he probado con el móvil de mi novio y nada"],
    "it": ["Ancora {code}, provato col telefono di mio marito e niente"],
    "de": ["Immer noch {code}, auch mit dem Handy meines Mannes"],
    "en": ["Still {code}, tried on my partner's phone too"],
    "fr": ["Toujours {code}, même avec le téléphone de mon copain"],
    "pt": ["Continua {code}, tentei no telemóvel do meu namorado"],
}
SPIKE_CHAT_A: T = {
    "es": [
        "Sí, el check-in de la app está fallando en todos los estudios ahora mismo, los técnicos ya están en ello"
    ],
    "it": [
        "Sì, il check-in dell'app non funziona in tutti gli studi in questo momento, i tecnici ci stanno lavorando"
    ],
    "de": ["Ja, der App-Check-in fällt gerade in allen Studios aus, die Technik ist dran"],
    "en": ["Yes, app check-in is failing at every studio right now, our engineers are on it"],
    "fr": [
        "Oui, le check-in de l'app est en panne dans tous les studios, nos techniciens s'en occupent"
    ],
    "pt": [
        "Sim, o check-in da app está a falhar em todos os estúdios, os técnicos já estão a tratar"
    ],
}
SPIKE_FIXED: T = {
    "es": [
        "El check-in vuelve a funcionar desde las {local}. La cita de hoy corre de nuestra cuenta: te hemos abonado {amt}"
    ],
    "it": [
        "Il check-in funziona di nuovo dalle {local}. L'appuntamento di oggi lo offriamo noi: ti abbiamo accreditato {amt}"
    ],
    "de": [
        "Der Check-in funktioniert wieder seit {local}. Heute geht aufs Haus: {amt} gutgeschrieben"
    ],
    "en": ["Check-in works again since {local}. Today's visit is on us, {amt} credited"],
    "fr": [
        "Le check-in fonctionne à nouveau depuis {local}. On vous offre la séance : {amt} crédités"
    ],
    "pt": [
        "O check-in voltou a funcionar desde as {local}. Hoje é por nossa conta: {amt} creditados"
    ],
}
LONE_Q: T = {
    "es": [
        "Hola, anoche el código de check-in de la app salía en gris hasta que subí el brillo. Mañana en el estudio funcionará?"
    ],
    "it": [
        "Ciao, ieri sera il codice di check-in nell'app era grigio finché non ho alzato la luminosità. Domani funzionerà?"
    ],
}
LONE_A: T = {
    "es": [
        "Hola, con poco brillo se ve gris, pero el lector del estudio lo lee igual. ¡Hasta mañana!"
    ],
    "it": [
        "Ciao, con luminosità bassa appare grigio ma il lettore dello studio lo legge lo stesso. A domani!"
    ],
}
CALM_GRUMBLE: T = {
    "es": ["El mapa de estudios de la app tarda un montón en cargar"],
    "it": ["La mappa degli studi nell'app ci mette un'eternità a caricare"],
}
CALM_GRUMBLE_A: T = {
    "es": ["Gracias, lo sabemos y lo estamos mejorando"],
    "it": ["Grazie, lo sappiamo e ci stiamo lavorando"],
}

# --- business arm: Aurivo Studio Supply (jewellery and needles to salons on account) ---

B2B_PRODUCTS: list[tuple[str, int]] = [
    ("Titanium labret studs, box of 50 / Labrets de titanio, caja de 50", 310),
    ("Sterile needles 16G, box of 100 / Agujas estériles 16G, caja de 100", 140),
    ("Piercer training day / Jornada de formación", 420),
]
B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "es": [
            "Las facturas de Aurivo Studio Supply siguen saliendo con nuestro nombre antiguo y sin número de pedido, contabilidad no las acepta"
        ],
        "it": [
            "Le fatture di Aurivo Studio Supply riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge"
        ],
        "de": [
            "Die Rechnungen tragen noch unseren alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab"
        ],
        "en": [
            "Your invoices still carry our old company name and no PO number, accounts won't pay them"
        ],
        "fr": [
            "Vos factures portent toujours notre ancienne raison sociale et aucun numéro de commande"
        ],
        "pt": ["As faturas continuam com o nosso nome antigo e sem número de encomenda"],
    },
    "service_blocked": {
        "es": [
            "Hoy nos han rechazado el pedido de agujas, dicen que la cuenta está bloqueada, y está todo pagado"
        ],
        "it": [
            "Oggi ci hanno rifiutato l'ordine di aghi, account bloccato dicono, ma è tutto pagato"
        ],
        "de": [
            "Unsere Nadelbestellung wurde heute abgelehnt, Konto gesperrt, obwohl alles bezahlt ist"
        ],
        "en": ["Our needle order was refused today, account on stop, yet everything is paid"],
        "fr": ["Commande d'aiguilles refusée aujourd'hui, compte bloqué, alors que tout est payé"],
        "pt": ["A encomenda de agulhas foi recusada hoje, conta bloqueada, e está tudo pago"],
    },
    "portal": {
        "es": [
            "El portal no muestra ningún pedido abierto, así que no podemos reclamar la caja que falta"
        ],
        "it": [
            "Il portale non mostra nessun ordine aperto, quindi non possiamo segnalare la scatola mancante"
        ],
        "de": [
            "Das Portal zeigt keine offenen Bestellungen, wir können die fehlende Lieferung nicht reklamieren"
        ],
        "en": ["The portal shows no open orders, so we can't report the missing box"],
        "fr": [
            "Le portail n'affiche aucune commande ouverte, impossible de signaler le carton manquant"
        ],
        "pt": ["O portal não mostra encomendas abertas, não conseguimos reclamar a caixa em falta"],
    },
    "overbilled": {
        "es": [
            "Nos cobran las cajas a precio unitario en vez de la tarifa de contrato, más de 600 € de diferencia"
        ],
        "it": [
            "Ci fatturate le scatole a prezzo unitario invece che alla tariffa di contratto, oltre 600 € di differenza"
        ],
        "de": ["Sie berechnen Stückpreise statt Vertragstarif, über 600 € Differenz"],
        "en": ["You're billing unit prices instead of our contract rate, over £500 difference"],
        "fr": ["Vous facturez au prix unitaire au lieu du tarif contrat, plus de 600 € d'écart"],
        "pt": [
            "Estão a faturar ao preço unitário em vez da tarifa de contrato, mais de 600 € de diferença"
        ],
    },
}
B2B_LATER: T = {
    "es": ["Escribo por lo mismo que {name} os mandó el {day} (incidencia {ref}): {problem}"],
    "it": [
        "Scrivo per la stessa cosa che {name} vi ha segnalato {day} (segnalazione {ref}): {problem}"
    ],
    "de": ["Ich schreibe wegen derselben Sache wie {name} am {day} (Vorgang {ref}): {problem}"],
    "en": ["Writing about the same thing {name} raised on {day} (case {ref}): {problem}"],
    "fr": ["Je vous écris pour le même problème que {name} le {day} (demande {ref}) : {problem}"],
    "pt": ["Escrevo sobre o mesmo que {name} enviou na {day} (pedido {ref}): {problem}"],
}
B2B_LAST_MAIL: T = {
    "es": [
        "Incidencia {ref}: sigue sin arreglarse y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}"
    ],
    "it": [
        "Segnalazione {ref}: ancora nulla, vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}"
    ],
    "de": [
        "Vorgang {ref}: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt"
    ],
    "en": [
        "Case {ref}: still not fixed and several colleagues have written. Procurement has asked {comp} for rates"
    ],
    "fr": [
        "Demande {ref} : rien n'est réglé, plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {comp}"
    ],
    "pt": [
        "Pedido {ref}: nada resolvido e vários colegas escreveram. As compras já pediram preços à {comp}"
    ],
}
B2B_LAST_CALL: T = {
    "es": [
        "hola llamo por la incidencia {ref} sigue sin resolverse ya os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana cambiamos de proveedor"
    ],
    "it": [
        "buongiorno chiamo per la segnalazione {ref} ancora niente vi hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "de": [
        "hallo ich rufe wegen Vorgang {ref} an es ist nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt"
    ],
    "en": [
        "hi calling about case {ref} still nothing several of us have written and my boss says we move supplier if it isn't fixed this week"
    ],
    "fr": [
        "bonjour j appelle pour la demande {ref} toujours rien plusieurs collègues ont écrit et ma patronne dit qu on change de fournisseur si ce n est pas réglé cette semaine"
    ],
    "pt": [
        "olá ligo por causa do pedido {ref} continua igual vários colegas escreveram e a minha chefe diz que mudamos de fornecedor se não se resolver esta semana"
    ],
}
B2B_SUGGEST: T = {
    "es": [
        "Sugerencia: estaría bien poder exportar las compras por estudio",
        "Sería útil que el albarán indicara el lote de esterilización",
    ],
    "it": [
        "Suggerimento: sarebbe utile esportare gli acquisti per studio",
        "Sarebbe comodo avere il lotto di sterilizzazione sul DDT",
    ],
    "de": ["Vorschlag: Einkäufe pro Studio exportieren können"],
    "en": ["Suggestion: being able to export purchases per studio would help"],
    "fr": ["Suggestion : pouvoir exporter les achats par studio"],
    "pt": ["Sugestão: exportar as compras por estúdio"],
}
B2B_ACK: T = {
    "es": ["Gracias, lo apuntamos para el equipo del portal"],
    "it": ["Grazie, lo giriamo al team del portale"],
    "de": ["Danke, geben wir ans Portal-Team weiter"],
    "en": ["Thanks, passed to the portal team"],
    "fr": ["Merci, transmis à l'équipe du portail"],
    "pt": ["Obrigado, passámos à equipa do portal"],
}
B2B_Q: T = {
    "es": ["Hola, ¿el pedido de labrets de hoy sale antes de las 14?"],
    "it": ["Ciao, l'ordine di labret di oggi parte entro le 14?"],
    "de": ["Hallo, geht die Labret-Bestellung heute noch raus?"],
    "en": ["Hi, will today's labret order ship before 2pm?"],
    "fr": ["Bonjour, la commande de labrets part aujourd'hui ?"],
    "pt": ["Olá, a encomenda de labrets sai hoje?"],
}
B2B_A: T = {
    "es": ["Sí, sale hoy con entrega mañana"],
    "it": ["Sì, parte oggi e arriva domani"],
    "de": ["Ja, geht heute raus, Lieferung morgen"],
    "en": ["Yes, ships today for delivery tomorrow"],
    "fr": ["Oui, départ aujourd'hui, livraison demain"],
    "pt": ["Sim, sai hoje e chega amanhã"],
}
B2B_PRAISE: T = {
    "es": ["Las agujas de Aurivo Studio Supply llegan siempre al día siguiente, un lujo"],
    "it": ["Con Aurivo Studio Supply le forniture arrivano sempre il giorno dopo"],
    "de": ["Lieferungen von Aurivo Studio Supply immer am nächsten Tag"],
    "en": ["Aurivo Studio Supply always delivers next day, great for our studio"],
    "fr": ["Aurivo Studio Supply livre toujours le lendemain"],
    "pt": ["A Aurivo Studio Supply entrega sempre no dia seguinte"],
}
WEEKDAY: dict[str, list[str]] = {
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Marta",
        "Carmen",
        "Irene",
        "Paula",
        "Javier",
        "Sergio",
        "Nerea",
        "Alba",
        "Raúl",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Marco",
        "Luca",
        "Elena",
        "Martina",
        "Davide",
        "Alessia",
    ],
    "de": ["Lena", "Jana", "Miriam", "Tobias", "Felix", "Sabine"],
    "en": ["Chloe", "Amy", "Hannah", "Ryan", "Sophie", "Liam"],
    "fr": ["Camille", "Manon", "Léa", "Hugo", "Julie", "Inès"],
    "pt": ["Inês", "Beatriz", "Mariana", "Tiago", "Rita", "Joana"],
}
LAST: dict[str, list[str]] = {
    "es": ["García", "Ruiz", "Moreno", "Navarro", "Iglesias", "Ortega", "Castro", "Vidal"],
    "it": ["Rossi", "Bianchi", "Ferri", "Gallo", "Conti", "Marini", "Greco", "Lombardi"],
    "de": ["Keller", "Brandt", "Vogel", "Hartmann", "Krüger"],
    "en": ["Walsh", "Hughes", "Price", "Turner", "Doyle"],
    "fr": ["Lefèvre", "Girard", "Morel", "Fournier", "Roux"],
    "pt": ["Ferreira", "Santos", "Costa", "Pereira", "Lopes"],
}
MARKETS: dict[str, list[str]] = {
    "es": ["ES", "ES", "ES"],
    "it": ["IT", "IT", "CH"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
}
