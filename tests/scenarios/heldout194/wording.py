"""Wording of heldout194 (Humora: food-waste and garden-waste bin collection, composting)."""

# ruff: noqa: E501
from __future__ import annotations

BRAND = "Humora"
COMPETITORS = ("Kompazo", "Verdisco")
CODE = "HUM-527"

W: dict[str, dict[str, list[str]]] = {
    "de": {
        "praise": [
            "Die Biotonne wurde heute pünktlich geleert und sogar ausgespült, danke {brand}!",
            "Echt top, der Kompost aus dem Frühjahr ist super geworden. Danke an das Team von {brand}",
            "Fahrer superfreundlich, Tonne sauber zurück an den Zaun gestellt. So muss das sein.",
        ],
        "again": [
            "Schon wieder so ein netter Fahrer, dritte Woche in Folge alles perfekt",
            "Immer noch begeistert, seit einem Jahr keine einzige ausgefallene Leerung",
        ],
        "gripe": [
            "Sehr gut alles, nur die App-Erinnerung kommt echt früh um 6 Uhr. Sonst gerne weiter so"
        ],
        "question": [
            "Hallo, kann ich Grünschnitt auch in Säcken neben die Tonne stellen?",
            "Kurze Frage: Wann ist die Leerung an Feiertagen?",
        ],
        "answer": [
            "Hallo {name}, ja, bis zu zwei Papiersäcke neben der Tonne nehmen wir mit. Viele Grüße, {agent}",
            "Hallo {name}, an Feiertagen leeren wir einen Tag später, die App zeigt es an. Grüße, {agent}",
        ],
        "thanks": ["Danke, super!", "merci, passt 👍"],
        "call": [
            "ja hallo ich wollte fragen ob ich eine zweite Tonne für den Garten dazubuchen kann",
            "guten Tag ich ziehe im Mai um und wollte wissen wie ich die Adresse ändere",
        ],
        "problem_missed": [
            "Meine Biotonne wurde heute schon wieder NICHT geleert, obwohl sie ab 6 Uhr draußen stand. Bei der Hitze stinkt das ganze Treppenhaus.",
            "Leerung laut App erledigt, Tonne steht aber voll da. Was soll das?",
        ],
        "problem_double": [
            "Sie haben meinen Mitgliedsbeitrag ZWEIMAL abgebucht, 2x 14,90 €. Bitte sofort zurück."
        ],
        "problem_damage": [
            "Ihr Fahrzeug hat den Deckel meiner Tonne abgerissen, jetzt kommen die Krähen dran. Ersatz bitte."
        ],
        "problem_fee": [
            "Ich soll 25 € Fehlwurfgebühr zahlen, dabei war NUR Küchenabfall drin. Das fechte ich an."
        ],
        "long_email": [
            "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst keine Minute finde. Wir sind seit zwei Jahren Mitglied und ich habe Sie Freunden empfohlen. {problem} Ich habe das in der App gemeldet und nichts gehört. Ich erwarte eine Antwort bis Freitag.\n\nMit freundlichen Grüßen\n{name}"
        ],
        "case_opened": [
            "Hallo {name}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden. Viele Grüße, {agent}"
        ],
        "good_news": [
            "Hallo {name}, gute Nachricht zu Vorgang {case}: das ist erledigt. Können Sie kurz bestätigen, dass alles passt? Grüße, {agent}"
        ],
        "confirm": ["Bestätigt, {case} ist erledigt, danke!", "Alles gut jetzt, danke für {case}"],
        "apology": [
            "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern."
        ],
        "still": [
            "Vorgang {case}: immer noch nicht erledigt. Ich melde mich jetzt zum zweiten Mal.",
            "Zu {case}: es hat sich NICHTS getan, Problem besteht weiter.",
        ],
        "third": [
            "Dritter Kontakt zu {case}. Meine Nachbarin ist bei {comp}, da wird sowas am selben Tag gelöst."
        ],
        "fourth": [
            "Zum VIERTEN Mal wegen {case}. Es ist immer noch nicht erledigt. JETZT REICHTS."
        ],
        "passed": [
            "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Grüße, {agent}"
        ],
        "urgent": [
            "Hallo {name}, ich habe das zu {case} ergänzt und als dringend markiert. {agent}"
        ],
        "slide": [
            "Leerung heute drei Stunden später als angekündigt, keine Info.",
            "Tonne kam mit Resten vom Vornachbarn zurück. Na toll.",
            "Jetzt soll ich ein Foto vom Tonneninhalt vor jeder Leerung hochladen?",
            "Kompostlieferung halb so groß wie bestellt, und keiner antwortet.",
            "25 € Reinigungsgebühr für eine saubere Tonne. Ihre eigenen Fotos zeigen das. Frechheit.",
            "Mein Schwager ist bei {comp}, ich habe dort schon eine Tonne angefragt.",
        ],
        "cancel": [
            "Hallo, wir ziehen in eine Wohnung ohne Garten. Bitte kündigen Sie meine Humora-Mitgliedschaft und schließen Sie das Konto."
        ],
        "sorry_go": [
            "Hallo {name}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. Alles Gute, {agent}"
        ],
        "grumble": [
            "Die App loggt mich JEDES Mal aus.",
            "Erinnerung um 6 Uhr morgens, wirklich?",
            "Die Tonnenaufkleber lösen sich schon wieder.",
        ],
        "sarcasm": [
            "Toll, Leerung um 22 Uhr, da freuen sich die Nachbarn 👏",
            "Danke für die Tonne voller fremder Kartoffelschalen 😂",
        ],
        "night_post": [
            "3 Uhr nachts, Nachtschicht vorbei, und die Tonne steht schon draußen. Läuft.",
            "kann nicht schlafen, lese Kompostier-Tipps von {brand} 🌱",
        ],
        "night_q": [
            "Darf Katzenstreu in die Biotonne?",
            "Ab wann muss die Tonne morgen draußen stehen?",
        ],
        "mild": [
            "Die Standortsuche zeigt die falsche Stadt an.",
            "Benachrichtigungen kommen auf Englisch.",
        ],
        "mild_ans": ["Hallo {name}, danke für den Hinweis, wir geben das weiter. {agent}"],
        "spike": [
            "Heute Leerung ausgefallen, App sagt Tonne nicht erkannt, Fehler {code}. Tonne stand draußen!",
            "Fahrer ist einfach vorbeigefahren, in der App steht Tonne nicht bereitgestellt. Stimmt nicht!!",
            "{code} in der App und meine Tonne ist noch voll. Was ist da los?",
        ],
        "spike_again": [
            "Immer noch {code}, auch bei der Tonne meiner Nachbarin. Kommt der Fahrer nochmal?"
        ],
        "spike_ans": [
            "Ja, gerade werden die Tonnenchips bei vielen Leerungen nicht erkannt, unsere Technik ist dran. {agent}"
        ],
        "fixed_spike": [
            "Hallo {name}, die Erkennung funktioniert wieder seit 12:40 Uhr, wir holen heute nach und schreiben Ihnen 5 € gut. {agent}"
        ],
        "lone": [
            "Gestern hat die App meine Tonne kurz als grau angezeigt, dann wieder normal. Klappt die Leerung morgen?"
        ],
        "lone_ans": [
            "Hallo {name}, ja, das war nur die Anzeige, die Leerung morgen läuft normal. {agent}"
        ],
        "survey": ["super", "", "👍"],
        "b2b_q": ["Können wir eine zusätzliche Leerung für Freitag buchen?"],
        "b2b_ans": ["Ja, ist im Portal gebucht. Grüße, {agent}"],
        "b2b_invoice": [
            "Die Rechnung {case} trägt wieder den alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung zahlt so nicht."
        ],
        "b2b_portal": [
            "Im Portal sehen wir keinen einzigen Standort mehr, Vorgang {case}. Wir können keine Leerung abbestellen."
        ],
        "b2b_again": ["Wie {first} schon am {day} geschrieben hat ({case}): nichts ist behoben."],
        "b2b_last": [
            "Noch einmal zu {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
        ],
        "suggest": ["Vorschlag: die Leerungen pro Kostenstelle exportieren können wäre super."],
        "subject_c": ["Beschwerde: Leerung", "Reklamation"],
        "subject_re": ["AW: Vorgang {case}"],
    },
    "fr": {
        "praise": [
            "Bac vidé pile à l'heure et même rincé, merci {brand} !",
            "Le compost du printemps est magnifique, bravo à l'équipe {brand}",
            "Chauffeur adorable, le bac remis bien droit devant le portail. Parfait.",
        ],
        "again": [
            "Encore une fois impeccable, troisième semaine sans le moindre souci",
            "Toujours ravie, un an sans une seule collecte ratée",
        ],
        "gripe": ["Très contente, juste le rappel de l'appli à 6h du matin un peu tôt. Sinon top"],
        "question": [
            "Bonjour, est-ce que je peux mettre les tailles de haie en sacs à côté du bac ?",
            "Petite question : la collecte a lieu les jours fériés ?",
        ],
        "answer": [
            "Bonjour {name}, oui, jusqu'à deux sacs papier à côté du bac. Bonne journée, {agent}",
            "Bonjour {name}, les jours fériés la collecte passe le lendemain, c'est indiqué dans l'appli. {agent}",
        ],
        "thanks": ["Merci beaucoup !", "top merci 👍"],
        "call": [
            "oui bonjour je voulais savoir si je peux ajouter un deuxième bac pour le jardin",
            "bonjour je déménage en mai comment je change l'adresse",
        ],
        "problem_missed": [
            "Mon bac n'a ENCORE PAS été vidé alors qu'il était dehors dès 6h. Avec la chaleur ça sent dans toute la cour.",
            "L'appli dit collecte faite mais le bac est plein. C'est une blague ?",
        ],
        "problem_double": [
            "Vous m'avez prélevé DEUX fois l'abonnement, 2x 14,90 €. Remboursez-moi svp."
        ],
        "problem_damage": [
            "Votre camion a arraché le couvercle de mon bac, les corneilles se servent. Je veux un remplacement."
        ],
        "problem_fee": [
            "On me facture 25 € de pénalité pour erreur de tri alors qu'il n'y avait QUE des épluchures. Je conteste."
        ],
        "long_email": [
            "Madame, Monsieur,\n\nJe vous écris depuis le parking de la piscine pendant le cours de ma fille, c'est le seul moment que j'ai. Nous sommes abonnés depuis deux ans et je vous ai recommandés à mes voisins. {problem} J'ai signalé le problème dans l'appli sans réponse. J'attends un retour d'ici vendredi.\n\nCordialement,\n{name}"
        ],
        "case_opened": [
            "Bonjour {name}, merci pour votre message. Nous avons ouvert la demande {case} et revenons vers vous sous 24 h. {agent}"
        ],
        "good_news": [
            "Bonjour {name}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous nous confirmer que tout va bien ? {agent}"
        ],
        "confirm": ["Confirmé, {case} est réglé, merci !", "C'est bon pour {case}, merci"],
        "apology": ["Désolée pour mon ton d'hier, journée difficile. Merci d'avoir fait vite."],
        "still": [
            "Demande {case} : toujours pas réglé. Deuxième fois que j'écris.",
            "Pour {case} : RIEN n'a bougé, le problème est toujours là.",
        ],
        "third": [
            "Troisième contact pour {case}. Ma voisine est chez {comp}, eux règlent ça dans la journée."
        ],
        "fourth": ["QUATRIÈME fois pour {case}. Toujours pas réglé. Ça suffit."],
        "passed": [
            "Bonjour {name}, votre demande {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
        ],
        "urgent": ["Bonjour {name}, j'ai ajouté ceci à {case} et l'ai marqué urgent. {agent}"],
        "slide": [
            "Collecte avec trois heures de retard aujourd'hui, sans prévenir.",
            "Bac rendu avec les restes du voisin dedans. Super.",
            "Maintenant il faut une photo du contenu avant chaque collecte ?",
            "Livraison de compost moitié moins que commandé et personne ne répond.",
            "25 € de frais de nettoyage pour un bac propre, vos propres photos le montrent. Scandaleux.",
            "Mon beau-frère est chez {comp}, j'ai déjà demandé un bac chez eux.",
        ],
        "cancel": [
            "Bonjour, nous déménageons dans un appartement sans jardin. Merci de résilier mon abonnement Humora et de fermer le compte."
        ],
        "sorry_go": [
            "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent}"
        ],
        "grumble": [
            "L'appli me déconnecte À CHAQUE fois.",
            "Un rappel à 6h du matin, sérieusement ?",
            "Les autocollants du bac se décollent encore.",
        ],
        "sarcasm": [
            "Génial, collecte à 22h, les voisins adorent 👏",
            "Merci pour le bac plein des épluchures des autres 😂",
        ],
        "night_post": [
            "3h du mat, fin de garde à l'hôpital, et le bac est déjà sorti. Organisée.",
            "insomnie, je lis les astuces compost de {brand} 🌱",
        ],
        "night_q": [
            "La litière du chat va dans le bac bio ?",
            "À partir de quelle heure sortir le bac demain ?",
        ],
        "mild": [
            "La recherche d'adresse affiche la mauvaise ville.",
            "Les notifications arrivent en anglais.",
        ],
        "mild_ans": ["Bonjour {name}, merci du signalement, nous transmettons. {agent}"],
        "spike": [
            "Collecte ratée ce matin, l'appli dit bac non reconnu, erreur {code}. Il était bien dehors !",
            "Le camion est passé sans s'arrêter et l'appli dit bac non présenté. FAUX !!",
            "{code} dans l'appli et mon bac est toujours plein, il se passe quoi ?",
        ],
        "spike_again": ["Toujours {code}, même pour le bac de ma voisine. Le camion repasse ?"],
        "spike_ans": [
            "Oui, les puces des bacs ne sont pas reconnues sur beaucoup de collectes en ce moment, nos techniciens s'en occupent. {agent}"
        ],
        "fixed_spike": [
            "Bonjour {name}, la reconnaissance fonctionne de nouveau depuis 12h40, nous repassons aujourd'hui et créditons 5 €. {agent}"
        ],
        "lone": [
            "Hier l'appli a affiché mon bac en gris puis normal. La collecte de demain va marcher ?"
        ],
        "lone_ans": [
            "Bonjour {name}, oui, c'était juste l'affichage, la collecte de demain est normale. {agent}"
        ],
        "survey": ["parfait", "", "😊"],
        "b2b_q": ["Pouvons-nous réserver une collecte en plus vendredi ?"],
        "b2b_ans": ["Oui, c'est réservé dans le portail. {agent}"],
        "b2b_invoice": [
            "La facture {case} porte encore l'ancien nom de la société et aucun numéro de commande. La compta refuse de payer."
        ],
        "b2b_portal": [
            "Le portail n'affiche plus aucun site, demande {case}. Impossible d'annuler une collecte."
        ],
        "b2b_again": ["Comme {first} l'a écrit {day} ({case}) : rien n'est réglé."],
        "b2b_last": [
            "Encore pour {case} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
        ],
        "suggest": [
            "Suggestion : pouvoir exporter les collectes par centre de coût serait pratique."
        ],
        "subject_c": ["Réclamation : collecte"],
        "subject_re": ["RE : Demande {case}"],
    },
    "en": {
        "praise": [
            "Bin emptied bang on time and rinsed, cheers {brand}!",
            "Compost from spring came out brilliant, thanks {brand} team",
        ],
        "again": ["Third week running the same lovely driver, spot on again"],
        "gripe": ["Really happy, only the 6am app reminder is a bit early. Otherwise great"],
        "question": ["Hi, can I leave hedge cuttings in bags next to the bin?"],
        "answer": ["Hi {name}, yes, up to two paper sacks next to the bin. Thanks, {agent}"],
        "thanks": ["ta, legend"],
        "call": ["hi yeah i wanted to ask if i can add a second garden bin"],
        "problem_missed": [
            "My bin was NOT emptied AGAIN even though it was out from 6am. The whole close smells."
        ],
        "problem_double": ["You charged my membership TWICE, 2x £13. Refund please."],
        "problem_damage": [
            "Your lorry ripped the lid off my bin, the crows are having a feast. Replacement please."
        ],
        "problem_fee": [
            "£22 contamination fee when there was ONLY kitchen waste in it. I'm disputing this."
        ],
        "long_email": [
            "Dear Sir or Madam,\n\nI'm writing from the car outside my son's football practice because it's the only time I have. We've been members two years and I recommended you to the street. {problem} I reported it in the app and heard nothing. I expect a reply by Friday.\n\nKind regards,\n{name}"
        ],
        "case_opened": [
            "Hi {name}, thanks for your message. We've opened case {case} and will be back within 24 hours. {agent}"
        ],
        "good_news": [
            "Hi {name}, good news on case {case}: it's sorted. Could you confirm all is well? {agent}"
        ],
        "confirm": ["Confirmed, {case} is sorted, thanks!"],
        "apology": ["Sorry for my tone yesterday, long day. Thanks for sorting it quickly."],
        "still": ["Case {case}: still not fixed. Second time I'm writing."],
        "third": [
            "Third contact about {case}. My neighbour is with {comp} and they sort this the same day."
        ],
        "fourth": ["FOURTH time about {case}. Still open. Enough."],
        "passed": [
            "Hi {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
        ],
        "urgent": ["Hi {name}, added to {case} and marked urgent. {agent}"],
        "slide": [
            "Collection three hours late today, no word.",
            "Bin came back with someone else's scraps in it. Great.",
            "Now I have to upload a photo of the bin before every collection?",
            "Compost delivery half of what I ordered and nobody answers.",
            "£22 cleaning fee for a clean bin, your own photos show it. Shocking.",
            "My brother-in-law is with {comp}, I've asked them for a bin already.",
        ],
        "cancel": [
            "Hello, we're moving to a flat with no garden. Please cancel my Humora membership and close the account."
        ],
        "sorry_go": [
            "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website. {agent}"
        ],
        "grumble": ["The app logs me out EVERY time.", "A reminder at 6am, really?"],
        "sarcasm": ["Lovely, collection at 10pm, the neighbours are thrilled 👏"],
        "night_post": [
            "3am, night shift done, bin already out. Winning.",
            "can't sleep, reading {brand} compost tips 🌱",
        ],
        "night_q": ["Can cat litter go in the food bin?"],
        "mild": ["The address search shows the wrong town."],
        "mild_ans": ["Hi {name}, thanks for flagging, passed on. {agent}"],
        "spike": [
            "Collection missed today, app says bin not recognised, error {code}. It was out!",
            "Lorry drove straight past and the app says bin not presented. Not true!!",
        ],
        "spike_again": ["Still {code}, same for my neighbour's bin. Is the lorry coming back?"],
        "spike_ans": [
            "Yes, bin tags aren't being recognised on many collections right now, our engineers are on it. {agent}"
        ],
        "fixed_spike": [
            "Hi {name}, recognition works again since 11:40 local time, we'll come back today and have added a £4 credit. {agent}"
        ],
        "lone": [
            "Yesterday the app showed my bin grey for a bit then normal. Will tomorrow's collection work?"
        ],
        "lone_ans": ["Hi {name}, yes, that was only the display, tomorrow is normal. {agent}"],
        "survey": ["great", ""],
        "b2b_q": ["Can we book an extra collection on Friday?"],
        "b2b_ans": ["Yes, booked in the portal. {agent}"],
        "b2b_invoice": [
            "Invoice {case} has the old company name again and no PO number. Accounts won't pay it."
        ],
        "b2b_portal": [
            "The portal shows none of our sites, case {case}. We can't cancel any collection."
        ],
        "b2b_again": ["As {first} wrote {day} ({case}): nothing is fixed."],
        "b2b_last": [
            "Again on {case}: nothing is fixed and several colleagues have written. Procurement has asked {comp} for rates."
        ],
        "suggest": ["Suggestion: exporting collections by cost centre would help."],
        "subject_c": ["Complaint: collection"],
        "subject_re": ["Re: Your case {case}"],
    },
    "it": {
        "praise": [
            "Bidone svuotato puntualissimo e pure sciacquato, grazie {brand}!",
            "Il compost di primavera è venuto benissimo, grazie {brand}",
        ],
        "again": ["Di nuovo tutto perfetto, terza settimana di fila"],
        "gripe": ["Contentissima, solo il promemoria alle 6 è un po' presto. Per il resto ottimo"],
        "question": ["Ciao, posso lasciare le potature in sacchi accanto al bidone?"],
        "answer": ["Ciao {name}, sì, fino a due sacchi di carta accanto al bidone. {agent}"],
        "thanks": ["grz mille!"],
        "call": [
            "sì buongiorno volevo sapere se posso aggiungere un secondo bidone per il giardino"
        ],
        "problem_missed": [
            "Il mio bidone NON è stato svuotato DI NUOVO, era fuori dalle 6. Puzza in tutto il cortile."
        ],
        "problem_double": [
            "Mi avete addebitato l'abbonamento DUE volte, 2x 14,90 €. Rimborsatemi."
        ],
        "problem_damage": [
            "Il vostro camion ha strappato il coperchio del bidone. Voglio la sostituzione."
        ],
        "problem_fee": [
            "25 € di penale per conferimento errato quando c'erano SOLO scarti di cucina. Contesto."
        ],
        "long_email": [
            "Gentili signori,\n\nvi scrivo dalla sala d'attesa del dentista, è l'unico momento libero. Siamo abbonati da due anni e vi ho consigliato ai vicini. {problem} L'ho segnalato nell'app senza risposta. Attendo un riscontro entro venerdì.\n\nCordiali saluti,\n{name}"
        ],
        "case_opened": [
            "Ciao {name}, grazie del messaggio. Abbiamo aperto la segnalazione {case}, ti rispondiamo entro 24 ore. {agent}"
        ],
        "good_news": [
            "Ciao {name}, buone notizie sulla segnalazione {case}: risolto. Ci confermi che va tutto bene? {agent}"
        ],
        "confirm": ["Confermo, {case} risolto, grazie!"],
        "apology": ["Scusate il tono di ieri, giornataccia. Grazie della rapidità."],
        "still": ["Segnalazione {case}: ancora non risolto. Seconda volta che scrivo."],
        "third": [
            "Terzo contatto per {case}. Mia cugina è con {comp} e lì lo risolvono in giornata."
        ],
        "fourth": ["QUARTA volta per {case}. Ancora aperto. Basta."],
        "passed": [
            "Ciao {name}, la segnalazione {case} è ora dal nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}"
        ],
        "urgent": ["Ciao {name}, aggiunto a {case} e segnato urgente. {agent}"],
        "slide": [
            "Raccolta con tre ore di ritardo oggi, nessun avviso.",
            "Bidone tornato con gli avanzi di qualcun altro. Bene.",
            "Adesso serve una foto del bidone prima di ogni raccolta?",
            "Consegna di compost metà di quanto ordinato e nessuno risponde.",
            "25 € di pulizia per un bidone pulito, le vostre foto lo mostrano. Vergogna.",
            "Mio cognato è con {comp}, ho già chiesto un bidone a loro.",
        ],
        "cancel": [
            "Buongiorno, ci trasferiamo in un appartamento senza giardino. Vi prego di disdire l'abbonamento Humora e chiudere l'account."
        ],
        "sorry_go": [
            "Ciao {name}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito. {agent}"
        ],
        "grumble": ["L'app mi disconnette OGNI volta."],
        "sarcasm": ["Fantastico, raccolta alle 22, i vicini ringraziano 👏"],
        "night_post": ["le 3, finito il turno di notte, bidone già fuori. Che efficienza."],
        "night_q": ["La lettiera del gatto va nell'umido?"],
        "mild": ["La ricerca indirizzo mostra la città sbagliata."],
        "mild_ans": ["Ciao {name}, grazie della segnalazione, la giriamo al team. {agent}"],
        "spike": [
            "Raccolta saltata oggi, l'app dice bidone non riconosciuto, errore {code}. Era fuori!",
            "Il camion è passato dritto e l'app dice bidone non esposto. FALSO!!",
        ],
        "spike_again": ["Ancora {code}, anche col bidone della vicina. Ripassate?"],
        "spike_ans": [
            "Sì, in questo momento i chip dei bidoni non vengono riconosciuti in molte raccolte, i tecnici ci lavorano. {agent}"
        ],
        "fixed_spike": [
            "Ciao {name}, il riconoscimento funziona di nuovo dalle 12:40, ripassiamo oggi e ti accreditiamo 5 €. {agent}"
        ],
        "lone": [
            "Ieri l'app ha mostrato il bidone grigio e poi normale. Domani la raccolta funziona?"
        ],
        "lone_ans": ["Ciao {name}, sì, era solo la visualizzazione, domani tutto normale. {agent}"],
        "survey": ["ottimo", ""],
        "b2b_q": ["Possiamo prenotare una raccolta in più venerdì?"],
        "b2b_ans": ["Sì, prenotata nel portale. {agent}"],
        "b2b_invoice": [
            "La fattura {case} riporta di nuovo la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione non paga."
        ],
        "b2b_portal": [
            "Il portale non mostra più nessuna sede, segnalazione {case}. Non possiamo annullare raccolte."
        ],
        "b2b_again": ["Come ha scritto {first} {day} ({case}): nulla è risolto."],
        "b2b_last": [
            "Ancora su {case}: nulla è risolto, hanno scritto diversi colleghi. Gli acquisti hanno chiesto le tariffe a {comp}."
        ],
        "suggest": ["Proposta: esportare le raccolte per centro di costo sarebbe utile."],
        "subject_c": ["Reclamo: raccolta"],
        "subject_re": ["R: Segnalazione {case}"],
    },
    "pt": {
        "praise": [
            "Contentor esvaziado a horas e até lavado, obrigada {brand}!",
            "O composto da primavera ficou ótimo, obrigado {brand}",
        ],
        "again": ["Outra vez tudo perfeito, terceira semana seguida"],
        "gripe": ["Muito satisfeita, só o lembrete às 6h é cedo demais. De resto ótimo"],
        "question": ["Olá, posso deixar ramos em sacos ao lado do contentor?"],
        "answer": ["Olá {name}, sim, até dois sacos de papel ao lado do contentor. {agent}"],
        "thanks": ["obg!!"],
        "call": ["sim bom dia queria saber se posso juntar um segundo contentor para o jardim"],
        "problem_missed": [
            "O meu contentor NÃO foi esvaziado OUTRA VEZ, estava lá fora desde as 6h. Cheira mal no prédio todo."
        ],
        "problem_double": ["Cobraram a mensalidade DUAS vezes, 2x 14,90 €. Quero o reembolso."],
        "problem_damage": ["O vosso camião arrancou a tampa do meu contentor. Quero substituição."],
        "problem_fee": [
            "25 € de multa por separação errada quando SÓ havia restos de cozinha. Contesto."
        ],
        "long_email": [
            "Exmos. Senhores,\n\nEscrevo do carro à porta da natação dos miúdos, é o único tempo que tenho. Somos clientes há dois anos e recomendei-vos aos vizinhos. {problem} Reportei na app e nada. Espero resposta até sexta.\n\nCumprimentos,\n{name}"
        ],
        "case_opened": [
            "Olá {name}, obrigado pela mensagem. Abrimos o pedido {case} e respondemos em 24 horas. {agent}"
        ],
        "good_news": [
            "Olá {name}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar que está tudo bem? {agent}"
        ],
        "confirm": ["Confirmo, {case} resolvido, obrigado!"],
        "apology": ["Desculpem o tom de ontem, dia difícil. Obrigado pela rapidez."],
        "still": ["Pedido {case}: continua por resolver. Segunda vez que escrevo."],
        "third": [
            "Terceiro contacto sobre {case}. A minha vizinha está na {comp} e lá resolvem no mesmo dia."
        ],
        "fourth": ["QUARTA vez sobre {case}. Ainda aberto. Chega."],
        "passed": [
            "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}"
        ],
        "urgent": ["Olá {name}, acrescentado ao {case} e marcado urgente. {agent}"],
        "slide": [
            "Recolha três horas atrasada hoje, sem aviso.",
            "Contentor voltou com restos de outra pessoa. Ótimo.",
            "Agora tenho de enviar foto do contentor antes de cada recolha?",
            "Entrega de composto com metade do encomendado e ninguém responde.",
            "25 € de limpeza por um contentor limpo, as vossas fotos mostram. Vergonha.",
            "O meu cunhado está na {comp}, já lhes pedi um contentor.",
        ],
        "cancel": [
            "Olá, vamos mudar para um apartamento sem jardim. Por favor cancelem a minha assinatura Humora e fechem a conta."
        ],
        "sorry_go": ["Olá {name}, pena vê-lo partir. Pode cancelar na app ou no site. {agent}"],
        "grumble": ["A app faz logout SEMPRE."],
        "sarcasm": ["Que bom, recolha às 22h, os vizinhos adoram 👏"],
        "night_post": ["3 da manhã, turno acabado, contentor já na rua. Top."],
        "night_q": ["A areia do gato pode ir para o orgânico?"],
        "mild": ["A pesquisa de morada mostra a cidade errada."],
        "mild_ans": ["Olá {name}, obrigado pelo aviso, vamos passar à equipa. {agent}"],
        "spike": [
            "Recolha falhada hoje, a app diz contentor não reconhecido, erro {code}. Estava na rua!",
            "O camião passou direto e a app diz contentor não apresentado. MENTIRA!!",
        ],
        "spike_again": ["Continua {code}, também no contentor da vizinha. Voltam cá?"],
        "spike_ans": [
            "Sim, neste momento os chips dos contentores não estão a ser reconhecidos em muitas recolhas, a equipa técnica está a tratar. {agent}"
        ],
        "fixed_spike": [
            "Olá {name}, o reconhecimento funciona de novo desde as 11:40, voltamos hoje e creditámos 5 €. {agent}"
        ],
        "lone": [
            "Ontem a app mostrou o contentor cinzento e depois normal. A recolha de amanhã funciona?"
        ],
        "lone_ans": ["Olá {name}, sim, era só a visualização, amanhã está normal. {agent}"],
        "survey": ["ótimo", ""],
        "b2b_q": ["Podemos marcar uma recolha extra na sexta?"],
        "b2b_ans": ["Sim, marcado no portal. {agent}"],
        "b2b_invoice": [
            "A fatura {case} tem outra vez o nome antigo da empresa e nenhum número de encomenda. A contabilidade não paga."
        ],
        "b2b_portal": [
            "O portal não mostra nenhum local, pedido {case}. Não conseguimos cancelar recolhas."
        ],
        "b2b_again": ["Como {first} escreveu {day} ({case}): nada está resolvido."],
        "b2b_last": [
            "Outra vez sobre {case}: nada resolvido, vários colegas escreveram. As compras pediram preços à {comp}."
        ],
        "suggest": ["Sugestão: exportar as recolhas por centro de custo ajudava."],
        "subject_c": ["Reclamação: recolha"],
        "subject_re": ["RE: Pedido {case}"],
    },
    "es": {
        "praise": [
            "Cubo vaciado a su hora y hasta enjuagado, ¡gracias {brand}!",
            "El compost de primavera ha salido genial, gracias equipo {brand}",
        ],
        "again": ["Otra vez todo perfecto, tercera semana seguida"],
        "gripe": [
            "Contentísima, solo el aviso de la app a las 6 es muy temprano. Por lo demás genial"
        ],
        "question": ["Hola, ¿puedo dejar la poda en sacos al lado del cubo?"],
        "answer": ["Hola {name}, sí, hasta dos sacos de papel junto al cubo. {agent}"],
        "thanks": ["mil gracias crack"],
        "call": ["sí hola quería saber si puedo añadir un segundo cubo para el jardín"],
        "problem_missed": [
            "Mi cubo NO se ha vaciado OTRA VEZ y estaba fuera desde las 6. Huele todo el patio."
        ],
        "problem_double": ["Me habéis cobrado la cuota DOS veces, 2x 14,90 €. Devolvédmelo."],
        "problem_damage": ["Vuestro camión arrancó la tapa de mi cubo. Quiero uno nuevo."],
        "problem_fee": [
            "25 € de multa por mala separación cuando SOLO había restos de cocina. Lo reclamo."
        ],
        "long_email": [
            "Estimados señores:\n\nLes escribo desde el puesto del mercado entre cliente y cliente, no tengo otro momento. Somos socios desde hace dos años y les he recomendado a los vecinos. {problem} Lo avisé en la app y nada. Espero respuesta antes del viernes.\n\nUn saludo,\n{name}"
        ],
        "case_opened": [
            "Hola {name}, gracias por tu mensaje. Hemos abierto la incidencia {case} y te respondemos en 24 horas. {agent}"
        ],
        "good_news": [
            "Hola {name}, buenas noticias sobre la incidencia {case}: resuelta. ¿Nos confirmas que todo bien? {agent}"
        ],
        "confirm": ["Confirmado, {case} resuelto, ¡gracias!"],
        "apology": ["Perdón por el tono de ayer, mal día. Gracias por la rapidez."],
        "still": ["Incidencia {case}: sigue sin resolver. Segunda vez que escribo."],
        "third": [
            "Tercer contacto por {case}. Mi vecina está con {comp} y allí lo arreglan en el día."
        ],
        "fourth": ["CUARTA vez por {case}. Sigue abierto. YA ESTÁ BIEN."],
        "passed": [
            "Hola {name}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
        ],
        "urgent": ["Hola {name}, añadido a {case} y marcado urgente. {agent}"],
        "slide": [
            "Recogida con tres horas de retraso hoy, sin avisar.",
            "El cubo volvió con restos de otro. Genial.",
            "¿Ahora hay que subir foto del cubo antes de cada recogida?",
            "Entrega de compost la mitad de lo pedido y nadie contesta.",
            "25 € de limpieza por un cubo limpio, vuestras fotos lo muestran. Vergüenza.",
            "Mi cuñado está con {comp}, ya les he pedido un cubo.",
        ],
        "cancel": [
            "Hola, nos mudamos a un piso sin jardín. Por favor cancelad mi suscripción Humora y cerrad la cuenta."
        ],
        "sorry_go": [
            "Hola {name}, sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web. {agent}"
        ],
        "grumble": ["La app me cierra sesión CADA vez."],
        "sarcasm": ["Genial, recogida a las 22h, los vecinos encantados 👏"],
        "night_post": ["las 3, acabada la guardia, cubo ya fuera. Vamos."],
        "night_q": ["¿La arena del gato va al orgánico?"],
        "mild": ["El buscador de direcciones muestra otra ciudad."],
        "mild_ans": ["Hola {name}, gracias por avisar, lo pasamos al equipo. {agent}"],
        "spike": [
            "Recogida perdida hoy, la app dice cubo no reconocido, error {code}. ¡Estaba fuera!",
            "El camión pasó de largo y la app dice cubo no presentado. ¡¡MENTIRA!!",
        ],
        "spike_again": ["Sigue {code}, también con el cubo de mi vecina. ¿Vuelve el camión?"],
        "spike_ans": [
            "Sí, ahora mismo los chips de los cubos no se reconocen en muchas recogidas, los técnicos están en ello. {agent}"
        ],
        "fixed_spike": [
            "Hola {name}, el reconocimiento funciona otra vez desde las 12:40, pasamos hoy y te abonamos 5 €. {agent}"
        ],
        "lone": [
            "Ayer la app mostró mi cubo en gris y luego normal. ¿Mañana funcionará la recogida?"
        ],
        "lone_ans": ["Hola {name}, sí, era solo la pantalla, mañana normal. {agent}"],
        "survey": ["genial", ""],
        "b2b_q": ["¿Podemos reservar una recogida extra el viernes?"],
        "b2b_ans": ["Sí, reservada en el portal. {agent}"],
        "b2b_invoice": [
            "La factura {case} lleva otra vez el nombre antiguo de la empresa y sin número de pedido. Contabilidad no la paga."
        ],
        "b2b_portal": [
            "El portal no muestra ninguna sede, incidencia {case}. No podemos anular recogidas."
        ],
        "b2b_again": ["Como escribió {first} {day} ({case}): nada resuelto."],
        "b2b_last": [
            "Otra vez sobre {case}: nada resuelto, han escrito varios compañeros. Compras ha pedido tarifas a {comp}."
        ],
        "suggest": ["Sugerencia: exportar las recogidas por centro de coste ayudaría."],
        "subject_c": ["Reclamación: recogida"],
        "subject_re": ["RE: Incidencia {case}"],
    },
}

