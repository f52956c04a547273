"""Wording of heldout244 (Guidora, driving lessons by app and web): every table per language."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("it", "es", "en", "fr", "de", "pt")

PRODUCTS = [
    ("Pack 10 lezioni / Paquete 10 clases", "389.00"),
    ("Lezione singola 60 min / Clase suelta 60 min", "42.00"),
    ("Simulazione esame / Simulacro de examen", "55.00"),
    ("Corso autostrada / Curso autopista", "120.00"),
    ("Pack 5 lezioni notturne / Paquete 5 clases nocturnas", "215.00"),
    ("Guidora Plus, mese / mes", "14.90"),
]

PROBLEMS = ("no_show", "double_charge", "wrong_price", "refund", "cancel_fee", "exam_slot")

# what went wrong, in the customer's words (used inside messages)
PROB: dict[str, dict[str, list[str]]] = {
    "it": {
        "no_show": [
            "l'istruttore non si è presentato alla lezione delle 8, ho aspettato 40 minuti sotto casa e nessuno ha chiamato",
            "lezione di stamattina: istruttore MAI arrivato, io in strada mezz'ora con il foglio rosa in mano",
        ],
        "double_charge": [
            "il pacchetto da 10 lezioni mi è stato addebitato DUE volte, 389 euro per due",
            "mi avete preso due volte i soldi del pacchetto, 778 euro spariti dal conto",
        ],
        "wrong_price": [
            "sono socia Plus ma la lezione me l'avete fatta pagare a prezzo pieno",
            "da socio Plus mi arriva il prezzo da non socio, 42 invece di 35",
        ],
        "refund": [
            "ho annullato il pacchetto tre settimane fa e il rimborso non è ancora arrivato",
            "aspetto da TRE settimane il rimborso delle lezioni annullate",
        ],
        "cancel_fee": [
            "mi avete addebitato la penale di cancellazione tardiva anche se ho disdetto quattro giorni prima",
            "penale di 42 euro per una lezione disdetta con QUATTRO giorni di anticipo",
        ],
        "exam_slot": [
            "la prenotazione dell'esame di guida è sparita dall'app e ora il primo posto libero è tra due mesi",
            "avevo l'esame pratico prenotato, nell'app non c'è più niente",
        ],
    },
    "es": {
        "no_show": [
            "el profesor no apareció a la clase de las 8, esperé 40 minutos en la puerta y nadie llamó",
            "clase de esta mañana: el profe NO VINO, media hora en la calle esperando",
        ],
        "double_charge": [
            "me habéis cobrado el paquete de 10 clases DOS veces, 389 euros por duplicado",
            "el cargo del paquete sale dos veces en la tarjeta, 778 euros",
        ],
        "wrong_price": [
            "soy socia Plus y me cobráis la clase a precio de no socio",
            "con Guidora Plus tendría que pagar 35 y me cobráis 42",
        ],
        "refund": [
            "cancelé el paquete hace tres semanas y el reembolso sigue sin llegar",
            "llevo TRES semanas esperando que me devolváis las clases canceladas",
        ],
        "cancel_fee": [
            "me cobráis la penalización por cancelar tarde y cancelé con cuatro días de antelación",
            "42 euros de penalización por una clase anulada CUATRO días antes",
        ],
        "exam_slot": [
            "la cita del examen práctico ha desaparecido de la app y ahora la primera fecha es dentro de dos meses",
            "tenía el examen de conducir reservado y en la app ya no aparece nada",
        ],
    },
    "en": {
        "no_show": [
            "the instructor never turned up for my 8am lesson, I waited 40 minutes outside and nobody called",
            "my instructor didn't show this morning, half an hour on the pavement for nothing",
        ],
        "double_charge": [
            "you charged my 10-lesson pack TWICE, £336 gone two times",
            "the lesson pack is on my card twice",
        ],
        "wrong_price": [
            "I'm a Plus member and I was charged the non-member rate",
            "Plus member, charged full price for the lesson",
        ],
        "refund": [
            "I cancelled my pack three weeks ago and still no refund",
            "THREE weeks waiting for the refund of my cancelled lessons",
        ],
        "cancel_fee": [
            "you charged a late-cancellation fee though I cancelled four days ahead",
            "£36 late fee for a lesson cancelled FOUR days before",
        ],
        "exam_slot": [
            "my practical test booking has vanished from the app and the next slot is in two months",
            "my driving test booking is gone from the app",
        ],
    },
    "fr": {
        "no_show": [
            "le moniteur n'est jamais venu à la leçon de 8h, j'ai attendu 40 minutes devant chez moi sans appel",
            "leçon de ce matin : moniteur ABSENT, une demi-heure sur le trottoir",
        ],
        "double_charge": [
            "vous avez débité mon forfait de 10 leçons DEUX fois, 389 euros en double",
            "le forfait apparaît deux fois sur ma carte",
        ],
        "wrong_price": [
            "je suis membre Plus et on m'a facturé le tarif non membre",
            "membre Plus facturé plein tarif",
        ],
        "refund": [
            "j'ai annulé mon forfait il y a trois semaines et toujours pas de remboursement",
            "TROIS semaines que j'attends le remboursement",
        ],
        "cancel_fee": [
            "vous m'avez facturé des frais d'annulation tardive alors que j'ai annulé quatre jours avant",
            "42 euros de frais pour une leçon annulée QUATRE jours avant",
        ],
        "exam_slot": [
            "ma réservation d'examen de conduite a disparu de l'appli et la prochaine date est dans deux mois",
            "mon passage du permis a disparu de l'appli",
        ],
    },
    "de": {
        "no_show": [
            "der Fahrlehrer ist zur Fahrstunde um 8 nicht gekommen, ich habe 40 Minuten vor der Tür gewartet und niemand hat angerufen",
            "Fahrstunde heute früh: Fahrlehrer NICHT erschienen, eine halbe Stunde auf der Straße",
        ],
        "double_charge": [
            "ihr habt mein 10er-Paket ZWEIMAL abgebucht, 389 Euro doppelt",
            "das Fahrstundenpaket steht zweimal auf meiner Karte",
        ],
        "wrong_price": [
            "ich bin Plus-Mitglied und zahle trotzdem den normalen Preis",
            "als Plus-Mitglied den vollen Preis berechnet",
        ],
        "refund": [
            "ich habe das Paket vor drei Wochen storniert und noch keine Erstattung",
            "seit DREI Wochen warte ich auf mein Geld",
        ],
        "cancel_fee": [
            "ihr habt mir eine Gebühr für spätes Absagen berechnet, obwohl ich vier Tage vorher abgesagt habe",
            "42 Euro Gebühr für eine Stunde, die ich VIER Tage vorher abgesagt habe",
        ],
        "exam_slot": [
            "mein Prüfungstermin ist aus der App verschwunden und der nächste freie ist in zwei Monaten",
            "meine praktische Prüfung ist in der App weg",
        ],
    },
    "pt": {
        "no_show": [
            "o instrutor não apareceu à aula das 8, esperei 40 minutos à porta e ninguém ligou",
            "aula de hoje de manhã: instrutor NÃO VEIO, meia hora na rua",
        ],
        "double_charge": [
            "cobraram o pacote de 10 aulas DUAS vezes, 389 euros em duplicado",
            "o pacote aparece duas vezes no cartão",
        ],
        "wrong_price": [
            "sou sócia Plus e cobraram o preço de não sócio",
            "sócio Plus a pagar preço cheio",
        ],
        "refund": [
            "cancelei o pacote há três semanas e o reembolso ainda não chegou",
            "TRÊS semanas à espera do reembolso",
        ],
        "cancel_fee": [
            "cobraram taxa de cancelamento tardio e eu cancelei com quatro dias de antecedência",
            "42 euros de taxa por uma aula cancelada QUATRO dias antes",
        ],
        "exam_slot": [
            "a marcação do exame de condução desapareceu da app e a próxima data é daqui a dois meses",
            "o meu exame prático sumiu da app",
        ],
    },
}

T: dict[str, dict[str, list[str]]] = {
    "it": {
        "praise": [
            "Prima guida in autostrada oggi con Guidora, l'istruttore Marco è stato pazientissimo 🙌",
            "Parcheggio in parallelo riuscito al primo colpo!! grazie Guidora",
            "app comodissima, prenoto le lezioni dal tram in due secondi",
            "Istruttrice gentile e precisa, mi sento finalmente sicura in rotonda",
        ],
        "again": [
            "Terza lezione di fila con lo stesso istruttore, sempre puntuale e tranquillo",
            "Di nuovo una lezione perfetta, ormai il sabato mattina è il mio momento preferito",
            "Ancora una volta tutto liscio, pure la simulazione d'esame",
        ],
        "gripe": [
            "Lezione ottima, solo l'app mi chiede il login ogni volta. Per il resto top",
            "Istruttore bravissimo, peccato che la macchina puzzasse un po' di fumo",
        ],
        "question": [
            "Ciao, posso spostare la lezione di giovedì alle 18?",
            "Quante lezioni servono di solito prima della simulazione d'esame?",
            "si può fare lezione con il cambio automatico?",
        ],
        "answer": [
            "Certo, l'ho spostata a giovedì alle 18, trovi la conferma nell'app.",
            "Di solito tra 12 e 15, ma l'istruttore ti dirà quando sei pronto/a.",
            "Sì, nelle sedi di Milano e Bologna abbiamo auto automatiche, la scegli in prenotazione.",
        ],
        "thanks": ["grazie mille!!", "perfetto grz", "ok top, gentilissimi"],
        "night": [
            "le 2 di notte e sto ripassando i segnali per la teoria, sogno cartelli stradali ormai",
            "turno di notte in ospedale finito, prenotata la lezione di sabato con Guidora",
        ],
        "night_chat": [
            "scusate l'ora, se annullo adesso la lezione delle 9 pago la penale?",
            "ciao, la lezione notturna parte dalla sede o passate a prendermi?",
        ],
        "night_answer": [
            "Nessun problema: mancano meno di 24 ore, quindi sì, ma possiamo spostarla senza costi entro le 8.",
            "Ti passiamo a prendere all'indirizzo del profilo, 10 minuti prima.",
        ],
        "review": [
            "Scuola seria, istruttori preparati e app chiara. Consigliata.",
            "Ottima esperienza, esame passato al primo tentativo.",
        ],
        "survey": ["top", "bravi", "", "👍"],
        "case_opened": [
            "Ciao {first}, ci dispiace davvero. Abbiamo aperto la segnalazione {case} e un collega ti risponde entro oggi."
        ],
        "good_news": [
            "Ciao {first}, buone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Puoi confermarci che ora è a posto?"
        ],
        "quality": [
            "Ciao {first}, la tua segnalazione {case} è passata alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
        ],
        "chat_case": [
            "Mi dispiace molto, ho aperto la segnalazione {case}, ti aggiorniamo appena possibile."
        ],
        "chat_urgent": ["Aggiunto alla segnalazione {case} e segnato come urgente."],
        "confirm": [
            "Confermo, segnalazione {case} risolta, grazie!",
            "tutto ok ora con {case}, grazie della velocità",
        ],
        "apology": [
            "Scusate per il tono di ieri, ero nervosa per l'esame. Grazie per la pazienza",
            "ieri ho esagerato, scusate. la lezione nuova va benissimo",
        ],
        "still": [
            "Segnalazione {case}: ancora NIENTE. {prob}. È ancora aperta, vi ho già scritto",
            "vi riscrivo per {case}, ancora aperta: {prob}",
        ],
        "third": [
            "Terza volta che scrivo per {case}. Una mia amica va da {comp} e lì queste cose le sistemano in giornata",
            "Terzo contatto per {case}, ho guardato quanto costa {comp} e sinceramente ci sto pensando",
        ],
        "fourth": ["QUARTA volta per {case}. Ancora aperta. Basta."],
        "slide": [
            "Istruttore arrivato con 20 minuti di ritardo oggi, capita",
            "La macchina aveva la spia gomme accesa tutta la lezione, un po' inquietante",
            "Lezione spostata dall'app senza avvisarmi, l'ho scoperto per caso",
            "Terza lezione di fila con un istruttore diverso, ogni volta si riparte da zero",
            "Mi avete fatto pagare 35 € di 'gestione pratica' che nessuno mi aveva detto. Davvero deludente",
            "Mia cugina fa scuola guida da {comp}, ho prenotato lì la prossima lezione per sabato",
        ],
        "sarcasm": [
            "Lezione alle 7 confermata alle 6:55, che precisione svizzera 👏",
            "Bellissimo l'istruttore che guarda il telefono mentre io faccio inversione 😂",
        ],
        "cancel": [
            "Buongiorno, ho preso la patente e mi trasferisco, vorrei disdire Guidora Plus e chiudere il mio account. Grazie di tutto"
        ],
        "sorry_go": [
            "Ciao {first}, ci dispiace vederti andare! Puoi disdire tu stesso/a dall'app o dal sito, in Profilo > Abbonamento."
        ],
        "grumble": [
            "L'app mi slogga ogni volta, che noia",
            "SMS di promemoria alle 6 di mattina, ma perché",
            "20 minuti per trovare parcheggio davanti alla sede, sempre",
            "auto con i sedili sporchi di nuovo",
        ],
        "mild": [
            "La mappa delle sedi mi mostra la città sbagliata",
            "le notifiche mi arrivano in inglese",
        ],
        "mild_ack": ["Grazie della segnalazione, l'abbiamo girata al team dell'app."],
        "long_open": [
            "Buongiorno,\nvi scrivo dalla sala d'attesa del pediatra, con mio figlio che tossisce e il telefono al 10%. Da due mesi faccio lezioni con voi e finora mi ero trovata bene, lo dico subito.\n",
            "Gentile Guidora,\nscrivo in pausa pranzo dal magazzino dove lavoro, tra un carico e l'altro, quindi scusate se sarò disordinata.\n",
        ],
        "long_close": [
            "\nVi chiedo di sistemare al più presto. Ho bisogno della patente per il lavoro nuovo.\nCordiali saluti,\n{name}",
            "\nSpero in una risposta seria.\nGrazie,\n{name}",
        ],
        "complaint": [
            "Reclamo: {prob}. Voglio una risposta OGGI.",
            "buongiorno, {prob}. come è possibile?",
        ],
        "subject_complaint": ["Reclamo: lezione e pagamenti"],
        "subject_case": ["R: Segnalazione {case}"],
    },
    "es": {
        "praise": [
            "Primera vez en autopista con Guidora y el profe Javi un crack, ni me puse nerviosa 🙌",
            "Aparcamiento en línea a la primera!! gracias Guidora",
            "la app va genial, reservo las clases desde el bus",
            "Profesora súper paciente, por fin las rotondas no me dan miedo",
        ],
        "again": [
            "Tercera clase seguida con el mismo profe, siempre puntual y tranquilo",
            "Otra vez una clase de diez, ya los sábados por la mañana son sagrados",
            "Una vez más todo perfecto, hasta el simulacro de examen",
        ],
        "gripe": [
            "Clase genial, solo que la app me pide el login cada vez. Por lo demás de diez",
            "Profe buenísimo, pena que el coche oliera un poco a tabaco",
        ],
        "question": [
            "Hola, ¿puedo cambiar la clase del jueves a las 18?",
            "¿cuántas clases suelen hacer falta antes del simulacro?",
            "Se puede hacer clase con coche automático?",
        ],
        "answer": [
            "Claro, la he pasado al jueves a las 18, tienes la confirmación en la app.",
            "Normalmente entre 12 y 15, pero tu profe te dirá cuándo estás lista/o.",
            "Sí, en Madrid y Valencia hay coches automáticos, lo eliges al reservar.",
        ],
        "thanks": ["mil gracias!!", "genial grax", "ok perfecto, sois unos cracks"],
        "night": [
            "las 2 de la mañana repasando señales para el teórico, ya sueño con ceda el paso",
            "salgo del turno de noche de la gasolinera y reservo la clase del sábado con Guidora",
        ],
        "night_chat": [
            "perdón por la hora, si cancelo ahora la clase de las 9 me cobráis penalización?",
            "hola, la clase nocturna sale de la autoescuela o me recogéis?",
        ],
        "night_answer": [
            "Sin problema: quedan menos de 24 h, así que sí, pero puedes moverla sin coste hasta las 8.",
            "Te recogemos en la dirección de tu perfil, 10 minutos antes.",
        ],
        "review": [
            "Autoescuela seria, profes preparados y app clara. La recomiendo.",
            "Muy buena experiencia, aprobé a la primera.",
        ],
        "survey": ["genial", "todo bien", "", "👌"],
        "case_opened": [
            "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y un compañero te responde hoy mismo."
        ],
        "good_news": [
            "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos confirmas que ahora todo está bien?"
        ],
        "quality": [
            "Hola {first}, tu incidencia {case} ha pasado a nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
        ],
        "chat_case": [
            "Lo siento mucho, he abierto la incidencia {case}, te avisamos en cuanto sepamos algo."
        ],
        "chat_urgent": ["Añadido a la incidencia {case} y marcado como urgente."],
        "confirm": [
            "Confirmado, incidencia {case} resuelta, gracias!",
            "todo ok ya con {case}, gracias por la rapidez",
        ],
        "apology": [
            "Perdón por el tono de ayer, estaba de los nervios por el examen. Gracias por la paciencia",
            "ayer me pasé, lo siento. la clase nueva genial",
        ],
        "still": [
            "Incidencia {case}: sigue SIN resolver. {prob}. Sigue abierta, ya os escribí",
            "os vuelvo a escribir por {case}, sigue abierta: {prob}",
        ],
        "third": [
            "Tercera vez que escribo por {case}. Una amiga está en {comp} y allí esto lo arreglan en el día",
            "Tercer contacto por {case}, he mirado lo que cobra {comp} y me lo estoy pensando",
        ],
        "fourth": ["CUARTA vez por {case}. Sigue abierta. YA ESTÁ BIEN."],
        "slide": [
            "El profe llegó 20 minutos tarde hoy, bueno, pasa",
            "El coche tenía el testigo de presión de ruedas encendido toda la clase, un poco inquietante",
            "Me movieron la clase desde la app sin avisar, me enteré de casualidad",
            "Tercera clase seguida con un profe distinto, cada vez empezamos de cero",
            "Me habéis cobrado 35 € de 'gestión de expediente' que nadie me dijo. Muy decepcionante",
            "Mi primo se saca el carnet en {comp}, he reservado allí la próxima clase para el sábado",
        ],
        "sarcasm": [
            "Clase a las 7 confirmada a las 6:55, puntualidad suiza 👏",
            "Me encanta el profe mirando el móvil mientras yo hago el cambio de sentido 😂",
        ],
        "cancel": [
            "Hola, ya tengo el carnet y me mudo, quiero darme de baja de Guidora Plus y cerrar mi cuenta. Gracias por todo"
        ],
        "sorry_go": [
            "Hola {first}, ¡qué pena que te vayas! Puedes darte de baja tú mismo/a en la app o en la web, en Perfil > Suscripción."
        ],
        "grumble": [
            "La app me cierra la sesión cada vez, qué pesadez",
            "SMS recordatorio a las 6 de la mañana, por qué",
            "20 minutos para aparcar delante de la autoescuela, siempre",
            "el coche con los asientos sucios otra vez",
        ],
        "mild": [
            "El mapa de autoescuelas me sale en otra ciudad",
            "las notificaciones me llegan en inglés",
        ],
        "mild_ack": ["Gracias por avisar, lo hemos pasado al equipo de la app."],
        "long_open": [
            "Hola,\nos escribo desde el coche de mi hermana, esperando a que salga mi sobrina del conservatorio, así que perdonad si me enrollo. Llevo dos meses con vosotros y hasta ahora bien, que conste.\n",
            "Buenas tardes,\nescribo en el descanso del turno en el súper, entre reponer y reponer, así que disculpad el desorden.\n",
            "Estimados señores de Guidora,\nles escribo desde la sala de espera del fisio de mi madre, que se operó de la rodilla.\n",
        ],
        "long_close": [
            "\nOs pido que lo arregléis cuanto antes. Necesito el carnet para el trabajo nuevo.\nUn saludo,\n{name}",
            "\nEspero una respuesta seria.\nGracias,\n{name}",
        ],
        "complaint": [
            "Reclamación: {prob}. Quiero una respuesta HOY.",
            "hola, {prob}. cómo puede ser?",
            "Buenas, {prob}, alguien me lo explica??",
        ],
        "subject_complaint": ["Reclamación: clases y cobros"],
        "subject_case": ["RE: Incidencia {case}"],
    },
    "en": {
        "praise": [
            "First motorway drive today with Guidora, my instructor was so calm 🙌",
            "Parallel parked first go!! cheers Guidora",
            "booking lessons in the app takes two seconds, love it",
        ],
        "again": [
            "Third lesson in a row with the same instructor, on time again and so patient",
            "Another great lesson, Saturday mornings are the best part of my week now",
        ],
        "gripe": ["Great lesson, only the app logs me out every time. Otherwise brilliant"],
        "question": [
            "Hi, can I move Thursday's lesson to 6pm?",
            "how many lessons do people usually need before the mock test?",
        ],
        "answer": [
            "Done, it's now Thursday at 6pm, the confirmation is in the app.",
            "Usually 12 to 15, your instructor will tell you when you're ready.",
        ],
        "thanks": ["cheers!!", "ta, sorted", "brill thanks"],
        "night": [
            "2am revising road signs for the theory test, I'm dreaming of roundabouts now",
            "night shift done, booked Saturday's lesson with Guidora",
        ],
        "night_chat": ["sorry it's late, if I cancel the 9am lesson now do I pay the fee?"],
        "night_answer": ["It's under 24 hours so yes, but you can move it for free until 8am."],
        "review": ["Proper driving school, good instructors, clear app. Recommended."],
        "survey": ["great", "", "👍"],
        "case_opened": [
            "Hi {first}, we're really sorry. We've opened case {case} and a colleague will get back to you today."
        ],
        "good_news": [
            "Hi {first}, good news on case {case}: it's sorted. Could you confirm everything's fine now?"
        ],
        "quality": [
            "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "chat_case": ["So sorry, I've opened case {case}, we'll update you as soon as we can."],
        "chat_urgent": ["Added to your case {case} and marked urgent."],
        "confirm": ["Confirmed, case {case} sorted, thanks!"],
        "apology": ["Sorry for my tone yesterday, exam nerves. Thanks for your patience"],
        "still": ["Case {case}: STILL nothing. {prob}. It's still open, I already wrote"],
        "third": [
            "Third time writing about {case}. A mate learns with {comp} and they sort this the same day"
        ],
        "fourth": ["FOURTH time about {case}. Still open."],
        "slide": [
            "Instructor 20 minutes late today, happens",
            "Tyre pressure light on the whole lesson, bit unnerving",
            "Lesson moved in the app without telling me, found out by chance",
            "Third lesson running with a different instructor, starting from zero every time",
            "Charged me £30 'admin fee' nobody mentioned. Really disappointing",
            "My cousin learns with {comp}, I've booked my next lesson there for Saturday",
        ],
        "sarcasm": ["7am lesson confirmed at 6:55, Swiss precision 👏"],
        "cancel": [
            "Hi, I passed my test and I'm moving, I'd like to cancel Guidora Plus and close my account. Thanks for everything"
        ],
        "sorry_go": [
            "Hi {first}, sorry to see you go! You can cancel yourself in the app or on the website, under Profile > Membership."
        ],
        "grumble": [
            "The app logs me out every single time",
            "reminder text at 6am, why",
            "20 minutes to park outside the school, always",
        ],
        "mild": ["The school map shows the wrong city"],
        "mild_ack": ["Thanks for flagging it, we've passed it to the app team."],
        "long_open": [
            "Hello,\nI'm writing from the car outside my daughter's swimming lesson, so forgive the rambling. I've been with you two months and it's been fine until now.\n"
        ],
        "long_close": [
            "\nPlease sort this out quickly, I need my licence for a new job.\nRegards,\n{name}"
        ],
        "complaint": [
            "Complaint: {prob}. I want an answer TODAY.",
            "hi, {prob}. how is that possible?",
        ],
        "subject_complaint": ["Complaint: lessons and charges"],
        "subject_case": ["Re: Your case {case}"],
    },
    "fr": {
        "praise": [
            "Première fois sur l'autoroute avec Guidora, moniteur hyper calme 🙌",
            "Créneau réussi du premier coup !! merci Guidora",
            "l'appli pour réserver est top, deux secondes",
        ],
        "again": [
            "Troisième leçon d'affilée avec le même moniteur, toujours à l'heure et zen",
            "Encore une super leçon, le samedi matin c'est devenu mon moment",
        ],
        "gripe": ["Leçon au top, juste l'appli qui me déconnecte à chaque fois. Sinon parfait"],
        "question": [
            "Bonjour, je peux déplacer la leçon de jeudi à 18h ?",
            "combien de leçons en moyenne avant l'examen blanc ?",
        ],
        "answer": [
            "C'est fait, jeudi 18h, la confirmation est dans l'appli.",
            "En général 12 à 15, votre moniteur vous dira quand vous êtes prêt(e).",
        ],
        "thanks": ["merci beaucoup !!", "parfait merci", "top merci"],
        "night": [
            "2h du mat et je révise le code, je rêve de panneaux maintenant",
            "fin de garde de nuit, leçon de samedi réservée avec Guidora",
        ],
        "night_chat": [
            "désolée pour l'heure, si j'annule la leçon de 9h maintenant je paie des frais ?"
        ],
        "night_answer": [
            "Moins de 24h donc oui, mais vous pouvez la déplacer gratuitement jusqu'à 8h."
        ],
        "review": ["Auto-école sérieuse, moniteurs compétents, appli claire. Je recommande."],
        "survey": ["super", "", "👍"],
        "case_opened": [
            "Bonjour {first}, nous sommes désolés. Nous avons ouvert la demande {case}, un collègue vous répond aujourd'hui."
        ],
        "good_news": [
            "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous nous confirmer que tout va bien ?"
        ],
        "quality": [
            "Bonjour {first}, votre demande {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi."
        ],
        "chat_case": ["Désolé, j'ai ouvert la demande {case}, on revient vers vous au plus vite."],
        "chat_urgent": ["Ajouté à la demande {case}, marqué urgent."],
        "confirm": ["Je confirme, demande {case} réglée, merci !"],
        "apology": ["Pardon pour mon ton d'hier, le stress de l'examen. Merci pour votre patience"],
        "still": ["Demande {case} : TOUJOURS rien. {prob}. C'est toujours ouvert, j'ai déjà écrit"],
        "third": [
            "Troisième fois que j'écris pour {case}. Une amie est chez {comp} et eux règlent ça dans la journée"
        ],
        "fourth": ["QUATRIÈME fois pour {case}. Toujours ouvert."],
        "slide": [
            "Moniteur 20 minutes en retard aujourd'hui, ça arrive",
            "Voyant de pression des pneus allumé toute la leçon, pas rassurant",
            "Leçon déplacée dans l'appli sans me prévenir",
            "Troisième leçon avec un moniteur différent, on repart de zéro à chaque fois",
            "35 € de 'frais de dossier' dont personne ne m'a parlé. Très déçue",
            "Ma cousine passe son permis chez {comp}, j'ai réservé ma prochaine leçon là-bas pour samedi",
        ],
        "sarcasm": ["Leçon de 7h confirmée à 6h55, précision suisse 👏"],
        "cancel": [
            "Bonjour, j'ai eu mon permis et je déménage, je voudrais résilier Guidora Plus et fermer mon compte. Merci pour tout"
        ],
        "sorry_go": [
            "Bonjour {first}, dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, Profil > Abonnement."
        ],
        "grumble": ["L'appli me déconnecte à chaque fois", "SMS de rappel à 6h du matin, pourquoi"],
        "mild": ["La carte des agences affiche la mauvaise ville"],
        "mild_ack": ["Merci du signalement, transmis à l'équipe de l'appli."],
        "long_open": [
            "Bonjour,\nje vous écris depuis la salle d'attente du kiné, entre deux rendez-vous, donc excusez le désordre.\n"
        ],
        "long_close": [
            "\nMerci de régler cela rapidement, j'ai besoin du permis pour mon nouveau travail.\nCordialement,\n{name}"
        ],
        "complaint": [
            "Réclamation : {prob}. Je veux une réponse AUJOURD'HUI.",
            "bonjour, {prob}. comment c'est possible ?",
        ],
        "subject_complaint": ["Réclamation : leçons et prélèvements"],
        "subject_case": ["RE : Demande {case}"],
    },
    "de": {
        "praise": [
            "Erste Autobahnfahrt heute mit Guidora, mein Fahrlehrer war total ruhig 🙌",
            "Rückwärts eingeparkt beim ersten Versuch!! danke Guidora",
            "Fahrstunden in der App buchen geht echt schnell",
        ],
        "again": [
            "Dritte Stunde in Folge mit demselben Fahrlehrer, wieder pünktlich und geduldig",
            "Schon wieder eine super Stunde, Samstagmorgen ist jetzt mein Highlight",
        ],
        "gripe": ["Tolle Stunde, nur die App meldet mich jedes Mal ab. Sonst super"],
        "question": [
            "Hallo, kann ich die Stunde am Donnerstag auf 18 Uhr schieben?",
            "wie viele Stunden braucht man meistens vor der Probeprüfung?",
        ],
        "answer": [
            "Erledigt, Donnerstag 18 Uhr, die Bestätigung ist in der App.",
            "Meist 12 bis 15, dein Fahrlehrer sagt dir, wann du so weit bist.",
        ],
        "thanks": ["danke dir!!", "super, danke", "top danke"],
        "night": [
            "2 Uhr nachts und ich lerne Verkehrszeichen für die Theorie, ich träume schon von Vorfahrt",
            "Nachtschicht vorbei, Samstagsstunde bei Guidora gebucht",
        ],
        "night_chat": [
            "sorry für die Uhrzeit, wenn ich die Stunde um 9 jetzt absage, zahle ich dann?"
        ],
        "night_answer": [
            "Unter 24 Stunden ja, aber bis 8 Uhr kannst du sie kostenlos verschieben."
        ],
        "review": ["Seriöse Fahrschule, gute Fahrlehrer, klare App. Empfehlenswert."],
        "survey": ["super", "", "👍"],
        "case_opened": [
            "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt, ein Kollege meldet sich heute."
        ],
        "good_news": [
            "Hallo {first}, gute Nachrichten zu Vorgang {case}: ist erledigt. Kannst du uns bestätigen, dass alles passt?"
        ],
        "quality": [
            "Hallo {first}, dein Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft dich bis Freitagmittag an."
        ],
        "chat_case": [
            "Tut mir leid, ich habe den Vorgang {case} angelegt, wir melden uns so schnell wie möglich."
        ],
        "chat_urgent": ["Zum Vorgang {case} hinzugefügt und als dringend markiert."],
        "confirm": ["Bestätigt, Vorgang {case} erledigt, danke!"],
        "apology": ["Sorry für meinen Ton gestern, Prüfungsstress. Danke für die Geduld"],
        "still": [
            "Vorgang {case}: IMMER NOCH nichts. {prob}. Ist noch offen, ich habe schon geschrieben"
        ],
        "third": [
            "Dritte Nachricht wegen {case}. Ein Kumpel lernt bei {comp}, die klären sowas am selben Tag"
        ],
        "fourth": ["VIERTES Mal wegen {case}. Immer noch offen."],
        "slide": [
            "Fahrlehrer heute 20 Minuten zu spät, kann passieren",
            "Reifendruckleuchte die ganze Stunde an, etwas beunruhigend",
            "Stunde in der App verschoben, ohne mir Bescheid zu sagen",
            "Dritte Stunde in Folge mit einem anderen Fahrlehrer, jedes Mal von vorn",
            "35 € 'Bearbeitungsgebühr', von der niemand was gesagt hat. Echt enttäuschend",
            "Meine Cousine macht den Führerschein bei {comp}, ich habe dort die nächste Stunde für Samstag gebucht",
        ],
        "sarcasm": ["Stunde um 7 um 6:55 bestätigt, Schweizer Präzision 👏"],
        "cancel": [
            "Hallo, ich habe den Führerschein und ziehe um, ich möchte Guidora Plus kündigen und mein Konto schließen. Danke für alles"
        ],
        "sorry_go": [
            "Hallo {first}, schade, dass du gehst! Du kannst selbst in der App oder auf der Website kündigen, unter Profil > Mitgliedschaft."
        ],
        "grumble": ["Die App meldet mich jedes Mal ab", "Erinnerungs-SMS um 6 Uhr morgens, warum"],
        "mild": ["Die Karte zeigt die falsche Stadt"],
        "mild_ack": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
        "long_open": [
            "Hallo,\nich schreibe aus dem Wartezimmer beim Tierarzt, der Hund hat sich die Pfote verletzt, also entschuldigt das Durcheinander.\n"
        ],
        "long_close": [
            "\nBitte klärt das schnell, ich brauche den Führerschein für den neuen Job.\nViele Grüße,\n{name}"
        ],
        "complaint": [
            "Beschwerde: {prob}. Ich will HEUTE eine Antwort.",
            "hallo, {prob}. wie kann das sein?",
        ],
        "subject_complaint": ["Beschwerde: Fahrstunden und Abbuchungen"],
        "subject_case": ["AW: Vorgang {case}"],
    },
    "pt": {
        "praise": [
            "Primeira vez na autoestrada com a Guidora, o instrutor foi super calmo 🙌",
            "Estacionei à primeira!! obg Guidora",
            "marcar aulas na app é rapidíssimo",
        ],
        "again": [
            "Terceira aula seguida com o mesmo instrutor, outra vez pontual e tranquilo",
            "Mais uma aula ótima, o sábado de manhã já é o meu momento",
        ],
        "gripe": ["Aula ótima, só a app que me pede login sempre. De resto top"],
        "question": [
            "Olá, posso passar a aula de quinta para as 18h?",
            "quantas aulas são precisas antes do simulado?",
        ],
        "answer": [
            "Feito, quinta às 18h, a confirmação está na app.",
            "Normalmente 12 a 15, o instrutor diz-te quando estiveres pronto/a.",
        ],
        "thanks": ["obrigadão!!", "obg, perfeito", "top obrigada"],
        "night": [
            "2 da manhã a rever sinais para o código, já sonho com rotundas",
            "acabei o turno da noite, marquei a aula de sábado na Guidora",
        ],
        "night_chat": ["desculpem a hora, se cancelar agora a aula das 9 pago taxa?"],
        "night_answer": [
            "Faltam menos de 24 h, por isso sim, mas podes mudá-la sem custo até às 8."
        ],
        "review": ["Escola séria, instrutores bons, app clara. Recomendo."],
        "survey": ["ótimo", "", "👍"],
        "case_opened": [
            "Olá {first}, lamentamos muito. Abrimos o pedido {case} e um colega responde-te hoje."
        ],
        "good_news": [
            "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Podes confirmar que agora está tudo bem?"
        ],
        "quality": [
            "Olá {first}, o teu pedido {case} passou para a nossa responsável de qualidade, que te liga antes de sexta à hora de almoço."
        ],
        "chat_case": ["Lamento muito, abri o pedido {case}, damos notícias assim que possível."],
        "chat_urgent": ["Acrescentado ao pedido {case} e marcado como urgente."],
        "confirm": ["Confirmo, pedido {case} resolvido, obrigada!"],
        "apology": ["Desculpem o tom de ontem, nervos do exame. Obrigada pela paciência"],
        "still": ["Pedido {case}: AINDA nada. {prob}. Continua aberto, já escrevi"],
        "third": [
            "Terceira vez que escrevo sobre {case}. Uma amiga tira a carta na {comp} e lá resolvem no mesmo dia"
        ],
        "fourth": ["QUARTA vez sobre {case}. Continua aberto."],
        "slide": [
            "Instrutor chegou 20 minutos atrasado hoje, acontece",
            "Luz da pressão dos pneus acesa a aula toda, um bocado inquietante",
            "Aula mudada na app sem me avisarem",
            "Terceira aula seguida com um instrutor diferente, sempre a começar do zero",
            "Cobraram 35 € de 'taxa de processo' que ninguém mencionou. Muito dececionante",
            "A minha prima tira a carta na {comp}, marquei lá a próxima aula para sábado",
        ],
        "sarcasm": ["Aula das 7 confirmada às 6:55, precisão suíça 👏"],
        "cancel": [
            "Olá, já tenho a carta e vou mudar de casa, quero cancelar o Guidora Plus e fechar a minha conta. Obrigada por tudo"
        ],
        "sorry_go": [
            "Olá {first}, que pena que vás embora! Podes cancelar tu mesmo/a na app ou no site, em Perfil > Subscrição."
        ],
        "grumble": ["A app faz logout sempre", "SMS de lembrete às 6 da manhã, porquê"],
        "mild": ["O mapa das escolas mostra a cidade errada"],
        "mild_ack": ["Obrigado pelo aviso, passámos à equipa da app."],
        "long_open": [
            "Olá,\nescrevo da sala de espera do centro de saúde, com a minha mãe na consulta, por isso desculpem a confusão.\n"
        ],
        "long_close": [
            "\nPeço que resolvam depressa, preciso da carta para o novo emprego.\nCumprimentos,\n{name}"
        ],
        "complaint": ["Reclamação: {prob}. Quero resposta HOJE.", "olá, {prob}. como é possível?"],
        "subject_complaint": ["Reclamação: aulas e cobranças"],
        "subject_case": ["RE: Pedido {case}"],
    },
}

# phone calls: speech-to-text, lower case, no punctuation
CALL: dict[str, list[str]] = {
    "it": [
        "si buongiorno chiamo perché {prob} volevo sapere cosa succede adesso",
        "pronto sì allora {prob} e nessuno mi dice niente",
    ],
    "es": [
        "hola buenos días llamo porque {prob} y quería saber qué pasa ahora",
        "sí mire le llamo porque {prob} y nadie me dice nada",
    ],
    "en": ["hi yeah I'm calling because {prob} and I wanted to know what happens now"],
    "fr": ["oui bonjour j'appelle parce que {prob} je voulais savoir ce qui se passe"],
    "de": ["ja hallo ich rufe an weil {prob} und ich wollte wissen wie es jetzt weitergeht"],
    "pt": ["olá bom dia estou a ligar porque {prob} queria saber o que acontece agora"],
}
CALL_Q: dict[str, list[str]] = {
    "it": [
        "buongiorno volevo sapere se la simulazione d'esame si può fare di sabato",
        "sì salve posso cambiare istruttore per le lezioni notturne",
    ],
    "es": [
        "hola quería saber si el simulacro de examen se puede hacer en sábado",
        "buenas puedo cambiar de profe para las clases nocturnas",
    ],
    "en": ["hi I wanted to ask if the mock test can be on a saturday"],
    "fr": ["bonjour je voulais savoir si l'examen blanc peut se faire un samedi"],
    "de": ["hallo ich wollte fragen ob die Probeprüfung auch samstags geht"],
    "pt": ["olá queria saber se o simulado pode ser ao sábado"],
}
CALL_FOLLOW: dict[str, str] = {
    "it": "Ciao {first}, come promesso al telefono: sì, si può, trovi gli orari nell'app.",
    "es": "Hola {first}, como te dije por teléfono: sí, se puede, tienes los horarios en la app.",
    "en": "Hi {first}, as promised on the phone: yes, you can, the times are in the app.",
    "fr": "Bonjour {first}, comme promis au téléphone : oui, c'est possible, les horaires sont dans l'appli.",
    "de": "Hallo {first}, wie am Telefon versprochen: ja, das geht, die Zeiten stehen in der App.",
    "pt": "Olá {first}, como prometido ao telefone: sim, é possível, os horários estão na app.",
}
LAST_CALL: dict[str, str] = {
    "it": "sì buongiorno chiamo per la segnalazione {case} non è cambiato niente e hanno scritto già diversi colleghi il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "es": "hola llamo por la incidencia {case} no ha cambiado nada y ya os han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "en": "hi calling about case {case} nothing has changed and several colleagues have written my boss says we move the account if it isn't fixed this week",
    "fr": "bonjour j'appelle pour la demande {case} rien n'a changé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "de": "ja hallo wegen Vorgang {case} es hat sich nichts geändert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "pt": "olá ligo por causa do pedido {case} nada mudou já escreveram vários colegas o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}

SPIKE_CODE = "DLB-274"
# the planted incident, in the reporters' own words
SPIKE: dict[str, list[str]] = {
    "it": [
        "Ma che succede?? Il libretto digitale nell'app mi segna ZERO ore di guida, ne avevo 14! errore DLB-274",
        "l'app dice che non ho fatto nessuna lezione e non mi fa prenotare l'esame, codice DLB-274",
        "Guidora il mio libretto lezioni è vuoto, sparite tutte le ore fatte. Mi serve per l'esame!!",
        "aiuto, nell'app il contatore delle ore è tornato a 0 e la prenotazione esame è bloccata",
    ],
    "es": [
        "Qué pasa?? El registro de clases de la app me marca CERO horas, tenía 12! error DLB-274",
        "la app dice que no he hecho ninguna clase y no me deja reservar el examen, código DLB-274",
        "Guidora mi libreta de prácticas está vacía, han desaparecido todas las horas. La necesito para el examen!!",
        "socorro, en la app el contador de horas ha vuelto a 0 y no puedo pedir examen",
    ],
    "en": [
        "My lesson logbook in the app shows ZERO hours, I had 16! error DLB-274",
        "app says I've done no lessons and won't let me book my test, all my hours gone",
    ],
    "fr": [
        "Mon livret d'apprentissage dans l'appli affiche ZÉRO heure, j'en avais 15 ! erreur DLB-274",
        "l'appli dit que je n'ai fait aucune leçon et bloque l'inscription à l'examen",
    ],
    "de": [
        "Mein Fahrstunden-Nachweis in der App zeigt NULL Stunden, ich hatte 13! Fehler DLB-274",
        "die App sagt ich hätte keine einzige Stunde gemacht und ich kann keine Prüfung buchen",
    ],
    "pt": [
        "A caderneta de aulas na app mostra ZERO horas, tinha 14! erro DLB-274",
        "a app diz que não fiz nenhuma aula e não deixa marcar o exame",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "it": [
        "ancora zero ore anche dal computer, sempre DLB-274. l'esame è venerdì",
        "scrivo di nuovo: libretto ancora vuoto, anche dal telefono di mia madre",
    ],
    "es": [
        "sigue en cero horas también desde el ordenador, DLB-274 otra vez. el examen es el viernes",
        "vuelvo a escribir: la libreta sigue vacía, también desde el móvil de mi novio",
    ],
    "en": ["still zero hours on the website too, DLB-274 again"],
    "fr": ["toujours zéro heure sur le site aussi, encore DLB-274"],
    "de": ["immer noch null Stunden, auch auf der Website, wieder DLB-274"],
    "pt": ["continua a zero horas também no site, outra vez DLB-274"],
}
SPIKE_ANSWER: dict[str, str] = {
    "it": "Sì, in questo momento il libretto digitale mostra zero ore a molti allievi: le ore non sono perse, i tecnici ci stanno lavorando.",
    "es": "Sí, ahora mismo el registro de clases muestra cero horas a muchos alumnos: las horas no se han perdido, los técnicos están en ello.",
    "en": "Yes, the logbook is showing zero hours for many learners right now: your hours aren't lost, our engineers are on it.",
    "fr": "Oui, en ce moment le livret affiche zéro heure pour beaucoup d'élèves : vos heures ne sont pas perdues, nos techniciens s'en occupent.",
    "de": "Ja, der Nachweis zeigt gerade bei vielen null Stunden: deine Stunden sind nicht weg, unsere Techniker sind dran.",
    "pt": "Sim, neste momento a caderneta mostra zero horas a muitos alunos: as horas não se perderam, os técnicos estão a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Ciao {first}, dalle 12:40 il libretto mostra di nuovo tutte le tue ore e puoi prenotare l'esame. Per il disagio ti abbiamo accreditato una lezione da 30 minuti.",
    "es": "Hola {first}, desde las 12:40 tu registro vuelve a mostrar todas tus horas y puedes reservar el examen. Por las molestias te hemos regalado una clase de 30 minutos.",
    "en": "Hi {first}, since 11:40 your logbook shows all your hours again and you can book your test. For the trouble we've added a free 30-minute lesson.",
    "fr": "Bonjour {first}, depuis 12h40 votre livret affiche à nouveau toutes vos heures. Pour la gêne, une leçon de 30 minutes vous est offerte.",
    "de": "Hallo {first}, seit 12:40 zeigt dein Nachweis wieder alle Stunden. Für den Ärger schenken wir dir eine 30-Minuten-Stunde.",
    "pt": "Olá {first}, desde as 11:40 a caderneta volta a mostrar todas as tuas horas. Pelo incómodo oferecemos uma aula de 30 minutos.",
}
LONE_Q: dict[str, str] = {
    "it": "ieri sera il libretto nell'app ci metteva un sacco a caricare le ore, poi è apparso tutto. è normale?",
    "es": "anoche la libreta de la app tardó mucho en cargar las horas, luego salieron todas. es normal?",
}
LONE_A: dict[str, str] = {
    "it": "Sì, di sera a volte è lento, ma le tue ore sono tutte lì.",
    "es": "Sí, por la noche a veces va lento, pero tus horas están todas.",
}

# business arm (Guidora Fleet): driver training for company fleets on account
B2B_PROB: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine, la contabilità le respinge",
        "portal": "il portale non mostra i corsi prenotati, quindi non possiamo spostare né annullare nulla",
        "overbilled": "ci fatturate la tariffa giornaliera invece del forfait annuale del contratto",
        "service_blocked": "i nostri autisti sono stati rimandati a casa dal corso perché l'account risulta bloccato, ma abbiamo pagato",
    },
    "es": {
        "invoice": "las facturas siguen con la razón social antigua y sin número de pedido, contabilidad las rechaza",
        "portal": "el portal no muestra los cursos reservados y no podemos mover ni cancelar nada",
        "overbilled": "nos facturáis tarifa por día en lugar del precio anual del contrato",
        "service_blocked": "mandaron a casa a nuestros conductores del curso porque la cuenta sale bloqueada, y está pagado",
    },
    "en": {
        "invoice": "the invoices still carry our old company name and no PO number, accounts reject them",
        "portal": "the portal shows none of our booked courses so we can't move or cancel anything",
        "overbilled": "you bill us day rates instead of the contract's annual rate",
        "service_blocked": "our drivers were sent home from the course because the account shows as on stop, though we paid",
    },
    "fr": {
        "invoice": "les factures portent encore l'ancienne raison sociale et aucun numéro de commande",
        "portal": "le portail n'affiche aucun stage réservé, impossible de déplacer ou annuler",
        "overbilled": "vous facturez au jour au lieu du forfait annuel du contrat",
        "service_blocked": "nos chauffeurs ont été renvoyés du stage, compte bloqué, alors que tout est payé",
    },
    "de": {
        "invoice": "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab",
        "portal": "das Portal zeigt keine gebuchten Kurse, wir können nichts verschieben oder stornieren",
        "overbilled": "ihr berechnet Tagessätze statt der Jahrespauschale aus dem Vertrag",
        "service_blocked": "unsere Fahrer wurden vom Kurs heimgeschickt, Konto gesperrt, obwohl bezahlt ist",
    },
    "pt": {
        "invoice": "as faturas ainda têm a denominação antiga e nenhum número de encomenda",
        "portal": "o portal não mostra os cursos marcados e não conseguimos mudar nem cancelar nada",
        "overbilled": "faturam à diária em vez do valor anual do contrato",
        "service_blocked": "os nossos motoristas foram mandados embora do curso porque a conta aparece bloqueada, e está pago",
    },
}
B2B: dict[str, dict[str, list[str]]] = {
    "it": {
        "first": ["Buongiorno, scrivo per {company}: {prob}. Chiediamo di sistemare subito."],
        "later": [
            "Buongiorno, come già scritto da {prev} {day} (segnalazione {case}): {prob}. Ancora niente."
        ],
        "last": [
            "Segnalazione {case}: non è cambiato nulla e vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto le tariffe a {comp}."
        ],
        "suggest": [
            "Suggerimento: sarebbe utile esportare i costi dei corsi per centro di costo.",
            "Si potrebbe indicare sul certificato la data dell'ultima verifica di guida?",
        ],
        "question": [
            "Posso aggiungere un autista al corso di giovedì?",
            "Dove trovo gli attestati del corso di guida sicura?",
        ],
        "answer": [
            "Sì, l'ho aggiunto, lo vedete nel portale.",
            "Nel portale, sezione Documenti > Attestati.",
        ],
        "thanks": ["grazie, perfetto"],
        "ack": [
            "Buongiorno {first}, abbiamo aperto la segnalazione {case} per {company} e vi aggiorniamo entro domani."
        ],
        "mild_ack": ["Grazie {first}, suggerimento girato al team prodotto."],
        "praise": ["Corso di guida sicura ottimo, i nostri autisti entusiasti."],
    },
    "es": {
        "first": [
            "Buenos días, escribo por {company}: {prob}. Pedimos que se arregle ya.",
            "Hola, desde {company}: {prob}. Necesitamos solución esta semana.",
        ],
        "later": [
            "Buenos días, como ya os escribió {prev} {day} (incidencia {case}): {prob}. Seguimos igual."
        ],
        "last": [
            "Incidencia {case}: no ha cambiado nada y os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}."
        ],
        "suggest": [
            "Sugerencia: estaría bien poder exportar los costes de cursos por centro de coste.",
            "¿Podríais poner en el certificado la fecha de la última evaluación?",
        ],
        "question": [
            "¿Puedo añadir un conductor al curso del jueves?",
            "¿Dónde están los certificados del curso de conducción segura?",
        ],
        "answer": [
            "Sí, añadido, lo veis en el portal.",
            "En el portal, en Documentos > Certificados.",
        ],
        "thanks": ["gracias, perfecto"],
        "ack": [
            "Buenos días {first}, hemos abierto la incidencia {case} para {company} y os informamos mañana."
        ],
        "mild_ack": ["Gracias {first}, sugerencia pasada al equipo de producto."],
        "praise": ["Curso de conducción eficiente muy bueno, los conductores encantados."],
    },
    "en": {
        "first": ["Hello, writing for {company}: {prob}. Please fix this now."],
        "later": ["Hello, as {prev} wrote {day} (case {case}): {prob}. Still the same."],
        "last": [
            "Case {case}: nothing has changed and several colleagues have written. Procurement has already asked {comp} for their rates."
        ],
        "suggest": ["Suggestion: could we export course costs by cost centre?"],
        "question": ["Can I add a driver to Thursday's course?"],
        "answer": ["Yes, added, you'll see it in the portal."],
        "thanks": ["thanks, perfect"],
        "ack": [
            "Hello {first}, we've opened case {case} for {company} and will update you tomorrow."
        ],
        "mild_ack": ["Thanks {first}, passed to the product team."],
        "praise": ["Great defensive driving course, our drivers loved it."],
    },
    "fr": {
        "first": ["Bonjour, j'écris pour {company} : {prob}. Merci de corriger rapidement."],
        "later": [
            "Bonjour, comme l'a écrit {prev} {day} (demande {case}) : {prob}. Toujours pareil."
        ],
        "last": [
            "Demande {case} : rien n'a changé et plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
        ],
        "suggest": ["Suggestion : pourrait-on exporter les coûts par centre de coût ?"],
        "question": ["Je peux ajouter un chauffeur au stage de jeudi ?"],
        "answer": ["Oui, ajouté, visible dans le portail."],
        "thanks": ["merci, parfait"],
        "ack": [
            "Bonjour {first}, nous avons ouvert la demande {case} pour {company}, retour demain."
        ],
        "mild_ack": ["Merci {first}, transmis à l'équipe produit."],
        "praise": ["Stage d'éco-conduite excellent, nos chauffeurs ravis."],
    },
    "de": {
        "first": ["Guten Tag, ich schreibe für {company}: {prob}. Bitte sofort beheben."],
        "later": [
            "Guten Tag, wie {prev} schon {day} geschrieben hat (Vorgang {case}): {prob}. Unverändert."
        ],
        "last": [
            "Vorgang {case}: nichts hat sich geändert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt."
        ],
        "suggest": ["Vorschlag: Kurskosten nach Kostenstelle exportieren?"],
        "question": ["Kann ich noch einen Fahrer zum Kurs am Donnerstag anmelden?"],
        "answer": ["Ja, ist eingetragen, steht im Portal."],
        "thanks": ["danke, passt"],
        "ack": [
            "Guten Tag {first}, wir haben den Vorgang {case} für {company} angelegt und melden uns morgen."
        ],
        "mild_ack": ["Danke {first}, ans Produktteam weitergegeben."],
        "praise": ["Sicherheitstraining top, unsere Fahrer waren begeistert."],
    },
    "pt": {
        "first": ["Bom dia, escrevo pela {company}: {prob}. Pedimos correção já."],
        "later": ["Bom dia, como a {prev} escreveu {day} (pedido {case}): {prob}. Continua igual."],
        "last": [
            "Pedido {case}: nada mudou e já escreveram vários colegas. As compras já pediram preços à {comp}."
        ],
        "suggest": ["Sugestão: exportar os custos por centro de custo?"],
        "question": ["Posso juntar um motorista ao curso de quinta?"],
        "answer": ["Sim, acrescentado, está no portal."],
        "thanks": ["obrigado, perfeito"],
        "ack": [
            "Bom dia {first}, abrimos o pedido {case} para a {company} e damos notícias amanhã."
        ],
        "mild_ack": ["Obrigado {first}, passado à equipa de produto."],
        "praise": ["Curso de condução defensiva ótimo, os motoristas adoraram."],
    },
}
WEEKDAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
}
