# ruff: noqa: E501
"""Wording for heldout215 (Plagaro: pest control by app and web, Plagaro Pro for firms).

Written from the stories, per language; placeholders in braces are filled by the generator.
"""

from __future__ import annotations

BRAND = "Plagaro"
COMPETITORS = ("Raticor", "Mückwehr")

T = dict[str, list[str]]

PRAISE: T = {
    "es": [
        "El técnico de Plagaro vino puntual y en una visita se acabaron las hormigas de la cocina. Un crack",
        "por fin dormimos sin chinches, gracias Plagaro de verdad",
        "Servicio de diez, explicó todo y no olía a nada después",
    ],
    "de": [
        "Der Techniker von Plagaro war pünktlich, die Wespen am Rollladen sind weg. Top!",
        "endlich keine Mäuse mehr im Keller, danke Plagaro",
        "Freundlich, schnell, sauber gearbeitet. So muss das sein",
    ],
    "en": ["Plagaro sorted the mice in the loft in one visit, lovely tech, very tidy"],
    "fr": ["Technicien Plagaro au top, plus une seule fourmi dans la cuisine. Merci !"],
    "it": ["Tecnico Plagaro gentilissimo, le vespe sotto il tetto sparite in un giorno"],
    "pt": ["O técnico da Plagaro foi impecável, acabaram as baratas na cozinha. Recomendo"],
}

AGAIN: T = {
    "es": [
        "Tercera vez que viene el mismo técnico y otra vez perfecto, ya es de la familia",
        "otra vez puntualísimos, van tres de tres",
    ],
    "de": [
        "Schon wieder der nette Herr von Plagaro, zum dritten Mal alles perfekt",
        "immer noch kein einziger Silberfisch im Bad, seit März!",
    ],
    "en": ["Third visit this year and still the best tech I've ever had in the house"],
    "fr": ["Encore une fois impeccable, troisième passage et toujours aussi pro"],
    "it": ["Di nuovo perfetti, terza volta e sempre puntuali"],
    "pt": ["Outra vez impecáveis, terceira visita e sempre a horas"],
}

GRIPE: T = {
    "es": [
        "Muy contenta con el tratamiento, solo que la app tarda en cargar la factura. Por lo demás genial",
        "Todo bien, aunque el aviso de llegada llegó 5 min antes jaja",
    ],
    "de": [
        "Sehr gute Arbeit, nur die Terminbestätigung kam erst am Abend. Sonst gerne wieder",
        "Top Service, nur der Aufkleber an der Köderbox hält nicht",
    ],
    "en": ["Brilliant job, only gripe is the app logs me out every week"],
    "fr": ["Très bon travail, juste le créneau de 4 heures un peu long"],
    "it": ["Ottimo lavoro, solo la fattura arriva tardi nell'app"],
    "pt": ["Muito bom, só a app demora a mostrar a fatura"],
}

QUESTION: T = {
    "es": [
        "hola, el gato puede estar en casa despues del tratamiento?",
        "Buenas, cuanto hay que ventilar despues del gel para cucarachas?",
    ],
    "de": [
        "Hallo, darf der Hund nach der Behandlung in den Garten?",
        "wie lange muss ich nach dem Sprühen lüften?",
    ],
    "en": ["hi, can I move the bait boxes when I hoover or do they stay put?"],
    "fr": ["bonjour, faut-il vider les placards avant le passage du technicien ?"],
    "it": ["ciao, devo svuotare i pensili prima del trattamento?"],
    "pt": ["ola, o gato pode ficar em casa depois do tratamento?"],
}

ANSWER: T = {
    "es": [
        "Hola, sí: tras 2 horas con la ventana abierta no hay problema. Cualquier cosa nos dices"
    ],
    "de": ["Hallo, nach zwei Stunden Lüften ist alles unbedenklich. Melden Sie sich gern wieder"],
    "en": ["Hi, yes, two hours with the windows open and you're fine. Shout if anything comes up"],
    "fr": ["Bonjour, oui : deux heures d'aération suffisent. N'hésitez pas à revenir vers nous"],
    "it": ["Ciao, sì: bastano due ore con le finestre aperte. Scrivici pure per altro"],
    "pt": ["Olá, sim: basta arejar duas horas. Qualquer coisa diga-nos"],
}

