# ruff: noqa: E501
"""Hand-written wording of heldout31's unhappy moments (Vistella).

Placeholders as in ``wording_happy``, and {case} the case reference, {pname} the problem in
a few words, {comp} a competitor, {fix} what the agent did, {err} the spike's error code,
{letter} the complaint inside a long e-mail, {amount} a sum in the market's money.
"""

from __future__ import annotations

PROBLEMS = ("wrong_lenses", "late_delivery", "double_charge", "appointment", "refund", "broken")

COMPETITORS = ("Lucenzo", "Oculara")

PNAME: dict[str, dict[str, str]] = {
    "wrong_lenses": {
        "en": "the wrong lenses",
        "it": "le lenti sbagliate",
        "de": "die falschen Linsen",
        "es": "las lentillas equivocadas",
        "fr": "les mauvaises lentilles",
        "pt": "as lentes erradas",
    },
    "late_delivery": {
        "en": "the lens box that never arrived",
        "it": "la scatola di lenti mai arrivata",
        "de": "die nie angekommene Linsenbox",
        "es": "la caja de lentillas que no llega",
        "fr": "la boîte de lentilles jamais arrivée",
        "pt": "a caixa de lentes que nunca chegou",
    },
    "double_charge": {
        "en": "the plan charged twice",
        "it": "il piano addebitato due volte",
        "de": "das doppelt abgebuchte Abo",
        "es": "el plan cobrado dos veces",
        "fr": "l'abonnement prélevé deux fois",
        "pt": "o plano cobrado duas vezes",
    },
    "appointment": {
        "en": "the eye test nobody had booked",
        "it": "la visita che nessuno aveva in agenda",
        "de": "der Sehtest, den keiner eingetragen hatte",
        "es": "la revisión que nadie tenía apuntada",
        "fr": "l'examen de vue que personne n'avait noté",
        "pt": "o exame que ninguém tinha marcado",
    },
    "refund": {
        "en": "the refund for the returned glasses",
        "it": "il rimborso degli occhiali restituiti",
        "de": "die Erstattung für die zurückgeschickte Brille",
        "es": "el reembolso de las gafas devueltas",
        "fr": "le remboursement des lunettes renvoyées",
        "pt": "o reembolso dos óculos devolvidos",
    },
    "broken": {
        "en": "the glasses that arrived scratched",
        "it": "gli occhiali arrivati graffiati",
        "de": "die zerkratzt gelieferte Brille",
        "es": "las gafas que llegaron rayadas",
        "fr": "les lunettes arrivées rayées",
        "pt": "os óculos que chegaram riscados",
    },
}

