# ruff: noqa: E501
"""Wording of heldout175 (Kochlora meal kits): one table per act, by language."""

LANGS = ["de", "en", "fr", "it", "pt", "es"]
WEIGHTS = [34, 30, 9, 9, 9, 9]
MARKETS = {
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "UK": "+44 77",
    "IE": "+353 87",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 34",
    "PT": "+351 91",
    "ES": "+34 6",
}
FIRST = {
    "de": [
        "Jonas",
        "Lea",
        "Felix",
        "Marie",
        "Tobias",
        "Hannah",
        "Lukas",
        "Sophie",
        "Matthias",
        "Anja",
    ],
    "en": [
        "Oliver",
        "Grace",
        "Callum",
        "Niamh",
        "Harry",
        "Chloe",
        "Liam",
        "Amelia",
        "Ciaran",
        "Megan",
    ],
    "fr": ["Camille", "Hugo", "Manon", "Julien", "Claire"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Elena"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Nerea"],
}
LAST = {
    "de": ["Krüger", "Hofmann", "Brandl", "Seidel", "Vogt", "Lorenz", "Huber", "Pfeiffer"],
    "en": ["Walsh", "Hughes", "Doyle", "Barker", "Kelly", "Fletcher", "Byrne", "Turner"],
    "fr": ["Roussel", "Garnier", "Lemoine", "Picard"],
    "it": ["Ferrara", "Galli", "Conti", "Marino"],
    "pt": ["Antunes", "Ribeiro", "Moreira", "Lopes"],
    "es": ["Navarro", "Iglesias", "Ortega", "Prieto"],
}
PRAISE = {
    "de": [
        "Die Linsen-Bowl von Kochlora war wieder der Hammer, Kinder haben alles aufgegessen",
        "Schon wieder pünktlich geliefert, dritte Woche in Folge, danke Kochlora",
        "Super Rezepte diese Woche, nur die Kühlakkus sind etwas viel Müll",
    ],
    "en": [
        "kochlora's miso salmon kit was gorgeous again, third week running we've loved it",
        "Box arrived cold and on time as always, cheers Kochlora",
        "Lovely recipes this week, only gripe is the tiny garlic clove lol",
    ],
    "fr": ["Encore une super box Kochlora cette semaine, le curry etait parfait"],
    "it": ["Box Kochlora arrivata puntuale anche stavolta, il risotto era buonissimo"],
    "pt": ["Mais uma semana otima com a Kochlora, a receita de bacalhau foi um sucesso"],
    "es": ["Otra semana genial con Kochlora, el pollo al limon triunfo en casa"],
}
QUESTION = {
    "de": [
        "Kann ich die Lieferung diese Woche auf Donnerstag verschieben?",
        "gibt es die Club-Mitgliedschaft auch für zwei Personen?",
    ],
    "en": [
        "Can I swap the beef kit for the veggie one this week?",
        "how late can I change my delivery address for Friday?",
    ],
    "fr": ["Est-ce que je peux decaler ma livraison a samedi ?"],
    "it": ["Posso cambiare la ricetta di venerdi con quella vegetariana?"],
    "pt": ["Posso mudar a entrega desta semana para quinta?"],
    "es": ["¿Puedo cambiar la caja de esta semana por la vegetariana?"],
}
ANSWER = {
    "de": "Hallo {n}, ja, das ist erledigt, die Änderung steht in deinem Konto. Viele Grüße, {a} von Kochlora",
    "en": "Hi {n}, yes, that's done and showing in your account now. Best, {a} at Kochlora",
    "fr": "Bonjour {n}, c'est fait, la modification est visible dans votre compte. {a}, Kochlora",
    "it": "Ciao {n}, fatto, la modifica e visibile nel tuo account. {a}, Kochlora",
    "pt": "Ola {n}, esta feito, a alteracao ja aparece na sua conta. {a}, Kochlora",
    "es": "Hola {n}, hecho, el cambio ya aparece en tu cuenta. {a}, Kochlora",
}
THANKS = {
    "de": ["danke dir!", "Top, merci 👍"],
    "en": ["cheers, legend", "ta very much!"],
    "fr": ["merci !"],
    "it": ["grazie mille!"],
    "pt": ["obg!"],
    "es": ["gracias crack"],
}
CALL = {
    "de": [
        "ja hallo ich wollte nur fragen ob ich die Box nächste Woche auch an meine Arbeit liefern lassen kann",
        "hallo ich hätte gern zwei Portionen mehr für Samstag geht das noch",
    ],
    "en": [
        "hi yeah just wondering if you deliver to the new estate off the ring road",
        "hiya can i add a dessert to friday's box or is it too late",
    ],
    "fr": ["bonjour je voulais savoir si vous livrez a Lille le mercredi"],
    "it": ["buongiorno volevo sapere se posso aggiungere una porzione sabato"],
    "pt": ["ola queria saber se entregam em Braga ao sabado"],
    "es": ["hola queria saber si puedo anadir un postre a la caja del viernes"],
}
PROBLEMS = ["missing_items", "warm_box", "double_charge", "club_price", "late_box", "wrong_box"]
COMPLAINT = {
    "de": {
        "missing_items": "Schon wieder fehlen in meiner Box zwei Rezepte, kein Fleisch, keine Nudeln. So kann ich nicht kochen",
        "warm_box": "Die Box kam WARM an, Hähnchen riecht komisch, alles musste in den Müll",
        "double_charge": "Ihr habt mir die Box ZWEIMAL abgebucht, 59,90 zweimal!",
        "club_price": "Ich bin Club-Mitglied und zahle trotzdem den vollen Preis, was soll das",
        "late_box": "Lieferung angekündigt für 18 Uhr, kam um 23:40, alles matschig",
        "wrong_box": "Falsche Box bekommen, Fleisch obwohl ich vegetarisch bestellt habe",
    },
    "en": {
        "missing_items": "Two recipes missing from my box AGAIN, no chicken no noodles, what am I meant to cook",
        "warm_box": "Box turned up WARM, the fish smells off, all of it binned",
        "double_charge": "You've charged me TWICE for this week's box, £52 twice",
        "club_price": "I pay for Club and got charged full price, not on",
        "late_box": "Box due by 6pm, came at 11.40pm, everything soggy",
        "wrong_box": "Got someone else's box, meat in it when I ordered veggie",
    },
    "fr": {p: "Probleme avec ma box Kochlora, c'est inadmissible" for p in PROBLEMS},
    "it": {p: "Problema con la mia box Kochlora, non e accettabile" for p in PROBLEMS},
    "pt": {p: "Problema com a minha caixa Kochlora, isto nao pode ser" for p in PROBLEMS},
    "es": {p: "Problema con mi caja Kochlora, esto no puede ser" for p in PROBLEMS},
}
PROBLEM_WORDS = {
    "missing_items": "items missing",
    "warm_box": "warm box",
    "double_charge": "double charge",
    "club_price": "club price",
    "late_box": "late box",
    "wrong_box": "wrong box",
}
LETTER = {
    "de": "Sehr geehrtes Kochlora-Team,\n\nich schreibe Ihnen vom Küchentisch aus, während meine Tochter Hausaufgaben macht und mein Mann noch im Spätdienst ist. Wir bestellen seit fast zwei Jahren bei Ihnen und es war immer eine große Hilfe unter der Woche. {c}. Ich hätte gern eine Erstattung und eine Erklärung.\n\nMit freundlichen Grüßen\n{n}",
    "en": "Dear Kochlora,\n\nI'm writing this from the car outside my son's football practice, so forgive the length. We've had your boxes for about eighteen months and they've honestly saved our weeknights. However: {c}. I'd like a refund and for someone to tell me what happened.\n\nKind regards,\n{n}",
}
CASE_OPENED = {
    "de": "Hallo {n}, das tut uns leid. Wir haben den Vorgang {r} eröffnet und melden uns heute noch. {a}, Kochlora",
    "en": "Hi {n}, sorry about this. We've opened case {r} and will come back to you today. {a}, Kochlora",
    "fr": "Bonjour {n}, desoles. Nous avons ouvert le dossier {r}. {a}, Kochlora",
    "it": "Ciao {n}, ci dispiace. Abbiamo aperto la pratica {r}. {a}, Kochlora",
    "pt": "Ola {n}, lamentamos. Abrimos o processo {r}. {a}, Kochlora",
    "es": "Hola {n}, lo sentimos. Hemos abierto la incidencia {r}. {a}, Kochlora",
}
FIXED = {
    "de": "Gute Nachricht zu {r}: Erstattung ist raus. Kannst du bestätigen, dass alles passt? {a}",
    "en": "Good news on {r}: the refund has gone through. Could you confirm all is well? {a}",
    "fr": "Bonne nouvelle pour {r} : remboursement fait. Pouvez-vous confirmer ? {a}",
    "it": "Buone notizie per {r}: rimborso fatto. Puoi confermare? {a}",
    "pt": "Boas noticias sobre {r}: reembolso feito. Pode confirmar? {a}",
    "es": "Buenas noticias sobre {r}: reembolso hecho. ¿Puedes confirmar? {a}",
}
CONFIRM = {
    "de": "Bestätigt, {r} ist erledigt, danke!",
    "en": "confirmed, {r} sorted, thanks!",
    "fr": "Confirme, {r} regle, merci",
    "it": "Confermo, {r} risolto, grazie",
    "pt": "Confirmo, {r} resolvido, obrigada",
    "es": "Confirmado, {r} resuelto, gracias",
}
APOLOGY = {
    "de": "Sorry für meinen Ton gestern, war ein langer Tag",
    "en": "sorry for snapping yesterday, long day",
    "fr": "Desolee pour hier, journee difficile",
    "it": "Scusate per ieri, giornata pesante",
    "pt": "Desculpem por ontem, dia dificil",
    "es": "Perdon por lo de ayer, dia horrible",
}
REPEAT = {
    "de": [
        "Immer noch nicht gelöst, Vorgang {r}. Das Problem besteht weiterhin",
        "Zum dritten Mal wegen {r}. Meine Kollegin bestellt bei {k} und die lösen sowas am selben Tag",
        "VIERTES Mal wegen {r}, es ist IMMER NOCH offen",
    ],
    "en": [
        "Still not sorted, case {r}. Same problem as before",
        "Third time about {r}. A mate uses {k} and they fix this same day",
        "FOURTH time about {r}, STILL open",
    ],
    "fr": [
        "Toujours pas regle, dossier {r}",
        "Troisieme fois pour {r}, chez {k} ils reglent ca le jour meme",
        "QUATRIEME fois pour {r}",
    ],
    "it": [
        "Ancora non risolto, pratica {r}",
        "Terza volta per {r}, con {k} lo risolvono in giornata",
        "QUARTA volta per {r}",
    ],
    "pt": [
        "Ainda nao resolvido, processo {r}",
        "Terceira vez sobre {r}, na {k} resolvem no mesmo dia",
        "QUARTA vez sobre {r}",
    ],
    "es": [
        "Sigue sin resolver, incidencia {r}",
        "Tercera vez por {r}, en {k} lo arreglan el mismo dia",
        "CUARTA vez por {r}",
    ],
}
SLIDE = {
    "de": [
        "Box kam diesmal zwei Stunden später, ohne Info",
        "Kräuter welk, Paprika weich. Wird schlechter",
        "Zum zweiten Mal fehlen Zutaten, Support meldet sich nicht",
        "Preise hoch, Portionen kleiner. Enttäuscht",
        "JETZT REICHTS, 40 Euro für eine Box mit vergammeltem Salat",
        "Meine Schwester bestellt bei {k}, hab dort für nächste Woche bestellt",
    ],
    "en": [
        "Box was two hours late this time, no heads-up",
        "Herbs wilted, peppers soft. Going downhill",
        "Second time ingredients missing, nobody replies",
        "Prices up, portions smaller. Disappointed",
        "DONE. £35 for a box with rotten lettuce",
        "My sister uses {k}, ordered from them for next week",
    ],
}
NPS_WORD = {
    "de": "enttäuscht",
    "en": "not impressed",
    "fr": "decue",
    "it": "deluso",
    "pt": "desiludida",
    "es": "decepcionada",
}
CANCEL = {
    "de": "Hallo, wir ziehen ins Ausland und kochen dort selbst. Bitte kündigt meine Club-Mitgliedschaft und schließt das Konto. Danke für alles",
    "en": "Hi, we've moved in with my partner's parents who cook every night, so please cancel my Club membership and close my account. Thanks for everything",
    "fr": "Bonjour, merci de resilier mon abonnement Club et fermer mon compte, je demenage",
    "it": "Buongiorno, vorrei disdire il Club e chiudere l'account, mi trasferisco",
    "pt": "Ola, quero cancelar o Club e fechar a conta, vou mudar de pais",
    "es": "Hola, quiero darme de baja del Club y cerrar la cuenta, me mudo",
}
BYE = {
    "de": "Schade, dass du gehst, {n}. Du kannst in der App oder im Web selbst kündigen. {a}",
    "en": "Sorry to see you go, {n}. You can cancel yourself in the app or on the website. {a}",
}
GRUMBLE = {
    "de": ["App loggt mich jedes Mal aus, nervig", "Schon wieder so viel Plastik in der Box"],
    "en": [
        "app logs me out every single time",
        "why does the delivery window change without a text",
    ],
}
SARCASM = {
    "de": "Toll, Lieferung um 23 Uhr, perfekt fürs Abendessen 👏",
    "en": "Love getting my dinner box at 11pm, so handy for dinner 🙃",
}
NIGHT = {
    "de": [
        "kann nicht schlafen, plane schon die Rezepte für nächste Woche",
        "Nachtschicht vorbei, jetzt die Kochlora Pasta aufwärmen",
    ],
    "en": [
        "3am and I'm browsing next week's recipes, send help",
        "night shift done, kochlora leftovers hitting the spot",
    ],
}
NIGHT_Q = {
    "de": "Bis wann kann ich heute Nacht noch die Box ändern?",
    "en": "what time is the cutoff tonight for changing my box?",
}
SPIKE = {
    "de": [
        "Beim Tippen auf Woche aussetzen kommt Fehler KLB-729, Frist endet heute!",
        "Kann nächste Woche nicht pausieren, App hängt beim Speichern",
        "kochlora app: aussetzen geht nicht, KLB-729. Ich bin nächste Woche im Urlaub!!",
    ],
    "en": [
        "Skip week button gives error KLB-729 and the cutoff is TODAY",
        "can't skip next week's box, the app just spins and fails",
        "Trying to pause next week, website says KLB-729, I'm away!",
    ],
    "fr": ["Impossible de sauter la semaine prochaine, erreur KLB-729"],
    "it": ["Non riesco a saltare la prossima settimana, errore KLB-729"],
    "pt": ["Nao consigo saltar a proxima semana, a app da erro"],
    "es": ["No puedo saltar la semana que viene, la app da error KLB-729"],
}
SPIKE_AGAIN = {
    "de": "Immer noch KLB-729 beim Aussetzen, auch im Browser",
    "en": "still KLB-729 trying to skip, tried the website too",
    "fr": "Toujours KLB-729",
    "it": "Ancora KLB-729",
    "pt": "Continua com erro",
    "es": "Sigue el KLB-729",
}
SPIKE_ANSWER = {
    "de": "Ja, Aussetzen schlägt gerade überall fehl, unsere Technik ist dran. {a}",
    "en": "Yes, skipping is failing for everyone right now, our engineers are on it. {a}",
}
B2B = {
    "invoice": {
        "de": "Rechnung ohne Kostenstelle und Bestellnummer, unsere Buchhaltung kann sie nicht zahlen",
        "en": "Invoices carry no PO number and our finance team can't pay them",
    },
    "portal": {
        "de": "Im Portal lassen sich die Mittagsboxen für nächste Woche nicht stornieren",
        "en": "The portal won't let us cancel next week's lunch boxes",
    },
    "overbilled": {
        "de": "Ihr berechnet Einzelpreise statt unseres Rahmenvertrags",
        "en": "You're billing single-box prices instead of our contract rate",
    },
}
B2B_AGAIN = {
    "de": "Wie {p} schon am Mittwoch schrieb, Vorgang {r}: {c}",
    "en": "As {p} wrote on Wednesday, case {r}: {c}",
}
B2B_LAST = {
    "de": "Vorgang {r} immer noch nicht gelöst, mehrere Kollegen haben geschrieben, der Einkauf fragt schon bei {k} an",
    "en": "case {r} still not fixed, several of us have written, procurement has asked {k} for rates",
}
B2B_Q = {
    "de": "Können wir die Bestellung für Freitag um zehn Boxen erhöhen?",
    "en": "Can we add ten boxes to Friday's office order?",
}
SUGGEST = {
    "de": "Vorschlag: Allergene bitte auch auf der Rechnung ausweisen",
    "en": "Suggestion: could invoices show allergens per box?",
}
COMPETITORS = ["Gustavio", "Tellerix"]
