"""Hand-written wording for Zampa (pet insurance with vet video calls), six languages.

German and Italian first. Typed the way people type: accents often dropped
(it, es, pt, fr), abbreviations, capitals when angry. ``{p}`` is a problem's
phrase in that language (:data:`PROBLEMS`), ``{pet}`` the pet's name.
"""

from __future__ import annotations

LANGS = ("de", "it", "es", "fr", "pt", "en")

#: problem key -> language -> how a customer names it.
PROBLEMS: dict[str, dict[str, str]] = {
    "claim": {
        "de": "die Erstattung der Tierarztrechnung",
        "it": "il rimborso della fattura del veterinario",
        "es": "el reembolso de la factura del veterinario",
        "fr": "le remboursement de la facture du veto",
        "pt": "o reembolso da fatura do veterinario",
        "en": "the refund for the vet bill",
    },
    "video": {
        "de": "die Video-Sprechstunde, der Tierarzt kam nie in den Call",
        "it": "la videovisita, il veterinario non si e mai collegato",
        "es": "la videoconsulta, el veterinario nunca se conecto",
        "fr": "la teleconsultation, le veto ne s'est jamais connecte",
        "pt": "a videoconsulta, o veterinario nunca entrou na chamada",
        "en": "the video consult, the vet never joined the call",
    },
    "premium": {
        "de": "die Beitragserhöhung um 38 % ohne jede Info",
        "it": "l'aumento del premio del 38% senza nessun avviso",
        "es": "la subida de la cuota de un 38% sin avisar",
        "fr": "la hausse de la cotisation de 38% sans prevenir",
        "pt": "o aumento da mensalidade de 38% sem aviso",
        "en": "the 38% premium increase with no warning",
    },
    "clinic": {
        "de": "die Direktabrechnung, die Partnerklinik hat sie abgelehnt",
        "it": "il pagamento diretto, la clinica convenzionata l'ha rifiutato",
        "es": "el pago directo, la clinica concertada lo rechazo",
        "fr": "le tiers payant, la clinique partenaire l'a refuse",
        "pt": "o pagamento direto, a clinica parceira recusou",
        "en": "direct billing, the partner clinic refused it",
    },
    "chip": {
        "de": "die falsche Chipnummer in der Police",
        "it": "il numero di microchip sbagliato sulla polizza",
        "es": "el numero de microchip equivocado en la poliza",
        "fr": "le mauvais numero de puce sur le contrat",
        "pt": "o numero do microchip errado na apolice",
        "en": "the wrong microchip number on the policy",
    },
    "debit": {
        "de": "die doppelte Abbuchung vom Konto",
        "it": "il doppio addebito sul conto",
        "es": "el cobro duplicado en la cuenta",
        "fr": "le double prelevement sur mon compte",
        "pt": "a cobranca em duplicado na conta",
        "en": "the double direct debit",
    },
}

HAPPY: dict[str, tuple[str, ...]] = {
    "de": (
        "Video-Sprechstunde um 22 Uhr, {pet} hatte Durchfall, die Tierärztin war super. Danke!",
        "Erstattung kam nach 3 Tagen, echt schnell 👍",
        "Tolle App, Rechnung fotografiert, fertig. So muss das sein.",
        "Danke fürs schnelle Feedback, alles klar jetzt",
        "bin sehr zufrieden mit euch, {pet} auch 🐶",
    ),
    "it": (
        "Videovisita alle 23, {pet} stava male e la dottoressa e stata gentilissima. Grazie!!",
        "rimborso arrivato in 2 gg, top",
        "App comodissima, foto della fattura e via. Bravi",
        "grazie mille per la risposta veloce, tutto ok",
        "Contentissima della polizza, {pet} ringrazia 🐱",
    ),
    "es": (
        "La videoconsulta de anoche genial, {pet} ya esta mejor. Mil gracias",
        "reembolso recibido en 3 dias, muy bien",
        "Me encanta la app, subo la factura y listo",
        "gracias x la respuesta tan rapida!",
        "Muy contenta con Zampa, {pet} tambien 😄",
    ),
    "fr": (
        "Teleconsult hier soir au top, {pet} va mieux. Merci beaucoup",
        "remboursement recu en 48h, nickel",
        "Appli super simple, photo de la facture et c'est fait",
        "merci pour la reponse rapide, c'est parfait",
        "Tres satisfaite de Zampa, {pet} aussi 🐾",
    ),
    "pt": (
        "A videoconsulta de ontem foi otima, o {pet} ja esta melhor. Obrigada!",
        "reembolso chegou em 3 dias, 5 estrelas",
        "App muito pratica, tiro foto a fatura e pronto",
        "obg pela resposta rapida, tudo certo",
        "Muito satisfeito com a Zampa, o {pet} tambem 🐕",
    ),
    "en": (
        "Video vet at 11pm was a lifesaver, {pet} is fine now. Thank you!",
        "refund landed in 2 days, brilliant",
        "Love the app, snap the invoice and done",
        "thanks for the quick answer, all sorted",
        "Really happy with Zampa tbh, {pet} says woof 🐶",
    ),
}

