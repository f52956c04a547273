# ruff: noqa: E501
"""Wording of heldout197 (Volaria: tandem paragliding flights and courses). Written blind.

Placeholders: {brand} {comp} {case} {code} {amount} {name} {prod} {day} {company} {first}.
Every table has every language (fr, it first with two or three variants).
"""

from __future__ import annotations

LANGS = ("fr", "it", "en", "de", "pt", "es")

PRODUCTS: dict[str, list[str]] = {
    "fr": [
        "Vol biplace découverte 20 min",
        "Vol biplace thermique 45 min",
        "Stage initiation 3 jours",
        "Option photos et vidéo",
    ],
    "it": [
        "Volo biposto scoperta 20 min",
        "Volo biposto termico 45 min",
        "Corso base 3 giorni",
        "Pacchetto foto e video",
    ],
    "en": [
        "Tandem discovery flight 20 min",
        "Tandem thermal flight 45 min",
        "3-day beginner course",
        "Photo and video pack",
    ],
    "de": [
        "Tandemflug Schnupper 20 Min",
        "Tandemflug Thermik 45 Min",
        "Grundkurs 3 Tage",
        "Foto- und Videopaket",
    ],
    "pt": [
        "Voo duplo descoberta 20 min",
        "Voo duplo térmico 45 min",
        "Curso inicial 3 dias",
        "Pack fotos e vídeo",
    ],
    "es": [
        "Vuelo biplaza descubrimiento 20 min",
        "Vuelo biplaza térmico 45 min",
        "Curso de iniciación 3 días",
        "Pack de fotos y vídeo",
    ],
}

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Vol incroyable au-dessus du lac ce matin avec {brand}, le pilote était top et super rassurant",
        "Troisième vol avec {brand} cette année et toujours la même claque, merci à toute l'équipe",
        "Encore un super moment, ma fille n'arrête pas d'en parler. Vivement le prochain",
    ],
    "it": [
        "Volo pazzesco sopra la valle stamattina con {brand}, pilota bravissimo e tranquillo",
        "Terza volta con {brand} quest'anno e ancora emozione pura, grazie ragazzi",
        "Ancora una giornata perfetta, atterraggio morbidissimo. Torneremo di sicuro",
    ],
    "en": ["Third flight with {brand} and still grinning like an idiot, the pilot was brilliant"],
    "de": ["Wieder ein traumhafter Flug mit {brand}, der Pilot war super ruhig und lustig"],
    "pt": ["Mais uma vez um voo espetacular com a {brand}, o piloto foi impecável"],
    "es": ["Otra vez un vuelo increíble con {brand}, el piloto un crack y muy tranquilo"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "fr": [
        "Vol génial, rien à dire, juste la navette jusqu'au décollage qui est un peu serrée à 8",
        "Super expérience, seul bémol : les vidéos arrivent seulement trois jours après",
    ],
    "it": [
        "Volo bellissimo, solo la navetta fino al decollo era un po' stretta",
        "Esperienza top, unico neo: il video arriva dopo tre giorni",
    ],
    "en": ["Loved it, only gripe is the video took three days to arrive"],
    "de": ["Toller Flug, nur das Video kam erst nach drei Tagen"],
    "pt": ["Adorei, só o vídeo é que demorou três dias a chegar"],
    "es": ["Me encantó, lo único que el vídeo tardó tres días en llegar"],
}

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, est-ce qu'il y a un poids maximum pour le vol biplace ?",
            "Bonjour, oui : entre 25 et 110 kg. Bon vol !",
        ),
        (
            "on peut venir avec des baskets ou il faut des chaussures de rando ?",
            "Des chaussures montantes sont conseillées, des baskets solides suffisent.",
        ),
        (
            "Mon abonnement Club inclut-il l'option vidéo ?",
            "Oui, le Club inclut une vidéo par mois.",
        ),
    ],
    "it": [
        (
            "Ciao, c'è un limite di peso per il volo biposto?",
            "Ciao, sì: tra 25 e 110 kg. Buon volo!",
        ),
        (
            "si può volare con le scarpe da ginnastica?",
            "Meglio scarpe alte, ma delle scarpe da ginnastica robuste vanno bene.",
        ),
        ("L'abbonamento Club include il video?", "Sì, il Club include un video al mese."),
    ],
    "en": [("Is there a weight limit for the tandem flight?", "Yes, 25 to 110 kg. Enjoy!")],
    "de": [("Gibt es ein Gewichtslimit für den Tandemflug?", "Ja, 25 bis 110 kg. Guten Flug!")],
    "pt": [("Há limite de peso para o voo duplo?", "Sim, entre 25 e 110 kg. Bom voo!")],
    "es": [("¿Hay límite de peso para el vuelo biplaza?", "Sí, entre 25 y 110 kg. ¡Buen vuelo!")],
}

THANKS: dict[str, list[str]] = {
    "fr": ["merci !!", "Top, merci bcp", "parfait merci 🙏"],
    "it": ["grazie mille!", "perfetto grz", "ok top grazie 🙏"],
    "en": ["cheers, legend"],
    "de": ["danke dir!"],
    "pt": ["obg!!"],
    "es": ["gracias, crack"],
}