# The complaint itself, written (e-mail, chat, post, web form).
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "wrong_lenses": {
        "en": [
            "Got my box today and they're -2.75, my prescription is -3.25. I can't see a thing with these. I need the right ones {reason}, how has this happened",
            "WRONG LENSES. Checked the box twice, -2.75 instead of -3.25. Absolutely fuming",
        ],
        "it": [
            "Mi è arrivata la scatola oggi e sono -2,75, la mia prescrizione è -3,25. Non ci vedo niente. Mi servono quelle giuste {reason}, come è possibile",
            "LENTI SBAGLIATE. Ho controllato la scatola due volte: -2,75 invece di -3,25. Sono furios[[a|o]]",
        ],
        "de": [
            "Heute kam die Box: -2,75 statt -3,25. Ich sehe damit NICHTS. Ich brauche die richtigen {reason}"
        ],
        "es": [
            "Me ha llegado la caja y son -2,75, mi graduación es -3,25. No veo NADA. Las necesito {reason}"
        ],
        "fr": [
            "Boîte reçue aujourd'hui : -2,75 au lieu de -3,25. Je vois RIEN avec. J'en ai besoin {reason}"
        ],
        "pt": [
            "Chegou a caixa hoje e são -2,75, a minha graduação é -3,25. Não vejo NADA. Preciso delas {reason}"
        ],
    },
    "late_delivery": {
        "en": [
            "My lens box was due last Tuesday and still nothing. Tracking hasn't moved in 6 days. I'm on my last pair",
            "Where is my order?? 9 days late, down to my last pair of lenses and nobody tells me anything",
        ],
        "it": [
            "La scatola delle lenti doveva arrivare martedì scorso e ancora niente. Il tracking è fermo da 6 giorni. Sono all'ultimo paio",
            "Dov'è il mio ordine?? 9 giorni di ritardo, ultimo paio di lenti e nessuno mi dice NIENTE",
        ],
        "de": [
            "Meine Linsenbox sollte letzten Dienstag kommen, Sendungsverfolgung steht seit 6 Tagen still. Letztes Paar drin"
        ],
        "es": [
            "La caja de lentillas tenía que llegar el martes pasado y nada. El seguimiento parado 6 días. Estoy con el último par"
        ],
        "fr": [
            "Ma boîte de lentilles devait arriver mardi dernier, toujours rien. Le suivi bouge plus depuis 6 jours. Dernière paire"
        ],
        "pt": [
            "A caixa de lentes era para terça passada e nada. O tracking está parado há 6 dias. Estou no último par"
        ],
    },
    "double_charge": {
        "en": [
            "You've taken the lens plan TWICE this month, {amount} and {amount} on the same day. I want one of them back please",
            "Just checked my bank, Vistella has charged me twice for the plan. TWICE. Not impressed",
        ],
        "it": [
            "Mi avete addebitato il piano lenti DUE volte questo mese, {amount} e {amount} lo stesso giorno. Rivoglio indietro uno dei due",
            "Ho appena controllato la banca, Vistella mi ha preso il piano due volte. DUE. Non ci siamo",
        ],
        "de": [
            "Sie haben das Linsen-Abo ZWEIMAL abgebucht, zweimal {amount} am selben Tag. Bitte eine Buchung zurück"
        ],
        "es": [
            "Me habéis cobrado el plan DOS veces este mes, {amount} y {amount} el mismo día. Quiero que me devolváis uno"
        ],
        "fr": [
            "Vous m'avez prélevé l'abonnement DEUX FOIS ce mois-ci, {amount} et {amount} le même jour. Je veux être remboursé[[e|]]"
        ],
        "pt": [
            "Cobraram-me o plano DUAS vezes este mês, {amount} e {amount} no mesmo dia. Quero um devolvido"
        ],
    },
    "appointment": {
        "en": [
            "Booked the eye test at {store} in the app, took the afternoon off work, got there and they had NO record of it. Confirmation email and everything",
            "Turned up for my eye test with the confirmation on my phone and {store} said there's nothing booked. Wasted half a day",
        ],
        "it": [
            "Ho prenotato la visita {store} con l'app, ho preso un pomeriggio di permesso, arrivo e non avevano NESSUNA prenotazione. Con tanto di mail di conferma",
            "Arrivat[[a|o]] per la visita con la conferma sul telefono e {store} mi dicono che non c'è niente prenotato. Mezza giornata persa",
        ],
        "de": [
            "Sehtest bei {store} in der App gebucht, Nachmittag freigenommen, und dort war NICHTS eingetragen. Mit Bestätigungsmail!"
        ],
        "es": [
            "Reservé la revisión en {store} con la app, pedí la tarde libre y allí no tenían NADA apuntado. Con el correo de confirmación y todo"
        ],
        "fr": [
            "Examen réservé chez {store} via l'appli, j'ai posé mon après-midi et ils n'avaient RIEN. Avec le mail de confirmation"
        ],
        "pt": [
            "Marquei o exame n{store} pela app, tirei a tarde e lá não tinham NADA marcado. Com email de confirmação e tudo"
        ],
    },
    "refund": {
        "en": [
            "I sent the glasses back three weeks ago, you confirmed you received them, and I still haven't had my {amount} back",
            "3 weeks since the return was received and no refund. {amount}. Where is it",
        ],
        "it": [
            "Ho rimandato gli occhiali tre settimane fa, mi avete confermato di averli ricevuti e i {amount} non sono ancora tornati",
            "3 settimane dal reso ricevuto e nessun rimborso. {amount}. Dove sono finiti",
        ],
        "de": [
            "Brille vor drei Wochen zurückgeschickt, Eingang bestätigt, die {amount} sind immer noch nicht da"
        ],
        "es": [
            "Devolví las gafas hace tres semanas, me confirmasteis que las recibisteis y los {amount} sin aparecer"
        ],
        "fr": [
            "J'ai renvoyé les lunettes il y a trois semaines, réception confirmée, et toujours pas mes {amount}"
        ],
        "pt": ["Devolvi os óculos há três semanas, confirmaram a receção e os {amount} nada"],
    },
    "broken": {
        "en": [
            "New glasses arrived today with a scratch right across the left lens. {amount} for scratched glasses. Gutted",
            "Opened the box and the arm is bent and the left lens is scratched. Brand new. Not happy at all",
        ],
        "it": [
            "Occhiali nuovi arrivati oggi con un graffio proprio in mezzo alla lente sinistra. {amount} per degli occhiali graffiati. Che delusione",
            "Apro la scatola e l'asta è storta e la lente sinistra graffiata. Nuovi di zecca. Per niente content[[a|o]]",
        ],
        "de": [
            "Neue Brille heute gekommen, Kratzer quer über das linke Glas. {amount} für eine zerkratzte Brille"
        ],
        "es": [
            "Gafas nuevas hoy con un arañazo justo en el cristal izquierdo. {amount} por unas gafas rayadas. Qué decepción"
        ],
        "fr": [
            "Lunettes neuves reçues aujourd'hui avec une rayure en plein sur le verre gauche. {amount} pour ça. Déçu[[e|]]"
        ],
        "pt": [
            "Óculos novos chegaram hoje com um risco mesmo no meio da lente esquerda. {amount} por uns óculos riscados"
        ],
    },
}

