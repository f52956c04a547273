# ruff: noqa: E501
"""Wording for heldout281 (Feltaro: pool and snooker tables at home), six languages."""

from __future__ import annotations

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "it": [
            "Il tecnico ha rifatto il panno al biliardo, ora la bilia scorre dritta. Bravi!",
            "Tavolo livellato in mezz'ora, mio figlio non smette di giocare. Grazie Feltaro",
            "Terza volta che vi chiamo per la stecca, sempre puntuali e gentili",
        ],
        "de": [
            "Der Techniker hat das Tuch neu bespannt, die Kugeln laufen jetzt sauber. Top!",
            "Billardtisch in einer halben Stunde ausgerichtet, super Service",
            "Schon das dritte Mal gebucht, immer pünktlich und freundlich",
        ],
        "en": ["New cloth on the snooker table and it plays beautifully, thanks Feltaro"],
        "es": ["Os quedó la mesa de billar nivelada perfecta, gracias al técnico"],
        "fr": ["Tapis du billard changé, la table roule parfaitement, merci Feltaro"],
        "pt": ["O técnico trocou o pano da mesa de snooker, ficou impecável"],
    },
    "question": {
        "it": [
            "Posso spostare l'appuntamento per il livellamento a giovedì?",
            "Quanto costa il panno blu invece del verde?",
        ],
        "de": [
            "Kann ich den Termin für das Ausrichten auf Donnerstag verschieben?",
            "Was kostet ein blaues Tuch statt grün?",
        ],
        "en": ["Can I move my levelling visit to Thursday?"],
        "es": ["¿Puedo cambiar la visita de nivelación al jueves?"],
        "fr": ["Je peux déplacer la visite de mise à niveau à jeudi ?"],
        "pt": ["Posso mudar a visita de nivelamento para quinta?"],
    },
    "answer": {
        "it": ["Certo, l'abbiamo spostato a giovedì mattina. Buone partite!"],
        "de": ["Gerne, der Termin ist jetzt Donnerstag früh. Gut Stoß!"],
        "en": ["Done, your visit is now on Thursday morning."],
        "es": ["Hecho, la visita queda el jueves por la mañana."],
        "fr": ["C'est fait, la visite est jeudi matin."],
        "pt": ["Feito, a visita fica para quinta de manhã."],
    },
    "thanks": {
        "it": ["Perfetto, grazie mille"],
        "de": ["Danke, passt perfekt"],
        "en": ["Great, thanks"],
        "es": ["Genial, gracias"],
        "fr": ["Parfait, merci"],
        "pt": ["Ótimo, obrigado"],
    },
    "complaint": {
        "it": [
            "Il tecnico non si è presentato e ho preso un giorno di ferie per niente. Inaccettabile",
            "Mi avete addebitato due volte il noleggio del tavolo, rivoglio i miei soldi",
            "Il panno nuovo è già strappato vicino alla buca d'angolo, lavoro fatto malissimo",
        ],
        "de": [
            "Der Techniker ist nicht gekommen, ich habe umsonst Urlaub genommen. Unmöglich",
            "Sie haben mir die Tischmiete zweimal abgebucht, ich will mein Geld zurück",
            "Das neue Tuch ist an der Ecktasche schon gerissen, miserable Arbeit",
        ],
        "en": ["The technician never showed up and I took a day off for nothing. Appalling"],
        "es": ["Me habéis cobrado dos veces el alquiler de la mesa, quiero mi dinero"],
        "fr": ["Le technicien n'est jamais venu, j'ai pris un jour de congé pour rien"],
        "pt": ["O pano novo já rasgou junto ao buraco do canto, trabalho muito mal feito"],
    },
    "letter": {
        "it": [
            "Gentili signori,\n\nsono cliente Feltaro Club da tre anni e di solito vi consiglio agli amici. "
            "Vi scrivo però perché {c}\n\nSpero in una risposta rapida.\nCordiali saluti"
        ],
        "de": [
            "Sehr geehrte Damen und Herren,\n\nich bin seit Jahren Mitglied im Feltaro Club und "
            "empfehle Sie gern weiter. Heute aber: {c}\n\nIch erwarte eine schnelle Antwort.\nMit freundlichen Grüßen"
        ],
        "en": [
            "Dear Feltaro,\n\nI've been a Club member for years. Today though: {c}\n\nPlease reply soon.\nRegards"
        ],
        "es": [
            "Hola,\n\nsoy socio del Feltaro Club desde hace años. Pero hoy: {c}\n\nEspero respuesta.\nSaludos"
        ],
        "fr": [
            "Bonjour,\n\nje suis membre du Feltaro Club depuis longtemps. Mais aujourd'hui : {c}\n\nMerci de répondre vite.\nCordialement"
        ],
        "pt": [
            "Olá,\n\nsou sócio do Feltaro Club há anos. Mas hoje: {c}\n\nAguardo resposta.\nCumprimentos"
        ],
    },
    "case": {
        "it": ["Ci scusiamo, abbiamo aperto la pratica {r} e la seguiamo noi."],
        "de": ["Das tut uns leid, wir haben den Fall {r} angelegt und kümmern uns."],
        "en": ["Sorry about this, we've opened case {r} and are on it."],
        "es": ["Lo sentimos, hemos abierto el caso {r}."],
        "fr": ["Désolés, nous avons ouvert le dossier {r}."],
        "pt": ["Lamentamos, abrimos o processo {r}."],
    },
    "goodnews": {
        "it": ["Buone notizie sulla pratica {r}: è risolta. Ce lo conferma?"],
        "de": ["Gute Nachrichten zum Fall {r}: erledigt. Können Sie das bestätigen?"],
        "en": ["Good news on case {r}: it's sorted. Could you confirm?"],
        "es": ["Buenas noticias del caso {r}: resuelto. ¿Nos lo confirma?"],
        "fr": ["Bonne nouvelle pour le dossier {r} : c'est réglé. Vous confirmez ?"],
        "pt": ["Boas notícias do processo {r}: resolvido. Pode confirmar?"],
    },
    "confirm": {
        "it": ["Confermo, pratica {r} risolta, tutto a posto ora. Grazie"],
        "de": ["Bestätigt, Fall {r} ist erledigt, alles gut jetzt. Danke"],
        "en": ["Confirmed, case {r} is fixed, all good now. Thanks"],
        "es": ["Confirmado, caso {r} resuelto, todo bien. Gracias"],
        "fr": ["Confirmé, dossier {r} réglé, tout va bien. Merci"],
        "pt": ["Confirmado, processo {r} resolvido, está tudo bem. Obrigado"],
    },
    "apology": {
        "it": ["Scusate per il tono di ieri, giornata storta. Il tavolo resta il migliore"],
        "de": ["Sorry für meinen Ton gestern, war ein schlechter Tag. Sie sind trotzdem klasse"],
        "en": ["Sorry for my tone yesterday, bad day. You're still great"],
        "es": ["Perdón por el tono de ayer, mal día. Seguís siendo los mejores"],
        "fr": ["Désolé pour mon ton hier, mauvaise journée. Vous restez top"],
        "pt": ["Desculpem o tom de ontem, foi um mau dia. Continuam ótimos"],
    },
    "repeat": {
        "it": [
            "Pratica {r}: ancora niente, è la {n} volta che scrivo per lo stesso problema",
            "Di nuovo per la pratica {r}, nessuno mi ha richiamato, il problema è ancora aperto",
        ],
        "de": [
            "Fall {r}: immer noch nichts, ich melde mich zum {n} Mal wegen desselben Problems",
            "Nochmal wegen Fall {r}, keiner hat zurückgerufen, das Problem ist offen",
        ],
        "en": ["Case {r}: still nothing, this is the {n} time I'm writing about the same problem"],
        "es": ["Caso {r}: sigue igual, es la {n} vez que escribo por lo mismo"],
        "fr": ["Dossier {r} : toujours rien, c'est la {n} fois que j'écris pour ça"],
        "pt": ["Processo {r}: continua igual, é a {n} vez que escrevo pelo mesmo"],
    },
    "repeat3": {
        "it": ["Pratica {r} ancora aperta. Un collega noleggia da {k} e mi ha girato i prezzi"],
        "de": [
            "Fall {r} immer noch offen. Ein Kollege mietet bei {k}, ich habe mir deren Preise angesehen"
        ],
        "en": ["Case {r} still open. A colleague hires from {k}, I've looked up their prices"],
        "es": ["Caso {r} sigue abierto. Un compañero alquila en {k}, ya miré sus precios"],
        "fr": ["Dossier {r} toujours ouvert. Un collègue loue chez {k}, j'ai regardé leurs prix"],
        "pt": ["Processo {r} ainda aberto. Um colega aluga na {k}, já vi os preços deles"],
    },
    "escalated": {
        "it": ["Abbiamo passato la pratica {r} al responsabile qualità."],
        "de": ["Wir haben den Fall {r} an die Qualitätsleitung weitergegeben."],
        "en": ["We've passed case {r} to our quality lead."],
        "es": ["Hemos pasado el caso {r} a la responsable de calidad."],
        "fr": ["Nous avons transmis le dossier {r} au responsable qualité."],
        "pt": ["Passámos o processo {r} à responsável de qualidade."],
    },
    "other": {
        "it": ["La fattura di marzo riporta l'indirizzo vecchio, potete correggerla?"],
        "de": ["Auf der Märzrechnung steht noch meine alte Adresse, bitte ändern"],
        "en": ["My March invoice still has my old address on it, can you fix it?"],
        "es": ["La factura de marzo tiene mi dirección antigua, ¿la corregís?"],
        "fr": ["La facture de mars a mon ancienne adresse, vous pouvez corriger ?"],
        "pt": ["A fatura de março tem a morada antiga, podem corrigir?"],
    },
    "slide": {
        "it": [
            "Tavolo ok ma il tecnico è arrivato un'ora dopo",
            "Il panno fa già pallini, peccato",
            "Seconda visita rimandata, comincio a stufarmi",
            "Tre settimane e la sponda è ancora morta",
            "Servizio sempre peggio, pago il Club per cosa?",
            "Mio cognato usa {k} e il tavolo glielo sistemano in un giorno. Ci sto pensando",
        ],
        "de": [
            "Tisch ok, aber der Techniker kam eine Stunde zu spät",
            "Das Tuch fusselt schon, schade",
            "Zweiter Termin verschoben, langsam nervt es",
            "Seit drei Wochen ist die Bande tot",
            "Der Service wird immer schlechter, wofür zahle ich den Club?",
            "Mein Schwager ist bei {k}, dort wird in einem Tag repariert. Ich überlege",
        ],
        "en": [
            "Table fine but the tech was an hour late",
            "Cloth is already pilling, shame",
            "Second visit postponed, getting fed up",
            "Three weeks and the cushion is still dead",
            "Service keeps getting worse, what am I paying the Club for?",
            "My brother-in-law uses {k}, they fix it in a day. Thinking about it",
        ],
        "es": [
            "Mesa bien pero el técnico llegó una hora tarde",
            "El paño ya hace bolitas",
            "Segunda visita aplazada, me estoy cansando",
            "Tres semanas y la banda sigue muerta",
            "El servicio va a peor, ¿para qué pago el Club?",
            "Mi cuñado está con {k} y se lo arreglan en un día. Me lo pienso",
        ],
        "fr": [
            "Table ok mais le technicien avait une heure de retard",
            "Le tapis bouloche déjà",
            "Deuxième visite reportée, ça m'agace",
            "Trois semaines et la bande est toujours morte",
            "Le service empire, je paie le Club pour quoi ?",
            "Mon beau-frère est chez {k}, réparé en un jour. J'y pense",
        ],
        "pt": [
            "Mesa bem mas o técnico chegou uma hora atrasado",
            "O pano já faz borbotos",
            "Segunda visita adiada, estou a ficar farto",
            "Três semanas e a tabela continua morta",
            "O serviço está cada vez pior, pago o Club para quê?",
            "O meu cunhado está na {k}, arranjam num dia. Estou a pensar",
        ],
    },
    "cancel": {
        "it": ["Disdico il Feltaro Club e chiudete il mio account, per favore. Basta così"],
        "de": ["Ich kündige den Feltaro Club, bitte schließen Sie mein Konto. Es reicht"],
        "en": ["I'm cancelling Feltaro Club, please close my account. I'm done"],
        "es": ["Me doy de baja del Feltaro Club, cerrad mi cuenta por favor"],
        "fr": ["J'annule le Feltaro Club, fermez mon compte s'il vous plaît"],
        "pt": ["Cancelo o Feltaro Club, fechem a minha conta por favor"],
    },
    "farewell": {
        "it": ["Ci dispiace vederla andare: Club disdetto e account chiuso."],
        "de": ["Schade, dass Sie gehen: Club gekündigt, Konto geschlossen."],
        "en": ["Sorry to see you go: Club cancelled and account closed."],
        "es": ["Sentimos que se vaya: Club cancelado y cuenta cerrada."],
        "fr": ["Désolés de vous voir partir : Club résilié, compte fermé."],
        "pt": ["Lamentamos a sua saída: Club cancelado e conta fechada."],
    },
    "grumble": {
        "it": [
            "Il sito per prenotare è lentissimo, come sempre",
            "Anche stavolta finestra di 4 ore, mah",
        ],
        "de": [
            "Die Buchungsseite ist wie immer lahm",
            "Wieder ein Zeitfenster von 4 Stunden, naja",
        ],
        "en": ["Booking site slow as ever"],
        "es": ["La web de reservas, lenta como siempre"],
        "fr": ["Le site de réservation, toujours aussi lent"],
        "pt": ["O site de reservas, lento como sempre"],
    },
    "sarcasm": {
        "it": ["Ma che bello, aspettare il tecnico tutto il sabato. Proprio il mio hobby"],
        "de": ["Wie schön, den ganzen Samstag auf den Techniker warten. Mein Lieblingshobby"],
        "en": ["Oh wonderful, waiting all Saturday for the technician. My favourite hobby"],
        "es": ["Qué maravilla, esperar al técnico todo el sábado. Mi hobby favorito"],
        "fr": ["Génial, attendre le technicien tout le samedi. Mon passe-temps préféré"],
        "pt": ["Que maravilha, esperar pelo técnico o sábado todo. O meu passatempo favorito"],
    },
    "night": {
        "it": ["Non dormo e guardo i panni nuovi sul sito, quello bordeaux è stupendo"],
        "de": ["Kann nicht schlafen, schaue mir die neuen Tuchfarben an, das Bordeaux ist toll"],
        "en": ["Can't sleep, browsing the new cloth colours, the burgundy is lovely"],
        "es": ["No duermo y miro los paños nuevos, el burdeos es precioso"],
        "fr": ["Insomnie, je regarde les nouveaux tapis, le bordeaux est superbe"],
        "pt": ["Sem sono, a ver os panos novos, o bordeaux é lindo"],
    },
    "spike": {
        "it": [
            "L'app non prende il pagamento della partita oraria, errore {e}. Nessuno riesce a prenotare",
            "Impossibile pagare il noleggio dall'app, esce {e}",
        ],
        "de": [
            "Die App nimmt keine Zahlung für die Tischbuchung, Fehler {e}. Buchen geht nicht",
            "Bezahlen in der App unmöglich, immer {e}",
        ],
        "en": ["App won't take payment for the table booking, error {e}. Can't book anything"],
        "es": ["La app no acepta el pago de la reserva, error {e}. No puedo reservar"],
        "fr": ["L'appli refuse le paiement de la réservation, erreur {e}. Impossible de réserver"],
        "pt": ["A app não aceita o pagamento da reserva, erro {e}. Não consigo reservar"],
    },
    "spike_again": {
        "it": ["Ancora {e} anche dal telefono di mia moglie"],
        "de": ["Immer noch {e}, auch am Handy meiner Frau"],
        "en": ["Still {e}, on my wife's phone too"],
        "es": ["Sigue {e}, también en el móvil de mi mujer"],
        "fr": ["Toujours {e}, aussi sur le téléphone de ma femme"],
        "pt": ["Continua {e}, também no telemóvel da minha mulher"],
    },
    "works_again": {
        "it": ["I pagamenti in app funzionano di nuovo dalle {h}. Le abbiamo accreditato 10 €."],
        "de": ["Zahlungen in der App gehen wieder seit {h} Uhr. 10 € Gutschrift ist gebucht."],
        "en": ["App payments work again since {h}. We've added a credit to your account."],
        "es": ["Los pagos en la app funcionan desde las {h}. Le abonamos 10 €."],
        "fr": ["Les paiements dans l'appli refonctionnent depuis {h}. 10 € crédités."],
        "pt": ["Os pagamentos na app voltaram às {h}. Creditámos 10 €."],
    },
    "lone": {
        "it": ["Ieri sera il pagamento in app ci ha messo un minuto ma è andato. Normale?"],
        "de": ["Gestern hat die Zahlung in der App eine Minute gedauert, ging aber. Normal?"],
        "en": ["Last night the app payment took a minute but went through. Normal?"],
        "es": ["Anoche el pago en la app tardó un minuto pero funcionó. ¿Normal?"],
        "fr": ["Hier soir le paiement dans l'appli a pris une minute mais est passé. Normal ?"],
        "pt": ["Ontem o pagamento na app demorou um minuto mas passou. Normal?"],
    },
    "lone_answer": {
        "it": ["Sì, a volte la banca chiede una verifica, è tutto regolare."],
        "de": ["Ja, manchmal prüft die Bank nach, alles in Ordnung."],
        "en": ["Yes, sometimes the bank double-checks, all fine."],
        "es": ["Sí, a veces el banco verifica, todo bien."],
        "fr": ["Oui, parfois la banque vérifie, tout va bien."],
        "pt": ["Sim, às vezes o banco verifica, está tudo bem."],
    },
    "b2b": {
        "it": ["Feltaro Venues: {p}. Lo segnalo come {o} del locale"],
        "de": ["Feltaro Venues: {p}. Ich melde das als {o} unseres Hauses"],
        "en": ["Feltaro Venues: {p}. Reporting this as {o} for our venue"],
        "es": ["Feltaro Venues: {p}. Lo comunico como {o} del local"],
        "fr": ["Feltaro Venues : {p}. Je le signale en tant que {o} de l'établissement"],
        "pt": ["Feltaro Venues: {p}. Reporto como {o} do espaço"],
    },
    "b2b_problem": {
        "it": ["la fattura del mese è senza numero d'ordine e l'amministrazione la rifiuta"],
        "de": ["die Monatsrechnung hat keine Bestellnummer, unsere Buchhaltung lehnt sie ab"],
        "en": ["the monthly invoice has no PO number and accounts refuse it"],
        "es": ["la factura mensual no lleva número de pedido y contabilidad la rechaza"],
        "fr": ["la facture mensuelle n'a pas de numéro de commande, la compta la refuse"],
        "pt": ["a fatura mensal não tem número de encomenda e a contabilidade recusa"],
    },
    "b2b_again": {
        "it": [
            "Ancora niente sulla pratica {r}, anche i colleghi hanno scritto. Il capo parla di passare a {k}"
        ],
        "de": [
            "Immer noch nichts zu Fall {r}, auch Kollegen haben geschrieben. Der Chef will zu {k} wechseln"
        ],
        "en": ["Still nothing on case {r}, colleagues wrote too. My boss talks of moving to {k}"],
        "es": [
            "Nada aún del caso {r}, también escribieron compañeros. El jefe habla de irse a {k}"
        ],
        "fr": [
            "Toujours rien sur le dossier {r}, des collègues ont écrit aussi. Le patron parle de {k}"
        ],
        "pt": [
            "Nada ainda do processo {r}, colegas também escreveram. O chefe fala em mudar para {k}"
        ],
    },
    "b2b_mild": {
        "it": ["Suggerimento: sarebbe utile avere la data dell'ultima manutenzione sulla bolla"],
        "de": ["Vorschlag: das Datum der letzten Wartung auf dem Lieferschein wäre praktisch"],
        "en": ["Suggestion: the last service date on the delivery note would help"],
        "es": ["Sugerencia: estaría bien la fecha del último mantenimiento en el albarán"],
        "fr": ["Suggestion : la date du dernier entretien sur le bon de livraison serait utile"],
        "pt": ["Sugestão: a data da última manutenção na guia de remessa ajudava"],
    },
}
