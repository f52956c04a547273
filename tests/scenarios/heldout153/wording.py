# ruff: noqa: E501
"""Wording of heldout153 (Tessaro: alterations and tailoring by post, Tessaro Uniform)."""

from __future__ import annotations

W = dict[str, list[str]]

PRAISE: W = {
    "en": [
        "Tessaro took up my suit trousers and they fit like they were made for me. Third time I've used them, still perfect",
        "honestly didn't expect a postal tailor to get the sleeves right but here we are, spot on",
        "Wedding dress taken in by Tessaro, collected today, I cried a bit. Thank you!!",
    ],
    "it": [
        "Orlo dei pantaloni perfetto, terza volta che mi affido a Tessaro e sempre impeccabili",
        "giacca stretta in vita e arrivata in 4 giorni, la sarta ha fatto un lavoro pulitissimo grazie",
        "Di nuovo contentissima, il cappotto della nonna sembra nuovo. Unico neo la scatola un po ammaccata",
    ],
    "fr": [
        "Ourlet impeccable, encore une fois merci Tessaro, rien à redire",
        "troisième retouche chez Tessaro et toujours aussi soignée",
    ],
    "de": [
        "Hose gekürzt, sitzt perfekt. Schon wieder top, danke Tessaro",
        "Ärmel gekürzt, alles sauber, nur der Versandbeutel war etwas knapp",
    ],
    "pt": [
        "Bainha perfeita e chegou rapido, obrigada Tessaro",
        "mais uma vez tudo impecavel, o blazer ficou otimo",
    ],
    "es": [
        "El dobladillo perfecto, otra vez genial Tessaro",
        "tercera vez que les mando ropa y siempre bien, gracias",
    ],
}

QUESTION: W = {
    "en": [
        "Hi, can I send two pairs of jeans in the same bag or do I need separate orders?",
        "how long does a zip replacement on a leather jacket take?",
    ],
    "it": [
        "Buongiorno, posso spedire due camicie nello stesso sacchetto?",
        "quanto ci vuole per sostituire la cerniera di un giubbotto di pelle?",
    ],
    "fr": ["Bonjour, est-ce que je peux envoyer deux pantalons dans le même sac ?"],
    "de": ["Hallo, kann ich zwei Hosen in einem Beutel schicken?"],
    "pt": ["Ola, posso mandar duas calcas no mesmo saco?"],
    "es": ["Hola, puedo mandar dos pantalones en la misma bolsa?"],
}

ANSWER: W = {
    "en": ["Yes, one bag is fine, just mark each item's measurements in the app. Anything else?"],
    "it": ["Sì, va benissimo un solo sacchetto, basta indicare le misure di ogni capo nell'app."],
    "fr": ["Oui, un seul sac suffit, indiquez les mesures de chaque pièce dans l'app."],
    "de": ["Ja, ein Beutel reicht, bitte die Maße jedes Teils in der App eintragen."],
    "pt": ["Sim, um saco chega, indique as medidas de cada peca na app."],
    "es": ["Sí, una bolsa basta, indique las medidas de cada prenda en la app."],
}

THANKS: W = {
    "en": ["great thanks!", "perfect, cheers"],
    "it": ["perfetto grazie mille", "ok grazie!"],
    "fr": ["super merci"],
    "de": ["super, danke"],
    "pt": ["otimo obrigado"],
    "es": ["genial gracias"],
}

NIGHT: W = {
    "en": [
        "3am and I'm sewing name labels because Tessaro did the hard part, the blazer fits. sleep is overrated",
        "night shift done, ordering the hem for Saturday's wedding suit from my phone, love that the app works at 4am",
    ],
    "it": [
        "sono le 2 e sto provando il vestito appena arrivato da Tessaro, perfetto, ora dormo",
        "turno di notte finito, ho ordinato l'orlo dei pantaloni per sabato, comodissimo",
    ],
    "fr": ["2h du matin, je teste la veste retouchée, parfaite"],
    "de": ["2 Uhr nachts, Anzug anprobiert, passt perfekt"],
    "pt": ["2 da manha e o casaco ficou perfeito"],
    "es": ["las 2 de la mañana y probando la chaqueta, perfecta"],
}

SURVEY_WORD: W = {
    "en": ["great", "", "👍"],
    "it": ["ottimo", "", "😊"],
    "fr": ["parfait"],
    "de": ["top"],
    "pt": ["otimo"],
    "es": ["genial"],
}