# The same, spoken (speech to text: no punctuation, no amounts).
PHONE: dict[str, dict[str, str]] = {
    "wrong_lenses": {
        "en": "yeah hi i got my lens box today and they've sent the wrong strength minus two seventy five and i'm minus three twenty five i can't see properly",
        "it": "pronto buongiorno mi è arrivata la scatola delle lenti e avete mandato la gradazione sbagliata meno due e settantacinque e io sono meno tre e venticinque non ci vedo",
        "de": "ja hallo ich habe heute die linsen bekommen und es ist die falsche stärke minus zwei fünfundsiebzig statt minus drei fünfundzwanzig",
        "es": "sí hola buenas me ha llegado la caja y es la graduación equivocada menos dos setenta y cinco y yo soy menos tres veinticinco",
        "fr": "oui bonjour euh j'ai reçu mes lentilles et c'est pas la bonne correction moins deux soixante-quinze au lieu de moins trois vingt-cinq",
        "pt": "está sim boa tarde chegou a caixa e a graduação está errada menos dois setenta e cinco e eu sou menos três vinte e cinco",
    },
    "late_delivery": {
        "en": "hiya i'm calling about my lens box it was meant to come last week and the tracking hasn't moved i'm on my last pair",
        "it": "sì salve chiamo per la scatola delle lenti doveva arrivare la settimana scorsa e il tracking è fermo sono all'ultimo paio",
        "de": "äh hallo es geht um meine linsenbox die sollte letzte woche kommen und die sendung bewegt sich nicht",
        "es": "hola buenos días llamo por la caja de lentillas que tenía que llegar la semana pasada y el seguimiento no se mueve",
        "fr": "allô bonjour c'est pour ma boîte de lentilles elle devait arriver la semaine dernière et le suivi bouge plus",
        "pt": "bom dia ligo por causa da caixa das lentes era para a semana passada e o tracking não mexe",
    },
    "double_charge": {
        "en": "yeah hi you've charged me twice for the lens plan this month same day twice and i want one of them refunded",
        "it": "pronto buongiorno mi avete addebitato il piano lenti due volte questo mese stesso giorno e ne voglio indietro uno",
        "de": "ja hallo sie haben das abo zweimal abgebucht am selben tag ich möchte eine buchung zurück",
        "es": "oiga hola mire me han cobrado el plan dos veces este mes el mismo día y quiero que me devuelvan uno",
        "fr": "oui bonjour euh vous m'avez prélevé l'abonnement deux fois ce mois-ci le même jour",
        "pt": "está sim boa tarde cobraram-me o plano duas vezes este mês no mesmo dia",
    },
    "appointment": {
        "en": "hi there i had an eye test booked at {store} in the app and when i got there they had nothing i took the afternoon off for it",
        "it": "buongiorno avevo prenotato la visita {store} con l'app e quando sono arrivat[[a|o]] non avevano niente avevo preso il pomeriggio di permesso",
        "de": "ja guten tag ich hatte einen sehtest bei {store} gebucht und die hatten nichts eingetragen",
        "es": "sí hola buenas tenía la revisión reservada en {store} y cuando llegué no tenían nada",
        "fr": "oui bonjour j'avais réservé un examen chez {store} et sur place ils avaient rien",
        "pt": "bom dia tinha o exame marcado n{store} e quando lá cheguei não tinham nada",
    },
    "refund": {
        "en": "hi i'm ringing about a refund i sent glasses back three weeks ago you got them and i've had nothing back",
        "it": "pronto sì chiamo per un rimborso ho rimandato gli occhiali tre settimane fa li avete ricevuti e non mi è tornato niente",
        "de": "hallo es geht um eine erstattung ich habe die brille vor drei wochen zurückgeschickt und nichts bekommen",
        "es": "hola buenas llamo por un reembolso devolví unas gafas hace tres semanas y no me ha llegado nada",
        "fr": "allô oui c'est pour un remboursement j'ai renvoyé des lunettes il y a trois semaines et rien",
        "pt": "boa tarde é por causa de um reembolso devolvi uns óculos há três semanas e não recebi nada",
    },
    "broken": {
        "en": "yeah hello my new glasses came today and the left lens is scratched and one arm is bent",
        "it": "pronto buonasera mi sono arrivati gli occhiali nuovi e la lente sinistra è graffiata e un'asta è storta",
        "de": "ja hallo meine neue brille ist heute gekommen und das linke glas ist zerkratzt",
        "es": "sí hola me han llegado las gafas nuevas y el cristal izquierdo está rayado",
        "fr": "oui bonjour mes nouvelles lunettes sont arrivées et le verre gauche est rayé",
        "pt": "está sim olá chegaram os óculos novos e a lente esquerda está riscada",
    },
}

