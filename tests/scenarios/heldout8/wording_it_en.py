# ruff: noqa: E501  (hand-written sentences: one per line reads better than split strings)
"""Hand-written wording for Lentara (online optician), Italian and English.

Written for this set only. ``{c}`` is a competitor, ``{o}`` an order number.
"""

IT = {
    "praise": [
        "Occhiali arrivati oggi, perfetti! Vedo benissimo, grazie Lentara",
        "la prova a casa e' stata comodissima, ho scelto la montatura tonda nera :)",
        "Servizio top, lenti a contatto arrivate in 2 giorni come sempre",
        "Complimenti al negozio di via Mazzini, la ragazza dell'esame vista gentilissima",
        "ordine veloce e confezione curata, niente da dire",
        "Terzo paio da voi e mai un problema. Bravi!!",
        "montatura leggerissima, non mi accorgo nemmeno di averla su",
        "grazie x la pazienza al telefono ieri, tutto chiaro ora",
    ],
    "gripe_praise": [
        "Occhiali bellissimi e lenti perfette, peccato solo l'astuccio un po' fragile",
        "tutto ok, unica cosa il corriere e' passato alle 8 di sera... ma gli occhiali sono top",
        "Ottimo servizio, anche se il panno in omaggio e' minuscolo ahah",
    ],
    "questions": [
        "Ciao, posso cambiare il colore della montatura se l'ordine e' gia' partito?",
        "Quanto ci mette di solito il rinnovo delle lenti mensili?",
        "Domanda: le lenti fotocromatiche vanno bene anche per guidare?",
        "avete un negozio a Bergamo x l'esame della vista?",
        "Si puo' pagare in 3 rate con la carta?",
    ],
    "answers": [
        "Ciao! Certo, ti abbiamo appena aggiornato l'ordine. Buona giornata, Giulia di Lentara",
        "Buongiorno, di solito 2-3 giorni lavorativi. Per qualsiasi cosa siamo qui. Marco",
        "Ciao, si' nessun problema: ti abbiamo inviato le istruzioni via mail. Sara",
    ],
    "thanks": [
        "grazie mille!",
        "perfetto grazie",
        "ok gentilissimi",
        "Grazie, tutto chiaro",
        "ottimo 👍",
    ],
    "survey_words": ["ottimo", "top", "bene", "nulla da segnalare", "10", "👍", "-"],
    "problems": {
        "wrong_rx": [
            "Gli occhiali nuovi non vanno: vedo sfocato da lontano, la gradazione non e' quella della ricetta che vi ho caricato",
            "ho messo gli occhiali nuovi e mi gira la testa, vedo tutto sfuocato. La ricetta dice -2.25 e queste sembrano molto di piu'",
        ],
        "hinge": [
            "Pacco aperto ora: la cerniera sinistra della montatura e' rotta e c'e' un graffio sulla lente. Appena arrivati!!",
            "Montatura arrivata con l'asticella staccata. Non li ho nemmeno provati",
        ],
        "double_charge": [
            "Mi avete addebitato due volte il rinnovo delle lenti a contatto, 2 x 59,90 sulla carta. Ne ho ricevuta una sola scatola",
            "Scusate ma e' normale vedere due addebiti uguali per lo stesso ordine di lenti? Perche' io ne vedo due",
        ],
        "tryon_fee": [
            "Il corriere non e' MAI passato a ritirare il box della prova a casa e ora mi addebitate 140 euro per le montature. Non e' colpa mia",
            "ho prenotato il ritiro del box prova a casa due volte, nessuno si e' presentato, e adesso trovo un addebito di 140€??",
        ],
        "refund": [
            "Ho reso gli occhiali 5 settimane fa (ricevuta di consegna in mano) e il rimborso non e' ancora arrivato",
            "Ma quanto ci vuole per un rimborso? Il reso vi e' arrivato il mese scorso e io non ho visto un euro",
        ],
        "varifocal": [
            "Con le lenti progressive ho mal di testa tutti i giorni, il negozio dice che non si possono rifare. Ho speso 390 euro",
            "Le progressive non vanno: leggo solo se giro la testa di lato e la sera ho l'emicrania. Chiedo il rifacimento",
        ],
    },
    "subjects": {
        "wrong_rx": "Ordine {o} - gradazione sbagliata",
        "hinge": "Ordine {o} arrivato danneggiato",
        "double_charge": "Doppio addebito {o}",
        "tryon_fee": "Addebito prova a casa {o}",
        "refund": "Rimborso reso {o}",
        "varifocal": "Lenti progressive {o}",
    },
    "reply_prefix": "R: ",
    "still": [
        "Novita'? Sono passati giorni e nessuno mi ha risposto",
        "ANCORA niente. Vi ho gia' scritto, possibile che nessuno se ne occupi?",
        "Riscrivo perche' la situazione e' la stessa di prima, non e' cambiato nulla",
        "e quindi? aspetto ancora una risposta vera, non la mail automatica",
        "Vi richiamo per la stessa cosa della settimana scorsa, ancora aperta",
    ],
    "third": [
        "E' la terza volta che vi contatto per lo stesso motivo. Basta.",
        "terza mail, terza volta che spiego tutto da capo. Ridicolo",
    ],
    "agent_ack": [
        "Buongiorno, ci scusiamo per il disagio: abbiamo aperto una segnalazione e ti aggiorniamo al piu' presto. Elena - Lentara",
        "Ciao, abbiamo inoltrato la tua richiesta al reparto competente. Ti ricontattiamo a breve. Luca",
    ],
    "agent_fixed": [
        "Ciao, abbiamo risolto: trovi la conferma nella tua area personale. Scusa ancora per l'inconveniente. Elena",
        "Buongiorno, fatto! La pratica e' chiusa e la correzione e' gia' visibile. Luca - Lentara",
    ],
    "sorted": [
        "Visto, tutto a posto adesso. Grazie!",
        "ok ora ci siamo, grazie per la rapidita'",
        "Confermo che e' sistemato, gentilissimi",
    ],
    "sorry": [
        "Scusate il tono di ieri, ero nervosa. Il resto del servizio e' ottimo",
        "ieri ero un po' arrabbiato, scusate. Siete sempre stati bravi",
    ],
    "slide": [
        [
            "Ordine ok, ma stavolta ci avete messo un po' di piu' del solito",
            "Tutto bene, solo un po' lenti con la spedizione questa volta",
        ],
        [
            "Un po' delusa: il panno e l'astuccio non c'erano nella scatola",
            "Mah, la montatura nuova non e' rifinita come le altre",
        ],
        [
            "Sinceramente sto iniziando a stancarmi, ogni ordine c'e' qualcosa che non va",
            "comincio a essere stufo di dover sempre chiedere le cose due volte",
        ],
        [
            "Servizio clienti pessimo, rispondete dopo giorni e con frasi fatte",
            "assistenza sempre piu' scadente, nessuno sa niente",
        ],
        [
            "Sono davvero arrabbiata, vi ho dato fiducia per anni e mi trattate cosi'",
            "SONO FURIOSO. Non si tratta cosi' un cliente",
        ],
        [
            "Basta, ho chiuso. Il prossimo paio lo prendo da {c}",
            "ne ho abbastanza, sto guardando le offerte di {c}",
        ],
    ],
    "sarcasm": [
        "Ma che bello, il pacco lasciato sotto la pioggia dal corriere. Fantastico 🙃 occhiali comunque ok",
        "Bravissimi, l'app mi ha chiesto di valutarvi 4 volte in un'ora 😒",
    ],
    "grumpy": [
        "Il sito e' lento e confuso come sempre",
        "prezzi alti per quello che offrite",
        "ancora la solita attesa al telefono, 20 minuti",
        "non mi piace il nuovo modo di spedire, scatole enormi per nulla",
        "Mah, lenti ok ma il resto lascia a desiderare",
    ],
    "cancel_unhappy": [
        "Vorrei disdire il piano di rinnovo lenti. Con l'aumento di prezzo non mi conviene piu', passo a {c}",
        "Chiedo la disdetta dell'abbonamento lenti a contatto dal prossimo mese. Troppi problemi ultimamente",
    ],
    "cancel_neutral": [
        "Buongiorno, mi sono operata agli occhi col laser e non mi servono piu' le lenti: potete chiudere il mio piano di rinnovo?",
        "Mi trasferisco all'estero a marzo, vorrei annullare il piano lenti. Grazie di tutto!",
    ],
    "night": [
        "ciao, siete aperti in chat anche di notte? volevo sapere lo stato del mio ordine",
        "Non riesco a dormire e sto guardando le montature nuove, bellissime quelle verdi",
        "domanda veloce: il reso e' gratuito?",
    ],
    "spike": [
        "Il tracking dice CONSEGNATO oggi pomeriggio ma a casa non e' arrivato niente. Ero in casa tutto il pomeriggio",
        "Ordine {o} risulta consegnato ma non c'e'. Nessuno ha suonato",
        "mi e' arrivata la notifica di consegna ma il pacco non c'e', dove e' finito??",
    ],
    "spike_again": [
        "Aggiorno: ho chiesto ai vicini e al portiere, niente. Ancora nessun pacco",
        "Scrivo di nuovo, sempre niente. Vi ho gia' mandato il numero d'ordine",
    ],
    "long": (
        "Buongiorno,\nvi scrivo perche' sono cliente da anni e di solito mi trovo bene, "
        "mia figlia ha preso da voi i suoi primi occhiali e anche mio marito. "
        "Pero' questa volta devo segnalare una cosa: {p} "
        "Non voglio fare polemica, capisco che possano succedere errori, "
        "vorrei solo che qualcuno mi dicesse come risolvere.\nCordiali saluti"
    ),
}

