# ruff: noqa: E501
"""Words for heldout237 (Cambiora: holiday-let changeover cleaning). Written from the stories.

Every table has every language: de, it (most variants), en, fr, pt, es.
Placeholders: name, first, case, comp, desc, topic, amt, time, code, colleague, day, job.
"""

from __future__ import annotations

Table = dict[str, list[str]]

LANGS = ("de", "it", "en", "fr", "pt", "es")

PRAISE: Table = {
    "de": [
        "Unsere Ferienwohnung war nach dem Gästewechsel blitzblank, sogar die Handtücher wie im Hotel gefaltet. Danke Cambiora!",
        "Reinigung in zwei Stunden zwischen zwei Gästen geschafft, die neuen Gäste schreiben: sauberer als bei uns daheim. Top, Cambiora",
        "Bettwäsche frisch, Schlüsselbox neu gesetzt, Fotos in der App. So entspannt war Vermieten noch nie 👍",
    ],
    "it": [
        "Cambio ospiti fatto alla perfezione, l'appartamento profumava di pulito. Grazie Cambiora!",
        "Gli ospiti mi hanno scritto che la casa era impeccabile. Merito della squadra Cambiora 👏",
        "Lenzuola fresche, cucina lucidata e foto in app prima delle 14. Servizio top",
    ],
    "en": [
        "Turnover done in under two hours and the guests left a 5-star review about how clean it was. Cheers Cambiora",
        "Cambiora's cleaner even spotted the dripping tap and messaged me about it. Brilliant",
    ],
    "fr": ["Ménage entre deux locataires nickel, le linge sentait bon. Merci Cambiora !"],
    "pt": ["Limpeza entre hóspedes impecável, roupa de cama fresquinha. Obrigada Cambiora!"],
    "es": ["Cambio de huéspedes perfecto, el piso olía a limpio. ¡Gracias Cambiora!"],
}

AGAIN: Table = {
    "de": [
        "Schon wieder dieselbe Reinigungskraft, und schon wieder alles perfekt. Bitte nie austauschen 😄",
        "Dritte Saison mit Cambiora und immer noch hat kein Gast ein Haar im Bad gefunden.",
    ],
    "it": [
        "Terza volta questo mese che la stessa ragazza pulisce casa mia: sempre perfetto.",
        "Ancora una volta tutto pronto prima del check-in, non mi stanco di dirlo",
    ],
    "en": ["Third turnover this week and still spotless every time. No idea how they do it"],
    "fr": ["Encore une fois parfait, troisième ménage ce mois-ci et toujours rien à redire."],
    "pt": ["Outra vez tudo perfeito, terceira limpeza este mês e sempre impecável."],
    "es": ["Otra vez perfecto, tercera limpieza este mes y siempre impecable."],
}

GRIPE: Table = {
    "de": [
        "Sehr gute Reinigung, nur die Fotos kommen in der App immer erst abends an. Sonst alles bestens",
        "Alles sauber und pünktlich, nur die Kaffeekapseln wurden nicht nachgefüllt. Kleinigkeit, gerne wieder",
    ],
    "it": [
        "Pulizia ottima, solo che il promemoria arriva alle 6 di mattina. Per il resto bravissimi",
        "Tutto perfetto, peccato che gli asciugamani piccoli fossero un po' ruvidi. Comunque consigliato",
    ],
    "en": [
        "Great clean as always, only the linen bag got left in the hallway. Minor thing, still recommend"
    ],
    "fr": ["Très bon ménage, seul bémol : les photos arrivent tard dans l'appli. Sinon top"],
    "pt": ["Limpeza ótima, só o aviso chega às 6 da manhã. De resto, recomendo"],
    "es": ["Limpieza genial, solo que el aviso llega a las 6 de la mañana. Por lo demás, de diez"],
}

QUESTION: Table = {
    "de": [
        "Hallo, kann ich für nächsten Samstag noch eine Fensterreinigung dazubuchen?",
        "Kurze Frage: bringt die Reinigungskraft auch Bettwäsche fürs Kinderbett mit?",
        "Wie weit vorher muss ich den Gästewechsel buchen, wenn die Gäste um 11 abreisen?",
    ],
    "it": [
        "Ciao, posso aggiungere il cambio biancheria per il divano letto?",
        "Una domanda: se gli ospiti partono alle 12 fate in tempo per il check-in delle 15?",
        "Come faccio a cambiare il codice della cassetta chiavi dall'app?",
    ],
    "en": [
        "Hi, can I add an oven deep clean to Friday's turnover?",
        "Quick one: do your cleaners restock loo roll or should I leave some out?",
    ],
    "fr": ["Bonjour, est-ce que je peux ajouter un lit bébé au linge de samedi ?"],
    "pt": ["Olá, posso acrescentar a limpeza da varanda na troca de sábado?"],
    "es": ["Hola, ¿puedo añadir la limpieza del balcón al cambio del sábado?"],
}

ANSWER: Table = {
    "de": [
        "Gerne, das ist jetzt in Ihrer Buchung eingetragen. Sie sehen es in der App unter Termine.",
        "Ja, das geht. Ich habe es hinterlegt, die Reinigungskraft weiß Bescheid.",
    ],
    "it": [
        "Certo, l'ho aggiunto alla prenotazione: lo trova in app sotto Appuntamenti.",
        "Sì, nessun problema: ho avvisato la squadra.",
    ],
    "en": ["Yes, that's added to your booking now, you'll see it under Visits in the app."],
    "fr": ["Oui, c'est ajouté à votre réservation, visible dans l'appli sous Passages."],
    "pt": ["Sim, já está na sua reserva, pode ver na app em Visitas."],
    "es": ["Sí, ya está en su reserva, lo verá en la app en Visitas."],
}

THANKS: Table = {
    "de": ["super, danke dir!", "Top, merci 👍", "passt, danke"],
    "it": ["grazie mille!!", "perfetto, grazie 🙏", "ok top grz"],
    "en": ["cheers, legend", "ta, sorted"],
    "fr": ["merci, au top"],
    "pt": ["valeu, obg!"],
    "es": ["genial, gracias!!"],
}

CALL_Q: Table = {
    "de": [
        "ja hallo ich wollte fragen ob die Reinigung am Samstag auch den Balkon macht ich hab da Gäste mit Kindern",
        "guten Tag ich hab eine zweite Wohnung gekauft und wollte wissen wie ich die in der App dazunehme",
    ],
    "it": [
        "buongiorno volevo sapere se il cambio di domenica include anche il lavaggio delle tende",
        "sì salve ho un ospite che arriva alle due posso anticipare la pulizia",
    ],
    "en": [
        "hi there just wondering if the cleaner can leave the spare key in the lockbox instead of the letterbox"
    ],
    "fr": ["oui bonjour je voulais savoir si vous faites aussi le repassage des draps"],
    "pt": ["olá bom dia queria saber se posso marcar duas limpezas no mesmo dia"],
    "es": ["hola buenas quería saber si podéis hacer dos limpiezas el mismo día"],
}