# A long e-mail with the complaint in the middle of a letter.
LONG: dict[str, list[str]] = {
    "en": [
        "Hi,\n\nSorry in advance, this is a long one. My dad went into hospital in {city} a fortnight ago and my sister and I are taking turns driving up after work, which is why I'd set everything up on the plan so I wouldn't have to think about lenses for a while.\n\n{letter}\n\nI know it's probably a mix-up in the warehouse and I'm not trying to have a go at anyone in particular, but this week of all weeks I really could have done without it. Can someone please sort it and let me know?\n\nThanks,\n{first}",
        "Hello,\n\nWe've just moved house with two small ones (one of them is the one who needs the glasses {reason}) and honestly everything is boxes. I'd been putting off writing.\n\n{letter}\n\nI've been a customer for years and never had a problem so I'm hoping this is a one-off.\n\n{first}",
    ],
    "it": [
        "Buongiorno,\n\nmi scuso in anticipo, sarà lunga. Mio padre è ricoverato a {city} da due settimane e io e mia sorella facciamo i turni per andare da lui dopo il lavoro, per questo avevo messo tutto sul piano lenti, per non doverci pensare.\n\n{letter}\n\nSo che sarà un errore di magazzino e non ce l'ho con nessuno in particolare, ma proprio questa settimana non ci voleva. Potete sistemare e farmi sapere?\n\nGrazie,\n{first}",
        "Salve,\n\nci siamo appena trasferiti con due bimbi piccoli (uno è quello che ha bisogno degli occhiali {reason}) e la casa è ancora piena di scatoloni, per questo scrivo solo ora.\n\n{letter}\n\nSono vostr[[a|o]] cliente da anni e non avevo mai avuto problemi, spero sia un caso isolato.\n\n{first}",
    ],
    "de": [
        "Guten Tag,\n\nentschuldigen Sie die lange Mail. Mein Vater liegt seit zwei Wochen in {city} im Krankenhaus und meine Schwester und ich wechseln uns ab.\n\n{letter}\n\nIch weiß, das passiert, aber diese Woche hätte ich das wirklich nicht gebraucht. Bitte um Rückmeldung.\n\n{first}"
    ],
    "es": [
        "Hola,\n\nperdonad el rollo. A mi padre lo ingresaron en {city} hace dos semanas y mi hermana y yo vamos por turnos después del trabajo.\n\n{letter}\n\nSé que será un error del almacén, pero justo esta semana no lo necesitaba. ¿Me decís algo?\n\n{first}"
    ],
    "fr": [
        "Bonjour,\n\ndésolé[[e|]] pour le roman. Mon père est hospitalisé à {city} depuis quinze jours et on se relaie avec ma sœur après le boulot.\n\n{letter}\n\nJe sais que c'est sûrement une erreur d'entrepôt mais cette semaine vraiment je m'en serais passé[[e|]]. Merci de revenir vers moi.\n\n{first}"
    ],
    "pt": [
        "Olá,\n\ndesculpem o testamento. O meu pai está internado em {city} há duas semanas e eu e a minha irmã revezamo-nos depois do trabalho.\n\n{letter}\n\nSei que deve ser um erro do armazém, mas logo esta semana. Digam-me alguma coisa.\n\n{first}"
    ],
}

SUBJECT: dict[str, str] = {
    "en": "Complaint: {pname}",
    "it": "Reclamo: {pname}",
    "de": "Reklamation: {pname}",
    "es": "Reclamación: {pname}",
    "fr": "Réclamation : {pname}",
    "pt": "Reclamação: {pname}",
}
CASE_SUBJECT: dict[str, str] = {
    "en": "Case {case}",
    "it": "Pratica {case}",
    "de": "Fall {case}",
    "es": "Caso {case}",
    "fr": "Dossier {case}",
    "pt": "Processo {case}",
}