QUESTION: dict[str, tuple[str, ...]] = {
    "de": (
        "Kurze Frage: ist Zahnreinigung bei {pet} mitversichert?",
        "Wie ändere ich meine Bankverbindung in der App?",
        "Gilt die Police auch im Urlaub in Italien?",
    ),
    "it": (
        "Domanda veloce: la pulizia dei denti di {pet} e coperta?",
        "come cambio l'IBAN nell'app?",
        "la polizza vale anche in vacanza in Austria?",
    ),
    "es": (
        "Una pregunta: la limpieza dental de {pet} entra en la poliza?",
        "como cambio la cuenta bancaria en la app?",
        "La poliza cubre tambien si vamos de vacaciones a Portugal?",
    ),
    "fr": (
        "Petite question: le detartrage de {pet} est couvert?",
        "comment je change mon RIB dans l'appli svp?",
        "Le contrat marche aussi en vacances en Espagne?",
    ),
    "pt": (
        "Uma duvida: a limpeza dos dentes do {pet} esta coberta?",
        "como mudo o IBAN na app?",
        "A apolice cobre tambem nas ferias em Espanha?",
    ),
    "en": (
        "Quick q: is dental cleaning covered for {pet}?",
        "how do I change my bank details in the app?",
        "Does the policy cover us on holiday in France?",
    ),
}

THANKS: dict[str, tuple[str, ...]] = {
    "de": ("Danke, das hilft!", "super, danke euch", "Alles klar, vielen Dank"),
    "it": ("Grazie, chiarissimo!", "perfetto grazie", "ok grazie mille"),
    "es": ("Gracias, resuelto!", "perfecto, gracias", "vale, mil gracias"),
    "fr": ("Merci, c'est clair!", "parfait merci", "ok super merci"),
    "pt": ("Obrigado, esclarecido!", "perfeito obg", "ok muito obrigada"),
    "en": ("Thanks, that helps!", "perfect ta", "great, cheers"),
}

#: One word (or a symbol) in a survey comment.
ONE_WORD: dict[str, tuple[str, ...]] = {
    "de": ("passt", "Top", "👍", "Danke"),
    "it": ("ottimo", "perfetto", "👌", "10"),
    "es": ("Genial", "bien", "👍", "10/10"),
    "fr": ("nickel", "Parfait", "👌", "RAS"),
    "pt": ("Otimo", "5", "👍", "nada"),
    "en": ("great", "-", "👍", "spot on"),
}