PRODUCTS = [
    "Trouser hem / Orlo pantaloni",
    "Sleeve shortening / Accorciare maniche",
    "Zip replacement / Cambio cerniera",
    "Waist taken in / Stringere in vita",
    "Coat relining / Rifodera cappotto",
]

PROBLEMS = ["lost_parcel", "wrong_length", "damage", "refund", "late", "wrong_price"]

COMPLAINT: dict[str, W] = {
    "lost_parcel": {
        "en": [
            "My suit was sent to you 9 days ago and your tracking says 'received' but nobody can find it. It's for a FUNERAL on Friday."
        ],
        "it": [
            "Ho spedito il mio abito 9 giorni fa, il tracking dice ricevuto ma nessuno lo trova. Mi serve per un funerale venerdì!!"
        ],
        "fr": [
            "Mon costume vous a été envoyé il y a 9 jours, suivi 'reçu' et personne ne le trouve."
        ],
        "de": ["Mein Anzug ist seit 9 Tagen bei Ihnen 'eingegangen' und keiner findet ihn."],
        "pt": ["Mandei o fato ha 9 dias, diz recebido e ninguem o encontra."],
        "es": ["Mandé el traje hace 9 días, pone recibido y nadie lo encuentra."],
    },
    "wrong_length": {
        "en": ["The trousers came back 4 cm TOO SHORT. I wrote 3 cm, you took 7. They're ruined."],
        "it": [
            "I pantaloni sono tornati CORTI di 4 cm, avevo scritto 3 cm e ne avete tolti 7. Rovinati."
        ],
        "fr": ["Le pantalon est revenu 4 cm trop court, j'avais demandé 3 cm."],
        "de": ["Die Hose ist 4 cm ZU KURZ zurückgekommen, bestellt waren 3 cm."],
        "pt": ["As calcas voltaram 4 cm curtas demais, pedi 3 cm."],
        "es": ["El pantalón volvió 4 cm DEMASIADO corto, pedí 3 cm."],
    },
    "damage": {
        "en": [
            "My wool coat came back with a scorch mark from the iron on the collar. Unacceptable."
        ],
        "it": [
            "Il cappotto di lana è tornato con una bruciatura di ferro sul collo. Inaccettabile."
        ],
        "fr": ["Mon manteau est revenu avec une brûlure de fer sur le col."],
        "de": ["Mein Mantel kam mit einem Bügeleisen-Brandfleck am Kragen zurück."],
        "pt": ["O casaco voltou com uma queimadura do ferro na gola."],
        "es": ["El abrigo volvió con una quemadura de plancha en el cuello."],
    },
    "refund": {
        "en": ["You cancelled my relining 3 weeks ago and I still have NOT had the 89 back."],
        "it": [
            "Avete annullato la rifoderatura 3 settimane fa e i 89 euro non sono ancora tornati."
        ],
        "fr": ["Retouche annulée il y a 3 semaines, toujours pas remboursée des 89 €."],
        "de": ["Vor 3 Wochen storniert und die 89 € sind immer noch nicht da."],
        "pt": ["Cancelaram ha 3 semanas e ainda nao devolveram os 89 euros."],
        "es": ["Cancelado hace 3 semanas y los 89 € sin devolver."],
    },
    "late": {
        "en": [
            "Express alteration promised in 3 days, it's day 8 and the dress for my sister's wedding is still 'in the workshop'."
        ],
        "it": [
            "Express promesso in 3 giorni, siamo all'ottavo e il vestito per il matrimonio è ancora 'in laboratorio'."
        ],
        "fr": [
            "Express promis en 3 jours, on est au 8e jour et la robe est toujours 'en atelier'."
        ],
        "de": [
            "Express in 3 Tagen versprochen, Tag 8 und das Kleid ist immer noch 'in der Werkstatt'."
        ],
        "pt": ["Expresso prometido em 3 dias, vamos no dia 8 e o vestido continua 'na oficina'."],
        "es": ["Exprés prometido en 3 días, vamos por el día 8 y el vestido sigue 'en taller'."],
    },
    "wrong_price": {
        "en": [
            "I'm a Tessaro Club member and got charged the full 45 for a hem instead of 32. Fix it please."
        ],
        "it": ["Sono socia Tessaro Club e mi avete addebitato 45 euro per un orlo invece di 32."],
        "fr": ["Membre Tessaro Club et facturée 45 € au lieu de 32 pour un ourlet."],
        "de": ["Ich bin Tessaro-Club-Mitglied und zahle 45 € statt 32 für einen Saum."],
        "pt": ["Sou socia Tessaro Club e cobraram 45 euros em vez de 32."],
        "es": ["Soy socia Tessaro Club y me cobraron 45 € en vez de 32."],
    },
}

