"""The planted fault of the spike week, in customers' and agents' words.

The app's and website's document upload fails with the same error code for
about three quarters of an hour, so nobody can send the documents to be
translated (and so place an order). Placeholders as in ``wording``, plus {time}
(local time) and {credit}.
"""

# ruff: noqa: E501

CODE = "UPX-629"

TOPIC = "certified-translation app and website: document upload fails, no document can be sent and no order placed, error UPX-629"

#: First reports (used on social, chat, community, web form and, wrapped, e-mail).
REPORT = {
    "fr": (
        "Impossible d'envoyer mes documents dans l'appli, ça tourne puis 'Échec du téléversement – erreur UPX-629'. J'ai une date limite ce soir !!",
        "erreur UPX-629 à chaque fois que j'ajoute la photo de l'acte de naissance, j'ai essayé en wifi et en 4G pareil",
        "Parlavo en panne ? Envoi refusé, code UPX-629, impossible de passer commande",
        "Bonjour, je n'arrive pas à téléverser mon diplôme, message UPX-629. Le dossier Campus France ferme demain",
        "ça fait 20 min que j'essaie d'envoyer 3 pages, erreur UPX-629 à la fin de la barre de chargement. c'est chez vous ou chez moi ?",
        "UPX-629 UPX-629 UPX-629. Je peux pas envoyer un simple PDF. Vous pouvez regarder ?",
    ),
    "pt": (
        "Não consigo enviar os documentos na app, fica a carregar e depois 'Falha no envio – erro UPX-629'. Tenho prazo hoje!!",
        "erro UPX-629 sempre que junto a foto da certidão, já tentei com wifi e com dados",
        "A Parlavo está em baixo? Envio recusado, código UPX-629, não dá para fazer o pedido",
        "Boa tarde, não consigo carregar o diploma, aparece UPX-629. A candidatura fecha amanhã",
        "há 20 minutos a tentar mandar 3 páginas, erro UPX-629 no fim da barra. é do vosso lado?",
        "UPX-629 outra vez e outra vez. Nem um PDF simples passa. Podem ver isto?",
    ),
    "en": (
        "Can't upload anything in the app, 'Upload failed – error UPX-629'. Deadline today!",
        "Anyone else getting UPX-629 when adding documents? Tried wifi and 4G",
    ),
    "de": (
        "Hochladen in der App geht nicht, 'Upload fehlgeschlagen – Fehler UPX-629'. Frist ist heute!",
        "Bekommt noch jemand UPX-629 beim Hochladen? WLAN und mobil getestet",
    ),
    "es": (
        "No puedo subir los documentos, 'Error al subir – UPX-629'. ¡Tengo plazo hoy!",
        "¿A alguien más le sale UPX-629 al subir fotos? Probado con wifi y datos",
    ),
    "it": (
        "Non riesco a caricare i documenti, 'Caricamento non riuscito – errore UPX-629'. Scadenza oggi!",
        "Anche a voi esce UPX-629 quando caricate i documenti? Provato wifi e 4G",
    ),
}

#: E-mail wrapping of a report: subject, greeting, sign-off.
MAIL = {
    "fr": ("Erreur UPX-629 à l'envoi des documents", "Bonjour,\n", "\nMerci,\n{full}"),
    "pt": ("Erro UPX-629 no envio", "Boa tarde,\n", "\nObrigad{o},\n{full}"),
    "en": ("Upload error UPX-629", "Hi,\n", "\nThanks,\n{full}"),
    "de": ("Upload-Fehler UPX-629", "Hallo,\n", "\nDanke,\n{full}"),
    "es": ("Error UPX-629 al subir", "Hola,\n", "\nGracias,\n{full}"),
    "it": ("Errore UPX-629 caricamento", "Buongiorno,\n", "\nGrazie,\n{full}"),
}

#: Second messages within the hour (repeat contacts).
REPEAT = {
    "fr": (
        "Toujours UPX-629, même sur l'ordinateur maintenant. Ma date limite c'est ce soir",
        "Re, toujours l'erreur UPX-629, essayé sur le téléphone de ma sœur, pareil",
    ),
    "pt": (
        "Continua UPX-629, agora também no computador. O prazo é hoje",
        "Outra vez UPX-629, tentei no telemóvel da minha irmã e nada",
    ),
    "en": ("Still UPX-629, on the laptop too now",),
    "de": ("Immer noch UPX-629, jetzt auch am Laptop",),
    "es": ("Sigue UPX-629, ahora también en el ordenador",),
    "it": ("Ancora UPX-629, anche dal computer",),
}