SECOND: dict[str, list[str]] = {
    "en": [
        "Case {case}: still waiting on {pname}. Nobody has come back to me",
        "Writing again about {case}. {pname} is STILL not sorted",
    ],
    "it": [
        "Pratica {case}: sto ancora aspettando per {pname}. Nessuno mi ha ricontattat[[a|o]]",
        "Vi riscrivo per la {case}. {pname}, ANCORA niente",
    ],
    "de": ["Fall {case}: {pname}, IMMER NOCH nichts. Keiner meldet sich"],
    "es": ["Caso {case}: sigo esperando por {pname}. Nadie me ha contestado"],
    "fr": ["Dossier {case} : {pname}, TOUJOURS rien. Personne ne me rappelle"],
    "pt": ["Processo {case}: continuo à espera por causa d{pname}. Ninguém me respondeu"],
}
THIRD: dict[str, list[str]] = {
    "en": [
        "THIRD time I'm contacting you about {case}. {pname}, still nothing. If it's not fixed by tomorrow I'm going to {comp}",
        "This is the third time now, case {case}. Honestly {comp} is looking very tempting",
    ],
    "it": [
        "È la TERZA volta che vi contatto per la {case}. {pname}, ancora niente. Se domani non è risolto passo a {comp}",
        "Terza volta, pratica {case}. Sinceramente {comp} comincia a sembrarmi un'ottima idea",
    ],
    "de": ["Zum DRITTEN Mal wegen {case}. Wenn das morgen nicht gelöst ist, gehe ich zu {comp}"],
    "es": [
        "Es la TERCERA vez que escribo por el {case}. Si mañana no está resuelto me paso a {comp}"
    ],
    "fr": ["TROISIÈME fois pour le dossier {case}. Si c'est pas réglé demain je passe chez {comp}"],
    "pt": [
        "É a TERCEIRA vez que vos contacto pelo {case}. Se amanhã não estiver resolvido mudo para a {comp}"
    ],
}
FOURTH: dict[str, list[str]] = {
    "en": [
        "FOURTH time. {case}. {pname}. I have been more than patient",
        "Fourth message about {case} and still nothing. Unbelievable",
    ],
    "it": [
        "QUARTA volta. {case}. {pname}. Ho avuto fin troppa pazienza",
        "Quarto messaggio per la {case} e ancora niente. Incredibile",
    ],
    "de": ["VIERTES Mal. {case}. Ich war mehr als geduldig"],
    "es": ["CUARTA vez. {case}. He tenido más paciencia que un santo"],
    "fr": ["QUATRIÈME fois. {case}. J'ai été plus que patient[[e|]]"],
    "pt": ["QUARTA vez. {case}. Já tive paciência que chegue"],
}
# Follow-ups spoken on the phone: the case reference heard aloud.
PHONE_FOLLOW: dict[str, str] = {
    "en": "hi i'm calling again about my case v s {spoken} it's still not sorted",
    "it": "pronto buongiorno richiamo per la pratica vs {spoken} non è ancora risolto niente",
    "de": "ja hallo ich rufe nochmal an wegen fall vs {spoken} das ist immer noch nicht gelöst",
    "es": "sí hola buenas vuelvo a llamar por el caso uve ese {spoken} sigue sin resolver",
    "fr": "oui bonjour je rappelle pour le dossier vé esse {spoken} c'est toujours pas réglé",
    "pt": "está sim bom dia volto a ligar por causa do processo vs {spoken} continua sem resolver",
}

