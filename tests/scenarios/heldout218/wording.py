"""Wording of heldout218 (Nadelora: sewing-machine hire). Written from the stories, blind.

Placeholders: {case}, {comp}, {prod}, {name}, {first}, {day}, {amt}. Every table has all
six languages; German and French have two or three variants in most tables.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]

LANGS = ("de", "fr", "en", "it", "pt", "es")

PRODUCTS = [
    "Nähmaschine Classic 200 / Machine à coudre Classic 200",
    "Overlock 4-Faden / Surjeteuse 4 fils",
    "Stickmaschine E10 / Brodeuse E10",
    "Coverlock CL3 / Recouvreuse CL3",
    "Strickmaschine K6 / Machine à tricoter K6",
    "Quiltrahmen 2 m / Cadre à quilter 2 m",
]

PRAISE: T = {
    "de": [
        "Die Overlock von Nadelora läuft wie ein Traum, Vorhänge in einem Abend fertig!",
        "Endlich den Kinderkarneval genäht, Nähmaschine kam pünktlich und super eingefädelt. Danke Nadelora",
        "Stickmaschine gemietet, das Logo für den Fußballverein sieht klasse aus",
    ],
    "fr": [
        "La surjeteuse de Nadelora est top, ourlets nickel en une soirée",
        "Machine livrée à l'heure, canette déjà remplie, j'ai fini la robe de ma fille. Merci Nadelora !",
        "Brodeuse louée pour le mariage de ma sœur, les serviettes sont magnifiques",
    ],
    "en": [
        "Hired the overlocker from Nadelora for the weekend and finished three hoodies, brilliant"
    ],
    "it": ["La tagliacuci di Nadelora è perfetta, finito l'orlo delle tende in una sera"],
    "pt": ["Alugei a máquina de bordar da Nadelora e as toalhas do batizado ficaram lindas"],
    "es": ["La remalladora de Nadelora va de lujo, acabé los disfraces del cole en una tarde"],
}

PRAISE_AGAIN: T = {
    "de": [
        "Schon wieder eine Nadelora-Maschine, zum dritten Mal dieses Jahr und wieder alles perfekt",
        "Immer noch begeistert von der Coverlock, schon das dritte Projekt damit",
    ],
    "fr": [
        "Troisième location cette année et encore une fois impeccable",
        "Toujours aussi contente de Nadelora, encore une machine parfaite",
    ],
    "en": ["Third hire this year and again spot on, same friendly driver too"],
    "it": ["Terzo noleggio quest'anno e ancora tutto perfetto"],
    "pt": ["Terceira vez que alugo e outra vez tudo impecável"],
    "es": ["Tercera vez este año y otra vez todo perfecto, qué gusto"],
}

PRAISE_GRIPE: T = {
    "de": [
        "Sehr schöne Maschine, nur das Fußpedal-Kabel ist echt kurz. Sonst gerne wieder",
        "Alles top, nur die Anleitung gibt es nur als PDF",
    ],
    "fr": [
        "Très bonne machine, seul le câble de la pédale est un peu court. Sinon je recommande",
        "Tout bien, dommage que la notice soit seulement en PDF",
    ],
    "en": ["Lovely machine, only the bobbin case rattles a bit. Would hire again"],
    "it": ["Macchina ottima, solo il cavo del pedale è cortissimo. Per il resto tutto bene"],
    "pt": ["Máquina ótima, só o cabo do pedal é muito curto. De resto tudo bem"],
    "es": ["Máquina genial, solo que el cable del pedal es cortísimo. Por lo demás, repetiré"],
}

QUESTION: T = {
    "de": [
        "Hallo, kann ich die Mietzeit in der App um eine Woche verlängern?",
        "Welche Nadeln passen für Jersey bei der Classic 200?",
        "Ist bei der Stickmaschine ein Rahmen für Caps dabei?",
    ],
    "fr": [
        "Bonjour, je peux prolonger ma location d'une semaine dans l'appli ?",
        "Quelles aiguilles pour du jersey sur la Classic 200 ?",
        "La brodeuse est livrée avec un cadre pour casquettes ?",
    ],
    "en": ["Hi, can I extend my hire by a week in the app?"],
    "it": ["Ciao, posso prolungare il noleggio di una settimana dall'app?"],
    "pt": ["Olá, posso prolongar o aluguer por uma semana na app?"],
    "es": ["Hola, ¿puedo alargar el alquiler una semana desde la app?"],
}

ANSWER: T = {
    "de": [
        "Hallo! Ja, in der App unter Meine Mieten auf Verlängern tippen, der Preis wird sofort angezeigt. Viele Grüße, Nadelora-Team"
    ],
    "fr": [
        "Bonjour ! Oui, dans l'appli, Mes locations puis Prolonger, le prix s'affiche tout de suite. Bonne journée, l'équipe Nadelora"
    ],
    "en": [
        "Hi! Yes, in the app go to My hires and tap Extend, the price shows straight away. Best, the Nadelora team"
    ],
    "it": [
        "Ciao! Sì, nell'app vai su I miei noleggi e tocca Prolunga, il prezzo compare subito. Il team Nadelora"
    ],
    "pt": [
        "Olá! Sim, na app em Os meus alugueres toque em Prolongar, o preço aparece logo. Equipa Nadelora"
    ],
    "es": [
        "¡Hola! Sí, en la app entra en Mis alquileres y pulsa Alargar, el precio sale al momento. Equipo Nadelora"
    ],
}

THANKS: T = {
    "de": ["Danke, passt!", "merci dir, top", "Super, danke!!"],
    "fr": ["Merci beaucoup !", "top merci", "Parfait, merci bcp"],
    "en": ["cheers, ta!"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["obg, muito fixe"],
    "es": ["genial, mil gracias!!"],
}

CALL_QUESTION: T = {
    "de": [
        "ja hallo ich wollte fragen ob die Overlock auch Rollsaum kann weil ich Tischwäsche nähen will",
        "guten Tag ich hab eine Frage wann kommt der Fahrer ungefähr am Samstag",
    ],
    "fr": [
        "oui bonjour je voulais savoir si la surjeteuse fait aussi l'ourlet roulotté pour des serviettes",
        "bonjour je voulais savoir vers quelle heure passe le livreur samedi",
    ],
    "en": ["hi yeah just wondering what time the driver comes on saturday roughly"],
    "it": ["buongiorno volevo sapere a che ora passa il corriere sabato piu o meno"],
    "pt": ["bom dia queria saber a que horas passa o estafeta no sabado mais ou menos"],
    "es": ["hola buenas queria saber a que hora viene el repartidor el sabado mas o menos"],
}

CALL_FOLLOWUP: T = {
    "de": [
        "Wie am Telefon besprochen: Die Lieferung kommt zwischen 9 und 12 Uhr, Sie bekommen eine SMS 30 Minuten vorher. Viele Grüße, Nadelora"
    ],
    "fr": [
        "Comme convenu au téléphone : livraison entre 9 h et 12 h, un SMS vous prévient 30 minutes avant. Bien à vous, Nadelora"
    ],
    "en": [
        "As discussed on the phone: delivery is between 9 and 12, you get a text 30 minutes before. Best, Nadelora"
    ],
    "it": [
        "Come detto al telefono: consegna tra le 9 e le 12, riceve un SMS 30 minuti prima. Nadelora"
    ],
    "pt": [
        "Como falámos ao telefone: entrega entre as 9 e as 12, recebe um SMS 30 minutos antes. Nadelora"
    ],
    "es": [
        "Como hablamos por teléfono: entrega entre las 9 y las 12, le llega un SMS 30 minutos antes. Nadelora"
    ],
}

REVIEW: T = {
    "de": [
        "Fünf Sterne. Maschine sauber, gut geölt, Rückgabe per Abholung völlig unkompliziert",
        "Klare Empfehlung, Stickmaschine wie neu gewartet",
    ],
    "fr": [
        "Cinq étoiles. Machine propre, bien huilée, retour par enlèvement très simple",
        "Je recommande, brodeuse bien entretenue",
    ],
    "en": ["Five stars, clean machine, easy collection, great for a one-off project"],
    "it": ["Cinque stelle, macchina pulita e ritiro semplicissimo"],
    "pt": ["Cinco estrelas, máquina limpa e recolha muito fácil"],
    "es": ["Cinco estrellas, máquina limpia y la recogida facilísima"],
}

SURVEY_WORD: T = {
    "de": ["Top", "alles bestens", "👍", ""],
    "fr": ["Parfait", "très bien", "👌", ""],
    "en": ["great", "👍", ""],
    "it": ["ottimo", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}

NIGHT_POST: T = {
    "de": [
        "3 Uhr nachts und der letzte Saum am Ballkleid ist fertig, die Nadelora-Overlock hat mich gerettet",
        "Nachtschicht vorbei, jetzt noch schnell die Schürzen mit der geliehenen Maschine nähen, läuft",
    ],
    "fr": [
        "2h du mat et la robe de bal est enfin ourlée, merci la surjeteuse Nadelora",
        "Insomnie productive : trois coussins cousus avec la machine louée",
    ],
    "en": ["2am and the last costume is done, the hired overlocker is a legend"],
    "it": ["Sono le 2 e ho finito l'ultimo costume, la tagliacuci a noleggio è una salvezza"],
    "pt": ["São 2 da manhã e acabei o último fato, a máquina alugada salvou-me"],
    "es": ["Las 2 de la mañana y termino el último disfraz, la remalladora alquilada es lo más"],
}

NIGHT_QUESTION: T = {
    "de": [
        "Kurze Frage so spät: Kann ich die Maschine morgen früh auch ohne Originalkarton zurückgeben?",
        "Ab wann gilt der Wochenendtarif, ab Freitag 12 Uhr?",
    ],
    "fr": [
        "Petite question tardive : je peux rendre la machine demain sans le carton d'origine ?",
        "Le tarif week-end commence à quelle heure, vendredi midi ?",
    ],
    "en": ["Late one sorry: can I return the machine tomorrow without the original box?"],
    "it": ["Domanda a tarda ora: posso restituire la macchina domani senza la scatola originale?"],
    "pt": ["Pergunta tardia: posso devolver a máquina amanhã sem a caixa original?"],
    "es": ["Pregunta a deshoras: ¿puedo devolver la máquina mañana sin la caja original?"],
}

NIGHT_ANSWER: T = {
    "de": ["Guten Morgen! Ja, die Transporttasche reicht völlig. Viele Grüße, Nadelora"],
    "fr": ["Bonjour ! Oui, la housse de transport suffit. Bonne journée, Nadelora"],
    "en": ["Morning! Yes, the carry bag is fine. Best, Nadelora"],
    "it": ["Buongiorno! Sì, basta la borsa da trasporto. Nadelora"],
    "pt": ["Bom dia! Sim, a bolsa de transporte chega. Nadelora"],
    "es": ["¡Buenos días! Sí, con la funda de transporte vale. Nadelora"],
}

PROBLEM: dict[str, T] = {
    "no_show": {
        "de": [
            "Meine Overlock ist seit heute 8:10 als ZUGESTELLT markiert. Hier ist NICHTS angekommen und ich habe morgen die Anprobe",
            "Lieferung als zugestellt angezeigt, aber kein Paket, kein Fahrer, nichts. Was soll das?",
        ],
        "fr": [
            "Ma machine est marquée LIVRÉE depuis 8h10 ce matin. Je n'ai RIEN reçu et j'ai un essayage demain",
            "Livraison affichée comme faite mais aucun colis, aucun livreur. C'est quoi ce délire ?",
        ],
        "en": [
            "My overlocker says DELIVERED since 8:10 this morning. Nothing has arrived and I have a fitting tomorrow"
        ],
        "it": ["La macchina risulta CONSEGNATA dalle 8:10 ma qui non è arrivato NIENTE"],
        "pt": ["A máquina aparece como ENTREGUE desde as 8h10 e não chegou NADA"],
        "es": ["La máquina sale como ENTREGADA desde las 8:10 y aquí no ha llegado NADA"],
    },
    "double_charge": {
        "de": [
            "Die Kaution von 150 € wurde ZWEIMAL von meiner Karte abgebucht, jetzt ist das Konto im Minus",
            "Warum ist die Kaution doppelt blockiert? 300 € weg für eine Nähmaschine",
        ],
        "fr": [
            "La caution de 150 € a été prélevée DEUX fois, mon compte est à découvert",
            "Pourquoi la caution est bloquée deux fois ? 300 € pour une machine à coudre",
        ],
        "en": ["The £130 deposit was taken TWICE from my card and now my rent bounced"],
        "it": ["La cauzione di 150 € mi è stata addebitata DUE volte"],
        "pt": ["A caução de 150 € foi cobrada DUAS vezes no meu cartão"],
        "es": ["Me habéis cobrado la fianza de 150 € DOS veces y tengo la cuenta en negativo"],
    },
    "damage": {
        "de": [
            "Die Nähmaschine kam mit verbogener Stichplatte, die Nadel bricht bei jedem Saum. Zwei Nadeln kaputt und Stoff zerschnitten",
            "Maschine defekt geliefert: Greifer falsch eingestellt, Fadensalat ohne Ende",
        ],
        "fr": [
            "La machine est arrivée avec la plaque à aiguille tordue, l'aiguille casse à chaque ourlet et mon tissu est fichu",
            "Machine livrée en panne : le crochet est déréglé, des nœuds partout",
        ],
        "en": [
            "The machine came with a bent needle plate, the needle snaps on every seam and it chewed my fabric"
        ],
        "it": ["La macchina è arrivata con la placca storta, l'ago si spezza a ogni cucitura"],
        "pt": ["A máquina chegou com a chapa torta, a agulha parte em cada costura"],
        "es": ["La máquina llegó con la placa de aguja doblada, se rompe la aguja en cada costura"],
    },
    "refund": {
        "de": [
            "Ich habe die Stickmaschine vor DREI Wochen zurückgegeben und die Kaution ist immer noch nicht freigegeben",
            "Kaution seit drei Wochen blockiert, obwohl die Rückgabe bestätigt ist",
        ],
        "fr": [
            "J'ai rendu la brodeuse il y a TROIS semaines et la caution n'est toujours pas débloquée",
            "Caution toujours bloquée trois semaines après le retour confirmé",
        ],
        "en": [
            "Returned the embroidery machine THREE weeks ago and the deposit still isn't released"
        ],
        "it": ["Ho restituito la macchina da TRE settimane e la cauzione è ancora bloccata"],
        "pt": ["Devolvi a máquina há TRÊS semanas e a caução continua retida"],
        "es": ["Devolví la bordadora hace TRES semanas y la fianza sigue retenida"],
    },
    "wrong_price": {
        "de": [
            "Ich bin Plus-Mitglied und mir wurde der normale Tarif berechnet, 18 € mehr",
            "Warum zahle ich als Plus-Mitglied den Nichtmitgliederpreis?",
        ],
        "fr": [
            "Je suis membre Plus et on m'a facturé le tarif normal, 18 € de plus",
            "Pourquoi je paie le prix non-membre alors que j'ai Plus ?",
        ],
        "en": ["I'm a Plus member and got charged the non-member rate, £16 extra"],
        "it": ["Sono socia Plus e mi avete addebitato la tariffa normale"],
        "pt": ["Sou membro Plus e cobraram-me a tarifa normal"],
        "es": ["Soy socia Plus y me habéis cobrado la tarifa normal, 18 € más"],
    },
    "cancel_fee": {
        "de": [
            "Ich habe VIER Tage vorher storniert und trotzdem 25 € Stornogebühr bezahlt",
            "Stornogebühr obwohl ich fristgerecht abgesagt habe, das ist nicht okay",
        ],
        "fr": [
            "J'ai annulé QUATRE jours avant et on me prend quand même 25 € de frais",
            "Frais d'annulation alors que j'ai annulé dans les délais, inadmissible",
        ],
        "en": ["Cancelled FOUR days ahead and still got a £22 cancellation fee"],
        "it": ["Ho cancellato QUATTRO giorni prima e mi avete preso 25 € di penale"],
        "pt": ["Cancelei QUATRO dias antes e cobraram 25 € de taxa"],
        "es": ["Cancelé CUATRO días antes y aun así me cobráis 25 € de penalización"],
    },
}

LONG_EMAIL: T = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, weil ich sonst keine ruhige Minute finde. Meine Schwester heiratet in zwei Wochen und ich nähe die Kleider der Blumenmädchen. Dafür habe ich bei Ihnen eine Maschine gemietet.\n\n{problem}\n\nIch miete seit Jahren bei Ihnen und hatte nie Ärger, aber so geht das nicht. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis le parking de l'école de danse de ma fille, seul moment calme de ma journée. Je prépare les costumes du spectacle de fin d'année et j'ai loué une machine chez vous.\n\n{problem}\n\nJe suis cliente depuis longtemps et je n'ai jamais eu de souci, mais là ce n'est pas acceptable. Merci de me répondre rapidement.\n\nCordialement,\n{name}"
    ],
    "en": [
        "Dear Nadelora,\n\nI'm writing this on the train home from my night shift, so forgive the typos. I'm making the costumes for my son's school play and hired a machine from you for it.\n\n{problem}\n\nI've hired from you for years without a problem, but this isn't on. Please get back to me today.\n\nKind regards,\n{name}"
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa del dentista, unico momento libero. Sto cucendo i costumi per la recita di mia figlia e ho noleggiato una macchina da voi.\n\n{problem}\n\nSono cliente da anni e non ho mai avuto problemi, ma così non va. Attendo una risposta oggi.\n\nCordiali saluti,\n{name}"
    ],
    "pt": [
        "Caros senhores,\n\nescrevo da sala de espera do hospital onde está a minha mãe. Estou a coser as cortinas da casa nova e aluguei uma máquina convosco.\n\n{problem}\n\nSou cliente há anos e nunca tive problemas, mas assim não dá. Aguardo resposta hoje.\n\nCumprimentos,\n{name}"
    ],
    "es": [
        "Estimados señores:\n\nles escribo desde el puesto del mercado entre cliente y cliente. Estoy cosiendo los trajes de flamenca de mis sobrinas y alquilé una máquina con ustedes.\n\n{problem}\n\nSoy clienta desde hace años y nunca tuve problemas, pero esto no puede ser. Espero respuesta hoy.\n\nUn saludo,\n{name}"
    ],
}

SUBJ_COMPLAINT: T = {
    "de": ["Beschwerde: Miete {case}"],
    "fr": ["Réclamation : location {case}"],
    "en": ["Complaint: hire {case}"],
    "it": ["Reclamo: noleggio {case}"],
    "pt": ["Reclamação: aluguer {case}"],
    "es": ["Reclamación: alquiler {case}"],
}
SUBJ_REPLY: T = {
    "de": ["AW: Vorgang {case}"],
    "fr": ["RE : Demande {case}"],
    "en": ["Re: Your case {case}"],
    "it": ["R: Segnalazione {case}"],
    "pt": ["RE: Pedido {case}"],
    "es": ["RE: Incidencia {case}"],
}

CASE_OPENED: T = {
    "de": [
        "Guten Tag {first}, es tut uns leid. Wir haben Ihren Vorgang {case} eröffnet und melden uns bis morgen Mittag. Nadelora Kundenservice"
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Votre dossier {case} est ouvert, nous revenons vers vous d'ici demain midi. Service client Nadelora"
    ],
    "en": [
        "Hi {first}, we're sorry. We've opened case {case} and will be back to you by tomorrow lunchtime. Nadelora customer care"
    ],
    "it": [
        "Buongiorno {first}, ci dispiace. Abbiamo aperto la pratica {case} e la ricontattiamo entro domani a pranzo. Nadelora"
    ],
    "pt": [
        "Olá {first}, lamentamos. Abrimos o pedido {case} e respondemos até amanhã ao almoço. Nadelora"
    ],
    "es": [
        "Hola {first}, lo sentimos. Hemos abierto la incidencia {case} y le respondemos antes de mañana a mediodía. Nadelora"
    ],
}

ESCALATED: T = {
    "de": [
        "Guten Tag {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Nadelora"
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi. Nadelora"
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Nadelora"
    ],
    "it": [
        "Buongiorno {first}, la pratica {case} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì. Nadelora"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta. Nadelora"
    ],
    "es": [
        "Hola {first}, su incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. Nadelora"
    ],
}

GOOD_NEWS: T = {
    "de": [
        "Gute Nachrichten zu Vorgang {case}: Das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt? Nadelora"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous nous confirmer que tout est en ordre ? Nadelora"
    ],
    "en": [
        "Good news on case {case}: it's sorted. Could you confirm everything is fine on your side? Nadelora"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: è risolta. Ci conferma che è tutto a posto? Nadelora"
    ],
    "pt": [
        "Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar que está tudo bem? Nadelora"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos confirma que todo está bien? Nadelora"
    ],
}

CONFIRM: T = {
    "de": [
        "Bestätigt, {case} ist erledigt, danke euch!",
        "Passt jetzt alles bei {case}, vielen Dank",
    ],
    "fr": [
        "Confirmé, le dossier {case} est réglé, merci !",
        "Tout est bon pour {case}, merci beaucoup",
    ],
    "en": ["Confirmed, {case} is sorted, thanks!"],
    "it": ["Confermo, la pratica {case} è risolta, grazie!"],
    "pt": ["Confirmo, o pedido {case} está resolvido, obrigada!"],
    "es": ["Confirmado, la incidencia {case} está resuelta, ¡gracias!"],
}

APOLOGY: T = {
    "de": [
        "Sorry für meinen Ton gestern, war einfach ein furchtbarer Tag. Danke, dass ihr euch kümmert",
        "Entschuldigung wegen gestern, ich war gestresst",
    ],
    "fr": [
        "Désolée pour mon ton d'hier, journée horrible. Merci de vous en occuper",
        "Pardon pour hier, j'étais à bout",
    ],
    "en": ["Sorry for my tone yesterday, awful day. Thanks for sorting it"],
    "it": ["Scusate per i toni di ieri, giornata pessima. Grazie"],
    "pt": ["Desculpem o tom de ontem, foi um dia horrível. Obrigada"],
    "es": ["Perdón por el tono de ayer, fue un día horrible. Gracias por ocuparos"],
}

LOW_CSAT: T = {
    "de": ["schlecht", ""],
    "fr": ["nul", ""],
    "en": ["poor", ""],
    "it": ["pessimo"],
    "pt": ["mau"],
    "es": ["fatal"],
}

STILL_OPEN: T = {
    "de": [
        "Vorgang {case} ist IMMER NOCH offen. Es hat sich nichts getan",
        "Ich schreibe wieder wegen {case}, weiterhin keine Lösung",
    ],
    "fr": [
        "Le dossier {case} est TOUJOURS ouvert, rien n'a bougé",
        "Je relance pour {case}, toujours pas de solution",
    ],
    "en": ["Case {case} is STILL open, nothing has happened"],
    "it": ["La pratica {case} è ANCORA aperta, nessuna novità"],
    "pt": ["O pedido {case} continua AINDA aberto, nada mudou"],
    "es": ["La incidencia {case} sigue abierta, no se ha hecho NADA"],
}

THIRD: T = {
    "de": [
        "Dritter Kontakt wegen {case}. Eine Freundin mietet bei {comp}, da wird sowas am selben Tag geklärt"
    ],
    "fr": [
        "Troisième relance pour {case}. Une amie loue chez {comp} et chez eux c'est réglé le jour même"
    ],
    "en": ["Third time about {case}. I've looked at what {comp} charges, just saying"],
    "it": ["Terza volta per {case}. Un'amica noleggia da {comp} e lì lo risolvono in giornata"],
    "pt": ["Terceira vez por {case}. Uma amiga aluga na {comp} e lá resolvem no mesmo dia"],
    "es": ["Tercera vez por {case}. Una amiga alquila en {comp} y allí lo arreglan en el día"],
}

FOURTH: T = {
    "de": ["Zum VIERTEN Mal: {case}. Ich habe keine Lust mehr"],
    "fr": ["Pour la QUATRIÈME fois : {case}. J'en ai assez"],
    "en": ["FOURTH time now: {case}. I've had enough"],
    "it": ["Per la QUARTA volta: {case}. Basta"],
    "pt": ["Pela QUARTA vez: {case}. Chega"],
    "es": ["Por CUARTA vez: {case}. Ya está bien"],
}

URGENT: T = {
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert. Nadelora"],
    "fr": ["Ajouté à votre dossier {case} et marqué urgent. Nadelora"],
    "en": ["Added to your case {case} and marked urgent. Nadelora"],
    "it": ["Aggiunto alla pratica {case} e segnato urgente. Nadelora"],
    "pt": ["Adicionado ao pedido {case} e marcado como urgente. Nadelora"],
    "es": ["Añadido a su incidencia {case} y marcado como urgente. Nadelora"],
}

SLIDE: T = {
    "de": [
        "Lieferung drei Stunden zu spät und kein Anruf, schade",
        "Diesmal stumpfe Nadeln und keine Spulen dabei",
        "Jetzt soll ich bei der Rückgabe jedes Zubehörteil fotografieren?",
        "Kaution verdoppelt und eine Woche bis zur Freigabe, das wird immer schlechter",
        "35 € Reinigungsgebühr für eine Maschine, die ich sauberer zurückgegeben habe als sie kam. UNFASSBAR",
        "Meine Nachbarin mietet bei {comp}, ich habe die Overlock für Samstag dort gebucht",
    ],
    "fr": [
        "Livraison avec trois heures de retard sans appel, dommage",
        "Cette fois aiguilles émoussées et pas de canettes",
        "Maintenant il faut photographier chaque accessoire au retour ?",
        "Caution doublée et une semaine pour la débloquer, ça se dégrade",
        "35 € de frais de nettoyage pour une machine rendue plus propre qu'à l'arrivée. INCROYABLE",
        "Ma voisine loue chez {comp}, j'ai réservé la surjeteuse chez eux pour samedi",
    ],
    "en": [
        "Delivery three hours late and no call, shame",
        "Blunt needles this time and no bobbins",
        "Now I have to photograph every accessory on return?",
        "Deposit doubled and a week to release it, getting worse",
        "£30 cleaning fee for a machine I returned cleaner than it came. UNBELIEVABLE",
        "My neighbour hires from {comp}, booked the overlocker there for Saturday",
    ],
    "it": [
        "Consegna con tre ore di ritardo e nessuna chiamata",
        "Stavolta aghi spuntati e niente spoline",
        "Ora devo fotografare ogni accessorio alla restituzione?",
        "Cauzione raddoppiata e una settimana per sbloccarla, sempre peggio",
        "35 € di pulizia per una macchina resa più pulita di come è arrivata. ASSURDO",
        "La mia vicina noleggia da {comp}, ho prenotato lì per sabato",
    ],
    "pt": [
        "Entrega três horas atrasada e sem chamada",
        "Desta vez agulhas gastas e sem bobinas",
        "Agora tenho de fotografar cada acessório na devolução?",
        "Caução a dobrar e uma semana para libertar, cada vez pior",
        "35 € de limpeza por uma máquina devolvida mais limpa do que veio. INACREDITÁVEL",
        "A minha vizinha aluga na {comp}, reservei lá para sábado",
    ],
    "es": [
        "Entrega con tres horas de retraso y sin llamar, qué pena",
        "Esta vez agujas romas y sin canillas",
        "¿Ahora hay que fotografiar cada accesorio al devolver?",
        "Fianza doble y una semana para liberarla, cada vez peor",
        "35 € de limpieza por una máquina que devolví más limpia de como vino. INCREÍBLE",
        "Mi vecina alquila en {comp}, ya he reservado allí para el sábado",
    ],
}

CANCEL_ASK: T = {
    "de": [
        "Hallo, ich habe mir jetzt eine eigene Nähmaschine gekauft. Bitte kündigen Sie mein Nadelora Plus und schließen Sie mein Konto",
        "Wir ziehen in eine kleine Wohnung ohne Nähecke, bitte Plus kündigen und Konto schließen",
    ],
    "fr": [
        "Bonjour, j'ai acheté ma propre machine. Merci de résilier mon Nadelora Plus et de fermer mon compte",
        "On déménage dans un studio, merci de résilier Plus et de clôturer le compte",
    ],
    "en": [
        "Hi, I've bought my own machine now. Please cancel my Nadelora Plus and close my account"
    ],
    "it": [
        "Buongiorno, ho comprato una macchina mia. Vorrei disdire Nadelora Plus e chiudere l'account"
    ],
    "pt": ["Olá, comprei uma máquina minha. Quero cancelar o Nadelora Plus e fechar a conta"],
    "es": [
        "Hola, me he comprado mi propia máquina. Quiero dar de baja Nadelora Plus y cerrar la cuenta"
    ],
}

CANCEL_REPLY: T = {
    "de": [
        "Schade, dass Sie gehen, {first}. Sie können Plus jederzeit selbst in der App oder auf der Website kündigen. Nadelora"
    ],
    "fr": [
        "Dommage de vous voir partir, {first}. Vous pouvez résilier Plus vous-même dans l'appli ou sur le site. Nadelora"
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel Plus yourself in the app or on the website. Nadelora"
    ],
    "it": ["Ci dispiace vederla andare, {first}. Può disdire Plus dall'app o dal sito. Nadelora"],
    "pt": ["Lamentamos a sua saída, {first}. Pode cancelar o Plus na app ou no site. Nadelora"],
    "es": [
        "Sentimos que se vaya, {first}. Puede dar de baja Plus usted mismo en la app o en la web. Nadelora"
    ],
}

GRUMBLE: T = {
    "de": [
        "Die App meldet mich schon wieder ab",
        "Warum kommt die Erinnerungs-SMS um 6 Uhr morgens?",
        "Spulenkapsel-Verschluss wieder wackelig",
    ],
    "fr": [
        "L'appli me déconnecte encore",
        "Pourquoi le SMS de rappel arrive à 6h du matin ?",
        "La boîte à canette ferme mal, encore",
    ],
    "en": ["App logged me out again"],
    "it": ["L'app mi disconnette di nuovo"],
    "pt": ["A app voltou a fazer logout"],
    "es": ["La app me vuelve a cerrar la sesión"],
}

SARCASM: T = {
    "de": [
        "Expresslieferung um 21:40, genau richtig um nachts Vorhänge zu nähen 👏",
        "Overlock kam 'gereinigt' mit den Fusseln vom Vormieter 😂",
    ],
    "fr": [
        "Livraison express à 21h40, parfait pour coudre la nuit 👏",
        "Surjeteuse livrée 'nettoyée' avec les peluches du client d'avant 😂",
    ],
    "en": ["Express delivery at 9:40pm, perfect for sewing curtains at midnight 👏"],
    "it": ["Consegna express alle 21:40, perfetta per cucire di notte 👏"],
    "pt": ["Entrega expresso às 21h40, ideal para coser de noite 👏"],
    "es": ["Entrega exprés a las 21:40, ideal para coser de madrugada 👏"],
}

MILD: T = {
    "de": [
        "Die Filialsuche zeigt mir die falsche Stadt an",
        "Benachrichtigungen kommen auf Englisch obwohl Deutsch eingestellt ist",
    ],
    "fr": [
        "La recherche de point relais affiche la mauvaise ville",
        "Les notifications arrivent en anglais alors que j'ai mis français",
    ],
    "en": ["The pick-up point search shows the wrong town"],
    "it": ["La ricerca dei punti di ritiro mostra la città sbagliata"],
    "pt": ["A pesquisa de pontos de recolha mostra a cidade errada"],
    "es": ["El buscador de puntos de recogida me muestra otra ciudad"],
}

MILD_ACK: T = {
    "de": ["Danke für den Hinweis, wir haben das an die App-Entwicklung weitergegeben. Nadelora"],
    "fr": ["Merci du signalement, nous l'avons transmis à l'équipe de l'appli. Nadelora"],
    "en": ["Thanks for flagging, we've passed it to the app team. Nadelora"],
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app. Nadelora"],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app. Nadelora"],
    "es": ["Gracias por avisar, lo hemos pasado al equipo de la app. Nadelora"],
}

SPIKE_REPORT: T = {
    "de": [
        "Die App sagt meine Miete ist ÜBERFÄLLIG und droht mit Säumnisgebühr, dabei läuft sie noch zwei Wochen?! Fehler NDL-628",
        "Push-Nachricht: 'Überfällig, heute zurückgeben'. Ich hab die Maschine erst seit Donnerstag",
        "was ist los, überall steht überfällig und beim Öffnen nur NDL-628",
    ],
    "fr": [
        "L'appli dit que ma location est EN RETARD et menace de pénalités alors qu'elle court encore deux semaines ! Erreur NDL-628",
        "Notification : 'En retard, à rendre aujourd'hui'. J'ai la machine depuis jeudi seulement",
        "c'est quoi ce message de retard ?? en ouvrant j'ai juste NDL-628",
    ],
    "en": [
        "App says my hire is OVERDUE and threatens a late fee but it runs two more weeks?! Error NDL-628",
        "just got 'overdue, return today' on a machine I got on Thursday??",
    ],
    "it": [
        "L'app dice che il noleggio è SCADUTO e minaccia una penale, ma dura ancora due settimane! Errore NDL-628"
    ],
    "pt": [
        "A app diz que o aluguer está EM ATRASO e ameaça multa, mas ainda faltam duas semanas! Erro NDL-628"
    ],
    "es": [
        "La app dice que mi alquiler está VENCIDO y amenaza con recargo, ¡pero me quedan dos semanas! Error NDL-628"
    ],
}

SPIKE_REPEAT: T = {
    "de": [
        "Immer noch überfällig in der App, auch auf dem Handy meines Mannes. Werde ich jetzt belastet?"
    ],
    "fr": ["Toujours marqué en retard, même sur le téléphone de mon mari. Je vais être prélevée ?"],
    "en": ["Still showing overdue, on my partner's phone too. Am I getting charged?"],
    "it": ["Ancora scaduto nell'app, anche sul telefono di mio marito. Mi addebitate?"],
    "pt": ["Continua em atraso, também no telemóvel do meu marido. Vão cobrar-me?"],
    "es": ["Sigue saliendo vencido, también en el móvil de mi marido. ¿Me vais a cobrar?"],
}

SPIKE_CHAT_ANSWER: T = {
    "de": [
        "Ja, die App zeigt gerade bei allen laufenden Mieten fälschlich 'überfällig'. Es wird keine Gebühr berechnet, unsere Technik ist dran"
    ],
    "fr": [
        "Oui, l'appli affiche à tort 'en retard' sur toutes les locations en cours. Aucun frais ne sera prélevé, nos techniciens sont dessus"
    ],
    "en": [
        "Yes, the app is wrongly showing every running hire as overdue right now. No fee will be charged, our engineers are on it"
    ],
    "it": [
        "Sì, l'app mostra per errore 'scaduto' su tutti i noleggi in corso. Nessuna penale, i tecnici ci stanno lavorando"
    ],
    "pt": [
        "Sim, a app mostra por engano 'em atraso' em todos os alugueres ativos. Não haverá cobrança, os técnicos estão a tratar"
    ],
    "es": [
        "Sí, la app marca por error como vencidos todos los alquileres activos. No se cobrará nada, los técnicos están en ello"
    ],
}

SPIKE_FIXED: T = {
    "de": [
        "Die Fälligkeitsanzeige stimmt seit 11:40 Uhr wieder, es wurde nichts berechnet. Als Entschuldigung schreiben wir Ihnen 10 € gut. Nadelora"
    ],
    "fr": [
        "Les dates de retour s'affichent correctement depuis 11h40, rien n'a été prélevé. En dédommagement, 10 € sont crédités. Nadelora"
    ],
    "en": [
        "Return dates show correctly again since 10:40 UK time, nothing was charged. We've added a £9 credit as an apology. Nadelora"
    ],
    "it": [
        "Le date di restituzione sono corrette dalle 11:40, nulla è stato addebitato. Le accreditiamo 10 € di scuse. Nadelora"
    ],
    "pt": [
        "As datas de devolução estão corretas desde as 10h40, nada foi cobrado. Creditámos 10 € como pedido de desculpa. Nadelora"
    ],
    "es": [
        "Las fechas de devolución vuelven a salir bien desde las 11:40, no se cobró nada. Le abonamos 10 € como disculpa. Nadelora"
    ],
}

LONE_Q: T = {
    "de": [
        "Gestern Abend stand in der App kurz 'Rückgabe morgen' statt nächste Woche, dann war es wieder richtig. Stimmt mein Rückgabedatum?"
    ],
    "fr": [
        "Hier soir l'appli a affiché 'retour demain' au lieu de la semaine prochaine, puis c'est revenu. Ma date de retour est bonne ?"
    ],
    "en": [
        "Last night the app briefly said 'return tomorrow' instead of next week, then it was fine. Is my return date right?"
    ],
    "it": [
        "Ieri sera l'app ha mostrato 'restituzione domani' per un attimo. La mia data è giusta?"
    ],
    "pt": ["Ontem à noite a app mostrou 'devolver amanhã' por instantes. A minha data está certa?"],
    "es": [
        "Anoche la app puso un momento 'devolver mañana' en vez de la semana que viene. ¿Mi fecha está bien?"
    ],
}

LONE_A: T = {
    "de": [
        "Ihr Rückgabedatum ist korrekt, die Anzeige lädt manchmal kurz den Standardwert. Nadelora"
    ],
    "fr": [
        "Votre date de retour est correcte, l'affichage charge parfois une valeur par défaut. Nadelora"
    ],
    "en": [
        "Your return date is correct, the screen sometimes loads a default for a moment. Nadelora"
    ],
    "it": ["La data è corretta, a volte la schermata carica un valore predefinito. Nadelora"],
    "pt": ["A data está correta, o ecrã às vezes carrega um valor por defeito. Nadelora"],
    "es": [
        "Su fecha es correcta, la pantalla a veces carga un valor por defecto un momento. Nadelora"
    ],
}

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "de": [
            "Ihre Rechnungen tragen noch unseren alten Firmennamen und keine Bestellnummer, unsere Buchhaltung kann nichts zahlen"
        ],
        "fr": [
            "Vos factures portent encore notre ancienne raison sociale et aucun numéro de commande, la compta bloque tout"
        ],
        "en": [
            "Your invoices still carry our old company name and no PO number, accounts can't pay them"
        ],
        "it": ["Le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine"],
        "pt": ["As faturas ainda têm o nome antigo da empresa e nenhum número de encomenda"],
        "es": ["Las facturas siguen con nuestra razón social antigua y sin número de pedido"],
    },
    "service_blocked": {
        "de": [
            "Am Ausgabeschalter wurde uns die Industriemaschine verweigert, 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "fr": [
            "Au comptoir on nous a refusé la machine industrielle, 'compte bloqué', alors que tout est payé"
        ],
        "en": [
            "The counter refused us the industrial machine, 'account on stop', though everything is paid"
        ],
        "it": [
            "Al banco ci hanno negato la macchina industriale, 'conto bloccato', ma è tutto pagato"
        ],
        "pt": [
            "No balcão recusaram-nos a máquina industrial, 'conta bloqueada', mas está tudo pago"
        ],
        "es": [
            "En el mostrador nos negaron la máquina industrial, 'cuenta bloqueada', y está todo pagado"
        ],
    },
    "portal": {
        "de": [
            "Das Firmenportal zeigt keine offenen Mieten, wir können nichts abmelden und die Miete läuft weiter"
        ],
        "fr": [
            "Le portail entreprise n'affiche aucune location en cours, impossible de demander l'enlèvement, la facture tourne"
        ],
        "en": [
            "The business portal shows no open hires, so we can't request collection and the bill keeps running"
        ],
        "it": ["Il portale aziende non mostra noleggi aperti, non possiamo chiedere il ritiro"],
        "pt": ["O portal empresas não mostra alugueres abertos, não conseguimos pedir a recolha"],
        "es": [
            "El portal de empresas no muestra alquileres abiertos, no podemos pedir la recogida"
        ],
    },
    "overbilled": {
        "de": [
            "Uns wurden Tagessätze statt unseres vereinbarten Wochentarifs berechnet, über 600 € zu viel"
        ],
        "fr": [
            "On nous facture au jour au lieu du tarif hebdomadaire du contrat, plus de 600 € de trop"
        ],
        "en": [
            "We've been billed day rates instead of our contract weekly rate, over £500 too much"
        ],
        "it": ["Ci fatturate a giornata invece della tariffa settimanale del contratto"],
        "pt": ["Estão a faturar ao dia em vez da tarifa semanal do contrato"],
        "es": [
            "Nos facturáis por día en vez de la tarifa semanal del contrato, más de 600 € de más"
        ],
    },
}

B2B_LATER: T = {
    "de": ["Wie meine Kollegin {other} schon am {day} geschrieben hat (Vorgang {case}): {problem}"],
    "fr": ["Comme ma collègue {other} l'a écrit {day} (dossier {case}) : {problem}"],
    "en": ["As my colleague {other} wrote on {day} (case {case}): {problem}"],
    "it": ["Come ha già scritto la collega {other} {day} (pratica {case}): {problem}"],
    "pt": ["Como a colega {other} já escreveu {day} (pedido {case}): {problem}"],
    "es": ["Como ya escribió mi compañera {other} el {day} (incidencia {case}): {problem}"],
}

B2B_LAST_MAIL: T = {
    "de": [
        "Vorgang {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt"
    ],
    "fr": [
        "Dossier {case} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}"
    ],
    "en": [
        "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for their rates"
    ],
    "it": [
        "Pratica {case}: niente risolto, hanno scritto vari colleghi. Gli acquisti hanno chiesto i prezzi a {comp}"
    ],
    "pt": [
        "Pedido {case}: nada resolvido, vários colegas escreveram. As compras já pediram preços à {comp}"
    ],
    "es": [
        "Incidencia {case}: nada resuelto y han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}"
    ],
}

B2B_LAST_CALL: T = {
    "de": [
        "ja guten Tag wegen Vorgang {case} da ist immer noch nichts behoben mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "fr": [
        "oui bonjour pour le dossier {case} toujours rien de réglé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas fait cette semaine"
    ],
    "en": [
        "hi it's about case {case} still nothing fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "it": [
        "buongiorno per la pratica {case} ancora niente hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "bom dia sobre o pedido {case} continua tudo igual varios colegas escreveram o meu chefe diz que mudamos de fornecedor se nao resolverem esta semana"
    ],
    "es": [
        "hola buenas es por la incidencia {case} sigue sin arreglarse han escrito varios compañeros mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
}

B2B_ACK: T = {
    "de": [
        "Guten Tag {first}, wir haben Vorgang {case} für Ihr Firmenkonto eröffnet und melden uns. Nadelora Atelier Pro"
    ],
    "fr": [
        "Bonjour {first}, le dossier {case} est ouvert pour votre compte entreprise, nous revenons vers vous. Nadelora Atelier Pro"
    ],
    "en": [
        "Hello {first}, we've opened case {case} for your business account and will come back to you. Nadelora Atelier Pro"
    ],
    "it": [
        "Buongiorno {first}, abbiamo aperto la pratica {case} per il vostro conto aziendale. Nadelora Atelier Pro"
    ],
    "pt": ["Olá {first}, abrimos o pedido {case} para a conta da empresa. Nadelora Atelier Pro"],
    "es": [
        "Hola {first}, hemos abierto la incidencia {case} para su cuenta de empresa. Nadelora Atelier Pro"
    ],
}

B2B_SUGGEST: T = {
    "de": [
        "Kleiner Wunsch: Mietkosten im Export nach Projektnummer, das würde uns viel Zeit sparen",
        "Wäre schön, wenn das letzte Wartungsdatum auf dem Lieferschein stünde",
    ],
    "fr": [
        "Petite suggestion : exporter les coûts par code projet nous ferait gagner du temps",
        "Ce serait bien d'avoir la date du dernier entretien sur le bon de livraison",
    ],
    "en": ["Small request: export hire costs by project code, would save us time"],
    "it": ["Un suggerimento: esportare i costi per codice progetto ci aiuterebbe"],
    "pt": ["Uma sugestão: exportar custos por código de projeto ajudava-nos"],
    "es": ["Una sugerencia: exportar los costes por código de proyecto nos ahorraría tiempo"],
}

B2B_QUESTION: T = {
    "de": [
        "Können wir eine zweite Industrie-Overlock für nächste Woche an die Baustelle Nord liefern lassen?",
        "Gibt es die Steppmaschine auch mit Walzenfuß?",
    ],
    "fr": [
        "Pouvez-vous livrer une deuxième surjeteuse industrielle à l'atelier nord la semaine prochaine ?",
        "La piqueuse existe avec pied rouleur ?",
    ],
    "en": ["Can you deliver a second industrial overlocker to the north workshop next week?"],
    "it": [
        "Potete consegnare una seconda tagliacuci industriale al laboratorio nord la settimana prossima?"
    ],
    "pt": [
        "Podem entregar uma segunda corta-e-cose industrial na oficina norte na próxima semana?"
    ],
    "es": [
        "¿Podéis llevar una segunda remalladora industrial al taller norte la semana que viene?"
    ],
}

B2B_PRAISE: T = {
    "de": ["Industriemaschinen von Nadelora Atelier Pro laufen bei uns seit Monaten ohne Ausfall"],
    "fr": [
        "Les machines industrielles Nadelora Atelier Pro tournent chez nous depuis des mois sans panne"
    ],
    "en": ["Nadelora Atelier Pro machines have run for months in our workshop without a hitch"],
    "it": ["Le macchine industriali Nadelora Atelier Pro funzionano da mesi senza guasti"],
    "pt": ["As máquinas industriais Nadelora Atelier Pro funcionam há meses sem avarias"],
    "es": ["Las máquinas industriales de Nadelora Atelier Pro llevan meses sin una avería"],
}

DAYS: T = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}

FIRST = {
    "de": [
        "Anna",
        "Lukas",
        "Miriam",
        "Jonas",
        "Petra",
        "Felix",
        "Sabine",
        "Tobias",
        "Carina",
        "Moritz",
    ],
    "fr": [
        "Claire",
        "Julien",
        "Élodie",
        "Mathis",
        "Inès",
        "Thomas",
        "Camille",
        "Hugo",
        "Léa",
        "Nicolas",
    ],
    "en": ["Emma", "Oliver", "Grace", "Harry", "Chloe", "Jack"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Rita", "Miguel"],
    "es": ["Lucía", "Pablo", "Irene", "Diego", "Marta", "Álvaro"],
}

LAST = {
    "de": [
        "Brandt",
        "Keller",
        "Hofmann",
        "Wagner",
        "Schulz",
        "Krüger",
        "Lang",
        "Vogel",
        "Brunner",
        "Huber",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Lambert",
        "Mercier",
    ],
    "en": ["Smith", "Walsh", "Turner", "Hughes", "Byrne", "Clarke"],
    "it": ["Rossi", "Bianchi", "Ferri", "Greco", "Conti", "Marino"],
    "pt": ["Silva", "Costa", "Santos", "Ferreira", "Pereira", "Sousa"],
    "es": ["García", "Torres", "Fuentes", "Navarro", "Romero", "Gil"],
}