REPEAT_SUBJECT = {
    "fr": "RE : Erreur UPX-629 toujours là",
    "pt": "RE: Erro UPX-629 continua",
    "en": "RE: still UPX-629",
    "de": "AW: immer noch UPX-629",
    "es": "RE: sigue UPX-629",
    "it": "R: ancora UPX-629",
}

CHAT_ANSWER = {
    "fr": "Oui, l'envoi de documents échoue en ce moment pour tout le monde, nos équipes sont dessus. Toutes nos excuses !",
    "pt": "Sim, o envio de documentos está a falhar neste momento para todos, a equipa técnica está a tratar. Pedimos desculpa!",
    "en": "Yes, document uploads are failing for everyone right now, our engineers are on it. Sorry!",
    "de": "Ja, das Hochladen schlägt gerade bei allen fehl, unsere Technik ist dran. Entschuldigung!",
    "es": "Sí, la subida de documentos está fallando ahora mismo para todos, el equipo técnico ya está en ello. ¡Perdona!",
    "it": "Sì, il caricamento dei documenti non funziona in questo momento per nessuno, i tecnici ci stanno lavorando. Ci scusi!",
}

FIXED = {
    "fr": (
        "Envoi de documents rétabli",
        "Bonjour {name},\nL'envoi de documents fonctionne à nouveau depuis {time}. Pour la gêne, l'option express de votre prochaine commande est offerte et {credit} de crédit ont été ajoutés à votre compte. Si vous aviez une date limite aujourd'hui, répondez à ce mail, on s'en occupe en priorité.\n{agent}, Parlavo",
    ),
    "pt": (
        "Envio de documentos restabelecido",
        "Olá {name},\nO envio de documentos voltou a funcionar às {time}. Pelo incómodo, o expresso da próxima encomenda é oferta e juntámos {credit} de crédito à sua conta. Se tinha um prazo hoje, responda a este email e tratamos disso primeiro.\n{agent}, Parlavo",
    ),
    "en": (
        "Uploads working again",
        "Hi {name},\nDocument uploads have been working again since {time}. For the trouble, express is free on your next order and {credit} credit has been added to your account. If you had a deadline today, reply to this email and we'll prioritise it.\n{agent}, Parlavo",
    ),
    "de": (
        "Hochladen funktioniert wieder",
        "Hallo {name},\nseit {time} Uhr funktioniert das Hochladen wieder. Als Entschuldigung ist Express bei Ihrer nächsten Bestellung gratis und {credit} Guthaben wurden Ihrem Konto gutgeschrieben. Falls Sie heute eine Frist hatten, antworten Sie einfach, wir ziehen Sie vor.\n{agent}, Parlavo",
    ),
    "es": (
        "La subida de documentos vuelve a funcionar",
        "Hola {name},\ndesde las {time} la subida de documentos vuelve a funcionar. Por las molestias, el urgente de tu próximo pedido es gratis y te hemos añadido {credit} de crédito. Si tenías un plazo hoy, responde a este correo y lo priorizamos.\n{agent}, Parlavo",
    ),
    "it": (
        "Caricamento di nuovo attivo",
        "Buongiorno {name},\ndalle {time} il caricamento dei documenti funziona di nuovo. Per il disagio, l'espresso del prossimo ordine è gratuito e abbiamo aggiunto {credit} di credito al suo account. Se aveva una scadenza oggi, risponda a questa mail e la mettiamo in priorità.\n{agent}, Parlavo",
    ),
}

#: Lone questions the day before, about an upload that worked, and the answer.
LONE = {
    "fr": (
        "hier soir l'envoi de mon PDF de 12 pages est resté bloqué à 99 % une bonne minute puis c'est passé. c'est normal ? il y a une taille max ?",
        "Bonjour, oui, les gros fichiers prennent un peu plus de temps ; votre PDF est bien arrivé. Limite : 40 Mo par fichier.",
    ),
    "pt": (
        "ontem à noite o envio do PDF ficou nos 99 % quase um minuto e depois passou. é normal? há limite de tamanho?",
        "Olá, sim, ficheiros grandes demoram um pouco mais; o seu PDF chegou bem. Limite: 40 MB por ficheiro.",
    ),
}