CALL_FOLLOW: Table = {
    "de": [
        "Guten Tag {first}, wie eben am Telefon besprochen: das ist erledigt und in Ihrer Buchung vermerkt. Viele Grüße, Ihr Cambiora-Team"
    ],
    "it": [
        "Buongiorno {first}, come detto al telefono: fatto, lo trova nella prenotazione. Cordiali saluti, il team Cambiora"
    ],
    "en": [
        "Hello {first}, as discussed on the phone: that's done and noted on your booking. Best, the Cambiora team"
    ],
    "fr": [
        "Bonjour {first}, comme convenu au téléphone : c'est fait et noté sur votre réservation. L'équipe Cambiora"
    ],
    "pt": [
        "Olá {first}, como combinado ao telefone: está feito e anotado na reserva. Equipa Cambiora"
    ],
    "es": [
        "Hola {first}, como hablamos por teléfono: ya está hecho y anotado en su reserva. El equipo de Cambiora"
    ],
}

NIGHT_POST: Table = {
    "de": [
        "Nachtschicht im Krankenhaus, zwischendurch den Gästewechsel für Sonntag gebucht. Läuft einfach mit Cambiora",
        "kann nicht schlafen, schau mir die Vorher-Nachher-Fotos von heute an 😅 Cambiora hat geliefert",
    ],
    "it": [
        "Le 2 di notte e ho appena prenotato la pulizia per domani in 30 secondi. Cambiora salvavita",
        "Turno di notte finito, apro l'app e vedo le foto della casa pronta. Che sollievo, Cambiora",
    ],
    "en": ["2am, last-minute guests for tomorrow and the turnover's booked already. Love Cambiora"],
    "fr": ["3h du mat, réservation de dernière minute, ménage calé dans l'appli. Merci Cambiora"],
    "pt": ["3 da manhã, reserva de última hora e a limpeza já está marcada. Obrigado Cambiora"],
    "es": [
        "Las 3 de la mañana, reserva de última hora y la limpieza ya está pedida. Gracias Cambiora"
    ],
}

NIGHT_CHAT: Table = {
    "de": [
        "Hallo, ist noch jemand da? Kann ich die Reinigung morgen von 11 auf 12 Uhr schieben?",
        "Gilt der Plus-Preis auch für Buchungen, die ich heute Nacht mache?",
    ],
    "it": [
        "Ciao, c'è qualcuno a quest'ora? Posso spostare la pulizia di domani alle 12?",
        "La tariffa Plus vale anche per le prenotazioni fatte di notte?",
    ],
    "en": ["Anyone about? Can I move tomorrow's clean from 11 to 12?"],
    "fr": ["Bonsoir, je peux décaler le ménage de demain de 11h à 12h ?"],
    "pt": ["Boa noite, posso mudar a limpeza de amanhã das 11 para as 12?"],
    "es": ["Buenas noches, ¿puedo cambiar la limpieza de mañana de las 11 a las 12?"],
}

REVIEW: Table = {
    "de": [
        "Zuverlässig, gründlich, freundlich. Die Gäste merken den Unterschied.",
        "Seit einem Jahr dabei, keine einzige Beschwerde von Gästen.",
    ],
    "it": [
        "Affidabili e precisi, gli ospiti se ne accorgono.",
        "Servizio serio, prezzi onesti per la qualità.",
    ],
    "en": ["Reliable and thorough, guests notice the difference."],
    "fr": ["Fiables et soigneux, les voyageurs le remarquent."],
    "pt": ["Fiáveis e cuidadosos, os hóspedes notam a diferença."],
    "es": ["Fiables y cuidadosos, los huéspedes lo notan."],
}

SURVEY_HAPPY: Table = {
    "de": ["super", "alles top", "", "👍"],
    "it": ["ottimo", "bravi", "", "😊"],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "pt": ["ótimo", ""],
    "es": ["genial", ""],
}

SURVEY_LOW: Table = {
    "de": ["enttäuscht", "", "so nicht"],
    "it": ["deluso", "", "pessimo"],
    "en": ["poor", ""],
    "fr": ["décevant", ""],
    "pt": ["fraco", ""],
    "es": ["flojo", ""],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

DESC: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "die Reinigung am Samstag ist nie gekommen, in der App steht um {time} erledigt, und meine Gäste standen in einer Wohnung mit benutzten Handtüchern und vollem Mülleimer",
        "double_charge": "die Plus-Mitgliedschaft wurde diesen Monat ZWEIMAL abgebucht, zweimal {amt}",
        "damage": "die Reinigungskraft hat den Sofabezug mit Bleichmittel behandelt, jetzt sind überall weiße Flecken drauf",
        "refund": "die Erstattung für den stornierten Gästewechsel ist nach drei Wochen immer noch nicht da",
        "wrong_price": "ich bin Plus-Mitglied und trotzdem wurde mir der normale Preis berechnet",
        "cancel_fee": "ich habe fünf Tage vorher storniert und trotzdem eine Stornogebühr bezahlt",
    },
    "it": {
        "no_show": "la pulizia di sabato non è mai arrivata, in app risulta completata alle {time} e gli ospiti hanno trovato asciugamani usati e la spazzatura piena",
        "double_charge": "l'abbonamento Plus mi è stato addebitato DUE volte questo mese, due volte {amt}",
        "damage": "l'addetta ha usato la candeggina sul copridivano e ora è pieno di macchie bianche",
        "refund": "il rimborso per il cambio annullato dopo tre settimane non è ancora arrivato",
        "wrong_price": "sono socia Plus e mi avete fatto pagare la tariffa normale",
        "cancel_fee": "ho disdetto cinque giorni prima e mi avete addebitato lo stesso la penale",
    },
    "en": {
        "no_show": "Saturday's clean never happened, the app says done at {time} and my guests walked into used towels and a full bin",
        "double_charge": "my Plus membership has been taken TWICE this month, {amt} twice",
        "damage": "your cleaner used bleach on the sofa cover and it's now covered in white blotches",
        "refund": "the refund for the cancelled turnover still hasn't arrived after three weeks",
        "wrong_price": "I'm a Plus member and I've been charged the standard rate",
        "cancel_fee": "I cancelled five days ahead and still got charged a cancellation fee",
    },
    "fr": {
        "no_show": "le ménage de samedi n'a jamais eu lieu, l'appli indique terminé à {time} et mes voyageurs ont trouvé des serviettes sales et la poubelle pleine",
        "double_charge": "l'abonnement Plus a été prélevé DEUX fois ce mois-ci, deux fois {amt}",
        "damage": "votre agent a mis de l'eau de Javel sur la housse du canapé, elle est couverte de taches blanches",
        "refund": "le remboursement du ménage annulé n'est toujours pas arrivé après trois semaines",
        "wrong_price": "je suis membre Plus et on m'a facturé le tarif normal",
        "cancel_fee": "j'ai annulé cinq jours avant et on m'a quand même facturé des frais d'annulation",
    },
    "pt": {
        "no_show": "a limpeza de sábado nunca apareceu, a app diz concluída às {time} e os hóspedes encontraram toalhas usadas e o lixo cheio",
        "double_charge": "a assinatura Plus foi cobrada DUAS vezes este mês, duas vezes {amt}",
        "damage": "a funcionária usou lixívia na capa do sofá e agora está cheia de manchas brancas",
        "refund": "o reembolso da limpeza cancelada ainda não chegou passadas três semanas",
        "wrong_price": "sou sócia Plus e cobraram-me a tarifa normal",
        "cancel_fee": "cancelei com cinco dias de antecedência e mesmo assim cobraram a taxa de cancelamento",
    },
    "es": {
        "no_show": "la limpieza del sábado nunca llegó, la app dice completada a las {time} y los huéspedes se encontraron toallas usadas y la basura llena",
        "double_charge": "me habéis cobrado el Plus DOS veces este mes, dos veces {amt}",
        "damage": "la limpiadora echó lejía en la funda del sofá y ahora está llena de manchas blancas",
        "refund": "el reembolso de la limpieza cancelada sigue sin llegar después de tres semanas",
        "wrong_price": "soy socia Plus y me habéis cobrado la tarifa normal",
        "cancel_fee": "cancelé con cinco días de antelación y aun así me cobrasteis la penalización",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Reinigung nicht erschienen",
        "double_charge": "doppelte Abbuchung",
        "damage": "Sofa beschädigt",
        "refund": "Erstattung fehlt",
        "wrong_price": "falscher Preis",
        "cancel_fee": "Stornogebühr",
    },
    "it": {
        "no_show": "pulizia mai arrivata",
        "double_charge": "doppio addebito",
        "damage": "divano rovinato",
        "refund": "rimborso mancante",
        "wrong_price": "tariffa sbagliata",
        "cancel_fee": "penale ingiusta",
    },
    "en": {
        "no_show": "clean never happened",
        "double_charge": "charged twice",
        "damage": "sofa damaged",
        "refund": "missing refund",
        "wrong_price": "wrong rate",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "no_show": "ménage jamais fait",
        "double_charge": "double prélèvement",
        "damage": "canapé abîmé",
        "refund": "remboursement manquant",
        "wrong_price": "mauvais tarif",
        "cancel_fee": "frais d'annulation",
    },
    "pt": {
        "no_show": "limpeza não feita",
        "double_charge": "cobrança dupla",
        "damage": "sofá estragado",
        "refund": "reembolso em falta",
        "wrong_price": "tarifa errada",
        "cancel_fee": "taxa de cancelamento",
    },
    "es": {
        "no_show": "limpieza no realizada",
        "double_charge": "cobro doble",
        "damage": "sofá estropeado",
        "refund": "reembolso pendiente",
        "wrong_price": "tarifa errónea",
        "cancel_fee": "penalización",
    },
}

