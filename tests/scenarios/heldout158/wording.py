# ruff: noqa: E501
"""Texts of heldout158: Declarra, household tax returns by app and web (Spanish, Italian first)."""

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "es": [
        "La renta hecha en 20 minutos con Declarra y la asesora me lo explico todo, genial",
        "tercera vez que hago la declaracion con Declarra y otra vez sin sustos. Encantada",
        "Me han devuelto 412 € y ni me he enterado del papeleo. Gracias Declarra!!",
    ],
    "it": [
        "Dichiarazione fatta con Declarra in mezz'ora, il consulente gentilissimo",
        "di nuovo il 730 senza stress, ormai e il terzo anno con Declarra. Bravi",
        "Rimborso arrivato prima del previsto, grazie Declarra 👏",
    ],
    "en": [
        "Filed my return with Declarra over lunch, the adviser spotted a deduction I'd missed. Brilliant"
    ],
    "fr": ["Déclaration faite avec Declarra en vingt minutes, conseillère au top, merci"],
    "de": ["Steuererklärung mit Declarra am Sonntagabend erledigt, der Berater war super geduldig"],
    "pt": ["IRS entregue com a Declarra em meia hora, a consultora foi impecável"],
}

GRIPE: T = {
    "es": [
        "Todo perfecto con la renta, solo que la app tarda en abrir los PDF. Por lo demas de diez",
        "muy contenta con mi asesor, aunque la videollamada se corto una vez. repetire",
    ],
    "it": [
        "Tutto ok col 730, solo che le notifiche arrivano in inglese. Per il resto benissimo",
        "consulente bravissima, peccato che il chat chiuda alle 19. comunque consigliato",
    ],
    "en": ["Great service again, only wish the app let me upload more than one photo at a time"],
    "fr": ["très contente, seul bémol le rappel par SMS arrive à 7h du matin"],
    "de": ["Alles gut gelaufen, nur die Bestätigungsmail landet immer im Spam. Sonst top"],
    "pt": ["tudo certo com o IRS, so o chat demora um bocadinho a responder. recomendo"],
}

QUESTION: T = {
    "es": [
        "Hola, puedo desgravar la guarderia de mi hija en la renta?",
        "buenas, si me mude en marzo que domicilio pongo?",
        "Una pregunta: la cuota de Declarra Plus incluye la declaracion conjunta?",
    ],
    "it": [
        "Buongiorno, posso detrarre le spese del veterinario?",
        "ciao, il bonus asilo nido va nel 730 o no?",
        "Domanda: con Declarra Plus posso fare anche il 730 di mia madre?",
    ],
    "en": ["hi, can I claim the home office days if my employer paid part of the broadband?"],
    "fr": ["Bonjour, les frais de garde de mon fils sont déductibles ?"],
    "de": ["Hallo, kann ich die Handwerkerrechnung für die Heizung absetzen?"],
    "pt": ["Ola, as despesas de farmacia entram no IRS automaticamente?"],
}

ANSWER: T = {
    "es": [
        "Hola {n}, si: sube la factura en Documentos y tu asesora la incluye. Un saludo, {a} de Declarra",
        "Hola {n}, te lo hemos dejado anotado en tu expediente, lo revisa tu asesor hoy mismo. {a}",
    ],
    "it": [
        "Ciao {n}, si: carica la ricevuta in Documenti e il consulente la aggiunge. {a}, Declarra",
        "Buongiorno {n}, abbiamo aggiunto la nota alla tua pratica, la vede oggi il consulente. {a}",
    ],
    "en": [
        "Hi {n}, yes: upload the receipt under Documents and your adviser will add it. {a} at Declarra"
    ],
    "fr": [
        "Bonjour {n}, oui : ajoutez le justificatif dans Documents, votre conseiller s'en charge. {a}"
    ],
    "de": [
        "Hallo {n}, ja: laden Sie die Rechnung unter Dokumente hoch, Ihr Berater übernimmt sie. {a}"
    ],
    "pt": [
        "Ola {n}, sim: carregue o recibo em Documentos e o consultor trata disso. {a}, Declarra"
    ],
}

THANKS: T = {
    "es": ["gracias!!", "Perfecto, muchas gracias"],
    "it": ["grazie mille!", "Perfetto, grazie"],
    "en": ["thanks, that's great"],
    "fr": ["merci beaucoup"],
    "de": ["Danke, super"],
    "pt": ["obrigada!"],
}

CALL_Q: T = {
    "es": [
        "hola llamaba porque no se si tengo que declarar la venta del coche de mi padre",
        "buenas tardes queria saber cuando me toca la cita con la asesora",
    ],
    "it": [
        "buongiorno chiamavo per sapere se il mutuo della casa nuova va nel 730",
        "salve volevo chiedere quando arriva il rimborso piu o meno",
    ],
    "en": ["hi there I was calling to ask whether my student loan goes on the return"],
    "fr": ["bonjour j'appelais pour savoir si je dois déclarer la prime de mon employeur"],
    "de": ["ja hallo ich wollte fragen ob ich die Pendlerpauschale schon eingetragen habe"],
    "pt": ["bom dia liguei para saber se o subsidio de ferias entra no IRS"],
}