AGENT_OPENED: dict[str, str] = {
    "en": "Hi {first}, I'm really sorry about this. I've opened case {case} and we'll come back to you as soon as we know more. {agent}, Vistella",
    "it": "Ciao {first}, mi dispiace davvero. Ho aperto la pratica {case} e ti ricontattiamo appena abbiamo novità. {agent}, Vistella",
    "de": "Hallo [[Frau|Herr]] {last}, das tut mir leid. Ich habe den Fall {case} eröffnet und melde mich, sobald wir mehr wissen. {agent}, Vistella",
    "es": "Hola {first}, lo sentimos mucho. He abierto el caso {case} y te decimos algo en cuanto sepamos más. {agent}, Vistella",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, nous sommes désolés. J'ai ouvert le dossier {case} et nous revenons vers vous dès que possible. {agent}, Vistella",
    "pt": "Olá {first}, lamentamos muito. Abri o processo {case} e voltamos a contactar assim que soubermos mais. {agent}, Vistella",
}
AGENT_PASSED: dict[str, str] = {
    "en": "Hi {first}, thanks for your patience. Case {case} has been passed on to our orders and payments team, who'll contact you directly. {agent}, Vistella",
    "it": "Ciao {first}, grazie della pazienza. La pratica {case} è stata passata al team ordini e pagamenti, che ti contatterà direttamente. {agent}, Vistella",
    "de": "Hallo [[Frau|Herr]] {last}, danke für Ihre Geduld. Fall {case} liegt jetzt bei unserem Team Bestellungen und Zahlungen. {agent}, Vistella",
    "es": "Hola {first}, gracias por la paciencia. El caso {case} ha pasado a nuestro equipo de pedidos y pagos, que te contactará. {agent}, Vistella",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, merci de votre patience. Le dossier {case} est transmis à notre équipe commandes et paiements. {agent}, Vistella",
    "pt": "Olá {first}, obrigado pela paciência. O processo {case} passou para a equipa de encomendas e pagamentos, que vai entrar em contacto. {agent}, Vistella",
}
FIX: dict[str, dict[str, str]] = {
    "wrong_lenses": {
        "en": "the right -3.25 lenses went out by express this morning",
        "it": "le lenti giuste da -3,25 sono partite stamattina con il corriere espresso",
        "de": "die richtigen -3,25-Linsen sind heute per Express raus",
        "es": "las lentillas correctas de -3,25 han salido hoy por urgente",
        "fr": "les bonnes lentilles -3,25 sont parties ce matin en express",
        "pt": "as lentes certas de -3,25 seguiram hoje por correio expresso",
    },
    "late_delivery": {
        "en": "a new box went out by express and the lost one is cancelled",
        "it": "è partita una nuova scatola con l'espresso e quella persa è annullata",
        "de": "eine neue Box ist per Express unterwegs",
        "es": "ha salido una caja nueva por urgente",
        "fr": "une nouvelle boîte est partie en express",
        "pt": "seguiu uma caixa nova por expresso",
    },
    "double_charge": {
        "en": "the second charge has been refunded to your card",
        "it": "il secondo addebito è stato rimborsato sulla tua carta",
        "de": "die zweite Abbuchung ist erstattet",
        "es": "el segundo cobro ya está devuelto en tu tarjeta",
        "fr": "le second prélèvement a été remboursé",
        "pt": "a segunda cobrança foi devolvida no seu cartão",
    },
    "appointment": {
        "en": "we've booked you a new test with a 10.00 voucher for the wasted trip",
        "it": "ti abbiamo prenotato una nuova visita con un buono da 10,00 € per il viaggio a vuoto",
        "de": "ein neuer Termin ist gebucht, mit einem Gutschein über 10,00 €",
        "es": "te hemos reservado otra revisión con un vale de 10,00 €",
        "fr": "un nouveau rendez-vous est réservé avec un bon de 10,00 €",
        "pt": "marcámos um novo exame com um vale de 10,00 €",
    },
    "refund": {
        "en": "the refund has been released today",
        "it": "il rimborso è stato sbloccato oggi",
        "de": "die Erstattung wurde heute freigegeben",
        "es": "el reembolso se ha liberado hoy",
        "fr": "le remboursement a été débloqué aujourd'hui",
        "pt": "o reembolso foi libertado hoje",
    },
    "broken": {
        "en": "a new pair went out today with a prepaid label for the scratched ones",
        "it": "un paio nuovo è partito oggi con l'etichetta prepagata per rimandare quelli graffiati",
        "de": "eine neue Brille ist raus, mit Rücksendeetikett",
        "es": "han salido unas gafas nuevas con etiqueta de devolución",
        "fr": "une nouvelle paire est partie avec une étiquette de retour",
        "pt": "seguiu um par novo com etiqueta de devolução",
    },
}
AGENT_SORTED: dict[str, str] = {
    "en": "Hi {first}, good news on case {case}: {fix}. Could you let us know once it's all OK on your side? {agent}, Vistella",
    "it": "Ciao {first}, buone notizie sulla pratica {case}: {fix}. Ci confermi quando è tutto a posto? {agent}, Vistella",
    "de": "Hallo [[Frau|Herr]] {last}, zu Fall {case}: {fix}. Geben Sie uns kurz Bescheid, ob alles passt? {agent}, Vistella",
    "es": "Hola {first}, buenas noticias del caso {case}: {fix}. ¿Nos confirmas que está todo bien? {agent}, Vistella",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer que tout est en ordre ? {agent}, Vistella",
    "pt": "Olá {first}, boas notícias do processo {case}: {fix}. Pode confirmar que está tudo bem? {agent}, Vistella",
}
CONFIRM: dict[str, list[str]] = {
    "en": [
        "All sorted on {case}, got them today. Thanks {agent}",
        "Confirming {case} is fixed, cheers for sorting it",
    ],
    "it": [
        "Tutto risolto per la {case}, arrivate oggi. Grazie {agent}",
        "Confermo che la pratica {case} è sistemata, grazie",
    ],
    "de": ["Fall {case} ist erledigt, danke {agent}"],
    "es": ["Confirmo que el caso {case} está resuelto, gracias {agent}"],
    "fr": ["Je confirme, dossier {case} réglé. Merci {agent}"],
    "pt": ["Confirmo que o processo {case} está resolvido, obrigad[[a|o]] {agent}"],
}
APOLOGY: dict[str, list[str]] = {
    "en": [
        "Sorry for the rant yesterday, bad day all round. Thanks for sorting it so fast",
        "Apologies for the caps lock yesterday 😅 all fine now, thank you",
    ],
    "it": [
        "Scusate per lo sfogo di ieri, giornataccia. Grazie per aver risolto così in fretta",
        "Perdonate il tono di ieri 😅 ora tutto a posto, grazie",
    ],
    "de": ["Sorry für gestern, war ein schlechter Tag. Danke für die schnelle Lösung"],
    "es": ["Perdón por el mensaje de ayer, mal día. Gracias por solucionarlo tan rápido"],
    "fr": [
        "Désolé[[e|]] pour mon message d'hier, mauvaise journée. Merci d'avoir réglé ça si vite"
    ],
    "pt": ["Desculpem a mensagem de ontem, dia mau. Obrigad[[a|o]] por resolverem tão depressa"],
}