#: The first contact about a problem: {p}.
COMPLAINT: dict[str, tuple[str, ...]] = {
    "de": (
        "Hallo, es geht um {p}. Das ist nicht in Ordnung, bitte klären.",
        "Ich bin echt verärgert über {p}. Was ist da los??",
        "Problem: {p}. Seit Tagen keine Reaktion von euch.",
    ),
    "it": (
        "Buongiorno, vi scrivo per {p}. Non va bene, sistemate per favore.",
        "Sono davvero arrabbiata per {p}. Che succede??",
        "Problema: {p}. Nessuna risposta da giorni.",
    ),
    "es": (
        "Hola, os escribo por {p}. Esto no puede ser, arreglenlo por favor.",
        "Estoy muy molesto con {p}. Que pasa??",
        "Problema: {p}. Ni una respuesta en dias.",
    ),
    "fr": (
        "Bonjour, je vous contacte pour {p}. C'est pas normal, merci de regler ca.",
        "Vraiment enervee, {p}, c'est quoi le souci??",
        "Probleme: {p}. Aucune reponse depuis des jours.",
    ),
    "pt": (
        "Bom dia, escrevo por causa d{p}. Isto nao esta certo, resolvam por favor.",
        "Estou mesmo chateada com {p}. O que se passa??",
        "Problema: {p}. Nenhuma resposta ha dias.",
    ),
    "en": (
        "Hi, writing about {p}. This isn't right, please sort it.",
        "Really annoyed about {p}. What is going on??",
        "Problem: {p}. No reply for days.",
    ),
}

#: A later contact about the same open problem (says it is a repeat or still open).
AGAIN: dict[str, tuple[str, ...]] = {
    "de": (
        "Ich schreibe schon wieder, Thema {p}. Immer noch nichts passiert!",
        "AW: {p} – immer noch offen. Wie lange noch?",
        "Zum dritten Mal: {p}. IMMER NOCH nicht erledigt.",
    ),
    "it": (
        "Vi scrivo di nuovo per {p}. Ancora niente!",
        "R: {p} – ancora aperto. Quanto devo aspettare?",
        "Per la terza volta: {p}. ANCORA non risolto.",
    ),
    "es": (
        "Os escribo otra vez por {p}. Sigo sin solucion!",
        "RE: {p} – sigue sin resolverse. Hasta cuando?",
        "Por tercera vez: {p}. SIGO SIN respuesta.",
    ),
    "fr": (
        "Je reviens encore vers vous pour {p}. Toujours rien!",
        "RE : {p} – toujours pas regle. Ca va durer longtemps?",
        "Troisieme fois: {p}. TOUJOURS PAS resolu.",
    ),
    "pt": (
        "Escrevo outra vez por causa d{p}. Continua tudo igual!",
        "RES: {p} – ainda sem solucao. Ate quando?",
        "Pela terceira vez: {p}. CONTINUA sem resposta.",
    ),
    "en": (
        "Writing again about {p}. Still nothing!",
        "RE: {p} – still open. How long is this going to take?",
        "Third time now: {p}. STILL not sorted.",
    ),
}

#: The customer says the problem is fixed.
FIXED: dict[str, tuple[str, ...]] = {
    "de": ("Hat sich erledigt, ist jetzt korrigiert. Danke!",),
    "it": ("Risolto, ora e tutto a posto. Grazie!",),
    "es": ("Ya esta solucionado, gracias!",),
    "fr": ("C'est regle, merci beaucoup!",),
    "pt": ("Ja ficou resolvido, obrigado!",),
    "en": ("All fixed now, thank you!",),
}

#: Agents' replies (outbound).
AGENT: dict[str, tuple[str, ...]] = {
    "de": ("Hallo, danke für Ihre Nachricht, wir kümmern uns darum. LG Ihr Zampa-Team",),
    "it": ("Gentile cliente, abbiamo preso in carico la richiesta. Il team Zampa",),
    "es": ("Hola, gracias por escribirnos, lo estamos revisando. Equipo Zampa",),
    "fr": ("Bonjour, merci pour votre message, nous regardons cela. L'equipe Zampa",),
    "pt": ("Ola, obrigado pelo contacto, estamos a tratar do assunto. Equipa Zampa",),
    "en": ("Hi, thanks for getting in touch, we're looking into it. Team Zampa",),
}