AMT = {
    "de": "19,90 €",
    "it": "19,90 €",
    "en": "£17",
    "fr": "19,90 €",
    "pt": "19,90 €",
    "es": "19,90 €",
}

SUBJ_COMPLAINT = {
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}
SUBJ_RE = {
    "de": "AW: Vorgang {case}",
    "it": "R: Pratica {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "pt": "RE: Processo {case}",
    "es": "RE: Incidencia {case}",
}
SUBJ_CASE = {
    "de": "Vorgang {case}",
    "it": "Pratica {case}",
    "en": "Your case {case}",
    "fr": "Dossier {case}",
    "pt": "Processo {case}",
    "es": "Incidencia {case}",
}
SUBJ_QUESTION = {
    "de": "Ihre Anfrage",
    "it": "La sua richiesta",
    "en": "Your question",
    "fr": "Votre demande",
    "pt": "O seu pedido",
    "es": "Su consulta",
}
SUBJ_CANCEL = {
    "de": "Kündigung",
    "it": "Disdetta",
    "en": "Cancellation",
    "fr": "Résiliation",
    "pt": "Cancelamento",
    "es": "Baja",
}
SUBJ_SPIKE = {
    "de": "Alles storniert??",
    "it": "Tutto annullato??",
    "en": "Everything cancelled??",
    "fr": "Tout annulé ??",
    "pt": "Tudo cancelado??",
    "es": "¿Todo cancelado??",
}

EMAIL: Table = {
    "de": [
        "Guten Tag, {desc}. Ich erwarte eine Lösung bis morgen. {name}",
        "Hallo, ehrlich gesagt bin ich sauer: {desc}. Bitte melden Sie sich. Gruß {name}",
    ],
    "it": [
        "Buongiorno, {desc}. Aspetto una soluzione entro domani. {name}",
        "Salve, sono davvero arrabbiata: {desc}. Fatemi sapere. {name}",
    ],
    "en": ["Hello, {desc}. I expect this sorted by tomorrow. {name}"],
    "fr": ["Bonjour, {desc}. J'attends une solution d'ici demain. {name}"],
    "pt": ["Bom dia, {desc}. Espero uma solução até amanhã. {name}"],
    "es": ["Buenos días, {desc}. Espero una solución para mañana. {name}"],
}
CHAT_COMPLAINT: Table = {
    "de": ["Hallo, {desc}. Das geht GAR NICHT.", "{desc}!! Was ist da bei euch los?"],
    "it": ["Buongiorno, {desc}. Così NON va.", "{desc}!! Ma cosa succede?"],
    "en": ["Hi, {desc}. NOT good enough."],
    "fr": ["Bonjour, {desc}. C'est INADMISSIBLE."],
    "pt": ["Olá, {desc}. Isto NÃO pode ser."],
    "es": ["Hola, {desc}. Esto NO puede ser."],
}
SOCIAL_COMPLAINT: Table = {
    "de": ["@Cambiora {desc}. Echt jetzt?? 😡", "{desc}. Danke für nichts, @Cambiora"],
    "it": ["@Cambiora {desc}. Sul serio?? 😡", "{desc}. Grazie di niente @Cambiora"],
    "en": ["@Cambiora {desc}. Seriously?? 😡"],
    "fr": ["@Cambiora {desc}. Sérieusement ?? 😡"],
    "pt": ["@Cambiora {desc}. A sério?? 😡"],
    "es": ["@Cambiora {desc}. ¿En serio?? 😡"],
}
WEB_COMPLAINT: Table = {
    "de": ["{desc}. Bitte um Rückmeldung.", "Reklamation: {desc}. Ich will mein Geld zurück."],
    "it": ["{desc}. Attendo risposta.", "Reclamo: {desc}. Voglio indietro i miei soldi."],
    "en": ["{desc}. Please get back to me."],
    "fr": ["{desc}. Merci de me répondre."],
    "pt": ["{desc}. Aguardo resposta."],
    "es": ["{desc}. Espero respuesta."],
}
CALL_COMPLAINT: Table = {
    "de": [
        "ja hallo hier ist {name} {desc} das muss bis morgen geklärt sein",
        "hallo {name} am Apparat also {desc} ich bin echt sauer",
    ],
    "it": [
        "pronto buongiorno sono {name} {desc} vorrei una soluzione entro domani",
        "sì salve sono {name} allora {desc} sono davvero arrabbiata",
    ],
    "en": ["hi yeah it's {name} {desc} i want it sorted by tomorrow"],
    "fr": ["oui bonjour c'est {name} {desc} je veux une solution d'ici demain"],
    "pt": ["estou sim bom dia é {name} {desc} quero isto resolvido até amanhã"],
    "es": ["hola buenas soy {name} {desc} quiero una solución para mañana"],
}