CALL_Q: dict[str, list[str]] = {
    "fr": [
        "oui bonjour je voulais savoir si on peut offrir un vol en bon cadeau pour un anniversaire",
        "bonjour c'est pour savoir a quelle heure il faut etre au point de rendez vous samedi",
    ],
    "it": [
        "si buongiorno volevo sapere se si puo regalare un volo come buono regalo",
        "salve volevo sapere a che ora bisogna essere al punto di ritrovo sabato",
    ],
    "en": ["hi yeah just wondering if i can buy a flight as a gift voucher for my dad"],
    "de": ["ja hallo ich wollte fragen ob man einen Flug als Gutschein verschenken kann"],
    "pt": ["bom dia queria saber se posso oferecer um voo como vale presente"],
    "es": ["hola buenas queria saber si se puede regalar un vuelo como tarjeta regalo"],
}

CALL_FOLLOWUP: dict[str, str] = {
    "fr": "Bonjour {name}, suite à votre appel : le bon cadeau se commande dans l'app, rubrique Cadeaux. Belle journée, l'équipe {brand}",
    "it": "Buongiorno {name}, come da telefonata: il buono regalo si ordina nell'app, sezione Regali. Buona giornata, il team {brand}",
    "en": "Hi {name}, following your call: gift vouchers are in the app under Gifts. Best, the {brand} team",
    "de": "Hallo {name}, wie am Telefon besprochen: Gutscheine finden Sie in der App unter Geschenke. Ihr {brand}-Team",
    "pt": "Olá {name}, na sequência da sua chamada: os vales estão na app, em Presentes. A equipa {brand}",
    "es": "Hola {name}, tras tu llamada: las tarjetas regalo están en la app, en Regalos. El equipo {brand}",
}

REVIEW: dict[str, list[str]] = {
    "fr": ["5 étoiles sans hésiter, organisation nickel", "Pilote génial, vue à couper le souffle"],
    "it": ["5 stelle, organizzazione perfetta", "Pilota fantastico, vista mozzafiato"],
    "en": ["Five stars, smooth from booking to landing"],
    "de": ["Fünf Sterne, alles top organisiert"],
    "pt": ["Cinco estrelas, tudo impecável"],
    "es": ["Cinco estrellas, todo perfecto"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["génial", "", "😍"],
    "it": ["fantastico", "", "👍"],
    "en": ["great"],
    "de": ["super"],
    "pt": ["ótimo"],
    "es": ["genial"],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat et je regarde encore les vidéos de mon vol {brand}, je veux y retourner",
        "insomnie, du coup je réserve mon prochain vol {brand} lol",
    ],
    "it": [
        "sono le 2 e sto ancora guardando il video del volo con {brand}",
        "turno di notte finito, prenoto il prossimo volo {brand} per domenica",
    ],
    "en": ["2am and rewatching my {brand} flight video for the tenth time"],
    "de": ["2 Uhr nachts und ich schau mir immer noch mein {brand} Flugvideo an"],
    "pt": ["3 da manhã e a ver outra vez o vídeo do voo com a {brand}"],
    "es": ["las 3 y viendo otra vez el vídeo del vuelo con {brand} jaja"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "il se passe quoi si le vent est trop fort samedi ?",
            "Bonsoir, le vol est reporté sans frais, vous recevez un SMS la veille.",
        ),
        (
            "je peux changer l'heure de mon vol de demain ?",
            "Oui, dans l'app jusqu'à 12 h avant le vol.",
        ),
    ],
    "it": [
        (
            "cosa succede se sabato c'è troppo vento?",
            "Buonasera, il volo viene spostato gratis, ricevi un SMS il giorno prima.",
        ),
        ("posso cambiare l'orario del volo di domani?", "Sì, nell'app fino a 12 ore prima."),
    ],
    "en": [
        (
            "what happens if it's too windy on saturday?",
            "Evening! The flight is moved free of charge, you get a text the day before.",
        )
    ],
    "de": [
        (
            "was passiert wenn es am Samstag zu windig ist?",
            "Guten Abend, der Flug wird kostenlos verschoben, Sie bekommen vorher eine SMS.",
        )
    ],
    "pt": [
        (
            "o que acontece se houver muito vento no sábado?",
            "Boa noite, o voo é remarcado sem custos, recebe um SMS na véspera.",
        )
    ],
    "es": [
        (
            "¿qué pasa si el sábado hace mucho viento?",
            "Buenas noches, el vuelo se cambia sin coste, te llega un SMS el día antes.",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "weather_refund", "wrong_price", "lost_video", "cancel_fee")

PROBLEM_SHORT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "fr": [
            "Personne au point de rendez-vous ce matin !!! 1h30 d'attente au décollage, aucun pilote, aucun appel. INADMISSIBLE",
            "on a fait 2h de route pour RIEN, pas de pilote au rdv",
        ],
        "it": [
            "Nessuno al punto di ritrovo stamattina!!! un'ora e mezza ad aspettare, NESSUN pilota, nessuna chiamata",
            "due ore di macchina per NIENTE, nessun pilota al ritrovo",
        ],
        "en": ["Nobody at the meeting point this morning. 90 minutes waiting, NO pilot, no call"],
        "de": ["Heute früh war NIEMAND am Treffpunkt, 90 Minuten gewartet, kein Pilot, kein Anruf"],
        "pt": ["Ninguém no ponto de encontro esta manhã, 90 minutos à espera, NENHUM piloto"],
        "es": ["Nadie en el punto de encuentro esta mañana, 90 minutos esperando, NINGÚN piloto"],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez débité DEUX fois {amount} pour le même vol, remboursez moi",
            "double prélèvement de {amount} sur ma carte, c'est quoi ce délire",
        ],
        "it": [
            "Mi avete addebitato DUE volte {amount} per lo stesso volo, rimborsatemi",
            "doppio addebito di {amount} sulla carta, ma scherziamo",
        ],
        "en": ["You charged me TWICE {amount} for the same flight"],
        "de": ["Sie haben mir ZWEIMAL {amount} für denselben Flug abgebucht"],
        "pt": ["Cobraram-me DUAS vezes {amount} pelo mesmo voo"],
        "es": ["Me habéis cobrado DOS veces {amount} por el mismo vuelo"],
    },
    "weather_refund": {
        "fr": [
            "Vol annulé pour météo il y a TROIS semaines et toujours pas remboursé",
            "3 semaines que j'attends le remboursement du vol annulé pour le vent",
        ],
        "it": [
            "Volo annullato per meteo TRE settimane fa e ancora nessun rimborso",
            "tre settimane che aspetto il rimborso del volo annullato per vento",
        ],
        "en": ["Flight cancelled for weather THREE weeks ago and still no refund"],
        "de": ["Flug wegen Wetter vor DREI Wochen abgesagt und immer noch keine Erstattung"],
        "pt": ["Voo cancelado por meteorologia há TRÊS semanas e ainda sem reembolso"],
        "es": ["Vuelo cancelado por el tiempo hace TRES semanas y sin reembolso"],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre Club et on m'a facturé le tarif plein, {amount} au lieu du tarif membre",
            "tarif non membre appliqué alors que je paie le Club tous les mois",
        ],
        "it": [
            "Sono socia Club e mi avete fatto pagare la tariffa piena, {amount}",
            "tariffa da non socio anche se pago il Club ogni mese",
        ],
        "en": ["I'm a Club member and got charged the full rate, {amount}"],
        "de": ["Ich bin Club-Mitglied und habe den vollen Preis bezahlt, {amount}"],
        "pt": ["Sou membro do Club e cobraram-me a tarifa cheia, {amount}"],
        "es": ["Soy socia del Club y me cobrasteis la tarifa completa, {amount}"],
    },
    "lost_video": {
        "fr": [
            "J'ai payé l'option vidéo et on me dit que la carte SD est perdue. C'était le vol des 70 ans de ma mère",
            "vidéo perdue, option payée, et personne ne répond",
        ],
        "it": [
            "Ho pagato il video e ora mi dite che la scheda è persa. Era il volo per i 70 anni di mia madre",
            "video perso, pagato, e nessuno risponde",
        ],
        "en": ["Paid for the video and now you say the card is lost. It was my mum's 70th"],
        "de": [
            "Video bezahlt und jetzt ist die Speicherkarte verloren. Es war Mamas 70. Geburtstag"
        ],
        "pt": [
            "Paguei o vídeo e agora dizem que o cartão se perdeu. Era o voo dos 70 anos da minha mãe"
        ],
        "es": [
            "Pagué el vídeo y ahora decís que la tarjeta se ha perdido. Era el vuelo de los 70 de mi madre"
        ],
    },
    "cancel_fee": {
        "fr": [
            "Frais d'annulation de {amount} alors que j'ai annulé CINQ jours avant, c'est du vol",
            "on me facture {amount} pour une annulation faite 5 jours avant ???",
        ],
        "it": [
            "Penale di {amount} anche se ho annullato CINQUE giorni prima",
            "mi addebitate {amount} per un annullamento fatto 5 giorni prima???",
        ],
        "en": ["A {amount} cancellation fee when I cancelled FIVE days ahead?"],
        "de": ["{amount} Stornogebühr, obwohl ich FÜNF Tage vorher storniert habe"],
        "pt": ["Taxa de cancelamento de {amount} e cancelei CINCO dias antes"],
        "es": ["Cargo de cancelación de {amount} y cancelé CINCO días antes"],
    },
}