# Six steps of a slow slide, from a happy baseline to leaving talk.
SLIDE: dict[str, list[str]] = {
    "en": [
        "The app's got slower since the update, takes a while to get to my plan now",
        "Bit disappointed the lens plan's gone from 14.90 to 17.90. Still ok I suppose",
        "Lenses came two days later than usual this month. Had to ration them",
        "Tried to ask something in chat and only got the bot going round in circles",
        "Furious. Charged for 3 boxes when I'm on 2. Nobody picks up",
        "That's it for me. Having a look at what {comp} charges",
    ],
    "it": [
        "L'app dopo l'aggiornamento è più lenta, ci vuole un po' per arrivare al piano",
        "Un po' delus[[a|o]] che il piano lenti sia passato da 14,90 a 17,90. Vabbè",
        "Le lenti questo mese sono arrivate due giorni dopo del solito. Ho dovuto razionarle",
        "Ho provato a chiedere in chat e c'era solo il bot che girava a vuoto",
        "Furios[[a|o]]. Mi avete addebitato 3 scatole e io ne ho 2. Non risponde nessuno",
        "Per me basta. Sto guardando i prezzi di {comp}",
    ],
    "de": [
        "Die App ist seit dem Update langsamer",
        "Etwas enttäuscht, dass das Abo von 14,90 auf 17,90 geht",
        "Linsen diesmal zwei Tage später als sonst",
        "Im Chat nur der Bot, der im Kreis läuft",
        "WÜTEND. 3 Boxen berechnet, ich habe 2. Keiner geht ran",
        "Mir reicht's. Ich schaue mir die Preise bei {comp} an",
    ],
    "es": [
        "La app va más lenta desde la actualización",
        "Un poco decepcionad[[a|o]] con la subida del plan de 14,90 a 17,90",
        "Las lentillas este mes llegaron dos días tarde",
        "En el chat solo el bot dando vueltas",
        "FURIOS[[A|O]]. Me cobráis 3 cajas y tengo 2. No contesta nadie",
        "Hasta aquí. Estoy mirando precios en {comp}",
    ],
    "fr": [
        "L'appli est plus lente depuis la mise à jour",
        "Un peu déçu[[e|]] que l'abo passe de 14,90 à 17,90",
        "Lentilles arrivées deux jours plus tard que d'habitude",
        "Dans le chat juste le bot qui tourne en rond",
        "FURIEU[[SE|X]]. Facturé[[e|]] 3 boîtes alors que j'en ai 2. Personne répond",
        "C'est bon pour moi. Je regarde les prix chez {comp}",
    ],
    "pt": [
        "A app está mais lenta desde a atualização",
        "Um bocado desiludid[[a|o]] com o plano a passar de 14,90 para 17,90",
        "As lentes este mês chegaram dois dias mais tarde",
        "No chat só o bot às voltas",
        "FURIOS[[A|O]]. Cobraram 3 caixas e eu tenho 2. Ninguém atende",
        "Chega. Estou a ver os preços da {comp}",
    ],
}

CANCEL_ASK: dict[str, list[str]] = {
    "en": [
        "Hi, I'd like to cancel my lens plan and close my account please. I've switched to getting them from my optician directly",
        "Please cancel the monthly plan and close the account, I won't be needing it any more. Thanks",
    ],
    "it": [
        "Buongiorno, vorrei disdire il piano lenti e chiudere l'account. Ho deciso di prenderle direttamente dall'ottico",
        "Per favore annullate il piano mensile e chiudete l'account, non mi serve più. Grazie",
    ],
    "de": ["Hallo, bitte kündigen Sie mein Linsen-Abo und schließen Sie mein Konto"],
    "es": ["Hola, quiero darme de baja del plan de lentillas y cerrar la cuenta"],
    "fr": ["Bonjour, je souhaite résilier mon abonnement lentilles et fermer mon compte"],
    "pt": ["Olá, quero cancelar o plano de lentes e fechar a conta"],
}
CANCEL_SUBJECT: dict[str, str] = {
    "en": "Cancel plan and account",
    "it": "Disdetta piano e account",
    "de": "Kündigung Abo und Konto",
    "es": "Baja del plan y cuenta",
    "fr": "Résiliation abonnement et compte",
    "pt": "Cancelar plano e conta",
}
CANCEL_REPLY: dict[str, str] = {
    "en": "Hi {first}, sorry to see you go. You can cancel the plan and close your account yourself in the app under Account > Plan > Cancel, and it takes effect straight away. {agent}, Vistella",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire il piano e chiudere l'account da sol[[a|o]] nell'app in Account > Piano > Disdici, ha effetto subito. {agent}, Vistella",
    "de": "Hallo [[Frau|Herr]] {last}, schade! Sie können Abo und Konto selbst in der App unter Konto > Abo > Kündigen schließen. {agent}, Vistella",
    "es": "Hola {first}, sentimos que te vayas. Puedes darte de baja tú mism[[a|o]] en la app, en Cuenta > Plan > Cancelar. {agent}, Vistella",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, dommage ! Vous pouvez résilier vous-même dans l'appli, Compte > Abonnement > Résilier. {agent}, Vistella",
    "pt": "Olá {first}, temos pena. Pode cancelar sozinh[[a|o]] na app, em Conta > Plano > Cancelar. {agent}, Vistella",
}
CANCEL_REASON: dict[str, list[str]] = {
    "en": ["going to my optician instead", "", "too expensive now"],
    "it": ["vado direttamente dall'ottico", "", "troppo caro ormai"],
    "de": ["", "zu teuer"],
    "es": ["", "demasiado caro"],
    "fr": ["", "trop cher"],
    "pt": ["", "muito caro"],
}