THANKS: T = {
    "es": ["graciaaas, crack", "mil gracias!! 🙌", "genial, gracias porfa"],
    "de": ["danke dir, läuft 👍", "super, merci!", "Danke, passt"],
    "en": ["cheers, legend"],
    "fr": ["merci bcp !"],
    "it": ["grazie mille, top"],
    "pt": ["obg, são os maiores"],
}

CALLQ: T = {
    "es": [
        "hola buenas queria saber si el tratamiento de termitas entra en la cuota de socio o se paga aparte"
    ],
    "de": [
        "ja hallo ich wollte fragen ob die Wespennest Entfernung im Abo drin ist oder extra kostet"
    ],
    "en": ["hi yeah just wondering if the loft treatment is covered by the membership or extra"],
    "fr": [
        "oui bonjour je voulais savoir si le traitement des guepes est compris dans l abonnement"
    ],
    "it": ["pronto salve volevo sapere se il trattamento vespe e incluso nell abbonamento"],
    "pt": ["ola bom dia queria saber se o tratamento das termitas esta incluido na assinatura"],
}

REVIEW: T = {
    "es": ["5 estrellas. Rápidos, limpios y sin olor"],
    "de": ["5 Sterne, sauber und zuverlässig"],
    "en": ["Five stars, spot on"],
    "fr": ["Cinq étoiles, rien à redire"],
    "it": ["Cinque stelle, bravissimi"],
    "pt": ["Cinco estrelas, impecável"],
}