LONG_EMAIL: W = {
    "en": [
        "Dear Tessaro team,\n\nI'm writing this from the hospital car park while my dad has his check-up, so forgive the typos. I have used you for two years and recommended you to half my office. But this time: {c} I need this sorted this week, not next month.\n\nKind regards"
    ],
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi perdonate la fretta. Uso Tessaro da due anni e vi ho consigliato a tutte le colleghe. Però questa volta: {c} Vorrei una soluzione entro questa settimana.\n\nCordiali saluti"
    ],
}

CASE_OPENED: W = {
    "en": ["We're sorry. We've opened case {case} and a workshop lead will look at it today."],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {case}, la responsabile del laboratorio la guarda oggi."
    ],
    "fr": ["Désolés. Nous avons ouvert le dossier {case}."],
    "de": ["Das tut uns leid. Wir haben den Vorgang {case} eröffnet."],
    "pt": ["Lamentamos. Abrimos o processo {case}."],
    "es": ["Lo sentimos. Hemos abierto la incidencia {case}."],
}

GOOD_NEWS: W = {
    "en": [
        "Good news on case {case}: it's sorted on our side. Could you confirm everything is fine now?"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: abbiamo risolto. Può confermarci che ora è tutto a posto?"
    ],
    "fr": ["Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachrichten zu {case}: erledigt. Können Sie das bestätigen?"],
    "pt": ["Boas noticias sobre {case}: resolvido. Pode confirmar?"],
    "es": ["Buenas noticias sobre {case}: resuelto. ¿Puede confirmarlo?"],
}

CONFIRM: W = {
    "en": ["Confirmed, {case} is sorted, thanks for fixing it"],
    "it": ["Confermo, pratica {case} risolta, grazie"],
    "fr": ["Je confirme, {case} réglé, merci"],
    "de": ["Bestätigt, {case} ist erledigt, danke"],
    "pt": ["Confirmo, {case} resolvido, obrigado"],
    "es": ["Confirmado, {case} resuelto, gracias"],
}

APOLOGY: W = {
    "en": ["Sorry about yesterday's message, I was stressed. You've always been good to me."],
    "it": ["Scusate per il tono di ieri, ero nervosa. Siete sempre stati bravi."],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout."],
    "de": ["Entschuldigung für gestern, ich war gestresst."],
    "pt": ["Desculpem a mensagem de ontem, estava nervosa."],
    "es": ["Perdón por lo de ayer, estaba agobiada."],
}

STILL_OPEN: W = {
    "en": [
        "Case {case} is STILL open. Nobody called back. What is going on?",
        "writing again about {case}, still nothing",
    ],
    "it": [
        "La pratica {case} è ANCORA aperta, nessuno mi ha richiamata.",
        "vi riscrivo per la {case}, ancora niente",
    ],
    "fr": ["Le dossier {case} est TOUJOURS ouvert."],
    "de": ["Vorgang {case} ist IMMER NOCH offen."],
    "pt": ["O processo {case} continua aberto."],
    "es": ["La incidencia {case} SIGUE abierta."],
}

THIRD: W = {
    "en": [
        "Third time about {case}. A friend uses {comp} and they fix this kind of thing in a day."
    ],
    "it": ["Terza volta per la {case}. Un'amica va da {comp} e lì risolvono in un giorno."],
    "fr": ["Troisième fois pour {case}. Une amie passe par {comp}, réglé en un jour."],
    "de": ["Drittes Mal wegen {case}. Bei {comp} ist sowas in einem Tag erledigt."],
    "pt": ["Terceira vez sobre {case}. Uma amiga usa a {comp} e resolvem num dia."],
    "es": ["Tercera vez por {case}. Una amiga usa {comp} y lo arreglan en un día."],
}

FOURTH: W = {
    "en": ["FOURTH time. {case}. Still nothing."],
    "it": ["QUARTA volta. {case}. Ancora niente."],
    "fr": ["QUATRIÈME fois. {case}."],
    "de": ["VIERTES Mal. {case}."],
    "pt": ["QUARTA vez. {case}."],
    "es": ["CUARTA vez. {case}."],
}