LONG_EMAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de mon fils, alors pardon si c'est un peu décousu. Nous avions réservé chez {brand} pour les 40 ans de mon mari, tout était prévu, les enfants avaient fait une banderole.\n\n{problem}\n\nJe vole avec vous depuis quatre ans et j'ai toujours recommandé {brand} autour de moi. Là je suis vraiment déçue. J'attends une réponse rapide.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nEntre deux réunions et les devoirs des petits, je prends enfin le temps de vous écrire.\n\n{problem}\n\nJ'ai toujours été contente de vos pilotes, mais là ça ne va pas du tout.\n\nBien à vous,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nVi scrivo dalla sala d'attesa del dentista di mia figlia, scusate se sono un po' confusa. Avevamo prenotato con {brand} per il compleanno di mio marito, era tutto organizzato.\n\n{problem}\n\nVolo con voi da quattro anni e vi ho sempre consigliato. Questa volta sono davvero delusa. Aspetto una risposta.\n\nCordiali saluti,\n{name}",
        "Gentile servizio clienti,\n\nfinalmente trovo un momento tra il lavoro e il trasloco per scrivervi.\n\n{problem}\n\nSono sempre stata contenta dei vostri piloti, ma così non va.\n\nSaluti,\n{name}",
    ],
    "en": [
        "Hello,\n\nWriting this from the car park at my daughter's swimming lesson, so forgive the rambling. We booked {brand} for my husband's 40th.\n\n{problem}\n\nI've flown with you for years and always recommended you. Not this time.\n\nRegards,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, entschuldigen Sie also den Stil. Wir hatten bei {brand} für den 40. meines Mannes gebucht.\n\n{problem}\n\nIch fliege seit Jahren mit Ihnen, aber so geht das nicht.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "pt": [
        "Bom dia,\n\nEscrevo da sala de espera do pediatra, desculpem a confusão. Reservámos com a {brand} para os 40 anos do meu marido.\n\n{problem}\n\nVoo convosco há anos, mas assim não dá.\n\nCumprimentos,\n{name}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde la sala de espera del fisio de mi hijo, perdonad el desorden. Reservamos con {brand} para los 40 de mi marido.\n\n{problem}\n\nVuelo con vosotros desde hace años, pero así no.\n\nUn saludo,\n{name}"
    ],
}