SURVEY_WORD: T = {
    "es": ["genial", "👍", ""],
    "de": ["top", "😊", ""],
    "en": ["great"],
    "fr": ["parfait"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
}

NIGHT_POST: T = {
    "es": [
        "las 3 de la mañana y por fin sin el ruido de los ratones en el techo, gracias Plagaro 😴",
        "turno de noche en el hospital y acabo de reservar la visita para el lunes, que facil",
    ],
    "de": [
        "3 Uhr nachts, kein Kratzen mehr in der Wand. Plagaro, ihr seid Helden",
        "Nachtschicht an der Tanke und schnell den Termin gebucht, easy",
    ],
    "en": ["2am and no scratching in the loft for the first time in weeks, thanks Plagaro"],
    "fr": ["3h du mat et plus aucun bruit dans le grenier, merci Plagaro"],
    "it": ["le 3 di notte e finalmente niente topi in soffitta, grazie Plagaro"],
    "pt": ["3 da manhã e finalmente sem ratos no sótão, obrigada Plagaro"],
}

NIGHT_Q: T = {
    "es": ["perdon la hora, se puede cambiar la visita de mañana a la tarde?"],
    "de": ["sorry für die Uhrzeit, kann ich den Termin morgen auf nachmittags legen?"],
    "en": ["sorry it's late, can I move tomorrow's visit to the afternoon?"],
    "fr": ["désolé pour l'heure, je peux décaler la visite de demain à l'après-midi ?"],
    "it": ["scusate l'ora, posso spostare la visita di domani al pomeriggio?"],
    "pt": ["desculpem a hora, posso passar a visita de amanhã para a tarde?"],
}

NIGHT_A: T = {
    "es": ["Sin problema, la visita queda mañana entre 15 y 19h"],
    "de": ["Kein Problem, der Termin ist jetzt morgen zwischen 15 und 19 Uhr"],
    "en": ["No problem, it's now tomorrow between 3 and 7pm"],
    "fr": ["Pas de souci, la visite est demain entre 15h et 19h"],
    "it": ["Nessun problema, la visita è domani tra le 15 e le 19"],
    "pt": ["Sem problema, a visita fica amanhã entre as 15h e as 19h"],
}

JOKE: T = {
    "es": ["mi suegra pregunta si tratais también a los cuñados jajaja"],
    "de": ["Kann man den Nachbarn auch gleich mitbehandeln? 😂"],
    "en": ["any chance you do in-laws as well as wasps? asking for a friend"],
    "fr": ["vous traitez aussi les beaux-frères ? 😂"],
    "it": ["fate anche i suoceri? 😂"],
    "pt": ["também tratam sogras? 😂"],
}

GRUMBLE_MILD: T = {
    "es": ["el mapa de técnicos cercanos muestra otra ciudad, no es grave pero raro"],
    "de": ["die Benachrichtigungen kommen auf Englisch, obwohl Deutsch eingestellt ist"],
    "en": ["the notifications keep coming in Spanish for some reason"],
    "fr": ["les notifications arrivent en anglais, bizarre"],
    "it": ["le notifiche arrivano in inglese, strano"],
    "pt": ["as notificações chegam em inglês, estranho"],
}

PROBLEMS = ("no_show", "double_charge", "came_back")

COMPLAINT: dict[str, T] = {
    "no_show": {
        "es": [
            "Tenía visita de 8 a 12, pedí el día libre y el técnico NO VINO. Ni llamada ni nada",
            "la app dice visita realizada y aqui no ha venido nadie, ratones por toda la cocina",
        ],
        "de": [
            "Termin 8-12 Uhr, Urlaubstag genommen und der Techniker ist NICHT GEKOMMEN. Kein Anruf",
            "in der App steht Besuch erledigt, hier war niemand, die Ratten sind noch da",
        ],
        "en": ["Took a day off for the 8-12 slot and NOBODY CAME. App says visit completed"],
        "fr": ["J'ai posé ma journée pour le créneau 8h-12h et PERSONNE n'est venu"],
        "it": ["Ho preso un giorno di ferie per la fascia 8-12 e NON È VENUTO NESSUNO"],
        "pt": ["Tirei o dia para a visita das 8 às 12 e NÃO VEIO NINGUÉM"],
    },
    "double_charge": {
        "es": [
            "Me habeis cobrado la cuota de socio DOS veces este mes, 39,90 € cada una",
            "cobro doble de la membresía otra vez, devolvedme el dinero ya",
        ],
        "de": [
            "Der Mitgliedsbeitrag wurde ZWEIMAL abgebucht, je 39,90 €",
            "doppelte Abbuchung vom Abo, bitte sofort zurück",
        ],
        "en": ["You've taken the membership fee TWICE this month"],
        "fr": ["L'abonnement a été prélevé DEUX fois ce mois-ci"],
        "it": ["Mi avete addebitato l'abbonamento DUE volte"],
        "pt": ["Cobraram a mensalidade DUAS vezes este mês"],
    },
    "came_back": {
        "es": [
            "Pagué el tratamiento de cucarachas hace 10 días y han vuelto, MÁS que antes",
            "las chinches han vuelto a la semana, esto no es lo que me prometieron",
        ],
        "de": [
            "Vor zehn Tagen gegen Schaben behandelt und jetzt sind MEHR da als vorher",
            "die Bettwanzen sind nach einer Woche zurück, so war das nicht versprochen",
        ],
        "en": ["Paid for the cockroach treatment ten days ago and they're back, MORE than before"],
        "fr": ["Traitement contre les cafards il y a dix jours et ils sont revenus, PLUS qu'avant"],
        "it": ["Trattamento scarafaggi dieci giorni fa e sono tornati, PIÙ di prima"],
        "pt": ["Paguei o tratamento das baratas há dez dias e voltaram, MAIS do que antes"],
    },
}

LONG_MAIL: T = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde el coche, esperando a que salgan los niños de natación, porque en casa no tengo un minuto. Soy socia desde hace dos años y nunca me había quejado. {complaint}. Entiendo que hay imprevistos, pero nadie me ha dado una explicación.\n\nEspero una respuesta hoy mismo.\n\nUn saludo,\n{name}",
        "Hola:\n\nVoy a intentar ser breve aunque no me sale. Mi madre está recuperándose de una operación y la casa tiene que estar en condiciones. {complaint}. Llevo toda la mañana llamando y nadie coge.\n\nAtentamente,\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst keine ruhige Minute habe. Ich bin seit Jahren Kundin und war immer sehr froh mit Ihnen. {complaint}. So etwas geht einfach nicht.\n\nIch erwarte heute noch eine Antwort.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nwir renovieren gerade das Haus meiner Oma und haben ohnehin genug Stress. {complaint}. Ich habe zweimal angerufen und hing jeweils zwanzig Minuten in der Warteschleife.\n\nGruß\n{name}",
    ],
}

CASE_OPENED: T = {
    "es": [
        "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y te llamamos en 24 h"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns binnen 24 Stunden"
    ],
    "en": ["Hi {first}, sorry about this. We've opened case {case} and will call within 24 hours"],
    "fr": [
        "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et vous rappelons sous 24 h"
    ],
    "it": [
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case}, ti richiamiamo entro 24 ore"
    ],
    "pt": ["Olá {first}, lamentamos. Abrimos o pedido {case} e ligamos em 24 horas"],
}