QUALITY_LEAD: W = {
    "en": ["Your case {case} is now with our quality lead, who will call you before Friday."],
    "it": [
        "La sua pratica {case} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì."
    ],
    "fr": ["Votre dossier {case} est chez notre responsable qualité."],
    "de": ["Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung."],
    "pt": ["O seu processo {case} esta com a responsavel de qualidade."],
    "es": ["Su incidencia {case} está con nuestra responsable de calidad."],
}

SLIDE: W = {
    "en": [
        "Hem fine but took a week longer than usual this time",
        "the jacket came back with loose threads on the lining, had to cut them myself",
        "now they want photos of every garment before they accept it? bit much",
        "second order in a row with the wrong button colour sewn on",
        "charged £12 'handling' for a shirt that was never even unpacked. Not impressed at all",
        "my sister uses {comp} now, I've sent my winter coat there instead",
    ],
    "it": [
        "orlo ok ma stavolta ci ha messo una settimana in più",
        "la giacca è tornata con fili penzolanti nella fodera",
        "adesso vogliono le foto di ogni capo prima di accettarlo? esagerati",
        "seconda volta di fila bottoni del colore sbagliato",
        "12 euro di 'gestione' per una camicia mai nemmeno aperta. Pessimo",
        "mia sorella va da {comp}, il cappotto invernale l'ho mandato lì",
    ],
}

CANCEL: W = {
    "en": [
        "Please cancel my Tessaro Club membership and close my account. I've moved abroad and won't need it."
    ],
    "it": [
        "Vi chiedo di cancellare l'abbonamento Tessaro Club e chiudere l'account, ho imparato a cucire da sola ormai."
    ],
}

CANCEL_REPLY: W = {
    "en": [
        "Sorry to see you go. Your Club membership is cancelled and your account will be closed."
    ],
    "it": ["Ci dispiace vederla andare via. L'abbonamento è cancellato e l'account verrà chiuso."],
}

GRUMPY: W = {
    "en": [
        "app still slow to load the measurement page, as usual",
        "why is the return bag always so flimsy",
        "another week another delay. typical",
    ],
    "it": [
        "l'app è sempre lenta sulla pagina misure, come al solito",
        "i sacchetti di reso sono sempre fragilissimi",
        "solito ritardo, niente di nuovo",
    ],
}

SARCASM: W = {
    "en": ["Loved that my 'express' hem arrived just in time for the day AFTER the party 👏"],
    "it": ["Bellissimo l'orlo 'express' arrivato giusto il giorno DOPO la festa 👏"],
}

MILD: W = {
    "en": ["small thing: the pick-up map shows the wrong town for my postcode"],
    "it": ["piccola cosa: la mappa dei punti ritiro mostra la città sbagliata"],
}

SPIKE: W = {
    "en": [
        "Just opened my order and it says shorten trousers by 12.7 cm when I typed 5 cm!! Error MSR/C2I-7 when I try to change it",
        "tessaro app has turned all my measurements into something crazy, sleeves 'minus 15.2 cm', can't edit, MSR/C2I-7",
        "hi is there a problem with the measurement card? every number I enter gets multiplied, and it won't save (MSR/C2I-7)",
    ],
    "it": [
        "Aiuto, l'app ha cambiato l'orlo da 3 cm a 7,6 cm e non mi fa correggere, errore MSR/C2I-7!!",
        "tutte le misure della scheda sono sballate, moltiplicate per 2,54, e se provo a salvare MSR/C2I-7",
        "ho appena ordinato e nel riepilogo c'è scritto stringere 10,2 cm invece di 4. FERMATE IL LABORATORIO",
    ],
    "fr": [
        "Toutes mes mesures sont multipliées dans l'app, ourlet 12,7 cm au lieu de 5, erreur MSR/C2I-7"
    ],
    "de": ["Alle Maße in der App sind falsch umgerechnet, Saum 12,7 statt 5 cm, Fehler MSR/C2I-7"],
    "pt": ["As medidas na app estao todas erradas, bainha 12,7 em vez de 5, erro MSR/C2I-7"],
    "es": ["Todas las medidas en la app salen mal, dobladillo 12,7 en vez de 5, error MSR/C2I-7"],
}