#: A slide from lukewarm to done, in order (slow churners).
SLIDE: dict[str, tuple[str, ...]] = {
    "de": (
        "Hm, die Erstattung dauert diesmal ziemlich lange.",
        "Bin etwas enttäuscht, früher lief das besser.",
        "Langsam nervt es. Niemand meldet sich.",
        "Ehrlich, das ist schlecht. So macht das keinen Spaß.",
        "Katastrophe. Ich bin wirklich sauer.",
        "Mir reicht's. Ich überlege zu Pfotenschild zu wechseln.",
        "Unmöglich, dieser Service. Nie wieder.",
    ),
    "it": (
        "Mah, questa volta il rimborso ci mette parecchio.",
        "Un po' delusa, prima funzionava meglio.",
        "Comincia a stufarmi. Nessuno risponde.",
        "Sinceramente pessimo. Cosi non va.",
        "Vergognoso. Sono davvero arrabbiata.",
        "Basta. Sto pensando di passare a Codaviva.",
        "Servizio indecente, mai piu.",
    ),
    "es": (
        "Bueno, esta vez el reembolso tarda bastante.",
        "Un poco decepcionado, antes iba mejor.",
        "Ya empieza a cansar. Nadie contesta.",
        "Sinceramente fatal. Asi no.",
        "Un desastre. Estoy muy enfadado.",
        "Se acabo. Me estoy mirando Codaviva.",
        "Servicio pesimo, nunca mas.",
    ),
    "fr": (
        "Bon, le remboursement traine un peu cette fois.",
        "Un peu decue, avant c'etait mieux.",
        "Ca commence a m'agacer. Personne ne repond.",
        "Franchement nul. Ca ne va pas du tout.",
        "Honteux. Je suis vraiment en colere.",
        "J'en ai marre. Je regarde chez Codaviva.",
        "Service lamentable, plus jamais.",
    ),
    "pt": (
        "Bem, desta vez o reembolso esta a demorar.",
        "Um pouco desiludida, antes era melhor.",
        "Ja comeca a cansar. Ninguem responde.",
        "Sinceramente pessimo. Assim nao da.",
        "Uma vergonha. Estou mesmo furiosa.",
        "Chega. Estou a pensar mudar para a Codaviva.",
        "Servico horrivel, nunca mais.",
    ),
    "en": (
        "Hmm, the refund is taking a while this time.",
        "Bit disappointed, it used to be better.",
        "Getting fed up now. Nobody answers.",
        "Honestly poor. Not good enough.",
        "Disgraceful. I'm really angry.",
        "Had enough. Looking at Pfotenschild.",
        "Awful service, never again.",
    ),
}

CANCEL: dict[str, str] = {
    "de": "Hiermit kündige ich meine Police zum nächstmöglichen Termin.",
    "it": "Con la presente disdico la polizza. Grazie di niente.",
    "es": "Quiero dar de baja la poliza ya. Cancelenla.",
    "fr": "Je resilie mon contrat, merci de confirmer.",
    "pt": "Quero cancelar a apolice. Confirmem por favor.",
    "en": "I want to cancel my policy. Please confirm.",
}

#: One angry message on a bad day (the problem is then sorted).
BAD_DAY: dict[str, tuple[str, ...]] = {
    "de": (
        "Die App stürzt beim Hochladen der Rechnung ständig ab, total nervig!!",
        "Warteschleife 40 min, so ein Mist.",
    ),
    "it": (
        "L'app si blocca ogni volta che carico la fattura, che nervi!!",
        "40 minuti in attesa al telefono, assurdo.",
    ),
    "es": (
        "La app se cuelga al subir la factura, que rabia!!",
        "40 min esperando al telefono, vaya tela.",
    ),
    "fr": (
        "L'appli plante a chaque envoi de facture, c'est penible!!",
        "40 min d'attente au tel, n'importe quoi.",
    ),
    "pt": (
        "A app bloqueia sempre que envio a fatura, que raiva!!",
        "40 min em espera ao telefone, um absurdo.",
    ),
    "en": (
        "App keeps crashing when I upload the invoice, so annoying!!",
        "40 mins on hold, ridiculous.",
    ),
}