LONG_EMAIL: Table = {
    "de": [
        "Sehr geehrtes Cambiora-Team,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, mein Jüngster hat seit drei Tagen Fieber, und eigentlich habe ich für so etwas gerade überhaupt keine Zeit. Wir vermieten seit zwei Jahren die kleine Wohnung unter dem Dach, die früher meiner Mutter gehörte, und Sie machen dort die Gästewechsel. Bisher lief das reibungslos. Diese Woche aber: {desc}. Ich musste mich bei den Gästen entschuldigen und habe ihnen 40 Euro erstattet. Ich bitte Sie, das zu prüfen und mir bis Freitag zu antworten.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\nich sitze gerade im Zug zur Messe und nutze die Zeit, um Ihnen zu schreiben, was mich seit gestern ärgert. Die Ferienwohnung am See ist unser kleines Zusatzeinkommen, seit mein Mann in Teilzeit arbeitet, und wir verlassen uns auf Sie. Kurz gesagt: {desc}. Die Bewertung der Gäste kommt sicher noch. Ich erwarte eine Erklärung und eine Gutschrift.\n\nViele Grüße\n{name}",
    ],
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del fisioterapista, dopo una settimana in cui ho dovuto occuparmi di mio padre appena operato all'anca. Affittiamo il bilocale di mia nonna da due stagioni e voi fate i cambi ospiti. Finora nessun problema. Questa settimana però {desc}. Ho dovuto scusarmi con gli ospiti e rimborsare una notte. Vi chiedo di verificare e di rispondermi entro venerdì.\n\nCordiali saluti\n{name}",
        "Buonasera,\n\nsono in macchina fuori dalla palestra di mia figlia e ne approfitto per scrivervi. L'appartamento al mare è il nostro piccolo secondo reddito e contiamo su di voi. In breve: {desc}. La recensione degli ospiti arriverà di sicuro. Mi aspetto una spiegazione e un rimborso.\n\nSaluti\n{name}",
    ],
    "en": [
        "Dear Cambiora team,\n\nI'm writing this on my lunch break at the garden centre with a sandwich in one hand, so forgive the typos. We let my late aunt's flat by the harbour and you've done the changeovers since spring. No problems until now. This week, though, {desc}. I had to apologise to the guests and refund a night. Please look into it and reply by Friday.\n\nKind regards,\n{name}"
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du garage, ma voiture est encore en panne. Nous louons le studio de ma grand-mère depuis deux saisons et vous assurez les ménages. Jusqu'ici aucun souci. Cette semaine pourtant, {desc}. J'ai dû m'excuser auprès des voyageurs et rembourser une nuit. Merci de vérifier et de me répondre avant vendredi.\n\nCordialement,\n{name}"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo-vos do carro, à porta do treino de futebol do meu filho. Alugamos o T1 da minha avó há duas épocas e são vocês que fazem as limpezas. Até agora nenhum problema. Esta semana, porém, {desc}. Tive de pedir desculpa aos hóspedes e devolver uma noite. Peço que verifiquem e me respondam até sexta.\n\nCumprimentos,\n{name}"
    ],
    "es": [
        "Buenas tardes:\n\nles escribo desde la sala de espera del dentista, después de una semana de locos con la mudanza de mi suegra. Alquilamos el piso de mi abuela desde hace dos temporadas y ustedes hacen los cambios. Hasta ahora ningún problema. Esta semana, sin embargo, {desc}. Tuve que disculparme con los huéspedes y devolver una noche. Les pido que lo revisen y me respondan antes del viernes.\n\nUn saludo,\n{name}"
    ],
}