CALL_COMPLAINT: dict[str, str] = {
    "fr": "oui bonjour je vous appelle parce que {problem} et franchement j'en ai marre il faut que quelqu'un me rappelle",
    "it": "si buongiorno chiamo perche {problem} e sinceramente sono stufa qualcuno mi deve richiamare",
    "en": "hi yes i'm calling because {problem} and honestly i'm fed up someone needs to call me back",
    "de": "ja hallo ich rufe an weil {problem} und ehrlich ich hab die Nase voll bitte rufen Sie mich zurück",
    "pt": "bom dia estou a ligar porque {problem} e sinceramente estou farta alguem me tem de ligar",
    "es": "hola buenas llamo porque {problem} y la verdad estoy harta que alguien me llame",
}

CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour {name}, nous avons ouvert le dossier {case}. Un conseiller revient vers vous sous 48 h. L'équipe {brand}",
    "it": "Buongiorno {name}, abbiamo aperto la pratica {case}. Un operatore la ricontatterà entro 48 ore. Il team {brand}",
    "en": "Hi {name}, we've opened case {case}. Someone will get back to you within 48 hours. The {brand} team",
    "de": "Hallo {name}, wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 48 Stunden. Ihr {brand}-Team",
    "pt": "Olá {name}, abrimos o processo {case}. Voltamos a contactar em 48 horas. A equipa {brand}",
    "es": "Hola {name}, hemos abierto la incidencia {case}. Te contestamos en 48 horas. El equipo {brand}",
}

ESCALATED: dict[str, str] = {
    "fr": "Bonjour {name}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "Buongiorno {name}, la pratica {case} è ora dalla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.",
    "en": "Hi {name}, case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "pt": "Olá {name}, o processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
    "es": "Hola {name}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llama antes del viernes a mediodía.",
}

GOOD_NEWS: dict[str, str] = {
    "fr": "Bonne nouvelle {name} : le dossier {case} est réglé de notre côté. Pouvez-vous nous confirmer que tout est bon pour vous ?",
    "it": "Buone notizie {name}: la pratica {case} è risolta. Può confermarci che per lei è tutto a posto?",
    "en": "Good news {name}: case {case} is sorted on our side. Could you confirm it's all fine for you?",
    "de": "Gute Nachricht, {name}: Vorgang {case} ist erledigt. Können Sie bestätigen, dass alles passt?",
    "pt": "Boas notícias {name}: o processo {case} está resolvido. Pode confirmar que está tudo bem?",
    "es": "Buenas noticias {name}: la incidencia {case} está resuelta. ¿Nos confirmas que todo está bien?",
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé pour le dossier {case}, tout est bon, merci !",
        "c'est bon pour {case}, merci beaucoup",
    ],
    "it": ["Confermo per la pratica {case}, tutto a posto, grazie!", "ok per {case}, grazie mille"],
    "en": ["Confirmed for {case}, all good, thanks!"],
    "de": ["Bestätigt für {case}, alles gut, danke!"],
    "pt": ["Confirmo o processo {case}, está tudo bem, obrigada!"],
    "es": ["Confirmado lo de {case}, todo bien, ¡gracias!"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
        "pardon pour le ton hier, la journée avait été longue",
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero esasperata. Grazie per aver risolto",
        "scusate il tono di ieri, giornataccia",
    ],
    "en": ["Sorry about yesterday's message, I was at the end of my rope. Thanks for fixing it"],
    "de": ["Entschuldigung für gestern, ich war völlig durch. Danke fürs Lösen"],
    "pt": ["Desculpem a mensagem de ontem, estava no limite. Obrigada por resolverem"],
    "es": ["Perdón por el mensaje de ayer, estaba al límite. Gracias por solucionarlo"],
}

REPEAT_LINE: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : TOUJOURS rien. Je relance.",
        "je reviens vers vous pour {case}, toujours pas réglé",
    ],
    "it": [
        "Pratica {case}: ANCORA niente. Vi risollecito.",
        "vi riscrivo per {case}, ancora non risolto",
    ],
    "en": ["Case {case}: STILL nothing. Chasing again."],
    "de": ["Vorgang {case}: IMMER NOCH nichts."],
    "pt": ["Processo {case}: AINDA nada."],
    "es": ["Incidencia {case}: TODAVÍA nada."],
}

THIRD_LINE: dict[str, str] = {
    "fr": " Une collègue vole chez {comp}, eux règlent ça dans la journée.",
    "it": " Una collega vola con {comp} e lì risolvono in giornata.",
    "en": " A colleague flies with {comp} and they sort this the same day.",
    "de": " Eine Kollegin fliegt bei {comp}, da geht das am selben Tag.",
    "pt": " Uma colega voa com a {comp} e lá resolvem no mesmo dia.",
    "es": " Una compañera vuela con {comp} y allí lo arreglan en el día.",
}