ESCALATED: T = {
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes"
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft"
    ],
    "en": ["Hi {first}, case {case} is now with our quality lead, who will call you before Friday"],
    "fr": [
        "Bonjour {first}, la demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi"
    ],
    "it": [
        "Ciao {first}, la segnalazione {case} è ora con la nostra responsabile qualità, ti chiama entro venerdì"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga antes de sexta"
    ],
}

GOOD_NEWS: T = {
    "es": ["Buenas noticias sobre {case}: está resuelto. ¿Nos lo confirmas?"],
    "de": ["Gute Nachrichten zu {case}: erledigt. Können Sie das bestätigen?"],
    "en": ["Good news on {case}: sorted. Could you confirm?"],
    "fr": ["Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "it": ["Buone notizie su {case}: risolto. Ce lo confermi?"],
    "pt": ["Boas notícias sobre {case}: resolvido. Pode confirmar?"],
}

CONFIRM: T = {
    "es": ["confirmado lo de {case}, todo bien ya. gracias!", "Sí, {case} resuelto, mil gracias"],
    "de": ["{case} passt jetzt, danke!", "bestätige: {case} ist erledigt, vielen Dank"],
    "en": ["confirmed, {case} is sorted, ta"],
    "fr": ["confirmé pour {case}, merci"],
    "it": ["confermo, {case} risolto, grazie"],
    "pt": ["confirmo, {case} resolvido, obg"],
}

APOLOGY: T = {
    "es": ["perdon por el tono de ayer, estaba desbordada. gracias por responder"],
    "de": ["Sorry für meinen Ton gestern, war echt gestresst. Danke für die Antwort"],
    "en": ["sorry for yesterday's rant, bad day. thanks for getting back"],
    "fr": ["désolée pour mon message d'hier, j'étais à bout"],
    "it": ["scusate per ieri, ero nervosa"],
    "pt": ["desculpem o tom de ontem, estava nervosa"],
}

STILL: T = {
    "es": [
        "Sigo igual con la incidencia {case}, sigue SIN resolver. {complaint}",
        "incidencia {case}: todavía nada, otra vez escribiendo",
    ],
    "de": [
        "Vorgang {case} ist immer noch offen. {complaint}",
        "schon wieder ich wegen {case}, es ist NICHTS passiert",
    ],
    "en": ["Case {case} is still open and nothing has happened. {complaint}"],
    "fr": ["Demande {case} toujours pas réglée. {complaint}"],
    "it": ["Segnalazione {case} ancora aperta, niente di fatto. {complaint}"],
    "pt": ["Pedido {case} continua por resolver. {complaint}"],
}

THIRD: T = {
    "es": [
        "Tercera vez que escribo por {case}. Un compañero usa {comp} y se lo arreglan el mismo día"
    ],
    "de": ["Dritte Nachricht zu {case}. Ich habe mir angeschaut, was {comp} kostet"],
    "en": ["Third time writing about {case}. I've looked at what {comp} charges"],
    "fr": ["Troisième message pour {case}. Un collègue passe par {comp}, réglé le jour même"],
    "it": ["Terza volta per {case}. Un collega usa {comp} e risolvono in giornata"],
    "pt": ["Terceira vez por causa do {case}. Um colega usa a {comp} e resolvem no mesmo dia"],
}

FOURTH: T = {
    "es": ["CUARTA vez. {case}. YA ESTÁ BIEN"],
    "de": ["Zum VIERTEN Mal: {case}. JETZT REICHTS"],
    "en": ["FOURTH time. {case}. Enough"],
    "fr": ["QUATRIÈME fois. {case}. Ça suffit"],
    "it": ["QUARTA volta. {case}. Basta"],
    "pt": ["QUARTA vez. {case}. Chega"],
}

URGENT: T = {
    "es": ["Lo añadimos a {case} y lo marcamos urgente"],
    "de": ["Wir haben das zu {case} hinzugefügt und als dringend markiert"],
    "en": ["Added to {case} and marked urgent"],
    "fr": ["Ajouté à {case}, marqué urgent"],
    "it": ["Aggiunto a {case}, segnato come urgente"],
    "pt": ["Acrescentado ao {case}, marcado urgente"],
}

SLIDE: T = {
    "es": [
        "El técnico llegó dos horas tarde y sin avisar, bueno",
        "el producto dejó un olor fuerte dos días, no me lo dijeron",
        "ahora piden fotos de cada rincón antes de la visita, qué pesadez",
        "la cuota ha subido y nadie ha avisado",
        "Me cobran 45 € por una 'revisión extra' que yo no pedí. FATAL",
        "Mi cuñado usa {comp} y ya he pedido presupuesto. Vaya decepción",
    ],
    "de": [
        "Techniker zwei Stunden zu spät, ohne Anruf. Naja",
        "das Mittel hat zwei Tage gestunken, hat keiner gesagt",
        "jetzt soll ich vor dem Termin jede Ecke fotografieren, nervig",
        "Beitrag erhöht und keine Info, toll",
        "45 € für eine 'Zusatzkontrolle', die ich nie bestellt habe. UNVERSCHÄMT",
        "Mein Schwager nimmt {comp}, ich hab dort angefragt. Echt enttäuscht",
    ],
    "en": [
        "tech two hours late, no call. oh well",
        "the spray stank for two days, nobody warned us",
        "now they want photos of every corner before the visit",
        "fee went up and no email about it",
        "£40 for an 'extra check' I never asked for. APPALLING",
        "my brother-in-law uses {comp}, I've asked them for a quote. gutted",
    ],
    "fr": [
        "technicien deux heures en retard sans prévenir",
        "le produit a senti deux jours, personne ne l'a dit",
        "il faut maintenant envoyer des photos de chaque pièce",
        "l'abonnement a augmenté sans prévenir",
        "45 € pour un 'contrôle en plus' jamais demandé. SCANDALEUX",
        "mon beau-frère passe par {comp}, j'ai demandé un devis. déçue",
    ],
    "it": [
        "tecnico in ritardo di due ore senza avvisare",
        "il prodotto ha puzzato due giorni, nessuno l'aveva detto",
        "ora vogliono foto di ogni angolo prima della visita",
        "l'abbonamento è aumentato senza avviso",
        "45 € per un 'controllo extra' mai chiesto. VERGOGNA",
        "mio cognato usa {comp}, ho chiesto un preventivo. delusa",
    ],
    "pt": [
        "técnico duas horas atrasado sem avisar",
        "o produto cheirou mal dois dias, ninguém avisou",
        "agora pedem fotos de cada canto antes da visita",
        "a mensalidade subiu sem aviso",
        "45 € por uma 'revisão extra' que nunca pedi. INACEITÁVEL",
        "o meu cunhado usa a {comp}, já pedi orçamento. que desilusão",
    ],
}

SARCASM: T = {
    "es": ["Visita 'urgente' para avispas... en 9 días. Las avispas encantadas 👏"],
    "de": ["'Express'-Termin gegen Wespen in neun Tagen. Die Wespen freuen sich 👏"],
    "en": ["'urgent' wasp visit booked for nine days' time. the wasps are thrilled 👏"],
    "fr": ["Visite 'urgente' pour les guêpes... dans 9 jours. Elles sont ravies 👏"],
    "it": ["Visita 'urgente' per le vespe... tra 9 giorni. Loro ringraziano 👏"],
    "pt": ["Visita 'urgente' às vespas... daqui a 9 dias. Elas agradecem 👏"],
}

CANCEL: T = {
    "es": [
        "Hola, nos mudamos a un piso nuevo y ya no necesito el plan. Quiero darme de baja de Plagaro Plus y cerrar la cuenta"
    ],
    "de": [
        "Hallo, wir ziehen in eine Neubauwohnung und brauchen das Abo nicht mehr. Bitte Plagaro Plus kündigen und Konto schließen"
    ],
    "en": ["Hi, we're moving to a new-build flat, please cancel Plagaro Plus and close my account"],
    "fr": ["Bonjour, nous déménageons, je souhaite résilier Plagaro Plus et fermer mon compte"],
    "it": ["Buongiorno, traslochiamo, vorrei disdire Plagaro Plus e chiudere l'account"],
    "pt": ["Olá, vamos mudar de casa, quero cancelar o Plagaro Plus e fechar a conta"],
}

SORRY_GO: T = {
    "es": ["Sentimos que te vayas, {first}. Puedes darte de baja tú mismo en la app o la web"],
    "de": ["Schade, dass Sie gehen, {first}. Sie können in der App oder im Web selbst kündigen"],
    "en": ["Sorry to see you go, {first}. You can cancel yourself in the app or on the website"],
    "fr": ["Dommage, {first}. Vous pouvez résilier vous-même dans l'app ou sur le site"],
    "it": ["Ci dispiace, {first}. Puoi disdire da solo in app o sul sito"],
    "pt": ["Lamentamos, {first}. Pode cancelar na app ou no site"],
}

SPIKE_REPORT: T = {
    "es": [
        "No puedo pagar la visita en la app, sale error {code} y la reserva desaparece",
        "@Plagaro la app me borra la cita al pagar?? error {code}",
        "al confirmar el pago se queda colgado y luego nada, la cita se va",
        "PAGO RECHAZADO con tarjeta que funciona en todo lo demas, {code}",
    ],
    "de": [
        "Ich kann den Termin in der App nicht bezahlen, Fehler {code}, Buchung ist danach weg",
        "Zahlung abgelehnt, Karte geht überall sonst. Was ist los?",
        "@Plagaro beim Bezahlen fliegt die Buchung raus, {code}",
        "bezahlen geht nicht, Termin verschwindet einfach",
    ],
    "en": [
        "can't pay for my visit in the app, error {code}, then the booking vanishes",
        "payment keeps failing and my slot disappears??",
    ],
    "fr": ["impossible de payer la visite dans l'app, erreur {code}, le rdv disparaît"],
    "it": ["non riesco a pagare la visita nell'app, errore {code}, poi la prenotazione sparisce"],
    "pt": ["não consigo pagar a visita na app, erro {code}, e a marcação desaparece"],
}

SPIKE_REPEAT: T = {
    "es": ["sigue igual, probado desde el movil de mi marido y otra vez {code}"],
    "de": ["immer noch, auch am Handy meiner Frau wieder {code}"],
    "en": ["still the same, tried my partner's phone, {code} again"],
    "fr": ["toujours pareil, testé sur le téléphone de ma femme, {code}"],
    "it": ["ancora uguale, anche dal telefono di mia moglie, {code}"],
    "pt": ["continua igual, no telemóvel do meu marido também {code}"],
}

SPIKE_ANSWER: T = {
    "es": ["Sí, ahora mismo falla el pago de visitas en la app, el equipo técnico está en ello"],
    "de": ["Ja, die Zahlung in der App fällt gerade aus, unsere Technik ist dran"],
    "en": ["Yes, in-app visit payments are failing right now, our engineers are on it"],
    "fr": ["Oui, le paiement des visites dans l'app est en panne, nos équipes y travaillent"],
    "it": ["Sì, il pagamento delle visite in app non funziona, i tecnici ci stanno lavorando"],
    "pt": ["Sim, os pagamentos na app estão a falhar, a equipa técnica já está a tratar"],
}

SPIKE_FIXED: T = {
    "es": [
        "El pago en la app funciona de nuevo. Tu cita está guardada y te regalamos 10 € de crédito"
    ],
    "de": [
        "Die Zahlung in der App funktioniert wieder. Ihr Termin ist gespeichert, 10 € Guthaben gehen auf uns"
    ],
    "en": ["In-app payments work again. Your slot is kept and there's £9 credit on us"],
    "fr": ["Le paiement fonctionne à nouveau. Votre rdv est gardé, 10 € offerts"],
    "it": ["Il pagamento funziona di nuovo. La prenotazione è salva, 10 € di credito"],
    "pt": ["O pagamento voltou a funcionar. A marcação está guardada, 10 € de crédito"],
}

B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "es": [
            "Las facturas de este mes salen sin número de pedido y con el nombre antiguo de la empresa; contabilidad no puede pagarlas"
        ],
        "de": [
            "Die Rechnungen dieses Monats haben keine Bestellnummer und den alten Firmennamen; die Buchhaltung kann nicht zahlen"
        ],
        "en": [
            "This month's invoices have no PO number and the old company name, accounts can't pay them"
        ],
        "fr": ["Les factures du mois n'ont pas de numéro de commande et portent l'ancien nom"],
        "it": [
            "Le fatture del mese non hanno il numero d'ordine e riportano la vecchia ragione sociale"
        ],
        "pt": ["As faturas do mês vêm sem número de encomenda e com o nome antigo da empresa"],
    },
    "portal": {
        "es": [
            "El portal no muestra las visitas programadas de ninguna de nuestras sedes, no podemos planificar las cocinas"
        ],
        "de": [
            "Das Portal zeigt für keinen Standort geplante Einsätze, wir können die Küchen nicht planen"
        ],
        "en": [
            "The portal shows no scheduled visits for any of our sites, we can't plan kitchen closures"
        ],
        "fr": ["Le portail n'affiche aucune intervention prévue sur nos sites"],
        "it": ["Il portale non mostra nessun intervento programmato nelle nostre sedi"],
        "pt": ["O portal não mostra nenhuma visita agendada nas nossas lojas"],
    },
}