NIGHT: T = {
    "es": [
        "las 2 de la mañana y yo subiendo tickets de farmacia a Declarra. el insomnio da para mucho",
        "turno de noche en el hospital y aprovecho para revisar la renta con Declarra 😅",
    ],
    "it": [
        "alle 3 di notte a caricare scontrini su Declarra, la vita del turnista",
        "non riesco a dormire quindi ho finito il 730 con Declarra. almeno quello",
    ],
    "en": [
        "3am, baby finally asleep, and I've just filed my return with Declarra. small victories"
    ],
    "fr": ["2h du mat et je finis ma déclaration avec Declarra, insomnie productive"],
    "de": ["Nachtschicht an der Tankstelle, nebenbei die Steuer mit Declarra fertig gemacht"],
    "pt": ["3 da manha e a entregar o IRS na Declarra, o bebe nao dorme"],
}

NIGHT_Q: T = {
    "es": ["hola, a estas horas se puede hablar con alguien? quiero saber si ya esta presentada"],
    "it": ["c'e qualcuno? volevo sapere se la mia dichiarazione e gia stata inviata"],
    "en": ["anyone there this late? just want to check my return went through"],
    "fr": ["quelqu'un à cette heure ? je voudrais savoir si ma déclaration est partie"],
    "de": ["ist noch jemand da? wollte wissen ob meine Erklärung abgeschickt ist"],
    "pt": ["alguem ai a esta hora? queria saber se o IRS ja foi submetido"],
}

NIGHT_A: T = {
    "es": [
        "Hola {n}, si: tu declaracion se presento ayer a las 17:40, tienes el justificante en la app. {a}"
    ],
    "it": ["Ciao {n}, si: la dichiarazione e stata inviata ieri, la ricevuta e nell'app. {a}"],
    "en": ["Hi {n}, yes: your return was filed yesterday, the receipt is in the app. {a}"],
    "fr": ["Bonjour {n}, oui : votre déclaration est partie hier, l'accusé est dans l'appli. {a}"],
    "de": [
        "Hallo {n}, ja: Ihre Erklärung wurde gestern übermittelt, die Quittung ist in der App. {a}"
    ],
    "pt": ["Ola {n}, sim: a declaracao foi submetida ontem, o comprovativo esta na app. {a}"],
}

SURVEY_WORD: T = {
    "es": ["", "genial", "👍", "muy facil"],
    "it": ["", "ottimo", "👍", "facilissimo"],
    "en": ["", "great"],
    "fr": ["", "top"],
    "de": ["", "prima"],
    "pt": ["", "otimo"],
}

# The six household problems, as a customer names them.
PROBLEMS = (
    "refund_late",
    "wrong_deduction",
    "deadline_missed",
    "double_fee",
    "adviser_noshow",
    "lost_documents",
)
PROB: dict[str, list[str]] = {
    "es": [
        "me dijeron que la devolucion llegaba en 3 semanas y van DOS meses sin un euro",
        "presentasteis mi renta SIN la deduccion por alquiler que os mande tres veces",
        "se os paso el plazo y Hacienda me ha puesto un recargo de 120 €",
        "me habeis cobrado la tarifa DOS veces, 49 € y 49 €",
        "la asesora no se conecto a la videollamada, una hora esperando",
        "habeis perdido los certificados que subi, la app dice que no hay nada",
    ],
    "it": [
        "mi avevate detto rimborso in tre settimane e sono passati DUE mesi",
        "avete inviato il 730 SENZA le spese mediche che avevo caricato",
        "avete mancato la scadenza e ora ho una sanzione di 120 €",
        "mi avete addebitato la tariffa DUE volte, 49 € e 49 €",
        "il consulente non si e presentato alla videochiamata, un'ora ad aspettare",
        "avete perso i documenti che avevo caricato, nell'app non c'e piu niente",
    ],
    "en": [
        "you said the refund would come in three weeks and it's been TWO months",
        "you filed my return WITHOUT the pension contributions I uploaded",
        "you missed the deadline and now I've got a £100 penalty",
        "I've been charged the fee TWICE, £42 and £42",
        "the adviser never joined the video call, I waited an hour",
        "you've lost the documents I uploaded, the app shows nothing",
    ],
    "fr": [
        "on m'avait promis le remboursement en trois semaines, ça fait DEUX mois",
        "vous avez envoyé ma déclaration SANS les frais de garde que j'avais joints",
        "vous avez raté la date limite et j'ai une majoration de 120 €",
        "vous m'avez prélevé DEUX fois 49 €",
        "le conseiller ne s'est jamais connecté à la visio, une heure d'attente",
        "vous avez perdu mes justificatifs, l'appli n'affiche plus rien",
    ],
    "de": [
        "die Erstattung sollte in drei Wochen kommen, jetzt sind es ZWEI Monate",
        "Sie haben meine Erklärung OHNE die Handwerkerkosten abgeschickt",
        "Sie haben die Frist verpasst und ich soll 120 € Verspätungszuschlag zahlen",
        "Sie haben die Gebühr ZWEIMAL abgebucht, 49 € und 49 €",
        "der Berater ist nicht zum Videotermin gekommen, eine Stunde gewartet",
        "meine hochgeladenen Belege sind weg, die App zeigt nichts mehr",
    ],
    "pt": [
        "disseram reembolso em tres semanas e ja vao DOIS meses",
        "entregaram o meu IRS SEM as despesas de saude que carreguei",
        "falharam o prazo e agora tenho uma coima de 120 €",
        "cobraram a taxa DUAS vezes, 49 € e 49 €",
        "a consultora nao apareceu na videochamada, uma hora a espera",
        "perderam os documentos que carreguei, a app nao mostra nada",
    ],
}