FOURTH_LINE: dict[str, str] = {
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "it": " È la QUARTA volta che scrivo.",
    "en": " This is the FOURTH time I'm writing.",
    "de": " Das ist das VIERTE Mal.",
    "pt": " É a QUARTA vez que escrevo.",
    "es": " Es la CUARTA vez que escribo.",
}

URGENT: dict[str, str] = {
    "fr": "Ajouté à votre dossier {case}, marqué urgent.",
    "it": "Aggiunto alla pratica {case}, segnata come urgente.",
    "en": "Added to case {case}, marked urgent.",
    "de": "Zum Vorgang {case} hinzugefügt, als dringend markiert.",
    "pt": "Acrescentado ao processo {case}, marcado como urgente.",
    "es": "Añadido a la incidencia {case}, marcada como urgente.",
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Vol repoussé de deux heures sans prévenir, on a attendu au décollage",
        "Harnais tout râpé et casque trop grand, pas rassurant",
        "Le pilote au téléphone pendant la moitié du vol. Sérieux ?",
        "Toujours pas reçu la vidéo payée, dix jours après",
        "Facturé {amount} de « frais de navette » jamais annoncés. FURIEUSE",
        "Ma sœur vole chez {comp}, j'ai réservé chez eux pour samedi",
    ],
    "it": [
        "Volo spostato di due ore senza avvisare, abbiamo aspettato al decollo",
        "Imbrago consumato e casco troppo grande, poco rassicurante",
        "Il pilota al telefono per metà volo. Sul serio?",
        "Ancora niente video pagato, dopo dieci giorni",
        "Addebitati {amount} di «costi navetta» mai annunciati. FURIOSA",
        "Mia sorella vola con {comp}, ho prenotato da loro per sabato",
    ],
    "en": [
        "Flight pushed back two hours without a word, we waited at take-off",
        "Worn harness and a helmet two sizes too big, not reassuring",
        "Pilot on his phone for half the flight. Really?",
        "Still no video ten days later, and I paid for it",
        "Charged {amount} 'shuttle fee' never mentioned anywhere. FURIOUS",
        "My sister flies with {comp}, booked with them for Saturday",
    ],
    "de": [
        "Flug zwei Stunden verschoben ohne Info, wir standen am Startplatz",
        "Gurtzeug abgewetzt, Helm viel zu groß, nicht vertrauenerweckend",
        "Pilot den halben Flug am Handy. Echt jetzt?",
        "Immer noch kein bezahltes Video, nach zehn Tagen",
        "{amount} Shuttlegebühr, nie angekündigt. STINKSAUER",
        "Meine Schwester fliegt bei {comp}, hab dort für Samstag gebucht",
    ],
    "pt": [
        "Voo adiado duas horas sem aviso, ficámos à espera na descolagem",
        "Arnês gasto e capacete enorme, nada tranquilizador",
        "Piloto ao telemóvel metade do voo. A sério?",
        "Ainda sem o vídeo pago, dez dias depois",
        "Cobraram {amount} de 'taxa de transporte' nunca anunciada. FURIOSA",
        "A minha irmã voa com a {comp}, reservei lá para sábado",
    ],
    "es": [
        "Vuelo retrasado dos horas sin avisar, esperando en el despegue",
        "Arnés gastado y casco enorme, nada tranquilizador",
        "El piloto con el móvil medio vuelo. ¿En serio?",
        "Sigo sin el vídeo pagado, diez días después",
        "Me cobran {amount} de 'tasa de lanzadera' nunca anunciada. FURIOSA",
        "Mi hermana vuela con {comp}, he reservado con ellos para el sábado",
    ],
}

SLIDE_AMOUNT: dict[str, str] = {
    "fr": "35 €",
    "it": "35 €",
    "en": "£30",
    "de": "35 €",
    "pt": "35 €",
    "es": "35 €",
}

CANCEL_REQ: dict[str, list[str]] = {
    "fr": [
        "Bonjour, j'ai passé mon brevet et je vole seule maintenant. Je voudrais résilier mon abonnement {brand} Club et fermer mon compte.",
        "Bonjour, on déménage à Paris, plus de montagne. Merci de résilier le Club et de fermer le compte.",
    ],
    "it": [
        "Buongiorno, ho preso il brevetto e ora volo da sola. Vorrei disdire l'abbonamento {brand} Club e chiudere l'account.",
        "Buongiorno, ci trasferiamo a Milano, niente più montagna. Disdite il Club e chiudete l'account per favore.",
    ],
    "en": [
        "Hi, I've got my own licence and wing now. Please cancel my {brand} Club membership and close my account."
    ],
    "de": [
        "Hallo, ich habe jetzt meinen eigenen Schein und Schirm. Bitte kündigen Sie meine {brand} Club-Mitgliedschaft und schließen Sie das Konto."
    ],
    "pt": [
        "Olá, tirei a licença e agora voo sozinha. Quero cancelar a assinatura {brand} Club e fechar a conta."
    ],
    "es": [
        "Hola, ya tengo mi licencia y mi vela. Quiero cancelar el {brand} Club y cerrar la cuenta."
    ],
}