# The planted spike: paying fails with error {err}, the order does not go through.
SPIKE: dict[str, list[str]] = {
    "en": [
        "Trying to reorder my lenses and it just says 'Payment failed ({err})'. Tried 3 cards. Anyone else?",
        "@Vistella checkout's broken, error {err} every time and the order doesn't go through",
        "is the app down? payment error {err} on my lens order",
        "Can't pay for anything on Vistella tonight, {err} on the app and the website",
    ],
    "it": [
        "Provo a riordinare le lenti e mi dice 'Pagamento non riuscito ({err})'. Provato con 3 carte. Capita anche a voi?",
        "@Vistella il pagamento non va, errore {err} ogni volta e l'ordine non parte",
        "l'app è giù? errore di pagamento {err} sull'ordine delle lenti",
        "Stasera non si riesce a pagare niente su Vistella, {err} sia da app che da sito",
    ],
    "de": [
        "Zahlung fehlgeschlagen ({err}) bei jeder Bestellung, auch im Browser",
        "@Vistella Fehler {err} beim Bezahlen, Bestellung geht nicht durch",
    ],
    "es": [
        "Intento pedir las lentillas y sale 'Pago rechazado ({err})'. Con dos tarjetas",
        "@Vistella error {err} al pagar, el pedido no se hace",
    ],
    "fr": [
        "Impossible de commander mes lentilles : 'Paiement refusé ({err})'. Testé avec 2 cartes",
        "@Vistella erreur {err} au paiement, la commande passe pas",
    ],
    "pt": [
        "Tento encomendar as lentes e aparece 'Pagamento recusado ({err})'. Já tentei dois cartões",
        "@Vistella erro {err} a pagar, a encomenda não passa",
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "en": "Still getting {err}, tried the website as well now, same thing. Nobody answering on chat",
    "it": "Ancora {err}, ho provato anche dal sito ed è uguale. In chat non risponde nessuno",
    "de": "Immer noch {err}, auch über die Website. Im Chat antwortet keiner",
    "es": "Sigue el {err}, lo he probado desde la web también y nada. En el chat no contesta nadie",
    "fr": "Toujours {err}, testé sur le site aussi, pareil. Personne dans le chat",
    "pt": "Continua o {err}, tentei pelo site também e nada. No chat ninguém responde",
}
SPIKE_FIXED: dict[str, str] = {
    "en": "Hi {first}, sorry about last night: the payment error {err} is fixed and your basket is still saved, so you can place the order now. {agent}, Vistella",
    "it": "Ciao {first}, scusa per ieri sera: l'errore di pagamento {err} è risolto e il carrello è ancora salvato, puoi completare l'ordine ora. {agent}, Vistella",
    "de": "Hallo [[Frau|Herr]] {last}, der Zahlungsfehler {err} von gestern Abend ist behoben, Ihr Warenkorb ist gespeichert. {agent}, Vistella",
    "es": "Hola {first}, perdona lo de anoche: el error de pago {err} está solucionado y tu cesta sigue guardada. {agent}, Vistella",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, l'erreur de paiement {err} d'hier soir est corrigée et votre panier est conservé. {agent}, Vistella",
    "pt": "Olá {first}, desculpe a noite de ontem: o erro de pagamento {err} está resolvido e o cesto continua guardado. {agent}, Vistella",
}
LONE: list[tuple[str, str, str]] = [
    (
        "en",
        "tonight paying took like 2 minutes spinning and then it went through. is that normal?",
        "Hi {first}, it can take a little longer when your bank asks for a check in its app; the order went through fine. {agent}",
    ),
    (
        "it",
        "stasera il pagamento è rimasto lì a girare tipo 2 minuti e poi è andato. è normale?",
        "Ciao {first}, a volte la banca chiede una conferma nella sua app e ci vuole un po' di più; l'ordine è andato a buon fine. {agent}",
    ),
]