B2B_LATER: T = {
    "es": ["Como ya os escribió {first} el {day}, caso {case}: {complaint}"],
    "de": ["Wie {first} schon am {day} schrieb, Vorgang {case}: {complaint}"],
    "en": ["As {first} wrote on {day}, case {case}: {complaint}"],
    "fr": ["Comme {first} l'a écrit {day}, demande {case} : {complaint}"],
    "it": ["Come ha scritto {first} {day}, segnalazione {case}: {complaint}"],
    "pt": ["Como o {first} escreveu na {day}, pedido {case}: {complaint}"],
}

B2B_LAST: T = {
    "es": [
        "caso {case} sigue sin arreglar y ya han escrito varios compañeros, compras ya ha pedido tarifas a {comp}"
    ],
    "de": [
        "Vorgang {case} ist immer noch nicht gelöst, mehrere Kollegen haben geschrieben, der Einkauf hat schon bei {comp} angefragt"
    ],
    "en": [
        "case {case} still isn't fixed and several colleagues have written, procurement has asked {comp} for rates"
    ],
    "fr": [
        "demande {case} toujours pas réglée, plusieurs collègues ont écrit, les achats ont demandé les tarifs de {comp}"
    ],
    "it": [
        "segnalazione {case} ancora aperta, hanno scritto in tanti, gli acquisti hanno chiesto prezzi a {comp}"
    ],
    "pt": [
        "pedido {case} continua por resolver, vários colegas escreveram, as compras já pediram preços à {comp}"
    ],
}