SORRY_GO: dict[str, str] = {
    "fr": "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site, rubrique Club.",
    "it": "Buongiorno {name}, ci dispiace vederla andare. Può disdire da sola nell'app o sul sito, sezione Club.",
    "en": "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website, under Club.",
    "de": "Hallo {name}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen, unter Club.",
    "pt": "Olá {name}, lamentamos a sua saída. Pode cancelar na app ou no site, em Club.",
    "es": "Hola {name}, sentimos que te vayas. Puedes cancelar tú misma en la app o en la web, en Club.",
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'app me déconnecte à chaque fois, c'est pénible",
        "encore le SMS « votre vol dans 2 h » à 6h du matin",
        "le parking du décollage est une horreur le samedi",
    ],
    "it": [
        "L'app mi disconnette ogni volta, che fastidio",
        "di nuovo l'SMS «volo tra 2 ore» alle 6 di mattina",
        "il parcheggio al decollo il sabato è un incubo",
    ],
    "en": ["App logs me out every single time"],
    "de": ["Die App meldet mich jedes Mal ab, nervig"],
    "pt": ["A app faz logout sempre, que chatice"],
    "es": ["La app me cierra la sesión cada vez, qué pesadez"],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Génial, la navette « express » est arrivée avec 50 min de retard, parfait pour rater le créneau de vent 👏",
        "Bravo pour la vidéo de mon vol… de 12 secondes 😂",
    ],
    "it": [
        "Fantastico, la navetta «express» con 50 minuti di ritardo, perfetto per perdere il vento 👏",
        "Complimenti per il video del mio volo… di 12 secondi 😂",
    ],
    "en": ["Love that the 'express' shuttle was 50 minutes late, perfect for missing the wind 👏"],
    "de": ["Toll, der Express-Shuttle kam 50 Minuten zu spät, perfekt um den Wind zu verpassen 👏"],
    "pt": ["Adorei o transporte 'expresso' com 50 minutos de atraso 👏"],
    "es": ["Genial la lanzadera 'exprés' con 50 minutos de retraso 👏"],
}

MILD: dict[str, list[str]] = {
    "fr": [
        "La carte des points de rendez-vous affiche la mauvaise ville",
        "les notifications arrivent en anglais alors que l'app est en français",
    ],
    "it": [
        "La mappa dei punti di ritrovo mostra la città sbagliata",
        "le notifiche arrivano in inglese anche se l'app è in italiano",
    ],
    "en": ["The meeting-point map shows the wrong town"],
    "de": ["Die Treffpunkt-Karte zeigt die falsche Stadt"],
    "pt": ["O mapa dos pontos de encontro mostra a cidade errada"],
    "es": ["El mapa de puntos de encuentro muestra la ciudad equivocada"],
}

MILD_ACK: dict[str, str] = {
    "fr": "Merci {name}, c'est transmis à l'équipe app.",
    "it": "Grazie {name}, l'abbiamo girato al team dell'app.",
    "en": "Thanks {name}, passed on to the app team.",
    "de": "Danke {name}, ist an das App-Team weitergegeben.",
    "pt": "Obrigado {name}, passámos à equipa da app.",
    "es": "Gracias {name}, lo pasamos al equipo de la app.",
}

SPIKE_CODE = "FLY-739"

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "L'app m'envoie « vol annulé, météo » alors que le pilote est là et qu'il fait grand beau ?? et impossible de rebooker, erreur {code}",
        "on est au décollage, le pilote dit qu'on vole mais l'app dit annulé et veut me rembourser ??? c'est quoi",
        "notification vol annulé pour météo, ciel bleu, personne ne comprend. code {code} quand je clique sur reprogrammer",
    ],
    "it": [
        "L'app dice «volo annullato per meteo» ma il pilota è qui e c'è il sole?? e non posso riprenotare, errore {code}",
        "siamo al decollo, il pilota dice che si vola ma l'app dice annullato e mi vuole rimborsare???",
        "notifica volo annullato per meteo, cielo limpido. codice {code} se tocco riprogramma",
    ],
    "en": [
        "App says my flight is cancelled for weather but the pilot is right here and it's sunny?? rebooking fails with {code}",
        "got a 'cancelled, weather' push but we're at take-off and flying, what is going on",
    ],
    "de": [
        "Die App sagt Flug wegen Wetter abgesagt, aber der Pilot steht hier und es ist strahlend blau?? Umbuchen geht nicht, Fehler {code}",
        "Absage-Push wegen Wetter, dabei fliegen alle hier, was ist los",
    ],
    "pt": [
        "A app diz voo cancelado por meteorologia mas o piloto está aqui e está sol?? remarcar dá erro {code}"
    ],
    "es": [
        "La app dice vuelo cancelado por el tiempo pero el piloto está aquí y hace sol?? al reprogramar sale error {code}"
    ],
}

SPIKE_REPEAT: dict[str, str] = {
    "fr": "Toujours le même problème, l'app dit annulé et {code} sur le téléphone de mon mari aussi",
    "it": "Sempre lo stesso, l'app dice annullato e {code} anche sul telefono di mio marito",
    "en": "Still the same, cancelled in the app and {code} on my husband's phone too",
    "de": "Immer noch dasselbe, abgesagt in der App und {code} auch auf dem Handy meines Mannes",
    "pt": "Continua igual, cancelado na app e {code} no telemóvel do meu marido também",
    "es": "Sigue igual, cancelado en la app y {code} también en el móvil de mi marido",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, l'app envoie à tort des annulations météo ce matin. Les vols ont bien lieu, nos équipes corrigent.",
    "it": "Sì, l'app sta mandando per errore annullamenti meteo stamattina. I voli si fanno, stiamo correggendo.",
    "en": "Yes, the app is wrongly sending weather cancellations this morning. Flights are going ahead, we're fixing it.",
    "de": "Ja, die App verschickt heute früh fälschlich Wetterabsagen. Die Flüge finden statt, wir beheben das.",
    "pt": "Sim, a app está a enviar por erro cancelamentos por meteorologia. Os voos realizam-se, estamos a corrigir.",
    "es": "Sí, la app está enviando por error cancelaciones por el tiempo. Los vuelos se hacen, lo estamos arreglando.",
}