SORRY: dict[str, str] = {
    "de": "Sorry für gestern, war gestresst. Hat dann doch geklappt 🙂",
    "it": "Scusate per ieri, ero nervosa. Poi ha funzionato 🙂",
    "es": "Perdon por lo de ayer, al final funciono 🙂",
    "fr": "Desolee pour hier, finalement ca a marche 🙂",
    "pt": "Desculpem ontem, afinal funcionou 🙂",
    "en": "Sorry about yesterday, it worked in the end 🙂",
}

SARCASM: dict[str, str] = {
    "de": "Na toll, App down genau wenn {pet} krank ist. Großartig 🙃",
    "it": "Bellissimo, app giu proprio quando {pet} sta male 🙃",
    "es": "Genial, la app caida justo cuando {pet} esta malo 🙃",
    "fr": "Super, l'appli en panne pile quand {pet} est malade 🙃",
    "pt": "Fantastico, a app em baixo logo quando o {pet} esta doente 🙃",
    "en": "Brilliant, app down exactly when {pet} is poorly. Love it 🙃",
}

#: Steadily grumpy: their usual tone, no fall from a baseline.
GRUMPY: dict[str, tuple[str, ...]] = {
    "de": (
        "Wie immer alles kompliziert.",
        "Eure App ist halt schlecht.",
        "teuer genug seid ihr ja",
    ),
    "it": ("Come sempre tutto complicato.", "l'app e scadente", "cari come sempre"),
    "es": ("Como siempre todo complicado.", "la app es mala", "caros como siempre"),
    "fr": ("Comme d'hab tout est complique.", "votre appli est nulle", "toujours aussi chers"),
    "pt": ("Como sempre tudo complicado.", "a app e fraca", "caros como sempre"),
    "en": ("Complicated as usual.", "your app is rubbish", "pricey as ever"),
}

#: The planted spike: every claim photo upload fails with error Z-413.
SPIKE: dict[str, tuple[str, ...]] = {
    "de": (
        "Rechnung hochladen geht nicht, Fehler Z-413!!",
        "Upload der Rechnung schlägt fehl, Z-413. Was ist los?",
    ),
    "it": (
        "Non riesco a caricare la fattura, errore Z-413!!",
        "caricamento fattura fallito, Z-413, che succede?",
    ),
    "es": (
        "No puedo subir la factura, error Z-413!!",
        "la subida de la factura falla, Z-413, que pasa?",
    ),
    "fr": (
        "Impossible d'envoyer la facture, erreur Z-413!!",
        "l'envoi de facture plante, Z-413, c'est quoi?",
    ),
    "pt": (
        "Nao consigo enviar a fatura, erro Z-413!!",
        "envio da fatura falha, Z-413, o que se passa?",
    ),
    "en": (
        "Can't upload my vet invoice, error Z-413!!",
        "invoice upload failing with Z-413, what's up?",
    ),
}

SPIKE_AGAIN: dict[str, str] = {
    "de": "Immer noch Z-413 beim Hochladen, schon wieder probiert.",
    "it": "Ancora errore Z-413, riprovato di nuovo.",
    "es": "Sigo sin poder subir la factura, Z-413 otra vez.",
    "fr": "Toujours l'erreur Z-413, je reessaie encore.",
    "pt": "Continua o erro Z-413, tentei outra vez.",
    "en": "Still getting Z-413 on upload, tried again.",
}

#: Mixed-language lines for bilingual customers (pair -> line).
MIXED: dict[tuple[str, str], str] = {
    ("de", "it"): "Alles gut, grazie per la videovisita!",
    ("it", "en"): "Tutto ok, thanks a lot for the quick refund!",
    ("es", "pt"): "Todo bien, obrigada pela ajuda!",
    ("fr", "de"): "Merci, alles klar jetzt!",
    ("pt", "en"): "Tudo certo, cheers!",
    ("en", "es"): "All good, muchas gracias!",
}