B2B_SUGGEST: T = {
    "es": ["Sugerencia: ¿podríais exportar los informes por centro de coste?"],
    "de": ["Vorschlag: könnten die Berichte nach Kostenstelle exportiert werden?"],
    "en": ["Suggestion: could reports be exported by cost centre?"],
    "fr": ["Suggestion : exporter les rapports par centre de coût ?"],
    "it": ["Suggerimento: esportare i report per centro di costo?"],
    "pt": ["Sugestão: exportar os relatórios por centro de custo?"],
}

ACK: T = {
    "es": ["Gracias, lo pasamos al equipo. Referencia {case}"],
    "de": ["Danke, wir geben das weiter. Referenz {case}"],
    "en": ["Thanks, passed to the team. Reference {case}"],
    "fr": ["Merci, transmis à l'équipe. Référence {case}"],
    "it": ["Grazie, inoltrato al team. Riferimento {case}"],
    "pt": ["Obrigado, passámos à equipa. Referência {case}"],
}

WEEKDAY: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Andrés",
        "Irene",
        "Pablo",
        "Nuria",
        "Sergio",
        "Carmen",
        "Diego",
    ],
    "de": [
        "Lena",
        "Matthias",
        "Sabine",
        "Jonas",
        "Katrin",
        "Tobias",
        "Anja",
        "Florian",
        "Heike",
        "Stefan",
    ],
    "en": ["Emma", "Oliver", "Chloe", "Liam", "Sophie", "Jack"],
    "fr": ["Camille", "Julien", "Manon", "Hugo", "Claire", "Louis"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Rita", "Rui"],
}

LAST: dict[str, list[str]] = {
    "es": ["García", "Torres", "Fuentes", "Navarro", "Ruiz", "Molina", "Ortega", "Castro"],
    "de": ["Brandt", "Zimmermann", "Krüger", "Vogel", "Hofmann", "Schulz", "Lang", "Becker"],
    "en": ["Walsh", "Hughes", "Byrne", "Clarke", "Turner"],
    "fr": ["Martin", "Lefèvre", "Moreau", "Girard", "Roux"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Esposito"],
    "pt": ["Silva", "Costa", "Pereira", "Santos", "Ferreira"],
}

SUBJECT_CASE: dict[str, str] = {
    "es": "RE: Incidencia",
    "de": "AW: Vorgang",
    "en": "Re: Your case",
    "fr": "RE : Demande",
    "it": "R: Segnalazione",
    "pt": "RE: Pedido",
}
SUBJECT_COMPLAINT: dict[str, str] = {
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