SPIKE_FIXED: dict[str, str] = {
    "fr": "Bonjour {name}, l'app fonctionne de nouveau depuis 11 h 40. Votre vol a bien eu lieu ; 15 € de crédit ont été ajoutés à votre compte.",
    "it": "Buongiorno {name}, l'app funziona di nuovo dalle 11:40. Il volo si è svolto; le abbiamo aggiunto 15 € di credito.",
    "en": "Hi {name}, the app works again since 10:40. Your flight went ahead; £13 credit added to your account.",
    "de": "Hallo {name}, die App funktioniert seit 11:40 wieder. Ihr Flug fand statt; 15 € Guthaben gutgeschrieben.",
    "pt": "Olá {name}, a app funciona desde as 10:40. O voo realizou-se; 15 € de crédito adicionados.",
    "es": "Hola {name}, la app funciona desde las 11:40. Tu vuelo se hizo; te hemos añadido 15 € de crédito.",
}

LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "hier soir l'app a affiché « météo à surveiller » pour mon vol de samedi, c'est normal ? il est toujours maintenu ?",
        "Bonjour, c'est une simple info, votre vol est maintenu.",
    ),
    "it": (
        "ieri sera l'app ha mostrato «meteo da controllare» per il volo di sabato, è normale? è confermato?",
        "Buongiorno, è solo un avviso, il volo è confermato.",
    ),
    "en": (
        "app said 'weather watch' for saturday's flight, is it still on?",
        "Yes, it's just a heads-up, your flight is on.",
    ),
    "de": (
        "die App zeigt 'Wetter beobachten' für Samstag, findet der Flug statt?",
        "Ja, nur ein Hinweis, der Flug findet statt.",
    ),
    "pt": (
        "a app mostra 'meteorologia a vigiar' para sábado, o voo mantém-se?",
        "Sim, é só um aviso, o voo mantém-se.",
    ),
    "es": (
        "la app pone 'tiempo en vigilancia' para el sábado, ¿se vuela?",
        "Sí, es solo un aviso, el vuelo sigue en pie.",
    ),
}

B2B_PROBLEMS = ("invoice", "portal", "overbilled", "no_show_group")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Bonjour, vos factures portent toujours l'ancienne raison sociale et aucun numéro de bon de commande, notre comptabilité les rejette.",
        "it": "Buongiorno, le vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge.",
        "en": "Hello, your invoices still carry our old company name and no PO number; accounts payable rejects them.",
        "de": "Guten Tag, Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "pt": "Bom dia, as faturas continuam com o nome antigo da empresa e sem número de encomenda, a contabilidade rejeita-as.",
        "es": "Hola, las facturas siguen con la razón social antigua y sin número de pedido, contabilidad las rechaza.",
    },
    "portal": {
        "fr": "Le portail entreprise n'affiche aucune réservation d'équipe, impossible d'inscrire nos participants.",
        "it": "Il portale aziende non mostra nessuna prenotazione di gruppo, impossibile iscrivere i partecipanti.",
        "en": "The business portal shows no team bookings, we can't register our participants.",
        "de": "Das Firmenportal zeigt keine Teambuchungen, wir können niemanden anmelden.",
        "pt": "O portal empresas não mostra reservas de equipa, não conseguimos inscrever ninguém.",
        "es": "El portal de empresas no muestra reservas de grupo, no podemos inscribir a nadie.",
    },
    "overbilled": {
        "fr": "On nous facture le tarif individuel au lieu du tarif groupe du contrat, plus de 600 € d'écart.",
        "it": "Ci fatturate la tariffa singola invece della tariffa di gruppo del contratto, oltre 600 € di differenza.",
        "en": "We're billed the single rate instead of the contract group rate, over £500 difference.",
        "de": "Uns wird der Einzelpreis statt des vertraglichen Gruppenpreises berechnet, über 600 € Unterschied.",
        "pt": "Estão a faturar a tarifa individual em vez da tarifa de grupo do contrato, mais de 600 € de diferença.",
        "es": "Nos facturáis la tarifa individual en vez de la de grupo del contrato, más de 600 € de diferencia.",
    },
    "no_show_group": {
        "fr": "Notre journée team building : seulement 2 pilotes au lieu de 6, la moitié de l'équipe n'a pas volé.",
        "it": "La nostra giornata team building: solo 2 piloti invece di 6, metà squadra non ha volato.",
        "en": "Our team day: 2 pilots instead of 6, half the team never flew.",
        "de": "Unser Teamtag: 2 Piloten statt 6, das halbe Team ist nicht geflogen.",
        "pt": "O nosso dia de equipa: 2 pilotos em vez de 6, metade da equipa não voou.",
        "es": "Nuestra jornada de equipo: 2 pilotos en vez de 6, media plantilla no voló.",
    },
}