COMPLAIN: T = {
    "es": [
        "Reclamacion: {p}. Esto es una vergüenza, quiero una solucion YA",
        "hola, {p}. no es normal, espero respuesta hoy",
        "ESTOY HARTA. {p}. Alguien me lo explica?",
    ],
    "it": [
        "Reclamo: {p}. Inaccettabile, voglio una soluzione OGGI",
        "buongiorno, {p}. non e serio, aspetto una risposta",
        "BASTA. {p}. Qualcuno mi spiega?",
    ],
    "en": ["Complaint: {p}. This is not acceptable, I want it sorted today"],
    "fr": ["Réclamation : {p}. C'est inadmissible, j'attends une réponse"],
    "de": ["Beschwerde: {p}. Das ist nicht in Ordnung, ich erwarte eine Lösung"],
    "pt": ["Reclamação: {p}. Isto nao se faz, quero uma resposta hoje"],
}

CALL_COMPLAIN: T = {
    "es": ["hola mire llamo porque {p} y nadie me dice nada estoy muy enfadada"],
    "it": ["si buongiorno chiamo perche {p} e nessuno mi risponde sono arrabbiato"],
    "en": ["yeah hi I'm calling because {p} and nobody gets back to me"],
    "fr": ["oui bonjour j'appelle parce que {p} et personne ne me répond"],
    "de": ["ja guten Tag ich rufe an weil {p} und keiner meldet sich"],
    "pt": ["sim bom dia ligo porque {p} e ninguem me diz nada"],
}

LONG: T = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del pediatra, con la pequeña con fiebre, asi que perdonen si voy al grano. Llevo tres años haciendo la renta con ustedes y siempre he estado contenta, por eso me duele escribir esto: {p}. He mirado la app, he mirado el correo, y nada.\n\nEntiendo que es temporada alta, pero necesito que alguien lo revise esta semana.\n\nUn saludo,\n{n}",
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dal treno per Bologna, tra una telefonata di lavoro e l'altra. Sono cliente da anni e mi sono sempre trovato bene, ma questa volta no: {p}. Ho controllato tutto due volte.\n\nVi chiedo di verificare con urgenza.\n\nCordiali saluti,\n{n}",
    ],
}

AG_CASE: T = {
    "es": [
        "Hola {n}, sentimos lo ocurrido. Hemos abierto el caso {ref} y te escribimos en cuanto sepamos algo. {a}, Declarra"
    ],
    "it": [
        "Ciao {n}, ci dispiace. Abbiamo aperto la pratica {ref}, ti aggiorniamo al piu presto. {a}, Declarra"
    ],
    "en": [
        "Hi {n}, sorry about this. We've opened case {ref} and will update you soon. {a}, Declarra"
    ],
    "fr": [
        "Bonjour {n}, désolés. Nous avons ouvert le dossier {ref} et revenons vers vous vite. {a}"
    ],
    "de": ["Hallo {n}, das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns. {a}"],
    "pt": ["Ola {n}, lamentamos. Abrimos o caso {ref} e voltamos a contactar em breve. {a}"],
}

AG_GOOD: T = {
    "es": [
        "Hola {n}, buenas noticias sobre el caso {ref}: ya esta corregido. Nos lo confirmas? {a}"
    ],
    "it": ["Ciao {n}, buone notizie sulla pratica {ref}: e stato sistemato. Ci confermi? {a}"],
    "en": ["Hi {n}, good news on case {ref}: it's been put right. Could you confirm? {a}"],
    "fr": [
        "Bonjour {n}, bonne nouvelle pour le dossier {ref} : c'est corrigé. Pouvez-vous confirmer ? {a}"
    ],
    "de": ["Hallo {n}, gute Nachricht zu {ref}: es ist korrigiert. Können Sie das bestätigen? {a}"],
    "pt": ["Ola {n}, boas noticias sobre o caso {ref}: ja esta corrigido. Pode confirmar? {a}"],
}