SPIKE_ANSWER: W = {
    "en": [
        "Yes, the measurement card is converting entries wrongly right now. We've paused the workshop, nothing will be cut."
    ],
    "it": [
        "Sì, la scheda misure sta convertendo male in questo momento. Abbiamo fermato il laboratorio, non verrà tagliato nulla."
    ],
    "fr": ["Oui, problème en cours, l'atelier est en pause."],
    "de": ["Ja, die Maßkarte rechnet gerade falsch um. Die Werkstatt ist pausiert."],
    "pt": ["Sim, problema em curso, a oficina esta parada."],
    "es": ["Sí, problema en curso, el taller está parado."],
}

SPIKE_AGAIN: W = {
    "en": ["still MSR/C2I-7 on my phone and on the laptop, please don't cut my trousers"],
    "it": ["ancora MSR/C2I-7 anche dal computer, non tagliate i miei pantaloni per favore"],
    "fr": ["toujours MSR/C2I-7 aussi sur l'ordinateur"],
    "de": ["immer noch MSR/C2I-7, auch am Laptop"],
    "pt": ["continua MSR/C2I-7 no computador tambem"],
    "es": ["sigue MSR/C2I-7 también en el ordenador"],
}

SPIKE_FIXED: W = {
    "en": [
        "The measurement card works again since 13:40 UK time. Your original measurements are restored and the alteration is on us."
    ],
    "it": [
        "La scheda misure funziona di nuovo dalle 14:40. Le misure originali sono ripristinate e la modifica è offerta da noi."
    ],
    "fr": ["Tout fonctionne depuis 14h40, mesures restaurées, retouche offerte."],
    "de": ["Seit 14:40 funktioniert alles wieder, Maße wiederhergestellt, Änderung geht auf uns."],
    "pt": ["Funciona desde as 13:40, medidas repostas, arranjo oferecido."],
    "es": ["Funciona desde las 14:40, medidas restauradas, arreglo gratis."],
}

LONE_Q: W = {
    "en": [
        "quick one: the app showed my measurements in inches for a second last night then back to cm. all fine for tomorrow's order?"
    ],
    "it": [
        "domanda: ieri sera l'app ha mostrato per un attimo le misure in pollici, poi di nuovo in cm. tutto ok per l'ordine di domani?"
    ],
}

LONE_A: W = {
    "en": [
        "All fine, that's only the display switching while loading; your order uses centimetres."
    ],
    "it": [
        "Tutto a posto, è solo la visualizzazione durante il caricamento; l'ordine usa i centimetri."
    ],
}

B2B_PRAISE: W = {
    "en": [
        "The 40 hotel uniforms came back perfectly fitted, thanks to the Uniform team",
        "Quick turnaround on the chefs' jackets again, much appreciated",
    ],
    "it": [
        "Le 40 divise sono tornate perfette, grazie al team Uniform",
        "Di nuovo consegna rapidissima delle giacche da cuoco, grazie",
    ],
}

B2B_PROBLEMS = ["invoice", "sizes_mixed", "portal", "overbilled"]

B2B_COMPLAINT: dict[str, W] = {
    "invoice": {
        "en": [
            "Our invoices still carry no PO number and our finance team rejects them. Case {case}."
        ],
        "it": [
            "Le fatture continuano a non avere il numero d'ordine e l'amministrazione le respinge. Pratica {case}."
        ],
    },
    "sizes_mixed": {
        "en": [
            "Staff names and sizes were mixed up on the returned uniforms again, nobody's fits. Case {case}."
        ],
        "it": [
            "Nomi e taglie scambiati sulle divise rientrate, a nessuno va bene. Pratica {case}."
        ],
    },
    "portal": {
        "en": [
            "The Uniform portal shows no open batches so we can't book the next collection. Case {case}."
        ],
        "it": [
            "Il portale Uniform non mostra lotti aperti, non possiamo prenotare il ritiro. Pratica {case}."
        ],
    },
    "overbilled": {
        "en": [
            "We were billed the retail rate per garment instead of our contract rate. Case {case}."
        ],
        "it": [
            "Ci avete fatturato la tariffa al dettaglio invece di quella del contratto. Pratica {case}."
        ],
    },
}

B2B_LAST: W = {
    "en": [
        "Calling again about {case}, nothing is fixed, several of us have written. My director says we move to {comp} if it isn't sorted this week"
    ],
    "it": [
        "Vi richiamo per la {case}, niente è risolto, abbiamo scritto in tanti. Il direttore dice che passiamo a {comp} se non si risolve"
    ],
}

B2B_MILD: W = {
    "en": ["Suggestion: could the portal export the batch list as CSV?"],
    "it": ["Suggerimento: il portale potrebbe esportare l'elenco dei lotti in CSV?"],
}