CASE_OPENED: Table = {
    "de": [
        "Guten Tag {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns, sobald wir mehr wissen. Ihr Cambiora-Team"
    ],
    "it": [
        "Gentile {first}, ci dispiace. Abbiamo aperto la pratica {case} e la ricontatteremo appena possibile. Il team Cambiora"
    ],
    "en": [
        "Hi {first}, sorry about this. We've opened case {case} and will be back in touch soon. The Cambiora team"
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Le dossier {case} est ouvert, nous revenons vers vous rapidement. L'équipe Cambiora"
    ],
    "pt": [
        "Olá {first}, lamentamos. Abrimos o processo {case} e voltamos a contactar em breve. Equipa Cambiora"
    ],
    "es": [
        "Hola {first}, lo sentimos. Hemos abierto la incidencia {case} y le contestamos en breve. El equipo de Cambiora"
    ],
}
CHAT_CASE: Table = {
    "de": ["Das tut mir leid. Ich habe den Vorgang {case} angelegt, wir melden uns heute noch."],
    "it": ["Mi dispiace. Ho aperto la pratica {case}, la ricontattiamo oggi stesso."],
    "en": ["Sorry about that. I've opened case {case}, we'll get back to you today."],
    "fr": ["Désolée. J'ai ouvert le dossier {case}, on revient vers vous aujourd'hui."],
    "pt": ["Lamento. Abri o processo {case}, voltamos a contactar hoje."],
    "es": ["Lo siento. He abierto la incidencia {case}, le respondemos hoy."],
}
GOOD_NEWS: Table = {
    "de": [
        "Gute Nachrichten zu {case}: das ist behoben und der Betrag gutgeschrieben. Können Sie uns kurz bestätigen, dass alles passt?"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: è risolto e l'importo accreditato. Ci può confermare che è tutto a posto?"
    ],
    "en": [
        "Good news on case {case}: it's fixed and the amount credited. Could you confirm all is well?"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé et le montant recrédité. Pouvez-vous nous confirmer que tout va bien ?"
    ],
    "pt": [
        "Boas notícias sobre o processo {case}: está resolvido e o valor creditado. Pode confirmar que está tudo bem?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está resuelto y el importe abonado. ¿Nos confirma que todo está bien?"
    ],
}
QUALITY_LEAD: Table = {
    "de": [
        "Guten Tag {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Gentile {first}, la pratica {case} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno."
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "pt": [
        "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que lhe telefona antes de sexta ao almoço."
    ],
    "es": [
        "Hola {first}, su incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía."
    ],
}
ADDED: Table = {
    "de": ["Ich habe das zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert."],
    "it": ["L'ho aggiunto alla pratica {case} e l'ho segnata come urgente."],
    "en": ["I've added this to case {case} and marked it urgent."],
    "fr": ["J'ai ajouté ceci au dossier {case} et l'ai marqué urgent."],
    "pt": ["Acrescentei isto ao processo {case} e marquei-o como urgente."],
    "es": ["Lo he añadido a la incidencia {case} y la he marcado como urgente."],
}
SORRY_GO: Table = {
    "de": [
        "Schade, dass Sie gehen, {first}. Plus und Ihr Konto können Sie jederzeit selbst in der App oder auf der Website kündigen."
    ],
    "it": [
        "Ci dispiace vederla andare, {first}. Può disdire il Plus e chiudere l'account da sola in app o sul sito."
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel Plus and close your account yourself in the app or on the website."
    ],
    "fr": [
        "Dommage de vous voir partir, {first}. Vous pouvez résilier Plus et fermer votre compte vous-même dans l'appli ou sur le site."
    ],
    "pt": [
        "Temos pena que saia, {first}. Pode cancelar o Plus e fechar a conta na app ou no site."
    ],
    "es": [
        "Sentimos que se vaya, {first}. Puede dar de baja el Plus y cerrar la cuenta usted mismo en la app o en la web."
    ],
}

REPEAT2: Table = {
    "de": [
        "Zu {case}: das ist IMMER NOCH offen. Nochmal: {desc}.",
        "Ich schreibe wegen {case}, seit Tagen keine Lösung, es ist weiterhin offen.",
    ],
    "it": [
        "Pratica {case}: è ANCORA aperta. Ripeto: {desc}.",
        "Vi scrivo per la pratica {case}, ancora nessuna soluzione, è sempre aperta.",
    ],
    "en": ["Case {case} is STILL open. Again: {desc}."],
    "fr": ["Dossier {case} : TOUJOURS pas réglé. Je répète : {desc}."],
    "pt": ["Processo {case}: AINDA em aberto. Repito: {desc}."],
    "es": ["Incidencia {case}: SIGUE abierta. Repito: {desc}."],
}
REPEAT3: Table = {
    "de": [
        "Drittes Mal wegen {case}, immer noch offen. Eine Bekannte lässt bei {comp} putzen, die regeln so etwas am selben Tag.",
        "Zum dritten Mal: {case} ist offen. Ich habe mir schon angeschaut, was {comp} verlangt.",
    ],
    "it": [
        "Terza volta per la pratica {case}, ancora aperta. Una mia amica usa {comp} e lì risolvono in giornata.",
        "Per la terza volta: {case} è aperta. Ho già guardato i prezzi di {comp}.",
    ],
    "en": [
        "Third time about {case}, still open. A friend uses {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour {case}, toujours ouvert. Une amie passe par {comp}, eux règlent ça le jour même."
    ],
    "pt": [
        "Terceira vez sobre o {case}, continua aberto. Uma amiga usa a {comp} e lá resolvem no mesmo dia."
    ],
    "es": [
        "Tercera vez por la {case}, sigue abierta. Una amiga usa {comp} y allí lo resuelven el mismo día."
    ],
}
REPEAT4: Table = {
    "de": ["ZUM VIERTEN MAL: {case} ist nicht gelöst. Ich will heute einen Anruf."],
    "it": ["È la QUARTA volta: la pratica {case} non è risolta. Voglio una chiamata oggi."],
    "en": ["FOURTH time: {case} is not sorted. I want a call today."],
    "fr": ["QUATRIÈME fois : {case} n'est pas réglé. Je veux un appel aujourd'hui."],
    "pt": ["QUARTA vez: o {case} não está resolvido. Quero uma chamada hoje."],
    "es": ["CUARTA vez: la {case} no está resuelta. Quiero una llamada hoy."],
}
CONFIRM: Table = {
    "de": [
        "Bestätigt, {case} ist erledigt, danke!",
        "Alles gut bei {case}, der Betrag ist da. Danke euch",
    ],
    "it": [
        "Confermo, la pratica {case} è risolta, grazie!",
        "Tutto ok per {case}, l'importo è arrivato. Grazie",
    ],
    "en": ["Confirmed, {case} is sorted, thanks!"],
    "fr": ["Je confirme, {case} est réglé, merci !"],
    "pt": ["Confirmo, o {case} está resolvido, obrigado!"],
    "es": ["Confirmo, la {case} está resuelta, ¡gracias!"],
}
APOLOGY: Table = {
    "de": [
        "Sorry wegen meines Tons gestern, war ein langer Tag. Danke fürs schnelle Kümmern.",
        "Entschuldigung für gestern, ich war einfach gestresst.",
    ],
    "it": [
        "Scusate per i toni di ieri, giornata pesante. Grazie per la rapidità.",
        "Chiedo scusa per ieri, ero nervosa.",
    ],
    "en": ["Sorry for my tone yesterday, long day. Thanks for sorting it so quickly."],
    "fr": ["Désolée pour mon ton hier, grosse journée. Merci d'avoir réagi vite."],
    "pt": ["Desculpem o tom de ontem, foi um dia longo. Obrigada pela rapidez."],
    "es": ["Perdón por el tono de ayer, fue un día largo. Gracias por la rapidez."],
}
SARCASM: Table = {
    "de": [
        "Toll, die Reinigung kam pünktlich... einen Tag nach den Gästen 👏",
        "Wie aufmerksam, den Staubsauger im Flur stehen zu lassen, damit die Gäste gleich selbst saugen können 😂",
    ],
    "it": [
        "Bellissimo, la pulizia è arrivata puntuale... il giorno dopo gli ospiti 👏",
        "Che pensiero gentile lasciare l'aspirapolvere in corridoio per gli ospiti 😂",
    ],
    "en": ["Love that the cleaner came bang on time... the day after the guests 👏"],
    "fr": ["Génial, le ménage est arrivé pile à l'heure... le lendemain des voyageurs 👏"],
    "pt": ["Que bom, a limpeza chegou mesmo a horas... no dia a seguir aos hóspedes 👏"],
    "es": ["Genial, la limpieza llegó puntual... al día siguiente de los huéspedes 👏"],
}

SLIDE: dict[str, tuple[str, ...]] = {
    "de": (
        "Reinigung heute eine Stunde zu spät, die Gäste mussten im Café warten.",
        "Handtücher grau und kratzig, waren die überhaupt gewaschen?",
        "Jetzt soll ich vor jeder Buchung selbst Fotos hochladen. Wofür zahle ich eigentlich?",
        "Zweimal in Folge fehlen Kaffee und Klopapier, die Gäste beschweren sich bei MIR.",
        "Jetzt 35 € Zusatzaufwand für eine Wohnung, die die Gäste ordentlich hinterlassen haben. Ich bin richtig sauer.",
        "Meine Nachbarin lässt bei {comp} putzen, den nächsten Wechsel habe ich dort gebucht.",
    ),
    "it": (
        "Pulizia un'ora in ritardo oggi, gli ospiti hanno aspettato al bar.",
        "Asciugamani grigi e ruvidi, ma li avete lavati?",
        "Adesso devo caricare io le foto prima di ogni cambio. E allora cosa pago?",
        "Due volte di fila mancano caffè e carta igienica, gli ospiti si lamentano con ME.",
        "Ora 35 € di extra pulizia per una casa lasciata in ordine dagli ospiti. Sono furiosa.",
        "La mia vicina usa {comp}, il prossimo cambio l'ho prenotato lì.",
    ),
    "en": (
        "Cleaner an hour late today, guests had to wait in the café.",
        "Towels grey and scratchy, were they even washed?",
        "Now I'm meant to upload my own photos before every booking. What am I paying for?",
        "Second time running there's no coffee or loo roll, and the guests complain to ME.",
        "Now a £30 extra-cleaning charge for a flat the guests left tidy. Properly fuming.",
        "My neighbour uses {comp}, I've booked the next changeover with them.",
    ),
    "fr": (
        "Ménage avec une heure de retard aujourd'hui, les voyageurs ont attendu au café.",
        "Serviettes grises et rêches, elles ont été lavées au moins ?",
        "Maintenant je dois envoyer mes propres photos avant chaque réservation. Je paie pour quoi ?",
        "Deux fois de suite sans café ni papier toilette, et c'est à MOI qu'on se plaint.",
        "Maintenant 35 € de supplément ménage pour un logement laissé propre. Je suis furieuse.",
        "Ma voisine passe par {comp}, j'ai réservé le prochain ménage chez eux.",
    ),
    "pt": (
        "Limpeza uma hora atrasada hoje, os hóspedes esperaram no café.",
        "Toalhas cinzentas e ásperas, foram sequer lavadas?",
        "Agora tenho de ser eu a enviar fotos antes de cada reserva. Pago para quê?",
        "Duas vezes seguidas sem café nem papel higiénico, e os hóspedes queixam-se a MIM.",
        "Agora 35 € de limpeza extra por uma casa que os hóspedes deixaram arrumada. Estou furiosa.",
        "A minha vizinha usa a {comp}, marquei lá a próxima troca.",
    ),
    "es": (
        "Limpieza con una hora de retraso hoy, los huéspedes esperaron en el bar.",
        "Toallas grises y ásperas, ¿las habéis lavado siquiera?",
        "Ahora tengo que subir yo las fotos antes de cada reserva. ¿Para qué pago?",
        "Dos veces seguidas sin café ni papel higiénico, y los huéspedes se quejan a MÍ.",
        "Ahora 35 € de limpieza extra por un piso que los huéspedes dejaron recogido. Estoy furiosa.",
        "Mi vecina usa {comp}, la próxima limpieza la he reservado con ellos.",
    ),
}

CHURN: Table = {
    "de": [
        "Hallo, wir verkaufen die Ferienwohnung und ziehen selbst ein. Bitte kündigen Sie meine Plus-Mitgliedschaft und schließen Sie mein Konto. Danke für die schöne Zeit. {name}",
        "Guten Tag, ich vermiete nicht mehr, die Wohnung bekommt meine Tochter. Bitte Plus kündigen und das Konto schließen. {name}",
    ],
    "it": [
        "Buongiorno, vendiamo l'appartamento. Vi chiedo di disdire l'abbonamento Plus e di chiudere il mio account. Grazie di tutto. {name}",
        "Salve, non affitto più, la casa va a mio figlio. Disdite il Plus e chiudete l'account per favore. {name}",
    ],
    "en": [
        "Hi, we're selling the flat. Please cancel my Plus membership and close my account. Thanks for everything. {name}"
    ],
    "fr": [
        "Bonjour, nous vendons l'appartement. Merci de résilier mon abonnement Plus et de fermer mon compte. Merci pour tout. {name}"
    ],
    "pt": [
        "Olá, vamos vender o apartamento. Peço que cancelem a assinatura Plus e fechem a minha conta. Obrigado por tudo. {name}"
    ],
    "es": [
        "Hola, vendemos el piso. Por favor, den de baja mi Plus y cierren mi cuenta. Gracias por todo. {name}"
    ],
}

GRUMBLE: Table = {
    "de": [
        "Die App loggt mich schon wieder aus. Jedes. Mal.",
        "Warum kommt die Erinnerung um 6 Uhr morgens?",
        "Foto-Upload hängt wieder bei 99 %.",
        "Die Rechnung als PDF nur per Link, der nach 7 Tagen abläuft. Nervig.",
    ],
    "it": [
        "L'app mi disconnette di nuovo. Ogni. Volta.",
        "Perché il promemoria arriva alle 6 del mattino?",
        "Il caricamento delle foto si blocca al 99 %.",
        "La fattura solo tramite link che scade dopo 7 giorni. Scomodo.",
    ],
    "en": ["App logged me out again. Every. Single. Time.", "Why does the reminder arrive at 6am?"],
    "fr": [
        "L'appli me déconnecte encore. À chaque fois.",
        "Pourquoi le rappel arrive à 6h du matin ?",
    ],
    "pt": [
        "A app volta a desligar-me a sessão. Sempre.",
        "Porque é que o aviso chega às 6 da manhã?",
    ],
    "es": [
        "La app me vuelve a cerrar la sesión. Siempre.",
        "¿Por qué llega el aviso a las 6 de la mañana?",
    ],
}

MILD: Table = {
    "de": [
        "Die Karte der Einsatzgebiete zeigt bei mir die falsche Stadt an, nur zur Info.",
        "Die Benachrichtigungen kommen auf Englisch, obwohl die App auf Deutsch steht.",
    ],
    "it": [
        "La mappa delle zone servite mi mostra la città sbagliata, solo per segnalarlo.",
        "Le notifiche arrivano in inglese anche se l'app è in italiano.",
    ],
    "en": ["The service-area map shows the wrong town for me, just so you know."],
    "fr": ["La carte des zones desservies affiche la mauvaise ville chez moi, pour info."],
    "pt": ["O mapa das zonas mostra a cidade errada, só para avisar."],
    "es": ["El mapa de zonas me muestra la ciudad equivocada, solo para avisar."],
}
MILD_ACK: Table = {
    "de": ["Danke für den Hinweis, {first}, wir haben das an unser Technikteam weitergegeben."],
    "it": ["Grazie della segnalazione, {first}, l'abbiamo passata ai tecnici."],
    "en": ["Thanks for letting us know, {first}, we've passed it to our tech team."],
    "fr": ["Merci pour le signalement, {first}, nous l'avons transmis à l'équipe technique."],
    "pt": ["Obrigado pelo aviso, {first}, já passámos à equipa técnica."],
    "es": ["Gracias por avisar, {first}, lo hemos pasado al equipo técnico."],
}

# -- business arm (Cambiora Pro) --------------------------------------------------------
B2B_Q: Table = {
    "de": [
        "Können wir für die Objekte in der Lindenstraße einen festen Reinigungstag einrichten?",
        "Wie exportiere ich die Einsätze des letzten Monats aus dem Portal?",
    ],
    "it": [
        "Possiamo fissare un giorno fisso per gli appartamenti di via Roma?",
        "Come esporto dal portale gli interventi del mese scorso?",
    ],
    "en": ["Can we set a fixed cleaning day for the Mill Lane units?"],
    "fr": ["Peut-on fixer un jour de ménage pour les logements de la rue Victor-Hugo ?"],
    "pt": ["Podemos fixar um dia de limpeza para os apartamentos da Rua Augusta?"],
    "es": ["¿Podemos fijar un día de limpieza para los pisos de la calle Mayor?"],
}
B2B_PRAISE: Table = {
    "de": [
        "Seit dem Wechsel zu Cambiora Pro keine einzige Gästebeschwerde wegen Sauberkeit in unseren 30 Einheiten."
    ],
    "it": ["Con Cambiora Pro zero reclami sulla pulizia nei nostri 30 appartamenti."],
    "en": ["Since moving to Cambiora Pro, zero cleanliness complaints across our 30 units."],
    "fr": ["Depuis Cambiora Pro, plus aucune plainte sur la propreté dans nos 30 logements."],
    "pt": ["Desde a Cambiora Pro, nenhuma queixa de limpeza nos nossos 30 apartamentos."],
    "es": ["Desde que usamos Cambiora Pro, ninguna queja de limpieza en nuestros 30 pisos."],
}
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_DESC: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "die Rechnungen tragen noch unseren alten Firmennamen und keine Bestellnummer, die Buchhaltung weist sie zurück",
        "service_blocked": "Ihre Reinigungsteams verweigern die Gästewechsel mit dem Hinweis Konto gesperrt, obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keine geplanten Einsätze mehr, wir können nichts absagen und die Kosten laufen weiter",
        "overbilled": "uns wird pro Einsatz abgerechnet statt der vereinbarten Monatspauschale",
    },
    "it": {
        "invoice": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge",
        "service_blocked": "le vostre squadre rifiutano i cambi dicendo conto bloccato, anche se è tutto pagato",
        "portal": "il portale non mostra più gli interventi programmati, non possiamo annullare nulla e i costi corrono",
        "overbilled": "ci fatturate a intervento invece del forfait mensile concordato",
    },
    "en": {
        "invoice": "the invoices still carry our old company name and no PO number, so accounts reject them",
        "service_blocked": "your crews are refusing changeovers saying the account is on hold, though everything is paid",
        "portal": "the portal shows no scheduled visits any more, we can't cancel anything and the costs keep running",
        "overbilled": "we're billed per visit instead of the agreed monthly flat rate",
    },
    "fr": {
        "invoice": "les factures portent encore notre ancienne raison sociale et aucun numéro de commande, la compta les rejette",
        "service_blocked": "vos équipes refusent les ménages en disant que le compte est bloqué, alors que tout est payé",
        "portal": "le portail n'affiche plus aucun passage prévu, impossible d'annuler et les frais continuent",
        "overbilled": "vous nous facturez au passage au lieu du forfait mensuel convenu",
    },
    "pt": {
        "invoice": "as faturas ainda têm o nosso antigo nome e nenhum número de encomenda, a contabilidade rejeita-as",
        "service_blocked": "as vossas equipas recusam as limpezas dizendo que a conta está bloqueada, mas está tudo pago",
        "portal": "o portal já não mostra as visitas marcadas, não conseguimos cancelar nada e os custos continuam",
        "overbilled": "estão a faturar por visita em vez da avença mensal combinada",
    },
    "es": {
        "invoice": "las facturas siguen con nuestra antigua razón social y sin número de pedido, contabilidad las rechaza",
        "service_blocked": "vuestros equipos rechazan las limpiezas diciendo que la cuenta está bloqueada, aunque está todo pagado",
        "portal": "el portal ya no muestra las visitas programadas, no podemos cancelar nada y los costes siguen corriendo",
        "overbilled": "nos facturáis por visita en lugar de la tarifa mensual pactada",
    },
}
B2B_FIRST: Table = {
    "de": [
        "Guten Tag, {desc}. Bitte um Klärung. {name}, {job}",
        "Sehr geehrte Damen und Herren, {desc}. Wir bitten um eine Lösung diese Woche. {name}, {job}",
    ],
    "it": [
        "Buongiorno, {desc}. Chiediamo un chiarimento. {name}, {job}",
        "Spettabile Cambiora, {desc}. Chiediamo una soluzione entro la settimana. {name}, {job}",
    ],
    "en": ["Hello, {desc}. Please sort this out. {name}, {job}"],
    "fr": ["Bonjour, {desc}. Merci de régulariser. {name}, {job}"],
    "pt": ["Bom dia, {desc}. Pedimos que resolvam. {name}, {job}"],
    "es": ["Buenos días, {desc}. Rogamos lo solucionen. {name}, {job}"],
}
B2B_LATER: Table = {
    "de": [
        "Guten Tag, wie {colleague} schon am {day} geschrieben hat (Vorgang {case}): {desc}. Das betrifft jetzt auch meine Objekte. {name}",
        "Hallo, auch bei mir, Vorgang {case}, seit {colleague}s Mail vom {day} unverändert: {desc}. {name}",
    ],
    "it": [
        "Buongiorno, come ha già scritto {colleague} {day} (pratica {case}): {desc}. Ora riguarda anche i miei immobili. {name}",
        "Salve, anche da me, pratica {case}, niente è cambiato dalla mail di {colleague} di {day}: {desc}. {name}",
    ],
    "en": [
        "Hello, as {colleague} wrote on {day} (case {case}): {desc}. It now affects my properties too. {name}"
    ],
    "fr": [
        "Bonjour, comme {colleague} l'a écrit {day} (dossier {case}) : {desc}. Cela touche aussi mes logements. {name}"
    ],
    "pt": [
        "Bom dia, como a {colleague} escreveu na {day} (processo {case}): {desc}. Agora afeta também os meus imóveis. {name}"
    ],
    "es": [
        "Buenos días, como ya escribió {colleague} el {day} (incidencia {case}): {desc}. Ahora afecta también a mis pisos. {name}"
    ],
}
B2B_LAST_MAIL: Table = {
    "de": [
        "Vorgang {case}: es ist NICHTS gelöst, mehrere Kollegen haben geschrieben. Unser Einkauf hat schon bei {comp} Preise angefragt. {name}"
    ],
    "it": [
        "Pratica {case}: NON è stato risolto nulla, hanno scritto diversi colleghi. Il nostro ufficio acquisti ha già chiesto i prezzi a {comp}. {name}"
    ],
    "en": [
        "Case {case}: NOTHING is fixed, several colleagues have written. Procurement has already asked {comp} for their rates. {name}"
    ],
    "fr": [
        "Dossier {case} : RIEN n'est réglé, plusieurs collègues ont écrit. Nos achats ont déjà demandé les tarifs de {comp}. {name}"
    ],
    "pt": [
        "Processo {case}: NADA está resolvido, vários colegas escreveram. As compras já pediram preços à {comp}. {name}"
    ],
    "es": [
        "Incidencia {case}: NO se ha arreglado NADA, han escrito varios compañeros. Compras ya ha pedido precios a {comp}. {name}"
    ],
}
B2B_LAST_CALL: Table = {
    "de": [
        "ja guten Tag {name} hier wegen Vorgang {case} es ist immer noch nichts gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno sono {name} per la pratica {case} non è ancora risolto niente hanno già scritto diversi colleghi il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "en": [
        "hi it's {name} about case {case} still nothing's fixed several of my colleagues have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour {name} pour le dossier {case} toujours rien de réglé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "pt": [
        "bom dia é {name} sobre o processo {case} continua tudo por resolver vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "hola buenas soy {name} por la incidencia {case} sigue sin resolverse nada han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_MILD: Table = {
    "de": [
        "Vorschlag: könnten die Einsätze nach Objekt-Kostenstelle exportierbar sein?",
        "Idee: auf dem Einsatzbericht das Datum der letzten Grundreinigung anzeigen.",
    ],
    "it": [
        "Suggerimento: si potrebbero esportare gli interventi per centro di costo?",
        "Idea: mostrare nel rapporto la data dell'ultima pulizia a fondo.",
    ],
    "en": ["Suggestion: could visits be exported by property cost code?"],
    "fr": ["Suggestion : pourrait-on exporter les passages par centre de coût ?"],
    "pt": ["Sugestão: seria possível exportar as visitas por centro de custo?"],
    "es": ["Sugerencia: ¿se podrían exportar las visitas por centro de coste?"],
}
WEEKDAY: dict[str, tuple[str, ...]] = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}

# -- the planted incident (topic_spike only) ---------------------------------------------
SPIKE_CODE = "KSY-583"
SPIKE_WITH_CODE: Table = {
    "de": [
        "Die App zeigt ALLE meine Gästewechsel von heute als storniert, Fehler {code}. Ich habe nichts storniert, die Gäste kommen um 15 Uhr!!",
        "Kalenderabgleich kaputt? Fehlermeldung {code} und die Reinigung für heute ist einfach weg",
    ],
    "it": [
        "L'app segna TUTTI i cambi di oggi come annullati, errore {code}. Io non ho annullato niente e gli ospiti arrivano alle 15!!",
        "Sincronizzazione del calendario rotta? Mi dà {code} e la pulizia di oggi è sparita",
    ],
    "en": [
        "App says all today's turnovers are cancelled, error {code}. I cancelled nothing and guests arrive at 3!!"
    ],
    "fr": [
        "L'appli affiche tous mes ménages d'aujourd'hui comme annulés, erreur {code}. Je n'ai rien annulé !"
    ],
    "pt": [
        "A app mostra todas as limpezas de hoje como canceladas, erro {code}. Não cancelei nada!"
    ],
    "es": [
        "La app marca todas las limpiezas de hoy como canceladas, error {code}. ¡Yo no he cancelado nada!"
    ],
}
SPIKE_NO_CODE: Table = {
    "de": [
        "Heute früh Push-Nachricht: Gästewechsel storniert. War ich nicht. Die Reinigungskraft ist nicht mehr zugeteilt, was ist da los?",
        "Mein Kalender ist leer, der Wechsel für heute Mittag einfach weg. Hilfe, die nächsten Gäste kommen heute!",
    ],
    "it": [
        "Stamattina notifica: cambio ospiti annullato. Non sono stato io. L'addetta non è più assegnata, che succede?",
        "Il calendario è vuoto, il cambio di oggi a mezzogiorno è sparito. Aiuto, i prossimi ospiti arrivano oggi!",
    ],
    "en": [
        "Got a push this morning saying my changeover was cancelled. Wasn't me. No cleaner assigned any more, what's going on?"
    ],
    "fr": [
        "Notification ce matin : ménage annulé. Ce n'est pas moi ! Plus personne d'assigné, que se passe-t-il ?"
    ],
    "pt": [
        "Recebi uma notificação a dizer que a limpeza foi cancelada. Não fui eu! Já não há ninguém atribuído, o que se passa?"
    ],
    "es": [
        "Me llega un aviso de que la limpieza está cancelada. ¡No he sido yo! Ya no hay nadie asignado, ¿qué pasa?"
    ],
}
SPIKE_AGAIN: Table = {
    "de": [
        "Immer noch {code}, auch am Laptop. Die Reinigung bleibt storniert und die Gäste kommen in ein paar Stunden.",
        "Ich hatte vorhin schon geschrieben: weiterhin alles storniert, neu buchen geht auch nicht.",
    ],
    "it": [
        "Ancora {code}, anche dal computer. Il cambio resta annullato e gli ospiti arrivano tra poche ore.",
        "Vi avevo già scritto prima: è ancora tutto annullato e non riesco nemmeno a riprenotare.",
    ],
    "en": ["Still {code}, on the laptop as well. Turnover still showing cancelled."],
    "fr": ["Toujours {code}, même sur l'ordinateur. Le ménage reste annulé."],
    "pt": ["Continua {code}, também no computador. A limpeza continua cancelada."],
    "es": ["Sigue {code}, también desde el ordenador. La limpieza sigue cancelada."],
}
SPIKE_ANSWER: Table = {
    "de": [
        "Ja, eine Störung beim Kalenderabgleich storniert gerade Gästewechsel. Unser Technikteam stellt sie wieder her, bitte nicht neu buchen."
    ],
    "it": [
        "Sì, un guasto alla sincronizzazione del calendario sta annullando i cambi. I tecnici li stanno ripristinando, per favore non riprenoti."
    ],
    "en": [
        "Yes, a calendar-sync fault is cancelling changeovers right now. Our engineers are restoring them, please don't rebook."
    ],
    "fr": [
        "Oui, une panne de synchronisation du calendrier annule des ménages en ce moment. Nos techniciens les rétablissent, ne réservez pas à nouveau."
    ],
    "pt": [
        "Sim, uma falha na sincronização do calendário está a cancelar limpezas. A equipa técnica está a repô-las, não volte a reservar."
    ],
    "es": [
        "Sí, un fallo de sincronización del calendario está cancelando limpiezas. Los técnicos las están restaurando, no vuelva a reservar."
    ],
}
SPIKE_FIXED: Table = {
    "de": [
        "Guten Tag {first}, Ihre Gästewechsel sind seit {time} Uhr wiederhergestellt und die Reinigungskraft ist bestätigt. Der heutige Einsatz geht auf uns, 15 € Gutschrift."
    ],
    "it": [
        "Gentile {first}, i suoi cambi sono ripristinati dalle {time} e l'addetta è confermata. L'intervento di oggi lo offriamo noi, 15 € di credito."
    ],
    "en": [
        "Hi {first}, your changeovers are restored since {time} and the cleaner is confirmed. Today's visit is on us, £13 credit added."
    ],
    "fr": [
        "Bonjour {first}, vos ménages sont rétablis depuis {time} et l'agent est confirmé. Le passage d'aujourd'hui est offert, 15 € de crédit."
    ],
    "pt": [
        "Olá {first}, as suas limpezas estão repostas desde as {time} e a funcionária confirmada. A visita de hoje é por nossa conta, 15 € de crédito."
    ],
    "es": [
        "Hola {first}, sus limpiezas están restauradas desde las {time} y la limpiadora confirmada. La visita de hoy corre de nuestra cuenta, 15 € de crédito."
    ],
}
LONE_Q: Table = {
    "de": [
        "Gestern Abend stand im Kalender kurz ein Gast doppelt, dann war es wieder normal. Findet die Reinigung morgen trotzdem statt?"
    ],
    "it": [
        "Ieri sera il calendario mostrava un ospite due volte, poi si è sistemato da solo. La pulizia di domani è confermata?"
    ],
    "en": [
        "Last night the calendar showed one guest twice, then it sorted itself. Is tomorrow's clean still on?"
    ],
    "fr": [
        "Hier soir le calendrier affichait un voyageur en double, puis c'est revenu. Le ménage de demain est bien maintenu ?"
    ],
    "pt": [
        "Ontem à noite o calendário mostrou um hóspede duas vezes e depois corrigiu-se. A limpeza de amanhã mantém-se?"
    ],
    "es": [
        "Anoche el calendario mostró un huésped dos veces y luego se arregló solo. ¿Sigue en pie la limpieza de mañana?"
    ],
}
LONE_A: Table = {
    "de": ["Ja, das war nur die Anzeige, Ihr Wechsel morgen ist bestätigt."],
    "it": ["Sì, era solo la visualizzazione: il cambio di domani è confermato."],
    "en": ["Yes, that was only the display, tomorrow's changeover is confirmed."],
    "fr": ["Oui, ce n'était que l'affichage, le ménage de demain est confirmé."],
    "pt": ["Sim, era só a visualização, a troca de amanhã está confirmada."],
    "es": ["Sí, era solo la pantalla, el cambio de mañana está confirmado."],
}