AG_LEAD: T = {
    "es": [
        "Hola {n}, tu caso {ref} lo lleva ahora nuestra responsable de calidad, que te llamara antes del viernes. {a}"
    ],
    "it": [
        "Ciao {n}, la pratica {ref} e ora seguita dalla nostra responsabile qualita, ti chiamera entro venerdi. {a}"
    ],
    "en": ["Hi {n}, case {ref} is now with our quality lead, who will call you before Friday. {a}"],
    "fr": [
        "Bonjour {n}, le dossier {ref} est suivi par notre responsable qualité, qui vous appellera avant vendredi. {a}"
    ],
    "de": [
        "Hallo {n}, {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft. {a}"
    ],
    "pt": [
        "Ola {n}, o caso {ref} esta agora com a nossa responsavel de qualidade, que liga antes de sexta. {a}"
    ],
}

AG_URGENT: T = {
    "es": ["Lo añadimos a tu caso {ref} y lo marcamos como urgente, {n}. {a}"],
    "it": ["Aggiunto alla pratica {ref} e segnato come urgente, {n}. {a}"],
    "en": ["Added to your case {ref} and marked urgent, {n}. {a}"],
    "fr": ["Ajouté au dossier {ref}, marqué urgent, {n}. {a}"],
    "de": ["Zum Vorgang {ref} hinzugefügt und als dringend markiert, {n}. {a}"],
    "pt": ["Acrescentado ao caso {ref} e marcado como urgente, {n}. {a}"],
}

AGAIN: T = {
    "es": [
        "Caso {ref}: sigue igual, {p}. Nadie me ha dicho nada",
        "vuelvo a escribir por lo del caso {ref}. sigue sin resolverse: {p}",
    ],
    "it": [
        "Pratica {ref}: ancora niente, {p}. Nessuno mi ha risposto",
        "riscrivo per la pratica {ref}, ancora aperta: {p}",
    ],
    "en": ["Case {ref}: still nothing, {p}. Nobody has got back to me"],
    "fr": ["Dossier {ref} : toujours rien, {p}. Personne ne m'a répondu"],
    "de": ["Vorgang {ref}: immer noch nichts, {p}. Keiner hat sich gemeldet"],
    "pt": ["Caso {ref}: continua igual, {p}. Ninguem me respondeu"],
}

THIRD: T = {
    "es": [
        "Caso {ref}, tercera vez que escribo. Mi cuñado hace la renta con {c} y alli esto se arregla en un dia"
    ],
    "it": [
        "Pratica {ref}, terza volta che scrivo. Un collega usa {c} e li queste cose le risolvono subito"
    ],
    "en": [
        "Case {ref}, third time I'm writing. A friend uses {c} and they'd have sorted this in a day"
    ],
    "fr": ["Dossier {ref}, troisième message. J'ai regardé les prix de {c}, franchement"],
    "de": ["Vorgang {ref}, dritte Nachricht. Ich habe mir schon angesehen, was {c} kostet"],
    "pt": ["Caso {ref}, terceira vez. Ja fui ver quanto cobra a {c}"],
}

FOURTH: T = {
    "es": ["CUARTA vez. Caso {ref} sigue abierto. {p}"],
    "it": ["QUARTA volta. La pratica {ref} e ancora aperta. {p}"],
    "en": ["FOURTH time. Case {ref} still open. {p}"],
    "fr": ["QUATRIÈME fois. Le dossier {ref} est toujours ouvert. {p}"],
    "de": ["VIERTES Mal. {ref} ist immer noch offen. {p}"],
    "pt": ["QUARTA vez. O caso {ref} continua aberto. {p}"],
}

CONFIRM: T = {
    "es": ["Confirmado, el caso {ref} esta resuelto. Gracias!"],
    "it": ["Confermo, la pratica {ref} e risolta. Grazie"],
    "en": ["Confirmed, case {ref} is sorted. Thanks"],
    "fr": ["Je confirme, dossier {ref} réglé. Merci"],
    "de": ["Bestätigt, {ref} ist erledigt. Danke"],
    "pt": ["Confirmo, caso {ref} resolvido. Obrigado"],
}

APOLOGY: T = {
    "es": ["Perdon por el tono de ayer, estaba agobiada. Gracias por arreglarlo tan rapido"],
    "it": ["Scusate per il tono di ieri, ero stressato. Grazie per la rapidita"],
    "en": ["Sorry for yesterday's tone, long day. Thanks for fixing it so quickly"],
    "fr": ["Désolée pour le ton d'hier. Merci d'avoir réglé ça si vite"],
    "de": ["Entschuldigung für den Ton gestern. Danke, dass es so schnell ging"],
    "pt": ["Desculpem o tom de ontem. Obrigada pela rapidez"],
}

