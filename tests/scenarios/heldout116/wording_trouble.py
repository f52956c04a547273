# ruff: noqa: E501
"""Wording of heldout116 (Snodia) for trouble: the six household problems, the
channels they come by, the agents' replies, repeat contacts, the slide of a
leaving customer, leavers, and the planted incident of Saturday 14 November 2026.

Placeholders: {amount} (money in the customer's market, spoken in calls),
{ref} (the case reference), {comp} (a competitor), {first}, {last}, {name},
{agent}, {core} (the complaint), {ask}, {fix}, {since}, {credit}, {o} / {e}.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "double_charge", "receipt", "refund", "wrong_price", "cancel_fee")

#: What each problem costs, in euros (converted for UK and Swiss customers).
AMOUNT_EUR: dict[str, int] = {
    "no_show": 89,
    "double_charge": 540,
    "receipt": 372,
    "refund": 216,
    "wrong_price": 36,
    "cancel_fee": 45,
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "fisioterapista mai arrivato",
        "de": "Physiotherapeut nicht erschienen",
        "en": "physio never turned up",
        "fr": "kiné jamais venu",
        "es": "el fisio no vino",
        "pt": "fisioterapeuta não apareceu",
    },
    "double_charge": {
        "it": "pacchetto addebitato due volte",
        "de": "10er-Karte doppelt abgebucht",
        "en": "pack charged twice",
        "fr": "forfait débité deux fois",
        "es": "bono cobrado dos veces",
        "pt": "pack cobrado duas vezes",
    },
    "receipt": {
        "it": "fatture rifiutate dall'assicurazione",
        "de": "Rechnungen von der Versicherung abgelehnt",
        "en": "invoices rejected by my insurer",
        "fr": "factures refusées par la mutuelle",
        "es": "facturas rechazadas por el seguro",
        "pt": "faturas recusadas pelo seguro",
    },
    "refund": {
        "it": "rimborso sedute non usate",
        "de": "Erstattung nicht genutzter Termine",
        "en": "refund for unused sessions",
        "fr": "remboursement des séances non utilisées",
        "es": "reembolso de sesiones sin usar",
        "pt": "reembolso de sessões por usar",
    },
    "wrong_price": {
        "it": "tariffa Più non applicata",
        "de": "Plus-Tarif nicht berechnet",
        "en": "Plus rate not applied",
        "fr": "tarif Plus non appliqué",
        "es": "tarifa Plus no aplicada",
        "pt": "tarifa Plus não aplicada",
    },
    "cancel_fee": {
        "it": "penale di cancellazione ingiusta",
        "de": "ungerechtfertigte Stornogebühr",
        "en": "unfair cancellation fee",
        "fr": "frais d'annulation injustifiés",
        "es": "penalización por cancelación injusta",
        "pt": "taxa de cancelamento injusta",
    },
}

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "it": [
            "Ieri alle 18 avevo la seduta a domicilio prenotata da due settimane e il fisioterapista non si è mai presentato. Nessuna chiamata, niente. E nell'app la seduta risulta EFFETTUATA e pagata, {amount}.",
            "Ho preso un permesso al lavoro per la seduta a domicilio delle 9 e non è venuto nessuno. Secondo l'app la seduta è stata fatta e mi avete addebitato {amount}!",
        ],
        "de": [
            "Gestern um 18 Uhr war der Hausbesuch gebucht, seit zwei Wochen. Niemand ist gekommen, kein Anruf, nichts. In der App steht der Termin als DURCHGEFÜHRT und die {amount} sind abgebucht.",
            "Ich habe mir extra freigenommen für den Hausbesuch um 9 Uhr und es kam niemand. Laut App hat die Behandlung stattgefunden, {amount} abgebucht!",
        ],
        "en": [
            "My home visit was booked for 6pm yesterday, two weeks in advance, and the physio never showed up. No call, nothing. And the app says the session was COMPLETED and took {amount}."
        ],
        "fr": [
            "Hier à 18h j'avais une séance à domicile réservée depuis deux semaines et le kiné n'est jamais venu. Aucun appel. Et dans l'appli la séance est marquée EFFECTUÉE, {amount} débités."
        ],
        "es": [
            "Ayer a las 18 tenía la sesión a domicilio reservada desde hace dos semanas y el fisio no apareció. Ni una llamada. Y en la app pone que la sesión está REALIZADA y me habéis cobrado {amount}."
        ],
        "pt": [
            "Ontem às 18h tinha a sessão ao domicílio marcada há duas semanas e o fisioterapeuta nunca apareceu. Nem um telefonema. E na app a sessão aparece como REALIZADA e cobraram {amount}."
        ],
    },
    "double_charge": {
        "it": [
            "Ho comprato il pacchetto da 10 sedute e mi avete addebitato {amount} DUE volte sulla carta. Adesso il conto è in rosso e la banca mi ha già scritto.",
            "Sull'estratto conto vedo due addebiti identici di {amount} per lo stesso pacchetto, nello stesso minuto.",
        ],
        "de": [
            "Ich habe die 10er-Karte gekauft und Sie haben {amount} ZWEIMAL von meiner Karte abgebucht. Mein Konto ist jetzt im Minus.",
            "Auf dem Kontoauszug stehen zwei gleiche Abbuchungen über {amount} für dieselbe 10er-Karte, in derselben Minute.",
        ],
        "en": [
            "I bought the 10-session pack and you've taken {amount} TWICE from my card. I'm now overdrawn."
        ],
        "fr": [
            "J'ai acheté le forfait 10 séances et vous m'avez débité {amount} DEUX fois. Mon compte est à découvert."
        ],
        "es": [
            "Compré el bono de 10 sesiones y me habéis cobrado {amount} DOS veces. Tengo la cuenta en números rojos."
        ],
        "pt": [
            "Comprei o pack de 10 sessões e cobraram-me {amount} DUAS vezes no cartão. Fiquei com a conta a descoberto."
        ],
    },
    "receipt": {
        "it": [
            "La mia assicurazione mi ha rifiutato tutte e sei le fatture perché manca il numero di iscrizione all'albo del fisioterapista. Sono {amount} che non mi rimborsano.",
            "Le fatture scaricate dall'app non hanno né il nome del fisioterapista né il numero di iscrizione, e l'assicurazione non le accetta: {amount} fermi.",
        ],
        "de": [
            "Meine Zusatzversicherung hat alle sechs Rechnungen abgelehnt, weil weder Diagnose noch der Name der Therapeutin draufsteht. Das sind {amount}, die ich nicht erstattet bekomme.",
            "Die Rechnungen aus der App haben keine Angaben zur Verordnung, die Versicherung nimmt sie nicht an. {amount} hängen jetzt in der Luft.",
        ],
        "en": [
            "My insurer has rejected all six invoices because the physio's registration number isn't on them. That's {amount} I can't claim back."
        ],
        "fr": [
            "Ma mutuelle a refusé les six factures car le numéro du kiné n'y figure pas. Ça fait {amount} non remboursés."
        ],
        "es": [
            "Mi seguro me ha rechazado las seis facturas porque no aparece el número de colegiado del fisio. Son {amount} que no me devuelven."
        ],
        "pt": [
            "O meu seguro recusou as seis faturas porque não têm a cédula profissional do fisioterapeuta. São {amount} que não me reembolsam."
        ],
    },
    "refund": {
        "it": [
            "Ho annullato il pacchetto con ancora 4 sedute non usate e mi avevate promesso il rimborso di {amount} entro 10 giorni. Sono passate TRE settimane e non ho visto un euro.",
            'Aspetto ancora il rimborso delle sedute non usate, {amount}. Ogni volta mi dite "in lavorazione".',
        ],
        "de": [
            "Ich habe die 10er-Karte mit 4 offenen Terminen gekündigt, die Erstattung von {amount} sollte in 10 Tagen da sein. Jetzt sind es DREI Wochen, und nichts.",
            'Ich warte immer noch auf die Erstattung der nicht genutzten Termine, {amount}. Jedes Mal heißt es "in Bearbeitung".',
        ],
        "en": [
            "I cancelled my pack with 4 sessions unused and was promised a {amount} refund within 10 days. It's been THREE weeks. Nothing."
        ],
        "fr": [
            "J'ai annulé mon forfait avec 4 séances non utilisées, on m'a promis {amount} sous 10 jours. Ça fait TROIS semaines. Rien."
        ],
        "es": [
            "Cancelé el bono con 4 sesiones sin usar y me prometisteis el reembolso de {amount} en 10 días. Ya van TRES semanas."
        ],
        "pt": [
            "Cancelei o pack com 4 sessões por usar e prometeram-me o reembolso de {amount} em 10 dias. Já passaram TRÊS semanas."
        ],
    },
    "wrong_price": {
        "it": [
            "Sono soci{o} Più da un anno e l'app mi ha fatto pagare le ultime tre sedute a tariffa piena, {amount} in più. A cosa serve l'abbonamento?",
            "Ho pagato Snodia Più anche questo mese ma le sedute mi vengono addebitate a prezzo da non socio: {amount} di troppo.",
        ],
        "de": [
            "Ich bin seit einem Jahr Plus-Mitglied und die App hat mir die letzten drei Termine zum vollen Preis berechnet, {amount} zu viel. Wofür zahle ich dann Plus?",
            "Plus ist bezahlt, trotzdem wird jeder Termin zum Preis für Nicht-Mitglieder abgerechnet. Bisher {amount} zu viel.",
        ],
        "en": [
            "I've been a Plus member for a year and the app charged my last three sessions at the full rate, {amount} extra. What's Plus for then?"
        ],
        "fr": [
            "Je suis membre Plus depuis un an et l'appli m'a facturé mes trois dernières séances plein tarif, {amount} de trop."
        ],
        "es": [
            "Soy soci{o} Plus desde hace un año y la app me ha cobrado las tres últimas sesiones a precio completo, {amount} de más."
        ],
        "pt": [
            "Sou membro Plus há um ano e a app cobrou-me as três últimas sessões ao preço normal, {amount} a mais."
        ],
    },
    "cancel_fee": {
        "it": [
            "Ho cancellato la seduta di venerdì TRE giorni prima, dall'app, e mi avete addebitato lo stesso {amount} di penale per cancellazione tardiva. Ho lo screenshot della cancellazione.",
            "Penale di {amount} per una seduta che ho annullato lunedì per giovedì. Le vostre condizioni dicono 24 ore!",
        ],
        "de": [
            "Ich habe den Termin am Freitag DREI Tage vorher in der App storniert und trotzdem {amount} Stornogebühr bezahlt. Den Screenshot habe ich.",
            "{amount} Gebühr für einen Termin, den ich am Montag für Donnerstag abgesagt habe. Bei euch steht 24 Stunden!",
        ],
        "en": [
            "I cancelled Friday's session THREE days ahead in the app and was still charged a {amount} late-cancellation fee. I have the screenshot."
        ],
        "fr": [
            "J'ai annulé la séance de vendredi TROIS jours avant dans l'appli et j'ai quand même payé {amount} de frais d'annulation tardive."
        ],
        "es": [
            "Cancelé la sesión del viernes TRES días antes desde la app y aun así me habéis cobrado {amount} de penalización."
        ],
        "pt": [
            "Cancelei a sessão de sexta TRÊS dias antes na app e mesmo assim cobraram-me {amount} de taxa de cancelamento."
        ],
    },
}

#: A short restatement for later contacts.
CORE_SHORT: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "La seduta a domicilio mai fatta risulta ancora pagata.",
        "de": "Der Hausbesuch, der nie stattfand, ist immer noch abgebucht.",
        "en": "The home visit that never happened is still charged.",
        "fr": "La séance jamais faite est toujours débitée.",
        "es": "La sesión que nunca se hizo sigue cobrada.",
        "pt": "A sessão que nunca aconteceu continua cobrada.",
    },
    "double_charge": {
        "it": "Il doppio addebito è ancora lì.",
        "de": "Die doppelte Abbuchung ist immer noch da.",
        "en": "The double charge is still there.",
        "fr": "Le double débit est toujours là.",
        "es": "El doble cobro sigue ahí.",
        "pt": "A cobrança duplicada continua lá.",
    },
    "receipt": {
        "it": "Le fatture corrette non sono ancora arrivate e l'assicurazione non paga.",
        "de": "Die korrigierten Rechnungen sind immer noch nicht da, die Versicherung zahlt nicht.",
        "en": "Still no corrected invoices, so my insurer won't pay.",
        "fr": "Toujours pas de factures corrigées, la mutuelle ne paie pas.",
        "es": "Sigo sin facturas corregidas y el seguro no paga.",
        "pt": "Continuo sem faturas corrigidas e o seguro não paga.",
    },
    "refund": {
        "it": "Del rimborso ancora nessuna traccia.",
        "de": "Von der Erstattung immer noch keine Spur.",
        "en": "Still no sign of the refund.",
        "fr": "Toujours aucune trace du remboursement.",
        "es": "Del reembolso, ni rastro.",
        "pt": "Do reembolso, nem sinal.",
    },
    "wrong_price": {
        "it": "Le sedute continuano a essere addebitate a prezzo pieno.",
        "de": "Die Termine werden weiter zum vollen Preis abgerechnet.",
        "en": "Sessions are still charged at the full rate.",
        "fr": "Les séances sont toujours facturées plein tarif.",
        "es": "Las sesiones se siguen cobrando a precio completo.",
        "pt": "As sessões continuam a ser cobradas ao preço normal.",
    },
    "cancel_fee": {
        "it": "La penale non è stata stornata.",
        "de": "Die Stornogebühr ist nicht zurückgebucht.",
        "en": "The fee hasn't been refunded.",
        "fr": "Les frais ne sont toujours pas remboursés.",
        "es": "La penalización sigue sin devolverse.",
        "pt": "A taxa continua por devolver.",
    },
}

ASK: dict[str, list[str]] = {
    "it": [
        "Voglio una risposta OGGI.",
        "Rimborsatemi subito, per favore.",
        "Sono davvero arrabbiat{o}.",
        "Mi aspetto che sistemiate la cosa in giornata.",
    ],
    "de": [
        "Ich erwarte heute noch eine Antwort.",
        "Bitte sofort erstatten.",
        "Ich bin echt sauer.",
        "Das muss heute geklärt werden.",
    ],
    "en": ["I want this sorted TODAY.", "Refund me now please."],
    "fr": ["J'attends une réponse aujourd'hui.", "Remboursez-moi tout de suite."],
    "es": ["Quiero una solución HOY.", "Devolvedme el dinero ya."],
    "pt": ["Quero isto resolvido HOJE.", "Devolvam-me o dinheiro já."],
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}

GREETING: dict[str, list[str]] = {
    "it": ["Buongiorno,", "Salve,", "Buonasera,"],
    "de": ["Hallo,", "Guten Tag,", "Hallo Snodia-Team,"],
    "en": ["Hi,", "Hello,"],
    "fr": ["Bonjour,"],
    "es": ["Hola,", "Buenas,"],
    "pt": ["Olá,", "Bom dia,"],
}

CHAT_OPEN: dict[str, list[str]] = {
    "it": ["ciao, ", "salve ho un problema. ", ""],
    "de": ["hallo, ", "Hallo, ich hab ein Problem. ", ""],
    "en": ["hi, ", ""],
    "fr": ["bonjour, ", ""],
    "es": ["hola, ", ""],
    "pt": ["olá, ", ""],
}

#: Opening and closing words of a speech-to-text call.
PHONE_OPEN: dict[str, list[str]] = {
    "it": [
        "sì buongiorno sono {first} {last} chiamo perché",
        "pronto salve allora",
        "buongiorno guardi",
    ],
    "de": [
        "ja guten Tag {last} hier ich ruf an weil",
        "hallo ja also",
        "ja grüß Gott {first} {last} am Apparat",
    ],
    "en": ["hi yeah it's {first} {last} calling because", "hello yeah so"],
    "fr": ["oui bonjour {first} {last} j'appelle parce que", "allô bonjour alors"],
    "es": ["sí hola soy {first} {last} llamo porque", "hola buenas a ver"],
    "pt": ["sim bom dia fala {first} {last} ligo porque", "olá boa tarde então"],
}
PHONE_CLOSE: dict[str, list[str]] = {
    "it": ["mi fate sapere per favore", "voglio che sistemiate la cosa", "grazie"],
    "de": ["können Sie das bitte klären", "ich will dass das geregelt wird", "danke"],
    "en": ["can you sort it please", "thanks"],
    "fr": ["vous pouvez régler ça s'il vous plaît", "merci"],
    "es": ["me lo podéis solucionar por favor", "gracias"],
    "pt": ["podem resolver isto por favor", "obrigad{o}"],
}

#: Long e-mails with the complaint inside a letter (Italian and German).
LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Gentile Snodia,\n\nvi scrivo dalla sala d'attesa del pediatra, con la piccola in braccio, quindi perdonate qualche errore. Da marzo sto facendo la riabilitazione alla spalla con voi e fino ad ora mi sono trovat{o} benissimo: la fisioterapista è bravissima, gli esercizi dell'app li faccio tutte le sere dopo aver messo a letto i bambini, e vi ho anche consigliato a due colleghe.\n\nPerò adesso c'è un problema che non posso lasciar correre. {core}\n\nCon due bambini piccoli e un mutuo, non sono cifre da poco. Vi chiedo di sistemare la cosa al più presto e di rispondermi per e-mail, perché al telefono di giorno non ce la faccio.\n\nCordiali saluti,\n{name}",
        "Buonasera,\n\nsono {first} {last}, cliente Snodia da più di un anno. Vi scrivo dal treno, tornando dall'ospedale dove mio padre è ricoverato per l'anca, quindi scusate se sarò disordinat{o}. In questi mesi siete stati un aiuto vero: le sedute a domicilio di mio padre prima dell'intervento, le mie per la cervicale, sempre puntuali.\n\nProprio per questo mi dispiace dover scrivere questo messaggio. {core}\n\nHo già provato in chat ma nessuno mi ha dato una risposta chiara. Non voglio fare polemica, voglio solo che venga risolto.\n\nGrazie e buona serata,\n{first}",
    ],
    "de": [
        "Sehr geehrtes Snodia-Team,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter, die nächste halbe Stunde habe ich also Zeit. Seit dem Frühjahr bin ich wegen meines Bandscheibenvorfalls bei Ihnen in Behandlung und war wirklich begeistert: kompetente Therapeuten, die App mit den Übungen, Termine auch am Samstag. Ich habe Sie sogar im Sportverein empfohlen.\n\nUmso ärgerlicher ist Folgendes: {core}\n\nZwischen Job, Kindern und Reha habe ich keine Zeit, solchen Dingen hinterherzulaufen. Ich bitte Sie, das umgehend zu klären und mir schriftlich zu antworten.\n\nMit freundlichen Grüßen\n{name}",
        "Guten Abend,\n\nmein Name ist {first} {last}, ich bin seit über einem Jahr bei Snodia. Ich schreibe vom Flur des Pflegeheims, in dem meine Mutter nach ihrem Sturz gerade zur Kurzzeitpflege ist, die Besuchszeit ist gleich vorbei. Ihre Physiotherapeuten haben uns in den letzten Monaten sehr geholfen, meiner Mutter vor dem Sturz und mir mit meiner Schulter.\n\nDeshalb fällt es mir nicht leicht, mich zu beschweren, aber: {core}\n\nIch habe schon im Chat nachgefragt und keine klare Antwort bekommen. Bitte kümmern Sie sich darum.\n\nViele Grüße\n{first} {last}",
    ],
}

#: The agent's "case opened" e-mail: (subject, text).
CASE_OPENED: dict[str, tuple[str, str]] = {
    "it": (
        "Il suo caso {ref}",
        "Gentile {first},\nci dispiace molto per quanto successo. Abbiamo aperto il caso {ref} e lo stiamo verificando; la ricontattiamo entro 24 ore.\n{agent}, Snodia",
    ),
    "de": (
        "Ihr Anliegen {ref}",
        "Hallo {first},\ndas tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und prüfen ihn; Sie hören innerhalb von 24 Stunden von uns.\n{agent}, Snodia",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\nwe're really sorry about this. We've opened case {ref} and are looking into it; we'll get back to you within 24 hours.\n{agent}, Snodia",
    ),
    "fr": (
        "Votre demande {ref}",
        "Bonjour {first},\nnous sommes vraiment désolés. Nous avons ouvert la demande {ref} et nous la vérifions ; nous revenons vers vous sous 24 heures.\n{agent}, Snodia",
    ),
    "es": (
        "Tu incidencia {ref}",
        "Hola {first},\nlo sentimos mucho. Hemos abierto la incidencia {ref} y la estamos revisando; te respondemos en menos de 24 horas.\n{agent}, Snodia",
    ),
    "pt": (
        "O seu pedido {ref}",
        "Olá {first},\nlamentamos muito. Abrimos o pedido {ref} e estamos a analisá-lo; voltamos a contactar em 24 horas.\n{agent}, Snodia",
    ),
}

CHAT_CASE: dict[str, str] = {
    "it": "Mi dispiace molto. Ho aperto il caso {ref} e l'ho passato ai colleghi competenti, la ricontattiamo entro 24 ore.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {ref} angelegt und an die Kollegen weitergegeben, Sie hören innerhalb von 24 Stunden von uns.",
    "en": "I'm really sorry. I've opened case {ref} and passed it to the right team; we'll be back to you within 24 hours.",
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {ref} et l'ai transmise au service concerné, retour sous 24 heures.",
    "es": "Lo siento mucho. He abierto la incidencia {ref} y la he pasado al equipo correspondiente, te respondemos en 24 horas.",
    "pt": "Lamento muito. Abri o pedido {ref} e passei-o à equipa responsável, respondemos em 24 horas.",
}

ADDED_URGENT: dict[str, str] = {
    "it": "L'ho aggiunto al caso {ref} e l'ho segnato come urgente. Mi scuso per l'attesa.",
    "de": "Ich habe es zum Vorgang {ref} hinzugefügt und als dringend markiert. Entschuldigen Sie die Wartezeit.",
    "en": "I've added this to case {ref} and marked it urgent. Sorry for the wait.",
    "fr": "Je l'ai ajouté à la demande {ref} et marqué comme urgent. Désolée pour l'attente.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado como urgente. Perdona la espera.",
    "pt": "Acrescentei ao pedido {ref} e marquei como urgente. Desculpe a espera.",
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "it": (
        "Caso {ref}: la richiamiamo noi",
        "Gentile {first},\nil suo caso {ref} è ora seguito dalla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.\n{agent}, Snodia",
    ),
    "de": (
        "Vorgang {ref}: wir rufen Sie an",
        "Hallo {first},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.\n{agent}, Snodia",
    ),
    "en": (
        "Case {ref}: we'll call you",
        "Hi {first},\nyour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n{agent}, Snodia",
    ),
    "fr": (
        "Demande {ref} : nous vous rappelons",
        "Bonjour {first},\nvotre demande {ref} est désormais suivie par notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}, Snodia",
    ),
    "es": (
        "Incidencia {ref}: te llamamos",
        "Hola {first},\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{agent}, Snodia",
    ),
    "pt": (
        "Pedido {ref}: vamos ligar-lhe",
        "Olá {first},\no seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia.\n{agent}, Snodia",
    ),
}

FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "la seduta mai effettuata è stata annullata e le abbiamo riaccreditato {amount}.",
        "de": "der ausgefallene Hausbesuch ist storniert und die {amount} sind zurückgebucht.",
        "en": "the missed visit is cancelled and {amount} is back on your card.",
        "fr": "la séance non effectuée est annulée et les {amount} sont recrédités.",
        "es": "la sesión no realizada está anulada y te hemos devuelto {amount}.",
        "pt": "a sessão não realizada foi anulada e devolvemos {amount}.",
    },
    "double_charge": {
        "it": "il secondo addebito di {amount} è stato annullato e tornerà sulla carta in 2-3 giorni.",
        "de": "die zweite Abbuchung über {amount} ist storniert und in 2-3 Tagen wieder auf der Karte.",
        "en": "the second charge of {amount} is reversed and will be back in 2-3 days.",
        "fr": "le second débit de {amount} est annulé, il revient sous 2-3 jours.",
        "es": "el segundo cobro de {amount} está anulado y volverá en 2-3 días.",
        "pt": "a segunda cobrança de {amount} foi anulada e volta em 2-3 dias.",
    },
    "receipt": {
        "it": "le abbiamo inviato le sei fatture corrette con il numero di iscrizione del fisioterapista.",
        "de": "wir haben Ihnen die sechs korrigierten Rechnungen mit allen Angaben geschickt.",
        "en": "we've sent you the six corrected invoices with the registration number.",
        "fr": "nous vous avons envoyé les six factures corrigées avec le numéro du kiné.",
        "es": "te hemos enviado las seis facturas corregidas con el número de colegiado.",
        "pt": "enviámos as seis faturas corrigidas com a cédula profissional.",
    },
    "refund": {
        "it": "il rimborso di {amount} è partito oggi.",
        "de": "die Erstattung über {amount} ist heute raus.",
        "en": "your {amount} refund went out today.",
        "fr": "le remboursement de {amount} est parti aujourd'hui.",
        "es": "el reembolso de {amount} ha salido hoy.",
        "pt": "o reembolso de {amount} saiu hoje.",
    },
    "wrong_price": {
        "it": "le abbiamo riaccreditato {amount} e corretto la tariffa Più sul suo account.",
        "de": "wir haben Ihnen {amount} gutgeschrieben und den Plus-Tarif korrigiert.",
        "en": "we've credited {amount} and fixed the Plus rate on your account.",
        "fr": "nous avons recrédité {amount} et corrigé le tarif Plus.",
        "es": "te hemos abonado {amount} y corregido la tarifa Plus.",
        "pt": "creditámos {amount} e corrigimos a tarifa Plus.",
    },
    "cancel_fee": {
        "it": "la penale di {amount} è stata annullata.",
        "de": "die Stornogebühr über {amount} ist zurückgebucht.",
        "en": "the {amount} fee has been refunded.",
        "fr": "les frais de {amount} sont remboursés.",
        "es": "la penalización de {amount} está devuelta.",
        "pt": "a taxa de {amount} foi devolvida.",
    },
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "it": (
        "Buone notizie sul caso {ref}",
        "Gentile {first},\nbuone notizie sul caso {ref}: {fix} Può confermarci che adesso è tutto a posto?\n{agent}, Snodia",
    ),
    "de": (
        "Gute Nachrichten zu {ref}",
        "Hallo {first},\ngute Nachrichten zu Ihrem Vorgang {ref}: {fix} Können Sie uns bestätigen, dass jetzt alles passt?\n{agent}, Snodia",
    ),
    "en": (
        "Good news on case {ref}",
        "Hi {first},\ngood news on case {ref}: {fix} Could you confirm everything is fine now?\n{agent}, Snodia",
    ),
    "fr": (
        "Bonne nouvelle pour la demande {ref}",
        "Bonjour {first},\nbonne nouvelle pour la demande {ref} : {fix} Pouvez-vous nous confirmer que tout est en ordre ?\n{agent}, Snodia",
    ),
    "es": (
        "Buenas noticias sobre {ref}",
        "Hola {first},\nbuenas noticias sobre la incidencia {ref}: {fix} ¿Nos confirmas que ya está todo bien?\n{agent}, Snodia",
    ),
    "pt": (
        "Boas notícias sobre o pedido {ref}",
        "Olá {first},\nboas notícias sobre o pedido {ref}: {fix} Pode confirmar-nos que já está tudo bem?\n{agent}, Snodia",
    ),
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, per il caso {ref} adesso è tutto a posto. Grazie per la rapidità!",
        "tutto ok, caso {ref} risolto. grazie mille",
    ],
    "de": [
        "Bestätige: Vorgang {ref} ist erledigt, alles passt. Danke für die schnelle Hilfe!",
        "passt jetzt, {ref} ist erledigt, danke euch",
    ],
    "en": ["Confirmed, case {ref} is sorted. Thanks for the quick fix!"],
    "fr": ["Je confirme, la demande {ref} est réglée. Merci pour la rapidité !"],
    "es": ["Confirmado, la incidencia {ref} está resuelta. ¡Gracias por la rapidez!"],
    "pt": ["Confirmo, o pedido {ref} está resolvido. Obrigad{o} pela rapidez!"],
}
REPLY_SUBJECT: dict[str, str] = {
    "it": "R: {subject}",
    "de": "AW: {subject}",
    "en": "Re: {subject}",
    "fr": "RE : {subject}",
    "es": "RE: {subject}",
    "pt": "RE: {subject}",
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per il tono di ieri, ero furios{o}. Il problema resta, ma la fisioterapista non c'entra, lei è bravissima.",
        "Chiedo scusa per il messaggio di ieri, giornata storta. Grazie per la pazienza.",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war echt wütend. Die Physio kann ja nichts dafür.",
        "Sorry wegen gestern, war ein blöder Tag. Danke für die Geduld.",
    ],
    "en": ["Sorry for my tone yesterday, I was fuming. Not the physio's fault at all."],
    "fr": ["Désolé{e} pour mon ton d'hier, j'étais hors de moi. La kiné n'y est pour rien."],
    "es": ["Perdón por el tono de ayer, estaba que echaba humo. La fisio no tiene la culpa."],
    "pt": ["Desculpem o tom de ontem, estava furios{o}. A fisioterapeuta não tem culpa nenhuma."],
}

LOW_NPS_WORDS: dict[str, list[str]] = {
    "it": ["Deludente", "mai più così", "Pessima gestione del problema", ""],
    "de": ["Enttäuschend", "so nicht", "Kundenservice mangelhaft", ""],
    "en": ["Disappointing", ""],
    "fr": ["Décevant", ""],
    "es": ["Decepcionante", ""],
    "pt": ["Dececionante", ""],
}
LOW_CSAT_WORDS: dict[str, list[str]] = {
    "it": ["nessuna soluzione", "👎", ""],
    "de": ["keine Lösung", "👎", ""],
    "en": ["no help", ""],
    "fr": ["aucune aide", ""],
    "es": ["ninguna ayuda", ""],
    "pt": ["nenhuma ajuda", ""],
}

WHEN: dict[str, dict[str, str]] = {
    "it": {"today": "oggi", "yesterday": "ieri", "days": "qualche giorno fa"},
    "de": {"today": "heute", "yesterday": "gestern", "days": "vor ein paar Tagen"},
    "en": {"today": "earlier today", "yesterday": "yesterday", "days": "a few days ago"},
    "fr": {"today": "aujourd'hui", "yesterday": "hier", "days": "il y a quelques jours"},
    "es": {"today": "hoy", "yesterday": "ayer", "days": "hace unos días"},
    "pt": {"today": "hoje", "yesterday": "ontem", "days": "há uns dias"},
}

REPEAT2: dict[str, list[str]] = {
    "it": [
        "Caso {ref}: vi ho scritto {when} e ancora niente. {short} È tutto ancora aperto.",
        "Scrivo di nuovo per il caso {ref}. {short} Nessuno mi ha ricontattat{o}.",
    ],
    "de": [
        "Vorgang {ref}: Ich habe {when} geschrieben und nichts ist passiert. {short} Alles noch offen.",
        "Ich melde mich nochmal wegen {ref}. {short} Niemand hat sich gemeldet.",
    ],
    "en": ["Case {ref}: I wrote {when} and still nothing. {short} It's all still open."],
    "fr": ["Demande {ref} : j'ai écrit {when} et toujours rien. {short} Tout est encore ouvert."],
    "es": ["Incidencia {ref}: os escribí {when} y nada. {short} Sigue todo abierto."],
    "pt": ["Pedido {ref}: escrevi {when} e nada. {short} Continua tudo em aberto."],
}
REPEAT3: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per il caso {ref}. {short} Una mia collega va da {comp} e lì queste cose le risolvono in giornata.",
        "Caso {ref}, terzo messaggio. {short} Ho guardato quanto costa {comp}, e sinceramente ci sto pensando.",
    ],
    "de": [
        "Zum dritten Mal wegen {ref}. {short} Eine Kollegin geht zu {comp}, da wird sowas am selben Tag geklärt.",
        "Dritte Nachricht zu {ref}. {short} Ich habe mir die Preise von {comp} angeschaut, ehrlich gesagt.",
    ],
    "en": [
        "Third time writing about case {ref}. {short} A colleague goes to {comp} and they sort this kind of thing the same day."
    ],
    "fr": [
        "Troisième fois pour la demande {ref}. {short} Une collègue va chez {comp}, eux règlent ça dans la journée."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {ref}. {short} Una compañera va a {comp} y allí esto lo arreglan en el día."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o pedido {ref}. {short} Uma colega vai à {comp} e lá resolvem isto no próprio dia."
    ],
}
REPEAT4: dict[str, list[str]] = {
    "it": ["QUARTA volta. Caso {ref}, ancora aperto. {short} Non so più cosa fare."],
    "de": ["Zum VIERTEN Mal. Vorgang {ref}, immer noch offen. {short} Ich weiß nicht mehr weiter."],
    "en": ["FOURTH time. Case {ref}, still open. {short} I don't know what else to do."],
    "fr": ["QUATRIÈME fois. Demande {ref}, toujours ouverte. {short} Je ne sais plus quoi faire."],
    "es": ["CUARTA vez. Incidencia {ref}, sigue abierta. {short} Ya no sé qué hacer."],
    "pt": ["QUARTA vez. Pedido {ref}, ainda em aberto. {short} Já não sei o que fazer."],
}
CASE_SUBJECT: dict[str, str] = {
    "it": "R: Segnalazione {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Demande {ref}",
    "es": "RE: Incidencia {ref}",
    "pt": "RE: Pedido {ref}",
}

#: Six steps of a slide; the last names a competitor. Amounts per language.
SLIDE: dict[str, list[str]] = {
    "it": [
        "Oggi la fisioterapista è arrivata con 40 minuti di ritardo, senza avvisare. Capita, ma peccato.",
        "Terza fisioterapista diversa in tre sedute. Ogni volta devo rispiegare da capo tutta la storia della mia spalla.",
        "Il piano di esercizi nell'app è fermo da tre settimane, sempre gli stessi. Qualcuno lo guarda?",
        "Il pacchetto da 10 sedute è aumentato di 40 € senza nessun avviso. Snodia non è più quella di prima.",
        'Adesso anche 18 € di "materiale" per un cerotto kinesiologico che nessuno mi ha mai messo. BASTA, mi sento pres{o} in giro.',
        "Mia sorella va da {comp} e si trova benissimo. La prossima seduta l'ho prenotata lì.",
    ],
    "de": [
        "Physio heute 40 Minuten zu spät, ohne Bescheid zu sagen. Kann passieren, schade trotzdem.",
        "Dritte neue Therapeutin in drei Terminen. Jedes Mal erkläre ich meine Schulter wieder von vorn.",
        "Der Übungsplan in der App ist seit drei Wochen derselbe. Schaut da überhaupt jemand rein?",
        "Die 10er-Karte kostet plötzlich 40 € mehr, ohne Ankündigung. Snodia ist nicht mehr, was es mal war.",
        'Jetzt auch noch 18 € "Material" für ein Kinesio-Tape, das nie geklebt wurde. ES REICHT, ich fühl mich verarscht.',
        "Meine Schwester geht zu {comp} und ist dort super aufgehoben. Den nächsten Termin hab ich dort gebucht.",
    ],
    "en": [
        "Physio 40 minutes late today, no call. It happens, still a shame.",
        "Third different physio in three sessions. Explaining my shoulder from scratch every time.",
        "Exercise plan in the app hasn't changed in three weeks. Is anyone even looking at it?",
        "10-session pack up £35 with no notice. Snodia isn't what it was.",
        'Now a £16 "materials fee" for kinesio tape nobody ever put on me. ENOUGH, I feel mugged off.',
        "My sister goes to {comp} and loves it. I've booked my next session there.",
    ],
    "fr": [
        "Kiné arrivée avec 40 minutes de retard aujourd'hui, sans prévenir. Ça arrive, dommage quand même.",
        "Troisième kiné différente en trois séances. Je réexplique mon épaule depuis le début à chaque fois.",
        "Le programme d'exercices dans l'appli n'a pas bougé depuis trois semaines. Quelqu'un le regarde ?",
        "Le forfait 10 séances a pris 40 € sans prévenir. Snodia n'est plus ce que c'était.",
        "Et maintenant 18 € de \"matériel\" pour un strapping qu'on ne m'a jamais posé. ÇA SUFFIT, on se moque de moi.",
        "Ma sœur va chez {comp} et elle est ravie. J'ai réservé ma prochaine séance là-bas.",
    ],
    "es": [
        "Hoy la fisio ha llegado 40 minutos tarde, sin avisar. Pasa, pero qué pena.",
        "Tercera fisio distinta en tres sesiones. Cada vez tengo que explicar lo del hombro desde cero.",
        "El plan de ejercicios de la app lleva tres semanas igual. ¿Alguien lo mira?",
        "El bono de 10 sesiones ha subido 40 € sin avisar. Snodia ya no es lo que era.",
        'Y ahora 18 € de "material" por un vendaje neuromuscular que nadie me puso. YA ESTÁ BIEN, me siento estafad{o}.',
        "Mi hermana va a {comp} y está encantada. La próxima sesión la he reservado allí.",
    ],
    "pt": [
        "Hoje a fisioterapeuta chegou 40 minutos atrasada, sem avisar. Acontece, mas é pena.",
        "Terceira fisioterapeuta diferente em três sessões. Explico o ombro do zero de cada vez.",
        "O plano de exercícios na app está igual há três semanas. Alguém olha para isto?",
        "O pack de 10 sessões subiu 40 € sem aviso. A Snodia já não é o que era.",
        'E agora 18 € de "material" por uma fita kinesio que nunca ninguém me pôs. CHEGA, sinto-me enganad{o}.',
        "A minha irmã vai à {comp} e adora. Já marquei lá a próxima sessão.",
    ],
}
SLIDE_RATINGS = ("3", "3", "2", "2", "1", "1")

#: Leavers' e-mails (subject, text), reasons: fit again, moving away.
LEAVE: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Disdetta Snodia Più e chiusura account",
            "Buongiorno,\ndopo otto mesi di riabilitazione il ginocchio è a posto e il medico mi ha dato il via libera per tornare a correre: mi sono iscritt{o} alla palestra sotto casa, che ha anche il fisioterapista. Vorrei quindi disdire Snodia Più e chiudere l'account.\nGrazie di tutto, {name}",
        ),
        (
            "Chiusura account",
            "Salve,\na fine mese mi trasferisco per lavoro in Australia, quindi vorrei disdire l'abbonamento Più e chiudere il mio account.\nGrazie per questi mesi, {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Snodia Plus",
            "Hallo,\nmein Knie ist nach der Reha wieder fit und ich trainiere jetzt im Betriebssport, da ist Physio inklusive. Ich möchte Snodia Plus kündigen und mein Konto schließen.\nDanke für alles, {name}",
        ),
        (
            "Konto schließen",
            "Guten Tag,\nich ziehe nächsten Monat nach Kanada. Bitte kündigen Sie mein Plus-Abo und schließen Sie mein Konto.\nViele Grüße\n{name}",
        ),
    ],
    "en": [
        (
            "Cancel Plus and close my account",
            "Hi,\nmy back is finally sorted and my new job includes physio through the company gym, so I'd like to cancel Snodia Plus and close my account.\nThanks for everything, {name}",
        )
    ],
    "fr": [
        (
            "Résiliation Plus et fermeture du compte",
            "Bonjour,\nje déménage au Québec le mois prochain, je souhaite donc résilier Snodia Plus et fermer mon compte.\nMerci pour tout, {name}",
        )
    ],
    "es": [
        (
            "Baja de Plus y cierre de cuenta",
            "Hola,\nya tengo la rodilla bien y me he apuntado a un gimnasio con fisio incluido, así que quiero dar de baja Snodia Plus y cerrar la cuenta.\nGracias por todo, {name}",
        ),
    ],
    "pt": [
        (
            "Cancelar Plus e fechar conta",
            "Olá,\nvou mudar-me para a Suíça no próximo mês, por isso quero cancelar a Snodia Plus e fechar a minha conta.\nObrigad{o} por tudo, {name}",
        )
    ],
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "it": (
        "Ci dispiace vederla andare",
        "Gentile {first},\nci dispiace vederla andare, ma grazie per questi mesi insieme! Può disdire Snodia Più e chiudere l'account in autonomia nell'app (Profilo > Abbonamento) o sul sito.\n{agent}, Snodia",
    ),
    "de": (
        "Schade, dass Sie gehen",
        "Hallo {first},\nschade, dass Sie gehen, aber danke für die gemeinsame Zeit! Sie können Snodia Plus und Ihr Konto selbst in der App (Profil > Abo) oder auf der Website kündigen.\n{agent}, Snodia",
    ),
    "en": (
        "Sorry to see you go",
        "Hi {first},\nsorry to see you go, and thanks for being with us! You can cancel Plus and close your account yourself in the app (Profile > Membership) or on the website.\n{agent}, Snodia",
    ),
    "fr": (
        "Dommage de vous voir partir",
        "Bonjour {first},\nnous sommes désolés de vous voir partir, merci pour ces mois ! Vous pouvez résilier Plus et fermer votre compte vous-même dans l'appli (Profil > Abonnement) ou sur le site.\n{agent}, Snodia",
    ),
    "es": (
        "Sentimos que te vayas",
        "Hola {first},\nsentimos que te vayas, ¡y gracias por estos meses! Puedes dar de baja Plus y cerrar la cuenta tú mism{o} en la app (Perfil > Suscripción) o en la web.\n{agent}, Snodia",
    ),
    "pt": (
        "Lamentamos que saia",
        "Olá {first},\nlamentamos que saia, e obrigado por estes meses! Pode cancelar a Plus e fechar a conta na app (Perfil > Subscrição) ou no site.\n{agent}, Snodia",
    ),
}

# --- the planted incident: Saturday 14 November 2026, morning UTC -------------
#: The app's "invite friends" feature texted patients' whole address books an
#: invitation naming their treatment; "withdraw invitations" fails with INV/522.
SPIKE_CODE = "INV/522"

SPIKE_REPORT: dict[str, list[str]] = {
    "it": [
        "Ma cosa avete combinato?? Stamattina la vostra app ha mandato un SMS a TUTTA la mia rubrica con scritto che faccio riabilitazione del pavimento pelvico con Snodia, più un codice sconto. L'ha ricevuto anche il mio capo. Provo a ritirare gli inviti ed esce errore INV/522. Vergogna.",
        "Mi stanno scrivendo tutti \"non sapevo dell'ernia, auguri!\". L'app Snodia ha mandato inviti a tutti i miei contatti con il nome della terapia. Io non ho mai premuto invia. Il tasto per annullare dà INV/522",
        "URGENTE. l'app ha spedito a 300 contatti un messaggio \"{first} si sta riprendendo dalla protesi all'anca con Snodia, prova anche tu con il 20%\". non ho autorizzato niente. errore INV/522 se provo a fermarlo",
        'Mia suocera mi ha chiamat{o} alle 9 perché ha ricevuto un vostro SMS sulla mia "riabilitazione post-operatoria". Nell\'app risultano 187 inviti inviati stamattina. Annulla inviti: INV/522. Spiegatemi.',
    ],
    "de": [
        'Was ist da los?? Eure App hat heute früh an mein KOMPLETTES Adressbuch eine SMS geschickt, dass ich bei Snodia in Beckenboden-Reha bin, mit Rabattcode. Auch an meinen Chef. "Einladungen zurückziehen" gibt Fehler INV/522.',
        'Alle schreiben mir gerade "gute Besserung mit dem Bandscheibenvorfall". Die Snodia-App hat ungefragt Einladungen an alle Kontakte geschickt, mit meiner Behandlung drin. Stoppen geht nicht: INV/522',
        'Meine Ex hat mir gerade einen Screenshot geschickt: "{first} ist in Reha nach Knie-OP bei Snodia, 20 % mit diesem Code". Ich habe NICHTS gesendet. In der App: 243 Einladungen verschickt, Fehler INV/522 beim Zurückziehen.',
        "Datenschutz?? Die App hat heute Morgen meinen Kontakten meine Diagnose geschickt. Als Werbung. Und der Button zum Widerrufen bringt nur INV/522.",
    ],
    "en": [
        'What on earth has your app done?? It texted my ENTIRE contact list this morning saying I\'m having pelvic floor rehab with Snodia, plus a discount code. My boss got it. "Withdraw invites" just says error INV/522',
        "Everyone I know is texting me get well soon about my slipped disc. Your app sent invites to all my contacts naming my treatment. I never pressed send. Can't stop it, INV/522",
    ],
    "fr": [
        "Mais qu'est-ce qui se passe ?? Votre appli a envoyé ce matin un SMS à TOUS mes contacts disant que je fais de la rééducation du périnée chez Snodia, avec un code promo. Mon chef l'a reçu. \"Retirer les invitations\" = erreur INV/522",
        "Tout le monde m'écrit \"bon rétablissement pour ta hernie\". L'appli Snodia a envoyé des invitations à tous mes contacts avec mon traitement. Je n'ai rien envoyé. Impossible d'arrêter : INV/522",
    ],
    "es": [
        '¿¿Pero qué habéis hecho?? Vuestra app ha mandado esta mañana un SMS a TODOS mis contactos diciendo que hago rehabilitación de suelo pélvico en Snodia, con código de descuento. Le ha llegado a mi jefe. "Retirar invitaciones" da error INV/522',
        'Me está escribiendo todo el mundo "que te mejores de la hernia". La app de Snodia ha enviado invitaciones a todos mis contactos con mi tratamiento. Yo no envié nada. No se puede parar: INV/522',
    ],
    "pt": [
        'Mas o que é que fizeram?? A vossa app mandou esta manhã um SMS a TODOS os meus contactos a dizer que faço reabilitação do pavimento pélvico na Snodia, com código de desconto. O meu chefe recebeu. "Retirar convites" dá erro INV/522',
        'Está toda a gente a escrever-me "as melhoras da hérnia". A app da Snodia enviou convites a todos os meus contactos com o meu tratamento. Não enviei nada. Não dá para parar: INV/522',
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "it": "URGENTE: SMS inviati a tutta la mia rubrica",
    "de": "DRINGEND: SMS an mein ganzes Adressbuch",
    "en": "URGENT: texts sent to my whole contact list",
    "fr": "URGENT : SMS envoyés à tous mes contacts",
    "es": "URGENTE: SMS a todos mis contactos",
    "pt": "URGENTE: SMS para todos os meus contactos",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "it": [
        "Ancora! Altri SMS partiti adesso, mia cugina l'ha appena ricevuto. INV/522 anche dal sito.",
        'Vi ho scritto poco fa. Ho tolto all\'app il permesso ai contatti ma dice ancora "invio in corso" e INV/522.',
    ],
    "de": [
        "Immer noch! Gerade hat meine Nachbarin die SMS bekommen. Auch auf der Website: INV/522.",
        'Hab vorhin schon geschrieben. Kontaktzugriff entzogen, trotzdem "Versand läuft" und INV/522.',
    ],
    "en": ["Still going! My aunt just got the text. INV/522 on the website too."],
    "fr": ["Ça continue ! Ma voisine vient de recevoir le SMS. INV/522 aussi sur le site."],
    "es": ["¡Sigue! Mi vecina acaba de recibir el SMS. INV/522 también en la web."],
    "pt": ["Continua! A minha vizinha acabou de receber o SMS. INV/522 também no site."],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, purtroppo stamattina per un errore l'app ha inviato inviti ai contatti di molti pazienti. I tecnici stanno fermando gli invii, ci scusi davvero.",
    "de": "Ja, leider hat die App heute früh durch einen Fehler Einladungen an die Kontakte vieler Patientinnen und Patienten geschickt. Die Technik stoppt den Versand gerade, es tut uns wirklich leid.",
    "en": "Yes, I'm afraid a fault this morning made the app send invitations to many patients' contacts. Our engineers are stopping it now, we're truly sorry.",
    "fr": "Oui, malheureusement une erreur ce matin a fait envoyer des invitations aux contacts de nombreux patients. Nos techniciens arrêtent les envois, toutes nos excuses.",
    "es": "Sí, por desgracia un fallo esta mañana ha hecho que la app enviara invitaciones a los contactos de muchos pacientes. Los técnicos lo están parando, lo sentimos muchísimo.",
    "pt": "Sim, infelizmente uma falha esta manhã fez a app enviar convites aos contactos de muitos pacientes. Os técnicos estão a parar os envios, pedimos imensa desculpa.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "it": (
        "Gli SMS di stamattina: cosa è successo",
        "Gentile {first},\nstamattina un errore ha fatto partire inviti ai contatti di molti pazienti, con il nome della terapia. Dalle {since} (ora locale) non parte più nessun invito, i codici sono disattivati e la sua rubrica non è più letta dall'app. Le abbiamo accreditato una seduta gratuita. Ci scusiamo profondamente.\n{agent}, Snodia",
    ),
    "de": (
        "Die SMS von heute früh: was passiert ist",
        "Hallo {first},\nheute früh hat ein Fehler Einladungen mit der Behandlung an die Kontakte vieler Patientinnen und Patienten geschickt. Seit {since} Uhr (Ortszeit) geht keine Einladung mehr raus, die Codes sind deaktiviert und die App liest Ihr Adressbuch nicht mehr. Wir haben Ihnen eine kostenlose Behandlung gutgeschrieben. Wir entschuldigen uns aufrichtig.\n{agent}, Snodia",
    ),
    "en": (
        "This morning's texts: what happened",
        "Hi {first},\na fault this morning sent invitations naming treatments to many patients' contacts. Since {since} (local time) no invitation goes out, the codes are switched off and the app no longer reads your contacts. We've credited you a free session. We're deeply sorry.\n{agent}, Snodia",
    ),
    "fr": (
        "Les SMS de ce matin : ce qui s'est passé",
        "Bonjour {first},\nune erreur a envoyé ce matin des invitations mentionnant le traitement aux contacts de nombreux patients. Depuis {since} (heure locale), plus aucune invitation ne part, les codes sont désactivés et l'appli ne lit plus vos contacts. Nous vous avons offert une séance. Toutes nos excuses.\n{agent}, Snodia",
    ),
    "es": (
        "Los SMS de esta mañana: qué ha pasado",
        "Hola {first},\nun fallo esta mañana envió invitaciones con el tratamiento a los contactos de muchos pacientes. Desde las {since} (hora local) no sale ninguna invitación, los códigos están desactivados y la app ya no lee tus contactos. Te hemos regalado una sesión. Lo sentimos muchísimo.\n{agent}, Snodia",
    ),
    "pt": (
        "Os SMS desta manhã: o que aconteceu",
        "Olá {first},\numa falha esta manhã enviou convites com o tratamento aos contactos de muitos pacientes. Desde as {since} (hora local) não sai nenhum convite, os códigos estão desativados e a app deixou de ler os seus contactos. Oferecemos-lhe uma sessão. Pedimos imensa desculpa.\n{agent}, Snodia",
    ),
}

#: Two lone questions on the Friday before: the invite page, which worked.
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        'Domanda: nella pagina "Invita amici" dell\'app vedo tutta la mia rubrica con accanto "invita". Se ci tocco per sbaglio parte qualcosa? Non vorrei proprio',
        "No, non parte nulla finché non conferma \"Invia\" nella schermata successiva. Può anche togliere all'app l'accesso ai contatti quando vuole.",
    ),
    "de": (
        'Kurze Frage: Unter "Freunde einladen" zeigt mir die App mein ganzes Adressbuch. Wird da irgendwas automatisch verschickt?',
        'Nein, es geht nichts raus, solange Sie nicht auf der nächsten Seite "Senden" bestätigen. Den Kontaktzugriff können Sie jederzeit entziehen.',
    ),
}