EN = {
    "praise": [
        "Glasses arrived today and they're perfect, can see the leaves on the trees again!",
        "home try-on was so easy, went with the tortoiseshell ones",
        "Lenses delivered in 2 days as always, cheers Lentara",
        "Lovely staff at the Manchester shop, eye test was quick and thorough",
        "well packed, quick, no complaints",
        "Third pair from you and never an issue. Great stuff",
        "super light frames, forget i'm wearing them tbh",
        "thanks for the patience on the phone yday, all clear now",
    ],
    "gripe_praise": [
        "Love the frames, lenses spot on. Shame the case feels a bit flimsy",
        "All good, only thing is the courier came at 8pm.. but the glasses are great",
        "Great service, the free cleaning cloth is tiny though lol",
    ],
    "questions": [
        "hi can i still change the frame colour if the order has shipped?",
        "How long does a monthly lens refill usually take?",
        "Quick q: are photochromic lenses ok for driving?",
        "do you have a shop in Leeds for eye tests?",
        "Can I pay in 3 instalments?",
    ],
    "answers": [
        "Hi! Done, we've updated your order. Have a good day, Amy at Lentara",
        "Hello, usually 2-3 working days. Anything else, just ask. Tom",
        "Hi, yes no problem: we've emailed you the details. Priya",
    ],
    "thanks": ["thanks!", "brilliant ta", "perfect, cheers", "Thank you, all clear", "great 👍"],
    "survey_words": ["great", "spot on", "fine", "nothing to add", "10/10", "👍", "-"],
    "problems": {
        "wrong_rx": [
            "The new glasses are wrong: everything far away is blurry, it's not the prescription I uploaded",
            "put my new glasses on and felt dizzy, everything's fuzzy. My prescription says -2.25 and these feel way stronger",
        ],
        "hinge": [
            "Just opened the parcel: left hinge snapped and a scratch on the lens. Brand new!!",
            "Frames arrived with one arm hanging off. Haven't even worn them",
        ],
        "double_charge": [
            "You've charged me twice for my contact lens refill, 2 x 59.90 on my card. Only got one box",
            "Is it normal to see two identical charges for one lens order? Because I see two",
        ],
        "tryon_fee": [
            "The courier NEVER came to collect the home try-on box and now you've charged me 140 for the frames. Not my fault",
            "booked the try-on pickup twice, nobody turned up, and now there's a 140 charge??",
        ],
        "refund": [
            "I returned my glasses 5 weeks ago (I have the proof of delivery) and still no refund",
            "How long does a refund take exactly? You got the return last month and I haven't seen a penny",
        ],
        "varifocal": [
            "My varifocals give me a headache every day and the shop says they can't be remade. I paid 390 for these",
            "The varifocals don't work: I can only read if I tilt my head and I get migraines by the evening. I want them remade",
        ],
    },
    "subjects": {
        "wrong_rx": "Order {o} - wrong prescription",
        "hinge": "Order {o} arrived damaged",
        "double_charge": "Charged twice {o}",
        "tryon_fee": "Home try-on charge {o}",
        "refund": "Refund for return {o}",
        "varifocal": "Varifocals {o}",
    },
    "reply_prefix": "RE: ",
    "still": [
        "Any news? It's been days and nobody has got back to me",
        "STILL nothing. I already wrote to you, is anyone actually looking at this?",
        "Writing again because nothing has changed since last time",
        "so?? still waiting for a real answer, not the auto reply",
        "calling back about the same thing as last week, still open",
    ],
    "third": [
        "This is the third time I'm contacting you about this. Enough.",
        "third email, third time explaining it all from scratch. Ridiculous",
    ],
    "agent_ack": [
        "Hello, sorry for the trouble: we've raised this with the team and will update you shortly. Emma - Lentara",
        "Hi, we've passed your request to the right department and will be in touch soon. Josh",
    ],
    "agent_fixed": [
        "Hi, that's sorted now: you'll see the confirmation in your account. Sorry again for the hassle. Emma",
        "Hello, done! The case is closed and the correction is already showing. Josh - Lentara",
    ],
    "sorted": [
        "Just checked, all fine now. Thanks!",
        "ok that's it, thanks for being quick",
        "Can confirm it's sorted, ta",
    ],
    "sorry": [
        "Sorry for being short yesterday, was having a day. You're usually great",
        "bit grumpy yday, apologies. Normally no complaints",
    ],
    "slide": [
        [
            "Order fine but took a bit longer than usual this time",
            "All ok, just slower shipping than normal",
        ],
        [
            "Bit disappointed, no cloth or case in the box",
            "Hmm, the new frames aren't finished as nicely as the old ones",
        ],
        [
            "Honestly getting tired of this, something's off with every order",
            "starting to get fed up of asking for things twice",
        ],
        [
            "Terrible customer service, you answer days later with copy paste",
            "support is getting worse and worse, nobody knows anything",
        ],
        [
            "I'm really angry now, I've trusted you for years and this is how you treat me",
            "ABSOLUTELY FURIOUS. This is no way to treat a customer",
        ],
        [
            "That's it, I'm done. Next pair is coming from {c}",
            "had enough, looking at what {c} offers",
        ],
    ],
    "sarcasm": [
        "Oh lovely, courier left the parcel out in the rain. Fantastic 🙃 glasses fine though",
        "Well done, the app asked me to rate you 4 times in an hour 😒",
    ],
    "grumpy": [
        "Website slow and confusing as usual",
        "expensive for what you get",
        "20 mins on hold again",
        "don't like the new packaging, massive boxes for nothing",
        "lenses ok but the rest is meh",
    ],
    "cancel_unhappy": [
        "I'd like to cancel my lens refill plan. With the price rise it's not worth it any more, moving to {c}",
        "Please cancel my contact lens plan from next month. Too many issues lately",
    ],
    "cancel_neutral": [
        "Hi, I've had laser eye surgery so I don't need lenses any more: can you close my refill plan?",
        "I'm moving abroad in March, I'd like to cancel the lens plan. Thanks for everything!",
    ],
    "night": [
        "hi is chat open at night? wanted to check my order status",
        "can't sleep, browsing the new frames, the green ones are gorgeous",
        "quick q: are returns free?",
    ],
    "spike": [
        "Tracking says DELIVERED this afternoon but nothing here. I've been home all afternoon",
        "Order {o} shows as delivered but it isn't. Nobody rang the bell",
        "got the delivered notification but no parcel, where has it gone??",
    ],
    "spike_again": [
        "Update: asked the neighbours, nothing. Still no parcel",
        "Writing again, still nothing. Already sent you the order number",
    ],
    "long": (
        "Hello,\nI've been a customer for years and I'm usually happy, my daughter got her "
        "first glasses from you and my husband too. "
        "This time though I have to flag something: {p} "
        "I don't want to make a fuss, mistakes happen, "
        "I'd just like someone to tell me how to sort it.\nKind regards"
    ),
}