# Six steps of a slide from a happy baseline; the last names a competitor.
SLIDE: dict[str, list[list[str]]] = {
    "es": [
        [
            "La app de Declarra va lentisima esta semana",
            "me han cambiado de asesora sin avisar, y la nueva no sabe nada de mi caso",
            "otra vez me piden el mismo certificado que ya subi en enero",
            "Declarra ya no es lo que era. tres dias sin contestar un chat",
            "49 € por una declaracion que he tenido que revisar YO linea a linea. Indignada",
            "Mi hermana hace la renta con {c} y este año me paso. Ya tengo cita con ellos",
        ],
        [
            "hoy la app de Declarra no me dejaba entrar, raro",
            "la asesora nueva contesta en dos palabras, antes era otra cosa",
            "me vuelven a pedir el DNI por tercera vez, en serio?",
            "cada año peor Declarra, nadie responde",
            "me han cobrado la revision extra sin preguntarme. FATAL",
            "He visto que {c} cobra menos y contesta el mismo dia. Me voy con {c}",
        ],
    ],
    "it": [
        [
            "L'app di Declarra oggi e lentissima",
            "mi hanno cambiato consulente senza dirmelo e il nuovo non sa niente",
            "di nuovo mi chiedono la CU che ho gia caricato a marzo",
            "Declarra non e piu quella di prima, tre giorni senza risposta",
            "49 € per un 730 che ho dovuto controllare IO riga per riga. Vergogna",
            "Mia cognata usa {c} e quest'anno passo anch'io. Appuntamento gia preso",
        ],
        [
            "stamattina l'app Declarra non si apriva",
            "il consulente nuovo risponde a monosillabi",
            "terza volta che mi chiedono la carta d'identita, ma dai",
            "ogni anno peggio, nessuno risponde in chat",
            "mi hanno addebitato il controllo extra senza chiedere. PESSIMI",
            "Ho visto che {c} costa meno e risponde subito. Passo a {c}",
        ],
    ],
    "en": [
        [
            "Declarra's app is painfully slow this week",
            "got moved to a new adviser without a word, she knows nothing about my file",
            "asked AGAIN for the P60 I uploaded in January",
            "three days and no answer in chat. Declarra used to be good",
            "£42 for a return I had to check line by line myself. Fuming",
            "My sister files with {c} and I'm switching too. Already booked",
        ]
    ],
    "fr": [
        [
            "L'appli Declarra rame énormément cette semaine",
            "on m'a changé de conseiller sans prévenir, il ne connaît pas mon dossier",
            "encore une fois on me redemande l'avis d'imposition déjà envoyé",
            "trois jours sans réponse au chat, Declarra n'est plus ce que c'était",
            "49 € pour une déclaration que j'ai dû vérifier MOI-MÊME. Scandaleux",
            "Mon frère passe par {c} et je vais faire pareil, rendez-vous pris",
        ]
    ],
    "de": [
        [
            "Die Declarra-App ist diese Woche extrem langsam",
            "neuer Berater ohne Ankündigung, kennt meine Unterlagen nicht",
            "schon wieder soll ich die Lohnsteuerbescheinigung hochladen, die längst da ist",
            "drei Tage keine Antwort im Chat. Declarra war mal gut",
            "49 € für eine Erklärung, die ich SELBST Zeile für Zeile prüfen musste",
            "Mein Schwager macht das über {c}, ich wechsle auch. Termin steht",
        ]
    ],
    "pt": [
        [
            "A app da Declarra esta lentissima esta semana",
            "mudaram-me de consultora sem avisar e a nova nao sabe nada",
            "outra vez a pedir o recibo que ja enviei em janeiro",
            "tres dias sem resposta no chat, a Declarra ja nao e o que era",
            "49 € por um IRS que tive de verificar EU linha a linha. Vergonha",
            "A minha irma usa a {c} e eu vou mudar tambem. Ja marquei",
        ]
    ],
}

CANCEL: T = {
    "es": [
        "Hola, este año me voy a vivir con mis padres y la renta la hace mi padre. Quiero cancelar Declarra Plus y cerrar la cuenta, gracias",
        "buenas, me jubilo y ya no tengo tanto lio de papeles. Por favor dad de baja Declarra Plus y borrad mi cuenta",
    ],
    "it": [
        "Buongiorno, mi trasferisco all'estero e non mi serve piu. Vorrei disdire Declarra Plus e chiudere l'account",
        "salve, quest'anno il 730 lo fa il CAF dell'azienda. Per favore cancellate Declarra Plus e il mio account",
    ],
    "en": ["Hi, I'm moving abroad for work, please cancel Declarra Plus and close my account"],
    "fr": [
        "Bonjour, je pars à l'étranger, merci de résilier Declarra Plus et de fermer mon compte"
    ],
    "de": ["Hallo, ich ziehe ins Ausland, bitte Declarra Plus kündigen und mein Konto schließen"],
    "pt": ["Ola, vou emigrar, por favor cancelem a Declarra Plus e fechem a minha conta"],
}

AG_SORRY: T = {
    "es": [
        "Hola {n}, sentimos que te vayas. Puedes cancelar tu mismo en la app, en Perfil > Suscripcion. {a}"
    ],
    "it": [
        "Ciao {n}, ci dispiace vederti andare. Puoi disdire dall'app, Profilo > Abbonamento. {a}"
    ],
    "en": [
        "Hi {n}, sorry to see you go. You can cancel yourself in the app under Profile > Subscription. {a}"
    ],
    "fr": [
        "Bonjour {n}, désolés de vous voir partir. Résiliation possible dans l'appli, Profil > Abonnement. {a}"
    ],
    "de": ["Hallo {n}, schade. Sie können selbst in der App unter Profil > Abo kündigen. {a}"],
    "pt": ["Ola {n}, lamentamos. Pode cancelar na app em Perfil > Subscricao. {a}"],
}