B2B_LATER: dict[str, str] = {
    "fr": "Bonjour, je me joins à {first} qui vous a écrit {day} (dossier {case}) : même problème chez nous. ",
    "it": "Buongiorno, mi unisco a {first} che vi ha scritto {day} (pratica {case}): stesso problema. ",
    "en": "Hello, adding to what {first} wrote {day} (case {case}): same problem here. ",
    "de": "Guten Tag, ich schließe mich {first} an, der Ihnen {day} geschrieben hat (Vorgang {case}): dasselbe Problem. ",
    "pt": "Bom dia, junto-me ao que {first} escreveu {day} (processo {case}): o mesmo problema. ",
    "es": "Hola, me sumo a lo que {first} os escribió {day} (incidencia {case}): el mismo problema. ",
}

B2B_LAST: dict[str, str] = {
    "fr": "dossier {case} toujours rien de réglé plusieurs collègues vous ont écrit mon directeur dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "it": "pratica {case} ancora niente diversi colleghi vi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "en": "case {case} still nothing fixed several colleagues wrote my boss says we move supplier if it's not done this week",
    "de": "Vorgang {case} immer noch nichts mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "pt": "processo {case} ainda nada varios colegas escreveram o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana",
    "es": "incidencia {case} sigue sin arreglarse varios compañeros os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}

B2B_ACK: dict[str, str] = {
    "fr": "Bonjour {name}, bien reçu, dossier {case} ouvert pour {company}.",
    "it": "Buongiorno {name}, ricevuto, pratica {case} aperta per {company}.",
    "en": "Hi {name}, received, case {case} opened for {company}.",
    "de": "Hallo {name}, erhalten, Vorgang {case} für {company} eröffnet.",
    "pt": "Olá {name}, recebido, processo {case} aberto para {company}.",
    "es": "Hola {name}, recibido, incidencia {case} abierta para {company}.",
}

B2B_SUGGEST: dict[str, str] = {
    "fr": "Suggestion : pouvoir exporter les réservations par centre de coût, ce serait pratique.",
    "it": "Suggerimento: poter esportare le prenotazioni per centro di costo sarebbe comodo.",
    "en": "Suggestion: exporting bookings by cost centre would be handy.",
    "de": "Vorschlag: Buchungen nach Kostenstelle exportieren wäre praktisch.",
    "pt": "Sugestão: exportar as reservas por centro de custo dava jeito.",
    "es": "Sugerencia: exportar las reservas por centro de coste sería útil.",
}

B2B_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonjour, peut-on ajouter deux participants à la réservation de jeudi ?",
        "Oui, c'est fait, à jeudi !",
    ),
    "it": (
        "Buongiorno, possiamo aggiungere due partecipanti alla prenotazione di giovedì?",
        "Sì, fatto, a giovedì!",
    ),
    "en": ("Can we add two people to Thursday's booking?", "Done, see you Thursday!"),
    "de": (
        "Können wir zwei Personen zur Buchung am Donnerstag hinzufügen?",
        "Erledigt, bis Donnerstag!",
    ),
    "pt": ("Podemos juntar duas pessoas à reserva de quinta?", "Feito, até quinta!"),
    "es": ("¿Podemos añadir dos personas a la reserva del jueves?", "Hecho, ¡hasta el jueves!"),
}

SUBJ_COMPLAINT: dict[str, str] = {
    "fr": "Réclamation",
    "it": "Reclamo",
    "en": "Complaint",
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Reclamación",
}
SUBJ_RE: dict[str, str] = {
    "fr": "RE : Dossier",
    "it": "R: Pratica",
    "en": "Re: Case",
    "de": "AW: Vorgang",
    "pt": "RE: Processo",
    "es": "RE: Incidencia",
}
WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Julien",
        "Sophie",
        "Mathieu",
        "Chloé",
        "Antoine",
        "Manon",
        "Élodie",
        "Hugo",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Alessandro",
        "Elena",
        "Davide",
    ],
    "en": ["Emma", "James", "Olivia", "Tom", "Grace", "Liam"],
    "de": ["Lena", "Jonas", "Anna", "Felix", "Marie", "Lukas"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Irene", "Sergio"],
}
LAST: dict[str, list[str]] = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Roux"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Greco"],
    "en": ["Smith", "Walsh", "Taylor", "Byrne"],
    "de": ["Müller", "Schmidt", "Weber", "Huber"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa"],
    "es": ["García", "López", "Martín", "Ruiz"],
}
MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "BE", "CH"],
    "it": ["IT", "CH"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE_PREFIX: dict[str, str] = {
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "IT": "+39 34",
    "UK": "+44 77",
    "IE": "+353 87",
    "DE": "+49 151",
    "AT": "+43 664",
    "PT": "+351 91",
    "ES": "+34 6",
}
COMPANIES: list[tuple[str, str]] = [
    ("Groupe Alvarel", "fr"),
    ("Cantieri Lumio", "it"),
    ("Banca Serena", "it"),
    ("Logistique Brivet", "fr"),
    ("Studio Ardesia", "it"),
    ("Hotel Monteluce", "it"),
    ("Cabinet Vauclerc", "fr"),
    ("Nordwerk GmbH", "de"),
    ("Tecnova Lda", "pt"),
    ("Redmoor Ltd", "en"),
    ("Ediciones Sauce", "es"),
    ("Mairie de Saint-Orcel", "fr"),
    ("Farmacie Tirrene", "it"),
    ("Assurances Pélerin", "fr"),
    ("Consorzio Alpeggio", "it"),
]
