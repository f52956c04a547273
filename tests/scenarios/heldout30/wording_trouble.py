"""Hand-written wording for heldout30: consumers' trouble with Aparvia.

Problems: a fine although the session was paid (fine), a session that did not
stop and ran all night (session_stuck), the Plus fee taken twice (double_charge),
the car-park barrier not opening for a booking (barrier), a refund for a cancelled
booking missing after three weeks (refund), a booked space refused because the car
park was "full" (full). Placeholders as in wording_happy, plus {comp} (a competitor),
{spoken} (the case reference as heard on the phone), {plate}, {when}.
"""

# ruff: noqa: E501

from __future__ import annotations

PROBLEMS = ("fine", "session_stuck", "double_charge", "barrier", "refund", "full")

T: dict[str, dict[str, list[str]]] = {
    "es": {
        "subj": [
            "Reclamación: multa con sesión pagada",
            "Reclamación: la sesión no se paró",
            "Reclamación: cobro DOBLE de Plus",
            "Reclamación: la barrera no se abrió",
            "Reclamación: reembolso pendiente",
            'Reclamación: plaza reservada y parking "completo"',
        ],
        "fine": [
            "Me han puesto una multa de 90 € en {city} con la sesión PAGADA y activa en la app, tengo la captura. La matrícula es {plate}. Quiero que me ayudéis a recurrirla porque yo pagué",
            "Multa en el parabrisas y la app decía que me quedaban 40 minutos. Esto cómo se explica?? Necesito el justificante de la sesión para el ayuntamiento",
        ],
        "session_stuck": [
            "Aparqué 2 horas {reason} y le di a parar, pero la sesión siguió toda la noche. Me habéis cobrado {amt} por estar aparcad[[a|o]] en mi propia calle mientras dormía",
            "La sesión NO se paró. Le di al botón, salió el check verde y esta mañana veo un cargo de {amt}. Quiero la diferencia de vuelta",
        ],
        "double_charge": [
            "Me habéis cobrado {plus} DOS veces este mes, {amt} y {amt} el mismo día. Devolvedme uno por favor",
            "En el banco me aparecen dos cargos de {plus} idénticos. No tengo dos cuentas, solo una",
        ],
        "barrier": [
            "Tenía plaza reservada en {place} y la barrera no se abrió. 20 minutos en la rampa con coches pitando detrás y al final pagué en la máquina {amt}. Lo quiero de vuelta",
            "La barrera de {place} no reconoció la matrícula {plate} y el interfono no lo cogía NADIE. Llegué tarde {reason}",
        ],
        "refund": [
            "Cancelé la reserva de {place} hace tres semanas, dentro de plazo, y el reembolso de {amt} sigue sin llegar",
            "21 días esperando el reembolso de una reserva cancelada. El correo decía 5 días laborables. Dónde está mi dinero?",
        ],
        "full": [
            "Reservé y pagué plaza en {place} y al llegar el vigilante me dice que está COMPLETO y que la reserva no vale. He tenido que dar vueltas 40 minutos",
            "Plaza reservada y pagada, parking completo, y nadie me da una solución. Perdí la cita {reason}",
        ],
        "phone": [
            "sí hola buenas mire le llamo porque {spoken_problem} y quería que alguien me lo mire por favor",
            "hola buenas tardes a ver es que {spoken_problem} y no sé qué hacer la verdad",
        ],
        "spoken": [
            "me han puesto una multa con la sesión pagada",
            "la sesión no se paró y me han cobrado toda la noche",
            "me han cobrado el plus dos veces",
            "la barrera del parking no se abrió con la reserva",
            "no me llega el reembolso de una reserva que cancelé",
            "tenía plaza reservada y me dicen que el parking está completo",
        ],
        "long": [
            "Hola,\n\nOs escribo con calma aunque no estoy para muchas calmas. Mi padre lleva diez días ingresado en {city} y mis hermanas y yo nos turnamos para estar con él, yo voy por las tardes al salir del trabajo y uso vuestra app precisamente para no perder tiempo en el parking del hospital.\n\n{complaint}\n\nEntiendo que un fallo lo tiene cualquiera, pero estos días no tengo cabeza para pelearme con nadie. Os pido que lo miréis y me contestéis por aquí.\n\nGracias,\n{name}",
            "Buenas,\n\nNos acabamos de mudar a {city} con los dos niños (uno de 3 y otro de 10 meses), estamos con cajas por todas partes y la guarde nueva, y lo último que necesitaba era esto.\n\n{complaint}\n\nSi me podéis decir algo esta semana os lo agradezco, que no doy abasto.\n\nUn saludo,\n{name}",
        ],
        "follow": [
            "Sigo esperando con lo del caso {ref}. Nadie me ha dicho nada y el problema sigue igual",
            "Caso {ref}: vuelvo a escribir porque esto sigue SIN resolver. Ya os lo expliqué todo",
            "Hola otra vez, lo del {ref} sigue abierto. Alguien lo está mirando?",
        ],
        "third": [
            "TERCERA vez que escribo por el caso {ref}. Si mañana no está resuelto me paso a {comp}, que al menos te cogen el teléfono"
        ],
        "fourth": ["CUARTA vez. Caso {ref}. Ya no sé cómo decirlo: sigue todo igual"],
        "phone_follow": [
            "sí hola le llamo otra vez por el caso {spoken} que sigue sin resolver ya escribí y nada",
            "hola buenas es por la reclamación {spoken} otra vez sigue igual nadie me ha llamado",
        ],
        "open": [
            "{sal}\n\nHemos abierto el caso {ref} con tu reclamación. Te escribimos en cuanto tengamos respuesta.\n\n{agent}"
        ],
        "passed": [
            "{sal}\n\nHemos pasado tu caso {ref} a nuestro equipo de pagos y reservas, que lo revisará en 48 horas.\n\nUn saludo,\n{agent}"
        ],
        "sorted": [
            "{sal}\n\nYa está solucionado por nuestra parte ({fix}). ¿Nos confirmas que te ha llegado todo bien? Caso {ref}.\n\n{agent}"
        ],
        "fix": [
            "te enviamos el justificante de la sesión para recurrir la multa",
            "te hemos devuelto la diferencia de la sesión",
            "hemos devuelto el cargo duplicado",
            "te hemos devuelto lo que pagaste en la máquina",
            "el reembolso ya está emitido",
            "te hemos devuelto la reserva y un bono de 10 €",
        ],
        "confirm": [
            "Confirmado, ya me ha llegado. Gracias por resolver el {ref}",
            "Sí, todo bien con el caso {ref}, gracias!",
            "Recibido, caso {ref} cerrado por mi parte. Gracias",
        ],
        "apology": [
            "Perdonad el tono de ayer, estaba muy quemad[[a|o]]. Gracias por solucionarlo tan rápido",
            "Siento haberme puesto así ayer, gracias por la rapidez",
        ],
        "slide": [
            "Últimamente la app tarda más en arrancar la sesión, no sé qué habéis tocado",
            "Un poco decepcionad[[a|o]] con que {plus} pase de 4,99 a 6,99 al mes sin avisar casi",
            "Ya es la segunda vez este mes que la barrera de {place} no me lee la matrícula a la primera",
            "Escribo al chat y solo contesta un bot. Antes había personas",
            "Estoy FURIOS[[A|O]]: he estado aparcad[[a|o]] una hora y me cobráis dos",
            "Hasta aquí. Estoy mirando precios en {comp}",
        ],
        "leave": [
            "Hola, quiero darme de baja de {plus} y cerrar la cuenta, por favor. Ya no uso el coche para ir a trabajar",
            "Buenas, por favor cancelad mi {plus} y borrad la cuenta. Me mudo y allí no hay zona azul",
        ],
        "leave_answer": [
            "{sal}\n\nPuedes cancelar {plus} tú mism[[a|o]] en la app: Cuenta > Plan > Cancelar, y después Cuenta > Cerrar cuenta. Si tienes cualquier problema nos dices.\n\n{agent}"
        ],
        "cancel_reason": ["ya no lo uso", "me mudo", ""],
        "spike": [
            "No me deja pagar!! Pago rechazado ({err}) y la sesión no empieza. Estoy en zona azul con el coche, me van a multar",
            "@Aparvia error {err} al pagar y no arranca la sesión. Lo he intentado 4 veces",
            'hola, me sale "Pago rechazado ({err})" y el aparcamiento no se inicia, qué hago?',
        ],
        "spike_repeat": [
            "Sigue el {err}, lo he probado desde la web también y nada. En el chat no contesta nadie"
        ],
        "spike_fixed": [
            "{sal}\n\nEl error {err} de anoche al pagar ya está corregido. Si te han multado en ese rato, responde a este correo con la foto y lo gestionamos.\n\n{agent}"
        ],
        "lone": [
            "esta noche el pago ha tardado como 2 minutos y luego ha ido. es normal?||Hola {name}, a veces el banco tarda en confirmar; si al final se activó la sesión está todo bien. {agent}"
        ],
    },
    "fr": {
        "subj": [
            "Réclamation : PV alors que le stationnement était payé",
            "Réclamation : la session ne s'est pas arrêtée",
            "Réclamation : Plus prélevé DEUX FOIS",
            "Réclamation : barrière restée fermée",
            "Réclamation : remboursement en attente",
            'Réclamation : place réservée mais parking "complet"',
        ],
        "fine": [
            "J'ai eu un PV de 35 € à {city} alors que la session était PAYÉE et active dans l'appli, j'ai la capture. Plaque {plate}. Il me faut un justificatif pour contester",
            "Un FPS sur le pare-brise et l'appli m'indiquait encore 40 minutes. Comment c'est possible ?? J'ai besoin de la preuve de paiement",
        ],
        "session_stuck": [
            "Garé[[e|]] 2 heures {reason}, j'ai arrêté la session, et elle a tourné toute la nuit. Vous m'avez prélevé {amt} pour dormir chez moi",
            "La session ne s'est PAS arrêtée. J'ai appuyé, coche verte, et ce matin {amt} débités. Je veux la différence",
        ],
        "double_charge": [
            "{plus} prélevé DEUX FOIS ce mois-ci, {amt} et {amt} le même jour. Merci de me rembourser un des deux",
            "Sur mon relevé deux prélèvements {plus} identiques. Je n'ai qu'un seul compte",
        ],
        "barrier": [
            "J'avais réservé dans {place} et la barrière ne s'est pas levée. 20 minutes sur la rampe avec des klaxons derrière et au final j'ai payé {amt} à la borne. Je veux être remboursé[[e|]]",
            "La barrière de {place} n'a pas lu la plaque {plate} et PERSONNE ne répondait à l'interphone. Arrivé[[e|]] en retard {reason}",
        ],
        "refund": [
            "J'ai annulé ma réservation dans {place} il y a trois semaines, dans les délais, et toujours pas de remboursement de {amt}",
            "21 jours que j'attends le remboursement d'une réservation annulée. Le mail disait 5 jours ouvrés. Il est où mon argent ?",
        ],
        "full": [
            "Place réservée et payée dans {place}, et à l'arrivée on me dit que c'est COMPLET et que la réservation ne compte pas. 40 minutes à tourner",
            "Réservé, payé, parking complet, et personne pour trouver une solution. J'ai raté le rendez-vous {reason}",
        ],
        "phone": [
            "oui bonjour euh je vous appelle parce que {spoken_problem} et j'aimerais que quelqu'un regarde s'il vous plaît",
            "allô bonjour voilà {spoken_problem} et je sais pas trop quoi faire",
        ],
        "spoken": [
            "j'ai eu une amende alors que j'avais payé",
            "la session s'est pas arrêtée et j'ai payé toute la nuit",
            "vous m'avez prélevé le plus deux fois",
            "la barrière du parking s'est pas ouverte avec ma réservation",
            "j'ai toujours pas le remboursement d'une réservation annulée",
            "j'avais réservé et on me dit que le parking est complet",
        ],
        "long": [
            "Bonjour,\n\nJe vous écris calmement même si je ne le suis pas vraiment. Mon père est hospitalisé à {city} depuis dix jours, ma sœur et moi on se relaie, je passe le soir après le travail et j'utilise votre appli justement pour ne pas perdre de temps au parking de l'hôpital.\n\n{complaint}\n\nJe comprends qu'il puisse y avoir un bug mais en ce moment je n'ai pas l'énergie de me battre. Merci de regarder et de me répondre ici.\n\nCordialement,\n{name}",
            "Bonjour,\n\nOn vient d'emménager à {city} avec nos deux enfants (3 ans et 10 mois), il y a des cartons partout, nouvelle crèche, nouveau boulot, et franchement je n'avais pas besoin de ça.\n\n{complaint}\n\nSi vous pouvez me répondre cette semaine ce serait super, je suis débordé[[e|]].\n\nBonne journée,\n{name}",
        ],
        "follow": [
            "Toujours rien pour le dossier {ref}. Personne ne m'a répondu et rien n'a bougé",
            "Dossier {ref} : je réécris parce que ce n'est TOUJOURS pas réglé. J'ai déjà tout expliqué",
            "Re-bonjour, le {ref} est toujours ouvert. Quelqu'un s'en occupe ?",
        ],
        "third": [
            "TROISIÈME fois que j'écris pour le dossier {ref}. Si demain ce n'est pas réglé je passe chez {comp}, au moins ils décrochent"
        ],
        "fourth": [
            "QUATRIÈME fois. Dossier {ref}. Je ne sais plus comment le dire : rien n'a changé"
        ],
        "phone_follow": [
            "oui bonjour je rappelle pour le dossier {spoken} c'est toujours pas réglé j'ai déjà écrit",
            "allô c'est encore pour la réclamation {spoken} toujours rien personne m'a rappelé",
        ],
        "open": [
            "{sal}\n\nNous avons ouvert le dossier {ref} pour votre réclamation. Nous revenons vers vous dès que possible.\n\n{agent}"
        ],
        "passed": [
            "{sal}\n\nVotre dossier {ref} a été transmis à notre équipe paiements et réservations, qui le traitera sous 48 heures.\n\nCordialement,\n{agent}"
        ],
        "sorted": [
            "{sal}\n\nC'est réglé de notre côté ({fix}). Pouvez-vous nous confirmer que tout est bon ? Dossier {ref}.\n\n{agent}"
        ],
        "fix": [
            "nous vous avons envoyé le justificatif de stationnement pour contester",
            "la différence de la session vous a été remboursée",
            "le prélèvement en double a été remboursé",
            "ce que vous avez payé à la borne vous a été remboursé",
            "le remboursement est parti",
            "la réservation vous a été remboursée avec un bon de 10 €",
        ],
        "confirm": [
            "Confirmé, c'est bien arrivé. Merci pour le {ref}",
            "Oui tout est ok pour le dossier {ref}, merci !",
            "Bien reçu, dossier {ref} clos pour moi. Merci",
        ],
        "apology": [
            "Désolé[[e|]] pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça si vite",
            "Pardon pour mon message d'hier, merci pour la rapidité",
        ],
        "slide": [
            "Ces derniers temps l'appli met plus de temps à lancer la session, vous avez changé quoi ?",
            "Un peu déçu[[e|]] que {plus} passe de 4,99 à 6,99 par mois sans vraiment prévenir",
            "Deuxième fois ce mois-ci que la barrière de {place} ne lit pas ma plaque du premier coup",
            "J'écris au chat et il n'y a qu'un robot. Avant il y avait des gens",
            "Je suis FURIEU[[SE|X]] : garé[[e|]] une heure, facturé[[e|]] deux",
            "J'en ai assez. Je regarde les tarifs chez {comp}",
        ],
        "leave": [
            "Bonjour, je voudrais résilier {plus} et fermer mon compte s'il vous plaît. Je ne prends plus la voiture pour le travail",
            "Bonjour, merci d'annuler mon {plus} et de supprimer le compte. Je déménage",
        ],
        "leave_answer": [
            "{sal}\n\nVous pouvez résilier {plus} vous-même dans l'appli : Compte > Abonnement > Résilier, puis Compte > Fermer le compte. N'hésitez pas si besoin.\n\n{agent}"
        ],
        "cancel_reason": ["je ne m'en sers plus", "déménagement", ""],
        "spike": [
            "Impossible de payer !! Paiement refusé ({err}) et la session ne démarre pas. Je suis garé[[e|]] en zone payante, je vais prendre un PV",
            "@Aparvia erreur {err} au paiement et la session démarre pas. 4 essais",
            'bonsoir j\'ai "Paiement refusé ({err})" et le stationnement se lance pas, je fais quoi ?',
        ],
        "spike_repeat": [
            "Toujours {err}, essayé aussi sur le site, pareil. Au chat personne ne répond"
        ],
        "spike_fixed": [
            "{sal}\n\nL'erreur {err} d'hier soir au paiement est corrigée. Si vous avez eu un PV pendant ce temps, répondez à ce mail avec la photo et on s'en occupe.\n\n{agent}"
        ],
        "lone": [
            "ce soir le paiement a mis genre 2 minutes puis c'est passé. c'est normal ?||Bonsoir {name}, parfois la banque met un peu de temps à confirmer ; si la session a démarré tout est bon. {agent}"
        ],
    },
    "de": {
        "subj": [
            "Reklamation: Strafzettel trotz bezahltem Parken",
            "Reklamation: Parkvorgang lief weiter",
            "Reklamation: Plus ZWEIMAL abgebucht",
            "Reklamation: Schranke blieb zu",
            "Reklamation: Erstattung fehlt",
            'Reklamation: reservierter Platz, Parkhaus "voll"',
        ],
        "fine": [
            "Strafzettel in {city}, obwohl der Parkvorgang BEZAHLT und aktiv war. Kennzeichen {plate}. Ich brauche einen Nachweis für den Einspruch"
        ],
        "session_stuck": [
            "Parkvorgang beendet, grüner Haken, und trotzdem lief er die ganze Nacht. {amt} abgebucht. Ich will die Differenz zurück"
        ],
        "double_charge": [
            "{plus} ZWEIMAL abgebucht, {amt} und {amt} am selben Tag. Bitte einmal erstatten"
        ],
        "barrier": [
            "Platz im {place} reserviert und die Schranke ging NICHT auf. 20 Minuten auf der Rampe, am Ende {amt} am Automaten bezahlt"
        ],
        "refund": [
            "Buchung im {place} vor drei Wochen storniert, fristgerecht, und die {amt} sind immer noch nicht da"
        ],
        "full": [
            "Platz reserviert und bezahlt, am {place} heißt es VOLL und die Reservierung gilt nicht. 40 Minuten rumgefahren"
        ],
        "phone": [
            "äh hallo guten tag ich rufe an weil {spoken_problem} kann sich das bitte jemand anschauen"
        ],
        "spoken": [
            "ich einen strafzettel bekommen hab obwohl bezahlt war",
            "der parkvorgang nicht beendet wurde",
            "plus zweimal abgebucht wurde",
            "die schranke nicht aufgegangen ist",
            "die erstattung nicht kommt",
            "das parkhaus voll war trotz reservierung",
        ],
        "long": [
            "Hallo,\n\nmein Vater liegt seit zehn Tagen in {city} im Krankenhaus, meine Schwester und ich wechseln uns ab, und ich nutze Ihre App genau, um am Klinikum keine Zeit zu verlieren.\n\n{complaint}\n\nIch habe gerade keine Nerven für so etwas. Bitte schauen Sie sich das an.\n\nGrüße\n{name}"
        ],
        "follow": [
            "Immer noch nichts zu Fall {ref}. Keiner meldet sich, das Problem ist unverändert",
            "Fall {ref}: ich schreibe nochmal, weil es IMMER NOCH nicht gelöst ist",
        ],
        "third": [
            "Zum DRITTEN Mal wegen Fall {ref}. Wenn das morgen nicht gelöst ist, wechsle ich zu {comp}"
        ],
        "fourth": ["VIERTES Mal. Fall {ref}. Es hat sich nichts geändert"],
        "phone_follow": [
            "ja hallo ich rufe nochmal an wegen fall {spoken} ist immer noch nicht gelöst"
        ],
        "open": [
            "{sal}\n\nwir haben den Fall {ref} zu Ihrer Reklamation eröffnet und melden uns.\n\n{agent}"
        ],
        "passed": [
            "{sal}\n\nIhr Fall {ref} liegt jetzt bei unserem Team für Zahlungen und Buchungen, Rückmeldung binnen 48 Stunden.\n\n{agent}"
        ],
        "sorted": [
            "{sal}\n\nbei uns ist es erledigt ({fix}). Können Sie bestätigen, dass alles passt? Fall {ref}.\n\n{agent}"
        ],
        "fix": [
            "Nachweis für den Einspruch ist unterwegs",
            "Differenz erstattet",
            "doppelte Abbuchung erstattet",
            "Automatenbetrag erstattet",
            "Erstattung ist raus",
            "Buchung erstattet plus 10-€-Gutschein",
        ],
        "confirm": ["Bestätigt, ist angekommen. Danke für {ref}", "Ja, Fall {ref} passt, danke!"],
        "apology": ["Sorry für den Ton gestern, war völlig durch. Danke für die schnelle Lösung"],
        "slide": [
            "In letzter Zeit startet der Parkvorgang langsamer",
            "Etwas enttäuscht, dass {plus} von 4,99 auf 6,99 geht",
            "Zweites Mal diesen Monat, dass die Schranke im {place} das Kennzeichen nicht liest",
            "Im Chat nur noch ein Bot",
            "Ich bin WÜTEND: eine Stunde geparkt, zwei bezahlt",
            "Mir reicht's. Ich schaue mir die Preise bei {comp} an",
        ],
        "leave": [
            "Hallo, bitte {plus} kündigen und das Konto schließen. Ich fahre nicht mehr mit dem Auto ins Büro"
        ],
        "leave_answer": [
            "{sal}\n\nSie können {plus} selbst in der App kündigen: Konto > Tarif > Kündigen, danach Konto > Konto schließen.\n\n{agent}"
        ],
        "cancel_reason": ["brauche es nicht mehr", ""],
        "spike": [
            "Zahlung abgelehnt ({err}) und der Parkvorgang startet nicht!! Stehe in der Kurzparkzone",
            "@Aparvia Fehler {err} beim Bezahlen, Parken startet nicht",
        ],
        "spike_repeat": [
            "Immer noch {err}, auch im Browser probiert, gleiches Spiel. Im Chat antwortet keiner"
        ],
        "spike_fixed": [
            "{sal}\n\nder Zahlungsfehler {err} von gestern Abend ist behoben. Falls Sie in der Zeit einen Strafzettel bekommen haben, antworten Sie mit einem Foto.\n\n{agent}"
        ],
        "lone": [
            "heute abend hat das bezahlen so 2 minuten gedauert dann gings. normal?||Hallo {name}, manchmal braucht die Bank etwas länger; wenn der Parkvorgang lief, ist alles gut. {agent}"
        ],
    },
    "en": {
        "subj": [
            "Complaint: fine with a paid session",
            "Complaint: session didn't stop",
            "Complaint: Plus charged TWICE",
            "Complaint: barrier didn't open",
            "Complaint: refund still missing",
            'Complaint: booked space, car park "full"',
        ],
        "fine": [
            "Got a parking fine in {city} with the session PAID and running in the app, I have the screenshot. Plate {plate}. Need proof to appeal it"
        ],
        "session_stuck": [
            "Stopped the session, green tick, and it ran all night anyway. {amt} taken. I want the difference back"
        ],
        "double_charge": [
            "{plus} taken TWICE this month, {amt} and {amt} the same day. Please refund one"
        ],
        "barrier": [
            "Booked a space at {place} and the barrier wouldn't lift. 20 minutes on the ramp with horns behind me, ended up paying {amt} at the machine"
        ],
        "refund": [
            "Cancelled my booking at {place} three weeks ago, in time, and the {amt} refund still hasn't arrived"
        ],
        "full": [
            "Booked and paid at {place}, get there and they say it's FULL and the booking doesn't count. 40 minutes driving round"
        ],
        "phone": ["yeah hi I'm ringing because {spoken_problem} can someone have a look please"],
        "spoken": [
            "I got a fine even though I paid",
            "the session didn't stop",
            "plus was taken twice",
            "the barrier didn't open",
            "my refund never came",
            "the car park was full even with a booking",
        ],
        "long": [
            "Hi,\n\nMy dad has been in hospital in {city} for ten days and my sister and I are taking turns, I go in the evenings after work and use your app exactly so I don't lose time at the hospital car park.\n\n{complaint}\n\nI haven't the energy for a fight right now. Please look into it and reply here.\n\nThanks,\n{name}"
        ],
        "follow": [
            "Still nothing on case {ref}. Nobody has come back to me and it's exactly the same",
            "Case {ref}: writing again because this is STILL not sorted",
        ],
        "third": [
            "THIRD time writing about case {ref}. If it's not fixed tomorrow I'm moving to {comp}"
        ],
        "fourth": ["FOURTH time. Case {ref}. Nothing has changed"],
        "phone_follow": ["yeah hi ringing again about case {spoken} still not sorted"],
        "open": [
            "{sal}\n\nWe've opened case {ref} for your complaint and will be back to you soon.\n\n{agent}"
        ],
        "passed": [
            "{sal}\n\nYour case {ref} has been passed on to our payments and bookings team, who will look at it within 48 hours.\n\n{agent}"
        ],
        "sorted": [
            "{sal}\n\nThat's sorted on our side ({fix}). Could you confirm it's all fine? Case {ref}.\n\n{agent}"
        ],
        "fix": [
            "proof of the paid session sent for your appeal",
            "the difference refunded",
            "the double charge refunded",
            "what you paid at the machine refunded",
            "the refund has gone out",
            "the booking refunded plus a 10 € voucher",
        ],
        "confirm": [
            "Confirmed, it's come through. Thanks for sorting {ref}",
            "Yes all good with case {ref}, thanks!",
        ],
        "apology": [
            "Sorry about my tone yesterday, I was at the end of my rope. Thanks for sorting it so fast"
        ],
        "slide": [
            "The app's been slower to start a session lately",
            "Bit disappointed {plus} is going from 4.99 to 6.99 a month",
            "Second time this month the barrier at {place} didn't read my plate first go",
            "Only a bot on the chat now",
            "I'm FURIOUS: parked one hour, charged for two",
            "Had enough. Looking at prices at {comp}",
        ],
        "leave": [
            "Hi, please cancel my {plus} and close the account. Not driving to work any more"
        ],
        "leave_answer": [
            "{sal}\n\nYou can cancel {plus} yourself in the app: Account > Plan > Cancel, then Account > Close account.\n\n{agent}"
        ],
        "cancel_reason": ["don't use it", ""],
        "spike": [
            "Can't pay!! Payment declined ({err}) and the session won't start. I'm parked on a meter street",
            "@Aparvia error {err} paying and no session starts",
        ],
        "spike_repeat": [
            "Still {err}, tried the website too, same thing. Nobody answering on chat"
        ],
        "spike_fixed": [
            "{sal}\n\nLast night's payment error {err} is fixed. If you got a ticket in that time, reply with a photo and we'll deal with it.\n\n{agent}"
        ],
        "lone": [
            "tonight paying took like 2 minutes then went through. normal?||Hi {name}, sometimes the bank is slow to confirm; if the session started you're fine. {agent}"
        ],
    },
    "it": {
        "subj": [
            "Reclamo: multa con sosta pagata",
            "Reclamo: la sosta non si è fermata",
            "Reclamo: Plus addebitato DUE volte",
            "Reclamo: sbarra rimasta chiusa",
            "Reclamo: rimborso mancante",
            'Reclamo: posto prenotato, parcheggio "pieno"',
        ],
        "fine": [
            "Multa a {city} con la sosta PAGATA e attiva nell'app, ho lo screenshot. Targa {plate}. Mi serve la ricevuta per il ricorso"
        ],
        "session_stuck": [
            "Ho fermato la sosta, spunta verde, ed è andata avanti tutta la notte. {amt} addebitati"
        ],
        "double_charge": [
            "{plus} addebitato DUE volte questo mese, {amt} e {amt} lo stesso giorno"
        ],
        "barrier": [
            "Posto prenotato nel {place} e la sbarra NON si è alzata. 20 minuti sulla rampa, alla fine ho pagato {amt} alla cassa"
        ],
        "refund": [
            "Ho annullato la prenotazione nel {place} tre settimane fa e il rimborso di {amt} non è arrivato"
        ],
        "full": [
            "Posto prenotato e pagato, al {place} mi dicono che è PIENO e la prenotazione non vale"
        ],
        "phone": [
            "pronto buongiorno chiamo perché {spoken_problem} qualcuno può controllare per favore"
        ],
        "spoken": [
            "ho preso una multa anche se avevo pagato",
            "la sosta non si è fermata",
            "il plus mi è stato addebitato due volte",
            "la sbarra non si è aperta",
            "il rimborso non arriva",
            "il parcheggio era pieno anche con la prenotazione",
        ],
        "long": [
            "Buongiorno,\n\nmio padre è ricoverato a {city} da dieci giorni, io e mia sorella facciamo i turni e uso la vostra app proprio per non perdere tempo al parcheggio dell'ospedale.\n\n{complaint}\n\nIn questo periodo non ho la forza di litigare. Vi chiedo di controllare.\n\nGrazie,\n{name}"
        ],
        "follow": [
            "Ancora niente sulla pratica {ref}. Nessuno mi ha risposto e il problema è uguale",
            "Pratica {ref}: riscrivo perché NON è ancora risolto",
        ],
        "third": [
            "TERZA volta che scrivo per la pratica {ref}. Se domani non è risolto passo a {comp}"
        ],
        "fourth": ["QUARTA volta. Pratica {ref}. Non è cambiato niente"],
        "phone_follow": ["sì salve richiamo per la pratica {spoken} ancora non risolta"],
        "open": ["{sal}\n\nabbiamo aperto la pratica {ref} per il suo reclamo.\n\n{agent}"],
        "passed": [
            "{sal}\n\nla pratica {ref} è passata al nostro team pagamenti e prenotazioni, risposta entro 48 ore.\n\n{agent}"
        ],
        "sorted": [
            "{sal}\n\nda parte nostra è risolto ({fix}). Ci conferma che è tutto a posto? Pratica {ref}.\n\n{agent}"
        ],
        "fix": [
            "ricevuta della sosta inviata per il ricorso",
            "differenza rimborsata",
            "addebito doppio rimborsato",
            "importo della cassa rimborsato",
            "rimborso partito",
            "prenotazione rimborsata più un buono da 10 €",
        ],
        "confirm": [
            "Confermo, arrivato. Grazie per la {ref}",
            "Sì, tutto ok con la pratica {ref}, grazie!",
        ],
        "apology": ["Scusate il tono di ieri, ero esaust[[a|o]]. Grazie per la rapidità"],
        "slide": [
            "Ultimamente l'app ci mette di più ad avviare la sosta",
            "Un po' delus[[a|o]] che {plus} passi da 4,99 a 6,99 al mese",
            "Seconda volta questo mese che la sbarra del {place} non legge la targa",
            "In chat solo un bot",
            "Sono FURIOS[[A|O]]: un'ora di sosta, due pagate",
            "Basta. Sto guardando i prezzi di {comp}",
        ],
        "leave": ["Buongiorno, vorrei disdire {plus} e chiudere l'account, grazie"],
        "leave_answer": [
            "{sal}\n\npuò disdire {plus} da sol[[a|o]] nell'app: Account > Piano > Disdici, poi Account > Chiudi account.\n\n{agent}"
        ],
        "cancel_reason": ["non lo uso più", ""],
        "spike": [
            "Non riesco a pagare!! Pagamento rifiutato ({err}) e la sosta non parte",
            "@Aparvia errore {err} al pagamento, la sosta non si avvia",
        ],
        "spike_repeat": [
            "Ancora {err}, provato anche dal sito, uguale. In chat non risponde nessuno"
        ],
        "spike_fixed": [
            "{sal}\n\nl'errore di pagamento {err} di ieri sera è risolto. Se ha preso una multa in quel momento, risponda con la foto.\n\n{agent}"
        ],
        "lone": [
            "stasera il pagamento ci ha messo tipo 2 minuti poi è andato. normale?||Ciao {name}, a volte la banca è lenta a confermare; se la sosta è partita va tutto bene. {agent}"
        ],
    },
    "pt": {
        "subj": [
            "Reclamação: multa com estacionamento pago",
            "Reclamação: a sessão não parou",
            "Reclamação: Plus cobrado DUAS vezes",
            "Reclamação: a cancela não abriu",
            "Reclamação: reembolso em falta",
            'Reclamação: lugar reservado, parque "cheio"',
        ],
        "fine": [
            "Multa em {city} com o estacionamento PAGO e ativo na app, tenho a captura. Matrícula {plate}. Preciso do comprovativo para contestar"
        ],
        "session_stuck": ["Parei a sessão, visto verde, e continuou a noite toda. {amt} cobrados"],
        "double_charge": ["Cobraram o {plus} DUAS vezes este mês, {amt} e {amt} no mesmo dia"],
        "barrier": [
            "Lugar reservado n{place} e a cancela NÃO abriu. 20 minutos na rampa, acabei por pagar {amt} na máquina"
        ],
        "refund": [
            "Cancelei a reserva n{place} há três semanas e o reembolso de {amt} ainda não chegou"
        ],
        "full": ["Lugar reservado e pago, n{place} dizem que está CHEIO e a reserva não conta"],
        "phone": ["está sim boa tarde ligo porque {spoken_problem} alguém pode ver por favor"],
        "spoken": [
            "levei uma multa com o estacionamento pago",
            "a sessão não parou",
            "cobraram o plus duas vezes",
            "a cancela não abriu",
            "o reembolso não chega",
            "o parque estava cheio com reserva",
        ],
        "long": [
            "Olá,\n\no meu pai está internado em {city} há dez dias, eu e as minhas irmãs revezamo-nos e uso a vossa app precisamente para não perder tempo no parque do hospital.\n\n{complaint}\n\nNão tenho cabeça para discussões agora. Peço que vejam isto.\n\nObrigad[[a|o]],\n{name}"
        ],
        "follow": [
            "Continuo sem nada sobre o processo {ref}. Ninguém me disse nada e está tudo igual",
            "Processo {ref}: volto a escrever porque AINDA não está resolvido",
        ],
        "third": [
            "TERCEIRA vez que escrevo sobre o processo {ref}. Se amanhã não estiver resolvido passo para a {comp}"
        ],
        "fourth": ["QUARTA vez. Processo {ref}. Nada mudou"],
        "phone_follow": [
            "bom dia ligo outra vez por causa do processo {spoken} continua por resolver"
        ],
        "open": ["{sal}\n\nabrimos o processo {ref} com a sua reclamação.\n\n{agent}"],
        "passed": [
            "{sal}\n\no processo {ref} foi passado à nossa equipa de pagamentos e reservas, resposta em 48 horas.\n\n{agent}"
        ],
        "sorted": [
            "{sal}\n\njá está resolvido da nossa parte ({fix}). Pode confirmar que está tudo bem? Processo {ref}.\n\n{agent}"
        ],
        "fix": [
            "comprovativo enviado para contestar",
            "diferença devolvida",
            "cobrança duplicada devolvida",
            "valor da máquina devolvido",
            "reembolso emitido",
            "reserva devolvida mais um vale de 10 €",
        ],
        "confirm": [
            "Confirmo, já chegou. Obrigad[[a|o]] pelo {ref}",
            "Sim, está tudo bem com o processo {ref}, obrigad[[a|o]]!",
        ],
        "apology": ["Desculpem o tom de ontem, estava fart[[a|o]]. Obrigad[[a|o]] pela rapidez"],
        "slide": [
            "Ultimamente a app demora mais a iniciar a sessão",
            "Um bocado desiludid[[a|o]] com o {plus} a passar de 4,99 para 6,99",
            "Segunda vez este mês que a cancela d{place} não lê a matrícula",
            "No chat só há um bot",
            "Estou FURIOS[[A|O]]: uma hora estacionad[[a|o]], duas cobradas",
            "Chega. Estou a ver os preços da {comp}",
        ],
        "leave": ["Olá, quero cancelar o {plus} e fechar a conta, por favor"],
        "leave_answer": [
            "{sal}\n\npode cancelar o {plus} na app: Conta > Plano > Cancelar, depois Conta > Fechar conta.\n\n{agent}"
        ],
        "cancel_reason": ["já não uso", ""],
        "spike": [
            "Não consigo pagar!! Pagamento recusado ({err}) e a sessão não começa",
            "@Aparvia erro {err} no pagamento, a sessão não arranca",
        ],
        "spike_repeat": [
            "Continua o {err}, experimentei no site também, igual. No chat ninguém responde"
        ],
        "spike_fixed": [
            "{sal}\n\no erro de pagamento {err} de ontem à noite está corrigido. Se levou multa nesse período, responda com a foto.\n\n{agent}"
        ],
        "lone": [
            "hoje à noite o pagamento demorou uns 2 minutos e depois foi. é normal?||Olá {name}, às vezes o banco demora a confirmar; se a sessão arrancou está tudo bem. {agent}"
        ],
    },
}