GRUMBLE: T = {
    "es": [
        "la app de Declarra me cierra la sesion cada vez que cambio de pantalla",
        "otra vez el SMS de recordatorio a las 7 de la mañana, un domingo",
        "el chat dice 'respondemos en minutos' y son horas",
    ],
    "it": [
        "l'app Declarra mi fa rifare il login ogni volta",
        "notifica alle 7 di domenica mattina, ma perche",
        "la chat dice 'rispondiamo in pochi minuti', sono ore",
    ],
    "en": ["Declarra's app logs me out every single time I switch screens"],
    "fr": ["l'appli Declarra me déconnecte à chaque fois"],
    "de": ["die Declarra-App loggt mich bei jedem Wechsel aus"],
    "pt": ["a app da Declarra faz logout sempre que mudo de ecra"],
}

SARCASM: T = {
    "es": ["Genial Declarra, recordatorio de 'ultimo dia' tres dias DESPUES del plazo 👏👏"],
    "it": ["Bravissimi Declarra, il promemoria della scadenza arrivato il giorno dopo 👏"],
    "en": ["Love that Declarra reminded me about the deadline the morning after it 👏"],
    "fr": ["Merci Declarra pour le rappel de la date limite reçu le lendemain 👏"],
    "de": ["Danke Declarra für die Fristerinnerung, die einen Tag NACH der Frist kam 👏"],
    "pt": ["Obrigada Declarra pelo lembrete do prazo que chegou no dia seguinte 👏"],
}

MILD: T = {
    "es": [
        "la app tarda un poco en cargar el borrador, nada grave",
        "el buscador de ayuda no encuentra 'alquiler', solo 'arrendamiento'",
    ],
    "it": [
        "la bozza ci mette un po' a caricare, niente di grave",
        "la guida non trova 'affitto', solo 'locazione'",
    ],
    "en": ["the draft takes a while to load, nothing major"],
    "fr": ["le brouillon met du temps à charger, rien de grave"],
    "de": ["der Entwurf lädt etwas langsam, nicht schlimm"],
    "pt": ["o rascunho demora um pouco a carregar, nada de grave"],
}

# Business arm: Declarra Empresa (bookkeeping and payroll for small firms on account).
B2B_PROB = ("payroll_late", "vat_wrong", "portal_locked", "overbilled")
B2B_P: dict[str, list[str]] = {
    "es": [
        "las nominas de este mes NO se han generado y hoy es dia de pago",
        "el modelo 303 que presentasteis tiene el IVA mal, nos sale a pagar 1.900 € de mas",
        "el portal de empresa nos dice 'cuenta bloqueada' y no podemos subir facturas",
        "nos habeis cobrado 14 empleados y somos 9",
    ],
    "it": [
        "le buste paga di questo mese NON sono state elaborate e oggi si paga",
        "la liquidazione IVA inviata e sbagliata, risultano 1.900 € in piu",
        "il portale aziende dice 'account bloccato', non possiamo caricare fatture",
        "ci avete fatturato 14 dipendenti e siamo 9",
    ],
    "en": [
        "this month's payslips have NOT been run and it's payday",
        "the VAT return you filed is wrong, it shows £1,600 too much",
        "the business portal says 'account locked', we can't upload invoices",
        "you've billed us for 14 employees and we have 9",
    ],
    "fr": [
        "les fiches de paie du mois ne sont PAS faites et c'est jour de paie",
        "la déclaration de TVA envoyée est fausse, 1 900 € de trop",
        "le portail entreprise affiche 'compte bloqué', impossible d'envoyer les factures",
        "vous nous facturez 14 salariés, nous sommes 9",
    ],
    "de": [
        "die Lohnabrechnungen für diesen Monat sind NICHT erstellt und heute ist Zahltag",
        "die Umsatzsteuervoranmeldung ist falsch, 1.900 € zu viel",
        "das Firmenportal zeigt 'Konto gesperrt', wir können keine Rechnungen hochladen",
        "Sie berechnen 14 Mitarbeiter, wir sind 9",
    ],
    "pt": [
        "os recibos de vencimento deste mes NAO foram processados e hoje e dia de pagamento",
        "a declaracao de IVA esta errada, da 1.900 € a mais",
        "o portal de empresa diz 'conta bloqueada', nao conseguimos carregar faturas",
        "cobraram 14 funcionarios e somos 9",
    ],
}

B2B_FIRST: T = {
    "es": [
        "Asunto urgente de {co}: {p}. Por favor, revisadlo hoy. {n}, {j}",
        "Buenos dias, desde {co}: {p}. Necesitamos respuesta. {n}",
    ],
    "it": [
        "Urgente da {co}: {p}. Vi prego di verificare oggi. {n}, {j}",
        "Buongiorno, vi scrivo da {co}: {p}. Attendiamo risposta. {n}",
    ],
    "en": ["Urgent from {co}: {p}. Please look at this today. {n}, {j}"],
    "fr": ["Urgent de la part de {co} : {p}. Merci de regarder aujourd'hui. {n}, {j}"],
    "de": ["Dringend von {co}: {p}. Bitte heute prüfen. {n}, {j}"],
    "pt": ["Urgente da {co}: {p}. Por favor vejam hoje. {n}, {j}"],
}