MARKETS: dict[str, list[str]] = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "en": ["UK", "IE"],
    "it": ["IT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE: dict[str, str] = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "FR": "+33 6",
    "BE": "+32 47",
    "UK": "+44 7",
    "IE": "+353 8",
    "IT": "+39 3",
    "PT": "+351 9",
    "ES": "+34 6",
}
FIRST: dict[str, list[str]] = {
    "de": [
        "Jonas",
        "Lea",
        "Tobias",
        "Miriam",
        "Felix",
        "Hannah",
        "Lukas",
        "Sabine",
        "Moritz",
        "Katrin",
        "Jan",
        "Ute",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Chloé",
        "Nicolas",
        "Élodie",
        "Hugo",
        "Inès",
        "Rémi",
        "Sophie",
        "Luc",
    ],
    "en": ["Oliver", "Grace", "Liam", "Aoife", "Harry", "Megan"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "João"],
    "es": ["Lucía", "Pablo", "Irene", "Sergio", "Nuria", "Diego"],
}
LAST: dict[str, list[str]] = {
    "de": ["Keller", "Brandt", "Vogt", "Hauser", "Lorenz", "Seidel", "Kühn", "Roth"],
    "fr": ["Morel", "Girard", "Lefèvre", "Faure", "Roussel", "Blanc", "Mercier", "Perrin"],
    "en": ["Walsh", "Hughes", "Byrne", "Turner", "Doyle", "Price"],
    "it": ["Ferri", "Galli", "Conti", "Bruno", "Rinaldi", "Greco"],
    "pt": ["Sousa", "Lopes", "Pinto", "Mendes", "Ramos", "Faria"],
    "es": ["Ortega", "Navarro", "Gil", "Molina", "Castro", "Rubio"],
}
AGENTS = ["Nadja", "Yves", "Carla", "Ben", "Marta", "Olaf"]
PRODUCTS = [
    "Biotonne 120 l, Monat / Bac bio 120 l, mois",
    "Gartentonne 240 l, Monat / Bac jardin 240 l, mois",
    "Kompost 50 l / Compost 50 l",
]
WEEKDAY: dict[str, str] = {
    "de": "Mittwoch",
    "fr": "mercredi",
    "en": "on Wednesday",
    "it": "mercoledì",
    "pt": "na quarta",
    "es": "el miércoles",
}