B2B_LATER: T = {
    "es": ["Hola, soy {n} de {co}. {f} ya os escribio el {d} (caso {ref}) y seguimos igual: {p}"],
    "it": [
        "Salve, sono {n} di {co}. {f} vi ha gia scritto {d} (pratica {ref}) e siamo ancora li: {p}"
    ],
    "en": ["Hi, {n} at {co}. {f} already wrote on {d} (case {ref}) and nothing has changed: {p}"],
    "fr": ["Bonjour, {n} de {co}. {f} vous a écrit {d} (dossier {ref}), rien n'a changé : {p}"],
    "de": ["Hallo, {n} von {co}. {f} hat schon am {d} geschrieben ({ref}), unverändert: {p}"],
    "pt": ["Ola, {n} da {co}. A {f} ja escreveu na {d} (caso {ref}) e continua igual: {p}"],
}

B2B_LAST_MAIL: T = {
    "es": [
        "Caso {ref}: nada arreglado y ya os hemos escrito varios. Administracion ya ha pedido precio a {c}"
    ],
    "it": [
        "Pratica {ref}: niente risolto, vi abbiamo scritto in tanti. L'amministrazione ha gia chiesto un preventivo a {c}"
    ],
    "en": [
        "Case {ref}: nothing fixed and several of us have written. Finance has already asked {c} for a quote"
    ],
    "fr": [
        "Dossier {ref} : rien n'est réglé, plusieurs d'entre nous ont écrit. La compta a demandé un devis à {c}"
    ],
    "de": [
        "{ref}: nichts behoben, mehrere von uns haben geschrieben. Die Buchhaltung hat schon bei {c} angefragt"
    ],
    "pt": [
        "Caso {ref}: nada resolvido e ja escrevemos varios. A contabilidade ja pediu orcamento a {c}"
    ],
}

B2B_LAST_CALL: T = {
    "es": [
        "si hola llamo por el caso {ref} sigue sin arreglarse ya os han escrito varios companeros mi jefe dice que si no se arregla esta semana nos vamos a otra gestoria"
    ],
    "it": [
        "si buongiorno chiamo per la pratica {ref} non e ancora risolta vi hanno scritto anche i colleghi il mio capo dice che se non si sistema questa settimana cambiamo studio"
    ],
    "en": [
        "yes hi calling about case {ref} still not fixed several colleagues have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour j'appelle pour le dossier {ref} toujours pas réglé mes collègues vous ont écrit mon patron dit qu'on change de prestataire si ce n'est pas fait cette semaine"
    ],
    "de": [
        "ja hallo wegen {ref} immer noch nicht behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "pt": [
        "sim bom dia ligo por causa do caso {ref} continua por resolver varios colegas ja escreveram o meu chefe diz que mudamos se nao ficar resolvido esta semana"
    ],
}

B2B_SUGGEST: T = {
    "es": [
        "Sugerencia: estaria bien exportar las nominas por centro de coste",
        "Seria util recibir un aviso cuando falte una factura del trimestre",
    ],
    "it": [
        "Suggerimento: sarebbe comodo esportare i costi per centro di costo",
        "Utile un avviso quando manca una fattura del trimestre",
    ],
    "en": ["Suggestion: it would help to export payroll costs by cost centre"],
    "fr": ["Suggestion : pouvoir exporter la paie par centre de coût serait pratique"],
    "de": ["Vorschlag: Lohnkosten nach Kostenstelle exportieren wäre hilfreich"],
    "pt": ["Sugestao: seria util exportar os salarios por centro de custo"],
}

B2B_ROUTINE_Q: T = {
    "es": [
        "Hola, como doy de alta a un empleado nuevo en el portal?",
        "buenas, donde descargo el resumen trimestral?",
    ],
    "it": [
        "Buongiorno, come aggiungo un nuovo dipendente nel portale?",
        "ciao, dove scarico il riepilogo trimestrale?",
    ],
    "en": ["Hi, how do I add a new starter in the portal?"],
    "fr": ["Bonjour, comment ajouter un nouveau salarié sur le portail ?"],
    "de": ["Hallo, wie lege ich einen neuen Mitarbeiter im Portal an?"],
    "pt": ["Ola, como adiciono um funcionario novo no portal?"],
}

B2B_PRAISE: T = {
    "es": ["Cierre del trimestre con Declarra Empresa sin un solo problema, gracias al equipo"],
    "it": ["Chiusura trimestrale con Declarra Empresa liscia come l'olio, grazie"],
    "en": ["Quarter closed with Declarra Empresa without a hitch, thanks team"],
    "fr": ["Clôture du trimestre avec Declarra Empresa sans souci, merci"],
    "de": ["Quartalsabschluss mit Declarra Empresa ohne Probleme, danke"],
    "pt": ["Fecho do trimestre com a Declarra Empresa sem problemas, obrigado"],
}

# The spike (see the truth's spike block).
SPIKE: T = {
    "es": [
        "Que pasa con Declarra?? La app dice que TENGO QUE PAGAR 2.316 € y ayer me salia a devolver 380",
        "acabo de abrir el borrador y ahora me sale a pagar 1.190 €!! ayer era a devolver. que habeis tocado",
        "SUSTO DE MUERTE. Declarra dice que debo 3.402 € a Hacienda, ayer me devolvian 610",
    ],
    "it": [
        "Ma cosa succede? L'app Declarra dice che DEVO 1.870 €, ieri avevo un rimborso di 290",
        "aperto il 730 e ora risulta a debito 2.240 €!! ieri era a credito. che avete cambiato",
        "Declarra mi mostra un debito di 980 € invece del rimborso. Spavento",
    ],
    "en": [
        "Declarra's app now says I OWE £1,420, yesterday it showed a £260 refund. What happened?"
    ],
    "fr": ["L'appli Declarra affiche que je DOIS 1 640 €, hier j'avais un remboursement de 310 €"],
    "de": [
        "Die Declarra-App sagt plötzlich, ich muss 1.980 € NACHZAHLEN, gestern waren es 420 € Erstattung"
    ],
    "pt": ["A app da Declarra diz que tenho de PAGAR 1.530 €, ontem era reembolso de 350 €"],
}

SPIKE_AGAIN: T = {
    "es": [
        "Sigo igual, en la web tambien me sale a pagar. No voy a presentar nada asi",
        "lo he mirado en el ordenador de mi marido y lo mismo, a pagar. ayuda",
    ],
    "it": [
        "Anche dal sito risulta a debito, non invio niente cosi",
        "provato dal pc di mia moglie, stesso debito. aiuto",
    ],
    "en": ["Same on the website, still says I owe. Not filing like this"],
    "fr": ["Pareil sur le site, toujours à payer"],
    "de": ["Auf der Website dasselbe, immer noch Nachzahlung"],
    "pt": ["No site e igual, continua a pagar"],
}

SPIKE_CHAT_A: T = {
    "es": [
        "Hola {n}, si: ahora mismo los borradores muestran un importe a pagar erroneo, lo estamos corrigiendo. No presentes nada todavia. {a}"
    ],
    "it": [
        "Ciao {n}, si: in questo momento le bozze mostrano un importo a debito errato, lo stiamo correggendo. Non inviare nulla. {a}"
    ],
    "en": [
        "Hi {n}, yes: drafts are showing a wrong amount owed right now, we're fixing it. Please don't file yet. {a}"
    ],
    "fr": [
        "Bonjour {n}, oui : les brouillons affichent un montant erroné, nous corrigeons. N'envoyez rien. {a}"
    ],
    "de": [
        "Hallo {n}, ja: die Entwürfe zeigen gerade einen falschen Betrag, wir beheben das. Bitte nichts abschicken. {a}"
    ],
    "pt": [
        "Ola {n}, sim: os rascunhos mostram um valor errado neste momento, estamos a corrigir. Nao submeta. {a}"
    ],
}

SPIKE_FIXED: T = {
    "es": [
        "Hola {n}, desde las {h} tu borrador vuelve a mostrar el importe correcto. Perdona el susto: este año la revision extra es gratis. {a}"
    ],
    "it": [
        "Ciao {n}, dalle {h} la bozza mostra di nuovo l'importo corretto. Scusa lo spavento: il controllo extra quest'anno e gratis. {a}"
    ],
    "en": [
        "Hi {n}, since {h} your draft shows the right amount again. Sorry for the scare: this year's extra check is on us. {a}"
    ],
    "fr": [
        "Bonjour {n}, depuis {h} votre brouillon affiche le bon montant. Désolés : la vérification en plus est offerte. {a}"
    ],
    "de": [
        "Hallo {n}, seit {h} zeigt Ihr Entwurf wieder den richtigen Betrag. Die Zusatzprüfung ist dieses Jahr gratis. {a}"
    ],
    "pt": [
        "Ola {n}, desde as {h} o rascunho mostra de novo o valor certo. Desculpe o susto: a revisao extra e gratis. {a}"
    ],
}

LONE_Q: T = {
    "es": [
        "Hola, ayer el borrador me mostraba el importe en gris un rato y luego salio bien. es normal?"
    ],
    "it": [
        "Buongiorno, ieri sera la bozza mostrava l'importo in grigio per un po', poi tutto ok. e normale?"
    ],
}
LONE_A: T = {
    "es": [
        "Hola {n}, si, mientras se recalcula aparece en gris unos segundos. Tu importe esta bien. {a}"
    ],
    "it": [
        "Ciao {n}, si, durante il ricalcolo l'importo e grigio per qualche secondo. E tutto corretto. {a}"
    ],
}

SPIKE_SLOW: T = {
    "es": ["el buscador de oficinas de la app tarda en cargar el mapa"],
    "it": ["la mappa degli uffici nell'app ci mette un po' a caricare"],
}
